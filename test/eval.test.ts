import { join } from 'node:path';
import { parseEnv, workerEnvSchema } from '@pa/config';
import { createPool, defaultExecuteLimits, executeReadOnly } from '@pa/db';
import { createLogger } from '@pa/observability';
import {
  type EvalReport,
  formatEvalReport,
  formatResultsTable,
  readEvalCases,
  runEval,
  tallyOutcomes,
} from '@pa/pipeline';
import { createRedis } from '@pa/queue';
import { loadGuard } from '@pa/sql-guard';
import { buildPipeline } from '@pa/worker';
import type { Redis } from 'ioredis';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../scripts/lib/root.js';
import { testCaller } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';

let db: TestDatabase;
let analyticsDb: pg.Pool;
let redis: Redis;
const reports = new Map<string, EvalReport>();

beforeAll(async () => {
  db = await createTestDatabase();
  analyticsDb = createPool({ connectionString: db.url, applicationName: 'pa-eval-test', kind: 'analytics' });
  redis = createRedis(inject('redisUrl'), 'pa-eval-test');
  await loadGuard();
  const config = parseEnv(workerEnvSchema, {
    DATABASE_URL: db.url,
    REDIS_URL: inject('redisUrl'),
    LLM_PROVIDER: 'builtin',
    LOG_LEVEL: 'silent',
  });
  const { pipeline } = buildPipeline(config, {
    analyticsDb,
    appDb: db.pool,
    redis,
    logger: createLogger('eval', 'silent'),
  });
  for (const set of ['golden', 'heldout', 'fresh', 'traps', 'shapes']) {
    // (shapes: the planner's less common SQL — a ranking within groups, a split laid side by side over
    // a breakdown, two weekdays set against each other — run through the guard and the executor.)
    const file = set === 'shapes' ? 'shapes/planner-shapes.jsonl' : `golden/${set}.jsonl`;
    const cases = readEvalCases([join(repoRoot, `test/fixtures/${file}`)]);
    reports.set(
      set,
      await runEval(
        {
          pipeline,
          caller: testCaller('*'),
          runReference: (sql, caller) =>
            executeReadOnly(analyticsDb, sql, caller, {
              ...defaultExecuteLimits,
              maxRows: 100_000,
              maxPlanCost: 0,
            }),
        },
        cases,
      ),
    );
  }
}, 180_000);

afterAll(async () => {
  redis?.disconnect();
  await analyticsDb?.end();
  await db?.drop();
});

describe('builtin planner execution accuracy (golden set, real PostgreSQL)', () => {
  it('is at least 0.95 on the golden set', () => {
    const report = reports.get('golden')!;
    if (report.accuracy < 0.95) console.log(formatEvalReport(report));
    expect(report.total).toBeGreaterThanOrEqual(200);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('is at least 0.85 on the held-out set', () => {
    const report = reports.get('heldout')!;
    console.log(`held-out: ${formatEvalReport(report).split('\n').at(-1)}`);
    expect(report.total).toBeGreaterThanOrEqual(50);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('answers every question of the less common SQL shapes, and rightly', () => {
    const report = reports.get('shapes')!;
    expect(report.total).toBeGreaterThanOrEqual(7);
    const missed = report.outcomes.filter((o) => !o.correct).map((o) => `${o.id}: ${o.verdict}`);
    expect(missed).toEqual([]);
  });

  it('refuses every question it must refuse', () => {
    const refusals = [...reports.values()].flatMap((r) => r.outcomes.filter((o) => o.category === 'refuse'));
    expect(refusals.length).toBeGreaterThanOrEqual(20);
    expect(refusals.filter((o) => !o.correct)).toEqual([]);
  });

  // The fresh set (questions phrased the way analysts write, en/ru/kk) and the trap set (questions
  // that must be refused) are measured and printed, not yet asserted: at the baseline the builtin
  // planner answered 5 trap questions (per-card rankings read as max(amount), an ambiguous
  // "average per day") and 8 fresh questions wrongly. Assert zero wrong answers on the trap set
  // once it holds.
  it('measures the fresh and trap sets (no threshold yet)', () => {
    const fresh = reports.get('fresh')!;
    const traps = reports.get('traps')!;
    console.log(formatResultsTable([...fresh.outcomes, ...traps.outcomes]).join('\n'));
    expect(fresh.total).toBeGreaterThanOrEqual(150);
    expect(traps.total).toBeGreaterThanOrEqual(60);
    const t = tallyOutcomes(traps.outcomes);
    expect(t.correct + t.wrong + t.error).toBe(traps.total);
  });

  it('reads the language of every fresh and trap question as its line declares', () => {
    const misread = [...reports.get('fresh')!.outcomes, ...reports.get('traps')!.outcomes]
      .filter((o) => o.detectedLang !== o.lang)
      .map((o) => `${o.id} (${o.lang}, read as ${o.detectedLang}): ${o.question}`);
    expect(misread).toEqual([]);
  });
});
