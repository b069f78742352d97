import type { Cell, Column } from '@pa/contracts';
import type pg from 'pg';

/** Who is asking, decided on the server; it reaches the database only as SET LOCAL settings. */
export interface TenantScope {
  /** Issuer bank name the reader may see, or '*' for all banks (admin). */
  tenantBank: string;
  timeZone: string;
}

export interface ExecuteLimits {
  statementTimeoutMs: number;
  maxRows: number;
  maxBytes: number;
  /** Reject plans whose estimated total cost is above this (EXPLAIN without ANALYZE). 0 disables. */
  maxPlanCost: number;
  /** Role the statement runs as (SET LOCAL ROLE). */
  readerRole: string;
}

export const defaultExecuteLimits: ExecuteLimits = {
  statementTimeoutMs: 5_000,
  maxRows: 1_000,
  maxBytes: 5 * 1024 * 1024,
  maxPlanCost: 5_000_000,
  readerRole: 'pa_reader',
};

export interface ExecuteResult {
  columns: Column[];
  rows: Cell[][];
  rowCount: number;
  truncated: boolean;
  planCost: number | null;
}

export type ExecutionFailure =
  | 'timeout' // statement_timeout hit
  | 'too_costly' // cost gate
  | 'sql' // the statement is wrong (syntax, unknown column, type error): a planner can repair it
  | 'permission' // the database refused access: a guard gap or an attack, never retried
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
const CURSOR_BATCH = 200;

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

function classify(err: unknown): ExecutionError {
  if (err instanceof ExecutionError) return err;
  const e = err as { code?: string; message?: string };
  const code = e.code ?? '';
  const message = e.message ?? String(err);
  if (code === '57014') return new ExecutionError('timeout', 'the query took too long and was stopped', code);
  if (code === '42501')
    return new ExecutionError('permission', `the database refused access: ${message}`, code);
  if (/^(08|57P|53)/.test(code) || /ECONNREFUSED|ECONNRESET|ETIMEDOUT|terminat|Connection/i.test(message)) {
    return new ExecutionError('unavailable', `the database is unavailable: ${message}`, code);
  }
  if (/^(42|22|21|0A|2F|39|40|54|25)/.test(code)) return new ExecutionError('sql', message, code);
  return new ExecutionError('unavailable', message, code);
}

/**
 * Runs one guarded SELECT as the reader role inside a READ ONLY transaction
 * that always rolls back. Results stream through a cursor and stop at the
 * row and byte caps, so a huge result never enters memory.
 */
export async function executeReadOnly(
  pool: pg.Pool,
  sql: string,
  scope: TenantScope,
  limits: ExecuteLimits = defaultExecuteLimits,
): Promise<ExecuteResult> {
  if (!ROLE_NAME.test(limits.readerRole)) throw new Error(`invalid reader role name: ${limits.readerRole}`);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    throw classify(err);
  }
  let broken = false;
  try {
    await client.query('BEGIN READ ONLY');
    await client.query(
      `SELECT set_config('app.tenant_bank', $1, true),
              set_config('TimeZone', $2, true),
              set_config('statement_timeout', $3, true),
              set_config('idle_in_transaction_session_timeout', $4, true),
              set_config('work_mem', '32MB', true),
              set_config('search_path', 'public', true)`,
      [
        scope.tenantBank,
        scope.timeZone,
        `${limits.statementTimeoutMs}ms`,
        `${limits.statementTimeoutMs * 2}ms`,
      ],
    );
    await client.query(`SET LOCAL ROLE ${limits.readerRole}`);

    let planCost: number | null = null;
    if (limits.maxPlanCost > 0) {
      const explained = await client.query<{ 'QUERY PLAN': Array<{ Plan: { 'Total Cost': number } }> }>(
        `EXPLAIN (FORMAT JSON) ${sql}`,
      );
      planCost = explained.rows[0]?.['QUERY PLAN'][0]?.Plan['Total Cost'] ?? null;
      if (planCost !== null && planCost > limits.maxPlanCost) {
        throw new ExecutionError(
          'too_costly',
          `this would scan too much data (estimated cost ${Math.round(planCost)} > ${limits.maxPlanCost}) — add a time range or group the results`,
        );
      }
    }

    await client.query(`DECLARE pa_result NO SCROLL CURSOR FOR ${sql}`);
    const rows: Cell[][] = [];
    let columns: Column[] = [];
    let bytes = 0;
    let truncated = false;
    for (;;) {
      const batch = await client.query({
        text: `FETCH FORWARD ${CURSOR_BATCH} FROM pa_result`,
        rowMode: 'array',
      });
      if (columns.length === 0) {
        columns = batch.fields.map((f) => ({ name: f.name, type: TYPE_NAMES[f.dataTypeID] ?? 'text' }));
      }
      for (const raw of batch.rows as unknown[][]) {
        if (rows.length >= limits.maxRows) {
          truncated = true;
          break;
        }
        const row = raw.map(toCell);
        bytes += JSON.stringify(row).length;
        if (bytes > limits.maxBytes) {
          truncated = true;
          break;
        }
        rows.push(row);
      }
      if (truncated || batch.rows.length < CURSOR_BATCH) break;
    }
    return { columns, rows, rowCount: rows.length, truncated, planCost };
  } catch (err) {
    const classified = classify(err);
    broken = classified.failure === 'unavailable';
    throw classified;
  } finally {
    try {
      await client.query('ROLLBACK');
    } catch {
      broken = true;
    }
    client.release(broken);
  }
}
