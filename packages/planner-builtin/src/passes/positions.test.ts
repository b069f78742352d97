import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../builtin-planner.js';
import { frameOf, sqlLineOf, TEST_CONTEXT } from './testing.js';

describe('places in a ranking', () => {
  it.each([
    ['Which merchant category had the second-largest POS turnover in 2024?', 1, 1],
    ['What was the 3rd busiest hour of the day in October 2024 by number of transactions?', 1, 2],
    ['Which city ranks fifth by number of transactions in 2024?', 1, 4],
    ['Which city is second by ECOM turnover in 2024?', 1, 1],
    ['Which bank is in third place by number of transactions in 2024?', 1, 2],
    ['Какой банк на третьем месте по количеству операций в октябре 2024 года?', 1, 2],
    ['Какая категория вторая по величине оборота в 2024 году?', 1, 1],
    ['2024 жылы ECOM айналымы бойынша екінші орында қай санат тұр?', 1, 1],
    ['2024 жылы төлемдер саны бойынша екінші орындағы әмиян қайсы?', 1, 1],
  ])('one place: %s', (question, limit, offset) => {
    const frame = frameOf(question);
    expect(frame.limit).toBe(limit);
    expect(frame.offset).toBe(offset);
    expect(frame.order).toBe('desc');
    expect(sqlLineOf(question)).toMatch(new RegExp(`LIMIT ${limit} OFFSET ${offset}$`));
  });

  it.each([
    ['Which cities were in positions 4 to 6 by transaction count in 2024?', 3, 3],
    ['MCC codes in positions 6 to 10 by POS turnover in 2024, with the turnover.', 5, 5],
    ['Какие банки занимают места с 3-го по 5-е по обороту за 2024 год?', 3, 2],
    ['2024 жылы операциялар саны бойынша 2–4 орындағы банктер, санымен.', 3, 1],
  ])('a range of places, no amount read from its ends: %s', (question, limit, offset) => {
    const frame = frameOf(question);
    expect(frame.limit).toBe(limit);
    expect(frame.offset).toBe(offset);
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });

  it('says the place in the explanation, in the language asked', () => {
    const en = understandQuestion(
      'Which cities were in positions 4 to 6 by transaction count in 2024?',
      TEST_CONTEXT,
    );
    const ru = understandQuestion(
      'Какой банк на третьем месте по количеству операций в 2024 году?',
      TEST_CONTEXT,
    );
    expect(en.kind === 'sql' && en.explanation).toContain('places 4–6');
    expect(ru.kind === 'sql' && ru.explanation).toContain('место 3');
  });

  it('a yes/no question about one value at a place shows every group ranked', () => {
    const line = sqlLineOf('Правда ли, что Астана на втором месте среди городов по обороту в 2024 году?');
    expect(line).toMatch(/^SELECT merchant_city, sum\(transaction_amount_kzt\)/);
    expect(line).not.toContain('LIMIT');
    expect(line).not.toContain("'Astana'");
  });

  it('an ordinal of a period is no place ("the second quarter", "the first 10 days")', () => {
    expect(frameOf('Turnover by city in the second quarter of 2024').offset).toBeUndefined();
    expect(frameOf('Top 3 cities by turnover in the first 10 days of March 2024').offset).toBeUndefined();
  });

  it('the top N stays the top N', () => {
    const frame = frameOf('Top 3 cities by turnover in 2024');
    expect(frame.limit).toBe(3);
    expect(frame.offset).toBeUndefined();
  });
});
