import { TRANSACTION_ENUMS } from '@pa/contracts';
import { previousPeriod, UNITS_PER_YEAR } from './calendar.js';
import type { Draft, DraftFilter, Issue } from './draft.js';
import type { Dimension, EnumColumn, Filter, Frame, Shape, TimeRange } from './frame.js';
import {
  copySplit,
  countsPassing,
  countsPlaces,
  ENUM_COLUMNS,
  ENUM_VALUES,
  frameSchema,
  groupConditionMeasure,
  isAmountFilter,
  isCycleDimension,
  isTimeDimension,
  isTwoWaySplit,
  NULLABLE_COLUMNS,
  TIME_UNITS,
} from './frame.js';
import { uniqueMeasures } from './passes/settle-measures.js';

export const DEFAULT_TOP_LIMIT = 10;

/** Columns whose values listed for a ratio are each given their own figure. */
const SIDE_BY_SIDE_COLUMNS: readonly string[] = ['issuer_bank_name', 'merchant_city', 'acquirer_country_iso'];
export const MAX_TOP_LIMIT = 1000;

export interface CompleteOptions {
  language: Frame['language'];
  now: Date;
  defaultTopLimit?: number;
}

export type Completion = { ok: true; frame: Frame } | { ok: false; issues: Issue[] };

const DAY = 86_400_000;

/** Rough start of a range in ms, only to tell which of two compared periods is the earlier one. */
/** The calendar units a timeline is bucketed by (not the cycles: weekday, hour, day of the month). */
const CALENDAR_BUCKETS: readonly Dimension[] = ['day', 'week', 'month', 'quarter', 'year'];

/** The first and the last day of a range of dates, as UTC midnights; null for a relative or open one. */
function datesOf(range: TimeRange): { first: Date; last: Date } | null {
  if (range.kind !== 'dates' || range.to === null) return null;
  return {
    first: new Date(`${range.from}T00:00:00Z`),
    last: new Date(Date.parse(`${range.to}T00:00:00Z`) - DAY),
  };
}

/** Whether a range of dates lies within one bucket of a calendar unit (one month, one ISO week, …). */
function inOneBucket(range: TimeRange, unit: Dimension): boolean {
  const dates = datesOf(range);
  if (!dates || !CALENDAR_BUCKETS.includes(unit)) return false;
  const { first, last } = dates;
  const y = (d: Date) => d.getUTCFullYear();
  const m = (d: Date) => d.getUTCMonth();
  const monday = (d: Date) => d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY;
  if (unit === 'day') return first.getTime() === last.getTime();
  if (unit === 'week') return monday(first) === monday(last);
  if (unit === 'month') return y(first) === y(last) && m(first) === m(last);
  if (unit === 'quarter') return y(first) === y(last) && Math.floor(m(first) / 3) === Math.floor(m(last) / 3);
  return y(first) === y(last);
}

/** Two ranges of dates one right after the other, as one range (in either order); else null. */
function adjoining(a: TimeRange, b: TimeRange): TimeRange | null {
  if (a.kind !== 'dates' || b.kind !== 'dates' || a.to === null || b.to === null) return null;
  if (a.to === b.from) return { kind: 'dates', from: a.from, to: b.to };
  if (b.to === a.from) return { kind: 'dates', from: b.from, to: a.to };
  return null;
}

function approximateStart(range: TimeRange, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const startOf = (unit: 'week' | 'month' | 'quarter' | 'year', back: number): number => {
    const d = new Date(today);
    if (unit === 'week') return today - ((d.getUTCDay() + 6) % 7) * DAY - back * 7 * DAY;
    if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1);
    if (unit === 'quarter')
      return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3 - 3 * back, 1);
    return Date.UTC(d.getUTCFullYear() - back, 0, 1);
  };
  switch (range.kind) {
    case 'today':
      return today;
    case 'yesterday':
      return today - DAY;
    case 'day_before_yesterday':
      return today - 2 * DAY;
    case 'last_days':
      return today - (range.n - 1) * DAY;
    case 'prior_days':
      return today - (2 * range.n - 1) * DAY;
    case 'last_hours':
      return now.getTime() - range.n * 3_600_000;
    case 'last_units':
      return startOf(range.unit, range.n - 1);
    case 'full_units':
      return startOf(range.unit, range.n);
    case 'this':
      return startOf(range.unit, 0);
    case 'previous':
      return startOf(range.unit, range.back ?? 1);
    case 'month_span':
      return startOf('month', range.back) + (range.from - 1) * DAY;
    case 'month_last_days':
      return startOf('month', range.back - 1) - range.n * DAY;
    case 'dates':
      return Date.parse(`${range.from}T00:00:00Z`);
  }
}

/** The same period a year earlier, or null when it has no such twin here (a week, "the last 30 days"). */
function yearBefore(range: TimeRange, now: Date): TimeRange | null {
  if (range.kind === 'dates') {
    const back = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
    // 29 February has no twin a year earlier.
    if (range.from.endsWith('-02-29') || range.to?.endsWith('-02-29') || range.toYearAgo) return null;
    // ("since 1 January 2026 vs the same period last year": since 1 January 2025, up to the same day —
    // when it starts within the last year; an earlier start would overlap its own twin.)
    if (range.to === null) {
      const yearAgo = Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate());
      if (Date.parse(`${range.from}T00:00:00Z`) <= yearAgo) return null;
      return { kind: 'dates', from: back(range.from), to: null, toYearAgo: true };
    }
    return { kind: 'dates', from: back(range.from), to: back(range.to) };
  }
  // (Days of a month counted back: the same days twelve months further back — if the month is over.)
  if (range.kind === 'month_span' || range.kind === 'month_last_days')
    return range.back === 0 ? null : { ...range, back: range.back + 12 };
  if (range.kind !== 'this' && range.kind !== 'previous') return null;
  const perYear = UNITS_PER_YEAR[range.unit];
  if (perYear === undefined) return null;
  const back = (range.kind === 'this' ? 0 : (range.back ?? 1)) + perYear;
  // The current unit is not over yet: its twin a year back ends on the same day.
  const toDate = range.kind === 'this' ? { toDate: true as const } : {};
  return { kind: 'previous', unit: range.unit, ...(back > 1 ? { back } : {}), ...toDate };
}

/**
 * Calendar dates `range` moved by whole years into `outer` ("January–October 2026" in 2025, "1–15
 * November 2026" in November 2025), or null when the moved range is not inside `outer`, is in the
 * same year, or has no twin there (29 February).
 */
function inYearOf(range: TimeRange, outer: TimeRange): TimeRange | null {
  if (range.kind !== 'dates' || outer.kind !== 'dates' || range.to === null || outer.to === null) return null;
  const years = Number(outer.from.slice(0, 4)) - Number(range.from.slice(0, 4));
  if (years === 0 || range.from.endsWith('-02-29') || range.to.endsWith('-02-29')) return null;
  const move = (iso: string) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
  const moved = { kind: 'dates' as const, from: move(range.from), to: move(range.to) };
  return moved.from >= outer.from && moved.to <= outer.to ? moved : null;
}

function sameRange(a: TimeRange, b: TimeRange): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * "The last N weeks / months / …" is calendar-aligned (the current unit and N − 1 before) only when
 * the answer is bucketed by that unit ("by week over the last 4 weeks"); otherwise it is a rolling
 * span: N weeks are 7N days, and months, quarters and years (no fixed length) are asked back.
 */
export function alignLastUnits(
  range: TimeRange,
  dimensions: readonly Dimension[],
): TimeRange | Extract<Issue, { kind: 'ambiguous_period' }> {
  if (range.kind !== 'last_units' || dimensions.includes(range.unit)) return range;
  if (range.unit === 'week') return { kind: 'last_days', n: 7 * range.n };
  return { kind: 'ambiguous_period', unit: range.unit, n: range.n };
}

/** The columns whose values are ways of paying: a kind of transaction, an entry mode, a wallet. */
const WAYS_OF_PAYING: readonly string[] = ['transaction_type', 'pos_entry_mode', 'wallet_type'];

