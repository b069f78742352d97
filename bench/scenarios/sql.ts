/**
 * 6. sql — the golden set's SQL (test/fixtures/golden/golden.jsonl, each distinct statement once)
 * on 1 M and 10 M seeded rows, each in a scratch database of its own: through the executor path
 * (the guard, then executeReadOnly: settings, SET LOCAL ROLE pa_reader, the EXPLAIN cost gate,
 * the byte-capped cursor, RLS) against `psql` running the same guarded statement as the same
 * role with the same settings, in one session. Target: executor time ≤ 1.2 × psql time (sums
 * over the statements both ran). Also the five slowest and the indexes their plans use.
 * BENCH_SQL_ROWS=1000000,10000000 sets the sizes (--quick: 20 000 rows), BENCH_SQL_EVERY=n takes
 * every n-th statement only (--quick: every 8th), BENCH_SQL_REPEAT=n runs each n times (default 3 below
 * 5 M rows, 1 above).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Caller } from '@pa/contracts';
import { createPool, defaultExecuteLimits, ExecutionError, executeReadOnly } from '@pa/db';
import { guardSql, loadGuard } from '@pa/sql-guard';
import pg from 'pg';
import { repoRoot } from '../../scripts/lib/root.js';
import { createBenchDatabase } from '../lib/context.js';
import { fmt, line, ms, type ScenarioOutcome, summarize } from '../lib/report.js';
import type { ScenarioContext } from '../lib/scenario.js';

const TARGET = 1.2;
const CHUNK = 20;
const CALLER: Pick<Caller, 'tenant' | 'time_zone'> = { tenant: 'Halyk Bank', time_zone: 'Asia/Almaty' };
/** What the worker runs with, but a minute per statement: 10 M rows are beyond the 5 s of production. */
const LIMITS = { ...defaultExecuteLimits, statementTimeoutMs: 60_000 };
const POLICY = Object.freeze({ maxRows: LIMITS.maxRows, personalColumns: Object.freeze(['card_key']) });

interface Statement {
  id: string;
  /** The guarded statement (row limit applied): what the executor and psql both run. */
  sql: string;
}

function goldenStatements(): Statement[] {
  const seen = new Set<string>();
  const out: Statement[] = [];
  for (const raw of readFileSync(join(repoRoot, 'test/fixtures/golden/golden.jsonl'), 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const row = JSON.parse(raw) as { id: string; sql?: string };
    if (!row.sql || seen.has(row.sql)) continue;
    seen.add(row.sql);
    const verdict = guardSql(row.sql, POLICY);
    if (verdict.allowed) out.push({ id: row.id, sql: verdict.sql });
  }
  return out;
}

/** The executor path, `repeat` times per statement: median ms, or the refusal. */
async function throughExecutor(pool: pg.Pool, statements: Statement[], repeat: number) {
  const times = new Map<string, number>();
  const refused = new Map<string, string>();
  for (const s of statements) {
    const runs: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const t = performance.now();
      try {
        const verdict = guardSql(s.sql, POLICY);
        await executeReadOnly(pool, verdict.sql, CALLER, LIMITS);
        runs.push(performance.now() - t);
      } catch (err) {
        refused.set(s.id, err instanceof ExecutionError ? err.failure : String(err));
        break;
      }
    }
    if (runs.length === repeat) times.set(s.id, summarize(runs).p50);
  }
  return { times, refused };
}

