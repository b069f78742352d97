import { addDays, isoDay } from '../calendar.js';
import { NUMBERING_NOTE_WORDS, PLURAL_WEEKS, RANGE_TO_WORDS, THAN_WORDS } from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { definePass, isKind, numberOf, type Slot } from './reading.js';

/** The Monday that starts ISO week `week` of `year` (week 1 holds 4 January). */
export function isoWeekStart(year: number, week: number): string {
  const january4 = isoDay(year, 1, 4);
  const weekday = (new Date(`${january4}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(january4, 7 * (week - 1) - weekday);
}

/** The number of ISO weeks in `year`: 53 when 28 December falls in week 53. */
function weeksIn(year: number): number {
  const december28 = isoDay(year, 12, 28);
  const start = isoWeekStart(year, 1);
  return (
    Math.floor(
      (Date.parse(`${december28}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / (7 * 86_400_000),
    ) + 1
  );
}

/** A word for the week unit. */
export const isWeek = (s: Slot | undefined) => isKind(s, 'timeUnit') && s.item.meaning.unit === 'week';
const isYearUnit = (s: Slot | undefined) => isKind(s, 'timeUnit') && s.item.meaning.unit === 'year';
const yearOf = (s: Slot | undefined): number | null => {
  const n = numberOf(s);
  return n !== null && Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
};

/**
 * A week of the year by its number: "week 45 of 2026", «на 46-й неделе 2026 года», «2026 жылғы
 * 47-аптада» — the ISO week, Monday to Sunday (ISO weeks are how banks number them). The words that say
 * so ("(ISO)", "(ISO week)", "Mon–Sun") are read with it. A week number with no year is asked back.
 */
export const readIsoWeeks = definePass(({ slots, notes }) => {
  const { next, prev } = cursor(slots);
  /** The year of each week read, by the index of its week word. */
  const yearAt = new Map<number, number>();
  const read = (week: number, year: number, taken: number[], at: number, lastWeek = week) => {
    for (const k of taken) slots[k]!.used = true;
    yearAt.set(at, year);
    const from = isoWeekStart(year, week);
    const to = addDays(isoWeekStart(year, lastWeek), 7);
    notes.timeRanges.push({ range: { kind: 'dates', from, to }, at: Math.min(...taken) });
    // ("(ISO)", "(ISO weeks, Mon–Sun)", "(ISO week)": said of the week.)
    let k = next(Math.max(...taken));
    while (
      k >= 0 &&
      (slots[k]!.item.text === 'iso' ||
        // (…but not the next week with its own number: "week 47 of 2026 than in week 48")
        (isWeek(slots[k]) && numberOf(slots[next(k)]) === null) ||
        isKind(slots[k], 'calendarWeek'))
    ) {
      slots[k]!.used = true;
      k = next(k);
    }
  };
  // ("ISO week 45 of 2026", "ISO weeks 40–48 of 2026": the word said before the week too.)
  const withIsoWord = (taken: number[]): number[] => {
    const iso = prev(Math.min(...taken));
    return NUMBERING_NOTE_WORDS.includes(slots[iso]?.item.text ?? '') ? [...taken, iso] : taken;
  };
  const valid = (week: number | null, year: number | null): week is number =>
    week !== null && year !== null && Number.isInteger(week) && week >= 1 && week <= weeksIn(year);
  slots.forEach((slot, i) => {
    if (slot.used || !isWeek(slot)) return;
    let week: number | null = null;
    let year: number | null = null;
    let taken: number[] = [];
    const n = next(i);
    const after = numberOf(slots[n]);
    // (Not a number in brackets after it: «2026 жылғы 47-аптада (16–22 қараша)» restates the days.)
    if (after !== null && after <= 53 && !slots[n]!.used && !slots[n]!.item.bracketBefore) {
      // "ISO weeks 40–48 of 2026", "weeks 44 to 48 of 2026", «ISO-недели с 1-й по 10-ю 2026 года»: the
      // weeks of a range of numbers in one year, Monday of the first to Sunday of the last.
      const joiner = RANGE_TO_WORDS.includes(slots[n + 1]?.item.text ?? '') ? n + 1 : -1;
      const end = joiner >= 0 ? next(joiner) : next(n);
      const lastWeek = numberOf(slots[end]);
      const ranged = joiner >= 0 || slots[end]?.item.dashBefore === true;
      if (ranged && lastWeek !== null && lastWeek > after && !slots[end]!.used) {
        const y = next(end);
        const rangeYear = yearOf(slots[y]);
        if (rangeYear !== null && valid(after, rangeYear) && valid(lastWeek, rangeYear)) {
          const range = [i, n, end, y, ...(joiner >= 0 ? [joiner] : [])];
          if (isYearUnit(slots[next(y)])) range.push(next(y));
          read(after, rangeYear, withIsoWord(range), i, lastWeek);
          return;
        }
      }
      // "week 45 of 2026"
      const y = next(n);
      week = after;
      year = yearOf(slots[y]);
      taken = [i, n, y];
    } else {
      // «46-й неделе 2026 года», «2026 жылғы 47-аптада» (one week: not "top 3 weeks of 2025")
      const p = prev(i);
      const many = PLURAL_WEEKS.test(slot.item.text) || isKind(slots[prev(p)], 'top');
      week = slots[p]?.used || many ? null : numberOf(slots[p]);
      const y = next(i);
      year = yearOf(slots[y]);
      taken = [p, i, y];
      if (year !== null && isYearUnit(slots[next(y)])) taken.push(next(y));
      if (year === null) {
        const unit = prev(p);
        const before = prev(unit);
        if (isYearUnit(slots[unit])) year = yearOf(slots[before]);
        taken = [before, unit, p, i];
      }
    }
    if (!valid(week, year)) return;
    read(week, year!, withIsoWord(taken), i);
  });
  // "week 46 vs week 47 of 2026", "week 47 of 2026 than in week 48", «2026 жылғы 46-апта мен 47-апта»:
  // a week number joined to a week read with its year is of that year (the other was read as the last
  // 46 weeks, or not at all).
  /** A joining word right before (step -1) or after (step 1) slot k, stop words such as "than" included. */
  const joined = (k: number, step: 1 | -1) => {
    let j = k + step;
    while (slots[j]?.item.kind === 'stop') {
      if (THAN_WORDS.includes(slots[j]!.item.text)) return true;
      j += step;
    }
    return isKind(slots[j], 'conjunction') || isKind(slots[j], 'compare');
  };
  const nearest = (from: number, step: 1 | -1): number | null => {
    for (let k = from; k >= 0 && k < slots.length; k += step) if (yearAt.has(k)) return yearAt.get(k)!;
    return null;
  };
  slots.forEach((slot, i) => {
    if (slot.used || !isWeek(slot)) return;
    const n = next(i);
    const after = numberOf(slots[n]);
    const p = prev(i);
    const [week, first, last] =
      after !== null && !slots[n]!.used
        ? [after, i, n]
        : slots[p]?.used
          ? [null, p, i]
          : [numberOf(slots[p]), p, i];
    if (week === null) return;
    const year = joined(first, -1) ? nearest(first - 1, -1) : joined(last, 1) ? nearest(last + 1, 1) : null;
    if (valid(week, year)) read(week, year!, [first, last], i);
  });
});
