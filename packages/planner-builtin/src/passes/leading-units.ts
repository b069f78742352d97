import { isoDay, YEAR_MAX, YEAR_MIN, zonedToday } from '../calendar.js';
import type { TimeRange } from '../frame.js';
import { WHICH_OF_UNITS } from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { definePass, isKind, numberOf, type Reading } from './reading.js';

/** How many of each unit a year holds: "the first 9 months of 2026", not "the first 14 months". */
const PER_YEAR: Readonly<Record<string, number>> = { month: 12, quarter: 4 };

/** `n` units from the start of `year`, as half-open dates. */
function leadingUnits(year: number, unit: 'month' | 'quarter', n: number): TimeRange {
  const months = unit === 'quarter' ? 3 * n : n;
  const end = months === 12 ? isoDay(year + 1, 1, 1) : isoDay(year, months + 1, 1);
  return { kind: 'dates', from: isoDay(year, 1, 1), to: end };
}

/**
 * The first months or quarters of a year: "the first 9 months of 2025", «за 9 месяцев 2026 года»,
 * «первые 2 квартала этого года», «2026 жылдың 9 айында». A number of months next to a year —
 * written, or "this / last year" — counts from the year's start (a number of quarters only after
 * "first": «3 квартал 2026» is Q3); a number of units with no year stays "the last N" (the relative
 * periods pass), and "the last 3 months of 2025" is not read here. Read after the top pass (which
 * takes "top 3 months") and before the calendar dates, which would take the year alone.
 */
export const readLeadingUnits = definePass((r: Reading) => {
  const { slots, notes } = r;
  const { next } = cursor(slots);
  const yearAfter = (k: number): { year: number; end: number } | null => {
    const s = slots[k];
    const n = numberOf(s);
    if (n !== null && Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX) {
      const unit = slots[next(k)];
      const isYearWord = isKind(unit, 'timeUnit') && unit.item.meaning.unit === 'year';
      return { year: n, end: isYearWord ? next(k) : k };
    }
    const unit = slots[next(k)];
    if (isKind(s, 'periodModifier') && isKind(unit, 'timeUnit') && unit.item.meaning.unit === 'year') {
      const m = s.item.meaning.modifier;
      if (m !== 'this' && m !== 'previous') return null;
      return { year: zonedToday(r.env).year - (m === 'previous' ? 1 : 0), end: next(k) };
    }
    return null;
  };
  for (let i = 0; i < slots.length; i++) {
    const count = slots[i]!;
    const n = numberOf(count);
    const unitSlot = slots[next(i)];
    if (count.used || n === null || !Number.isInteger(n) || n < 1) continue;
    // "the last 3 months of 2025" are its end, not its start: not read here.
    if (i > 0 && isKind(slots[i - 1], 'periodModifier')) continue;
    // "Which three months of 2025 had the highest turnover?", «Какие три месяца 2025 года …»: the months
    // asked for, ranked — not the year's first three.
    if (WHICH_OF_UNITS.includes(slots[i - 1]?.item.text ?? '')) continue;
    if (!isKind(unitSlot, 'timeUnit')) continue;
    const unit = unitSlot.item.meaning.unit;
    if (unit !== 'month' && unit !== 'quarter') continue;
    if (n > PER_YEAR[unit]!) continue;
    // The year after the units («за 9 месяцев 2026 года»), or before them («2026 жылдың 9 айында»).
    const ordinal = slots[i - 1];
    const first = isKind(ordinal, 'ordinal') && ordinal.item.meaning.value === 1;
    // «3 квартал 2026», «2026 жылдың 3-тоқсаны» name the third quarter: quarters are counted only
    // after "first" («первые 2 квартала»).
    if (unit === 'quarter' && !first) continue;
    const after = yearAfter(next(next(i)));
    // («2026 жылғы алғашқы 9 айда»: "first" between the year and the number.)
    const before = yearBefore(first ? i - 1 : i);
    const year = after ?? before;
    if (!year) continue;
    const taken = [i, next(i), ...(first ? [i - 1] : [])];
    if (after) for (let k = next(next(i)); k <= after.end; k++) taken.push(k);
    else if (before) for (let k = before.start; k < i; k++) taken.push(k);
    for (const k of taken) slots[k]!.used = true;
    notes.timeRanges.push({ range: leadingUnits(year.year, unit, n), at: first ? i - 1 : i });
    r.draft.domain = true;
    i = Math.max(...taken);
    // ("the first 11 months of 2025 and of 2026": "and of" another year takes the same months of it —
    // the second was the whole year.)
    const link = after ? next(after.end) : -1;
    const other = link >= 0 ? yearAfter(next(link)) : null;
    if (other && isKind(slots[link], 'conjunction') && slots[link + 1]?.item.text === 'of') {
      for (let k = link; k <= other.end; k++) slots[k]!.used = true;
      notes.timeRanges.push({ range: leadingUnits(other.year, unit, n), at: next(link) });
      i = other.end;
    }
  }

  /** «2026 жылдың 9 айында»: a year, its year word, then the number of units. */
  function yearBefore(i: number): { year: number; start: number } | null {
    let k = i - 1;
    while (k >= 0 && slots[k]!.item.kind === 'stop') k--;
    const word = slots[k];
    if (!isKind(word, 'timeUnit') || word.item.meaning.unit !== 'year') return null;
    const y = numberOf(slots[k - 1]);
    if (y === null || !Number.isInteger(y) || y < YEAR_MIN || y > YEAR_MAX) return null;
    return { year: y, start: k - 1 };
  }
});
