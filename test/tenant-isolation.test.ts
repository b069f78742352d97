/**
 * Tenant isolation end to end: the tenant comes from the token, travels in
 * the job and reaches PostgreSQL as the executor's setting; one bank cannot
 * see, poll, stream, cancel, list or rate another bank's jobs (404, exactly as
 * for a job that does not exist); a bank's good ratings become examples for
 * that bank only.
 */
import { findSimilarExamples } from '@pa/db';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminToken, apiFetch, bankToken, bearer } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { openSse } from './support/sse.js';
import {
  type InProcessApi,
  stackEnv,
  startApi,
  startWorker,
  submit,
  waitForTerminal,
} from './support/stack.js';

let db: TestDatabase;
let env: Record<string, string>;
let api: InProcessApi;
let halyk: string;
let kaspi: string;
let admin: string;

beforeAll(async () => {
  db = await createTestDatabase();
  env = stackEnv(db.url);
  api = await startApi(env);
  [halyk, kaspi, admin] = await Promise.all([bankToken('Halyk Bank'), bankToken('Kaspi Bank'), adminToken()]);
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const as = (token: string, init: RequestInit = {}) => ({
  ...init,
  headers: bearer(token, { 'content-type': 'application/json', ...(init.headers as Record<string, string>) }),
});
const status = async (res: Response) => {
  await res.body?.cancel();
  return res.status;
};

describe('a queued job of one bank (no worker running)', () => {
  let id: string;
  beforeAll(async () => {
    id = (await submit(api.url, 'How many transactions were there yesterday?', {}, kaspi)).id;
  });

  it('is invisible to another bank: poll, stream, cancel and rate all answer 404', async () => {
    const poll = await apiFetch(`${api.url}/api/queries/${id}`, as(halyk));
    expect(poll.status).toBe(404);
    expect(((await poll.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const sse = await openSse(`${api.url}/api/queries/${id}/events`, undefined, halyk);
    expect(sse.status).toBe(404);
    sse.close();
    const cancel = await apiFetch(`${api.url}/api/queries/${id}/cancel`, as(halyk, { method: 'POST' }));
    expect(cancel.status).toBe(404);
    // Not 409 "not answered yet": that would tell the other bank the job exists.
    const rate = await apiFetch(
      `${api.url}/api/queries/${id}/feedback`,
      as(halyk, { method: 'POST', body: '{"rating":"good"}' }),
    );
    expect(rate.status).toBe(404);
  });

  it('is still queued after the other bank tried to cancel it, and its own bank and an admin see it', async () => {
    for (const token of [kaspi, admin]) {
      const res = await apiFetch(`${api.url}/api/queries/${id}`, as(token));
      expect(res.status).toBe(200);
      expect(((await res.json()) as { status: string }).status).toBe('queued');
    }
    const rate = await apiFetch(
      `${api.url}/api/queries/${id}/feedback`,
      as(kaspi, { method: 'POST', body: '{"rating":"good"}' }),
    );
    expect(rate.status).toBe(409);
    const cancel = await apiFetch(`${api.url}/api/queries/${id}/cancel`, as(kaspi, { method: 'POST' }));
    expect(cancel.status).toBe(200);
  });

  it('a body field cannot choose the tenant', async () => {
    const res = await apiFetch(
      `${api.url}/api/queries`,
      as(halyk, { method: 'POST', body: JSON.stringify({ question: 'How many?', tenant: 'Kaspi Bank' }) }),
    );
    expect(res.status).toBe(400);
  });
});

describe('answered questions (worker running)', () => {
  let worker: Awaited<ReturnType<typeof startWorker>>;
  beforeAll(async () => {
    worker = await startWorker(env);
  });
  afterAll(async () => {
    await worker?.close();
  });

  it('a question asked with a Halyk Bank token counts only Halyk Bank rows, as SQL run directly does', async () => {
    const direct = await db.pool.query<{ bank: string; n: number }>(
      'SELECT issuer_bank_name AS bank, count(*)::int AS n FROM transactions GROUP BY 1',
    );
    const count = (bank: string) => direct.rows.find((r) => r.bank === bank)!.n;
    const total = direct.rows.reduce((sum, r) => sum + r.n, 0);
    expect(count('Halyk Bank')).toBeGreaterThan(0);
    expect(count('Halyk Bank')).toBeLessThan(total);

    type Done = { status: string; result: { rows: unknown[][] } };
    const mine = (await waitForTerminal(
      api.url,
      (
        await submit(api.url, 'How many transactions were there?', {}, halyk)
      ).id,
      30_000,
      halyk,
    )) as unknown as Done;
    expect(mine.status).toBe('completed');
    expect(mine.result.rows).toEqual([[count('Halyk Bank')]]);

    const byBank = (await waitForTerminal(
      api.url,
      (
        await submit(api.url, 'Number of transactions by bank', {}, halyk)
      ).id,
      30_000,
      halyk,
    )) as unknown as Done;
    expect(byBank.result.rows).toEqual([['Halyk Bank', count('Halyk Bank')]]);

    // The same question as an admin counts every bank.
    const all = (await waitForTerminal(
      api.url,
      (
        await submit(api.url, 'How many transactions were there?', {}, admin)
      ).id,
    )) as unknown as Done;
    expect(all.result.rows).toEqual([[total]]);
  });

  it('the Caller travels unchanged from the token to the audit row, with the X-Request-Id sent', async () => {
    const res = await apiFetch(
      `${api.url}/api/queries`,
      as(halyk, {
        method: 'POST',
        headers: { 'x-request-id': 'trace-halyk-42' },
        body: JSON.stringify({ question: 'How many transactions this week?' }),
      }),
    );
    expect(res.status).toBe(202);
    expect(res.headers.get('x-request-id')).toBe('trace-halyk-42');
    const { id } = (await res.json()) as { id: string };
    await waitForTerminal(api.url, id, 30_000, halyk);
    const row = await db.pool.query(
      'SELECT tenant, user_id, role, request_id FROM app.question_history WHERE job_id = $1',
      [id],
    );
    expect(row.rows).toEqual([
      { tenant: 'Halyk Bank', user_id: 'analyst@Halyk Bank', role: 'analyst', request_id: 'trace-halyk-42' },
    ]);
  });

  it("the history list shows a bank its own questions only, and an admin everybody's", async () => {
    const h = await submit(api.url, 'How many transactions today?', {}, halyk);
    const k = await submit(api.url, 'How many transactions this month?', {}, kaspi);
    await waitForTerminal(api.url, h.id, 30_000, halyk);
    await waitForTerminal(api.url, k.id, 30_000, kaspi);
    const list = async (token: string) => {
      const res = await apiFetch(`${api.url}/api/queries?limit=100`, as(token));
      expect(res.status).toBe(200);
      return ((await res.json()) as { items: Array<{ id: string }> }).items.map((i) => i.id);
    };
    const seenByHalyk = await list(halyk);
    expect(seenByHalyk).toContain(h.id);
    expect(seenByHalyk).not.toContain(k.id);
    const tenants = await db.pool.query<{ tenant: string }>(
      'SELECT DISTINCT tenant FROM app.question_history WHERE job_id = ANY($1)',
      [seenByHalyk],
    );
    expect(tenants.rows).toEqual([{ tenant: 'Halyk Bank' }]);
    expect(await list(kaspi)).not.toContain(h.id);
    expect(await list(admin)).toEqual(expect.arrayContaining([h.id, k.id]));
    expect(await status(await apiFetch(`${api.url}/api/queries?limit=0`, as(admin)))).toBe(400);
  });

  it("one bank cannot read or rate another bank's answered job; a good rating becomes that bank's example only", async () => {
    const question = 'Average transaction amount by city this month';
    const job = await submit(api.url, question, {}, halyk);
    const done = (await waitForTerminal(api.url, job.id, 30_000, halyk)) as { status: string };
    expect(done.status).toBe('completed');

    expect(await status(await apiFetch(`${api.url}/api/queries/${job.id}`, as(kaspi)))).toBe(404);
    const sse = await openSse(`${api.url}/api/queries/${job.id}/events`, undefined, kaspi);
    expect(sse.status).toBe(404);
    sse.close();
    const foreign = { method: 'POST', body: '{"rating":"good"}' };
    expect(
      await status(await apiFetch(`${api.url}/api/queries/${job.id}/feedback`, as(kaspi, foreign))),
    ).toBe(404);
    expect(
      await status(await apiFetch(`${api.url}/api/queries/${job.id}/cancel`, as(kaspi, { method: 'POST' }))),
    ).toBe(404);

    const rated = await apiFetch(`${api.url}/api/queries/${job.id}/feedback`, as(halyk, foreign));
    expect(rated.status).toBe(201);
    expect(((await rated.json()) as { example_added: boolean }).example_added).toBe(true);
    const feedback = await db.pool.query(
      'SELECT tenant, user_id FROM app.question_feedback WHERE job_id = $1',
      [job.id],
    );
    expect(feedback.rows).toEqual([{ tenant: 'Halyk Bank', user_id: 'analyst@Halyk Bank' }]);

    const similar = 'Average transaction amount by city last month';
    const examplesFor = async (tenant: 'Halyk Bank' | 'Kaspi Bank' | '*') =>
      (await findSimilarExamples(db.pool, similar, { tenant }, 20, { fillWithGolden: false })).map(
        (e) => e.question,
      );
    expect(await examplesFor('Halyk Bank')).toContain(question);
    expect(await examplesFor('Kaspi Bank')).not.toContain(question);

    // An admin rating the same answer good promotes it: shared with every bank.
    const promoted = await apiFetch(`${api.url}/api/queries/${job.id}/feedback`, as(admin, foreign));
    expect(promoted.status).toBe(201);
    expect(await examplesFor('Kaspi Bank')).toContain(question);
  });
});

describe('a job that does not carry a valid Caller', () => {
  it('fails at once as unrecoverable, with a history row saying why', async () => {
    const worker = await startWorker(env);
    const connection = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
    const queue = new Queue(env.QUEUE_NAME ?? 'questions', { connection, prefix: env.QUEUE_PREFIX });
    try {
      const id = '0f0e0d0c-0b0a-4909-8807-060504030201';
      const forged = {
        question: 'How many transactions were there?',
        session_id: null,
        options: null,
        // What an old or forged producer might send: a tenant with no verified caller around it.
        tenant: '*',
        created_at: new Date().toISOString(),
      };
      const job = await queue.add('question', forged, { jobId: id, attempts: 3 });
      await expect
        .poll(async () => (await queue.getJob(id))?.failedReason ?? null, { timeout: 30_000 })
        .toMatch(/malformed job: caller/);
      expect((await queue.getJob(job.id!))?.attemptsMade).toBe(1);

      const row = await db.pool.query<{
        status: string;
        tenant: string;
        error: { code: string; retryable: boolean };
      }>('SELECT status, tenant, error FROM app.question_history WHERE job_id = $1', [id]);
      expect(row.rows[0]).toMatchObject({ status: 'failed', tenant: '(invalid)' });
      expect(row.rows[0]!.error).toMatchObject({ code: 'invalid_job', retryable: false });
      // Only an admin sees it: it belongs to no bank.
      expect(await status(await apiFetch(`${api.url}/api/queries/${id}`, as(halyk)))).toBe(404);
      const seen = await apiFetch(`${api.url}/api/queries/${id}`, as(admin));
      expect(((await seen.json()) as { status: string; error: { code: string } }).error.code).toBe(
        'invalid_job',
      );
    } finally {
      await queue.close();
      connection.disconnect();
      await worker.close();
    }
  });
});
