import {
  asNode,
  type Fields,
  fieldsOf,
  isFields,
  listOf,
  type ParseResult,
  type RawStatement,
  stringField,
  stringList,
  type TypedNode,
} from './ast.js';
import { parseSql } from './parser.js';

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

// ---------------------------------------------------------------- dates compared with timestamps

/**
 * Table columns of type timestamptz (migrations/001_transactions.sql), as Column.source names them.
 * A date compared with one of them is cast to timestamptz by castDatesComparedWithTimestamps.
 */
export const timestamptzColumns: ReadonlySet<string> = new Set(['public.transactions.transaction_timestamp']);

/** Comparison operators: timestamptz <op> date and timestamptz <op> timestamptz exist for each. */
const comparisonOperators: ReadonlySet<string> = new Set(['=', '<>', '<', '<=', '>', '>=']);
const betweenKinds: ReadonlySet<string> = new Set([
  'AEXPR_BETWEEN',
  'AEXPR_NOT_BETWEEN',
  'AEXPR_BETWEEN_SYM',
  'AEXPR_NOT_BETWEEN_SYM',
]);
/** Days a date may be moved by one `± n`: with the depth below, dates stay far inside timestamptz's range. */
const maxDayOffset = 100_000;
const maxDateDepth = 8;
/** Bytes after an expression's last reported position that its text may still take (`)`, comments). */
const maxOperandTail = 256;
/** Parses one statement's rewrite may try in all, so that no statement makes the guard slow. */
const maxParseAttempts = 400;

/**
 * Casts every expression that is certainly of type date, compared with a timestamptz table column,
 * to timestamptz: `transaction_timestamp >= current_date - 1` becomes
 * `transaction_timestamp >= (current_date - 1)::timestamptz`.
 *
 * Why: `timestamptz >= date` is timestamptz_ge_date, which is not LEAKPROOF, so under row-level
 * security PostgreSQL may not use it as an index condition ahead of the policy's filter and reads
 * every row; `timestamptz >= timestamptz` is leakproof and gets the index. The meaning is the same:
 * PostgreSQL compares a timestamptz with a date by converting the date to timestamptz at the session
 * time zone, which is what the cast does. (The comparison also copes with dates beyond timestamptz's
 * range, where the cast fails; the dates cast here are always far inside it.)
 *
 * Only expressions whose type is certain are cast: CURRENT_DATE, a cast to date (`::date`,
 * `CAST(… AS date)`, `date '…'`, `date(…)`) of an ISO date literal or of a timestamp (now(),
 * CURRENT_TIMESTAMP, the column, date_trunc(…), those ± an interval literal), and those plus or minus
 * a small integer. Unknown-typed literals (`>= '2026-01-01'`) already become timestamptz, and
 * date_trunc(…) already returns a timestamp: both are left alone, as is anything else.
 *
 * The rest of the text is kept byte for byte: `(` and `)::timestamptz` are inserted around each
 * expression, and the result must parse to the original tree with exactly those casts added. The
 * parser gives where an expression starts, not where it ends: candidate ends are tried with the
 * parser, at most maxParseAttempts in all. Returns undefined when there is nothing to cast or the
 * text could not be rewritten that way.
 */
export function castDatesComparedWithTimestamps(
  sql: string,
  statement: RawStatement,
  columnOf: (columnRef: object) => { readonly source?: string } | undefined,
): { text: string; statement: RawStatement } | undefined {
  const isTimestamptz = (value: unknown): boolean => {
    const node = asNode(value);
    if (node?.type !== 'ColumnRef') return false;
    const source = columnOf(node.fields)?.source;
    return source !== undefined && timestamptzColumns.has(source);
  };
  const operands = dateOperands(statement.stmt, isTimestamptz);
  if (operands.length === 0) return undefined;

  const bytes = Buffer.from(sql, 'utf8');
  const budget = { attempts: maxParseAttempts };
  const spans: Array<{ operand: object; start: number; end: number }> = [];
  for (const operand of operands) {
    const span = operandSpan(bytes, operand, budget);
    if (span) spans.push({ operand, ...span });
  }
  spans.sort((a, b) => a.start - b.start);
  const chosen: typeof spans = [];
  for (const span of spans) {
    if (span.start >= (chosen.at(-1)?.end ?? 0)) chosen.push(span);
  }
  if (chosen.length === 0) return undefined;

  // A word right before `(` would become a function's name, and one right after `)::timestamptz` part
  // of the type's name: keep them apart with a space.
  const pieces: Buffer[] = [];
  let at = 0;
  for (const { start, end } of chosen) {
    const before = isWordByte(bytes[start - 1]) ? ' (' : '(';
    const after = isWordByte(bytes[end]) ? ')::timestamptz ' : ')::timestamptz';
    pieces.push(
      bytes.subarray(at, start),
      Buffer.from(before),
      bytes.subarray(start, end),
      Buffer.from(after),
    );
    at = end;
  }
  pieces.push(bytes.subarray(at));
  const rewritten = Buffer.concat(pieces).toString('utf8');

  let tree: ParseResult;
  try {
    tree = parseSql(rewritten);
  } catch {
    return undefined;
  }
  const [rewrittenStatement, ...more] = tree.stmts ?? [];
  if (!rewrittenStatement || more.length > 0) return undefined;
  const casts = new Map(chosen.map(({ operand }) => [operand, castToTimestamptz(operand)]));
  const expected = replaceNodes(statement.stmt, casts);
  if (JSON.stringify(shape(rewrittenStatement.stmt)) !== JSON.stringify(shape(expected))) return undefined;
  return { text: statementText(rewritten, rewrittenStatement), statement: rewrittenStatement };
}

