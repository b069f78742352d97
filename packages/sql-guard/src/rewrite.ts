import { asNode, fieldsOf, listOf, type ParseResult, type RawStatement, stringField } from './ast.js';

/** Alias of the subquery the guarded statement is wrapped in. */
export const guardedAlias = 'pa_guarded';

/**
 * The text of one parsed statement: from its start up to, not including, its terminating semicolon.
 * The parser reports positions in UTF-8 bytes, so the slicing happens on bytes.
 */
export function statementText(sql: string, statement: RawStatement): string {
  const bytes = Buffer.from(sql, 'utf8');
  const start = statement.stmt_location ?? 0;
  const end = statement.stmt_len ? start + statement.stmt_len : bytes.length;
  return bytes.subarray(start, end).toString('utf8').trim();
}

/**
 * Wraps a statement that parsing proved to be exactly one SELECT in an outer row limit. The limit is
 * `maxRows + 1` so the executor can tell a result that fits from one that was cut off.
 *
 * The statement goes on lines of its own so a trailing `-- comment` cannot swallow the closing
 * parenthesis. A plain `SELECT * FROM (...) LIMIT n` keeps the inner ORDER BY in practice: PostgreSQL
 * does not reorder a subquery scan that has nothing above it but a limit.
 */
export function wrapWithRowLimit(statement: string, maxRows: number): string {
  return `SELECT * FROM (\n${statement}\n) AS ${guardedAlias}\nLIMIT ${maxRows + 1}`;
}

/** True when `tree` is exactly the wrapper: one SELECT * FROM (<SELECT>) AS pa_guarded LIMIT maxRows + 1. */
export function isRowLimitWrapper(tree: ParseResult, maxRows: number): boolean {
  const statements = tree.stmts ?? [];
  const outer = statements.length === 1 ? asNode(statements[0]?.stmt) : undefined;
  if (outer?.type !== 'SelectStmt') return false;
  const from = listOf(outer.fields.fromClause);
  const subquery = from.length === 1 ? asNode(from[0]) : undefined;
  const limit = asNode(outer.fields.limitCount);
  return (
    subquery?.type === 'RangeSubselect' &&
    asNode(subquery.fields.subquery)?.type === 'SelectStmt' &&
    stringField(fieldsOf(subquery.fields, 'alias'), 'aliasname') === guardedAlias &&
    limit?.type === 'A_Const' &&
    fieldsOf(limit.fields, 'ival')?.ival === maxRows + 1 &&
    Object.keys(outer.fields).every((field) => wrapperFields.has(field))
  );
}

const wrapperFields: ReadonlySet<string> = new Set([
  'targetList',
  'fromClause',
  'limitCount',
  'limitOption',
  'op',
]);
