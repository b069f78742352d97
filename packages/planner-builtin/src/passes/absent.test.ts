import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../builtin-planner.js';
import { frameOf, sqlLineOf, TEST_CONTEXT } from './testing.js';

describe('the values with none of the payments described', () => {
  it.each([
    ['Which wallets were never used for ECOM payments?', 'wallet_type', "transaction_type = 'ECOM'"],
    ['Which cities had not a single transaction in Turkish lira in November 2026?', 'merchant_city', "'TRY'"],
    ['Which cities had no lira payments last month?', 'merchant_city', "'TRY'"],
    ['Which banks did not have a single ATM withdrawal in Taraz?', 'issuer_bank_name', "'Taraz'"],
    [
      'Какие банки ни разу не проводили операции в белорусских рублях в 2026 году?',
      'issuer_bank_name',
      "'BYN'",
    ],
    ['В каких городах не было операций в лирах?', 'merchant_city', "'TRY'"],
    ['Какие кошельки не использовались для онлайн-покупок?', 'wallet_type', "'ECOM'"],
    ['2026 жылы қай санаттарда юаньмен бірде-бір операция болмады?', 'mcc_category', "'CNY'"],
    ['Тараздағы операцияларда қай валюталар мүлдем кездеспеді?', 'transaction_currency', "'Taraz'"],
    ['Қай қалаларда лирамен операция болмады?', 'merchant_city', "'TRY'"],
  ])('%s', (question, column, condition) => {
    const frame = frameOf(question);
    expect(frame.absent).toBe(true);
    expect(frame.dimensions).toEqual([column]);
    const sql = sqlLineOf(question);
    // Every payment is counted; the conditions are the count's, not negated and not the rows'.
    expect(sql).toMatch(/^SELECT \w+ FROM transactions (WHERE \w+ IS NOT NULL )?GROUP BY/);
    expect(sql).toContain(`HAVING count(*) FILTER (WHERE `);
    expect(sql.slice(sql.indexOf('HAVING'))).toContain(condition);
    expect(sql).toContain(') = 0');
    expect(sql).not.toContain('<>');
  });

  it('the blank of a column with blanks is no value of it', () => {
    expect(sqlLineOf('Which entry modes were never used at fuel stations in 2026?')).toContain(
      'WHERE pos_entry_mode IS NOT NULL GROUP BY',
    );
  });

  it('days of a period are those of the period; the period bounds the rows, not the count', () => {
    const sql = sqlLineOf('Which days in November 2026 had not a single ATM withdrawal in Taraz?');
    expect(sql).toMatch(
      /WHERE transaction_timestamp >= '2026-11-01' AND transaction_timestamp < '2026-12-01' GROUP BY/,
    );
    expect(sql).toContain("FILTER (WHERE transaction_type = 'ATM_WITHDRAWAL' AND merchant_city = 'Taraz')");
  });

  it('a filter of the column itself says which values are asked about', () => {
    const sql = sqlLineOf('Which wallets other than Apple Pay were never used for ECOM?');
    expect(sql).toContain(
      "WHERE wallet_type IS NOT NULL AND (wallet_type IS NULL OR wallet_type <> 'Apple Pay')",
    );
    expect(sql).toContain("FILTER (WHERE transaction_type = 'ECOM')");
  });

  it.each([
    'Top 3 cities that never had lira payments',
    'How many cities had not a single lira payment?',
    'Which cities never had lira payments, and how many payments did they have?',
    'What share of cities never had lira payments?',
    'Which wallets other than Apple Pay were never used?',
    'Which months of 2026 had not a single transaction?',
    'Never mind, total for Almaty',
  ])('%s: asked back, not answered as something else', (question) => {
    expect(understandQuestion(question, TEST_CONTEXT).kind).toBe('clarify');
  });

  it.each([
    ['Сколько операций не было в Алматы?', "merchant_city <> 'Almaty'"],
    ['Which cities had payments not in tenge?', "transaction_currency <> 'KZT'"],
    ['Какие банки, не считая Kaspi, лидируют по обороту?', "issuer_bank_name <> 'Kaspi Bank'"],
  ])('%s: a negation of a value stays one', (question, condition) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(condition);
    expect(sql).not.toContain('FILTER');
  });
});
