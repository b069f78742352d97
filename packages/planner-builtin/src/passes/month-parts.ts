import { addDays, daysBetween } from '../calendar.js';
import {
  DAY_OF_MONTH_WORDS,
  MONTH_DECADE_WORDS,
  MONTH_HALF_WORDS,
  RANGE_TO_WORDS,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { isWeek } from './iso-weeks.js';
import { definePass, isKind, numberOf, type Slot } from './reading.js';

/**
 * A part of a named month: its first or second half (the 1st–15th, the 16th–end), its first or last N
 * days, or its first week — said only beside the dates it means, since a "week" of a month is read
 * two ways (its first seven days or its first calendar week).
 */
export type MonthPart =
  | { kind: 'half'; n: 1 | 2 }
  /** "… vs the second half", «… мен екінші жартысы», «против второй»: the month's other half, a period of its own. */
  | { kind: 'other_half'; n: 1 | 2 }
  /** «первая декада ноября»: the 1st–10th, the 11th–20th, the 21st–end. */
  | { kind: 'decade'; n: 1 | 2 | 3 }
  | { kind: 'first'; days: number }
  | { kind: 'last'; days: number }
  | { kind: 'first_week' }
  /**
   * Days said as numbers before or after a month counted from this one ("between the 1st and the 15th of
   * last month", «5-го числа прошлого месяца»); `to` null with `open`: from that day on ("since the 10th").
   */
  | { kind: 'days'; from: number; to: number | null; open?: true };

const isMonth = (s: Slot | undefined) => isKind(s, 'monthName');
const isDays = (s: Slot | undefined) => isKind(s, 'timeUnit') && s.item.meaning.unit === 'day';
const isHalf = (s: Slot | undefined) =>
  (isKind(s, 'halfWord') && !s.item.meaning.alone) || MONTH_HALF_WORDS.includes(s?.item.text ?? '');
const isDecade = (s: Slot | undefined) => MONTH_DECADE_WORDS.includes(s?.item.text ?? '');
const ordinalOf = (s: Slot | undefined) => (isKind(s, 'ordinal') ? s.item.meaning.value : null);
// "the last 3 days", «последние 3 дня», «соңғы 3 күні» (not "trailing")
const isLast = (s: Slot | undefined) =>
  isKind(s, 'periodModifier') &&
  (s.item.meaning.modifier === 'last' || s.item.meaning.modifier === 'past') &&
  !s.item.text.includes('trailing');
const dayCount = (s: Slot | undefined) => {
  const n = numberOf(s);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 30 ? n : null;
};

/**
 * A month counted from this one at slot `i`: "this month", "last month", «прошлого месяца», «өткен
 * айдың», its modifier and its unit — unread — or null.
 */
export function relativeMonthAt(
  slots: readonly Slot[],
  i: number,
): { modifier: number; unit: number } | null {
  const s = slots[i];
  if (!isKind(s, 'periodModifier') || s.used || s.item.meaning.modifier === 'past') return null;
  const u = cursor(slots).next(i);
  const unit = slots[u];
  if (!isKind(unit, 'timeUnit') || unit.item.meaning.unit !== 'month' || unit.used) return null;
  return { modifier: i, unit: u };
}

/** The part said at slots `at` (used, if it is one) before or after the month at `month`. */
function partAt(slots: readonly Slot[], at: number[]): MonthPart | null {
  const s = at.map((k) => slots[k]);
  if (s.some((x) => x === undefined || x.used)) return null;
  const [a, b, c] = s;
  if (s.length === 2 && isHalf(b) && (ordinalOf(a) === 1 || ordinalOf(a) === 2))
    return { kind: 'half', n: ordinalOf(a) as 1 | 2 };
  const n = ordinalOf(a);
  if (s.length === 2 && isDecade(b) && (n === 1 || n === 2 || n === 3)) return { kind: 'decade', n };
  if (s.length === 2 && isWeek(b) && ordinalOf(a) === 1) return { kind: 'first_week' };
  const days = dayCount(b);
  if (s.length === 3 && days !== null && isDays(c) && ordinalOf(a) === 1) return { kind: 'first', days };
  if (s.length === 3 && days !== null && isDays(c) && isLast(a)) return { kind: 'last', days };
  return null;
}

/**
 * "the first half of November 2026", "the first 10 days of November", "the last three days of the
 * month of November", «первая половина ноября», «первые 10 дней ноября», «последние три дня ноября»,
 * «2026 жылғы қарашаның бірінші жартысы», «қазанның соңғы 3 күні»: the part of the named month. The
 * words are read here, before the calendar reads "first half" as the year's; `settleMonthParts`
 * narrows the month once the calendar has read it.
 */
export const readMonthParts = definePass(({ slots, notes }) => {
  const { next, prev } = cursor(slots);
  slots.forEach((slot, m) => {
    if (slot.used || !isMonth(slot)) return;
    // The part before the month (English, Russian), or after it (Kazakh: «қарашаның бірінші жартысы»).
    const b1 = prev(m);
    const b2 = prev(b1);
    const b3 = prev(b2);
    const a1 = next(m);
    const a2 = next(a1);
    const a3 = next(a2);
    for (const at of [
      [b2, b1],
      [b3, b2, b1],
      [a1, a2],
      [a1, a2, a3],
    ]) {
      if (at.some((k) => k < 0)) continue;
      const part = partAt(slots, at);
      if (part === null) continue;
      for (const k of at) slots[k]!.used = true;
      notes.monthParts.push({ month: m, part, at });
      return;
    }
  });
  // "the first half of last month", «первая половина прошлого месяца», «өткен айдың бірінші жартысы»,
  // "the last 7 days of last month": the part of a month counted from this one, narrowed once the
  // relative periods have read the month (not across a comma: "the last 3 days, last month vs …").
  slots.forEach((_, m) => {
    const month = relativeMonthAt(slots, m);
    if (month === null) return;
    const b1 = prev(m);
    const a1 = next(month.unit);
    const a2 = next(a1);
    for (const at of [
      [prev(b1), b1],
      [prev(prev(b1)), prev(b1), b1],
      [a1, a2],
      [a1, a2, next(a2)],
    ]) {
      if (at.some((k) => k < 0)) continue;
      const part = partAt(slots, at);
      if (part === null || part.kind === 'first_week') continue;
      const [first, last] = at[0]! < m ? [at[0]!, m] : [month.unit, at.at(-1)!];
      if (slots.slice(first + 1, last + 1).some((x) => x.item.commaBefore || x.item.clauseBefore)) continue;
      for (const k of at) slots[k]!.used = true;
      notes.monthParts.push({ month: m, part, at, relative: true });
      return;
    }
  });
  // "the first half of November 2026 vs the second half", «қарашаның бірінші жартысы мен екінші
  // жартысы», «первая половина ноября против второй»: the other half said with no month of its own is
  // the same month's (it was the second half of the year).
  const [only] = notes.monthParts;
  if (notes.monthParts.length !== 1 || only?.part.kind !== 'half') return;
  const other = only.part.n === 1 ? 2 : 1;
  slots.forEach((slot, o) => {
    if (slot.used || ordinalOf(slot) !== other) return;
    const half = next(o);
    const joined = isKind(slots[prev(o)], 'compare') || isKind(slots[prev(o)], 'conjunction');
    const at = isHalf(slots[half]) && !slots[half]!.used ? [o, half] : joined ? [o] : null;
    // (Not before a month or a year of its own: "… vs the second half of 2026"; a year in brackets,
    // «… екінші жартысы (2026)», is of both halves.)
    const after = slots[next(at?.at(-1) ?? o)];
    const year = numberOf(after) !== null && after?.item.bracketBefore !== true;
    if (at === null || isMonth(after) || year) return;
    for (const k of at) slots[k]!.used = true;
    const relative = only.relative ? { relative: true as const } : {};
    notes.monthParts.push({ month: only.month, part: { kind: 'other_half', n: other }, at, ...relative });
  });
});

/**
 * "ноябрь 2026 (с 1 по 15 число)", "November 2026 (the 1st through the 15th)": a range of days with
 * no month of its own right after a month is of that month. The slots it stands in, and its days.
 */
function dayRangeAfter(slots: readonly Slot[], k: number): { at: number[]; from: number; to: number } | null {
  const { next } = cursor(slots);
  const a = slots[k];
  const from = numberOf(a);
  let j = next(k);
  const at = [k];
  // "1st through 15th" (a stop word between), «с 1 по 15», "1–15"
  const between = slots.slice(k + 1, Math.max(j, k + 1)).some((s) => RANGE_TO_WORDS.includes(s.item.text));
  if (RANGE_TO_WORDS.includes(slots[j]?.item.text ?? '') && !slots[j]!.used) {
    at.push(j);
    j = next(j);
  } else if (slots[j]?.item.dashBefore !== true && !between) return null;
  const to = numberOf(slots[j]);
  if (a?.used || slots[j]?.used || from === null || to === null) return null;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to > 31 || from > to) return null;
  at.push(j);
  if (isMonth(slots[next(j)])) return null;
  const word = slots[next(j)];
  if (word && !word.used && DAY_OF_MONTH_WORDS.includes(word.item.text)) at.push(next(j));
  return { at, from, to };
}

