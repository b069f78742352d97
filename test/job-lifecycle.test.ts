import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiFetch } from './support/auth.js';
import { createTestDatabase, lockTransactions, type TestDatabase, theLockWaiter } from './support/db.js';
import { openSse } from './support/sse.js';
import {
  type InProcessApi,
  stackEnv,
  startApi,
  startWorker,
  submit,
  waitForStage,
  waitForTerminal,
} from './support/stack.js';

/** The question was answered earlier in this file: without this, its cached rows would never wait on the lock. */
const NO_CACHE = { options: { use_cache: false } };

let db: TestDatabase;
let api: InProcessApi;
let env: Record<string, string>;
let redis: Redis;

beforeAll(async () => {
  db = await createTestDatabase();
  env = stackEnv(db.url);
  api = await startApi(env);
  redis = new Redis(inject('redisUrl'));
});
afterAll(async () => {
  redis?.disconnect();
  await api?.close();
  await db?.drop();
});

const cancel = (id: string) => apiFetch(`${api.url}/api/queries/${id}/cancel`, { method: 'POST' });

describe('job lifecycle', () => {
  it('a result stays readable from history after Redis has forgotten the job', async () => {
    const worker = await startWorker(env);
    let id: string;
    try {
      id = (await submit(api.url, 'How many transactions were there yesterday?')).id;
      await waitForTerminal(api.url, id);
    } finally {
      await worker.close();
    }
    const before = (await (await apiFetch(`${api.url}/api/queries/${id}`)).json()) as { result: unknown };
    // What BullMQ's removeOnComplete and the event log's TTL do eventually.
    const keys = await redis.keys(`${env.QUEUE_PREFIX}:*${id}*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys);
    const res = await apiFetch(`${api.url}/api/queries/${id}`);
    expect(res.status).toBe(200);
    const after = (await res.json()) as { status: string; result: unknown };
    expect(after.status).toBe('completed');
    expect(after.result).toEqual(before.result);
    const sse = await openSse(`${api.url}/api/queries/${id}/events`);
    expect((await sse.rest(5_000)).map((m) => m.event)).toEqual(['snapshot', 'completed']);
  });

  it('cancelling a queued job removes it: it never runs, and history says cancelled', async () => {
    const job = await submit(api.url, 'How many transactions were there today?');
    const res = await cancel(job.id);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: job.id, status: 'cancelled' });
    // Its in-flight slot went with the cancel (an admin's questions count under '*').
    expect(await redis.zscore(`${env.QUEUE_PREFIX}:questions:inflight:*`, job.id)).toBeNull();
    const worker = await startWorker(env);
    try {
      const state = (await (await apiFetch(`${api.url}/api/queries/${job.id}`)).json()) as { status: string };
      expect(state.status).toBe('cancelled');
      const sse = await openSse(`${api.url}${job.links.events}`);
      expect((await sse.rest(5_000)).map((m) => m.event)).toEqual(['snapshot', 'cancelled']);
      const history = await db.pool.query('SELECT status FROM app.question_history WHERE job_id = $1', [
        job.id,
      ]);
      expect(history.rows).toEqual([{ status: 'cancelled' }]);
      expect(await (await cancel(job.id)).status).toBe(409);
    } finally {
      await worker.close();
    }
  });

  it('cancelling a running job stops it at the next stage boundary', async () => {
    const release = await lockTransactions(db.pool);
    const worker = await startWorker(env);
    try {
      const job = await submit(api.url, 'How many transactions were there yesterday?', NO_CACHE);
      await waitForStage(api.url, job.id, 'executing', 20_000);
      const res = await cancel(job.id);
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ id: job.id, status: 'cancelling' });
      await release();
      const done = (await waitForTerminal(api.url, job.id)) as { status: string; result?: unknown };
      expect(done.status).toBe('cancelled');
      expect(done.result).toBeUndefined();
    } finally {
      await release();
      await worker.close();
    }
  });

  it('a transient database failure is retried with backoff and the job still completes', async () => {
    const release = await lockTransactions(db.pool);
    const worker = await startWorker({ ...env, STATEMENT_TIMEOUT_MS: '30000' });
    try {
      const job = await submit(api.url, 'How many transactions were there yesterday?', NO_CACHE);
      // The job waits on the lock; then its connection is killed under it, as in a failover.
      const pid = await theLockWaiter(db.pool, 20_000);
      await db.pool.query('SELECT pg_terminate_backend($1)', [pid]);
      await release();
      const done = (await waitForTerminal(api.url, job.id)) as { status: string; attempt: number };
      expect(done.status).toBe('completed');
      expect(done.attempt).toBe(2);
      const history = await db.pool.query(
        'SELECT status, attempts FROM app.question_history WHERE job_id = $1',
        [job.id],
      );
      expect(history.rows).toEqual([{ status: 'completed', attempts: 2 }]);
    } finally {
      await release();
      await worker.close();
    }
  });

  it('a worker whose Redis is gone still exits promptly on shutdown', async () => {
    const dead = await startWorker({ ...env, REDIS_URL: 'redis://127.0.0.1:1', SHUTDOWN_TIMEOUT_MS: '1000' });
    const started = Date.now();
    await dead.close();
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
