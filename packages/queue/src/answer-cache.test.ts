import { describe, expect, it } from 'vitest';
import {
  CLOCK_RESULT_TTL_SECONDS,
  normalizeForCache,
  resultTtlSeconds,
  STABLE_RESULT_TTL_SECONDS,
  sqlReadsClock,
} from './answer-cache.js';

describe('result TTL', () => {
  it.each([
    'SELECT count(*) FROM transactions WHERE transaction_timestamp >= current_date',
    "SELECT count(*) FROM transactions WHERE transaction_timestamp >= now() - interval '1 day'",
    'SELECT count(*) FROM transactions WHERE transaction_timestamp >= NOW ()',
    'SELECT CURRENT_TIMESTAMP',
    'SELECT localtimestamp',
    "SELECT date_trunc('month', LOCALTIME)",
    "SELECT count(*) FROM transactions WHERE transaction_timestamp >= 'today'::date",
    'SELECT statement_timestamp()',
    'SELECT transaction_timestamp()',
  ])('5 min when the SQL reads the clock: %s', (sql) => {
    expect(sqlReadsClock(sql)).toBe(true);
    expect(resultTtlSeconds(sql)).toBe(CLOCK_RESULT_TTL_SECONDS);
  });

  it.each([
    'SELECT mcc_category, sum(transaction_amount_kzt) FROM transactions GROUP BY 1',
    // the column, not the function
    "SELECT count(*) FROM transactions WHERE transaction_timestamp >= '2025-01-01'",
    "SELECT count(*) FROM transactions WHERE merchant_city = 'Nowhere'",
  ])('30 min otherwise: %s', (sql) => {
    expect(sqlReadsClock(sql)).toBe(false);
    expect(resultTtlSeconds(sql)).toBe(STABLE_RESULT_TTL_SECONDS);
  });
});

describe('normalizeForCache', () => {
  it('ignores case, white space and trailing punctuation, not words', () => {
    expect(normalizeForCache('  How many   transactions TODAY?  ')).toBe('how many transactions today');
    expect(normalizeForCache('Сколько транзакций вчера?')).toBe(
      normalizeForCache('сколько  транзакций вчера'),
    );
    expect(normalizeForCache('top 5 categories')).not.toBe(normalizeForCache('top 3 categories'));
  });
});
