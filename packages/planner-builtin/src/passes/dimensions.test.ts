import { describe, expect, it } from 'vitest';
import { readDimensions } from './dimensions.js';
import { frameOf, runPass } from './testing.js';

const draftOf = (q: string) => runPass(readDimensions, q).after.draft;

describe('dimensions pass', () => {
  it('reads a breakdown', () => {
    expect(draftOf('spend by country').dimensions).toEqual(['acquirer_country_iso']);
    expect(draftOf('валюталар бойынша сома').dimensions).toEqual(['transaction_currency']);
  });

  it('counts a counted column distinctly', () => {
    expect(draftOf('how many shops in Taraz').measures).toEqual([
      { fn: 'count_distinct', column: 'merchant_id' },
    ]);
    expect(draftOf('сколько банков').measures).toEqual([
      { fn: 'count_distinct', column: 'issuer_bank_name' },
    ]);
  });

  it('does not break down by a word that only names the column of a value', () => {
    expect(draftOf('spend in the city of Taraz').dimensions).toEqual([]);
    expect(draftOf('сумма в категории аптеки').dimensions).toEqual([]);
  });

  it('does break down over a listed set of values', () => {
    expect(draftOf('сумма по городам Тараз и Павлодар').dimensions).toEqual(['merchant_city']);
  });

  it('breaks down over what an excluded value leaves', () => {
    expect(draftOf('spend by currency, foreign currencies only').dimensions).toEqual([
      'transaction_currency',
    ]);
    expect(draftOf('сумма по городам кроме Тараза').dimensions).toEqual(['merchant_city']);
  });

  it('«по стране» alone is the whole country; beside another column, of an acquirer or of foreign payments, a breakdown', () => {
    const dims = (q: string) => frameOf(q).dimensions;
    expect(dims('Оборот по стране за октябрь 2026')).toEqual([]);
    expect(
      dims('Будни и выходные: средний чек в ресторанах по стране за 2025, каждый отдельной строкой'),
    ).toEqual(['weekend']);
    expect(dims('Разбей зарубежные онлайн-покупки за прошлый месяц по стране и валюте')).toEqual([
      'acquirer_country_iso',
      'transaction_currency',
    ]);
    expect(dims('Количество операций по банку и стране за 2025')).toEqual([
      'issuer_bank_name',
      'acquirer_country_iso',
    ]);
    expect(dims('Онлайн-покупки за 2026 год по стране эквайера: количество')).toEqual([
      'acquirer_country_iso',
    ]);
    expect(dims('Операции за рубежом по стране за 2025')).toEqual(['acquirer_country_iso']);
    expect(dims('Оборот по странам за октябрь 2026')).toEqual(['acquirer_country_iso']);
  });
});