/** One breakdown over a cycle (hour of day, weekday) of payments made one way, nothing else asked. */
function paymentsSpreadOverCycle(draft: Draft): boolean {
  const way = (f: DraftFilter) =>
    (f.filter.kind === 'values' && !f.filter.negated && WAYS_OF_PAYING.includes(f.filter.column)) ||
    (f.filter.kind === 'presence' && f.filter.present && f.filter.column === 'wallet_type');
  return (
    draft.dimensions.length === 1 &&
    isCycleDimension(draft.dimensions[0]!) &&
    draft.filters.some(way) &&
    !draft.share &&
    !draft.compare &&
    !draft.having &&
    !draft.listValues
  );
}

/**
 * A share whose part lists every value of a column its base keeps only the payments with ("payments
 * through wallets (Apple Pay, Google Pay, Samsung Pay) … in % of all wallet payments"): 100 % by
 * construction — the list restated the whole, and the spread over the values was meant.
 */
function partIsWhole(share: { subset: Filter[]; base: Filter[] }): boolean {
  return share.subset.some(
    (f) =>
      f.kind === 'values' &&
      !f.negated &&
      (TRANSACTION_ENUMS as Record<string, readonly string[]>)[f.column]?.every((v) =>
        f.values.includes(v),
      ) === true &&
      share.base.some((b) => b.kind === 'presence' && b.present && b.column === f.column),
  );
}

/** A share of one figure with no filter that could be its part: a period inside another may be. */
function periodIsPart(draft: Draft): boolean {
  return (
    draft.share &&
    draft.dimensions.length === 0 &&
    !draft.spread &&
    draft.filters.every((f) => f.role === 'base')
  );
}

/** Which filters a share is OF (subset) and which it is taken WITHIN (base). */
function splitShare(filters: DraftFilter[]): { subset: Filter[]; base: Filter[] } | Issue {
  const explicit = filters.filter((f) => f.role === 'subset');
  if (explicit.length > 0) {
    return {
      subset: explicit.map((f) => f.filter),
      base: filters.filter((f) => f.role !== 'subset').map((f) => f.filter),
    };
  }
  const auto = filters.filter((f) => f.role === 'auto');
  if (auto.length === 0) return { kind: 'share_of_what' };
  if (auto.length > 1) return { kind: 'ambiguous_share' };
  return {
    subset: auto.map((f) => f.filter),
    base: filters.filter((f) => f.role === 'base').map((f) => f.filter),
  };
}

/** Whether a plan can show each amount measure in both columns (see `bothAmounts`). */
function bothAmountsFit(draft: Draft): boolean {
  const amountCondition = draft.filters.some((f) => isAmountFilter(f.filter));
  return (
    draft.originalAmount &&
    !draft.share &&
    !draft.compare &&
    !draft.having &&
    !draft.split &&
    !draft.sideBySide &&
    !draft.bands &&
    !amountCondition &&
    draft.measures.some((m) => m.fn !== 'count' && m.fn !== 'count_distinct')
  );
}

/**
 * Amounts in the original currency add up only within one currency: one named currency, or a
 * breakdown by currency.
 */
function originalAmountIsOneCurrency(draft: Draft): boolean {
  if (draft.dimensions.includes('transaction_currency')) return true;
  // (Counts mix no amounts — unless a condition on the amount compares them all with one number.)
  const amountCondition = draft.filters.some((f) => isAmountFilter(f.filter));
  if (!amountCondition && draft.measures.every((m) => m.fn === 'count' || m.fn === 'count_distinct'))
    return true;
  return draft.filters.some(
    (f) =>
      f.filter.kind === 'values' &&
      f.filter.column === 'transaction_currency' &&
      !f.filter.negated &&
      f.filter.values.length === 1,
  );
}

/** A plural ranking without a number over hour of day or weekday only: show every hour / day. */
export function showsWholeCycle(draft: Pick<Draft, 'top' | 'dimensions'>): boolean {
  const top = draft.top;
  if (!top || top.limit !== null || !top.plural || draft.dimensions.length !== 1) return false;
  return draft.dimensions[0] === 'hour_of_day' || draft.dimensions[0] === 'weekday';
}

/**
 * Whether calendar dates `inner` lie inside `outer` (this / previous unit, or calendar dates): "since
 * March" inside "this year". Only literal dates are ever the inner range. The outer one's bounds
 * depend on the tenant's today, which is not known here: both the earliest and the latest today any
 * time zone can have are tried, and the range must be inside for both.
 */
function within(inner: TimeRange, outer: TimeRange, now: Date): boolean {
  if (inner.kind !== 'dates') return false;
  const from = Date.parse(`${inner.from}T00:00:00Z`);
  const to = inner.to === null ? null : Date.parse(`${inner.to}T00:00:00Z`);
  const days = [new Date(now.getTime() - 12 * 3_600_000), new Date(now.getTime() + 14 * 3_600_000)];
  return days.every((today) => {
    let start: number;
    let end: number | null;
    if (outer.kind === 'this') {
      start = approximateStart(outer, today);
      end = null;
    } else if (outer.kind === 'previous') {
      start = approximateStart(outer, today);
      const back = outer.back ?? 1;
      end = approximateStart(
        back === 1
          ? { kind: 'this', unit: outer.unit }
          : { kind: 'previous', unit: outer.unit, ...(back > 2 ? { back: back - 1 } : {}) },
        today,
      );
    } else if (outer.kind === 'dates') {
      start = Date.parse(`${outer.from}T00:00:00Z`);
      end = outer.to === null ? null : Date.parse(`${outer.to}T00:00:00Z`);
    } else {
      return false;
    }
    return from >= start && (end === null || (to !== null && to <= end));
  });
}

