import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from './support/auth.js';
import { createTestDatabase, lockTransactions, type TestDatabase, theLockWaiter } from './support/db.js';
import { type FakeLlmServer, startFakeGemini } from './support/fake-llm/index.js';
import { type SpawnedStack, spawnStack, stackEnv, submit, waitForTerminal } from './support/stack.js';

/**
 * How a question ends when the provider refuses it or never answers: the worker and API as
 * processes, the real @google/genai SDK talking to a stand-in Gemini server,
 * and BullMQ allowed three attempts per job.
 */
let db: TestDatabase;
let gemini: FakeLlmServer;
let api: string;
let stack: SpawnedStack | undefined;

/** A question the builtin planner does not understand, so only the model could answer it. */
const QUESTION = 'Where do cardholders shop the most lately, city-wise?';

beforeAll(async () => {
  db = await createTestDatabase();
  gemini = await startFakeGemini();
  const env = stackEnv(db.url, {
    LLM_PROVIDER: 'gemini',
    GEMINI_API_KEY: 'test-key',
    GEMINI_MODEL: 'gemini-job-failures',
    GEMINI_BASE_URL: gemini.url,
    JOB_ATTEMPTS: '3',
    // Long enough for a statement to wait on a test's table lock until the test ends the wait.
    STATEMENT_TIMEOUT_MS: '30000',
  });
  stack = await spawnStack(env);
  api = stack.url;
});

afterAll(async () => {
  await stack?.close();
  await gemini?.close();
  await db?.drop();
});

beforeEach(() => {
  gemini.requests.length = 0;
});

type Failed = { status: string; error: { code: string; message: string; retryable: boolean } };

const attemptsOf = async (jobId: string) =>
  (
    await db.pool.query<{ attempts: number }>('SELECT attempts FROM app.question_history WHERE job_id = $1', [
      jobId,
    ])
  ).rows[0]?.attempts;

describe('provider refusals end the job once, with a message that says what to do', () => {
  it('a 429 asking to wait an hour fails the job at once, saying when to retry', async () => {
    gemini.fallback = { type: 'status', status: 429, headers: { 'retry-after': '3600' } };
    const job = await submit(api, QUESTION);
    const done = (await waitForTerminal(api, job.id)) as Failed;
    expect(done.status).toBe('failed');
    expect(done.error).toMatchObject({ code: 'planner_unavailable', retryable: false });
    expect(done.error.message).toMatch(/wait 60 minutes; please retry after \d\d:\d\d UTC/);
    // One run, one request: neither the call's retries nor BullMQ's asked again.
    expect(await attemptsOf(job.id)).toBe(1);
    expect(gemini.requests).toHaveLength(1);
  });

  it('a 401 is a configuration problem, not "temporarily unavailable", and is not retried', async () => {
    gemini.fallback = { type: 'status', status: 401 };
    const job = await submit(api, `${QUESTION} Please.`);
    const done = (await waitForTerminal(api, job.id)) as Failed;
    expect(done.status).toBe('failed');
    expect(done.error).toMatchObject({ code: 'planner_unavailable', retryable: false });
    expect(done.error.message).toMatch(/rejected the request \(configuration problem\)/);
    expect(done.error.message).not.toMatch(/temporarily unavailable|retry in a minute/);
    expect(await attemptsOf(job.id)).toBe(1);
    expect(gemini.requests).toHaveLength(1);
  });
});

describe('cancelling a question whose model call hangs', () => {
  it('aborts the call in flight: the job ends cancelled and no further request is made', async () => {
    gemini.fallback = { type: 'hang' };
    const job = await submit(api, `${QUESTION} Cancel me.`);
    await vi.waitFor(() => expect(gemini.requests).toHaveLength(1), { timeout: 30_000, interval: 50 });

    const res = await apiFetch(`${api}/api/queries/${job.id}/cancel`, { method: 'POST' });
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ status: 'cancelling' });

    // Generous: without the abort the job ends only after the call's timeout and its retries.
    const done = (await waitForTerminal(api, job.id, 90_000)) as { status: string };
    expect(done.status).toBe('cancelled');
    expect(gemini.requests).toHaveLength(1);
    const history = await db.pool.query<{ status: string }>(
      'SELECT status FROM app.question_history WHERE job_id = $1',
      [job.id],
    );
    expect(history.rows[0]?.status).toBe('cancelled');
  }, 120_000);
});

describe('a job run again does not pay the model again for the plan it already has', () => {
  it('a retry after a database failure runs the kept plan: one model call, counted once in the audit row', async () => {
    gemini.fallback = {
      type: 'plan',
      plan: {
        kind: 'sql',
        sql: 'SELECT merchant_city, count(*) AS transactions FROM transactions GROUP BY merchant_city',
        explanation: 'Transactions per city.',
      },
    };
    // A first question loads what the worker reads from the table before planning (the prompt's
    // catalog), so that under the lock below only the planned statement waits.
    const warm = await submit(api, `${QUESTION} Warm-up.`, { options: { use_cache: false } });
    expect(((await waitForTerminal(api, warm.id, 60_000)) as { status: string }).status).toBe('completed');
    gemini.requests.length = 0;
    const release = await lockTransactions(db.pool);
    try {
      const job = await submit(api, `${QUESTION} Twice?`, { options: { use_cache: false } });
      // The planned statement waits on the lock; its connection is then killed, as in a failover.
      const pid = await theLockWaiter(db.pool, 30_000);
      expect(gemini.requests).toHaveLength(1);
      await db.pool.query('SELECT pg_terminate_backend($1)', [pid]);
      await release();

      const done = (await waitForTerminal(api, job.id, 60_000)) as { status: string; attempt: number };
      expect(done.status).toBe('completed');
      expect(done.attempt).toBe(2);
      expect(gemini.requests).toHaveLength(1);
      const history = await db.pool.query<{
        attempts: number;
        llm_calls: unknown[];
        tokens_in: number | null;
      }>('SELECT attempts, llm_calls, tokens_in FROM app.question_history WHERE job_id = $1', [job.id]);
      expect(history.rows).toHaveLength(1);
      expect(history.rows[0]!.attempts).toBe(2);
      // The first run's call is the answer's cost: the daily LLM budget counts it once.
      expect(history.rows[0]!.llm_calls).toHaveLength(1);
      expect(history.rows[0]!.tokens_in).toBeGreaterThan(0);
    } finally {
      await release();
    }
  }, 120_000);
});
