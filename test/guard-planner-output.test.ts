import { join } from 'node:path';
import { readEvalCases } from '@pa/pipeline';
import type { PreviousTurn } from '@pa/planner';
import { createBuiltinPlanner, detectLanguage } from '@pa/planner-builtin';
import { guardSql, loadGuard } from '@pa/sql-guard';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/root.js';

/**
 * False positives are failures too: every statement the builtin planner writes
 * for the golden, held-out, fresh and trap questions, and every hand-written
 * reference query, must pass the guard (part of the benign corpus, generated).
 */
const cases = readEvalCases([
  ...['golden', 'heldout', 'fresh', 'traps'].map((set) =>
    join(repoRoot, `test/fixtures/golden/${set}.jsonl`),
  ),
  join(repoRoot, 'test/fixtures/shapes/planner-shapes.jsonl'),
]);
const planner = createBuiltinPlanner();
const now = new Date('2026-11-26T06:00:00Z');

beforeAll(async () => {
  await loadGuard();
});

async function plan(question: string, previous: PreviousTurn[]) {
  return planner.plan({
    question,
    language: detectLanguage(question),
    context: { now, timeZone: 'Asia/Almaty', previous, repairs: [] },
  });
}

describe('the guard allows what the planners and the golden set write', () => {
  it('every builtin plan for a golden, held-out, fresh or trap question', async () => {
    const rejected: string[] = [];
    let planned = 0;
    for (const c of cases) {
      const previous: PreviousTurn[] = [];
      for (const p of c.previous ?? []) {
        const turn = await plan(p.question, previous);
        previous.push({ question: p.question, sql: turn.sql ?? null, frame: turn.frame });
      }
      const result = await plan(c.question, previous);
      if (result.kind !== 'sql' || !result.sql) continue;
      planned++;
      const verdict = guardSql(result.sql);
      if (!verdict.allowed) rejected.push(`${c.id}: ${verdict.reasons.join('; ')}`);
    }
    expect(planned).toBeGreaterThan(250);
    expect(rejected).toEqual([]);
  });

  it('every reference query of the golden, held-out and fresh sets', () => {
    const references = cases.filter((c) => c.sql);
    expect(references.length).toBeGreaterThan(250);
    const rejected = references
      .map((c) => ({ id: c.id, verdict: guardSql(c.sql!) }))
      .filter((r) => !r.verdict.allowed)
      .map((r) => `${r.id}: ${r.verdict.reasons.join('; ')}`);
    expect(rejected).toEqual([]);
  });
});
