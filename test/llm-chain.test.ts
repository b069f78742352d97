import { join } from 'node:path';
// catalog.ts / examples.ts are imported by path until @pa/db's index re-exports them.
import {
  createSchemaCatalogCache,
  executeReadOnly,
  findSimilarExamples,
  loadSchemaCatalog,
  seedPlannerExamples,
} from '@pa/db';
import { answerQuestion, type PipelineDeps, PipelineError } from '@pa/pipeline';
import type { LlmCallRecord } from '@pa/planner';
import { createPlanner } from '@pa/planner-llm';
import { guardSql, loadGuard } from '@pa/sql-guard';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/root.js';
import { testCaller } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { type FakeLlmServer, startFakeGemini } from './support/fake-llm/index.js';

/**
 * The whole planning path as the worker runs it with LLM_PROVIDER=gemini:
 * createPlanner's chain (real builtin planner + Gemini SDK against the fake),
 * the real guard, the real read-only executor and the pipeline's repair loop.
 */

let db: TestDatabase;
let gemini: FakeLlmServer;
let calls: LlmCallRecord[];
const logs: string[] = [];
const logger = {
  info: (_: object, msg: string) => logs.push(msg),
  warn: (_: object, msg: string) => logs.push(msg),
};

beforeAll(async () => {
  await loadGuard();
  db = await createTestDatabase();
  await seedPlannerExamples(db.pool, join(repoRoot, 'test/fixtures/golden/golden.jsonl'));
  gemini = await startFakeGemini();
});

afterAll(async () => {
  await gemini?.close();
  await db?.drop();
});

afterEach(() => {
  gemini.requests.length = 0;
  gemini.fallback = { type: 'status', status: 500 };
});

function pipeline(): PipelineDeps {
  calls = [];
  const { planner, maxRepairs } = createPlanner(
    {
      LLM_PROVIDER: 'gemini',
      GEMINI_API_KEY: 'test-key',
      GEMINI_MODEL: 'gemini-test',
      GEMINI_BASE_URL: gemini.url,
    },
    logger,
    {
      catalog: createSchemaCatalogCache(() =>
        loadSchemaCatalog(db.pool, {
          relations: ['public.transactions'],
          personalColumns: ['card_key'],
        }),
      ),
      examples: (q, caller) => findSimilarExamples(db.pool, q, caller, 4),
      onCall: (r) => calls.push(r),
      resilience: { timeoutMs: 1_000, maxAttempts: 2, initialDelayMs: 10, maxDelayMs: 20 },
    },
  );
  return {
    planner,
    maxRepairs,
    now: () => new Date(),
    guard: (sql) => guardSql(sql, { maxRows: 100 }),
    execute: (sql, scope) => executeReadOnly(db.pool, sql, scope),
  };
}

const ask = (deps: PipelineDeps, question: string, stages: string[] = []) =>
  answerQuestion(
    deps,
    { question, caller: testCaller('*'), previous: [] },
    { onStage: (s, d) => void stages.push(d ? `${s}:${d}` : s) },
  );

/** What the model was asked in the n-th request. */
const userText = (n: number) =>
  (gemini.requests[n]!.body as { contents: Array<{ parts: Array<{ text: string }> }> }).contents[0]!.parts[0]!
    .text;

