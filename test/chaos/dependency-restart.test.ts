/**
 * Chaos: the API and a worker run as real processes against a PostgreSQL and
 * a Redis of their own (started from system binaries in a scratch folder, on
 * free ports, the way `npm run services` starts them), and each dependency is
 * stopped and started again while a burst of questions is in flight.
 *
 * What must hold (issue #13): no process exits; readiness (`/api/ready`, the
 * worker's `/readyz`) says 503 while the dependency is down and recovers by
 * itself; every accepted question is answered once it is back (at-least-once,
 * with BullMQ's retries), with exactly one history row each.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, readMigrations } from '@pa/db';
import { seedTransactions } from '@pa/seed';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../../scripts/lib/root.js';
import { ensureServices, stopServices } from '../../scripts/lib/services.js';
import { apiFetch } from '../support/auth.js';
import {
  type ChildService,
  freePort,
  spawnApp,
  stackEnv,
  submit,
  waitForHttp,
  waitForTerminal,
} from '../support/stack.js';

const BURST = 12;
const QUESTIONS = [
  'How many transactions were there yesterday?',
  'Top 5 categories by amount in the last 30 days',
  'Сколько транзакций было вчера?',
  'Average amount by city this month',
];

let root: string;
let urls: { databaseUrl: string; redisUrl: string };
let api: ChildService;
let worker: ChildService;
let apiUrl: string;
let workerUrl: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pa-chaos-'));
  // mkdtemp makes it 0700; the postgres OS user that runs initdb must be able to enter it.
  chmodSync(root, 0o755);
  urls = await ensureServices({ root, log: () => {} });
  const client = new pg.Client({ connectionString: urls.databaseUrl });
  await client.connect();
  try {
    await migrate(client, readMigrations(join(repoRoot, 'migrations')));
    await seedTransactions(client, { rows: 3_000, seed: 11, end: new Date() });
  } finally {
    await client.end();
  }
  const [apiPort, metricsPort] = [await freePort(), await freePort()];
  const env = stackEnv(urls.databaseUrl, {
    REDIS_URL: urls.redisUrl,
    // Long enough a retry budget to outlive a restart: 1 s, 2 s, 4 s … between attempts.
    JOB_ATTEMPTS: '8',
    // Questions held behind the table lock must still be waiting when the server stops.
    STATEMENT_TIMEOUT_MS: '60000',
    // A job that was active when Redis stopped is handed out again once its lock has expired and the
    // stalled-job check has run: 30 s + 30 s by default, longer than a test should wait. Short here,
    // so the recovery is exercised in seconds; production keeps the defaults.
    WORKER_LOCK_DURATION_MS: '5000',
    WORKER_STALLED_INTERVAL_MS: '2000',
    METRICS_PORT: String(metricsPort),
    METRICS_HOST: '127.0.0.1',
  });
  api = spawnApp('api', { ...env, PORT: String(apiPort), HOST: '127.0.0.1' });
  worker = spawnApp('worker', env);
  apiUrl = `http://127.0.0.1:${apiPort}`;
  workerUrl = `http://127.0.0.1:${metricsPort}`;
  await waitForHttp(`${apiUrl}/api/ready`, api);
  await waitForHttp(`${workerUrl}/readyz`, worker);
}, 180_000);

afterAll(async () => {
  await Promise.allSettled([api?.kill(), worker?.kill()]);
  if (root) {
    stopServices(root);
    rmSync(root, { recursive: true, force: true });
  }
});

/** Waits until `url` answers `status` (polling; a connection refused counts as not yet). */
async function waitForStatus(url: string, status: number): Promise<void> {
  await vi.waitFor(
    async () => {
      const res = await fetch(url).catch(() => null);
      expect(res?.status, `${url} answers ${status}`).toBe(status);
    },
    { timeout: 30_000, interval: 100 },
  );
}

/**
 * Runs one step of a restart; if it fails, the error also carries the end of both processes'
 * output, so a failure on a busy CI machine says what the services were doing.
 */
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const tail = (text: string) => text.split('\n').slice(-40).join('\n');
    throw new Error(
      `${name}: ${err instanceof Error ? err.message : String(err)}\n--- API ---\n${tail(api.output())}` +
        `\n--- worker ---\n${tail(worker.output())}`,
    );
  }
}

