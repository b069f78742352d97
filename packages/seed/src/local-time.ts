/**
 * Calendar days in a named time zone (the generator works in Asia/Almaty
 * local days and hours). A "day number" counts local calendar days since
 * 1970-01-01, so plain integer arithmetic walks the calendar.
 */

export const DAY_MS = 86_400_000;

/** The zone whose local days and hours shape the generated data. */
export const DATA_TIME_ZONE = 'Asia/Almaty';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of local time from UTC at an instant, in ms (Asia/Almaty: +6 h until 2024-03-01, +5 h since). */
export function zoneOffsetMs(utcMs: number, timeZone = DATA_TIME_ZONE): number {
  const parts = formatter(timeZone).formatToParts(new Date(utcMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return local - Math.floor(utcMs / 1000) * 1000;
}

/** The local calendar day (day number) an instant falls on. */
export function localDayOf(instant: Date | number, timeZone = DATA_TIME_ZONE): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return Math.floor((ms + zoneOffsetMs(ms, timeZone)) / DAY_MS);
}

const dayStartCache = new Map<string, number>();

/** The UTC instant (ms) of local midnight starting the given day. */
export function localDayStart(day: number, timeZone = DATA_TIME_ZONE): number {
  const key = `${timeZone}:${day}`;
  const cached = dayStartCache.get(key);
  if (cached !== undefined) return cached;
  const local = day * DAY_MS;
  let utc = local - zoneOffsetMs(local, timeZone);
  utc = local - zoneOffsetMs(utc, timeZone);
  if (dayStartCache.size > 20_000) dayStartCache.clear();
  dayStartCache.set(key, utc);
  return utc;
}

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

export function calendarOf(day: number): CalendarDate {
  const d = new Date(day * DAY_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: (d.getUTCDay() + 6) % 7,
  };
}

/** The day number of a calendar date (month 1–12; out-of-range days roll over like Date.UTC). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The same day of the month `months` months earlier, clamped to the month's length. */
export function monthsBefore(day: number, months: number): number {
  const c = calendarOf(day);
  const totalMonths = c.year * 12 + (c.month - 1) - months;
  const year = Math.floor(totalMonths / 12);
  const month = (totalMonths % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return dayNumber(year, month, Math.min(c.day, lastDay));
}
