import { describe, expect, it } from 'vitest';
import {
  calendarOf,
  dayNumber,
  localDayOf,
  localDayStart,
  monthsBefore,
  zoneOffsetMs,
} from './local-time.js';

describe('Asia/Almaty local days', () => {
  it('follows the 2024 change from UTC+6 to UTC+5', () => {
    expect(zoneOffsetMs(Date.parse('2023-06-01T12:00:00Z'))).toBe(6 * 3_600_000);
    expect(zoneOffsetMs(Date.parse('2025-06-01T12:00:00Z'))).toBe(5 * 3_600_000);
    expect(new Date(localDayStart(dayNumber(2023, 6, 1))).toISOString()).toBe('2023-05-31T18:00:00.000Z');
    expect(new Date(localDayStart(dayNumber(2025, 6, 1))).toISOString()).toBe('2025-05-31T19:00:00.000Z');
  });

  it('puts an instant on its local calendar day', () => {
    expect(calendarOf(localDayOf(new Date('2025-06-30T18:59:59Z')))).toMatchObject({ month: 6, day: 30 });
    expect(calendarOf(localDayOf(new Date('2025-06-30T19:00:00Z')))).toMatchObject({ month: 7, day: 1 });
  });

  it('goes back whole months, clamping to the month length', () => {
    expect(calendarOf(monthsBefore(dayNumber(2025, 3, 31), 1))).toMatchObject({
      year: 2025,
      month: 2,
      day: 28,
    });
    expect(calendarOf(monthsBefore(dayNumber(2025, 6, 15), 24))).toMatchObject({
      year: 2023,
      month: 6,
      day: 15,
    });
  });

  it('numbers weekdays from Monday', () => {
    expect(calendarOf(dayNumber(2025, 6, 30)).weekday).toBe(0); // a Monday
  });
});
