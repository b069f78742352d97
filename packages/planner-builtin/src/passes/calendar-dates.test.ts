import { describe, expect, it } from 'vitest';
import { attachLeadingYears, type Point } from '../calendar.js';
import { readCalendarDates } from './calendar-dates.js';
import { runPass, TEST_ENV } from './testing.js';

const ranges = (q: string) => runPass(readCalendarDates, q).after.notes.timeRanges.map((t) => t.range);

describe('calendar dates pass', () => {
  it('attachLeadingYears gives a year-first date its year', () => {
    const point = (kind: Point['kind'], year: number | null, start: number, end: number): Point => ({
      kind,
      year,
      month: 11,
      day: 1,
      quarter: 0,
      start,
      end,
    });
    const points = [point('year', 2026, 0, 1), point('day', null, 2, 3)];
    attachLeadingYears(points, (i) => i + 1);
    expect(points).toEqual([{ ...point('day', 2026, 0, 3) }]);
    const apart = [point('year', 2026, 0, 0), point('month', null, 5, 5)];
    attachLeadingYears(apart, (i) => i + 1);
    expect(apart).toHaveLength(2);
  });

  it('reads days, months, quarters and years as calendar spans', () => {
    expect(ranges('spend on 2026-02-14')).toEqual([{ kind: 'dates', from: '2026-02-14', to: '2026-02-15' }]);
    expect(ranges('оборот в феврале 2025 года')).toEqual([
      { kind: 'dates', from: '2025-02-01', to: '2025-03-01' },
    ]);
    expect(ranges('count in Q4 2025')).toEqual([{ kind: 'dates', from: '2025-10-01', to: '2026-01-01' }]);
    expect(ranges('сумма за третий квартал 2025')).toEqual([
      { kind: 'dates', from: '2025-07-01', to: '2025-10-01' },
    ]);
  });

  it('gives a year-less point the latest year in which it has started', () => {
    // TEST_ENV is 20 May 2026.
    expect(TEST_ENV.now.toISOString().slice(0, 10)).toBe('2026-05-20');
    expect(ranges('payments in April')).toEqual([{ kind: 'dates', from: '2026-04-01', to: '2026-05-01' }]);
    expect(ranges('payments in November')).toEqual([{ kind: 'dates', from: '2025-11-01', to: '2025-12-01' }]);
  });

  it('joins two points into one range, both ends included', () => {
    expect(ranges('from 3 February to 9 February 2026')).toEqual([
      { kind: 'dates', from: '2026-02-03', to: '2026-02-10' },
    ]);
    expect(ranges('со 2 по 12 января 2026')).toEqual([
      { kind: 'dates', from: '2026-01-02', to: '2026-01-13' },
    ]);
    expect(ranges('January to March 2026')).toEqual([
      { kind: 'dates', from: '2026-01-01', to: '2026-04-01' },
    ]);
  });

  it('reads open ranges from a date on', () => {
    expect(ranges('since February 2026')).toEqual([{ kind: 'dates', from: '2026-02-01', to: null }]);
    expect(ranges('2026 жылғы 1 ақпаннан бері')).toEqual([{ kind: 'dates', from: '2026-02-01', to: null }]);
  });

  it('reports a date that does not exist instead of moving it', () => {
    const { after } = runPass(readCalendarDates, 'spend on 2026-02-30');
    expect(after.notes.timeRanges).toEqual([]);
    expect(after.draft.issues).toEqual([{ kind: 'unknown_words', words: ['2026-02-30'] }]);
  });

  it('reads a dash between two points, or between two days of a month, as a range', () => {
    expect(ranges('count Jan 5-12, 2026')).toEqual([{ kind: 'dates', from: '2026-01-05', to: '2026-01-13' }]);
    expect(ranges('сумма 5–12 января 2026')).toEqual([
      { kind: 'dates', from: '2026-01-05', to: '2026-01-13' },
    ]);
    expect(ranges('count Q1-Q2 2025')).toEqual([{ kind: 'dates', from: '2025-01-01', to: '2025-07-01' }]);
    expect(ranges('spend 2023-2024')).toEqual([{ kind: 'dates', from: '2023-01-01', to: '2025-01-01' }]);
  });
});
