import { describe, expect, it } from 'vitest';
import { isoWeekStart } from './iso-weeks.js';
import { sqlLineOf } from './testing.js';

describe('a week of the year by its number (ISO, Monday to Sunday)', () => {
  it('week 1 holds 4 January', () => {
    expect(isoWeekStart(2026, 1)).toBe('2025-12-29');
    expect(isoWeekStart(2025, 1)).toBe('2024-12-30');
    expect(isoWeekStart(2026, 45)).toBe('2026-11-02');
    expect(isoWeekStart(2020, 53)).toBe('2020-12-28');
  });

  it.each([
    ['Turnover in week 10 of 2026 (ISO week)', "'2026-03-02'", "'2026-03-09'"],
    ['Сколько операций было на 12-й неделе 2025 года?', "'2025-03-17'", "'2025-03-24'"],
    ['2026 жылғы 20-аптада қанша төлем болды?', "'2026-05-11'", "'2026-05-18'"],
  ])('%s', (question, from, to) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`transaction_timestamp >= ${from} AND transaction_timestamp < ${to}`);
  });

  it('a week number the year does not have, or a count of weeks, is no week', () => {
    expect(sqlLineOf('turnover in week 53 of 2025')).toBe('(clarify)');
    expect(sqlLineOf('Show the top 3 weeks of 2025 by turnover')).not.toContain("'2025-01-13'");
  });
});