/** The date operands (node objects) of comparisons with a timestamptz column, anywhere in the tree. */
function dateOperands(tree: unknown, isTimestamptz: (value: unknown) => boolean): object[] {
  const found: object[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isFields(value)) return;
    const node = asNode(value);
    if (node?.type === 'A_Expr') {
      const { lexpr, rexpr } = node.fields;
      const kind = stringField(node.fields, 'kind');
      if (kind === 'AEXPR_OP' && comparisonOperators.has(operatorName(node.fields.name) ?? '')) {
        if (isTimestamptz(lexpr) && isDate(rexpr, 0) && isFields(rexpr)) found.push(rexpr);
        if (isTimestamptz(rexpr) && isDate(lexpr, 0) && isFields(lexpr)) found.push(lexpr);
      } else if (kind !== undefined && betweenKinds.has(kind) && isTimestamptz(lexpr)) {
        const bounds = asNode(rexpr);
        for (const bound of bounds?.type === 'List' ? listOf(bounds.fields.items) : []) {
          if (isDate(bound, 0) && isFields(bound)) found.push(bound);
        }
      }
    }
    for (const key in value) visit(value[key]);
  };
  visit(tree);
  return found;
}

/** An operator's name, unqualified or in pg_catalog; undefined for any other qualification. */
function operatorName(nameList: unknown): string | undefined {
  const parts = stringList(nameList);
  if (parts.length === 1) return parts[0];
  return parts.length === 2 && parts[0] === 'pg_catalog' ? parts[1] : undefined;
}

/** Only `fields` of `node`, or fewer: anything else (FILTER, OVER, DISTINCT …) means another meaning. */
function hasOnly(fields: Fields, allowed: readonly string[]): boolean {
  return Object.keys(fields).every((key) => key === 'location' || allowed.includes(key));
}

function isFunction(node: TypedNode, name: string, argumentCount: number): boolean {
  if (node.type !== 'FuncCall' || !hasOnly(node.fields, ['funcname', 'args', 'funcformat'])) return false;
  if (stringField(node.fields, 'funcformat') !== 'COERCE_EXPLICIT_CALL') return false;
  const parts = stringList(node.fields.funcname);
  const qualifiedOk = parts.length === 1 || (parts.length === 2 && parts[0] === 'pg_catalog');
  return qualifiedOk && parts.at(-1) === name && listOf(node.fields.args).length === argumentCount;
}

/** A cast's target is exactly `type` (or pg_catalog.type), with no modifier and no array bounds. */
function isCastTo(node: TypedNode, types: readonly string[]): boolean {
  if (node.type !== 'TypeCast' || !hasOnly(node.fields, ['arg', 'typeName'])) return false;
  const typeName = fieldsOf(node.fields, 'typeName');
  if (!typeName || !hasOnly(typeName, ['names', 'typemod'])) return false;
  const parts = stringList(typeName.names);
  const qualifiedOk = parts.length === 1 || (parts.length === 2 && parts[0] === 'pg_catalog');
  return qualifiedOk && types.includes(parts.at(-1) ?? '') && typeName.typemod === -1;
}

