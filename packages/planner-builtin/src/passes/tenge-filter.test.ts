import { describe, expect, it } from 'vitest';
import { readTengeFilter } from './tenge-filter.js';
import { runPass } from './testing.js';

const filters = (q: string) => runPass(readTengeFilter, q).after.draft.filters.map((f) => f.filter);

describe('tenge filter pass', () => {
  it('filters the currency when transactions are counted in tenge', () => {
    expect(filters('how many payments in KZT')).toEqual([
      { kind: 'values', column: 'transaction_currency', negated: false, values: ['KZT'] },
    ]);
  });

  it('reads the tenge as the unit of an amount', () => {
    expect(filters('total spend in tenge')).toEqual([]);
  });
});
