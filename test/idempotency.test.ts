/**
 * Idempotency-Key on POST /api/queries (IETF httpapi draft): the same key and
 * body give the same job and answer, another body 422, a retry while the
 * first request is still being processed 409; keys belong to one caller.
 */
import { randomUUID } from 'node:crypto';
import { JobEventLog } from '@pa/queue';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { bearer, signToken } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { type InProcessApi, stackEnv, startApi, startWorker, waitForTerminal } from './support/stack.js';

let db: TestDatabase;
let api: InProcessApi;
let worker: Awaited<ReturnType<typeof startWorker>>;
let env: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase();
  env = stackEnv(db.url);
  api = await startApi(env);
  worker = await startWorker(env);
});
afterAll(async () => {
  await worker?.close();
  await api?.close();
  await db?.drop();
});

const post = (token: string, key: string | null, body: unknown) =>
  fetch(`${api.url}/api/queries`, {
    method: 'POST',
    headers: bearer(token, {
      'content-type': 'application/json',
      ...(key === null ? {} : { 'idempotency-key': key }),
    }),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const question = { question: 'How many transactions were there yesterday?' };
/** The same question, never sharing a running identical one: each request without a replay is its own job. */
const unshared = { ...question, options: { use_cache: false } };
type Accepted = { id: string; status: string; links: { self: string } };

describe('Idempotency-Key', () => {
  it('same key, same body → the same job and the same answer (status, body, Location)', async () => {
    const token = await signToken({ sub: 'same', bank: 'Halyk Bank' });
    const first = await post(token, '"same-body-1"', question);
    expect(first.status).toBe(202);
    const firstBody = await first.text();
    // Key order and white space do not make it another request.
    const again = await post(
      token,
      '"same-body-1"',
      '{ "question" : "How many transactions were there yesterday?" }',
    );
    expect(again.status).toBe(202);
    expect(await again.text()).toBe(firstBody);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const id = (JSON.parse(firstBody) as Accepted).id;
    await waitForTerminal(api.url, id, 30_000, token);
    // Still the same job once it has finished.
    const later = await post(token, '"same-body-1"', question);
    expect(((await later.json()) as Accepted).id).toBe(id);
    const rows = await db.pool.query('SELECT job_id FROM app.question_history WHERE user_id = $1', ['same']);
    expect(rows.rows).toEqual([{ job_id: id }]);
  });

  it('same key, another body → 422 in the error envelope', async () => {
    const token = await signToken({ sub: 'other-body', bank: 'Halyk Bank' });
    expect((await post(token, '"reused"', question)).status).toBe(202);
    const res = await post(token, '"reused"', { question: 'How many transactions were there today?' });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string; request_id: string } };
    expect(body.error.code).toBe('idempotency_key_reused');
    expect(body.error.message).toMatch(/different request/);
    expect(body.error.request_id).toBe(res.headers.get('x-request-id'));
  });

  it('a retry while the first request is still being processed → 409; the first then completes and is replayed', async () => {
    const token = await signToken({ sub: 'slow', bank: 'Kaspi Bank' });
    // A question of the bank that ended without freeing its slot (as an older worker's would), its slot
    // a few seconds old, makes the next submission settle it: read its audit row (LLM spend) in
    // PostgreSQL…
    const ended = randomUUID();
    const redis = new Redis(inject('redisUrl'));
    try {
      await redis.zadd(`${env.QUEUE_PREFIX}:questions:inflight:Kaspi Bank`, Date.now() - 10_000, ended);
      await new JobEventLog(redis, { prefix: env.QUEUE_PREFIX!, queue: 'questions' }, 600).append(ended, {
        type: 'cancelled',
        at: new Date().toISOString(),
      });
    } finally {
      redis.disconnect();
    }
    // …which this lock holds up, so the first request stays in processing.
    const client = await db.pool.connect();
    await client.query('BEGIN');
    await client.query('LOCK TABLE app.question_history IN ACCESS EXCLUSIVE MODE');
    let firstRequest: Promise<Response> | null = null;
    try {
      firstRequest = post(token, '"slow-one"', question);
      await waitForBlockedOnHistory();
      const retry = await post(token, '"slow-one"', question);
      expect(retry.status).toBe(409);
      expect(retry.headers.get('retry-after')).toBe('1');
      expect(((await retry.json()) as { error: { code: string } }).error.code).toBe('conflict');
      // Another body with the key is still a misuse of the key.
      expect((await post(token, '"slow-one"', { question: 'Something else' })).status).toBe(422);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
    const first = await firstRequest!;
    expect(first.status).toBe(202);
    const firstBody = await first.text();
    const replay = await post(token, '"slow-one"', question);
    expect(replay.status).toBe(202);
    expect(await replay.text()).toBe(firstBody);
  });

  it('keys belong to one caller: another user, or the same user name in another bank, gets its own job', async () => {
    const a = await signToken({ sub: 'shared-name', bank: 'Halyk Bank' });
    const b = await signToken({ sub: 'someone-else', bank: 'Halyk Bank' });
    const c = await signToken({ sub: 'shared-name', bank: 'Jusan Bank' });
    const ids = [];
    for (const token of [a, b, c]) {
      const res = await post(token, '"everyone-uses-this"', unshared);
      expect(res.status).toBe(202);
      expect(res.headers.get('idempotent-replayed')).toBeNull();
      ids.push(((await res.json()) as Accepted).id);
    }
    expect(new Set(ids).size).toBe(3);
    // A different body under someone else's key is no conflict either.
    const d = await signToken({ sub: 'fourth', bank: 'Halyk Bank' });
    expect((await post(d, '"everyone-uses-this"', { question: 'How many transactions today?' })).status).toBe(
      202,
    );
  });

  it.each([
    ['unquoted (a token, not a string)', 'retry-me-1'],
    ['empty', '""'],
    ['too long', `"${'k'.repeat(256)}"`],
    ['two keys', '"a", "b"'],
    ['a parameter after it', '"a";x=1'],
  ])('invalid key, %s → 400 in the envelope, nothing queued', async (_what, key) => {
    const token = await signToken({ sub: 'bad-keys', bank: 'ForteBank' });
    const res = await post(token, key, question);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(/^Invalid Idempotency-Key: /);
  });

  it('without a key every request is a new job', async () => {
    const token = await signToken({ sub: 'no-key', bank: 'ForteBank' });
    const one = (await (await post(token, null, unshared)).json()) as Accepted;
    const two = (await (await post(token, null, unshared)).json()) as Accepted;
    expect(one.id).not.toBe(two.id);
  });

  it('a key replays its own answer, even when that answer was a shared running job', async () => {
    const token = await signToken({ sub: 'sharer', bank: 'Eurasian Bank' });
    const first = (await (await post(token, null, question)).json()) as Accepted & { shared?: boolean };
    const keyed = await post(token, '"shared-one"', question);
    const body = (await keyed.json()) as Accepted & { shared?: boolean };
    expect(keyed.status).toBe(202);
    expect(typeof first.id).toBe('string');
    const replay = await post(token, '"shared-one"', question);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replay.json()) as Accepted).id).toBe(body.id);
  });
});

/** Waits until an API connection waits on the lock of app.question_history. */
async function waitForBlockedOnHistory(): Promise<void> {
  await vi.waitFor(
    async () => {
      const { rows } = await db.pool.query(
        `SELECT 1 FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'pa-api'
            AND wait_event_type = 'Lock' AND query ILIKE '%question_history%'`,
      );
      expect(rows.length).toBeGreaterThan(0);
    },
    { timeout: 30_000, interval: 50 },
  );
}