/** Completes a draft into a frame, or says what is missing. */
export function completeFrame(given: Draft, options: CompleteOptions): Completion {
  // "ATM withdrawals by hour": transactions named by their kind are counted, as "transactions" are.
  // …and so are a split by amount bands or a share with no measure named ("distribution of P2P
  // amounts: under 10k, …", «доля Apple Pay в бесконтакте»): how many transactions fall in each.
  // ("Are there any cities where ATM withdrawals … added up to more than 3 million": a condition on each
  // group's total comes first — the groups show that total, not a count of the payments named.)
  const counted =
    (given.countable || given.dimensions.includes('amount_band') || given.share) && !given.having;
  let draft: Draft =
    given.measures.length === 0 && counted ? { ...given, measures: [{ fn: 'count' }] } : given;
  // "how many transactions in the same month last year?": with no other period, that month a year ago.
  if (draft.yearAgo && draft.yearAgoUnit && draft.times.length === 0 && !draft.compare) {
    const back = UNITS_PER_YEAR[draft.yearAgoUnit]!;
    draft = { ...draft, elliptical: false, times: [{ kind: 'previous', unit: draft.yearAgoUnit, back }] };
  }
  // "cities with a total over 5 million": with nothing else asked, the groups show the total the
  // condition is on.
  // («қай санаттарда 15-тен аз мерчант болды»: values listed, kept by a condition on each, show its figure —
  // not the count the list of values implies.)
  if (draft.having && (draft.measures.length === 0 || draft.listValues))
    draft = { ...draft, measures: [groupConditionMeasure(draft.having.of)] };
  // («бесконтактные по часам», "QR by weekday, 2026", «Apple Pay сағат бойынша»: a way of paying spread
  // over the hours or the weekdays, nothing measured — how many such payments fall in each; it was asked
  // back. Any other breakdown, or a bank or a city alone, still asks what to measure.)
  if (draft.measures.length === 0 && paymentsSpreadOverCycle(draft))
    draft = { ...draft, measures: [{ fn: 'count' }] };
  const issues: Issue[] = [...draft.issues];
  if (draft.measures.length === 0) issues.push({ kind: 'missing_measure' });
  // A condition on group totals with no groups, with periods side by side (on which period's total?)
  // or with a share (of the groups kept, or of all?) is not one reading.
  // ("How many merchants had a turnover above 1 million": with no groups, the merchants that pass are
  // counted.)
  if (
    draft.having &&
    ((draft.dimensions.length === 0 && !countsPassing(draft.measures)) ||
      draft.compare ||
      draft.periodsJoined ||
      draft.share)
  )
    issues.push({ kind: 'group_total_condition' });
  // ("merchants by category …, only categories with fewer than 10 merchants": a row per merchant holds one
  // merchant — the number of merchants of each merchant is no condition; asked back, it grouped by them.)
  if (draft.having?.of === 'merchants' && draft.dimensions.includes('merchant_id'))
    issues.push({ kind: 'group_total_condition' });
  // (Merchants counted within each group by their own totals: one breakdown and the count alone, no layout
  // of its own — anything more is asked back.)
  if (
    draft.having?.each &&
    (draft.dimensions.length !== 1 ||
      draft.measures.length !== 1 ||
      draft.sideBySide ||
      draft.rankedWithin !== undefined)
  )
    issues.push({ kind: 'group_total_condition' });
  if (draft.originalAmount && !originalAmountIsOneCurrency(draft)) issues.push({ kind: 'mixed_currencies' });
  // Both amount columns side by side only in a plain table of measures: a share, a comparison, a
  // split side by side, bands or an amount condition each read one amount column, and the other
  // would be dropped without a word.
  if (draft.bothAmounts && !bothAmountsFit(draft)) issues.push({ kind: 'two_amount_units' });
  // «сравните март и апрель по сумме»: a comparison "by amount" names what it compares.
  const ranked = draft.top !== null || draft.dimensions.length > 0 || draft.share || draft.compare;
  if (draft.byMeasure && !ranked) issues.push({ kind: 'unsupported', what: 'histogram' });

  // Periods: one range, or two compared side by side.
  let time: TimeRange | null = null;
  let changeSign = draft.changeSign;
  let compare: Frame['compare'] = null;
  let sharePeriod: TimeRange | undefined;
  const aligned: TimeRange[] = [];
  for (const t of draft.times) {
    // ("the last 3 months, the current one included": calendar months, whatever the breakdown.)
    const a = draft.currentIncluded ? t : alignLastUnits(t, draft.dimensions);
    if (a.kind === 'ambiguous_period') issues.push(a);
    else aligned.push(a);
  }
  let times = aligned.filter((t, i) => aligned.findIndex((u) => sameRange(t, u)) === i);
  // (Two periods one right after the other, as one range: a timeline over both when joined by "and".)
  const joinedRange = times.length === 2 ? adjoining(times[0]!, times[1]!) : null;
  // "the last N" said twice is a second span, the one before: as days with a word of "previous" or
  // "before that" relative-periods made it `prior_days`; any other span said twice ("the last 3 months
  // and the last 3 months", hours) no range here names — asked back (it was read once, and the second
  // span dropped).
  const rolling = (t: TimeRange) =>
    t.kind === 'last_days' || t.kind === 'last_hours' || t.kind === 'last_units';
  // ("the 30-day run-rate … over the last 30 days" says one span twice: only spans joined or set
  // against each other are two.)
  const twoSaid = draft.periodsJoined || draft.compare;
  if (twoSaid && aligned.some((t, i) => rolling(t) && aligned.findIndex((u) => sameRange(t, u)) !== i))
    issues.push({ kind: 'compare_missing' });
  // "Jan–Oct 2026 vs the same period of 2025": the named year is where the first period is repeated,
  // not a whole year to compare with. Anything else said so is asked back.
  if (draft.samePeriod) {
    const twin = times.length === 2 ? inYearOf(times[0]!, times[1]!) : null;
    if (twin) times = [times[0]!, twin];
    else issues.push({ kind: 'compare_missing' });
  }
  // ("cards that paid in both October and November", "… in November but not in October": the cards of
  // the first period said, kept by the second — one count, not two side by side.)
  let overlap: Frame['overlap'];
  if (draft.overlap && !(times.length === 2 && countsPlaces(draft.measures) && !draft.share))
    issues.push({ kind: 'unsupported', what: 'period_overlap' });
  if (draft.overlap && times.length === 2) {
    time = times[0]!;
    overlap = { other: times[1]!, also: draft.overlap.also };
  } else if (times.length > 2) {
    issues.push({ kind: 'too_many_periods' });
  } else if (
    times.length === 2 &&
    !draft.compare &&
    // ("August and September 2026 side by side: the count for each month": set side by side, compared.)
    !draft.sideBySide &&
    draft.periodsJoined &&
    draft.dimensions.some((d) => CALENDAR_BUCKETS.includes(d)) &&
    joinedRange
  ) {
    // ("turnover by quarter for 2025 and 2026", «айналым апта бойынша қазан мен қарашада»: two periods
    // joined by "and", one right after the other, broken down by a calendar unit, are one timeline —
    // it was asked back as a comparison of two totals.)
    time = joinedRange;
  } else if (times.length === 2 && !draft.compare && !draft.periodsJoined && !draft.elliptical) {
    // No comparison word: "since March this year" is one range (the narrower one, inside the
    // other); anything else ("in 2025 since June") is asked back, never compared.
    const [a, b] = times as [TimeRange, TimeRange];
    const inner = within(a, b, options.now) ? a : within(b, a, options.now) ? b : null;
    // ("what share of 2025 turnover was made in December", «какая доля оборота декабря 2025 пришлась на
    // 24–31 декабря»: a share with nothing else for its part is the inner period's of the outer one — it
    // was asked back as a share of nothing.)
    if (inner && periodIsPart(draft)) {
      time = inner === a ? b : a;
      sharePeriod = inner;
    } else if (inner) time = inner;
    else issues.push({ kind: 'two_periods' });
  } else if (times.length === 2) {
    const [a, b] = times as [TimeRange, TimeRange];
    const aFirst = approximateStart(a, options.now) <= approximateStart(b, options.now);
    compare = aFirst ? { earlier: a, later: b } : { earlier: b, later: a };
    // ("MTD vs the same days last year (Dec 1-3)": beside "the same … last year", two periods of their own
    // must be a year apart — here the dates were this December's, and the month was set against itself.)
    const twin = draft.elliptical && draft.yearAgo ? yearBefore(compare.later, options.now) : undefined;
    if (
      twin !== undefined &&
      (twin === null ||
        approximateStart(twin, options.now) !== approximateStart(compare.earlier, options.now))
    )
      issues.push({ kind: 'two_periods' });
    // ("more in September than in October": the earlier had more, so the groups kept fell.)
    if (draft.changeSignOfFirstSaid && changeSign && aFirst) changeSign = changeSign === 'up' ? 'down' : 'up';
    // "September minus October" would be earlier − later: not how the difference is computed.
    if (draft.compareOutput !== undefined && draft.compareOutput !== 'both' && draft.minuendFirst && aFirst)
      issues.push({ kind: 'unsupported', what: 'difference_order' });
  } else if (times.length === 1) {
    const only = times[0]!;
    if (draft.elliptical) {
      // "… compared to the previous one": the period before, of the same length.
      const earlier = draft.yearAgo ? yearBefore(only, options.now) : previousPeriod(only);
      if (earlier) compare = { earlier, later: only };
      else issues.push({ kind: 'compare_missing' });
    } else if (draft.compare && !draft.comparedValues) {
      issues.push({ kind: 'compare_missing' });
    } else {
      time = only;
    }
  } else if (draft.elliptical || (draft.compare && !draft.comparedValues)) {
    issues.push({ kind: 'compare_missing' });
  }

  // «без кошелька (не Apple/Google/Samsung Pay)»: with no value at all, "none of these values" only
  // says it again.
  const absent = new Set<string>(
    draft.filters.flatMap((f) =>
      f.filter.kind === 'presence' && !f.filter.present ? [f.filter.column] : [],
    ),
  );
  draft.filters = draft.filters.filter(
    (f) => !(f.filter.kind === 'values' && f.filter.negated && absent.has(f.filter.column)),
  );
  // «с использованием мобильных кошельков (Apple Pay, Google Pay, Samsung Pay)»: every value of the
  // column named again in brackets is "with one" said twice (as a base it made the share 100 %).
  // (Not when "with one" is the whole and the list what is spread over it: «… распределились платежи
  // через кошельки (Apple Pay, Google Pay, Samsung Pay) — в процентах от всех платежей через кошельки».)
  const wholes = draft.filters.flatMap((f) =>
    f.filter.kind === 'presence' && f.filter.present && f.role === 'base' ? [f.filter.column] : [],
  );
  const present = new Set<string>(
    draft.filters.flatMap((f) =>
      f.filter.kind === 'presence' && f.filter.present && !wholes.includes(f.filter.column)
        ? [f.filter.column]
        : [],
    ),
  );
  // (…but the part of a share that lists them all is kept, and asked back below: «Для каждого банка:
  // доля Apple Pay, Google Pay и Samsung Pay в его платежах через кошельки» became the spread over banks.)
  draft.filters = draft.filters.filter((f) => {
    if (f.filter.kind !== 'values' || f.filter.negated || !present.has(f.filter.column)) return true;
    if (draft.share && f.role === 'subset') return true;
    const all: readonly string[] = ENUM_VALUES[f.filter.column];
    return !all.every((v) => f.filter.kind === 'values' && f.filter.values.includes(v));
  });

  // (Also "rank the wallets", «рейтинг кошельков», and the wallets that grew or fell: values, ranked or
  // kept by their change — the payments with none are no wallet.)
  const rankedGroups =
    (draft.top !== null || draft.rankAll === true || draft.changeSign !== undefined) && !draft.share;
  // "Is Almaty the top city by spending? Show the top 3": in a yes/no question the value asked about is
  // one of the ranked rows, not a filter that leaves it ranked alone.
  // ("Is Kaspi the biggest bank …?", «Верно ли, что пятница — самый загруженный день?»: with no number
  // of rows asked, every row, largest first — where the one asked about stands is the answer.)
  // (A claim said without a question, "Almaty leads all cities on count this year", is checked so too:
  // the value's own row ranked alone answers nothing.)
  if (draft.top && draft.dimensions.length === 1) {
    const ranked = draft.dimensions[0];
    const asked = draft.filters.filter(
      (f) =>
        (f.filter.kind === 'values' &&
          !f.filter.negated &&
          f.filter.column === ranked &&
          f.filter.values.length === 1) ||
        (f.filter.kind === 'weekday' && ranked === 'weekday' && f.filter.days.length === 1),
    );
    if (asked.length === 1) {
      draft.filters = draft.filters.filter((f) => f !== asked[0]);
      // ("Is Taraz the city with the lowest …?": every row too, smallest first.)
      if (draft.top.limit === null) {
        if (draft.top.direction === 'desc') draft.largestFirst = true;
        else draft.smallestFirst = true;
        draft.top = null;
      }
    }
  }

  // "Which wallet is the most popular?", «топ-2 способа ввода»: a ranking of wallets (or entry modes)
  // is of those used — the payments with none are no wallet (they were the top row). (After the
  // yes/no reading, which leaves the wallet asked about ranked among the others.)
  // (Not when the blank is asked for as a row of its own.)
  if (rankedGroups && !draft.blankRow)
    for (const d of draft.dimensions) {
      const nullable = (NULLABLE_COLUMNS as readonly string[]).includes(d);
      const filtered = draft.filters.some((f) => 'column' in f.filter && f.filter.column === d);
      if (nullable && !filtered)
        draft.filters.push({
          filter: { kind: 'presence', column: d as (typeof NULLABLE_COLUMNS)[number], present: true },
          role: 'base',
        });
    }

  // «Доля бесконтактных среди POS у Kaspi и у ForteBank», «Бір картаға шаққандағы сома: Kaspi мен
  // Halyk»: a ratio over two or three values named is one for each of them — a share or an amount per
  // card over both together is no figure anyone asks for (it was one number over both). "combined" /
  // «вместе» keeps it one.
  // (Of banks, cities and countries, the things set side by side; a list of kinds of payment — «в обороте
  // Халыка по POS и онлайн-покупкам» — is the one whole they make up together.)
  const isList = (f: DraftFilter) =>
    f.role !== 'subset' &&
    f.filter.kind === 'values' &&
    SIDE_BY_SIDE_COLUMNS.includes(f.filter.column) &&
    !f.filter.negated &&
    f.filter.values.length >= 2 &&
    f.filter.values.length <= 3 &&
    !draft.combined?.includes(f.filter.column);
  const listed = draft.filters.filter(isList);
  const list = listed.length === 1 ? listed[0] : undefined;
  if (
    list?.filter.kind === 'values' &&
    !draft.orList &&
    draft.dimensions.length === 0 &&
    draft.times.length < 2 &&
    !draft.compare
  ) {
    const perCard = draft.measures.length === 1 && draft.measures[0]!.fn === 'per_card';
    // (A share: its part named besides — already, or as the one other condition when the whole is
    // named outright with "among".)
    const subset = draft.filters.some((f) => f.role === 'subset');
    const others = draft.filters.filter((f) => f.role === 'auto' && f !== list);
    const baseNamed = draft.filters.some((f) => f.role === 'base');
    const sharePart = draft.share && (subset || (baseNamed && others.length === 1));
    if (perCard || sharePart) {
      if (draft.share && !subset) others[0]!.role = 'subset';
      draft.dimensions = [list.filter.column];
    }
  }

  // Share: of a subset (one number, or one per time bucket), or of each group in the total.
  let filters = draft.filters.map((f) => f.filter);
  let share: Frame['share'] = null;
  if (draft.share) {
    const basis = draft.measures;
    const categorical = draft.dimensions.filter((d) => !isTimeDimension(d));
    // A share of distinct cards is of a subset only ("what share of cards used Google Pay"): each
    // group's share of all groups would count a card once in every group it used.
    // (…and of merchants: "what share of merchants accepted Apple Pay".)
    // (…but a part of each group's own cards is one: "for each bank, what % of its active cards
    // withdrew cash" — distinct cards with the part ÷ distinct cards, within each group.)
    const cardsBasis =
      basis.length === 1 &&
      basis[0]!.fn === 'count_distinct' &&
      (basis[0]!.column === 'card_key' || basis[0]!.column === 'merchant_id');
    // (The one condition besides the groups' own is the part, as without groups.)
    const parts = draft.filters.filter(
      (f) =>
        f.role === 'auto' && !('column' in f.filter && categorical.includes(f.filter.column as Dimension)),
    );
    if (
      cardsBasis &&
      categorical.length > 0 &&
      !draft.groupsOwnShare &&
      !draft.filters.some((f) => f.role === 'subset') &&
      parts.length === 1
    )
      parts[0]!.role = 'subset';
    const withinGroups = draft.filters.some((f) => f.role === 'subset');
    const ofCards = cardsBasis && (categorical.length === 0 || withinGroups);
    // ("count, turnover and average ticket by bank, with each bank's share of turnover": several measures
    // shown, each group's share of the one the share's clause named.)
    const beside =
      basis.length > 1 &&
      draft.shareWithMeasure &&
      !draft.ofWhich &&
      !compare &&
      categorical.length > 0 &&
      !draft.filters.some((f) => f.role === 'subset');
    const shareOf = beside ? basis.findIndex((m) => m.fn === draft.shareOf) : -1;
    if (beside && shareOf < 0) issues.push({ kind: 'share_which_measure' });
    else if (
      shareOf < 0 &&
      (basis.length !== 1 || (basis[0]!.fn !== 'count' && basis[0]!.fn !== 'sum' && !ofCards))
    ) {
      if (basis.length > 0) issues.push({ kind: 'share_measure' });
    }
    // ("each bank's share of turnover, Q3 2025 vs Q3 2026, side by side": the share in each period, a
    // column each. Its change — in percentage points or in % of itself? — and a share beside its
    // measure are not one reading: asked back.)
    const changeAsked =
      draft.growth === true || (draft.compareOutput !== undefined && draft.compareOutput !== 'both');
    if (compare && (changeAsked || draft.shareWithMeasure || draft.ofWhich || draft.spread))
      issues.push({ kind: 'unsupported', what: 'share_compare' });
    // «распределение … по часам в процентах», "the distribution of … by hour, in %": each bucket's share
    // of the whole, also over a timeline or a cycle (where a filter is otherwise the part in each).
    const spread = draft.spread === true && draft.dimensions.length > 0;
    if (categorical.length > 0 || spread) {
      // Each group's share of the whole, or — a filter named as what the share is of — that filter's
      // share within each group.
      share = {
        subset: draft.filters.filter((f) => f.role === 'subset').map((f) => f.filter),
        ...(draft.shareWithMeasure ? { withMeasure: true as const } : {}),
        ...(draft.ofWhich ? { ofWhich: true as const } : {}),
        ...(shareOf >= 0 ? { measure: shareOf } : {}),
      };
      filters = draft.filters.filter((f) => f.role !== 'subset').map((f) => f.filter);
      // Each group's share where the rows are one group already ("share of each wallet" of Samsung Pay
      // only) is 100 % by construction: a misreading, asked back.
      const oneGroup = filters.some(
        (f) => f.kind === 'values' && !f.negated && f.values.length === 1 && categorical.includes(f.column),
      );
      if (oneGroup && share.subset.length === 0) issues.push({ kind: 'ambiguous_share' });
      // "for each bank, the share of each transaction type in the bank's turnover": with two groupings,
      // of the whole or within each group of the first? Not one reading (and only the first is made).
      if (categorical.length >= 2 && share.subset.length === 0) issues.push({ kind: 'ambiguous_share' });
      // («… ночью в каждом городе: кол-во и доля среди снятий этого города»: the whole said to be each
      // group's own, the part not read — each city's share of all cities is not it.)
      if (draft.ownGroupWhole && share.subset.length === 0) issues.push({ kind: 'ambiguous_share' });
      // …and the share of a value within the groups of its own column (Google Pay within each wallet).
      const ownColumn = share.subset.some(
        (f) => (f.kind === 'values' || f.kind === 'presence') && categorical.includes(f.column),
      );
      if (ownColumn) issues.push({ kind: 'ambiguous_share' });
      // («Для каждого банка: доля Apple Pay, Google Pay и Samsung Pay в его платежах через кошельки»: the
      // part lists the whole in each group too — 100 % by construction; it became the spread over banks.)
      if (partIsWhole({ subset: share.subset, base: filters })) issues.push({ kind: 'ambiguous_share' });
    } else if (sharePeriod) {
      share = {
        subset: [],
        period: sharePeriod,
        ...(draft.shareWithMeasure ? { withMeasure: true as const } : {}),
        ...(draft.ofWhich ? { ofWhich: true as const } : {}),
      };
    } else {
      const split = splitShare(draft.filters);
      if ('kind' in split) issues.push(split);
      else if (partIsWhole(split)) issues.push({ kind: 'ambiguous_share' });
      else {
        share = {
          subset: split.subset,
          ...(draft.shareWithMeasure ? { withMeasure: true as const } : {}),
          ...(draft.ofWhich ? { ofWhich: true as const } : {}),
        };
        filters = split.base;
      }
    }
  }

  // Order and limit.
  let limit: number | null = null;
  let order: Frame['order'] = null;
  if (draft.top && draft.dimensions.length === 0) issues.push({ kind: 'listing' });

  if (draft.top && showsWholeCycle(draft)) {
    // "which hours are busiest": a plural ranking of a 24-hour or 7-day cycle is the whole cycle.
  } else if (draft.top) {
    order = draft.top.direction;
    limit =
      draft.top.limit ??
      (draft.rankAll ? null : draft.top.plural ? (options.defaultTopLimit ?? DEFAULT_TOP_LIMIT) : 1);
    if (limit !== null && (limit < 1 || limit > MAX_TOP_LIMIT))
      issues.push({ kind: 'unsupported', what: 'limit' });
    // ("the second-largest category in each city": a place within each group is not built.)
    if (draft.topOffset !== undefined && (limit === null || draft.rankedWithin !== undefined))
      issues.push({ kind: 'unsupported', what: 'limit' });
  }

  // "all seven days, highest first": the whole cycle, by its measure.
  if (draft.largestFirst && limit === null) order = 'desc';
  // ("Rank the days of the month by …": ranked, periods too are ordered by the measure, not in time.)
  if (draft.rankAll && order === null) order = 'desc';
  // "for each city, sorted ascending": the breakdown from its smallest measure up.
  if (draft.smallestFirst && limit === null) order = 'asc';

  // "domestic vs foreign" would be KAZ and not-KAZ at once: zero rows that look like an answer.
  for (const f of draft.filters) {
    if (f.filter.kind !== 'values' || f.filter.negated) continue;
    const { column, values } = f.filter;
    const excluded = draft.filters.some(
      (g) =>
        g.filter.kind === 'values' &&
        g.filter.negated &&
        g.filter.column === column &&
        values.every((v) => g.filter.kind === 'values' && g.filter.values.includes(v)),
    );
    const nulled = draft.filters.some(
      (g) => g.filter.kind === 'presence' && g.filter.column === column && !g.filter.present,
    );
    if (excluded || nulled) issues.push({ kind: 'unsupported', what: 'contradiction' });
  }
  // (…and two conditions on one column with no value in common, "mcc_category = A AND mcc_category = B",
  // wherever they stand.)
  const disjoint = draft.filters.some((f, i) =>
    draft.filters.some(
      (g, j) =>
        j > i &&
        f.filter.kind === 'values' &&
        g.filter.kind === 'values' &&
        !f.filter.negated &&
        !g.filter.negated &&
        f.filter.column === g.filter.column &&
        !f.filter.values.some((v) => g.filter.kind === 'values' && g.filter.values.includes(v)),
    ),
  );
  if (disjoint) issues.push({ kind: 'unsupported', what: 'contradiction' });
  // "Do people spend more at weekends? … weekends vs weekdays": the days of a weekday filter on one side
  // of a weekend split leave the other side empty.
  if (draft.dimensions.includes('weekend') && draft.filters.some((f) => f.filter.kind === 'weekday'))
    issues.push({ kind: 'unsupported', what: 'contradiction' });
  // Online purchases (type ECOM) are all entered as ECOM: with other entry modes only, no row is left.
  const typed = draft.filters.find(
    (f) => f.filter.kind === 'values' && !f.filter.negated && f.filter.column === 'transaction_type',
  )?.filter;
  const modes = draft.filters.find(
    (f) => f.filter.kind === 'values' && !f.filter.negated && f.filter.column === 'pos_entry_mode',
  )?.filter;
  if (
    typed?.kind === 'values' &&
    modes?.kind === 'values' &&
    typed.values.every((v) => v === 'ECOM') &&
    !modes.values.includes('ECOM')
  )
    issues.push({ kind: 'unsupported', what: 'contradiction' });

  // "Which cities had not a single payment in lira?": the values of one column with none of the
  // payments described — which needs that column, something that describes the payments, and nothing
  // ranked, compared, measured or conditioned beside it.
  if (draft.absent) {
    const [only] = draft.dimensions;
    const alone =
      draft.dimensions.length === 1 &&
      only !== undefined &&
      !['amount_band', 'group_split', 'hour_split', 'weekend'].includes(only) &&
      !draft.top &&
      !compare &&
      !share &&
      !draft.having &&
      draft.measures.every((m) => m.fn === 'count') &&
      // (Days of a period with none: the period bounds the days, and something else must be counted.)
      // (A filter of the column itself only says which values are asked about.)
      (draft.filters.some((f) => !('column' in f.filter) || f.filter.column !== only) ||
        (time !== null && !(TIME_UNITS as readonly string[]).includes(only)));
    if (!alone) issues.push({ kind: 'unsupported', what: 'absent' });
  }

  if (issues.length > 0) return { ok: false, issues };

  let shape: Shape = 'single';
  if (compare) shape = 'compare';
  // What a comparison shows: what the question says; else both periods and, when it asks how something
  // grew or changed, the change in % too ("compare October and September" is the two numbers).
  // ("Top 5 MCC codes by turnover growth (%)": a ranking of groups by their change shows both periods
  // with it, as "which category grew the most" does — the "%" says what the ranking is by.)
  const rankedByChange =
    compare !== null && draft.top !== null && draft.dimensions.length > 0 && draft.compareOutput === 'change';
  if (rankedByChange) draft.rankByChange ??= 'change';
  // ("Was turnover in November lower than a year before? Give the change in %": a yes/no question
  // between two periods shows both, which decide it, beside the change asked for.)
  const yesNoChange = draft.yesNo === true && draft.compareOutput === 'change';
  // ("Top 3 categories by growth, November vs November, show both months": the change ranked by is shown
  // beside both — it was both alone, ranked by the later month.)
  const rankedShown = draft.rankByChange === 'change' && draft.compareOutput === 'both';
  // («Топ-5 мерчантов по приросту оборота в тенге: …, с обоими месяцами»: the difference ranked by is
  // shown beside both — they were ranked by a column not shown.)
  const differenceShown =
    draft.rankByChange === 'difference' &&
    (draft.compareOutput === 'both' || draft.compareOutput === undefined);
  const output = differenceShown
    ? 'with_difference'
    : rankedByChange || yesNoChange || rankedShown
      ? undefined
      : (draft.compareOutput ?? (draft.growth ? undefined : 'both'));
  if (compare && output) compare = { ...compare, output };
  // "month-over-month change for each month": two fixed periods side by side cannot be a timeline;
  // each bucket against the one before it is not something the frame can say. Asked back.
  // ("October vs November 2026: count and total for each month", "Black Friday 2025 vs 2026 … on each
  // day", «әр айдың саны мен сомасы»: a breakdown by a unit each compared period lies within has one
  // row per period — what the comparison shows; it was asked back.)
  // (Several measures with a change are asked back: "count and total for each month plus the % change in
  // total" changes one of them, which the frame cannot say.)
  const oneChange = draft.measures.length <= 1 || compare?.output === 'both';
  if (compare && draft.eachPeriod && oneChange && draft.dimensions.some(isTimeDimension)) {
    const periods = [compare.earlier, compare.later];
    const times = draft.dimensions.filter(isTimeDimension);
    if (times.every((d) => periods.every((p) => inOneBucket(p, d))))
      draft.dimensions = draft.dimensions.filter((d) => !isTimeDimension(d));
  }
  if (compare && draft.dimensions.some(isTimeDimension))
    return { ok: false, issues: [{ kind: 'unsupported', what: 'compare_timeline' }] };
  // "the difference" with no two periods to take it between: asked back, never dropped.
  // (Two groups set side by side, "domestic and foreign acquirers, as two columns", are the two rows.)
  const groupsSideBySide =
    (draft.compareOutput === 'both' || draft.sideDifference !== undefined) && draft.comparedValues;
  if (!compare && draft.compareOutput && !groupsSideBySide)
    return { ok: false, issues: [{ kind: 'compare_missing' }] };
  else if (share) shape = 'share';
  else if (draft.top && limit !== null) shape = 'topn';
  else if (draft.dimensions.some(isTimeDimension)) shape = 'timeseries';
  else if (draft.dimensions.length > 0) shape = 'breakdown';

  // "by hour" is the hour of the day (0–23): «оборот по часам за 2025 год» is 24 rows, not thousands
  // of hourly buckets, and for one day ("per hour yesterday") the rows are the same, labelled 0–23.
  // Three writers who never read the planner labelled hours so, over a day, a week or a year.
  const dimensions = draft.dimensions.includes('hour')
    ? [...new Set(draft.dimensions.map((d): Dimension => (d === 'hour' ? 'hour_of_day' : d)))]
    : draft.dimensions;

  // "weekdays and weekends, side by side", «с кошельком и без, двумя числами»: the split as two
  // columns, as asked (the two rows left the words unheeded).
  // (…with one more breakdown for the rows when the split is not a time dimension.)
  const twoWay =
    (dimensions.length === 1 || (dimensions.length === 2 && !isTimeDimension(dimensions[0]!))) &&
    isTwoWaySplit(dimensions[0], filters);
  // "… <5k, 5k-20k and >20k per city, bands as columns": the bands as the columns, the rest the rows.
  const bandsAsColumns =
    draft.sideBySide === true &&
    dimensions.includes('amount_band') &&
    dimensions.length <= 2 &&
    !dimensions.includes('group_split');
  if (bandsAsColumns && dimensions[0] !== 'amount_band')
    dimensions.splice(0, dimensions.length, 'amount_band', ...dimensions.filter((d) => d !== 'amount_band'));
  const sideBySide =
    (draft.sideBySide === true || groupsSideBySide) &&
    (twoWay || bandsAsColumns) &&
    !compare &&
    (!share || share.subset.length > 0) &&
    limit === null;
  // (Two ranges of hours are two columns: as rows they would need labels the asker did not give — "night"
  // and "day" were one writer's — so without "side by side", "in one row" or "than" they are asked back.)
  if (dimensions.includes('hour_split') && !sideBySide)
    return { ok: false, issues: [{ kind: 'unsupported', what: 'two_hour_ranges' }] };
  // ("turnover by bank with a column per wallet: Apple Pay, Google Pay, Samsung Pay", «с колонками по
  // кошелькам»: one breakdown as the rows and another as the columns — a pivot the plan does not lay out;
  // rows of pairs were another table, given unsaid.)
  // ("the percentage of payments in each band, bands as columns": bands asked as columns that the plan
  // cannot lay out so — a share spread over them — are asked back; they came as rows, the request dropped.)
  if (draft.sideBySide === true && !sideBySide && dimensions.length >= 2 && !compare)
    return { ok: false, issues: [{ kind: 'unsupported', what: 'pivot' }] };
  // "What rank is Shymkent by turnover?": the value's filter out of the ranking of every group, kept to
  // pick its row; only one value of the one dimension, by one measure, with no rows cut.
  let placeOf: Frame['placeOf'];
  if (draft.placeOf) {
    const [ranked] = dimensions;
    const named = filters.filter(
      (f) => f.kind === 'values' && !f.negated && f.column === ranked && f.values.length === 1,
    );
    const own = named[0];
    if (
      dimensions.length !== 1 ||
      draft.measures.length !== 1 ||
      limit !== null ||
      compare ||
      share ||
      sideBySide ||
      named.length !== 1 ||
      own?.kind !== 'values'
    )
      return { ok: false, issues: [{ kind: 'unsupported', what: 'limit' }] };
    placeOf = { value: own.values[0]!, ...(draft.placeOf === 'figure' ? { withFigure: true as const } : {}) };
    filters = filters.filter((f) => f !== own);
    order = null;
  }
  if (bandsAsColumns && !sideBySide && !compare)
    return { ok: false, issues: [{ kind: 'unsupported', what: 'share_columns' }] };
  // (The difference of two values is of the two set side by side, or asked back: never dropped.)
  const differenceBeside =
    sideBySide && draft.sideDifference !== undefined && dimensions[0] === 'group_split';
  if (draft.sideDifference && !differenceBeside)
    return { ok: false, issues: [{ kind: 'unsupported', what: 'value_difference' }] };
  const frame: Frame = {
    version: 1,
    language: options.language,
    measures: draft.measures,
    dimensions,
    filters,
    time,
    compare,
    share,
    shape,
    limit,
    ...(draft.topOffset !== undefined && limit !== null ? { offset: draft.topOffset } : {}),
    ...(placeOf !== undefined ? { placeOf } : {}),
    order,
    ...(overlap ? { overlap } : {}),
    ...(draft.rankedWithin &&
    limit !== null &&
    dimensions.length >= 2 &&
    dimensions.includes(draft.rankedWithin) &&
    !compare &&
    !share &&
    !sideBySide
      ? { rankedWithin: draft.rankedWithin }
      : {}),
    ...(draft.originalAmount
      ? { amountIn: draft.bothAmounts ? ('both' as const) : ('original' as const) }
      : {}),
    ...(draft.decimals !== undefined ? { decimals: draft.decimals } : {}),
    ...(draft.amountScale !== undefined ? { amountScale: draft.amountScale } : {}),
    ...(draft.labelsOnly && limit !== null ? { labelsOnly: true as const } : {}),
    // («қай банктің карталарымен ең көп …? Барлық банктерді көрсетіңіз»: a ranking shown whole is no
    // list of the values.)
    // («қай санаттарда 15-тен аз мерчант болды»: values kept by a condition on each show its figure, as
    // "which categories had fewer than 15 merchants" does.)
    ...(draft.listValues &&
    !draft.absent &&
    !draft.having &&
    !draft.top &&
    dimensions.length === 1 &&
    limit === null &&
    !compare &&
    !share
      ? { listValues: true as const }
      : {}),
    ...(draft.absent ? { absent: true as const } : {}),
    ...(draft.alphabetical && limit === null && order === null ? { alphabetical: true as const } : {}),
    ...(draft.groupsFirst && limit === null && order === null ? { groupsFirst: true as const } : {}),
    ...(draft.rankByChange && compare && order !== null ? { rankByChange: draft.rankByChange } : {}),
    ...(changeSign && compare && dimensions.length > 0 ? { changeSign } : {}),
    ...(draft.sortMeasure && !compare && (!share || share.measure !== undefined) && !sideBySide
      ? { sortMeasure: draft.sortMeasure }
      : {}),
    ...(dimensions.includes('amount_band') && draft.bands ? { bands: draft.bands } : {}),
    ...(dimensions.includes('amount_band') && draft.bands && draft.bandsTopOver
      ? { bandsTopOver: true as const }
      : {}),
    ...(dimensions.includes('group_split') && draft.split ? { split: draft.split } : {}),
    ...(draft.having ? { having: draft.having } : {}),
    ...(draft.threshold ? { threshold: draft.threshold } : {}),
    ...(sideBySide ? { sideBySide: true as const } : {}),
    ...(differenceBeside ? { sideDifference: draft.sideDifference } : {}),
    ...(dimensions.includes('hour_split') && draft.hourSplit ? { hourSplit: draft.hourSplit } : {}),
    ...(draft.comparedValues && !compare && !draft.top ? { listed: true } : {}),
    confident: true,
  };
  // ("Counts only, the amounts aren't needed" answered with the amounts: the plan shows what was
  // declined — asked back. A list of the values alone shows no figure.)
  const declined = draft.declined;
  if (declined) {
    const figures = frame.listValues === true || frame.labelsOnly === true ? [] : frame.measures;
    const shown =
      figures.some((m) => (declined.measures as string[]).includes(m.fn)) ||
      frame.dimensions.some((d) => declined.dimensions.includes(d));
    if (shown) return { ok: false, issues: [{ kind: 'unknown_words', words: declined.words }] };
  }
  // Out-of-range numbers ("the last 50000 weeks") end here rather than in SQL.
  if (!frameSchema.safeParse(frame).success)
    return { ok: false, issues: [{ kind: 'unsupported', what: 'out_of_range' }] };
  return { ok: true, frame };
}

