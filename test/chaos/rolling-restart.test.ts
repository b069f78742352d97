/**
 * Chaos: a rolling restart of the API and the workers under a steady load of questions
 * (issue #14), the way a Deployment rolls with a surge: two API processes and two workers;
 * their replacements start, then each old process is stopped with SIGTERM in turn, while
 * questions keep arriving.
 *
 * Clients behave as the README tells them to: a submission carries an Idempotency-Key and is
 * sent again (to the other API) when the connection drops or the answer is 503 / 409; an SSE
 * client whose stream is cut reconnects — to whichever API answers — with Last-Event-ID.
 *
 * What must hold: every submission ends with a 202 and one job (never two for one key); every
 * SSE client sees its question's terminal event, with no event twice and none out of order
 * across its reconnections; some clients did resume mid-job; one history row per question.
 */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, apiFetch } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { type FakeLlmServer, startFakeGemini } from '../support/fake-llm/index.js';
import { openSse, type SseMessage } from '../support/sse.js';
import { stackEnv, waitForTerminal } from '../support/stack.js';
import {
  type ApiProcess,
  bounded,
  eventually,
  expectAlive,
  expectOneHistoryRowEach,
  pause,
  startApiProcess,
  startWorkerProcess,
  type WorkerProcess,
} from './support/processes.js';

const SQL =
  'SELECT merchant_city, count(*) AS transactions FROM transactions WHERE transaction_timestamp >= current_date - 6 GROUP BY merchant_city ORDER BY transactions DESC';
/** Rolling rounds: each restarts both workers and both APIs once. */
const ROUNDS = bounded(1, 3);
const TERMINAL = new Set(['completed', 'failed', 'cancelled']);

let db: TestDatabase;
let gemini: FakeLlmServer;
let env: Record<string, string>;
const apis: ApiProcess[] = [];
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  gemini = await startFakeGemini();
  // The model takes a moment, so questions are mid-way when a process stops.
  gemini.fallback = {
    type: 'delay',
    ms: 700,
    reply: { type: 'plan', plan: { kind: 'sql', sql: SQL, explanation: 'Busiest cities.' } },
  };
  env = stackEnv(db.url, {
    LLM_PROVIDER: 'gemini',
    GEMINI_API_KEY: 'test-key',
    GEMINI_MODEL: 'gemini-rolling',
    GEMINI_BASE_URL: gemini.url,
    LLM_RATE_PER_SECOND: '1000',
    LLM_BURST: '1000',
    LLM_MAX_CONCURRENCY: '100',
    SHUTDOWN_TIMEOUT_MS: '20000',
    SSE_PING_MS: '1000',
  });
  apis.push(...(await Promise.all([startApiProcess(env), startApiProcess(env)])));
  workers.push(...(await Promise.all([startWorkerProcess(env), startWorkerProcess(env)])));
  // (Processes started together may each take up to two minutes to listen on a busy 2-core machine
  // — `waitUntilServing` allows that — so the hook allows more than one such wait.)
}, 300_000);

afterAll(async () => {
  await Promise.allSettled([...apis, ...workers].map((p) => p.child.kill('SIGKILL')));
  await gemini?.close();
  await db?.drop();
});

/** One client's view of one question, across every connection it made. */
interface Follower {
  id: string;
  events: SseMessage[];
  connections: number;
  /** Connections opened with Last-Event-ID (resumed mid-job). */
  resumed: number;
  /** The API process it is reading from right now, or null between connections. */
  on: ApiProcess | null;
  terminal: string | null;
  done: Promise<void>;
}

const followers: Follower[] = [];

function follow(id: string, first: number): Follower {
  const f: Follower = {
    id,
    events: [],
    connections: 0,
    resumed: 0,
    on: null,
    terminal: null,
    done: Promise.resolve(),
  };
  f.done = (async () => {
    let lastId: string | undefined;
    const deadline = Date.now() + 180_000;
    for (let i = first; f.terminal === null && Date.now() < deadline; i = (i + 1) % apis.length) {
      try {
        const target = apis[i]!;
        const conn = await openSse(`${target.url}/api/queries/${id}/events`, lastId);
        if (conn.status !== 200) throw new Error(`events answered ${conn.status}`);
        f.connections++;
        if (lastId) f.resumed++;
        f.on = target;
        try {
          for (let m = await conn.next(60_000); m; m = await conn.next(60_000)) {
            f.events.push(m);
            if (m.id) lastId = m.id;
            if (TERMINAL.has(m.event)) f.terminal = m.event;
          }
        } finally {
          f.on = null;
          conn.close();
        }
      } catch {
        // Refused (the API is restarting) or cut mid-stream: reconnect to the other one.
      }
      if (f.terminal === null) await pause(100);
    }
  })();
  followers.push(f);
  return f;
}

