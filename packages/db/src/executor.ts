import type { Caller, Cell, Column } from '@pa/contracts';
import pg from 'pg';

export interface ExecuteLimits {
  /** Wall-clock budget of the whole statement: cost check, planning and running it together. */
  statementTimeoutMs: number;
  maxRows: number;
  /** Cap on the result's size as JSON (UTF-8 bytes). */
  maxBytes: number;
  /** Reject plans whose estimated total cost is above this (EXPLAIN without ANALYZE). 0 disables. */
  maxPlanCost: number;
  /** Role the statement runs as (SET LOCAL ROLE). */
  readerRole: string;
  /** Memory per sort or hash before it spills to temporary files (default 32MB). */
  workMem?: string;
  /**
   * Temporary files one statement may write (default 1GB). Applied when the service user may set
   * the superuser-only temp_file_limit (GRANT SET ON PARAMETER, migrations/superuser/hardening.sql);
   * otherwise the server's own temp_file_limit applies.
   */
  tempFileLimit?: string;
}

export const defaultExecuteLimits: ExecuteLimits = {
  statementTimeoutMs: 5_000,
  maxRows: 1_000,
  maxBytes: 5 * 1024 * 1024,
  maxPlanCost: 5_000_000,
  readerRole: 'pa_reader',
  workMem: '32MB',
  tempFileLimit: '1GB',
};

export interface ExecuteResult {
  columns: Column[];
  rows: Cell[][];
  rowCount: number;
  truncated: boolean;
}

export type ExecutionFailure =
  | 'timeout' // statement_timeout hit
  | 'too_costly' // cost gate, or the statement outgrew its temporary-file or memory allowance
  | 'sql' // the statement is wrong (syntax, unknown column, type error): a planner can repair it
  | 'permission' // the database refused access or a write: a guard gap or an attack, never retried
  | 'unavailable'; // connection problems: transient, retry later

export class ExecutionError extends Error {
  constructor(
    readonly failure: ExecutionFailure,
    message: string,
    readonly pgCode?: string,
  ) {
    super(message);
    this.name = 'ExecutionError';
  }
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** In the error the server raises when the result passes the byte cap (see cappedQuery). */
const TOO_LARGE_MARKER = 'pa_result_too_large';

/** Names for the OIDs analytics results use; anything else is reported as "text". */
const TYPE_NAMES: Record<number, string> = {
  16: 'boolean',
  20: 'bigint',
  21: 'smallint',
  23: 'integer',
  25: 'text',
  700: 'real',
  701: 'double',
  1042: 'text',
  1043: 'text',
  1082: 'date',
  1114: 'timestamp',
  1184: 'timestamptz',
  1186: 'interval',
  1700: 'numeric',
};

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'object' && value !== null && 'toPostgres' in value) return String(value);
  return JSON.stringify(value);
}

/** Maps a driver or server error to what the pipeline must do about it. */
export function classifyExecutionError(err: unknown): ExecutionError {
  if (err instanceof ExecutionError) return err;
  const e = err as { code?: string; message?: string };
  const code = typeof e.code === 'string' ? e.code : '';
  const pgCode = code || undefined;
  const message = e.message ?? String(err);
  if (code === '57014')
    return new ExecutionError('timeout', 'the query took too long and was stopped', pgCode);
  if (code === '42501')
    return new ExecutionError('permission', `the database refused access: ${message}`, pgCode);
  // "cannot execute ... in a read-only transaction": a write attempt, not a repairable mistake.
  if (code === '25006')
    return new ExecutionError('permission', `the database refused a write: ${message}`, pgCode);
  if (code === '53400' || code === '53200') {
    return new ExecutionError(
      'too_costly',
      `the query needed more temporary space or memory than a question may use (${message})`,
      pgCode,
    );
  }
  // Bind messages carry no parameters: a `$1` in the statement is the statement's fault.
  if (code === '08P01' && /bind message supplies/.test(message))
    return new ExecutionError('sql', message, pgCode);
  // A hot standby (ANALYTICS_DATABASE_URL on a read replica) cancels a statement whose rows or
  // locks replay must take ("conflict with recovery", 40001; 40P01 for a deadlock with replay):
  // the moment's fault, not the statement's, so the job is retried rather than the SQL repaired.
  if (code === '40001' || code === '40P01') {
    return new ExecutionError('unavailable', `the database interrupted the query: ${message}`, pgCode);
  }
  if (/^(08|57P|53)/.test(code)) {
    return new ExecutionError('unavailable', `the database is unavailable: ${message}`, pgCode);
  }
  if (/^(42|22|21|0A|2F|39|40|54|25)/.test(code)) return new ExecutionError('sql', message, pgCode);
  // Errors without a SQLSTATE come from the driver or the network ("Connection terminated", ECONNREFUSED).
  if (!/^[0-9A-Z]{5}$/.test(code))
    return new ExecutionError('unavailable', `the database is unavailable: ${message}`, pgCode);
  return new ExecutionError('unavailable', message, pgCode);
}