/** Which filters replace each other in a follow-up: the same column, or both on the amount. */
function filterKey(f: Filter): string {
  switch (f.kind) {
    case 'values':
    case 'ids':
    case 'presence':
      return f.column;
    case 'amount':
    case 'amount_between':
      return 'amount';
    case 'weekday':
      return 'weekday';
    case 'hours':
      return 'hours';
    case 'month_days':
      return 'month_days';
  }
}

/**
 * A follow-up that asks what share the previous answer is of a whole it names, or of the total
 * ("what share of all online purchases is that?", «барлық POS сатып алулардағы үлесі қанша?"): no
 * share before, no groups, and nothing named but the whole.
 */
function shareOfPrevious(previous: Frame, current: Draft): boolean {
  return (
    current.share &&
    previous.share === null &&
    previous.dimensions.length === 0 &&
    current.dimensions.length === 0 &&
    (current.filters.length > 0 || current.widened !== undefined) &&
    current.filters.every((f) => f.role === 'base')
  );
}

/** A filter that keeps part of what another keeps: Apple Pay within all wallet payments, Halyk within Halyk and Kaspi. */
function keepsPartOf(f: Filter, whole: Filter): boolean {
  if (f.kind !== 'values' || f.negated) return false;
  if (whole.kind === 'presence') return whole.present && whole.column === f.column;
  return (
    whole.kind === 'values' &&
    !whole.negated &&
    whole.column === f.column &&
    f.values.length < whole.values.length &&
    f.values.every((v) => whole.values.includes(v))
  );
}