/**
 * Narrows each month read by the calendar to the part said with it. A range of days said right after
 * it (with no month of its own) narrows it too, and must be the part's days if a part was said; the
 * first week of a month is read only beside its dates, here or as dates of their own ("the first week
 * of November, i.e. Nov 1-7"), and is otherwise left unread, to be asked back.
 */
export const settleMonthParts = definePass(({ slots, notes }) => {
  const { next } = cursor(slots);
  const months = notes.timeRanges.filter(({ range: r }) => {
    if (r.kind !== 'dates' || r.to === null || !r.from.endsWith('-01') || !r.to.endsWith('-01')) return false;
    const length = daysBetween(r.from, r.to);
    return length >= 28 && length <= 31;
  });
  // The month whose words run up to slot k.
  const monthAt = (k: number) =>
    months.filter((t) => t.at <= k && slots.slice(t.at, k + 1).every((s) => s.used)).at(-1);
  // The first slot after k and the used slots that follow it (the month's year, the part's words).
  const after = (k: number) => {
    let end = k;
    while (next(end) >= 0 && slots[next(end)]!.used && !isMonth(slots[next(end)])) end = next(end);
    return next(end);
  };
  const narrowed = new Set<(typeof months)[number]>();
  // (The other half first, from the whole month, as a period of its own.)
  // (The parts of months counted from this one are the relative periods'.)
  const named = notes.monthParts.filter((p) => !p.relative);
  for (const { month, part, at } of named) {
    if (part.kind !== 'other_half') continue;
    const range = monthAt(month)?.range;
    if (range?.kind !== 'dates' || range.to === null) {
      for (const k of at) slots[k]!.used = false;
      continue;
    }
    const middle = addDays(range.from, 15);
    const span = part.n === 1 ? { from: range.from, to: middle } : { from: middle, to: range.to };
    notes.timeRanges.push({ range: { kind: 'dates', ...span }, at: at[0]! });
  }
  for (const { month, part, at } of named) {
    if (part.kind === 'other_half' || part.kind === 'days') continue;
    const t = monthAt(month);
    const range = t?.range;
    if (t && range?.kind === 'dates' && range.to !== null && !narrowed.has(t)) {
      const length = daysBetween(range.from, range.to);
      const span =
        part.kind === 'half'
          ? {
              from: part.n === 1 ? range.from : addDays(range.from, 15),
              to: part.n === 1 ? addDays(range.from, 15) : range.to,
            }
          : part.kind === 'decade'
            ? {
                from: addDays(range.from, 10 * (part.n - 1)),
                to: part.n === 3 ? range.to : addDays(range.from, 10 * part.n),
              }
            : part.kind === 'last'
              ? { from: addDays(range.to, -part.days), to: range.to }
              : { from: range.from, to: addDays(range.from, part.kind === 'first' ? part.days : 7) };
      // The dates said beside it: right after the month and its part, or as a range of their own.
      const k = after(Math.max(month, ...at));
      const days = k >= 0 ? dayRangeAfter(slots, k) : null;
      const beside =
        days !== null
          ? addDays(range.from, days.from - 1) === span.from && addDays(range.from, days.to) === span.to
          : notes.timeRanges.some(
              (o) =>
                o !== t && o.range.kind === 'dates' && o.range.from === span.from && o.range.to === span.to,
            );
      const fits =
        part.kind === 'half' || part.kind === 'decade' || part.kind === 'first_week' || part.days < length;
      if (fits && (beside || (days === null && part.kind !== 'first_week'))) {
        for (const d of days?.at ?? []) slots[d]!.used = true;
        t.range = { kind: 'dates', ...span };
        narrowed.add(t);
        continue;
      }
    }
    // Not read: the part's words are asked back.
    for (const k of at) slots[k]!.used = false;
  }
  // A range of days right after a month with no part: «ноябрь 2026, 1–15 числа».
  for (const t of months) {
    const range = t.range;
    if (narrowed.has(t) || range.kind !== 'dates' || range.to === null) continue;
    const k = after(t.at);
    const days = k >= 0 ? dayRangeAfter(slots, k) : null;
    if (days === null || days.to > daysBetween(range.from, range.to)) continue;
    for (const d of days.at) slots[d]!.used = true;
    t.range = { kind: 'dates', from: addDays(range.from, days.from - 1), to: addDays(range.from, days.to) };
  }
});
