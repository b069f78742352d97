import { hasSqlDetails } from 'libpg-query';
import type { ParseResult } from './ast.js';
import { GuardNotLoadedError, parseSql } from './parser.js';
import { compilePolicy, type GuardPolicy } from './policy.js';
import {
  castDatesComparedWithTimestamps,
  isRowLimitWrapper,
  statementText,
  wrapWithRowLimit,
} from './rewrite.js';
import { inspectStatement } from './walk.js';

export interface GuardResult {
  /** True when the statement may run. */
  allowed: boolean;
  /** Why it may not, one readable sentence each; empty when allowed. */
  reasons: string[];
  /**
   * When allowed: the statement wrapped in the outer row limit (and dates compared with
   * transaction_timestamp cast to timestamptz, see castDatesComparedWithTimestamps). Otherwise the SQL as given.
   */
  sql: string;
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Decides whether `sql` may run: exactly one read-only SELECT over allow-listed relations, columns and
 * functions, with personal columns only counted and every value of bounded size. Allowed SQL comes back
 * with a row limit.
 *
 * Synchronous and total: any input yields a result. Throws only when loadGuard() was not awaited
 * or the policy is invalid, both programming errors.
 */
export function guardSql(sql: string, policy?: Partial<GuardPolicy>): GuardResult {
  const compiled = compilePolicy(policy);
  const reject = (...reasons: string[]): GuardResult => ({ allowed: false, reasons, sql });

  if (typeof sql !== 'string') return { allowed: false, reasons: ['SQL must be a string'], sql: String(sql) };
  if (sql.length > compiled.maxSqlLength) {
    return reject(`SQL is too long: ${sql.length} characters, at most ${compiled.maxSqlLength} are allowed`);
  }
  // The parser reads a C string: text after a NUL would be invisible to it but not to the server.
  if (sql.includes('\0')) return reject('SQL must not contain NUL characters');
  if (loneSurrogate.test(sql)) return reject('SQL is not valid Unicode');
  if (sql.trim() === '') return reject('SQL is empty');

  let tree: ParseResult;
  try {
    tree = parseSql(sql);
  } catch (error) {
    if (error instanceof GuardNotLoadedError) throw error;
    return reject(parseFailure(error));
  }

  try {
    const statements = tree.stmts ?? [];
    const [statement] = statements;
    if (!statement) return reject('SQL is empty: it contains no statement, only comments or semicolons');
    if (statements.length > 1) return reject(`only one statement is allowed, found ${statements.length}`);

    const inspection = inspectStatement(statement.stmt, compiled);
    if (inspection.reasons.length > 0) return reject(...inspection.reasons);

    // Dates compared with transaction_timestamp become timestamptz, so the index serves them under
    // row-level security. The rewritten statement is checked again; if it does not pass, the
    // statement runs as written.
    const cast = castDatesComparedWithTimestamps(sql, statement, inspection.columnOf);
    const text =
      cast && inspectStatement(cast.statement.stmt, compiled).reasons.length === 0
        ? cast.text
        : statementText(sql, statement);
    const limited = wrapWithRowLimit(text, compiled.maxRows);
    // Belt and braces: the text we hand to the executor must parse to exactly the wrapper we meant.
    if (!isRowLimitWrapper(parseSql(limited), compiled.maxRows)) {
      return reject('the statement could not be wrapped in a row limit');
    }
    return { allowed: true, reasons: [], sql: limited };
  } catch (error) {
    // Fail closed: a bug in the guard must never let a statement through.
    return reject(
      `the guard could not check this SQL: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function parseFailure(error: unknown): string {
  if (error instanceof RangeError) return 'SQL is nested too deeply';
  const message = hasSqlDetails(error)
    ? error.sqlDetails.message
    : error instanceof Error
      ? error.message
      : String(error);
  return `SQL does not parse: ${message}`;
}