/** psql, one session as pa_reader with the executor's settings: `\timing` of each statement, median of `repeat`. */
async function throughPsql(
  url: string,
  statements: Statement[],
  repeat: number,
  extraSettings: string[] = [],
): Promise<Map<string, number>> {
  const script = [
    '\\set ON_ERROR_STOP 0',
    ...extraSettings,
    `SELECT set_config('app.tenant_bank', '${CALLER.tenant}', false);`,
    `SET TimeZone = '${CALLER.time_zone}';`,
    `SET search_path = public;`,
    `SET work_mem = '${LIMITS.workMem}';`,
    `SET statement_timeout = '${LIMITS.statementTimeoutMs}ms';`,
    'SET ROLE pa_reader;',
    '\\o /dev/null',
    '\\timing on',
  ];
  for (const s of statements) {
    for (let i = 0; i < repeat; i++) script.push(`\\echo @@ ${s.id}`, `${s.sql};`);
  }
  const stdout = await psqlWithInput(url, script.join('\n'));
  const runs = new Map<string, number[]>();
  let current: string | null = null;
  for (const l of stdout.split('\n')) {
    const marker = /^@@ (\S+)/.exec(l);
    if (marker) current = marker[1]!;
    const time = /^Time: ([\d.]+) ms/.exec(l);
    if (time && current) {
      runs.set(current, [...(runs.get(current) ?? []), Number(time[1])]);
      current = null;
    }
  }
  return new Map([...runs].filter(([, r]) => r.length === repeat).map(([id, r]) => [id, summarize(r).p50]));
}

/** `psql` on the PATH, else the newest one of the local PostgreSQL server's (as `npm run services` finds them). */
function psqlBinary(): string {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'psql'))) return 'psql';
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin/psql'))) return join(root, v, 'bin/psql');
  return 'psql';
}

async function psqlWithInput(url: string, input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(psqlBinary(), [url, '-X', '-q', '-f', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-4_096);
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`psql exited ${code}: ${err}`)),
    );
    child.stdin.end(input);
  });
}

/** Index names and sequential scans in the statement's plan, as pa_reader sees it. */
async function planSummary(client: pg.Client, sql: string): Promise<string> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.tenant_bank', $1, true), set_config('TimeZone', $2, true)`, [
      CALLER.tenant,
      CALLER.time_zone,
    ]);
    await client.query('SET LOCAL ROLE pa_reader');
    const res = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
      `EXPLAIN (FORMAT JSON) ${sql}`,
    );
    const found = new Set<string>();
    const walk = (n: PlanNode) => {
      if (n['Index Name']) found.add(`${n['Node Type']} ${n['Index Name']}`);
      else if (n['Node Type'] === 'Seq Scan') found.add(`Seq Scan ${n['Relation Name']}`);
      for (const c of n.Plans ?? []) walk(c);
    };
    walk(res.rows[0]!['QUERY PLAN'][0]!.Plan);
    return [...found].join(', ') || '(no scan)';
  } finally {
    await client.query('ROLLBACK');
  }
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