/** «без Турции» after «зарубежных операций» (not KAZ): one exclusion more, not another instead. */
function widenedExclusion(f: Filter, previous: readonly DraftFilter[]): Filter {
  if (f.kind !== 'values' || !f.negated) return f;
  const before = previous.find(
    (p) => p.filter.kind === 'values' && p.filter.negated && p.filter.column === f.column,
  )?.filter;
  if (before?.kind !== 'values') return f;
  return { ...f, values: [...new Set([...before.values, ...f.values])] };
}

/** The previous frame as a draft again, so that a follow-up can be merged into it. */
export function frameToDraft(frame: Frame): Draft {
  const filters: DraftFilter[] = frame.filters.map((filter) => ({
    filter,
    role: frame.share && frame.share.subset.length > 0 ? 'base' : 'auto',
  }));
  for (const filter of frame.share?.subset ?? []) filters.push({ filter, role: 'subset' });
  // (The value whose place was asked is a filter again: "and Almaty?" names another.)
  const ranked = frame.dimensions[0];
  if (frame.placeOf !== undefined && (ENUM_COLUMNS as readonly string[]).includes(ranked ?? ''))
    filters.push({
      filter: { kind: 'values', column: ranked as EnumColumn, negated: false, values: [frame.placeOf.value] },
      role: 'auto',
    });
  return {
    measures: frame.measures,
    dimensions: frame.dimensions,
    filters,
    times: frame.compare ? [frame.compare.earlier, frame.compare.later] : frame.time ? [frame.time] : [],
    elliptical: false,
    compare: false,
    periodsJoined: frame.compare !== null,
    comparedValues: false,
    share: frame.share !== null,
    ...(frame.share?.withMeasure ? { shareWithMeasure: true } : {}),
    ...(frame.share?.measure !== undefined
      ? {
          shareOf:
            frame.measures[frame.share.measure]!.fn === 'count' ? ('count' as const) : ('sum' as const),
        }
      : {}),
    ...(frame.share?.ofWhich ? { ofWhich: true } : {}),
    top:
      frame.shape === 'topn' && frame.limit !== null && frame.order !== null
        ? { direction: frame.order, limit: frame.limit, plural: frame.limit > 1 }
        : null,
    ...(frame.rankedWithin ? { rankedWithin: frame.rankedWithin } : {}),
    ...(frame.offset !== undefined && frame.shape === 'topn' ? { topOffset: frame.offset } : {}),
    ...(frame.placeOf !== undefined
      ? { placeOf: frame.placeOf.withFigure ? ('figure' as const) : ('place' as const) }
      : {}),
    hasEntity: true,
    countable: false,
    followUp: false,
    domain: true,
    anyContent: true,
    byMeasure: false,
    originalAmount: frame.amountIn === 'original' || frame.amountIn === 'both',
    ...(frame.amountIn === 'both' ? { bothAmounts: true } : {}),
    ...(frame.bands ? { bands: frame.bands } : {}),
    ...(frame.bandsTopOver ? { bandsTopOver: true } : {}),
    ...(frame.split ? { split: copySplit(frame.split) } : {}),
    ...(frame.having ? { having: { ...frame.having } } : {}),
    issues: [],
    flags: { destructive: false, personal: false, offTopic: false, greeting: false },
  };
}