describe('LLM_PROVIDER=gemini: builtin fast path, LLM, repairs, fallback', () => {
  it('answers a question the builtin planner fully understands without calling the model', async () => {
    const deps = pipeline();
    expect(deps.maxRepairs).toBe(2);
    const answered = await ask(deps, 'How many transactions were there yesterday?');
    expect(answered.result.planner).toBe('builtin');
    expect(answered.result.row_count).toBe(1);
    expect(gemini.requests).toHaveLength(0);
  });

  it('asks the model otherwise, and repairs SQL the guard rejected', async () => {
    const rejected =
      'SELECT card_key, transaction_amount_kzt FROM transactions ORDER BY transaction_amount_kzt DESC LIMIT 10';
    const repaired =
      "SELECT merchant_id, count(*) AS transactions FROM transactions WHERE transaction_timestamp >= date_trunc('week', current_date) GROUP BY merchant_id ORDER BY transactions DESC LIMIT 10";
    gemini.enqueue(
      { type: 'plan', plan: { kind: 'sql', sql: rejected } },
      { type: 'plan', plan: { kind: 'sql', sql: repaired, explanation: 'Busiest merchants this week.' } },
    );
    const deps = pipeline();
    const stages: string[] = [];
    const answered = await ask(deps, 'Which merchants look suspicious this week?', stages);
    expect(answered.planAttempts).toBe(2);
    expect(answered.result).toMatchObject({
      planner: 'gemini',
      provider: 'gemini',
      model: 'gemini-test',
      sql: repaired,
    });
    // Tokens of every attempt count, the rejected one included.
    expect(answered.usage).toEqual({ input_tokens: 240, output_tokens: 60 });
    expect(answered.promptHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stages).toContain('planning:repair 1');

    const reasons = guardSql(rejected, { maxRows: 100 }).reasons;
    expect(reasons.length).toBeGreaterThan(0);
    expect(gemini.requests).toHaveLength(2);
    expect(userText(0)).not.toContain('failed attempts');
    expect(userText(1)).toContain(`Attempt 1 SQL: ${rejected}`);
    expect(userText(1)).toContain(`Attempt 1 failed because: ${reasons.join('; ')}`);
  });

  it('repairs SQL that PostgreSQL refused, with the database error as the reason', async () => {
    const broken =
      'SELECT merchant_name, count(*) AS n FROM transactions GROUP BY merchant_name ORDER BY n DESC LIMIT 5';
    const fixed =
      'SELECT merchant_id, count(*) AS n FROM transactions GROUP BY merchant_id ORDER BY n DESC LIMIT 5';
    gemini.enqueue(
      { type: 'plan', plan: { kind: 'sql', sql: broken } },
      { type: 'plan', plan: { kind: 'sql', sql: fixed } },
    );
    const answered = await ask(pipeline(), 'Which merchants look suspicious?');
    expect(answered.result.sql).toBe(fixed);
    expect(userText(1)).toContain(`Attempt 1 SQL: ${broken}`);
    expect(userText(1)).toMatch(/Attempt 1 failed because: .*merchant_name/);
  });

  it("stops on the model's refusal and shows its message", async () => {
    gemini.enqueue({
      type: 'plan',
      plan: { kind: 'refuse', message: 'I only answer questions about transactions.' },
    });
    const err = await ask(pipeline(), 'Which merchants look suspicious?').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PipelineError);
    expect(err).toMatchObject({
      code: 'unanswerable',
      userMessage: 'I only answer questions about transactions.',
    });
    expect(gemini.requests).toHaveLength(1);
  });

  it('fails retryably with a clear message when the model is down and the builtin planner has no SQL', async () => {
    gemini.fallback = { type: 'status', status: 503 };
    const err = await ask(pipeline(), 'Which merchants look suspicious?').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PipelineError);
    expect(err).toMatchObject({ code: 'planner_unavailable', retryable: true });
    expect((err as PipelineError).userMessage).toMatch(/temporarily|try again|retry/i);
    expect(calls.map((c) => c.outcome)).toEqual(['server_error', 'server_error']);
  });

  it('keeps answering what the builtin planner understands while the model is down', async () => {
    gemini.fallback = { type: 'status', status: 503 };
    const answered = await ask(pipeline(), 'Сколько транзакций было вчера?');
    expect(answered.result.planner).toBe('builtin');
    expect(gemini.requests).toHaveLength(0);
  });
});

describe('LLM_PROVIDER=builtin', () => {
  it('uses the builtin planner alone, with no repairs and no dependencies', () => {
    const choice = createPlanner({ LLM_PROVIDER: 'builtin' }, logger);
    expect(choice.planner.name).toBe('builtin');
    expect(choice.maxRepairs).toBe(0);
    expect(() => createPlanner({ LLM_PROVIDER: 'gemini', GEMINI_API_KEY: 'k' }, logger)).toThrow(
      /dependencies/,
    );
  });
});
