import { MAX_EXPLANATION_CHARS } from '@pa/planner-llm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { type FakeLlmServer, startFakeGemini } from './support/fake-llm/index.js';
import { type SpawnedStack, spawnStack, stackEnv, submit, waitForTerminal } from './support/stack.js';

/**
 * The worker and API as separate processes (what `npm start` runs) with
 * LLM_PROVIDER=gemini pointed at a stand-in Gemini server: the real
 * @google/genai SDK talks HTTP to it.
 */
let db: TestDatabase;
let gemini: FakeLlmServer;
let api: string;
let stack: SpawnedStack | undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  gemini = await startFakeGemini();
  gemini.fallback = { type: 'status', status: 500 };
  const env = stackEnv(db.url, {
    LLM_PROVIDER: 'gemini',
    GEMINI_API_KEY: 'test-key',
    GEMINI_MODEL: 'gemini-e2e',
    GEMINI_BASE_URL: gemini.url,
    LLM_MAX_ATTEMPTS: '1',
  });
  stack = await spawnStack(env);
  api = stack.url;
});

afterAll(async () => {
  await stack?.close();
  await gemini?.close();
  await db?.drop();
});

const tableState = async () =>
  (
    await db.pool.query<{ n: number; sum: number }>(
      'SELECT count(*)::int AS n, sum(transaction_amount_kzt)::float8 AS sum FROM transactions',
    )
  ).rows[0];

