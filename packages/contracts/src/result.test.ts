import { describe, expect, it } from 'vitest';
import { analysisSchema } from './result.js';

describe('analysisSchema', () => {
  it('keeps structured insights and reads a plain sentence from an older result as one', () => {
    const insight = { title: 'Peak', description: 'Mar 2026: 1.4 M ₸.', significance: 'Medium' as const };
    const parsed = analysisSchema.parse({
      headline: 'h',
      insights: [insight, 'Total total_amount: 1,200'],
      explanation: 'e',
      suggested_questions: [],
    });
    expect(parsed.insights).toEqual([
      insight,
      { title: 'Total total_amount', description: 'Total total_amount: 1,200', significance: 'Medium' },
    ]);
    expect(() =>
      analysisSchema.parse({
        headline: 'h',
        insights: [{ title: 't', description: 'd', significance: 'Huge' }],
        explanation: 'e',
        suggested_questions: [],
      }),
    ).toThrow();
  });
});
