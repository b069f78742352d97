/**
 * Bounded work at the database layer, with the guard bypassed: the statements
 * that made one backend allocate gigabytes (issue #9, class 3) and the
 * corpus's resource-exhaustion cases run as pa_reader for one bank, each on a
 * backend of its own, whose peak memory is read from /proc afterwards.
 *
 * What each part of the database guarantees, and so what is asserted:
 * - the superuser hardening takes EXECUTE on the functions that build
 *   unbounded values (repeat, lpad, replace, string_agg, ...) from pa_reader:
 *   those statements fail with "permission denied" before anything runs —
 *   even the cost gate's EXPLAIN, which folds constants, cannot run them;
 * - what privileges cannot refuse (a `char(10485760)` type modifier, an
 *   ARRAY(subquery)) meets the private-memory limit of the server's processes
 *   (RLIMIT_DATA, 256 MB, set by scripts/lib/services.ts): palloc fails with
 *   an ordinary "out of memory" error, and the backend's peak stays under it.
 * No wall-clock duration is asserted (CI machines are busy); the durations are
 * printed for the record.
 */
import { readFileSync } from 'node:fs';
import { createPool, defaultExecuteLimits, type ExecuteLimits } from '@pa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCaller } from './support/auth.js';
import { attempt, type Outcome, readCorpus } from './support/security/corpus.js';
import { createSecurityDatabase, type SecurityDatabase } from './support/security/database.js';

const TENANT = testCaller('Halyk Bank');
const limits: ExecuteLimits = { ...defaultExecuteLimits, statementTimeoutMs: 1_000 };
/**
 * Peak resident memory of one backend: its private memory is capped at 256 MB (RLIMIT_DATA); the
 * rest is code and the shared buffers it touched.
 */
const PEAK_LIMIT_MB = 320;

const char10m = "''::char(10485760)";
/** The worst statements the attack found, and their relatives. */
const worstCases: ReadonlyArray<{ name: string; sql: string; refusedByPrivileges: boolean }> = [
  { name: 'repeat 100 MB', sql: "SELECT repeat('x', 100000000)", refusedByPrivileges: true },
  {
    name: 'nested replace (1e9 chars)',
    sql: "SELECT length(replace(replace(lpad('',1000,'x'),'x',lpad('',1000,'x')),'x',lpad('',1000,'x')))",
    refusedByPrivileges: true,
  },
  {
    name: 'nested replace of literals',
    sql: `SELECT length(replace(replace('${'x'.repeat(1000)}', 'x', '${'y'.repeat(1000)}'), 'y', '${'z'.repeat(1000)}'))`,
    refusedByPrivileges: true,
  },
  { name: 'lpad 200 M', sql: "SELECT length(lpad('', 200000000, 'ab'))", refusedByPrivileges: true },
  {
    name: 'string_agg, long separator',
    sql: `SELECT length(string_agg(merchant_city, '${'s'.repeat(2000)}')) FROM transactions`,
    refusedByPrivileges: true,
  },
  {
    name: 'char(10485760) in replace',
    sql: `SELECT length(replace(${char10m}, ' ', 'xx'))`,
    refusedByPrivileges: true,
  },
  {
    name: 'array_agg of padded rows',
    sql: 'SELECT length(array_agg(merchant_city::char(10485760))::text) FROM transactions',
    refusedByPrivileges: true,
  },
  {
    name: 'ARRAY(subquery) of padded rows',
    sql: 'SELECT length(ARRAY(SELECT merchant_city::char(10485760) FROM transactions)::text)',
    refusedByPrivileges: false,
  },
  {
    name: '30 × char(10485760) concatenated',
    sql: `SELECT length(${Array.from({ length: 30 }, () => char10m).join(' || ')})`,
    refusedByPrivileges: false,
  },
  {
    name: 'padded value per row, summed',
    sql: 'SELECT sum(length(merchant_city::char(10485760))) FROM transactions',
    refusedByPrivileges: false,
  },
];

let db: SecurityDatabase;
/** Whether the server's processes run under an address-space limit we can read (a local server). */
let memoryCapped = false;

beforeAll(async () => {
  db = await createSecurityDatabase();
  const pid = await db.pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  memoryCapped = dataLimit(pid.rows[0]!.pid) !== null;
});
afterAll(async () => {
  await db?.drop();
});

