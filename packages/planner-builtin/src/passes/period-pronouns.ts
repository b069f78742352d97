import { addDays, daysBetween, isoDay, isoParts } from '../calendar.js';
import { type Dimension, TIME_UNITS, type TimeRange, type TimeUnit } from '../frame.js';
import { PERIOD_PRONOUNS } from '../vocabulary/index.js';
import { definePass, isKind } from './reading.js';

/** Whether the range is exactly one unit of the calendar: one day, a 7-day week, a month, a quarter, a year. */
export function spansOne(range: TimeRange, unit: TimeUnit): boolean {
  switch (range.kind) {
    case 'today':
    case 'yesterday':
    case 'day_before_yesterday':
      return unit === 'day';
    case 'this':
    case 'previous':
      return range.unit === unit && !('toDate' in range && range.toDate);
    case 'dates': {
      if (range.to === null) return false;
      const { year, month, day } = isoParts(range.from);
      if (year === null) return false;
      if (unit === 'day') return range.to === addDays(range.from, 1);
      if (unit === 'week') return daysBetween(range.from, range.to) === 7;
      if (day !== 1) return false;
      if (unit === 'month') return range.to === isoDay(year, month + 1, 1);
      if (unit === 'quarter') return month % 3 === 1 && range.to === isoDay(year, month + 3, 1);
      return unit === 'year' && month === 1 && range.to === isoDay(year + 1, 1, 1);
    }
    default:
      return false;
  }
}

/**
 * "… used Google Pay at least once that month", "cards with a payment during the month", "a % of the
 * month's total", "that city's share within each month": the unit of the question's one period, or of
 * its rows, named again after "that" / "the" says nothing new. With two periods, a period of another
 * length, or no period, the word stays unread (asked back).
 */
export const readPeriodPronouns = definePass(({ slots, draft }) => {
  slots.forEach((s, i) => {
    if (s.used || !isKind(s, 'timeUnit')) return;
    const before = slots[i - 1];
    if (before?.item.kind !== 'stop' || !PERIOD_PRONOUNS.includes(before.item.text)) return;
    const unit = s.item.meaning.unit;
    const period = !draft.compare && draft.times.length === 1 && spansOne(draft.times[0]!, unit);
    if (period || draft.dimensions.includes(unit)) s.used = true;
  });
});

const isTimeUnit = (d: Dimension): d is TimeUnit => (TIME_UNITS as readonly string[]).includes(d);

/**
 * "annual turnover in 2025", «2025 жылы жылдық айналымы», "monthly average ticket for November 2026":
 * the adjective of the one period asked, right before the figure, says it is the figure of that whole
 * period — no row per year (the time-buckets pass made one, and a condition on the turnover then held
 * for the year, not for each merchant).
 */
export const settlePeriodAdjectives = definePass(({ slots, draft }) => {
  if (draft.compare || draft.times.length !== 1) return;
  slots.forEach((s, i) => {
    if (!isKind(s, 'bucket')) return;
    const unit = s.item.meaning.dimension;
    const figure = slots[i + 1];
    const named = isKind(figure, 'amount') || isKind(figure, 'check') || isKind(figure, 'aggregate');
    if (!named || !isTimeUnit(unit) || !spansOne(draft.times[0]!, unit)) return;
    draft.dimensions = draft.dimensions.filter((d) => d !== unit);
  });
});
