import { readFileSync } from 'node:fs';
import { guardSql, loadGuard } from '@pa/sql-guard';
import { beforeAll, describe, expect, it } from 'vitest';
import { goldenExamplesFromJsonl, PLANNER_EXAMPLES_FILE } from './examples.js';

const text = readFileSync(PLANNER_EXAMPLES_FILE, 'utf8');

describe('the shipped planner examples', () => {
  beforeAll(async () => {
    await loadGuard();
  });

  it('live in the package, not in the test fixtures', () => {
    expect(PLANNER_EXAMPLES_FILE).toMatch(/packages[\\/]db[\\/]data[\\/]planner-examples\.jsonl$/);
    expect(PLANNER_EXAMPLES_FILE).not.toMatch(/fixtures/);
  });

  it('are one JSON object per line with a question, SQL and a known language', () => {
    const lines = text.split('\n').filter((l) => l.trim());
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) {
      const parsed = JSON.parse(line) as { question?: unknown; sql?: unknown; lang?: unknown };
      expect(typeof parsed.question, line).toBe('string');
      expect(typeof parsed.sql, line).toBe('string');
      expect(['en', 'ru', 'kk'], line).toContain(parsed.lang);
    }
    expect(goldenExamplesFromJsonl(text)).toHaveLength(lines.length);
  });

  it('all pass the SQL guard, so no prompt ever shows the model SQL the service would refuse', () => {
    const refused = goldenExamplesFromJsonl(text)
      .map((e) => ({ question: e.question, result: guardSql(e.sql) }))
      .filter((r) => !r.result.allowed)
      .map((r) => `${r.question}: ${r.result.reasons.join('; ')}`);
    expect(refused).toEqual([]);
  });

  it('have no duplicate questions', () => {
    const questions = goldenExamplesFromJsonl(text).map((e) => e.question.trim().toLowerCase());
    expect(new Set(questions).size).toBe(questions.length);
  });
});