/**
 * A query sent with the extended protocol (Parse/Bind/Execute), which the
 * server refuses to run when the text holds more than one statement. The
 * simple protocol would run `SELECT 1; RESET ROLE; …` whole. (`queryMode` is
 * a pg option its type definitions do not list yet.)
 */
function oneStatement(text: string): pg.QueryConfig {
  const config: pg.QueryConfig & { queryMode: 'extended' } = { text, queryMode: 'extended' };
  return config;
}

/**
 * The server-side byte cap for a result capped at `maxBytes` (measured here as
 * JSON): a quarter more, so that in practice the exact check in this process
 * stops first and the server's cap only catches what would not fit at all.
 */
function serverByteCap(maxBytes: number): number {
  return maxBytes + Math.max(64 * 1024, Math.floor(maxBytes / 4));
}

/**
 * The statement as the executor runs it: the same columns, in the same order,
 * but the server keeps a running total of the rows' size (as text) and stops
 * with an error carrying TOO_LARGE_MARKER at the first row that passes
 * `byteCap`, before sending it. So neither many rows nor one enormous row
 * (a string_agg over a big table) can push much more than the cap into this
 * process. The window runs over at most the rows sent (ROWS frame, no
 * ORDER BY: it streams and keeps the input order). `rowLimit`, when given,
 * stops the statement after that many rows. The statement goes on lines of
 * its own so that a trailing `--` comment cannot swallow the rest.
 * (A statement with an output column named pa_result_row fails to run.)
 */
function cappedQuery(sql: string, byteCap: number, rowLimit?: number): string {
  return `SELECT (pa_capped.pa_result_row).* FROM (
SELECT pa_result_row,
       sum(octet_length(pa_result_row::text)) OVER (ROWS UNBOUNDED PRECEDING) AS pa_result_bytes
  FROM (
${sql}
) AS pa_result_row
) AS pa_capped
WHERE CASE WHEN pa_capped.pa_result_bytes > ${byteCap}
           THEN (pa_capped.pa_result_bytes || ' bytes: ${TOO_LARGE_MARKER}')::int = 0
           ELSE true END${
             rowLimit === undefined
               ? ''
               : `
LIMIT ${rowLimit}`
           }`;
}

function isTooLarge(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e.code === '22P02' && typeof e.message === 'string' && e.message.includes(TOO_LARGE_MARKER);
}

/** A value as a quoted SQL literal; a NUL would end the string on the wire before the quote does. */
function literal(value: string): string {
  if (value.includes('\u0000')) throw new Error('a setting may not contain a NUL character');
  return pg.escapeLiteral(value);
}

/**
 * The transaction's opening as one simple-protocol message: READ ONLY, the tenant, time zone and
 * limits set with set_config by the service user, then SET LOCAL ROLE. The values are the server's
 * own (the Caller's tenant and time zone, the limits), never the planner's SQL, which only travels
 * in the extended protocol.
 */
function openTransaction(caller: Pick<Caller, 'tenant' | 'time_zone'>, limits: ExecuteLimits): string {
  return `BEGIN READ ONLY;
SELECT set_config('app.tenant_bank', ${literal(caller.tenant)}, true),
       set_config('TimeZone', ${literal(caller.time_zone)}, true),
       set_config('statement_timeout', ${literal(`${limits.statementTimeoutMs}ms`)}, true),
       set_config('idle_in_transaction_session_timeout', ${literal(`${limits.statementTimeoutMs * 2 + 1_000}ms`)}, true),
       set_config('work_mem', ${literal(limits.workMem ?? '32MB')}, true),
       set_config('search_path', 'public', true),
       set_config('row_security', 'on', true),
       CASE WHEN pg_catalog.has_parameter_privilege('temp_file_limit', 'SET')
            THEN set_config('temp_file_limit', ${literal(limits.tempFileLimit ?? '1GB')}, true) END;
SET LOCAL ROLE ${limits.readerRole}`;
}

