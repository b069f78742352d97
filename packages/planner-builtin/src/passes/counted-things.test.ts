import { describe, expect, it } from 'vitest';
import { readCountedThings } from './counted-things.js';
import { runPass } from './testing.js';

const draftOf = (q: string) => runPass(readCountedThings, q).after.draft;

describe('counted things pass', () => {
  it('counts distinct cards when cards are counted or said unique', () => {
    expect(draftOf('how many cards paid online').measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
    ]);
    expect(draftOf('unique customers in Almaty').measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
    ]);
  });

  it('refuses a breakdown "by card" but not the cards of a bank', () => {
    expect(draftOf('spend by card').issues).toEqual([{ kind: 'per_card' }]);
    expect(draftOf('сумма по картам Каспи').issues).toEqual([]);
  });

  it('notes that the question is about transactions', () => {
    expect(draftOf('payments yesterday').hasEntity).toBe(true);
    expect(draftOf('cards yesterday').hasEntity).toBe(false);
  });

  it('notes a noun for transactions of a kind as countable, not as a measure', () => {
    const draft = draftOf('withdrawals by bank');
    expect(draft.countable).toBe(true);
    expect(draft.measures).toEqual([]);
    expect(draftOf('online by bank').countable).toBe(false);
  });
});
