import { isoParts, validDay, YEAR_MAX, YEAR_MIN, zonedToday } from '../calendar.js';
import { marksOf } from '../tokenize.js';
import { cursor } from './cursor.js';
import { definePass, isKind, numberOf, type Slot } from './reading.js';

/** The ISO weekday (1 = Monday … 7 = Sunday) of a day, or null when the day does not exist. */
function isoWeekday(year: number, month: number, day: number): number | null {
  if (!validDay(year, month, day)) return null;
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

const isYear = (n: number | null): n is number =>
  n !== null && Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX;
const isDay = (n: number | null): n is number => n !== null && Number.isInteger(n) && n >= 1 && n <= 31;

interface Day {
  day: number;
  month: number;
  year: number | null;
  /** The slots the date is written in. */
  from: number;
  to: number;
}

/**
 * "Mon 2 Nov to Sun 8 Nov 2026", "2 ноября 2026 (понедельник)", "Monday, 2026-11-02": a weekday's name
 * right beside a date says which weekday that date is. When it is that date's weekday it only restates
 * the date: it becomes a stop word, so the dates read as if it were not there (it was a filter on
 * Mondays, or a range the weekday broke in two, asked back). When it is not, the question contradicts
 * itself and is asked back. Read before the dates.
 */
export const readDateWeekdays = definePass((r) => {
  const { slots, draft } = r;
  const { next, prev } = cursor(slots);
  const yearAt = (k: number): number | null => {
    const n = numberOf(slots[k]);
    return isYear(n) ? n : null;
  };
  /** A date that starts at slot k: a date token, "2 Nov [2026]" or "Nov 2[, 2026]". */
  const startingAt = (k: number): Day | null => {
    const s = slots[k];
    if (s?.item.kind === 'date') return { ...isoParts(s.item.iso), from: k, to: k };
    const first = numberOf(s);
    const month = slots[next(k)];
    if (isDay(first) && isKind(month, 'monthName')) {
      const year = yearAt(next(next(k)));
      return {
        day: first,
        month: month.item.meaning.month,
        year,
        from: k,
        to: year ? next(next(k)) : next(k),
      };
    }
    const day = numberOf(slots[next(k)]);
    if (isKind(s, 'monthName') && isDay(day)) {
      const year = yearAt(next(next(k)));
      return { day, month: s.item.meaning.month, year, from: k, to: year ? next(next(k)) : next(k) };
    }
    return null;
  };
  /** A date that ends at slot k (its year, its month or its day). */
  const endingAt = (k: number): Day | null => {
    for (const from of [k, prev(k), prev(prev(k))]) {
      if (from < 0) continue;
      const d = startingAt(from);
      if (d && d.to === k) return d;
    }
    return null;
  };
  // (A date with no year takes the first year written after it, "Mon 2 Nov to Sun 8 Nov 2026", or this one.)
  const yearAfter = (k: number): number => {
    for (let j = k; j >= 0 && j < slots.length; j = next(j)) {
      const y = yearAt(j);
      if (y !== null) return y;
    }
    return zonedToday(r.env).year;
  };
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'weekdayFilter') || slot.item.meaning.days.length !== 1) return;
    const date = startingAt(next(i)) ?? endingAt(prev(i));
    if (!date) return;
    const weekday = isoWeekday(date.year ?? yearAfter(date.to), date.month, date.day);
    if (weekday === slot.item.meaning.days[0]) {
      const restated: Slot = slot;
      restated.item = { kind: 'stop', text: slot.item.text, ...marksOf(slot.item) };
      restated.used = true;
    } else {
      slot.used = true;
      draft.issues.push({ kind: 'unknown_words', words: [slot.item.text] });
    }
  });
});
