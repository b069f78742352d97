import { describe, expect, it } from 'vitest';
import { settleMeasures } from './settle-measures.js';
import { frameOf, runPass } from './testing.js';

describe('settle measures pass', () => {
  it('counts transactions when nothing else is measured', () => {
    expect(runPass(settleMeasures, 'payments by bank').after.draft.measures).toEqual([{ fn: 'count' }]);
  });

  it('asks back instead of listing rows', () => {
    expect(runPass(settleMeasures, 'show all payments from yesterday').after.draft.issues).toContainEqual({
      kind: 'listing',
    });
  });

  it('keeps each measure once', () => {
    expect(runPass(settleMeasures, 'sum and total amount').after.draft.measures).toEqual([{ fn: 'sum' }]);
  });

  it('counts the payments that open the question beside a figure added "too", «плюс»', () => {
    const measures = (q: string) => frameOf(q).measures;
    const both = [{ fn: 'count' }, { fn: 'sum' }];
    expect(measures("Rows per day for 1–7 Nov 2026, with each day's total amount too.")).toEqual(both);
    expect(measures('Transactions per city in October, plus the total amount')).toEqual(both);
    expect(measures('Transactions per city in October, with the total amount')).toEqual(both);
    expect(measures('Операции по дням за ноябрь, плюс общая сумма')).toEqual(both);
    expect(measures('Payments by bank in 2025, the average as well')).toEqual([
      { fn: 'count' },
      { fn: 'avg' },
    ]);
    // nothing added: the figure named is the one asked of the payments
    expect(measures('Payments per bank with the highest average in 2025')).toEqual([{ fn: 'avg' }]);
    expect(measures('Transactions per city in October: total amount')).toEqual([{ fn: 'sum' }]);
    // not the head of the question
    expect(measures('In October, total amount of transactions per city, too')).toEqual([{ fn: 'sum' }]);
  });
});