/**
 * How many times a statement waits out the pool's connectionTimeoutMillis while every connection of
 * the pool is alive and in use: a burst of questions queueing for the pool, not an outage.
 */
const BUSY_POOL_WAITS = 3;

/** pg-pool's error when no connection came within connectionTimeoutMillis. */
const isPoolWaitTimeout = (err: unknown): boolean =>
  err instanceof Error && err.message === 'timeout exceeded when trying to connect';

/**
 * A connection from the pool. A wait that timed out while the pool was full of live connections
 * (all checked out by other statements) is waited again, up to BUSY_POOL_WAITS in all, instead of
 * failing as "unavailable": that failure makes the whole job retry, model call included, only
 * because other questions held the connections. A pool that cannot open connections (the server
 * is down or refuses) fails at once, as before.
 */
async function connectWaiting(pool: pg.Pool): Promise<pg.PoolClient> {
  const max = (pool as pg.Pool & { options?: { max?: number } }).options?.max ?? 10;
  for (let wait = 1; ; wait++) {
    try {
      return await pool.connect();
    } catch (err) {
      const busy = pool.totalCount >= max && pool.idleCount === 0;
      if (!(wait < BUSY_POOL_WAITS && busy && isPoolWaitTimeout(err))) throw classifyExecutionError(err);
    }
  }
}

/** Gives the next statement only the time left of the whole execution's budget. */
async function armStatementTimeout(client: pg.PoolClient, deadline: number): Promise<void> {
  const remainingMs = Math.floor(deadline - performance.now());
  if (remainingMs <= 0)
    throw new ExecutionError('timeout', 'the query took too long and was stopped', '57014');
  await client.query(`SET LOCAL statement_timeout = ${remainingMs}`);
}

/**
 * Runs the capped statement as one portal, executed to completion (Execute with no row count):
 * the only way PostgreSQL runs a statement with parallel workers (a cursor, or a portal executed
 * a number of rows at a time, is always planned or run serially). Rows are taken as they arrive,
 * not collected by the driver, so those that came before the server's byte cap stopped the
 * statement are kept, and each row is measured once, when it arrives: at most `maxRows` rows and
 * `maxBytes` bytes of JSON are kept. The statement's own LIMIT (maxRows + 1) and the server's
 * byte cap bound what crosses the wire.
 */
function runCapped(
  client: pg.PoolClient,
  text: string,
  maxRows: number,
  maxBytes: number,
): Promise<ExecuteResult> {
  return new Promise((resolve, reject) => {
    const rows: Cell[][] = [];
    let columns: Column[] | null = null;
    let bytes = 0;
    let truncated = false;
    // An exception in a row handler would surface in the driver's socket handler: keep it for the end.
    let failed: { error: unknown } | null = null;
    const describe = (fields: readonly pg.FieldDef[]): Column[] =>
      fields.map((f) => ({ name: f.name, type: TYPE_NAMES[f.dataTypeID] ?? 'text' }));
    const finish = () => resolve({ columns: columns ?? [], rows, rowCount: rows.length, truncated });
    const config: pg.QueryArrayConfig & { queryMode: 'extended' } = {
      text,
      rowMode: 'array',
      queryMode: 'extended',
    };
    const query = new pg.Query<unknown[]>(config);
    query.on('row', (raw: unknown[], result?: { fields: pg.FieldDef[] }) => {
      if (truncated || failed) return;
      try {
        if (result) columns ??= describe(result.fields);
        if (rows.length >= maxRows) {
          truncated = true;
          return;
        }
        const row = raw.map(toCell);
        bytes += Buffer.byteLength(JSON.stringify(row));
        if (bytes > maxBytes) {
          truncated = true;
          return;
        }
        rows.push(row);
      } catch (error) {
        failed = { error };
      }
    });
    query.on('end', (result: { fields: pg.FieldDef[] }) => {
      if (failed) return reject(failed.error);
      columns ??= describe(result.fields);
      finish();
    });
    query.on('error', (err: Error) => {
      if (failed) return reject(failed.error);
      // The server stopped at its byte cap: what arrived before is the answer.
      if (isTooLarge(err)) {
        truncated = true;
        finish();
      } else {
        reject(err);
      }
    });
    client.query(query);
  });
}

