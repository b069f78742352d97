/**
 * A bank's questions in flight (queued + running) are capped, the slots free
 * themselves when the jobs end or vanish, and a bank's daily LLM token budget,
 * once spent, refuses questions that may need the model (429) while builtin
 * questions still go through. Admins see the spend per bank.
 */
import { randomUUID } from 'node:crypto';
import { JobEventLog } from '@pa/queue';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bearer, signToken } from './support/auth.js';
import { createTestDatabase, lockTransactions, type TestDatabase } from './support/db.js';
import { type FakeLlmServer, startFakeGemini } from './support/fake-llm/index.js';
import {
  type InProcessApi,
  stackEnv,
  startApi,
  startWorker,
  submit,
  waitForStage,
  waitForTerminal,
} from './support/stack.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

type ErrorBody = { error: { code: string; message: string; details: Record<string, unknown> } };

const ask = (
  api: string,
  token: string,
  body: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) =>
  fetch(`${api}/api/queries`, {
    method: 'POST',
    headers: bearer(token, { 'content-type': 'application/json', ...headers }),
    body: JSON.stringify({ question: 'How many transactions were there yesterday?', ...body }),
  });

/** Not one of the questions in flight: an identical one would share their job instead of needing a slot. */
const OTHER_QUESTION = { question: 'How many transactions were there last week?' };

describe('questions in flight per bank', () => {
  let env: Record<string, string>;
  let api: InProcessApi;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let redis: Redis;

  beforeAll(async () => {
    env = stackEnv(db.url, { TENANT_MAX_IN_FLIGHT: '2', STATEMENT_TIMEOUT_MS: '60000' });
    api = await startApi(env);
    worker = await startWorker(env);
    redis = new Redis(inject('redisUrl'));
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    redis?.disconnect();
  });

  it('submissions beyond the cap get 429 until the questions in flight finish; other banks are not affected', async () => {
    const kaspi = await signToken({ sub: 'k1', bank: 'Kaspi Bank' });
    const release = await lockTransactions(db.pool);
    try {
      // Both questions wait on the table lock in their executing stage.
      const first = await submit(api.url, 'How many transactions were there today?', {}, kaspi);
      const second = await submit(api.url, 'How many transactions were there yesterday?', {}, kaspi);
      await waitForStage(api.url, first.id, 'executing');
      await waitForStage(api.url, second.id, 'executing');

      const refused = await ask(api.url, kaspi, OTHER_QUESTION, { 'idempotency-key': '"after-the-cap"' });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
      const body = (await refused.json()) as ErrorBody;
      expect(body.error.code).toBe('rate_limited');
      expect(body.error.details.limit).toBe('tenant_in_flight');
      expect(body.error.message).toMatch(/2 questions queued or running/);

      const admin = await signToken({ sub: 'root', role: 'admin' });
      const usage = (await (await fetch(`${api.url}/api/usage`, { headers: bearer(admin) })).json()) as {
        max_in_flight: number;
        tenants: Array<{ tenant: string; in_flight: number }>;
      };
      expect(usage.max_in_flight).toBe(2);
      expect(usage.tenants.find((t) => t.tenant === 'Kaspi Bank')?.in_flight).toBe(2);

      const halyk = await signToken({ sub: 'h1', bank: 'Halyk Bank' });
      expect((await ask(api.url, halyk)).status).toBe(202);

      await release();
      await waitForTerminal(api.url, first.id, 30_000, kaspi);
      await waitForTerminal(api.url, second.id, 30_000, kaspi);
      // The worker's terminal events freed both slots themselves, before any other submission.
      expect(await redis.zrange(`${env.QUEUE_PREFIX}:questions:inflight:Kaspi Bank`, 0, -1)).toEqual([]);
      // The 429 was not kept for the key: the same request now runs.
      const accepted = await ask(api.url, kaspi, OTHER_QUESTION, { 'idempotency-key': '"after-the-cap"' });
      expect(accepted.status).toBe(202);
      expect(accepted.headers.get('idempotent-replayed')).toBeNull();
      await waitForTerminal(api.url, ((await accepted.json()) as { id: string }).id, 30_000, kaspi);
    } finally {
      await release();
    }
  });

  it('a slot whose job ended without freeing it (an older worker) is freed once it is a few seconds old', async () => {
    const key = `${env.QUEUE_PREFIX}:questions:inflight:Bank CenterCredit`;
    const ended = randomUUID();
    await redis.zadd(key, Date.now() - 10_000, ended);
    const log = new JobEventLog(redis, { prefix: env.QUEUE_PREFIX!, queue: 'questions' }, 600);
    await log.append(ended, { type: 'cancelled', at: new Date().toISOString() });
    expect(await redis.zrange(key, 0, -1)).toEqual([ended]);
    const rbk = await signToken({ sub: 'r1', bank: 'Bank CenterCredit' });
    const res = await ask(api.url, rbk);
    expect(res.status).toBe(202);
    const job = (await res.json()) as { id: string };
    expect(await redis.zrange(key, 0, -1)).toEqual([job.id]);
    await waitForTerminal(api.url, job.id, 30_000, rbk);
  });

  it('a slot held by a job that no longer exists (its worker and queue entry gone) frees itself', async () => {
    const key = `${env.QUEUE_PREFIX}:questions:inflight:Jusan Bank`;
    const longAgo = Date.now() - 10 * 60_000;
    await redis.zadd(key, longAgo, randomUUID(), longAgo, randomUUID());
    const jusan = await signToken({ sub: 'j1', bank: 'Jusan Bank' });
    const res = await ask(api.url, jusan);
    expect(res.status).toBe(202);
    const job = (await res.json()) as { id: string };
    expect(await redis.zrange(key, 0, -1)).toEqual([job.id]);
    await waitForTerminal(api.url, job.id, 30_000, jusan);
  });
});

