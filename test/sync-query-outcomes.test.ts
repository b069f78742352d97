/**
 * The synchronous routes' other outcomes (POST /api/query, POST /api/chat): every status they
 * can answer besides 200 / 202 / 400 — 409 for a cancelled job, 503 for a failure a retry may
 * fix and for a queue that does not take the job — and the plan cache's key against the request
 * fields that change what runs (max_rows, planner). Real Redis, PostgreSQL and BullMQ; the
 * 409 / 503 stack has no worker, so its jobs stay queued until the test ends them.
 */
import { createRedis, JobEventLog, type QueueNames } from '@pa/queue';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bearer, signToken } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { type InProcessApi, stackEnv, startApi, startWorker, waitForTerminal } from './support/stack.js';

let db: TestDatabase;
/** An API whose questions no worker takes. */
let idle: InProcessApi;
let idleNames: QueueNames;
/** An API with a worker. */
let api: InProcessApi;
let worker: Awaited<ReturnType<typeof startWorker>>;
let redis: Redis;
let admin: string;

type Json = Record<string, unknown>;

async function post(base: string, path: string, body: Json, token = admin) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: bearer(token, { 'content-type': 'application/json' }),
    body: JSON.stringify(body),
  });
  return { res, body: (await res.json()) as Json };
}

/** The id of the job asking `question` on the idle stack (its event log holds the question), or null. */
async function findJob(question: string): Promise<string | null> {
  for (const key of await redis.keys(`${idleNames.prefix}:${idleNames.queue}:events:*`)) {
    const [first] = await redis.xrange(key, '-', '+', 'COUNT', 1);
    const event = JSON.parse(first?.[1][1] ?? '{}') as { question?: string };
    if (event.question === question) return key.split(':').at(-1)!;
  }
  return null;
}

/** The id of the queued job asking `question`, once its submission has written it. */
const jobAsking = (question: string): Promise<string> =>
  vi.waitFor(
    async () => {
      const id = await findJob(question);
      if (!id) throw new Error(`no job asks "${question}" yet`);
      return id;
    },
    { timeout: 20_000, interval: 25 },
  );

beforeAll(async () => {
  db = await createTestDatabase();
  const idleEnv = stackEnv(db.url);
  idleNames = { prefix: idleEnv.QUEUE_PREFIX!, queue: 'questions' };
  idle = await startApi(idleEnv);
  const env = stackEnv(db.url);
  api = await startApi(env);
  worker = await startWorker(env);
  redis = createRedis(env.REDIS_URL!, 'test-sync-outcomes');
  admin = await signToken({ sub: 'root', role: 'admin' });
});
afterAll(async () => {
  redis?.disconnect();
  await worker?.close();
  await api?.close();
  await idle?.close();
  await db?.drop();
});

describe.each([
  ['/api/query', (q: string) => ({ question: q })],
  ['/api/chat', (q: string) => ({ message: q })],
])('POST %s while waiting', (path, body) => {
  it('a job cancelled while the request waits → 409 in the envelope, with the job’s links', async () => {
    const question = `How many transactions in Almaty yesterday? (${path} cancel)`;
    const pending = post(idle.url, path, body(question));
    const id = await jobAsking(question);
    const cancel = await fetch(`${idle.url}/api/queries/${id}/cancel`, {
      method: 'POST',
      headers: bearer(admin),
    });
    expect(cancel.status).toBe(200);
    const { res, body: answer } = await pending;
    expect(res.status).toBe(409);
    expect(answer.error).toMatchObject({
      code: 'conflict',
      details: { id, links: { self: `/api/queries/${id}`, events: `/api/queries/${id}/events` } },
    });
  });

  it('a failure a retry may fix (what a worker publishes for a job that ran out of attempts) → 503 with the job', async () => {
    const question = `How many transactions in Astana yesterday? (${path} retryable)`;
    const pending = post(idle.url, path, body(question));
    const id = await jobAsking(question);
    const error = {
      code: 'unavailable',
      message: 'The question could not be answered; please retry.',
      retryable: true,
    };
    await new JobEventLog(redis, idleNames, 3_600).append(id, {
      type: 'failed',
      at: new Date().toISOString(),
      error,
    });
    const { res, body: answer } = await pending;
    expect(res.status).toBe(503);
    expect(answer.error).toMatchObject({
      code: 'unavailable',
      message: error.message,
      details: { id, error },
    });
  });

  it('a queue that does not take the job → 503, and nothing of the job is left behind', async () => {
    const question = `How many transactions in Shymkent yesterday? (${path} queue down)`;
    // BullMQ numbers jobs with INCR on this key: a value that is not a number makes every add fail, before it writes anything.
    const counter = `${idleNames.prefix}:${idleNames.queue}:id`;
    const before = await redis.get(counter);
    await redis.set(counter, 'not-a-number');
    try {
      const { res, body: answer } = await post(idle.url, path, body(question));
      expect(res.status).toBe(503);
      expect(answer.error).toMatchObject({
        code: 'unavailable',
        message: 'The question could not be queued; please retry.',
      });
      // The submission has returned: its event log, written before the add, was removed again.
      expect(await findJob(question)).toBeNull();
    } finally {
      if (before === null) await redis.del(counter);
      else await redis.set(counter, before);
    }
  });
});

