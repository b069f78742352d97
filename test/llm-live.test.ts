import { join } from 'node:path';
import { executeReadOnly } from '@pa/db';
import type { LlmCallRecord } from '@pa/planner';
import { createGeminiPlanner } from '@pa/planner-llm';
import { guardSql, loadGuard } from '@pa/sql-guard';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// catalog.ts / examples.ts are imported by path until @pa/db's index re-exports them.
import { createSchemaCatalogCache, loadSchemaCatalog } from '../packages/db/src/catalog.js';
import { findSimilarExamples, seedPlannerExamples } from '../packages/db/src/examples.js';
import { repoRoot } from '../scripts/lib/root.js';
import { testCaller } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';

/**
 * Talks to the real Gemini API. Runs only when GEMINI_API_KEY is set (in the
 * environment or .env); otherwise it is reported as skipped.
 */
const apiKey = process.env.GEMINI_API_KEY;

describe('Gemini, live', () => {
  let db: TestDatabase | undefined;

  beforeAll(async () => {
    if (!apiKey) return;
    await loadGuard();
    db = await createTestDatabase();
    await seedPlannerExamples(db.pool, join(repoRoot, 'test/fixtures/golden/golden.jsonl'));
  });

  afterAll(async () => {
    await db?.drop();
  });

  it.skipIf(!apiKey).each([
    {
      question: 'Which three cities had the highest total grocery spending in the last 30 days?',
      language: 'en' as const,
    },
    {
      question: 'Сколько уникальных карт расплачивались Apple Pay на прошлой неделе?',
      language: 'ru' as const,
    },
  ])(
    'plans guarded, runnable SQL for "$question"',
    async ({ question, language }) => {
      const pool = db!.pool;
      const calls: LlmCallRecord[] = [];
      const planner = createGeminiPlanner({
        apiKey: apiKey!,
        model: process.env.GEMINI_MODEL || undefined,
        ...(process.env.GEMINI_BASE_URL ? { baseUrl: process.env.GEMINI_BASE_URL } : {}),
        catalog: createSchemaCatalogCache(() =>
          loadSchemaCatalog(pool, {
            relations: ['public.transactions'],
            personalColumns: ['card_key'],
          }),
        ),
        examples: (q, caller) => findSimilarExamples(pool, q, caller, 4),
        onCall: (r) => calls.push(r),
        resilience: { timeoutMs: 60_000, maxAttempts: 3 },
      });
      const plan = await planner.plan({
        question,
        language,
        context: { now: new Date(), timeZone: 'Asia/Almaty', previous: [], repairs: [] },
      });
      expect(plan.kind).toBe('sql');
      expect(plan.usage?.input_tokens).toBeGreaterThan(500);
      expect(calls.at(-1)?.outcome).toBe('ok');
      const verdict = guardSql(plan.sql!, { maxRows: 100 });
      expect(verdict.reasons).toEqual([]);
      const result = await executeReadOnly(pool, verdict.sql, testCaller('*'));
      expect(result.columns.length).toBeGreaterThan(0);
    },
    120_000,
  );
});