describe('daily LLM token budget per bank', () => {
  let api: InProcessApi;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let gemini: FakeLlmServer;
  let env: Record<string, string>;
  let redis: Redis;

  beforeAll(async () => {
    gemini = await startFakeGemini();
    gemini.fallback = { type: 'status', status: 500 };
    redis = new Redis(inject('redisUrl'));
    // One model call costs 150 tokens (the stand-in server's usage), more than the whole budget.
    env = stackEnv(db.url, {
      LLM_PROVIDER: 'gemini',
      GEMINI_API_KEY: 'test-key',
      GEMINI_MODEL: 'gemini-budget',
      GEMINI_BASE_URL: gemini.url,
      LLM_MAX_ATTEMPTS: '1',
      LLM_DAILY_TOKEN_BUDGET: '100',
    });
    api = await startApi(env);
    worker = await startWorker(env);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await gemini?.close();
    redis?.disconnect();
  });

  it('once spent, questions that may need the model get 429; builtin ones and other banks go on; admins see the spend', async () => {
    const forte = await signToken({ sub: 'f1', bank: 'ForteBank' });
    const sql =
      'SELECT merchant_city, count(*) AS transactions FROM transactions GROUP BY merchant_city ORDER BY transactions DESC';
    gemini.enqueue({ type: 'plan', plan: { kind: 'sql', sql, explanation: 'Cities by activity.' } });
    const job = await submit(api.url, 'Where do cardholders shop the most lately, city-wise?', {}, forte);
    const done = (await waitForTerminal(api.url, job.id, 30_000, forte)) as {
      status: string;
      result: { planner: string };
    };
    expect(done.status).toBe('completed');
    expect(done.result.planner).toBe('gemini');
    const recorded = await db.pool.query<{ tokens: number }>(
      `SELECT (SELECT sum((c->>'inputTokens')::int + (c->>'outputTokens')::int) FROM jsonb_array_elements(llm_calls) c)::int AS tokens
         FROM app.question_history WHERE job_id = $1`,
      [job.id],
    );
    const spent = recorded.rows[0]!.tokens;
    expect(spent).toBeGreaterThan(100);
    // Charged by the worker with the terminal event, before anything else is asked.
    const day = new Date().toISOString().slice(0, 10);
    expect(Number(await redis.hget(`${env.QUEUE_PREFIX}:questions:llm-spend:${day}`, 'ForteBank'))).toBe(
      spent,
    );

    for (const planner of ['auto', 'llm']) {
      const refused = await ask(api.url, forte, { options: { planner } });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(86_400);
      const body = (await refused.json()) as ErrorBody;
      expect(body.error.code).toBe('rate_limited');
      expect(body.error.message).toMatch(/language-model budget \(100 tokens\).*planner "builtin"/);
      expect(body.error.details).toMatchObject({ limit: 'llm_daily_tokens', budget: 100, spent });
    }
    const builtin = await ask(api.url, forte, { options: { planner: 'builtin' } });
    expect(builtin.status).toBe(202);
    const other = await signToken({ sub: 'e1', bank: 'Eurasian Bank' });
    expect((await ask(api.url, other, { options: { planner: 'builtin' } })).status).toBe(202);
    expect((await ask(api.url, other)).status).toBe(202);

    const analystView = await fetch(`${api.url}/api/usage`, { headers: bearer(forte) });
    expect(analystView.status).toBe(403);
    const admin = await signToken({ sub: 'root', role: 'admin' });
    const usage = (await (await fetch(`${api.url}/api/usage`, { headers: bearer(admin) })).json()) as {
      day: string;
      llm_daily_token_budget: number;
      tenants: Array<{ tenant: string; llm_tokens: number }>;
    };
    expect(usage.day).toBe(new Date().toISOString().slice(0, 10));
    expect(usage.llm_daily_token_budget).toBe(100);
    expect(usage.tenants.find((t) => t.tenant === 'ForteBank')?.llm_tokens).toBe(spent);
    expect(usage.tenants.find((t) => t.tenant === 'Eurasian Bank')?.llm_tokens).toBe(0);
    const badDay = await fetch(`${api.url}/api/usage?day=1999-01-01`, { headers: bearer(admin) });
    expect(badDay.status).toBe(400);
  });
});