/** RLIMIT_DATA of a server process in bytes; null when unlimited or not readable (a remote server). */
function dataLimit(pid: number): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/limits`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max data size'));
    const soft = line?.split(/\s{2,}/)[1];
    return soft === undefined || soft === 'unlimited' ? null : Number(soft);
  } catch {
    return null;
  }
}

function peakMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

/** Runs one statement on a backend of its own and reads that backend's peak memory after it. */
async function runAlone(
  sql: string,
  statementLimits: ExecuteLimits = limits,
): Promise<{ outcome: Outcome; peakMb: number | null }> {
  const pool = createPool({
    connectionString: db.url,
    applicationName: 'pa-test-bounded',
    max: 1,
    kind: 'analytics',
  });
  try {
    const pid = (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const outcome = await attempt(pool, sql, TENANT, statementLimits);
    // A failed statement's connection is destroyed: its backend may be gone by now.
    let peakMb: number | null = null;
    try {
      peakMb = memoryCapped ? peakMegabytes(pid) : null;
    } catch {
      peakMb = null;
    }
    return { outcome, peakMb };
  } finally {
    await pool.end();
  }
}

const kind = (outcome: Outcome): string => (outcome.ok ? 'ran' : outcome.error.failure);

describe('bounded work, guard bypassed', () => {
  it('refuses the unbounded string and aggregate builders by privileges when hardened', async (ctx) => {
    if (!db.hardened) ctx.skip();
    const refused = [];
    for (const c of worstCases.filter((w) => w.refusedByPrivileges)) {
      // Refused while planning, before anything runs: a generous budget, so a busy machine's slow
      // BEGIN and EXPLAIN cannot turn the refusal into a timeout.
      const { outcome } = await runAlone(c.sql, { ...limits, statementTimeoutMs: 60_000 });
      refused.push({ name: c.name, kind: kind(outcome), message: outcome.ok ? '' : outcome.error.message });
    }
    expect(refused.filter((r) => r.kind !== 'permission')).toEqual([]);
    expect(refused.every((r) => /permission denied for (function|aggregate)/.test(r.message))).toBe(true);
  });

  it('keeps every worst case under the per-backend memory cap, failing with an ordinary error', async (ctx) => {
    if (!memoryCapped) ctx.skip();
    const rows: string[] = [];
    const over: string[] = [];
    const crashed: string[] = [];
    for (const c of worstCases) {
      const started = performance.now();
      const { outcome, peakMb } = await runAlone(c.sql);
      const ms = Math.round(performance.now() - started);
      rows.push(
        `  ${c.name.padEnd(34)} ${kind(outcome).padEnd(11)} ${String(ms).padStart(5)} ms  peak ${peakMb?.toFixed(0) ?? '?'} MB`,
      );
      if (peakMb !== null && peakMb > PEAK_LIMIT_MB) over.push(`${c.name}: ${peakMb.toFixed(0)} MB`);
      if (!outcome.ok && outcome.error.failure === 'unavailable') crashed.push(c.name);
    }
    console.info(
      `bounded work (pa_reader, 1 s statement timeout, hardened: ${db.hardened}):\n${rows.join('\n')}`,
    );
    expect(over).toEqual([]);
    // "unavailable" would mean the backend died (or took the server down) instead of failing the statement.
    expect(crashed).toEqual([]);
    // The server is still there and answers.
    const alive = await db.pool.query<{ n: number }>('SELECT 1 AS n');
    expect(alive.rows[0]?.n).toBe(1);
  });

  it('keeps the corpus resource-exhaustion cases under the cap too', async (ctx) => {
    if (!memoryCapped) ctx.skip();
    const cases = readCorpus('adversarial').filter(
      (c) => c.category === 'resource_exhaustion' || c.category === 'dos',
    );
    expect(cases.length).toBeGreaterThan(20);
    const over: string[] = [];
    for (const c of cases) {
      const { outcome, peakMb } = await runAlone(c.sql);
      if (peakMb !== null && peakMb > PEAK_LIMIT_MB)
        over.push(`${c.id} (${kind(outcome)}): ${peakMb.toFixed(0)} MB`);
    }
    expect(over).toEqual([]);
  });
});
