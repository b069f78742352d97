import { readFileSync } from 'node:fs';
import type { PlanContext, PlannedQuery, PreviousTurn } from '@pa/planner';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createBuiltinPlanner } from './index.js';
import { VOCABULARY } from './vocabulary/index.js';

/**
 * Plans every question of the golden set. The exact-result comparison against PostgreSQL is the
 * eval harness's job; here: refuse lines are refused, SQL lines plan to SQL that keeps the rules.
 * (heldout.jsonl is deliberately not read here: it is never tuned against.)
 */

const lineSchema = z.union([
  z.object({
    id: z.string(),
    question: z.string().min(1),
    sql: z.string().regex(/^SELECT /),
    lang: z.enum(['en', 'ru']),
    category: z.string(),
    previous: z.array(z.object({ question: z.string() })).optional(),
  }),
  z.object({
    id: z.string(),
    question: z.string().min(1),
    expect: z.literal('refuse'),
    lang: z.enum(['en', 'ru']),
    category: z.literal('refuse'),
  }),
]);

const golden = readFileSync(new URL('../../../test/fixtures/golden/golden.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => lineSchema.parse(JSON.parse(l)));

const planner = createBuiltinPlanner();
const context = (previous: PreviousTurn[]): PlanContext => ({
  now: new Date('2026-05-20T08:00:00Z'),
  timeZone: 'Asia/Almaty',
  previous,
  repairs: [],
});

async function planLine(question: string, lang: 'en' | 'ru', before: { question: string }[] = []) {
  const previous: PreviousTurn[] = [];
  for (const turn of before) {
    const p = await planner.plan({
      question: turn.question,
      language: lang,
      context: context([...previous]),
    });
    previous.push({ question: turn.question, sql: p.sql ?? null, frame: p.frame });
  }
  return planner.plan({ question, language: lang, context: context(previous) });
}

/** The guard's rules, approximated: one SELECT over transactions, personal columns only counted. */
function expectSafeSql(plan: PlannedQuery) {
  const sql = plan.sql ?? '';
  expect(sql).toMatch(/^SELECT /);
  expect(sql).toMatch(/\nFROM transactions(\n|$)/);
  expect(sql).not.toContain(';');
  expect(sql).not.toMatch(/\b(insert|update|delete|drop|alter|grant|generate_series|pg_\w+)\b/i);
  expect(sql.replace(/count\(DISTINCT card_key\)/g, '')).not.toMatch(
    /card_key|card_id|expiry_date|transaction_id|\bid\b/,
  );
  expect(sql.split('(').length).toBe(sql.split(')').length);
}

describe('golden set', () => {
  it('is big and varied enough', () => {
    const ids = new Set(golden.map((l) => l.id));
    expect(ids.size).toBe(golden.length);
    expect(golden.length).toBeGreaterThanOrEqual(200);
    expect(golden.filter((l) => l.lang === 'ru').length / golden.length).toBeGreaterThanOrEqual(0.4);
    expect(golden.filter((l) => 'expect' in l).length).toBeGreaterThanOrEqual(20);
    const categories = new Set(golden.map((l) => l.category));
    for (const c of [
      'count',
      'sum',
      'avg',
      'median',
      'breakdown',
      'topn',
      'timeseries',
      'share',
      'compare',
      'filter',
      'followup',
    ]) {
      expect(categories).toContain(c);
    }
  });

  it.each(golden.map((l) => [l.id, l] as const))('%s', async (_id, line) => {
    const plan = await planLine(line.question, line.lang, 'previous' in line ? line.previous : []);
    if ('expect' in line) {
      expect(plan.kind, plan.sql).toBe('refuse');
      expect(plan.message).toBeTruthy();
    } else {
      expect(plan.kind, plan.message).toBe('sql');
      expectSafeSql(plan);
    }
  });
});

describe('any question', () => {
  const words = VOCABULARY.flatMap((e) => e.phrases)
    .filter((p) => !/[~*]/.test(p))
    .slice(0, 2000);
  const pieces = fc.oneof(
    fc.constantFrom(...words),
    fc.integer({ min: 0, max: 3_000_000 }).map(String),
    fc.constantFrom('в', 'по', 'за', 'the', 'by', 'and', 'и', '?', ',', "'", ';', '--', '2026-03-01'),
    fc.string({ maxLength: 8 }),
  );

  it('never throws and only ever plans safe SQL', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { minLength: 1, maxLength: 12 }), async (parts) => {
        const question = parts.join(' ');
        const plan = await planner.plan({ question, language: 'en', context: context([]) });
        expect(['sql', 'clarify', 'refuse', 'chat']).toContain(plan.kind);
        if (plan.kind === 'sql') expectSafeSql(plan);
        else expect(plan.message).toBeTruthy();
      }),
      { numRuns: 2000 },
    );
  });
});