function expectAlive(): void {
  expect(api.proc.exitCode, `the API exited:\n${api.output()}`).toBeNull();
  expect(worker.proc.exitCode, `the worker exited:\n${worker.output()}`).toBeNull();
}

/** One query on a connection of its own, as the service user. */
async function queryAlone<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: urls.databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

function historyRows(ids: string[]): Promise<Array<{ job_id: string; status: string }>> {
  return queryAlone(
    'SELECT job_id, status FROM app.question_history WHERE job_id = ANY($1) ORDER BY job_id',
    [ids],
  );
}

/** A transaction holding the transactions table, so questions wait inside their executing stage. */
async function holdTransactions(): Promise<pg.Client> {
  const holder = new pg.Client({ connectionString: urls.databaseUrl });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('LOCK TABLE transactions IN ACCESS EXCLUSIVE MODE');
  return holder;
}

/** Waits until at least two of the worker's queries are blocked on the held table. */
async function waitForHeldQuestions(): Promise<void> {
  await vi.waitFor(
    async () => {
      // Not on the holder: inside its transaction pg_stat_activity would be one snapshot.
      const waiting = await queryAlone<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE application_name = 'pa-worker-analytics' AND wait_event_type = 'Lock'`,
      );
      expect(waiting[0]!.n).toBeGreaterThanOrEqual(2);
    },
    { timeout: 30_000, interval: 50 },
  );
}

/** Submits the burst; the stop starts right after, so questions are queued, active and finishing. */
async function burst(): Promise<string[]> {
  const jobs = await Promise.all(
    // Uncached and unshared: every question of the burst is its own job that really plans and executes.
    Array.from({ length: BURST }, (_, i) =>
      submit(apiUrl, QUESTIONS[i % QUESTIONS.length]!, { options: { use_cache: false } }),
    ),
  );
  return jobs.map((j) => j.id);
}

async function expectAllAnswered(ids: string[]): Promise<void> {
  const finals = await Promise.all(ids.map((id) => waitForTerminal(apiUrl, id, 120_000)));
  expect(finals.map((f) => f.status)).toEqual(ids.map(() => 'completed'));
  const rows = await historyRows(ids);
  expect(rows.map((r) => r.job_id).sort()).toEqual([...ids].sort());
  expect(rows.every((r) => r.status === 'completed')).toBe(true);
}

describe('dependencies restarting under load', () => {
  it('PostgreSQL stops and starts again: nothing exits, readiness flips and recovers, every question is answered', async () => {
    // Hold the first questions inside their executing stage (a table lock), so the stop finds them
    // mid-transaction: their connections die with 57P01 and BullMQ must retry them.
    const holder = await holdTransactions();
    holder.on('error', () => {}); // it is killed by the stop, on purpose
    const ids = await burst();
    await waitForHeldQuestions();
    stopPostgres();
    await step('readiness while PostgreSQL is down', async () => {
      await waitForStatus(`${apiUrl}/api/ready`, 503);
      await waitForStatus(`${workerUrl}/readyz`, 503);
    });
    expectAlive();
    await ensureServices({ root, ...urls, log: () => {} });
    await step('readiness after PostgreSQL is back', async () => {
      await waitForStatus(`${apiUrl}/api/ready`, 200);
      await waitForStatus(`${workerUrl}/readyz`, 200);
    });
    await step('every question answered', () => expectAllAnswered(ids));
    expectAlive();
  }, 300_000);

  it('Redis stops and starts again (AOF): nothing exits, readiness flips and recovers, no accepted question is lost', async () => {
    // Questions held mid-execution when Redis stops finish their SQL while it is away, so the worker
    // cannot record them as completed: they must be handed out again after the restart, not lost.
    const holder = await holdTransactions();
    const ids = await burst();
    await waitForHeldQuestions();
    stopRedis();
    await holder.query('COMMIT');
    await holder.end();
    await step('readiness while Redis is down', async () => {
      await waitForStatus(`${apiUrl}/api/ready`, 503);
      await waitForStatus(`${workerUrl}/readyz`, 503);
    });
    // While Redis is away, a new question is refused with 503, not lost after a 202.
    const refused = await apiFetch(`${apiUrl}/api/queries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: QUESTIONS[0] }),
    });
    expect(refused.status).toBe(503);
    expectAlive();
    await ensureServices({ root, ...urls, log: () => {} });
    await step('readiness after Redis is back', async () => {
      await waitForStatus(`${apiUrl}/api/ready`, 200);
      await waitForStatus(`${workerUrl}/readyz`, 200);
    });
    await step('every question answered', () => expectAllAnswered(ids));
    expectAlive();
  }, 300_000);

  it('Redis stops in the middle of a stream of submissions: each one ends 202 or 503, and every 202 is answered', async () => {
    interface Outcome {
      status: number | 'error';
      id?: string;
      code?: string;
      retryAfter?: string | null;
      error?: string;
      phase: 'before' | 'down' | 'after';
      ms: number;
    }
    let phase: Outcome['phase'] = 'before';
    const outcomes: Outcome[] = [];
    const submitOnce = async (i: number): Promise<void> => {
      const asked = phase;
      const started = performance.now();
      const ms = () => Math.round(performance.now() - started);
      try {
        const res = await apiFetch(`${apiUrl}/api/queries`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question: QUESTIONS[i % QUESTIONS.length], options: { use_cache: false } }),
          // A generous bound only: a submission while Redis is away must end, not wait for it.
          signal: AbortSignal.timeout(30_000),
        });
        const body = (await res.json()) as { id?: string; error?: { code: string } };
        outcomes.push({
          status: res.status,
          id: body.id,
          code: body.error?.code,
          retryAfter: res.headers.get('retry-after'),
          phase: asked,
          ms: ms(),
        });
      } catch (err) {
        outcomes.push({ status: 'error', error: String(err), phase: asked, ms: ms() });
      }
    };
    const count = (p: Outcome['phase'], status: number) =>
      outcomes.filter((o) => o.phase === p && o.status === status).length;

    // A steady stream of submissions, ten a second, through the stop and the start.
    const inFlight: Promise<void>[] = [];
    let streaming = true;
    const stream = (async () => {
      for (let i = 0; streaming; i++) {
        inFlight.push(submitOnce(i));
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    try {
      await vi.waitFor(() => expect(count('before', 202)).toBeGreaterThanOrEqual(5), { timeout: 30_000 });
      stopRedis();
      phase = 'down';
      await vi.waitFor(() => expect(count('down', 503)).toBeGreaterThanOrEqual(5), { timeout: 60_000 });
      await ensureServices({ root, ...urls, log: () => {} });
      phase = 'after';
      await vi.waitFor(() => expect(count('after', 202)).toBeGreaterThanOrEqual(5), { timeout: 60_000 });
    } finally {
      streaming = false;
      await stream;
      await Promise.all(inFlight);
    }

    // Every submission ended with an answer: accepted, or refused as unavailable (never a 500,
    // never a request left hanging or cut).
    expect(outcomes.filter((o) => o.status !== 202 && o.status !== 503)).toEqual([]);
    const refused = outcomes.filter((o) => o.status === 503);
    expect(refused.filter((o) => o.code !== 'unavailable' || o.retryAfter === null)).toEqual([]);
    // Every 202 is answered, with one history row, whenever it was accepted.
    const accepted = outcomes.filter((o) => o.status === 202).map((o) => o.id!);
    await step('every accepted question answered', () => expectAllAnswered(accepted));
    expectAlive();
    console.info(
      `Redis restart mid-stream: ${accepted.length} accepted and answered, ${refused.length} refused with 503 ` +
        `(slowest 503 after ${Math.max(...refused.map((o) => o.ms))} ms; not asserted)`,
    );
  }, 240_000);
});

/** `pg_ctl stop -m fast`: every connection ends with 57P01, as in a restart or failover. */
const stopPostgres = () => stopOnly('postgres');
/** SHUTDOWN of the local Redis (its AOF keeps the queue), as a restart does. */
const stopRedis = () => stopOnly('redis');

/** Stops one of the scratch servers: stopServices stops what its record names, so name only that one. */
function stopOnly(kind: 'redis' | 'postgres'): void {
  const file = join(root, '.data', 'services.json');
  const record = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const write = (r: Record<string, unknown>) => writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  write({ [kind]: record[kind] });
  stopServices(root);
  const { [kind]: _stopped, ...others } = record;
  write(others);
}