/** Stream ids ("ms-seq") in order. */
const after = (a: string, b: string) => {
  const [am, as] = a.split('-').map(BigInt) as [bigint, bigint];
  const [bm, bs] = b.split('-').map(BigInt) as [bigint, bigint];
  return am > bm || (am === bm && as > bs);
};

interface Submission {
  key: string;
  ids: Set<string>;
  attempts: number;
  /**
   * Requests whose connection broke after it was made (a kept-alive connection closed by a stopping
   * API as the request went out, or one in its backlog when it stopped listening).
   */
  cut: string[];
}

/**
 * POST with an Idempotency-Key, sent again to the other API until it is accepted — within
 * 30 s: one API is up throughout, so only a key left "being processed" by a request a stopping
 * API abandoned (409 for the minute its claim lasts) takes longer. The first attempt goes to
 * `target` when given (an API about to stop), else to `apis[first]`.
 */
async function submitWithRetries(
  question: string,
  first: number,
  target?: ApiProcess,
): Promise<{ sub: Submission; on: number }> {
  const sub: Submission = { key: randomUUID(), ids: new Set(), attempts: 0, cut: [] };
  let last = '';
  const deadline = Date.now() + 30_000;
  for (let i = first; ; i = (i + 1) % apis.length) {
    sub.attempts++;
    if (Date.now() > deadline)
      throw new Error(`submission ${sub.key} not accepted within 30 s; last: ${last}`);
    const api = sub.attempts === 1 && target ? target : apis[i]!;
    try {
      const res = await apiFetch(`${api.url}/api/queries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `"${sub.key}"` },
        body: JSON.stringify({ question }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      const body = JSON.parse(text) as { id?: string };
      if (res.status === 202 && body.id) {
        sub.ids.add(body.id);
        return { sub, on: i };
      }
      last = `${res.status} ${text}`;
      if (res.status !== 503 && res.status !== 409)
        throw new Error(`unexpected ${res.status} from API ${i}: ${text}`);
    } catch (err) {
      if ((err as Error).message.startsWith('unexpected')) throw err;
      const cause = (err as { cause?: { code?: string; syscall?: string } }).cause;
      last = `${String(err)} (${cause?.syscall ?? ''} ${cause?.code ?? ''})`;
      // Refused or reset while connecting: the API is gone, the request never reached it. Anything
      // else broke a request the API may have received: the client cannot know whether it was accepted.
      if (cause?.syscall !== 'connect') sub.cut.push(last);
    }
    await pause(200);
  }
}

/** A new worker starts; then the old one is stopped with SIGTERM and must finish its jobs and exit 0. */
async function replaceWorker(i: number, next: WorkerProcess): Promise<void> {
  const old = workers[i]!;
  workers[i] = next;
  const code = await old.child.kill('SIGTERM');
  expect(code, `a worker did not stop cleanly:\n${old.child.output().slice(-2_000)}`).toBe(0);
}

/**
 * A new API takes the old one's place for new connections; then the old one is stopped with
 * SIGTERM — once clients are really following questions through it, so their streams are cut mid-job.
 */
async function replaceApi(i: number, next: ApiProcess): Promise<void> {
  const old = apis[i]!;
  await eventually(() =>
    expect(followers.filter((f) => f.on === old && f.terminal === null).length).toBeGreaterThanOrEqual(2),
  );
  apis[i] = next;
  // Submissions that reach it as it stops: they finish (or find it closed), never get cut.
  const late = Array.from({ length: 4 }, () => submitWithRetries(modelQuestion(), i, old).then(accepted));
  const code = await old.child.kill('SIGTERM');
  expect(code, `an API did not stop cleanly:\n${old.child.output().slice(-2_000)}`).toBe(0);
  await Promise.all(late);
}

const subs: Submission[] = [];
function accepted({ sub, on }: { sub: Submission; on: number }): void {
  subs.push(sub);
  follow([...sub.ids][0]!, on);
}

const modelQuestion = () =>
  `Where do cardholders shop the most lately, city-wise? ref${randomUUID().slice(0, 8)}`;

describe('a rolling restart of APIs and workers under load', () => {
  it('every submission is accepted once, and every SSE client sees its terminal event in order', async () => {
    const submitting: Promise<void>[] = [];
    let loading = true;
    const load = (async () => {
      for (let n = 0; loading; n++) {
        submitting.push(submitWithRetries(modelQuestion(), n % apis.length).then(accepted));
        await pause(250);
      }
    })();

    try {
      await eventually(() => expect(followers.length).toBeGreaterThanOrEqual(6));
      for (let round = 0; round < ROUNDS; round++) {
        const [w0, w1, a0, a1] = await Promise.all([
          startWorkerProcess(env),
          startWorkerProcess(env),
          startApiProcess(env),
          startApiProcess(env),
        ]);
        await replaceWorker(0, w0);
        await replaceApi(0, a0);
        await replaceWorker(1, w1);
        await replaceApi(1, a1);
      }
      const accepted = subs.length;
      await eventually(() => expect(subs.length).toBeGreaterThanOrEqual(accepted + 3));
    } finally {
      loading = false;
      await load;
      await Promise.all(submitting);
    }
    await Promise.all(followers.map((f) => f.done));

    // One job per Idempotency-Key, however many times it was sent.
    expect(subs.filter((s) => s.ids.size !== 1)).toEqual([]);
    // Every client saw its terminal event: completed.
    expect(followers.filter((f) => f.terminal !== 'completed').map((f) => f.id)).toEqual([]);
    // No event twice, none out of order: every event after the first snapshot comes after the one before.
    for (const f of followers) {
      const ids = f.events.filter((e) => e.event !== 'snapshot').map((e) => e.id!);
      const inOrder = ids.every((id, k) => k === 0 || after(id, ids[k - 1]!));
      expect(inOrder, `${f.id}: ${ids.join(' ')}`).toBe(true);
      expect(f.events.filter((e) => TERMINAL.has(e.event))).toHaveLength(1);
    }
    // Some streams really were cut mid-job and resumed with Last-Event-ID.
    const resumed = followers.filter((f) => f.resumed > 0).length;
    expect(resumed).toBeGreaterThanOrEqual(1);
    await expectOneHistoryRowEach(
      db.pool,
      followers.map((f) => f.id),
    );
    expectAlive(...apis.map((a) => a.child), ...workers.map((w) => w.child));
    console.info(
      `rolling restart x${ROUNDS}: ${subs.length} questions, ${subs.reduce((n, s) => n + s.attempts - 1, 0)} submissions sent again ` +
        `(${subs.reduce((n, s) => n + s.cut.length, 0)} after a broken connection), ` +
        `${resumed} SSE clients resumed with Last-Event-ID, all ${followers.length} saw "completed"`,
    );
  }, 300_000);

  it('a submission the API has begun to receive when it is stopped is finished, not cut', async () => {
    const api = await startApiProcess(env);
    const body = JSON.stringify({ question: 'How many transactions were there yesterday?' });
    const half = Math.floor(body.length / 2);
    // The headers and half the body are in when SIGTERM arrives; the rest follows once the API
    // has begun shutting down.
    const req = request(`${api.url}/api/queries`, {
      method: 'POST',
      agent: false,
      headers: {
        authorization: `Bearer ${await adminToken()}`,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'idempotency-key': `"${randomUUID()}"`,
        expect: '100-continue',
      },
    });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d: Buffer) => {
          text += d.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      });
      req.on('error', reject);
    });
    answered.catch(() => {}); // awaited below; a cut connection must fail the test there, not as unhandled
    // 100-continue: the API says it has the headers (the request is in flight) before the body.
    const continued = new Promise<void>((resolve) => req.once('continue', () => resolve()));
    req.flushHeaders();
    await continued;
    req.write(body.slice(0, half));
    const exited = api.child.kill('SIGTERM');
    await eventually(() => expect(api.child.output()).toMatch(/shutting down/));
    req.end(body.slice(half));
    const { status, text } = await answered;
    expect(status, text).toBe(202);
    expect(await exited).toBe(0);
    const { id } = JSON.parse(text) as { id: string };
    const final = (await waitForTerminal(apis[0]!.url, id, 60_000)) as { status: string; error?: unknown };
    expect(final.status, JSON.stringify(final.error)).toBe('completed');
  });
});