function integerConstant(value: unknown): number | undefined {
  const node = asNode(value);
  if (node?.type !== 'A_Const' || !hasOnly(node.fields, ['ival'])) return undefined;
  const integer = fieldsOf(node.fields, 'ival');
  if (!integer) return undefined;
  return typeof integer.ival === 'number' ? integer.ival : 0;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDateLiteral(value: unknown): boolean {
  const node = asNode(value);
  if (node?.type !== 'A_Const' || !hasOnly(node.fields, ['sval'])) return false;
  const text = fieldsOf(node.fields, 'sval')?.sval;
  return typeof text === 'string' && isoDate.test(text);
}

/**
 * Certainly of type date, and a date inside timestamptz's range (or an error either way): the cast to
 * timestamptz then never fails where the comparison would not.
 */
function isDate(value: unknown, depth: number): boolean {
  const node = asNode(value);
  if (!node || depth > maxDateDepth) return false;
  switch (node.type) {
    case 'SQLValueFunction':
      return node.fields.op === 'SVFOP_CURRENT_DATE';
    case 'TypeCast':
      return (
        isCastTo(node, ['date']) &&
        (isIsoDateLiteral(node.fields.arg) ||
          isDate(node.fields.arg, depth + 1) ||
          isTimestamp(node.fields.arg, depth + 1))
      );
    case 'FuncCall':
      // date(ts): the function-style cast of a timestamp.
      return isFunction(node, 'date', 1) && isTimestamp(listOf(node.fields.args)[0], depth + 1);
    case 'A_Expr': {
      // date ± integer and integer + date are dates (date_pli, date_mii, integer_pl_date).
      if (
        stringField(node.fields, 'kind') !== 'AEXPR_OP' ||
        !hasOnly(node.fields, ['kind', 'name', 'lexpr', 'rexpr'])
      )
        return false;
      const operator = operatorName(node.fields.name);
      const small = (n: number | undefined) => n !== undefined && Math.abs(n) <= maxDayOffset;
      if (operator === '+' || operator === '-') {
        if (isDate(node.fields.lexpr, depth + 1) && small(integerConstant(node.fields.rexpr))) return true;
      }
      return (
        operator === '+' && small(integerConstant(node.fields.lexpr)) && isDate(node.fields.rexpr, depth + 1)
      );
    }
    default:
      return false;
  }
}

/**
 * Certainly a timestamp or timestamptz (never a value outside their range): its date is a date
 * the cast back to timestamptz accepts.
 */
function isTimestamp(value: unknown, depth: number): boolean {
  const node = asNode(value);
  if (!node || depth > maxDateDepth) return false;
  switch (node.type) {
    case 'SQLValueFunction':
      return [
        'SVFOP_CURRENT_TIMESTAMP',
        'SVFOP_CURRENT_TIMESTAMP_N',
        'SVFOP_LOCALTIMESTAMP',
        'SVFOP_LOCALTIMESTAMP_N',
      ].includes(String(node.fields.op));
    case 'FuncCall':
      if (isFunction(node, 'now', 0)) return true;
      if (isFunction(node, 'date_trunc', 2)) {
        const [field, source] = listOf(node.fields.args);
        const text = asNode(field);
        return (
          text?.type === 'A_Const' &&
          fieldsOf(text.fields, 'sval') !== undefined &&
          (isTimestamp(source, depth + 1) || isDate(source, depth + 1))
        );
      }
      return false;
    case 'TypeCast':
      return (
        isCastTo(node, ['timestamp', 'timestamptz']) &&
        (isTimestamp(node.fields.arg, depth + 1) || isDate(node.fields.arg, depth + 1))
      );
    case 'A_Expr': {
      // timestamp ± interval and date ± interval are timestamps (or fail to compute, cast or not).
      if (
        stringField(node.fields, 'kind') !== 'AEXPR_OP' ||
        !hasOnly(node.fields, ['kind', 'name', 'lexpr', 'rexpr'])
      )
        return false;
      const operator = operatorName(node.fields.name);
      const { lexpr, rexpr } = node.fields;
      return (
        (operator === '+' || operator === '-') &&
        isIntervalLiteral(rexpr) &&
        (isTimestamp(lexpr, depth + 1) || isDate(lexpr, depth + 1))
      );
    }
    default:
      return false;
  }
}

/** `interval '7 days'` or `'7 days'::interval`. */
function isIntervalLiteral(value: unknown): boolean {
  const node = asNode(value);
  if (node?.type !== 'TypeCast' || !hasOnly(node.fields, ['arg', 'typeName'])) return false;
  const typeName = fieldsOf(node.fields, 'typeName');
  const parts = stringList(typeName?.names);
  const literal = asNode(node.fields.arg);
  return (
    parts.at(-1) === 'interval' &&
    (parts.length === 1 || (parts.length === 2 && parts[0] === 'pg_catalog')) &&
    literal?.type === 'A_Const' &&
    fieldsOf(literal.fields, 'sval') !== undefined
  );
}

/** The smallest and largest byte offsets the parser reports inside a node: its text starts at the first. */
function locationRange(value: unknown): [number | undefined, number | undefined] {
  let first: number | undefined;
  let last: number | undefined;
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) {
      for (const element of item) visit(element);
      return;
    }
    if (!isFields(item)) return;
    for (const key in item) {
      const child = item[key];
      if (key === 'location' && typeof child === 'number') {
        if (child >= 0 && (first === undefined || child < first)) first = child;
        if (child >= 0 && (last === undefined || child > last)) last = child;
      } else {
        visit(child);
      }
    }
  };
  visit(value);
  return [first, last];
}

