import { describe, expect, it } from 'vitest';
import { cardWordRole, readCardWords } from './card-words.js';
import { runPass } from './testing.js';

describe('card words pass', () => {
  it('cardWordRole refuses whatever would single out a card', () => {
    const base = { namesBank: false, asked: false, ranked: false, listed: false, aboutMoney: false };
    expect(cardWordRole({ ...base, namesBank: true })).toBe('bank_cards');
    expect(cardWordRole({ ...base, namesBank: true, ranked: true, aboutMoney: true })).toBe('bank_cards');
    expect(cardWordRole({ ...base, namesBank: true, asked: true, ranked: true, aboutMoney: true })).toBe(
      'per_card',
    );
    expect(cardWordRole({ ...base, ranked: true, aboutMoney: true })).toBe('per_card');
    expect(cardWordRole({ ...base, listed: true })).toBe('per_card');
    expect(cardWordRole({ ...base, aboutMoney: true })).toBe('subject');
    expect(cardWordRole(base)).toBe('per_card');
  });

  it('refuses a ranking of cards and keeps cards that are the subject or a bank’s', () => {
    expect(runPass(readCardWords, 'which customers spent the most').after.draft.issues).toContainEqual({
      kind: 'per_card',
    });
    expect(runPass(readCardWords, 'what did customers spend in cafes').after.draft.issues).toEqual([]);
    expect(runPass(readCardWords, 'платежи клиентов Халыка').after.draft.issues).toEqual([]);
  });
});
