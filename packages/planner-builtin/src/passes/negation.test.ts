import { describe, expect, it } from 'vitest';
import { negateFilter, resolveNegation } from './negation.js';
import { runPass } from './testing.js';

const negatedWords = (q: string) => {
  const { after } = runPass(resolveNegation, q);
  return [...after.notes.negatedSlots].map((i) => after.slots[i]!.item.text);
};

describe('negation pass', () => {
  it('negateFilter flips each kind of condition', () => {
    expect(
      negateFilter({ kind: 'values', column: 'merchant_city', negated: false, values: ['Almaty'] }),
    ).toEqual({ kind: 'values', column: 'merchant_city', negated: true, values: ['Almaty'] });
    expect(negateFilter({ kind: 'weekday', days: [6, 7] })).toEqual({
      kind: 'weekday',
      days: [1, 2, 3, 4, 5],
    });
    expect(negateFilter({ kind: 'presence', column: 'wallet_type', present: true })).toEqual({
      kind: 'presence',
      column: 'wallet_type',
      present: false,
    });
    expect(negateFilter({ kind: 'amount', op: '>', value: 5 })).toEqual({
      kind: 'amount',
      op: '<=',
      value: 5,
    });
  });

  it('covers the values after the negation, across "and" / "or"', () => {
    expect(negatedWords('spend excluding Kaspi and Halyk')).toEqual(['kaspi', 'halyk']);
    expect(negatedWords('сумма кроме аптек или такси')).toEqual(['аптек', 'такси']);
    expect(negatedWords('not online payments in Astana')).toEqual(['online']);
  });

  it('covers an id column with its ids, and the tenge as a currency', () => {
    expect(negatedWords('count except MCC 5999')).toEqual(['mcc']);
    expect(negatedWords('amount excluding KZT')).toEqual(['kzt']);
  });

  it('reports a negation that covers nothing', () => {
    const { after } = runPass(resolveNegation, 'spend not by city');
    expect(after.draft.issues).toEqual([{ kind: 'unknown_words', words: ['not'] }]);
  });

  it('leaves postposed negations to the value filters', () => {
    const { after } = runPass(resolveNegation, 'Алматыдан басқа қалалар');
    expect(after.notes.negatedSlots.size).toBe(0);
    expect(after.slots.find((s) => s.item.text === 'басқа')?.used).toBe(false);
  });

  it('ends at a value of another column that a preposition opens', () => {
    expect(negatedWords('spend except cafes in Taraz')).toEqual(['cafes']);
    expect(negatedWords('сумма без аптек в Павлодаре')).toEqual(['аптек']);
    expect(negatedWords('spend except cafes and in Taraz')).toEqual(['cafes', 'taraz']);
  });

  it('asks back when a value of another column follows with nothing between', () => {
    const { after } = runPass(resolveNegation, 'spend except Jusan contactless payments');
    expect(after.draft.issues).toEqual([{ kind: 'ambiguous_negation' }]);
    expect([...after.notes.negatedSlots].map((k) => after.slots[k]!.item.text)).toEqual(['jusan']);
  });
});
