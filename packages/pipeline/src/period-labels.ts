import type { Language } from '@pa/contracts';

/** The calendar unit a time column's values were truncated to (`date_trunc`'s units). */
export type PeriodUnit = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A timestamp's wall-clock fields as the database printed them (already in the session's time zone). */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * The wall-clock fields of `2026-01-01 00:00:00+05`, `2026-01-01T00:00:00.000Z`
 * or `2026-01-01`. The offset is not applied: timestamps come back as text in
 * the session's zone, which is the zone the asker reads them in.
 */
export function parseWallClock(value: unknown): WallClock | null {
  if (typeof value !== 'string') return null;
  const m = TIMESTAMP.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((s) =>
    s === undefined ? 0 : Number(s),
  ) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day, hour, minute, second };
}

/** 0 = Monday … 6 = Sunday. */
export function isoWeekday(w: Pick<WallClock, 'year' | 'month' | 'day'>): number {
  return (new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7;
}

function addDays(w: WallClock, days: number): WallClock {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const FITS: Record<PeriodUnit, (w: WallClock) => boolean> = {
  hour: (w) => w.minute === 0 && w.second === 0,
  day: (w) => w.hour === 0 && w.minute === 0 && w.second === 0,
  week: (w) => FITS.day(w) && isoWeekday(w) === 0,
  month: (w) => FITS.day(w) && w.day === 1,
  quarter: (w) => FITS.month(w) && (w.month - 1) % 3 === 0,
  year: (w) => FITS.month(w) && w.month === 1,
};

const SQL_UNIT = /date_trunc\s*\(\s*'(hour|day|week|month|quarter|year)'/gi;

function unitsIn(sql: string): PeriodUnit[] {
  return [...sql.matchAll(SQL_UNIT)].map((m) => m[1]!.toLowerCase() as PeriodUnit);
}

/**
 * Which unit a column of period values is bucketed by. The SQL's
 * `date_trunc` unit wins when the values fit it (the select list's before the
 * WHERE clause's); otherwise the values decide: all at midnight on the 1st is
 * a month, midnight on Mondays a week, and so on. `null` when the values are
 * not periods (raw timestamps, or not timestamps at all).
 */
export function detectPeriodUnit(values: readonly unknown[], sql?: string): PeriodUnit | null {
  const clocks = values.filter((v) => v !== null).map(parseWallClock);
  if (clocks.length === 0 || clocks.some((c) => c === null)) return null;
  const all = clocks as WallClock[];
  const fits = (u: PeriodUnit) => all.every(FITS[u]);
  if (sql) {
    const fromIndex = sql.search(/\bfrom\b/i);
    const selected = unitsIn(fromIndex > 0 ? sql.slice(0, fromIndex) : sql);
    const anywhere = unitsIn(sql);
    const pick = selected.find(fits) ?? (new Set(anywhere).size === 1 ? anywhere.find(fits) : undefined);
    if (pick) return pick;
  }
  if (!fits('hour')) return null;
  if (!fits('day')) return 'hour';
  if (!fits('month')) return all.length >= 2 && fits('week') ? 'week' : 'day';
  return all.length >= 2 && fits('year') ? 'year' : 'month';
}

const MONTH_SHORT: Record<Language, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв', 'февр', 'март', 'апр', 'май', 'июнь', 'июль', 'авг', 'сент', 'окт', 'нояб', 'дек'],
  kk: ['қаң', 'ақп', 'нау', 'сәу', 'мам', 'мау', 'шіл', 'там', 'қыр', 'қаз', 'қар', 'жел'],
};
/** After a day number: Russian takes the genitive (`24 мая`, `24 нояб`). */
const MONTH_OF_DAY: Record<Language, readonly string[]> = {
  ...MONTH_SHORT,
  ru: ['янв', 'февр', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сент', 'окт', 'нояб', 'дек'],
};
const WEEKDAY_SHORT: Record<Language, readonly string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  ru: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
  kk: ['дс', 'сс', 'ср', 'бс', 'жм', 'сб', 'жс'],
};
export const MONTH_NAME: Record<Language, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  ru: [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ],
};

const dayMonth = (w: WallClock, language: Language) => `${w.day} ${MONTH_OF_DAY[language][w.month - 1]}`;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A period value as a person reads it: `Jan 2026` / `янв 2026` / `қаң 2026`,
 * `Mon 24 Nov` / `пн 24 нояб`, `14:00`, `24 Nov – 30 Nov`, `Q1 2026`, `2026`.
 * Hours carry their day when the series spans more than one (`withDay`).
 * A value that is not a timestamp is returned as text.
 */
export function formatPeriodLabel(
  value: unknown,
  unit: PeriodUnit,
  language: Language,
  options: { withDay?: boolean } = {},
): string {
  const w = parseWallClock(value);
  if (!w) return value === null || value === undefined ? '—' : String(value);
  switch (unit) {
    case 'year':
      return String(w.year);
    case 'quarter': {
      const q = Math.floor((w.month - 1) / 3) + 1;
      return language === 'en'
        ? `Q${q} ${w.year}`
        : language === 'ru'
          ? `${q} кв. ${w.year}`
          : `${q}-тоқсан ${w.year}`;
    }
    case 'month':
      return `${MONTH_SHORT[language][w.month - 1]} ${w.year}`;
    case 'week':
      return `${dayMonth(w, language)} – ${dayMonth(addDays(w, 6), language)}`;
    case 'day':
      return `${WEEKDAY_SHORT[language][isoWeekday(w)]} ${dayMonth(w, language)}`;
    case 'hour': {
      const time = `${pad(w.hour)}:${pad(w.minute)}`;
      return options.withDay ? `${dayMonth(w, language)} ${time}` : time;
    }
  }
}

/** Labels for a whole column of period values (hours get their day when the column spans several days). */
export function formatPeriodLabels(
  values: readonly unknown[],
  unit: PeriodUnit,
  language: Language,
): string[] {
  const days = new Set(
    values.map(parseWallClock).flatMap((w) => (w ? [`${w.year}-${w.month}-${w.day}`] : [])),
  );
  return values.map((v) =>
    formatPeriodLabel(v, unit, language, { withDay: unit === 'hour' && days.size > 1 }),
  );
}

/** The start of the period `now` falls in, as wall-clock fields in `timeZone`. */
export function currentPeriodStart(now: Date, timeZone: string, unit: PeriodUnit): WallClock {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const w: WallClock = {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: 0,
    second: 0,
  };
  switch (unit) {
    case 'hour':
      return w;
    case 'day':
      return { ...w, hour: 0 };
    case 'week':
      return addDays({ ...w, hour: 0 }, -isoWeekday(w));
    case 'month':
      return { ...w, day: 1, hour: 0 };
    case 'quarter':
      return { ...w, month: w.month - ((w.month - 1) % 3), day: 1, hour: 0 };
    case 'year':
      return { ...w, month: 1, day: 1, hour: 0 };
  }
}

/** True when `value` is the bucket of the period that is still running at `now` (this month so far). */
export function isCurrentPeriod(value: unknown, unit: PeriodUnit, now: Date, timeZone: string): boolean {
  const w = parseWallClock(value);
  if (!w) return false;
  const start = currentPeriodStart(now, timeZone, unit);
  return (
    w.year === start.year &&
    w.month === start.month &&
    w.day === start.day &&
    w.hour === start.hour &&
    w.minute === 0 &&
    w.second === 0
  );
}