describe('the plan cache and the request fields that change what runs', () => {
  const question = 'Daily transaction count over the last 14 days';
  const ask = async (options?: Json) => {
    const { res, body } = await post(api.url, '/api/queries', { question, ...(options ? { options } : {}) });
    expect(res.status).toBe(202);
    return (await waitForTerminal(api.url, String(body.id), 30_000, admin)) as {
      status: string;
      result: {
        rows: unknown[];
        row_count: number;
        truncated: boolean;
        sql: string;
        cache: Json;
        planner: string;
      };
    };
  };

  it('max_rows never shares a result: the cached plan is capped again by each request’s own max_rows', async () => {
    const capped = await ask({ max_rows: 3 });
    expect(capped.result).toMatchObject({
      row_count: 3,
      truncated: true,
      cache: { plan: 'miss', result: 'miss' },
    });
    // The plan (the planner's SQL, which no row cap changes) is reused; the rows are not: the guarded
    // statement carries the cap (LIMIT max_rows + 1), and it is what the result cache is keyed by.
    const whole = await ask();
    expect(whole.result).toMatchObject({ truncated: false, cache: { plan: 'hit', result: 'miss' } });
    // A row per day with transactions: 14, or 13 in the minutes after midnight in the bank's zone,
    // before the seeded data has any transaction of the new day (a CI run at 19:11 UTC met that).
    expect(whole.result.row_count).toBeGreaterThanOrEqual(13);
    expect(whole.result.row_count).toBeLessThanOrEqual(14);
    expect(whole.result.sql).toBe(capped.result.sql);
    const five = await ask({ max_rows: 5 });
    expect(five.result).toMatchObject({
      row_count: 5,
      truncated: true,
      cache: { plan: 'hit', result: 'miss' },
    });
    expect(five.result.rows).toEqual(whole.result.rows.slice(0, 5));
    // The same cap again: both caches.
    const again = await ask({ max_rows: 3 });
    expect(again.result).toMatchObject({
      row_count: 3,
      truncated: true,
      cache: { plan: 'hit', result: 'hit' },
    });
    expect(again.result.rows).toEqual(capped.result.rows);
  });

  it('the planner choice is part of the key: a builtin-only request never gets another chain’s plan', async () => {
    const q = 'Average amount by city in the last 7 days';
    const first = await post(api.url, '/api/query', { question: q });
    expect(first.res.status).toBe(200);
    const { res, body } = await post(api.url, '/api/queries', { question: q, options: { planner: 'llm' } });
    expect(res.status).toBe(202);
    const done = (await waitForTerminal(api.url, String(body.id), 30_000, admin)) as {
      status: string;
      error: { message: string };
    };
    // This server has no model: the llm-only request is planned (and refused), not served from the cache.
    expect(done.status).toBe('failed');
    expect(done.error.message).toMatch(/no language model/);
  });
});
