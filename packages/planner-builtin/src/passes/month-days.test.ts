import { describe, expect, it } from 'vitest';
import { sqlLineOf } from './testing.js';

const DAY = 'extract(day FROM transaction_timestamp)';

describe('days of the month, whichever month', () => {
  it.each([
    ['How many transactions were made on the 31st of a month during 2025?', `${DAY} = 31`],
    ['How many transactions on the 1st of each month in 2025?', `${DAY} = 1`],
    ['How many bill payments were made on days 1 to 10 of the month in 2026?', `${DAY} BETWEEN 1 AND 10`],
    ['Сколько операций 25-го числа месяца в 2026?', `${DAY} = 25`],
    ['Сколько операций 1–10 числа в 2026?', `${DAY} BETWEEN 1 AND 10`],
    ['Сколько операций с 1 по 10 число месяца в 2026 году?', `${DAY} BETWEEN 1 AND 10`],
    ['количество операций с 5 по 7 число и с 20 по 22 число в 2026', `${DAY} IN (5, 6, 7, 20, 21, 22)`],
    ['2026 жылы айдың 25-і күндері қанша операция болды', `${DAY} = 25`],
    ['2026 жылы айдың 5-і мен 20-сында қанша операция болды?', `${DAY} IN (5, 20)`],
  ])('%s', (question, condition) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(condition);
    expect(sql).toMatch(/transaction_timestamp >= '20\d\d-01-01'/);
  });

  it.each([
    'How many transactions between the 5th and the 20th of the month in 2026?',
    'How many transactions from the 5th to the 20th of the month in 2026?',
    '2026 жылы айдың 5-і мен 20-сы аралығында қанша операция болды?',
  ])('between two days, or from one to the other, is the range: %s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`${DAY} BETWEEN 5 AND 20`);
    expect(sql).not.toContain('transaction_amount_kzt');
  });

  it.each([
    'How many salary credits in 2026 except on the 5th and the 20th of the month?',
    'Сколько зарплат в 2026 году кроме 5-го и 20-го числа?',
    'How many transactions between the 20th and the 5th of the month in 2026?',
  ])('what it does not read it asks back, never the days themselves: %s', (question) => {
    expect(sqlLineOf(question)).toBe('(clarify)');
  });

  it('paydays named by the salary with their days in brackets are those days, not salary payments', () => {
    const sql = sqlLineOf('2026 жылы жалақы күндері (айдың 5-і мен 20-сы) жалпы айналым қанша болды?');
    expect(sql).toContain(`${DAY} IN (5, 20)`);
    expect(sql).not.toContain('SALARY');
  });

  it.each([
    // a range of dates in a named month
    ['Сколько операций с 1 по 10 ноября 2026?', "transaction_timestamp < '2026-11-11'"],
    // a date: the 1st of this month, as the start of a range
    ['Валютный оборот с 1-го числа текущего месяца по сегодня', 'date_trunc'],
  ])('a date is no day of every month: %s', (question, expected) => {
    const sql = sqlLineOf(question);
    expect(sql).not.toContain(DAY);
    if (sql !== '(clarify)') expect(sql).toContain(expected);
  });

  it('two days set side by side are two figures: asked back, not one total over both', () => {
    expect(sqlLineOf('В прошлом месяце: количество зарплатных зачислений 5-го и 20-го числа, рядом.')).toBe(
      '(clarify)',
    );
    expect(sqlLineOf('2026 жылғы қарашада айдың 5-і мен 20-сындағы жалақы сомасы қанша? Қатар қойып.')).toBe(
      '(clarify)',
    );
  });
});
