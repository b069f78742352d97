import { describe, expect, it } from 'vitest';
import { formatQuantity, measureOf } from './measure-words.js';

describe('measureOf', () => {
  it.each([
    ['p90_amount', 'The 90th percentile payment', '90-й перцентиль платежа'],
    ['p99_5_amount', 'The 99.5th percentile payment', '99.5-й перцентиль платежа'],
    ['p25', 'The 25th percentile payment', '25-й перцентиль платежа'],
  ])('%s is a percentile of the amount, named with its number', (column, en, ru) => {
    const m = measureOf(column);
    expect(m.kind).toBe('percentile');
    expect(m.subject.en).toBe(en);
    expect(m.subject.ru).toBe(ru);
    expect(formatQuantity(m, 12_500, 'en')).toContain('₸');
  });

  it.each(['top_amount', 'pos_count', 'shop_count'])('%s is not read as a percentile', (column) => {
    expect(measureOf(column).kind).not.toBe('percentile');
  });
});

describe('a difference of two periods', () => {
  it.each([
    ['total_amount_difference', true, 'The difference in spending'],
    ['transaction_count_difference', false, 'The difference in transactions'],
  ])('%s keeps the unit of what is compared', (column, money, en) => {
    const m = measureOf(column);
    expect(m.kind).not.toBe('change');
    expect(m.money).toBe(money);
    expect(m.subject.en).toBe(en);
    expect(formatQuantity(m, 1500, 'en')).not.toContain('%');
  });
});

describe('a ratio per card', () => {
  it.each([
    ['amount_per_card', true, 'Spending per card', '₸'],
    ['transactions_per_card', false, 'Transactions per card', 'transactions'],
    ['amount_per_merchant', true, 'Spending per merchant', '₸'],
    ['transactions_per_merchant', false, 'Transactions per merchant', 'transactions'],
    ['amount_per_day', true, 'Spending per day', '₸'],
    ['transactions_per_month', false, 'Transactions per month', 'transactions'],
  ])('%s is in the unit of what is divided, not a count of cards', (column, money, en, unit) => {
    const m = measureOf(column);
    expect(m.kind).not.toBe('cards');
    expect(m.money).toBe(money);
    expect(m.additive).toBe(false);
    expect(m.subject.en).toBe(en);
    expect(formatQuantity(m, 3.4, 'en')).toContain(unit);
  });
});
