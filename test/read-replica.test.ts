/**
 * ANALYTICS_DATABASE_URL on a real read replica (issue #13, item 6). A PostgreSQL primary of
 * this test's own (started from system binaries in a scratch folder, like `npm run services`)
 * gets a hot standby made with `pg_basebackup -R`; the worker runs questions on the standby
 * and writes history to the primary. To tell the two apart, replay on the standby is paused
 * and the primary's transactions are truncated: the answer still counts the standby's rows,
 * while the history row lands on the primary. It also shows the read-only executor works on
 * a server that refuses every write.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, readMigrations } from '@pa/db';
import { seedTransactions } from '@pa/seed';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { repoRoot } from '../scripts/lib/root.js';
import { ensureServices, stopServices } from '../scripts/lib/services.js';
import { adminToken } from './support/auth.js';
import { giveToPostgres, postgresBinDir, runAsPostgres } from './support/postgres-binaries.js';
import {
  freePort,
  type InProcessApi,
  stackEnv,
  startApi,
  startWorker,
  submit,
  waitForTerminal,
} from './support/stack.js';

function withDatabase(url: string, user: string, password: string, port: number, database: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  u.port = String(port);
  u.pathname = `/${database}`;
  return u.toString();
}

async function one<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows[0]!;
  } finally {
    await client.end();
  }
}

let root: string;
let standbyDir: string;
let bin: string;
let primaryUrl: string;
let standbyUrl: string;
let standbySuperUrl: string;
let primarySuperUrl: string;
let api: InProcessApi | undefined;
let worker: Awaited<ReturnType<typeof startWorker>> | undefined;

beforeAll(async () => {
  const found = postgresBinDir();
  if (!found) throw new Error('PostgreSQL >= 15 server binaries (pg_ctl, pg_basebackup) not found');
  bin = found;
  root = mkdtempSync(join(tmpdir(), 'pa-replica-'));
  // mkdtemp makes it 0700; the postgres OS user must be able to enter it.
  chmodSync(root, 0o755);
  primaryUrl = (await ensureServices({ root, redisUrl: inject('redisUrl'), log: () => {} })).databaseUrl;
  const client = new pg.Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    await migrate(client, readMigrations(join(repoRoot, 'migrations')));
    await seedTransactions(client, { rows: 3_000, seed: 5, end: new Date() });
  } finally {
    await client.end();
  }

  const password = readFileSync(join(root, '.data', 'pg-password'), 'utf8').trim();
  const primaryPort = Number(new URL(primaryUrl).port);
  primarySuperUrl = withDatabase(primaryUrl, 'postgres', password, primaryPort, 'payment_analytics');
  standbyDir = join(root, 'standby');
  mkdirSync(standbyDir, { mode: 0o700 });
  giveToPostgres(standbyDir);
  // A base backup streamed from the primary, with the standby's recovery settings written (-R).
  runAsPostgres(join(bin, 'pg_basebackup'), [
    '-d',
    `host=127.0.0.1 port=${primaryPort} user=postgres password=${password}`,
    '-D',
    standbyDir,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
  ]); // prettier-ignore
  const standbyPort = await freePort();
  runAsPostgres(join(bin, 'pg_ctl'), [
    '-D',
    standbyDir,
    '-l',
    join(standbyDir, 'server.log'),
    '-w',
    '-t',
    '60',
    // A hot standby needs at least the primary's max_connections (npm run services sets 300).
    '-o',
    `-p ${standbyPort} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=300`,
    'start',
  ]); // prettier-ignore
  const appUser = new URL(primaryUrl);
  standbyUrl = withDatabase(
    primaryUrl,
    decodeURIComponent(appUser.username),
    decodeURIComponent(appUser.password),
    standbyPort,
    'payment_analytics',
  );
  standbySuperUrl = withDatabase(primaryUrl, 'postgres', password, standbyPort, 'payment_analytics');
  await vi.waitFor(
    async () =>
      expect((await one<{ r: boolean }>(standbyUrl, 'SELECT pg_is_in_recovery() AS r')).r).toBe(true),
    { timeout: 30_000, interval: 200 },
  );

  const env = stackEnv(primaryUrl, { ANALYTICS_DATABASE_URL: standbyUrl });
  api = await startApi(env);
  worker = await startWorker(env);
}, 180_000);

afterAll(async () => {
  await worker?.close();
  await api?.close();
  if (standbyDir && existsSync(join(standbyDir, 'postmaster.pid'))) {
    try {
      runAsPostgres(join(bin, 'pg_ctl'), ['-D', standbyDir, '-m', 'fast', '-w', 'stop']);
    } catch {
      // already stopped
    }
  }
  if (root) {
    stopServices(root);
    rmSync(root, { recursive: true, force: true });
  }
});

describe('ANALYTICS_DATABASE_URL on a hot standby', () => {
  it('the worker is ready with both pools: the primary for history, the standby for questions', async () => {
    const readiness = await worker!.readiness();
    expect(readiness).toEqual({ ready: true, checks: { redis: 'ok', app_db: 'ok', analytics_db: 'ok' } });
    // The standby is a real replica: it refuses writes.
    await expect(one(standbyUrl, 'CREATE TABLE app.nope (id int)')).rejects.toThrow(/read-only transaction/);
  });

  it('answers from the standby and records the answer on the primary', async () => {
    const replicated = await one<{ n: number }>(
      standbyUrl,
      'SELECT count(*)::int AS n FROM app.question_history',
    );
    expect(replicated.n).toBe(0);
    const seeded = await one<{ n: number }>(primarySuperUrl, 'SELECT count(*)::int AS n FROM transactions');
    expect(seeded.n).toBeGreaterThan(0);
    // The standby has caught up with the seed …
    await vi.waitFor(
      async () =>
        expect(
          (await one<{ n: number }>(standbySuperUrl, 'SELECT count(*)::int AS n FROM transactions')).n,
        ).toBe(seeded.n),
      { timeout: 30_000, interval: 100 },
    );
    // … is frozen there, and the primary's transactions are emptied.
    await one(standbySuperUrl, 'SELECT pg_wal_replay_pause()');
    await vi.waitFor(
      async () =>
        expect(
          (await one<{ s: string }>(standbySuperUrl, 'SELECT pg_get_wal_replay_pause_state() AS s')).s,
        ).toBe('paused'),
      { timeout: 10_000, interval: 50 },
    );
    await one(primarySuperUrl, 'TRUNCATE transactions');
    expect((await one<{ n: number }>(primarySuperUrl, 'SELECT count(*)::int AS n FROM transactions')).n).toBe(
      0,
    );
    const onStandby = await one<{ n: number }>(
      standbySuperUrl,
      'SELECT count(*)::int AS n FROM transactions',
    );
    expect(onStandby.n).toBe(seeded.n);

    const job = await submit(api!.url, 'How many transactions were there in total?', {}, await adminToken());
    const done = (await waitForTerminal(api!.url, job.id)) as {
      status: string;
      result?: { rows: unknown[][] };
      error?: unknown;
    };
    expect(done.status, JSON.stringify(done.error)).toBe('completed');
    // The standby's rows, not the primary's empty table.
    expect(done.result!.rows).toHaveLength(1);
    expect(done.result!.rows[0]).toContain(seeded.n);
    // History is written to DATABASE_URL (the primary) …
    const history = await one<{ status: string }>(
      primarySuperUrl,
      'SELECT status FROM app.question_history WHERE job_id = $1',
      [job.id],
    );
    expect(history.status).toBe('completed');
    // … and the paused standby has not seen it.
    expect(
      (await one<{ n: number }>(standbySuperUrl, 'SELECT count(*)::int AS n FROM app.question_history')).n,
    ).toBe(0);
    await one(standbySuperUrl, 'SELECT pg_wal_replay_resume()');
  });
});
