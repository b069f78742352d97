import { describe, expect, it } from 'vitest';
import { detectPeriodUnit, formatPeriodLabel, formatPeriodLabels, isCurrentPeriod } from './period-labels.js';

describe('detectPeriodUnit', () => {
  it('reads the unit from the values when the SQL does not say', () => {
    expect(detectPeriodUnit(['2026-01-01 00:00:00+05', '2026-02-01 00:00:00+05'])).toBe('month');
    expect(detectPeriodUnit(['2026-11-24 00:00:00+05', '2026-11-25 00:00:00+05'])).toBe('day');
    expect(detectPeriodUnit(['2026-11-24 14:00:00+05', '2026-11-24 15:00:00+05'])).toBe('hour');
    expect(detectPeriodUnit(['2026-11-16 00:00:00+05', '2026-11-23 00:00:00+05'])).toBe('week');
    expect(detectPeriodUnit(['2025-01-01 00:00:00+05', '2026-01-01 00:00:00+05'])).toBe('year');
    expect(detectPeriodUnit(['2026-01-01'])).toBe('month');
  });

  it('takes date_trunc’s unit from the select list when the values fit it', () => {
    const sql =
      "SELECT date_trunc('quarter', transaction_timestamp) AS quarter, count(*) FROM transactions WHERE transaction_timestamp >= date_trunc('year', current_date) GROUP BY 1";
    expect(detectPeriodUnit(['2026-01-01 00:00:00+05', '2026-04-01 00:00:00+05'], sql)).toBe('quarter');
    // A lone day on the 1st is a day when the SQL says so, not a month.
    expect(detectPeriodUnit(['2026-11-01 00:00:00+05'], "SELECT date_trunc('day', ts) FROM t")).toBe('day');
    // A unit the values do not fit is ignored.
    expect(
      detectPeriodUnit(
        ['2026-11-24 00:00:00+05', '2026-11-25 00:00:00+05'],
        "SELECT date_trunc('month', ts) FROM t",
      ),
    ).toBe('day');
  });

  it('says null for raw timestamps and for values that are not timestamps', () => {
    expect(detectPeriodUnit(['2026-11-24 14:03:11+05'])).toBeNull();
    expect(detectPeriodUnit(['Almaty', 'Astana'])).toBeNull();
    expect(detectPeriodUnit([1, 2])).toBeNull();
  });
});

describe('formatPeriodLabel', () => {
  it('writes months, days, hours, weeks, quarters and years in the asker’s language', () => {
    const jan = '2026-01-01 00:00:00+05';
    expect(formatPeriodLabel(jan, 'month', 'en')).toBe('Jan 2026');
    expect(formatPeriodLabel(jan, 'month', 'ru')).toBe('янв 2026');
    expect(formatPeriodLabel(jan, 'month', 'kk')).toBe('қаң 2026');
    const monday = '2025-11-24 00:00:00+05';
    expect(formatPeriodLabel(monday, 'day', 'en')).toBe('Mon 24 Nov');
    expect(formatPeriodLabel(monday, 'day', 'ru')).toBe('пн 24 нояб');
    expect(formatPeriodLabel(monday, 'day', 'kk')).toBe('дс 24 қар');
    expect(formatPeriodLabel('2025-11-24 14:00:00+05', 'hour', 'en')).toBe('14:00');
    expect(formatPeriodLabel(monday, 'week', 'en')).toBe('24 Nov – 30 Nov');
    expect(formatPeriodLabel('2025-12-29 00:00:00+05', 'week', 'ru')).toBe('29 дек – 4 янв');
    expect(formatPeriodLabel('2026-04-01 00:00:00+05', 'quarter', 'en')).toBe('Q2 2026');
    expect(formatPeriodLabel(jan, 'year', 'kk')).toBe('2026');
  });

  it('does not shift the wall clock by the offset or by the machine’s zone', () => {
    expect(formatPeriodLabel('2026-01-01T00:00:00.000Z', 'month', 'en')).toBe('Jan 2026');
    expect(formatPeriodLabel('2026-03-01 00:00:00-08', 'month', 'en')).toBe('Mar 2026');
  });

  it('gives hours their day when the series spans several days', () => {
    expect(formatPeriodLabels(['2025-11-24 23:00:00+05', '2025-11-25 00:00:00+05'], 'hour', 'en')).toEqual([
      '24 Nov 23:00',
      '25 Nov 00:00',
    ]);
  });
});

describe('isCurrentPeriod', () => {
  const now = new Date('2026-11-30T20:30:00Z'); // 01:30 on 1 December in Almaty (+05)
  it('knows the running period in the caller’s zone', () => {
    expect(isCurrentPeriod('2026-12-01 00:00:00+05', 'month', now, 'Asia/Almaty')).toBe(true);
    expect(isCurrentPeriod('2026-11-01 00:00:00+05', 'month', now, 'Asia/Almaty')).toBe(false);
    expect(isCurrentPeriod('2026-11-01 00:00:00+00', 'month', now, 'UTC')).toBe(true);
    expect(isCurrentPeriod('2026-11-30 00:00:00+00', 'week', now, 'UTC')).toBe(true);
  });
});