const isWordByte = (byte: number | undefined): boolean =>
  byte !== undefined && (byte >= 0x80 || /[A-Za-z0-9_$]/.test(String.fromCharCode(byte)));

/**
 * Where the text of `operand` is. It starts at its first reported position or, when the expression
 * opens with parentheses (`(now() - interval '1 day')::date`), at one of the `(` before it.
 */
function operandSpan(
  bytes: Buffer,
  operand: object,
  budget: { attempts: number },
): { start: number; end: number } | undefined {
  const [first, last] = locationRange(operand);
  let start = first;
  for (let parentheses = 0; start !== undefined && parentheses <= maxDateDepth; parentheses++) {
    const end = operandEnd(bytes, start, last ?? start, operand, budget);
    if (end !== undefined) return { start, end };
    let before = start - 1;
    while (
      before >= 0 &&
      (bytes[before] === 0x20 || bytes[before] === 0x0a || bytes[before] === 0x09 || bytes[before] === 0x0d)
    )
      before--;
    start = bytes[before] === 0x28 /* ( */ ? before : undefined;
  }
  return undefined;
}

/**
 * Where the text of `operand`, starting at byte `start`, ends: the shortest stretch that the parser
 * reads, on its own, as exactly that expression. It ends after `lastLocation`, its last token's start,
 * at the end of a word, a quoted literal or a `)`.
 */
function operandEnd(
  bytes: Buffer,
  start: number,
  lastLocation: number,
  operand: object,
  budget: { attempts: number },
): number | undefined {
  const wanted = JSON.stringify(shape(operand));
  const from = Math.max(start, lastLocation) + 1;
  const last = Math.min(bytes.length, from + maxOperandTail);
  for (let end = from; end <= last; end++) {
    const previous = bytes[end - 1];
    const closes = previous === 0x27 /* ' */ || previous === 0x22 /* " */ || previous === 0x29; /* ) */
    if (!closes && !(isWordByte(previous) && !isWordByte(bytes[end]))) continue;
    if (budget.attempts <= 0) return undefined;
    budget.attempts -= 1;
    let tree: ParseResult;
    try {
      tree = parseSql(`SELECT ${bytes.subarray(start, end).toString('utf8')}`);
    } catch {
      continue;
    }
    const statements = tree.stmts ?? [];
    const select = statements.length === 1 ? asNode(statements[0]?.stmt) : undefined;
    if (select?.type !== 'SelectStmt' || !hasOnly(select.fields, ['targetList', 'limitOption', 'op']))
      continue;
    const targets = listOf(select.fields.targetList);
    const target = targets.length === 1 ? asNode(targets[0]) : undefined;
    if (target?.type !== 'ResTarget' || !hasOnly(target.fields, ['val'])) continue;
    if (JSON.stringify(shape(target.fields.val)) === wanted) return end;
  }
  return undefined;
}

/** `(operand)::timestamptz` as the parser prints it, positions aside. */
function castToTimestamptz(operand: object): object {
  return {
    TypeCast: {
      arg: operand,
      typeName: { names: [{ String: { sval: 'timestamptz' } }], typemod: -1 },
    },
  };
}

/** A copy of `value` with the nodes in `replacements` (by identity) swapped for their replacements. */
function replaceNodes(value: unknown, replacements: ReadonlyMap<object, object>): unknown {
  if (typeof value === 'object' && value !== null && replacements.has(value)) {
    return replacements.get(value);
  }
  if (Array.isArray(value)) return value.map((item) => replaceNodes(item, replacements));
  if (!isFields(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, replaceNodes(child, replacements)]),
  );
}

/** The tree without positions and with its keys in order, so that trees compare wherever their text sits. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (!isFields(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => key !== 'location' && key !== 'stmt_location' && key !== 'stmt_len')
      .sort()
      .map((key) => [key, shape(value[key])]),
  );
}