/**
 * Merges a follow-up ("and yesterday?", «а в Астане?», "now by bank", "only online") into the
 * previous frame: what the follow-up says replaces the same part of the previous question.
 */
export function mergeFollowUp(previous: Frame, given: Draft): Draft {
  let current = given;
  const base = frameToDraft(previous);
  const merged: Draft = { ...base, issues: [...current.issues], flags: current.flags };
  // A measure named replaces the last one; a count only implied by a noun («и то же самое для покупок в
  // магазинах») or "how much did it grow?" keeps it.
  const growthOnly =
    current.growth === true &&
    current.times.length === 0 &&
    current.dimensions.length === 0 &&
    current.filters.length === 0;
  if (current.measures.length > 0 && !current.impliedCount && !growthOnly)
    merged.measures = current.addsMeasures
      ? uniqueMeasures([...base.measures, ...current.measures])
      : current.measures;
  if (current.dimensions.length > 0) {
    merged.dimensions = current.dimensions;
    // "How many in Almaty?" → "and by city?": the city is now a column, not a filter.
    merged.filters = base.filters.filter(
      (f) =>
        !(f.filter.kind === 'values' && !f.filter.negated && current.dimensions.includes(f.filter.column)),
    );
  }
  // "as one number", «одной цифрой»: the figure over all the rows there were.
  if (current.oneFigure && current.dimensions.length === 0) {
    merged.dimensions = [];
    merged.top = null;
  }
  // «а только Узбекистан и Кыргызстан, одной цифрой?» after counts by country: those together, one row.
  if (current.combined && current.dimensions.length === 0)
    merged.dimensions = merged.dimensions.filter((d) => !current.combined!.includes(d));
  // "What was that in tenge?" after amounts in the original currency: the same payments, in tenge.
  const kztOnly =
    current.filters.length === 1 &&
    current.filters[0]!.filter.kind === 'values' &&
    current.filters[0]!.filter.column === 'transaction_currency' &&
    !current.filters[0]!.filter.negated &&
    current.filters[0]!.filter.values.join() === 'KZT';
  const tengeAgain = (current.tengeUnit === true || kztOnly) && base.originalAmount;
  // «теперь по всем городам, без разбивки по категориям»: a row per city, or one figure over them all?
  if (current.widened && current.oneFigure) merged.issues.push({ kind: 'unsupported', what: 'breakdown' });
  // "…, all cities" after a top 3 of the cities: every row, not the top.
  if (current.widened?.some((d) => base.dimensions.includes(d)) && !current.top) merged.top = null;
  // «а по всем городам?» after «… в Актобе»: the city is no longer kept to one.
  if (current.widened)
    merged.filters = merged.filters.filter(
      (f) => !(f.filter.kind === 'values' && !f.filter.negated && current.widened!.includes(f.filter.column)),
    );
  if (shareOfPrevious(previous, current)) {
    // «какая это доля от всех POS-покупок?» after «Сумма оплат по QR за октябрь»: the previous
    // payments are the part, the whole is what the follow-up names, the measure is the previous one.
    const whole = current.filters.map((f) => f.filter);
    const part: DraftFilter[] = [];
    for (const f of base.filters) {
      const named = whole.find((w) => filterKey(w) === filterKey(f.filter));
      if (!named || keepsPartOf(f.filter, named)) part.push({ filter: f.filter, role: 'subset' });
    }
    merged.filters = [...current.filters.map((f) => ({ ...f, role: 'base' as const })), ...part];
    if (current.impliedCount) merged.measures = base.measures;
    // (Two of them — "contactless in Karaganda" — part and whole are not one reading.)
    if (part.length > 1) merged.issues.push({ kind: 'ambiguous_share' });
  } else if (current.filters.length > 0) {
    const own = tengeAgain
      ? current.filters.filter(
          (f) =>
            !(
              f.filter.kind === 'values' &&
              f.filter.column === 'transaction_currency' &&
              f.filter.values.join() === 'KZT'
            ),
        )
      : current.filters;
    current = { ...current, filters: own };
    const keys = new Set(current.filters.map((f) => filterKey(f.filter)));
    const kept = merged.filters.filter((f) => !keys.has(filterKey(f.filter)));
    const replacedRoles = new Map(merged.filters.map((f) => [filterKey(f.filter), f.role] as const));
    merged.filters = [
      ...kept,
      ...current.filters.map((f) => ({
        ...f,
        filter: widenedExclusion(f.filter, merged.filters),
        role: replacedRoles.get(filterKey(f.filter)) ?? f.role,
      })),
    ];
  }
  if (current.compare && current.times.length === 0 && base.times.length === 2 && base.periodsJoined) {
    // "… vs September" → "how much did it grow in %?": the same two periods, with the change.
    merged.compare = true;
  } else if (current.compare && current.times.length === 1 && base.times.length === 1) {
    // "… this month" → "compare with last month": the previous period against the new one.
    merged.times = [base.times[0]!, current.times[0]!];
    merged.compare = true;
  } else if (current.times.length > 0) {
    merged.times = current.times;
    merged.elliptical = current.elliptical;
    merged.compare = current.compare;
    merged.periodsJoined = current.periodsJoined;
  } else if (current.elliptical || (current.compare && !current.comparedValues)) {
    merged.times = base.times.slice(-1);
    merged.elliptical = true;
  }
  merged.comparedValues = current.comparedValues;
  merged.share = base.share || current.share;
  merged.originalAmount = (base.originalAmount && !tengeAgain) || current.originalAmount;
  // «только исходящие переводы» after amounts by type: one value of the column is no breakdown by it.
  if (current.dimensions.length === 0)
    merged.dimensions = merged.dimensions.filter(
      (d) =>
        !current.filters.some(
          (f) =>
            f.filter.kind === 'values' &&
            !f.filter.negated &&
            f.filter.column === d &&
            f.filter.values.length === 1,
        ),
    );
  if (current.decimals !== undefined) merged.decimals = current.decimals;
  if (current.amountScale !== undefined) merged.amountScale = current.amountScale;
  if (current.growth) merged.growth = true;
  if (current.compareOutput) merged.compareOutput = current.compareOutput;
  // "sort it descending", «по возрастанию»: the previous rows in that order — rows of a category, or
  // of a weekday or hour cycle; a timeline stays in time order, so there the words are asked back.
  if ((current.largestFirst || current.smallestFirst) && current.dimensions.length === 0) {
    const dims = merged.dimensions;
    const cycle = dims.length === 1 && isCycleDimension(dims[0]!);
    const categorical = dims.some((d) => !isTimeDimension(d)) && !dims.some(isTimeDimension);
    if (!cycle && !categorical) merged.issues.push({ kind: 'unsupported', what: 'order' });
    else if (current.largestFirst) merged.largestFirst = true;
    else merged.smallestFirst = true;
  }
  if (current.bands) {
    merged.bands = current.bands;
    if (current.bandsTopOver) merged.bandsTopOver = true;
    else delete merged.bandsTopOver;
  }
  if (current.split) merged.split = current.split;
  // "cities with a total over 5 million" → "and in October?": the same condition on the same groups;
  // "now by bank" drops it (the condition was on the cities' totals).
  if (current.having) merged.having = current.having;
  else if (current.dimensions.length > 0) delete merged.having;
  // A yes/no threshold is the question's own ("and in Astana?" asks for the figure).
  if (current.threshold) merged.threshold = current.threshold;
  else delete merged.threshold;
  // (A place asked now, or none: "and the top 3?" after "the second-largest" is the top 3.)
  if (current.top) {
    merged.top = current.top;
    if (current.topOffset !== undefined) merged.topOffset = current.topOffset;
    else delete merged.topOffset;
  } else if (current.dimensions.length > 0 && base.top) merged.top = { ...base.top };
  return merged;
}