describe('LLM_PROVIDER=gemini end to end through a stand-in server', () => {
  it('answers a question the builtin planner does not understand with the model, and records the call', async () => {
    const sql =
      'SELECT merchant_city, count(*) AS transactions FROM transactions WHERE transaction_timestamp >= current_date - 6 GROUP BY merchant_city ORDER BY transactions DESC';
    gemini.enqueue({ type: 'plan', plan: { kind: 'sql', sql, explanation: 'Busiest cities this week.' } });
    const job = await submit(api, 'Where do cardholders shop the most lately, city-wise?');
    const done = (await waitForTerminal(api, job.id)) as {
      status: string;
      result: { planner: string; provider: string; model: string; sql: string; row_count: number };
    };
    expect(done.status).toBe('completed');
    expect(done.result).toMatchObject({ planner: 'gemini', provider: 'gemini', model: 'gemini-e2e', sql });
    expect(done.result.row_count).toBeGreaterThan(0);
    const history = await db.pool.query(
      'SELECT provider, model, prompt_hash, tokens_in, tokens_out, llm_calls FROM app.question_history WHERE job_id = $1',
      [job.id],
    );
    expect(history.rows[0]).toMatchObject({
      provider: 'gemini',
      model: 'gemini-e2e',
      tokens_in: 120,
      tokens_out: 30,
    });
    expect(history.rows[0].prompt_hash).toMatch(/^[0-9a-f]{64}$/);
    // Per-call accounting: one request, with its tokens, latency, outcome and the asker's tenant.
    expect(history.rows[0].llm_calls).toHaveLength(1);
    expect(history.rows[0].llm_calls[0]).toMatchObject({
      provider: 'gemini',
      model: 'gemini-e2e',
      tenant: '*',
      inputTokens: 120,
      outputTokens: 30,
      outcome: 'ok',
    });
    expect(history.rows[0].llm_calls[0].latencyMs).toBeGreaterThanOrEqual(0);
    expect(gemini.requests.at(-1)?.raw).toContain('transactions');

    const good = await apiFetch(`${api}/api/queries/${job.id}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rating: 'good', comment: 'exactly right' }),
    });
    expect(good.status).toBe(201);
    expect(await good.json()).toMatchObject({ rating: 'good', example_added: true });
    const example = await db.pool.query('SELECT sql, source FROM app.planner_examples WHERE question = $1', [
      'Where do cardholders shop the most lately, city-wise?',
    ]);
    expect(example.rows).toEqual([{ sql, source: 'feedback' }]);
  });

  it('a model plan of DROP TABLE transactions ends the job as failed, with nothing changed', async () => {
    const before = await tableState();
    const drop = { type: 'plan' as const, plan: { kind: 'sql', sql: 'DROP TABLE transactions' } };
    gemini.enqueue(drop, drop, drop);
    const job = await submit(api, 'Please clean up the transactions storage for me');
    const done = (await waitForTerminal(api, job.id)) as {
      status: string;
      error: { code: string; message: string; retryable: boolean };
    };
    expect(done.status).toBe('failed');
    expect(done.error.code).toBe('rejected_sql');
    expect(done.error.retryable).toBe(false);
    expect(done.error.message).toMatch(/refused by the safety check/);
    expect(await tableState()).toEqual(before);
    const history = await db.pool.query(
      'SELECT status, sql, guard_reasons, plan_attempts, llm_calls FROM app.question_history WHERE job_id = $1',
      [job.id],
    );
    expect(history.rows[0].status).toBe('failed');
    expect(history.rows[0].sql).toBe('DROP TABLE transactions');
    expect(history.rows[0].guard_reasons.join(' ')).toMatch(/DROP|SELECT/i);
    // Two repairs were asked for before giving up: every attempt is in the audit log.
    expect(history.rows[0].plan_attempts).toHaveLength(2);
    expect(history.rows[0].llm_calls.map((c: { outcome: string }) => c.outcome)).toEqual(['ok', 'ok', 'ok']);
  });

  it('options.planner picks one planner: "builtin" never calls the model, "llm" always does', async () => {
    const before = gemini.requests.length;
    const builtinOnly = await submit(api, 'Where do cardholders shop the most lately, city-wise?', {
      options: { planner: 'builtin' },
    });
    const refused = (await waitForTerminal(api, builtinOnly.id)) as { status: string };
    expect(refused.status).toBe('failed');
    expect(gemini.requests.length).toBe(before);

    const sql =
      'SELECT count(*) AS n FROM transactions WHERE transaction_timestamp >= current_date::timestamptz';
    gemini.enqueue({ type: 'plan', plan: { kind: 'sql', sql } });
    const llmOnly = await submit(api, 'How many transactions were there today?', {
      options: { planner: 'llm' },
    });
    const done = (await waitForTerminal(api, llmOnly.id)) as {
      status: string;
      result: { planner: string; sql: string };
    };
    expect(done.status).toBe('completed');
    expect(done.result).toMatchObject({ planner: 'gemini', sql });
    expect(gemini.requests.length).toBe(before + 1);
  });

  it('a bad rating is recorded and adds no example; rating a failed job is a conflict', async () => {
    gemini.enqueue({
      type: 'plan',
      plan: { kind: 'refuse', message: 'I only answer questions about transactions.' },
    });
    const job = await submit(api, 'Write me a poem about autumn leaves');
    const done = (await waitForTerminal(api, job.id)) as { status: string; error: { message: string } };
    expect(done.status).toBe('failed');
    expect(done.error.message).toBe('I only answer questions about transactions.');
    const res = await apiFetch(`${api}/api/queries/${job.id}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rating: 'bad' }),
    });
    expect(res.status).toBe(409);
    const invalid = await apiFetch(`${api}/api/queries/${job.id}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rating: 'meh' }),
    });
    expect(invalid.status).toBe(400);
  });

  it('a 5 MB explanation from the model is cut to its cap in the answer and in history', async () => {
    const sql =
      'SELECT merchant_city, count(*) AS n FROM transactions GROUP BY merchant_city ORDER BY n DESC';
    const explanation = `Cities by transactions. ${'padding '.repeat(650_000)}`;
    gemini.enqueue({ type: 'plan', plan: { kind: 'sql', sql, explanation } });
    const job = await submit(api, 'Rank the towns where the cards get swiped, please');
    const done = (await waitForTerminal(api, job.id)) as {
      status: string;
      result: { analysis: { explanation: string } };
    };
    expect(done.status).toBe('completed');
    const served = done.result.analysis.explanation;
    expect(served.startsWith('Cities by transactions.')).toBe(true);
    expect(served.length).toBe(MAX_EXPLANATION_CHARS);
    expect(served.endsWith('…')).toBe(true);
    const history = await db.pool.query<{ n: number }>(
      "SELECT length(result->'analysis'->>'explanation')::int AS n FROM app.question_history WHERE job_id = $1",
      [job.id],
    );
    expect(history.rows[0]?.n).toBe(MAX_EXPLANATION_CHARS);
  });

  it('SQL longer than the guard accepts fails the question as a planner error', async () => {
    const before = gemini.requests.length;
    const huge = { kind: 'sql', sql: `SELECT ${'1 + '.repeat(1_500_000)}1 AS n FROM transactions` };
    gemini.enqueue({ type: 'plan', plan: huge }, { type: 'plan', plan: huge });
    const job = await submit(api, 'Add up a very long list of ones for the cards');
    const done = (await waitForTerminal(api, job.id)) as {
      status: string;
      error: { code: string; message: string; retryable: boolean };
    };
    expect(done.status).toBe('failed');
    expect(done.error).toMatchObject({ code: 'unanswerable', retryable: false });
    expect(done.error.message).toMatch(/could not produce a usable query/);
    // Both rounds were asked for; nothing was retried by the queue after the planner gave up.
    expect(gemini.requests.length).toBe(before + 2);
  });
});
