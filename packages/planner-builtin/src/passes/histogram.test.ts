import { describe, expect, it } from 'vitest';
import { readHistogram } from './histogram.js';
import { runPass } from './testing.js';

describe('histogram pass', () => {
  it('marks "by amount" with nothing used for it', () => {
    expect(runPass(readHistogram, 'transactions by amount').after.draft.byMeasure).toBe(true);
    expect(runPass(readHistogram, 'платежи по количеству').after.draft.byMeasure).toBe(true);
    expect(runPass(readHistogram, 'amount by bank').after.draft.byMeasure).toBe(false);
  });
});
