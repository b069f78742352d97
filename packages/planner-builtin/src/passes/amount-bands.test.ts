import { describe, expect, it } from 'vitest';
import { readAmountBands } from './amount-bands.js';
import { runPass, usedBy } from './testing.js';

describe('amount bands pass', () => {
  it('turns ranges that follow one another from zero up into bands, and takes "by amount" and "in buckets"', () => {
    const run = runPass(readAmountBands, 'payments by amount in buckets: under 5k, 5-20k, 20k+');
    expect(run.after.draft.bands).toEqual([5_000, 20_000]);
    expect(run.after.draft.dimensions).toEqual(['amount_band']);
    expect(run.after.draft.filters).toEqual([]);
    expect(usedBy(run)).toEqual(['by', 'amount', 'buckets']);
  });

  it('reads a dash pair with no unit between amount conditions as a band («1000–10000»)', () => {
    const run = runPass(readAmountBands, 'покупки по суммам: до 1000, 1000–10000, больше 10000 тенге');
    expect(run.after.draft.bands).toEqual([1_000, 10_000]);
    // («суммам» is the amount filters' already: the label of the condition after it.)
    expect(usedBy(run)).toEqual(['по', '1000', '10000']);
  });

  it('leaves one range, or ranges that overlap, as filters', () => {
    for (const q of ['payments between 5k and 20k', 'payments over 5k and under 20k']) {
      const { after } = runPass(readAmountBands, q);
      expect(after.draft.bands).toBeUndefined();
      expect(after.draft.issues).toEqual([]);
    }
  });

  it('asks back ranges that exclude each other with a gap or no top band', () => {
    for (const q of ['payments under 5k and over 100k', 'payments: under 5k, 5-20k']) {
      const { after } = runPass(readAmountBands, q);
      expect(after.draft.bands).toBeUndefined();
      expect(after.draft.issues).toEqual([{ kind: 'exclusive_amounts' }]);
    }
  });

  it('never reads a pair of years as amounts', () => {
    const { after } = runPass(readAmountBands, 'payments over 5000 tenge in 2025-2026');
    expect(after.draft.bands).toBeUndefined();
  });
});
