import { describe, expect, it } from 'vitest';
import { readMeasures } from './measures.js';
import { runPass } from './testing.js';

const draftOf = (q: string) => runPass(readMeasures, q).after.draft;

describe('measures pass', () => {
  it('binds an aggregate to its noun, before or after it', () => {
    expect(draftOf('mean purchase amount').measures).toEqual([{ fn: 'avg' }]);
    expect(draftOf('төлем сомасының медианасы').measures).toEqual([{ fn: 'median' }]);
    expect(draftOf('average check and median check').issues).toEqual([]);
  });

  it('reads totals as a sum, or a count when a count noun follows', () => {
    expect(draftOf('total spend in Astana').measures).toEqual([{ fn: 'sum' }]);
    expect(draftOf('total number of payments').measures).toEqual([{ fn: 'count' }]);
  });

  it('reads "how much" as a count only when no amount is named', () => {
    expect(draftOf('сколько операций вчера').measures).toEqual([{ fn: 'count' }]);
    expect(draftOf('сколько потратили на такси').measures).toEqual([{ fn: 'sum' }]);
    expect(draftOf('кеше сома қанша').measures).toEqual([{ fn: 'sum' }]);
  });

  it('asks back about an average of counts or of nothing named', () => {
    expect(draftOf('how many payments per day on average').issues).toContainEqual({ kind: 'avg_of_counts' });
    expect(draftOf('average per week').issues).toContainEqual({ kind: 'ambiguous_measure' });
  });

  it('binds through describing values and nouns for kinds of transactions', () => {
    expect(draftOf('average Kaspi online purchase amount').issues).toEqual([]);
    expect(draftOf('average incoming transfer').issues).toEqual([]);
    expect(draftOf('средний чек онлайн').issues).toEqual([]);
  });

  it('asks back about an average of a plural noun per period', () => {
    expect(draftOf('average withdrawals per month').issues).toContainEqual({ kind: 'avg_of_counts' });
    expect(draftOf('average purchases by week').issues).toContainEqual({ kind: 'avg_of_counts' });
  });
});
