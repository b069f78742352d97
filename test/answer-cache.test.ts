/**
 * The shared caches, sharing running questions and the synchronous POST /api/query,
 * against real Redis, PostgreSQL, BullMQ and worker. Speed is never timed: a cached
 * answer shows itself by `cached: true` and by the worker's counters — no planner
 * run (plan-cache hits) and no statement executed.
 */
import { randomUUID } from 'node:crypto';
import { seedQueryResponseSchema } from '@pa/contracts';
import { bumpDataVersion, createRedis, JobEventLog, RedisAnswerCache } from '@pa/queue';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch, bankToken, bearer, signToken } from './support/auth.js';
import { createTestDatabase, lockTransactions, type TestDatabase } from './support/db.js';
import { type InProcessApi, stackEnv, startApi, startWorker, waitForTerminal } from './support/stack.js';

let db: TestDatabase;
let api: InProcessApi;
let worker: Awaited<ReturnType<typeof startWorker>>;
let env: Record<string, string>;
let halyk: string;
let kaspi: string;
let admin: string;

const counter = async (
  metric: { get(): Promise<{ values: Array<{ value: number; labels: object }> }> },
  labels = {},
) =>
  (await metric.get()).values
    .filter((v) =>
      Object.entries(labels).every(([k, want]) => (v.labels as Record<string, unknown>)[k] === want),
    )
    .reduce((sum, v) => sum + v.value, 0);
const executed = () => counter(worker.metrics.executedStatements);
const planHits = () => counter(worker.metrics.cacheLookups, { cache: 'plan', outcome: 'hit' });

async function query(token: string, body: Record<string, unknown>) {
  const res = await apiFetch(`${api.url}/api/query`, {
    method: 'POST',
    headers: bearer(token, { 'content-type': 'application/json' }),
    body: JSON.stringify(body),
  });
  return { res, body: (await res.json()) as Record<string, unknown> };
}

async function submitAs(token: string, question: string, options?: Record<string, unknown>) {
  const res = await apiFetch(`${api.url}/api/queries`, {
    method: 'POST',
    headers: bearer(token, { 'content-type': 'application/json' }),
    body: JSON.stringify({ question, ...(options ? { options } : {}) }),
  });
  expect(res.status).toBe(202);
  return (await res.json()) as { id: string; status: string; shared?: boolean };
}

beforeAll(async () => {
  db = await createTestDatabase();
  env = stackEnv(db.url);
  api = await startApi(env);
  worker = await startWorker(env);
  halyk = await bankToken('Halyk Bank');
  kaspi = await bankToken('Kaspi Bank');
  admin = await signToken({ sub: 'root', role: 'admin' });
});
afterAll(async () => {
  await worker?.close();
  await api?.close();
  await db?.drop();
});

