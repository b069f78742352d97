import type { InterpretEnv } from './draft.js';
import type { TimeRange } from './frame.js';

/** Numbers read as years ("in 2025", «2026 жылғы»). */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** One formatter per time zone, made on first use: building an Intl.DateTimeFormat costs more than a plan. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The current calendar date in the tenant's zone (only for year-less "in March" and "Q2"). */
export function zonedToday(env: InterpretEnv): CalendarDay {
  try {
    const parts = formatterFor(env.timeZone).formatToParts(env.now);
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    const year = get('year');
    const month = get('month');
    const day = get('day');
    if (year && month && day) return { year, month, day };
  } catch {
    // unknown zone: fall through to UTC
  }
  return { year: env.now.getUTCFullYear(), month: env.now.getUTCMonth() + 1, day: env.now.getUTCDate() };
}

export function isoDay(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

/** Units of a period in a year: the same unit a year back is that many units before it. */
export const UNITS_PER_YEAR: Readonly<Partial<Record<string, number>>> = { month: 12, quarter: 4, year: 1 };

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A leap year: a day of no year may be 29 February until a year is given to it. */
const ANY_LEAP_YEAR = 2000;

/** Whether the day can be: in its year, or (no year yet) in some year — «31 апреля» never, «29.02» maybe. */
export function dayCanExist(year: number | null, month: number, day: number): boolean {
  return validDay(year ?? ANY_LEAP_YEAR, month, day);
}

/** The day a date token names: `yyyy-mm-dd`, or `--mm-dd` for a day of no year («01.09»). */
export function isoParts(iso: string): { year: number | null; month: number; day: number } {
  const yearless = iso.startsWith('--');
  const year = yearless ? null : Number(iso.slice(0, 4));
  const [month, day] = iso
    .slice(yearless ? 2 : 5)
    .split('-')
    .map(Number) as [number, number];
  return { year, month, day };
}

/** A calendar point named in the question ("5 March", "Q1 2026", "2025"), with the slots it spans. */
export interface Point {
  /** A half-year is `month` 1 or 7 for six months. */
  kind: 'day' | 'month' | 'quarter' | 'season' | 'half' | 'year';
  year: number | null;
  month: number;
  day: number;
  quarter: number;
  start: number;
  end: number;
  /** From this point on, with no end ("since the start of 2025"). */
  openEnded?: boolean;
}

/** The days a point covers: `from` inclusive, `to` exclusive. */
export function pointSpan(p: Point & { year: number }): { from: string; to: string } {
  switch (p.kind) {
    case 'day': {
      const from = isoDay(p.year, p.month, p.day);
      return { from, to: addDays(from, 1) };
    }
    case 'month':
      return {
        from: isoDay(p.year, p.month, 1),
        to: p.month === 12 ? isoDay(p.year + 1, 1, 1) : isoDay(p.year, p.month + 1, 1),
      };
    case 'quarter': {
      const m = (p.quarter - 1) * 3 + 1;
      return {
        from: isoDay(p.year, m, 1),
        to: m + 3 > 12 ? isoDay(p.year + 1, 1, 1) : isoDay(p.year, m + 3, 1),
      };
    }
    case 'season':
      return { from: isoDay(p.year, p.month, 1), to: isoDay(p.year, p.month + 3, 1) };
    case 'half':
      return {
        from: isoDay(p.year, p.month, 1),
        to: p.month + 6 > 12 ? isoDay(p.year + 1, 1, 1) : isoDay(p.year, p.month + 6, 1),
      };
    case 'year':
      return { from: isoDay(p.year, 1, 1), to: isoDay(p.year + 1, 1, 1) };
  }
}

/**
 * Year-first dates (Kazakh «2026 жылғы 1 қараша», «2026 жылғы үшінші тоқсан», "2026 March"): a year
 * directly followed by a year-less day, month or quarter is that point's year, not a second period.
 */
export function attachLeadingYears(
  points: Point[],
  next: (i: number) => number,
  opensOwnPeriod: (i: number) => boolean = () => false,
  joins: (i: number) => boolean = () => false,
): void {
  for (let k = 0; k + 1 < points.length; k++) {
    const year = points[k]!;
    const point = points[k + 1]!;
    // «2025 пен 2026 жылдардың қараша айы», "November of 2025 and 2026": two years joined, then one
    // year-less point — that point in each year.
    const after = points[k + 2];
    if (
      after &&
      year.kind === 'year' &&
      point.kind === 'year' &&
      after.kind !== 'year' &&
      after.year === null &&
      joins(next(year.end)) &&
      next(next(year.end)) === point.start &&
      next(point.end) === after.start &&
      !opensOwnPeriod(after.start)
    ) {
      points.splice(
        k,
        3,
        { ...after, year: year.year, start: year.start, end: year.end },
        { ...after, year: point.year, start: point.start },
      );
      k++;
      continue;
    }
    if (year.kind !== 'year' || point.year !== null || next(year.end) !== point.start) continue;
    // «в 2025 году с июня»: a point after "since" is a period of its own, not the year's month.
    if (opensOwnPeriod(point.start)) continue;
    points.splice(k, 2, { ...point, year: year.year, start: year.start });
  }
}

/** A year-less point takes the year of a neighbour ("from 1 to 15 March 2026") or the latest past one. */
export function fillYear(p: Point, fallback: number | null, today: CalendarDay): Point & { year: number } {
  if (p.year !== null) return p as Point & { year: number };
  if (fallback !== null) return { ...p, year: fallback };
  const month = p.kind === 'quarter' ? (p.quarter - 1) * 3 + 1 : p.month;
  const past = month < today.month || (month === today.month && (p.kind !== 'day' || p.day <= today.day));
  return { ...p, year: past ? today.year : today.year - 1 };
}

/** The period before a range of the same length: this month → last month, today → yesterday. */
export function previousPeriod(range: TimeRange): TimeRange | null {
  switch (range.kind) {
    case 'today':
      return { kind: 'yesterday' };
    case 'yesterday':
      return { kind: 'day_before_yesterday' };
    case 'this':
      return { kind: 'previous', unit: range.unit };
    case 'previous':
      // "last month vs the month before": the month before last.
      return (range.back ?? 1) < 120
        ? { kind: 'previous', unit: range.unit, back: (range.back ?? 1) + 1 }
        : null;
    default:
      return null;
  }
}
