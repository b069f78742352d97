import { describe, expect, it } from 'vitest';
import { readComparedPeriods, readPeriodSuffix } from './compared-periods.js';
import { shapeResult } from './shape-result.js';

const col = (name: string, type = 'numeric') => ({ name, type });

describe('two periods side by side', () => {
  it.each([
    ['last_month', 'last month'],
    ['this_year', 'this year'],
    ['2026_08', '2026-08'],
    ['2025_q3', '2025 Q3'],
    ['2026', '2026'],
    ['2026_01_01_to_2026_07_01', '2026-01-01 … 2026-07-01'],
    ['yesterday', 'yesterday'],
    ['last_year_to_date', 'last year, to the same day'],
    ['12_months_ago_to_date', '12 months ago, to the same day'],
  ])('%s reads as %s', (suffix, en) => {
    expect(readPeriodSuffix(suffix)?.text.en).toBe(en);
  });
  it.each(['amount', 'q3', 'per_card'])('%s is not a period', (suffix) => {
    expect(readPeriodSuffix(suffix)).toBeNull();
  });
  it('names each period and computes the change from the earlier, whatever the column order', () => {
    const later = readComparedPeriods(
      [col('total_amount_2026_q3'), col('total_amount_2025_q3')],
      [150, 100],
      [0, 1],
      'en',
    );
    expect(later?.parts[0]).toContain('(2026 Q3)');
    expect(later?.change?.replace(/\s/gu, ' ')).toBe('+50.0 %');
  });
  it('gives no change when the order of the periods is unknown, or the earlier is zero', () => {
    expect(
      readComparedPeriods([col('total_amount_this_month'), col('total_amount_2026_08')], [1, 2], [0, 1], 'en')
        ?.change,
    ).toBeNull();
    expect(
      readComparedPeriods(
        [col('total_amount_last_month'), col('total_amount_this_month')],
        [0, 2],
        [0, 1],
        'en',
      )?.change,
    ).toBeNull();
  });
  it('the headline of a one-row comparison reads both periods, not the first number as a label', () => {
    const shaped = shapeResult({
      question: 'compare',
      language: 'ru',
      columns: [col('transaction_count_last_month', 'bigint'), col('transaction_count_this_month', 'bigint')],
      rows: [[1200, 900]],
      truncated: false,
    });
    expect(shaped.analysis.headline.replace(/\s/gu, ' ')).toBe(
      'Число операций (прошлый месяц): 1 200 операций; Число операций (текущий месяц): 900 операций; Изменение: −25,0 %',
    );
  });
});

describe('more period suffixes', () => {
  it.each([
    ['2026_h1', '2026 H1', '2026-01-01'],
    ['2025_h2', '2025 H2', '2025-07-01'],
  ])('%s is a half-year', (suffix, en, order) => {
    expect(readPeriodSuffix(suffix)).toEqual({ text: { en, ru: en, kk: en }, order });
  });
  it('"2_months_ago" comes before last month', () => {
    const ago = readPeriodSuffix('2_months_ago');
    const last = readPeriodSuffix('last_month');
    expect(ago?.text.en).toBe('2 months ago');
    expect(Number(ago?.order)).toBeLessThan(Number(last?.order));
  });
});

describe('a weekend / weekday split', () => {
  it('labels its rows in words', () => {
    const shaped = shapeResult({
      question: 'weekends vs weekdays',
      language: 'en',
      columns: [col('weekend', 'boolean'), col('total_amount')],
      rows: [
        [true, 100],
        [false, 300],
      ],
      truncated: false,
    });
    expect(shaped.chart.data.labels).toEqual(['weekend', 'weekday']);
    expect(shaped.table).toContain('weekday');
  });
  it('reads the planner’s text labels in the asker’s language', () => {
    const shaped = shapeResult({
      question: 'выходные и будни',
      language: 'ru',
      columns: [col('weekend', 'text'), col('total_amount')],
      rows: [
        ['weekend', 100],
        ['weekday', 300],
      ],
      truncated: false,
    });
    expect(shaped.chart.data.labels).toEqual(['выходные', 'будни']);
  });
});
