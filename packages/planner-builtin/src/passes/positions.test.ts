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

describe('the place one value holds', () => {
  it.each([
    ['What rank is Shymkent among the cities by turnover in 2024?', 'merchant_city', 'Shymkent'],
    [
      'Where does Jusan Bank rank among the issuers by ATM withdrawal amount in 2024?',
      'issuer_bank_name',
      'Jusan Bank',
    ],
    [
      'Where does Grocery & Food Markets stand among all categories by POS turnover in 2024?',
      'mcc_category',
      'Grocery & Food Markets',
    ],
    [
      'What place does Electronics & Software take among the categories by ECOM turnover in 2024?',
      'mcc_category',
      'Electronics & Software',
    ],
    ['На каком месте Шымкент по обороту POS в первом полугодии 2024 года?', 'merchant_city', 'Shymkent'],
    [
      'На каком месте Kaspi Bank среди банков по среднему чеку за 2024 год?',
      'issuer_bank_name',
      'Kaspi Bank',
    ],
    [
      '2024 жылы операциялар саны бойынша Өскемен қалалар арасында нешінші орында?',
      'merchant_city',
      'Oskemen',
    ],
  ])('%s', (question, column, value) => {
    const frame = frameOf(question);
    expect(frame.placeOf).toEqual({ value });
    expect(frame.dimensions).toEqual([column]);
    expect(frame.filters.some((f) => f.kind === 'values' && f.values.includes(value))).toBe(false);
    const line = sqlLineOf(question);
    // Every group ranked (no filter of the value inside), the value's place picked outside.
    expect(line).toMatch(
      /^SELECT place FROM \( SELECT \w+, rank\(\) OVER \(ORDER BY .+ DESC NULLS LAST\) AS place /,
    );
    expect(line.endsWith(`) AS ranked WHERE ${column} = '${value}'`)).toBe(true);
  });

  it("with the value's figure when that is asked too", () => {
    const question =
      "What is Halyk Bank's position among the banks by number of P2P_OUT transfers in 2024, and how many did it make?";
    expect(frameOf(question).placeOf).toEqual({ value: 'Halyk Bank', withFigure: true });
    expect(sqlLineOf(question)).toMatch(
      /^SELECT place, transaction_count FROM \( SELECT issuer_bank_name, count\(\*\) AS transaction_count, rank\(\)/,
    );
  });

  it('a blank takes no place: the payments with no wallet are not among the wallets ranked', () => {
    const line = sqlLineOf('На каком месте Google Pay среди кошельков по обороту за 2024 год?');
    expect(line).toContain(
      "AND wallet_type IS NOT NULL GROUP BY wallet_type ) AS ranked WHERE wallet_type = 'Google Pay'",
    );
  });

  it('the explanation names the place asked', () => {
    const en = understandQuestion(
      'What rank is Shymkent among the cities by turnover in 2024?',
      TEST_CONTEXT,
    );
    const ru = understandQuestion('На каком месте Шымкент по обороту в 2024 году?', TEST_CONTEXT);
    expect(en.kind === 'sql' && en.explanation).toContain('the place of Shymkent');
    expect(ru.kind === 'sql' && ru.explanation).toContain('место: Shymkent');
  });

  it('a place named asks for the value there, not the place of one', () => {
    expect(frameOf('Which city is in second place by turnover in 2024?').placeOf).toBeUndefined();
  });

  it('the rank of a value over periods is still asked back', () => {
    const result = understandQuestion(
      'What rank did Almaty have by turnover in each month of 2024?',
      TEST_CONTEXT,
    );
    expect(result.kind).not.toBe('sql');
  });
});
