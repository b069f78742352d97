import { describe, expect, it } from 'vitest';
import { rangeStart, readAmountFilters } from './amount-filters.js';
import { runPass, usedBy } from './testing.js';

const filters = (q: string) => runPass(readAmountFilters, q).after.draft.filters.map((f) => f.filter);

describe('amount filters pass', () => {
  it('rangeStart scales the lower end only when it fits below the upper end', () => {
    expect(rangeStart(5, false, 10_000, 1000)).toBe(5000);
    expect(rangeStart(500, false, 10_000, 1000)).toBe(500);
    expect(rangeStart(5000, true, 10_000, 1000)).toBe(5000);
    expect(rangeStart(5, false, 10, undefined)).toBe(5);
  });

  it('reads a comparator with its number and the tenge after it', () => {
    const run = runPass(readAmountFilters, 'payments of more than 20000 tenge');
    expect(run.after.draft.filters.map((f) => f.filter)).toEqual([{ kind: 'amount', op: '>', value: 20000 }]);
    expect(usedBy(run)).toEqual(['more than', '20000', 'tenge']);
  });

  it('reads ranges, with one multiplier for both ends when that fits', () => {
    expect(filters('покупки от 3 до 7 тыс')).toEqual([{ kind: 'amount_between', min: 3000, max: 7000 }]);
    expect(filters('spend between 100 and 900 tenge')).toEqual([
      { kind: 'amount_between', min: 100, max: 900 },
    ]);
  });

  it('reads Kazakh postpositions after the number', () => {
    expect(filters('20 мың теңгеден асатын төлемдер')).toEqual([{ kind: 'amount', op: '>', value: 20000 }]);
  });

  it('leaves a weak comparator without a number as a plain word, used up', () => {
    const run = runPass(readAmountFilters, 'spend from restaurants');
    expect(run.after.draft.filters).toEqual([]);
    expect(usedBy(run)).toEqual(['from']);
  });

  it('makes the filter the base of a share after "among"', () => {
    const { after } = runPass(readAmountFilters, 'share of online among payments over 5000');
    expect(after.draft.filters).toEqual([{ filter: { kind: 'amount', op: '>', value: 5000 }, role: 'base' }]);
  });

  it('asks back about a condition on a count ("merchants with more than 5 transactions")', () => {
    const { after } = runPass(readAmountFilters, 'merchants with more than 5 transactions');
    expect(after.draft.issues).toContainEqual({ kind: 'count_condition' });
  });

  it('reads two amounts joined by a dash as a range only when they are money', () => {
    expect(filters('payments 1 500-3 000 tenge')).toEqual([{ kind: 'amount_between', min: 1500, max: 3000 }]);
    expect(filters('платежи 2-4 млн')).toEqual([{ kind: 'amount_between', min: 2_000_000, max: 4_000_000 }]);
    expect(filters('spend 1-15 March')).toEqual([]);
  });
});