describe('POST /api/query (the replaced service’s synchronous contract)', () => {
  it('answers in the old shape, field by field; include_sql / include_analysis false leave their fields out', async () => {
    const { res, body } = await query(halyk, {
      question: 'Top 3 categories by amount in the last 30 days',
      include_analysis: true,
      include_sql: true,
      use_cache: true,
      output_type: 'auto',
      session_id: null,
      user_id: null,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-location')).toMatch(/^\/api\/queries\/[0-9a-f-]{36}$/);
    const parsed = seedQueryResponseSchema.parse(body); // strict: no field the old contract lacks
    expect(Object.keys(parsed).sort()).toEqual([
      'analysis',
      'cached',
      'chart_data',
      'data',
      'execution_time_ms',
      'question',
      'row_count',
      'sql',
      'table',
      'text_response',
    ]);
    expect(parsed.row_count).toBe(3);
    expect(parsed.data).toHaveLength(3);
    expect(Object.keys(parsed.data[0] ?? {}).length).toBeGreaterThan(1);
    expect(parsed.sql).toMatch(/^SELECT/i);
    expect(parsed.chart_data?.labels).toHaveLength(3);
    expect(parsed.analysis?.insights.every((i) => ['High', 'Medium', 'Low'].includes(i.significance))).toBe(
      true,
    );
    expect(parsed.text_response).toBeNull();

    const lean = await query(halyk, {
      question: 'Top 3 categories by amount in the last 30 days',
      include_analysis: false,
      include_sql: false,
    });
    expect(lean.res.status).toBe(200);
    expect(seedQueryResponseSchema.parse(lean.body)).toEqual(lean.body);
    expect('sql' in lean.body).toBe(false);
    expect('analysis' in lean.body).toBe(false);
  });

  it('user_id in the body never changes who asks: the history row is the token’s subject', async () => {
    const { res } = await query(halyk, {
      question: 'How many transactions were there last week?',
      user_id: 'mallory',
    });
    expect(res.status).toBe(200);
    const id = res.headers.get('content-location')!.split('/').at(-1);
    const row = await db.pool.query('SELECT tenant, user_id FROM app.question_history WHERE job_id = $1', [
      id,
    ]);
    expect(row.rows).toEqual([{ tenant: 'Halyk Bank', user_id: 'analyst@Halyk Bank' }]);
  });

  it('a message that is not a data question answers 200 with text_response', async () => {
    const { res, body } = await query(halyk, { question: 'Hello!' });
    expect(res.status).toBe(200);
    const parsed = seedQueryResponseSchema.parse(body);
    expect(parsed.text_response).toEqual(expect.any(String));
    expect(parsed.text_response?.length).toBeGreaterThan(0);
    expect(parsed.data).toEqual([]);
  });

  it('past wait_ms: 202 with the job’s links, and the job is not lost', async () => {
    const release = await lockTransactions(db.pool);
    let id: string;
    try {
      const { res, body } = await query(halyk, {
        question: 'How many transactions in Almaty this month?',
        wait_ms: 200,
      });
      expect(res.status).toBe(202);
      id = body.id as string;
      expect(body.links).toEqual({ self: `/api/queries/${id}`, events: `/api/queries/${id}/events` });
      expect(res.headers.get('location')).toBe(`/api/queries/${id}`);
    } finally {
      await release();
    }
    const done = (await waitForTerminal(api.url, id, 30_000, halyk)) as { status: string };
    expect(done.status).toBe('completed');
  });

  it('bad fields → 400 in the envelope', async () => {
    for (const bad of [
      { question: 'q', wait_ms: 120_001 },
      { question: 'q', output_type: 'csv' },
      { question: 'q', tenant: 'Kaspi Bank' },
    ]) {
      const { res, body } = await query(halyk, bad);
      expect(res.status).toBe(400);
      expect((body.error as { code: string }).code).toBe('validation_failed');
    }
  });
});

describe('plan and result caches (Redis, shared by every worker)', () => {
  const question = 'Total amount by city in the last 7 days';

  it('a repeated question is served from the caches: no planner, no statement', async () => {
    const first = await query(halyk, { question });
    expect(first.body.cached).toBe(false);
    const [ranBefore, hitsBefore] = [await executed(), await planHits()];
    const again = await query(halyk, { question: `  ${question.toUpperCase()}?` });
    expect(again.res.status).toBe(200);
    expect(again.body.cached).toBe(true);
    expect(again.body.data).toEqual(first.body.data);
    expect(await executed()).toBe(ranBefore);
    // Answered by the API from the caches (the worker's answer pointer): the worker did not even see it.
    expect(await planHits()).toBe(hitsBefore);
    // The job API says it too.
    const id = again.res.headers.get('content-location')!;
    const job = (await (await apiFetch(`${api.url}${id}`, { headers: bearer(halyk) })).json()) as {
      result: { cached: boolean; cache: unknown };
    };
    expect(job.result.cache).toEqual({ plan: 'hit', result: 'hit' });
    // Asked as a job, the 202 says so at once: its answer is already there.
    const submitted = await submitAs(halyk, question);
    expect(submitted.status).toBe('completed');
    const done = (await waitForTerminal(api.url, submitted.id, 30_000, halyk)) as { status: string };
    expect(done.status).toBe('completed');
  });

  it("Halyk's cached answer is never served to Kaspi, nor to an admin (tenant *)", async () => {
    const q = 'Number of transactions by transaction type this month';
    expect((await query(halyk, { question: q })).body.cached).toBe(false);
    expect((await query(halyk, { question: q })).body.cached).toBe(true);
    for (const token of [kaspi, admin]) {
      const ranBefore = await executed();
      const other = await query(token, { question: q });
      expect(other.res.status).toBe(200);
      expect(other.body.cached).toBe(false);
      expect(await executed()).toBe(ranBefore + 1);
    }
    // Each tenant's own repeat hits its own entry.
    expect((await query(kaspi, { question: q })).body.cached).toBe(true);
    expect((await query(admin, { question: q })).body.cached).toBe(true);
  });

  it('the Redis cache itself: an entry made for one tenant is not found for another', async () => {
    const redis = createRedis(env.REDIS_URL!, 'test-cache');
    try {
      const names = { prefix: env.QUEUE_PREFIX!, queue: 'questions' };
      const cache = new RedisAnswerCache(redis, names, { schemaVersion: async () => 'v1' });
      const rows = { columns: [{ name: 'n', type: 'bigint' }], rows: [[42]], rowCount: 1, truncated: false };
      const at = (tenant: string) => ({ sql: 'SELECT 42 AS n', tenant, timeZone: 'Asia/Almaty' });
      await cache.putRows(at('Halyk Bank'), rows);
      expect(await cache.getRows(at('Halyk Bank'))).toEqual(rows);
      expect(await cache.getRows(at('Kaspi Bank'))).toBeNull();
      expect(await cache.getRows(at('*'))).toBeNull();
      expect(await cache.getRows({ ...at('Halyk Bank'), timeZone: 'UTC' })).toBeNull();
      const plan = { sql: 'SELECT 42 AS n', planner: 'builtin', provider: 'builtin', model: null };
      const key = (tenant: string) => ({
        question: 'q',
        tenant,
        timeZone: 'Asia/Almaty',
        localDate: '2026-01-01',
        planner: 'builtin',
      });
      await cache.putPlan(key('Halyk Bank'), plan);
      expect(await cache.getPlan(key('Halyk Bank'))).toEqual(plan);
      expect(await cache.getPlan(key('Kaspi Bank'))).toBeNull();
      expect(await cache.getPlan(key('*'))).toBeNull();
      // A plan made by one release of the code is not served by another (a cache without a
      // release is a release of its own); results are keyed by their SQL and stay shared.
      const released = (release: string) =>
        new RedisAnswerCache(redis, names, { schemaVersion: async () => 'v1', release });
      await released('r1').putPlan(key('Halyk Bank'), plan);
      expect(await released('r1').getPlan(key('Halyk Bank'))).toEqual(plan);
      expect(await released('r2').getPlan(key('Halyk Bank'))).toBeNull();
      expect(await released('r2').getRows(at('Halyk Bank'))).toEqual(rows);
      // TTL: 30 min for SQL that does not read the clock.
      const ttls = await Promise.all(
        (await redis.keys(`${names.prefix}:questions:cache:*`)).map((k) => redis.ttl(k)),
      );
      expect(Math.max(...ttls)).toBeLessThanOrEqual(1800);
      // A data change (seed, import, top-up) leaves every entry behind.
      await bumpDataVersion(redis, names);
      expect(await cache.getRows(at('Halyk Bank'))).toBeNull();
      expect(await cache.getPlan(key('Halyk Bank'))).toBeNull();
    } finally {
      redis.disconnect();
    }
  });

  it('use_cache: false bypasses both caches, on both routes', async () => {
    const q = 'Average amount by wallet type in the last 30 days';
    await query(halyk, { question: q });
    const ranBefore = await executed();
    const fresh = await query(halyk, { question: q, use_cache: false });
    expect(fresh.body.cached).toBe(false);
    expect(await executed()).toBe(ranBefore + 1);
    const job = await submitAs(halyk, q, { use_cache: false });
    const done = (await waitForTerminal(api.url, job.id, 30_000, halyk)) as unknown as {
      result: { cached: boolean; cache: unknown };
    };
    expect(done.result.cached).toBe(false);
    expect(done.result.cache).toEqual({ plan: 'bypass', result: 'bypass' });
  });

  it('a data change invalidates cached answers', async () => {
    const q = 'How many transactions by POS entry mode this year?';
    await query(halyk, { question: q });
    expect((await query(halyk, { question: q })).body.cached).toBe(true);
    const redis = createRedis(env.REDIS_URL!, 'test-bump');
    await bumpDataVersion(redis, { prefix: env.QUEUE_PREFIX!, queue: 'questions' });
    redis.disconnect();
    expect((await query(halyk, { question: q })).body.cached).toBe(false);
  });
});

describe('identical questions while one is running share one job', () => {
  it('same bank → the running job’s id; another bank, or use_cache false → their own job', async () => {
    const q = 'How many transactions in Astana yesterday?';
    const release = await lockTransactions(db.pool);
    try {
      const first = await submitAs(halyk, q);
      const colleague = await submitAs(await bankToken('Halyk Bank', 'bob'), q);
      expect(colleague.id).toBe(first.id);
      expect(colleague.shared).toBe(true);
      const sync = await query(halyk, { question: q, wait_ms: 0 });
      expect(sync.res.status).toBe(202);
      expect(sync.body.id).toBe(first.id);
      const other = await submitAs(kaspi, q);
      expect(other.id).not.toBe(first.id);
      expect(other.shared).toBeUndefined();
      const fresh = await submitAs(halyk, q, { use_cache: false });
      expect(fresh.id).not.toBe(first.id);
    } finally {
      await release();
    }
    const done = (await waitForTerminal(
      api.url,
      (
        await submitAs(halyk, 'How many transactions in Astana yesterday')
      ).id,
      30_000,
      halyk,
    )) as {
      status: string;
    };
    expect(done.status).toBe('completed');
    // Once it has ended, the same question is a new job (answered from the caches).
    const after = await submitAs(halyk, q);
    expect(after.shared).toBeUndefined();
  });
});

describe('a running question whose job was never added', () => {
  it('is not shared: an identical question gets a job of its own, which is answered', async () => {
    // The state a Redis outage between a submission's first event and its BullMQ add leaves behind:
    // the log says queued, the running pointer names it, and there is no job.
    const connection = createRedis(env.REDIS_URL!, 'test-phantom');
    const queue = new Queue(env.QUEUE_NAME ?? 'questions', { connection, prefix: env.QUEUE_PREFIX });
    const q = 'How many transactions in Shymkent the day before yesterday?';
    await queue.pause();
    let phantom: string;
    try {
      phantom = (await submitAs(halyk, q, { planner: 'builtin' })).id;
      expect(await queue.remove(phantom)).toBe(1);
      const again = await submitAs(await bankToken('Halyk Bank', 'carol'), q, { planner: 'builtin' });
      expect(again.id).not.toBe(phantom);
      expect(again.shared).toBeUndefined();
      await queue.resume();
      const done = (await waitForTerminal(api.url, again.id, 30_000, halyk)) as { status: string };
      expect(done.status).toBe('completed');
    } finally {
      await queue.resume();
      await queue.close();
      connection.disconnect();
    }
  });
});

describe('a repeated question answered by the API from the caches (no worker needed)', () => {
  it('the answer pointer: per tenant, options and worker settings, a miss once either entry is gone or the data changed', async () => {
    const redis = createRedis(env.REDIS_URL!, 'test-answer-pointer');
    try {
      // A prefix of its own: the running worker publishes its profile whenever it completes a
      // job (one left over from an earlier test could land between two lines here).
      const names = { prefix: `{test-pointer-${randomUUID()}}`, queue: 'questions' };
      // The writer is a worker (it knows its settings); the reader is the API (it does not).
      const worker = new RedisAnswerCache(redis, names, {
        schemaVersion: async () => 'v-pointer',
        profile: 'p1',
      });
      const cache = new RedisAnswerCache(redis, names, { schemaVersion: async () => 'v-pointer' });
      const plan = { sql: 'SELECT 7 AS n', planner: 'builtin', provider: 'builtin', model: null };
      const rows = { columns: [{ name: 'n', type: 'bigint' }], rows: [[7]], rowCount: 1, truncated: false };
      const planKey = {
        question: 'seven?',
        tenant: 'Halyk Bank',
        timeZone: 'Asia/Almaty',
        localDate: '2026-01-01',
        planner: 'builtin',
      };
      const rowsKey = { sql: 'SELECT 7 AS n LIMIT 1001', tenant: 'Halyk Bank', timeZone: 'Asia/Almaty' };
      const asked = {
        question: 'Seven',
        tenant: 'Halyk Bank',
        timeZone: 'Asia/Almaty',
        localDate: '2026-01-01',
        plannerOption: 'auto',
        maxRows: null,
      };
      await worker.putPlan(planKey, plan);
      await worker.putRows(rowsKey, rows);
      // A reader that knows no profile writes no pointer.
      await cache.putAnswer(asked, planKey, rowsKey);
      expect(await cache.getAnswer(asked)).toBeNull();
      await worker.putAnswer(asked, planKey, rowsKey);
      expect(await cache.getAnswer(asked)).toEqual({ plan, rows });
      expect(await worker.getAnswer(asked)).toEqual({ plan, rows });
      expect(await cache.getAnswer({ ...asked, question: '  seven?' })).toEqual({ plan, rows });
      for (const other of [
        { tenant: 'Kaspi Bank' },
        { tenant: '*' },
        { timeZone: 'UTC' },
        { localDate: '2026-01-02' },
        { plannerOption: 'builtin' },
        { maxRows: 5 },
        { question: 'eight' },
      ]) {
        expect(await cache.getAnswer({ ...asked, ...other }), JSON.stringify(other)).toBeNull();
      }
      // The pointer never outlives what it points at.
      await redis.del(...(await redis.keys(`${names.prefix}:questions:cache:result:*`)));
      expect(await cache.getAnswer(asked)).toBeNull();
      await cache.putRows(rowsKey, rows);
      expect(await cache.getAnswer(asked)).toEqual({ plan, rows });
      // A worker with other settings (planner, model, row cap) took over: the pointers written
      // before are not served, nor is anything once no profile is published.
      const other = { ...asked, question: 'other' };
      await new RedisAnswerCache(redis, names, {
        schemaVersion: async () => 'v-pointer',
        profile: 'p2',
      }).putAnswer(other, planKey, rowsKey);
      expect(await cache.getAnswer(asked)).toBeNull();
      expect(await cache.getAnswer(other)).toEqual({ plan, rows });
      await worker.putAnswer(asked, planKey, rowsKey);
      expect(await cache.getAnswer(asked)).toEqual({ plan, rows });
      await redis.del(`${names.prefix}:questions:cache:answer-profile`);
      expect(await cache.getAnswer(asked)).toBeNull();
      await worker.putAnswer(asked, planKey, rowsKey);
      await bumpDataVersion(redis, names);
      expect(await cache.getAnswer(asked)).toBeNull();
    } finally {
      redis.disconnect();
    }
  });

  const getJob = async (token: string, id: string) =>
    (await (await apiFetch(`${api.url}/api/queries/${id}`, { headers: bearer(token) })).json()) as {
      status: string;
      result?: { cached: boolean; cache: unknown; rows: unknown[]; sql: string };
    };

  it('a hit is completed at submission, as a worker completes a cached answer; misses, other banks, other options, sessions and use_cache false are queued', async () => {
    const q = 'Total amount by city in the last 30 days';
    const first = await submitAs(halyk, q);
    const cold = (await waitForTerminal(api.url, first.id, 30_000, halyk)) as unknown as {
      status: string;
      result: { cached: boolean; rows: unknown[]; sql: string };
    };
    expect(cold.status).toBe('completed');
    expect(cold.result.cached).toBe(false);
    const redis = createRedis(env.REDIS_URL!, 'test-api-cache');
    const names = { prefix: env.QUEUE_PREFIX!, queue: 'questions' };
    const queued: Array<{ token: string; id: string }> = [];
    await worker.close();
    try {
      const again = await submitAs(await bankToken('Halyk Bank', 'bob'), `  ${q.toUpperCase()}?`);
      expect(again.shared).toBeUndefined();
      // No worker is running: the job was completed before the 202.
      const job = await getJob(halyk, again.id);
      expect(job.status).toBe('completed');
      expect(job.result).toMatchObject({
        cached: true,
        cache: { plan: 'hit', result: 'hit' },
        sql: cold.result.sql,
      });
      expect(job.result?.rows).toEqual(cold.result.rows);
      // The same log a worker writes for a cached answer.
      const log = (await new JobEventLog(redis, names, 3_600).read(again.id)).map(({ event }) =>
        event.type === 'stage'
          ? `stage:${event.stage}${event.detail ? `(${event.detail})` : ''}`
          : event.type,
      );
      expect(log).toEqual([
        'queued',
        'stage:understanding',
        'stage:planning(cached plan)',
        'stage:guarding',
        'plan',
        'stage:executing',
        'stage:shaping',
        'completed',
      ]);
      // Its audit row, as the worker writes it; its in-flight slot is free again.
      const row = await db.pool.query(
        'SELECT tenant, user_id, status, attempts, row_count, tokens_in FROM app.question_history WHERE job_id = $1',
        [again.id],
      );
      expect(row.rows).toEqual([
        {
          tenant: 'Halyk Bank',
          user_id: 'bob',
          status: 'completed',
          attempts: 1,
          row_count: cold.result.rows.length,
          tokens_in: null,
        },
      ]);
      const slots = await redis.zrange(`${names.prefix}:${names.queue}:inflight:Halyk Bank`, 0, -1);
      expect(slots).not.toContain(again.id);

      // Everything else waits for a worker.
      for (const [token, question, options] of [
        [halyk, 'Total amount by city in the last 60 days', undefined], // never asked: a miss
        [kaspi, q, undefined], // another bank
        [admin, q, undefined], // admin (tenant *)
        [halyk, q, { use_cache: false }],
        [halyk, q, { planner: 'builtin' }], // other options, other answer
        [halyk, q, { max_rows: 5 }],
      ] as const) {
        const submitted = await submitAs(token, question, options);
        expect((await getJob(token, submitted.id)).status).toBe('queued');
        queued.push({ token, id: submitted.id });
      }
      const session = await apiFetch(`${api.url}/api/queries`, {
        method: 'POST',
        headers: bearer(halyk, { 'content-type': 'application/json' }),
        body: JSON.stringify({ question: q, session_id: 'cache-session-1' }),
      });
      const inSession = (await session.json()) as { id: string };
      expect((await getJob(halyk, inSession.id)).status).toBe('queued');
      queued.push({ token: halyk, id: inSession.id });
    } finally {
      worker = await startWorker(env);
      redis.disconnect();
    }
    for (const { token, id } of queued) {
      const done = (await waitForTerminal(api.url, id, 30_000, token)) as { status: string };
      expect(done.status).toBe('completed');
    }
  });
});
