/**
 * Chaos: the LLM provider goes down (issue #13's provider restart, issue #14's LLM outage).
 * API and worker run as processes; a stand-in Gemini server spoken to by the real SDK first
 * answers 503 to everything, then hangs every request, then comes back.
 *
 * What must hold: calls are retried, then the circuit breaker opens (and the worker exports it);
 * questions the builtin planner fully understands are still answered throughout; the others
 * fail — with `retryable: true` and a message saying to retry — instead of waiting on the
 * provider; once the provider answers again, the breaker's half-open probe closes it and the
 * model answers again, with no restart. No process exits.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { type FakeLlmServer, startFakeGemini } from '../support/fake-llm/index.js';
import { stackEnv, submit, waitForTerminal } from '../support/stack.js';
import {
  type ApiProcess,
  eventually,
  expectAlive,
  expectOneHistoryRowEach,
  metricValue,
  startApiProcess,
  startWorkerProcess,
  type WorkerProcess,
} from './support/processes.js';

const SQL =
  'SELECT merchant_city, count(*) AS transactions FROM transactions WHERE transaction_timestamp >= current_date - 6 GROUP BY merchant_city ORDER BY transactions DESC';
/** Understood by the builtin planner: answered without the model. */
const BUILTIN_QUESTION = 'How many transactions were there yesterday?';
/** Nothing in it the builtin planner can answer: only the model could. */
const modelQuestion = () =>
  `Tell me something interesting about the spending patterns ref${randomUUID().slice(0, 8)}`;

let db: TestDatabase;
let gemini: FakeLlmServer;
let api: ApiProcess;
let worker: WorkerProcess;

beforeAll(async () => {
  db = await createTestDatabase();
  gemini = await startFakeGemini();
  const env = stackEnv(db.url, {
    LLM_PROVIDER: 'gemini',
    GEMINI_API_KEY: 'test-key',
    GEMINI_MODEL: 'gemini-outage',
    GEMINI_BASE_URL: gemini.url,
    // Two attempts per model call, one second each; three consecutive failures open the breaker,
    // which lets a probe through after three seconds. Three attempts per job (the API's).
    LLM_MAX_ATTEMPTS: '2',
    LLM_TIMEOUT_MS: '1000',
    LLM_BREAKER_THRESHOLD: '3',
    LLM_BREAKER_HALF_OPEN_MS: '3000',
    LLM_RATE_PER_SECOND: '1000',
    LLM_BURST: '1000',
    JOB_ATTEMPTS: '3',
  });
  [api, worker] = await Promise.all([startApiProcess(env), startWorkerProcess(env)]);
  // (Processes started together may each take up to two minutes to listen on a busy 2-core machine
  // — `waitUntilServing` allows that — so the hook allows more than one such wait.)
}, 300_000);

afterAll(async () => {
  await Promise.allSettled([api?.child.kill(), worker?.child.kill()]);
  await gemini?.close();
  await db?.drop();
});

type Final = {
  status: string;
  error?: { code: string; message: string; retryable: boolean };
  result?: { planner: string; provider: string };
};

const finalOf = async (question: string) => {
  const { id } = await submit(api.url, question);
  return { id, ...((await waitForTerminal(api.url, id, 90_000)) as Final) };
};

const circuitOpen = () => metricValue(worker.metricsUrl, 'pa_llm_circuit_open', { provider: 'gemini' });

/** A question the model could not plan ends failed, retryable, telling the asker to retry. */
function expectRetryableFailure(final: Final): void {
  expect(final.status).toBe('failed');
  expect(final.error).toMatchObject({ code: 'planner_unavailable', retryable: true });
  expect(final.error!.message).toMatch(/retry/i);
}

/** The builtin planner still answers what it understands, without the model. */
async function expectBuiltinAnswers(): Promise<void> {
  const before = gemini.requests.length;
  const final = await finalOf(BUILTIN_QUESTION);
  expect(final.status, JSON.stringify(final.error)).toBe('completed');
  expect(final.result?.planner).toBe('builtin');
  expect(gemini.requests.length).toBe(before);
}

describe('the LLM provider down, hanging, and back', () => {
  it('retries, opens the breaker, keeps answering what the builtin planner understands, and recovers', async () => {
    const ids: string[] = [];

    // 1. Every request gets 503: retried within the call and by the job, then the breaker opens.
    gemini.fallback = { type: 'status', status: 503 };
    const down = await finalOf(modelQuestion());
    ids.push(down.id);
    expectRetryableFailure(down);
    expect(gemini.requests.length).toBeGreaterThanOrEqual(3);
    await eventually(async () => expect(await circuitOpen()).toBe(1));
    await expectBuiltinAnswers();

    // 2. Every request hangs. Questions keep failing retryably (the breaker refuses at once, and
    // its half-open probe times out) until a probe has really reached the hanging provider.
    gemini.fallback = { type: 'hang' };
    const hangingFrom = gemini.requests.length;
    await eventually(
      async () => {
        const hung = await finalOf(modelQuestion());
        ids.push(hung.id);
        expectRetryableFailure(hung);
        expect(gemini.requests.length).toBeGreaterThan(hangingFrom);
      },
      120_000,
      0,
    );
    await eventually(async () => expect(await circuitOpen()).toBe(1));
    await expectBuiltinAnswers();

    // 3. The provider answers again: a probe closes the breaker and the model plans once more.
    gemini.fallback = { type: 'plan', plan: { kind: 'sql', sql: SQL, explanation: 'Busiest cities.' } };
    await eventually(
      async () => {
        const back = await finalOf(modelQuestion());
        ids.push(back.id);
        expect(back.status, JSON.stringify(back.error)).toBe('completed');
        expect(back.result?.planner).toBe('gemini');
      },
      120_000,
      0,
    );
    expect(await circuitOpen()).toBe(0);
    const again = await finalOf(modelQuestion());
    ids.push(again.id);
    expect(again.result?.planner).toBe('gemini');

    // Every question asked has exactly one history row, and nothing exited.
    const { rows } = await db.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM app.question_history WHERE job_id = ANY($1)',
      [ids],
    );
    expect(rows[0]!.n).toBe(ids.length);
    await expectOneHistoryRowEach(db.pool, [again.id]);
    expectAlive(api.child, worker.child);
  }, 300_000);
});
