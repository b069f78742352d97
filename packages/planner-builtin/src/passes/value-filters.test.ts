import { describe, expect, it } from 'vitest';
import { runPass } from './testing.js';
import { readValueFilters } from './value-filters.js';

const filters = (q: string) => runPass(readValueFilters, q).after.draft.filters.map((f) => f.filter);

describe('value filters pass', () => {
  it('joins values of one column into one IN list', () => {
    expect(filters('count in Taraz, Pavlodar and Aktobe')).toEqual([
      { kind: 'values', column: 'merchant_city', negated: false, values: ['Taraz', 'Pavlodar', 'Aktobe'] },
    ]);
  });

  it('negates what a negation covers, and keeps the rest', () => {
    expect(filters('online spend except Jusan')).toEqual([
      { kind: 'values', column: 'transaction_type', negated: false, values: ['ECOM'] },
      { kind: 'values', column: 'issuer_bank_name', negated: true, values: ['Jusan Bank'] },
    ]);
    expect(filters('outside Kazakhstan')).toEqual([
      { kind: 'values', column: 'acquirer_country_iso', negated: true, values: ['KAZ'] },
    ]);
    expect(filters('платежи не за границей')).toEqual([
      { kind: 'values', column: 'acquirer_country_iso', negated: false, values: ['KAZ'] },
    ]);
  });

  it('reverses the filter before a Kazakh postposed negation', () => {
    expect(filters('Шымкенттен басқа қалалардағы сома')).toEqual([
      { kind: 'values', column: 'merchant_city', negated: true, values: ['Shymkent'] },
    ]);
  });

  it('reads wallets, weekdays, currencies and ids', () => {
    expect(filters('payments without a wallet')).toEqual([
      { kind: 'presence', column: 'wallet_type', present: false },
    ]);
    expect(filters('count not on weekends')).toEqual([{ kind: 'weekday', days: [1, 2, 3, 4, 5] }]);
    expect(filters('amount excluding KZT')).toEqual([
      { kind: 'values', column: 'transaction_currency', negated: true, values: ['KZT'] },
    ]);
    expect(filters('spend at MCC 5411 or 5912')).toEqual([
      { kind: 'ids', column: 'merchant_mcc', negated: false, values: [5411, 5912] },
    ]);
  });

  it('keeps "amount in tenge" free of a currency filter', () => {
    expect(filters('amount in tenge')).toEqual([]);
  });
});