export async function sql(ctx: ScenarioContext): Promise<ScenarioOutcome> {
  await loadGuard();
  const sizes = ctx.quick
    ? [20_000]
    : (process.env.BENCH_SQL_ROWS ?? '1000000,10000000').split(',').map((s) => Number(s.replaceAll('_', '')));
  // The smoke form takes every eighth statement; BENCH_SQL_EVERY=n every n-th in the full form.
  const every = ctx.quick ? 8 : Number(process.env.BENCH_SQL_EVERY ?? 1);
  const statements = goldenStatements().filter((_, i) => i % every === 0);
  line(
    `${statements.length} distinct golden statements the guard accepts; tenant ${CALLER.tenant}, zone ${CALLER.time_zone}`,
  );
  let worst = 0;
  for (const rows of sizes) {
    const repeat = ctx.quick ? 1 : Number(process.env.BENCH_SQL_REPEAT ?? (rows >= 5_000_000 ? 1 : 3));
    const seedStarted = performance.now();
    const db = await createBenchDatabase(`sql${rows}`, rows);
    ctx.defer(() => db.drop());
    line(
      `${fmt(rows)} rows seeded in ${ms(performance.now() - seedStarted)} (database ${db.name}); median of ${repeat} run(s) each`,
    );
    const pool = createPool({
      connectionString: db.url,
      applicationName: 'pa-bench-sql',
      kind: 'analytics',
      max: 2,
    });
    try {
      // One pass to warm the cache for both, then the measured passes, alternating in chunks of
      // statements so that a change in the machine's load lands on both sides alike.
      await throughExecutor(pool, statements, 1);
      const executor = { times: new Map<string, number>(), refused: new Map<string, string>() };
      const psql = new Map<string, number>();
      // A second psql baseline without parallel workers: a cursor (DECLARE … FETCH, how the executor
      // streams rows) never gets a parallel plan, so this isolates what the cursor costs.
      const serial = new Map<string, number>();
      for (let i = 0; i < statements.length; i += CHUNK) {
        const chunk = statements.slice(i, i + CHUNK);
        const ex = await throughExecutor(pool, chunk, repeat);
        for (const [k, v] of ex.times) executor.times.set(k, v);
        for (const [k, v] of ex.refused) executor.refused.set(k, v);
        for (const [k, v] of await throughPsql(db.url, chunk, repeat)) psql.set(k, v);
        for (const [k, v] of await throughPsql(db.url, chunk, repeat, [
          'SET max_parallel_workers_per_gather = 0;',
        ]))
          serial.set(k, v);
      }
      const both = statements.filter((s) => executor.times.has(s.id) && psql.has(s.id));
      const exTotal = both.reduce((a, s) => a + executor.times.get(s.id)!, 0);
      const psTotal = both.reduce((a, s) => a + psql.get(s.id)!, 0);
      const perStatement = summarize(both.map((s) => executor.times.get(s.id)! / psql.get(s.id)!));
      const r = exTotal / psTotal;
      worst = Math.max(worst, r);
      const serialBoth = both.filter((s) => serial.has(s.id));
      const serialTotal = serialBoth.reduce((a, s) => a + serial.get(s.id)!, 0);
      const exSerialTotal = serialBoth.reduce((a, s) => a + executor.times.get(s.id)!, 0);
      line(
        `  executor ${ms(exTotal)} vs psql ${ms(psTotal)} for ${both.length} statements: ratio ${fmt(r, 2)} ` +
          `(per statement: median ${fmt(perStatement.p50, 2)}, p99 ${fmt(perStatement.p99, 2)}; ` +
          `mean overhead ${ms((exTotal - psTotal) / Math.max(1, both.length))} per statement)`,
      );
      line(
        `  psql without parallel workers ${ms(serialTotal)}: executor / serial psql ${fmt(exSerialTotal / serialTotal, 2)}, ` +
          `psql serial / parallel ${fmt(serialTotal / psTotal, 2)}`,
      );
      const refusedBy = new Map<string, number>();
      for (const f of executor.refused.values()) refusedBy.set(f, (refusedBy.get(f) ?? 0) + 1);
      if (refusedBy.size > 0)
        line(`  refused by the executor: ${[...refusedBy].map(([f, n]) => `${n} ${f}`).join(', ')}`);
      const slowest = [...executor.times].sort((a, b) => b[1] - a[1]).slice(0, 5);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        line('  five slowest through the executor:');
        for (const [id, t] of slowest) {
          const s = statements.find((x) => x.id === id)!;
          const p = psql.get(id);
          const golden = s.sql.replace(/\s+/g, ' ');
          const q = serial.get(id);
          line(
            `    ${id} ${ms(t)} (psql ${p === undefined ? '—' : ms(p)}, without parallel workers ${q === undefined ? '—' : ms(q)}): ` +
              (await planSummary(client, s.sql)),
          );
          line(`      ${golden.length > 160 ? `${golden.slice(0, 157)}…` : golden}`);
        }
      } finally {
        await client.end();
      }
    } finally {
      await pool.end();
    }
    await db.drop();
  }
  return {
    figure: `overhead ×${fmt(worst, 2)} (largest of ${sizes.map((s) => fmt(s)).join(', ')} rows)`,
    target: `≤ ×${TARGET}`,
    pass: worst <= TARGET,
  };
}