/**
 * Runs one guarded SELECT as the reader role inside a READ ONLY transaction
 * that always rolls back.
 *
 * - The planner's SQL only ever travels in the extended protocol, which
 *   refuses more than one statement, so `…; RESET ROLE; …` cannot ride along.
 * - The tenant, time zone and limits are set with set_config by the service
 *   user *before* SET LOCAL ROLE; the reader cannot change them afterwards once
 *   the superuser hardening has taken EXECUTE on set_config away from it.
 * - An estimated plan cost above `maxPlanCost` is refused before anything runs.
 * - The statement runs as one portal, so PostgreSQL may give it parallel
 *   workers; it returns at most `maxRows + 1` rows and the server stops it at
 *   the byte cap, so a huge result never enters memory.
 * - `statementTimeoutMs` bounds the whole execution: the statement gets only
 *   the time that is left after the settings and the cost check.
 * - Session-level advisory locks the statement may have taken are released.
 *
 * Round trips: BEGIN with the settings and SET LOCAL ROLE, EXPLAIN (when the
 * cost gate is on), the timeout, the statement, ROLLBACK with the unlock.
 */
export async function executeReadOnly(
  pool: pg.Pool,
  sql: string,
  /** Who is asking, decided on the server; it reaches the database only as SET LOCAL settings. */
  caller: Pick<Caller, 'tenant' | 'time_zone'>,
  limits: ExecuteLimits = defaultExecuteLimits,
): Promise<ExecuteResult> {
  if (!ROLE_NAME.test(limits.readerRole)) throw new Error(`invalid reader role name: ${limits.readerRole}`);
  // The wire protocol ends strings at NUL: what the server parsed would not be what was checked.
  if (sql.includes('\u0000')) throw new ExecutionError('sql', 'the statement contains a NUL character');
  // Built before a connection is taken: a setting that cannot be sent (a NUL) fails here.
  const opening = openTransaction(caller, limits);
  const client = await connectWaiting(pool);
  // The statement's budget starts once it has a connection: a burst of questions queueing for the
  // pool (bounded by BUSY_POOL_WAITS times its connectionTimeoutMillis) must not spend their
  // statements' time and fail as "took too long" before reaching the database.
  const deadline = performance.now() + limits.statementTimeoutMs;
  let broken = false;
  try {
    // BEGIN, the settings and the role in one round trip (the simple protocol, no parameters: each
    // value is a quoted literal, the role a checked name). statement_timeout here bounds SET LOCAL
    // ROLE and the EXPLAIN; the statement itself gets what is left of the budget just before it runs.
    await client.query(opening);

    const maxBytes = Math.max(0, Math.floor(limits.maxBytes));
    const maxRows = Math.max(0, Math.floor(limits.maxRows));
    const byteCap = serverByteCap(maxBytes);

    // The estimate comes from statistics over every bank: it decides, but never leaves this function
    // (no figure in the message or the result), so a tenant cannot measure the other banks with it.
    // It is the cost of the whole statement, without the row limit below: a LIMIT would scale the
    // estimate down by the share of rows it expects to read, a guess a selective filter can fool.
    if (limits.maxPlanCost > 0) {
      const explained = await client.query<{ 'QUERY PLAN': Array<{ Plan: { 'Total Cost': number } }> }>(
        oneStatement(`EXPLAIN (FORMAT JSON) ${cappedQuery(sql, byteCap)}`),
      );
      const planCost = explained.rows[0]?.['QUERY PLAN'][0]?.Plan['Total Cost'] ?? null;
      if (planCost !== null && planCost > limits.maxPlanCost) {
        throw new ExecutionError(
          'too_costly',
          'This question would make the database do too much work. Add a time range or a filter, or group the results.',
        );
      }
    }

    await armStatementTimeout(client, deadline);
    return await runCapped(client, cappedQuery(sql, byteCap, maxRows + 1), maxRows, maxBytes);
  } catch (err) {
    const classified = classifyExecutionError(err);
    // A protocol error may leave the connection out of step: do not give it back to the pool.
    broken = classified.failure === 'unavailable' || classified.pgCode === '08P01';
    throw classified;
  } finally {
    if (!broken) {
      try {
        // One round trip; session-level advisory locks are the only state a SELECT leaves behind a ROLLBACK.
        await client.query('ROLLBACK; SELECT pg_advisory_unlock_all()');
      } catch {
        broken = true;
      }
    }
    client.release(broken);
  }
}
