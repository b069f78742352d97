import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../builtin-planner.js';
import { sqlLineOf, TEST_CONTEXT } from './testing.js';

describe('when the first or the last payment of a kind happened', () => {
  it.each([
    [
      'When was the first Apple Pay payment in Aktobe?',
      'min(transaction_timestamp)',
      "merchant_city = 'Aktobe'",
    ],
    ['the most recent ECOM transaction of Jusan Bank', 'max(transaction_timestamp)', "'ECOM'"],
    ['Когда была последняя операция в евро в октябре 2026?', 'max(transaction_timestamp)', "'EUR'"],
    ['Шымкентте алғашқы QR төлем қашан болды?', 'min(transaction_timestamp)', "'QR_Code'"],
  ])('%s', (question, aggregate, filter) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(aggregate);
    expect(sql).toContain(filter);
    expect(sql).not.toContain('count(');
  });

  it.each([
    ['When was the last time a payment was made with Google Pay in Aktobe?', 'max(transaction_timestamp)'],
    ['Когда в последний раз снимали наличные в Таразе?', 'max(transaction_timestamp)'],
    ['Шымкентте QR арқылы соңғы рет қашан төледі?', 'max(transaction_timestamp)'],
  ])('%s: "the last time" asked with "when"', (question, aggregate) => {
    expect(sqlLineOf(question)).toContain(aggregate);
  });

  it('the first and the last together, for each group', () => {
    const sql = sqlLineOf('First and last transaction in lira, by bank, in 2025');
    expect(sql).toContain('min(transaction_timestamp)');
    expect(sql).toContain('max(transaction_timestamp)');
    expect(sql).toContain('GROUP BY issuer_bank_name');
  });

  it('a count beside the time of the last is of them all', () => {
    const sql = sqlLineOf('Number of payments yesterday and the time of the last payment');
    expect(sql).toContain('count(*)');
    expect(sql).toContain('max(transaction_timestamp)');
  });

  it.each([
    'When was the first payment in dollars, and how much was it in dollars?',
    'Последняя операция в Турции: дата и сумма',
  ])('%s: the time and the amount of one payment are a row of it, asked back', (question) => {
    expect(understandQuestion(question, TEST_CONTEXT).kind).not.toBe('sql');
  });

  it.each([
    ['number of transactions in the first quarter of 2026', "'2026-04-01'"],
    ['last month transactions in Almaty', "date_trunc('month', current_date) - interval '1 month'"],
    ['соңғы 30 күндегі төлемдер саны', 'current_date - 29'],
  ])('%s: first and last of periods are read as before', (question, period) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(period);
    expect(sql).not.toContain('min(transaction_timestamp)');
    expect(sql).not.toContain('max(transaction_timestamp)');
  });
});
