import {
  CYCLE_ORDER_WORDS,
  FROM_WORDS,
  MONDAY_NAMES,
  NUMBERING_NOTE_WORDS,
  RANGE_TO_WORDS,
  SUNDAY_NAMES,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { definePass, isKind, numberOf, type Slot } from './reading.js';

/**
 * Notes on how a breakdown's numbers are written, which the answer already follows: "(1 = Monday …
 * 7 = Sunday)", "(1 — Monday)", «(пн=1 … вс=7)», «(дүйсенбі=1 … жексенбі=7)», "ISO weekday" after a breakdown by
 * weekday (numbered 1–7 from Monday), "(0-23)" after one by hour of the day and "1-31" after one by day
 * of the month. Read before the
 * dates and the value filters, so that "23" before a month is not a day and the weekday names of such
 * a note never become a weekday filter. A note
 * that says another numbering (0 = Sunday) is left alone — and then not understood.
 */
export const readNumberingNotes = definePass(({ slots, draft }) => {
  const { next, prev } = cursor(slots);
  const text = (s: Slot | undefined) => s?.item.text ?? '';
  const pairs = (n: number, names: readonly string[]): number[] => {
    const found: number[] = [];
    slots.forEach((s, i) => {
      if (s.used || numberOf(s) !== n) return;
      for (const k of [prev(i), next(i)]) if (k >= 0 && names.includes(text(slots[k]))) found.push(i, k);
    });
    return found;
  };
  // The breakdown may be read later (column words), so look at the words too.
  // («распределение … по часам …, часы 0–23 по порядку»: "by" the hour's unit word, too.)
  const byHours = (s: Slot, k: number) =>
    isKind(s, 'timeUnit') && s.item.meaning.unit === 'hour' && isKind(slots[prev(k)], 'groupBy');
  const breaksDownBy = (d: 'weekday' | 'hour_of_day' | 'day_of_month') =>
    draft.dimensions.includes(d) ||
    slots.some(
      (s, k) =>
        ((isKind(s, 'dimension') || isKind(s, 'bucket')) && s.item.meaning.dimension === d) ||
        (d === 'hour_of_day' && byHours(s, k)),
    );
  if (breaksDownBy('weekday')) {
    const monday = pairs(1, MONDAY_NAMES);
    const sunday = pairs(7, SUNDAY_NAMES);
    // "(1 = Monday)" alone says the same: ISO numbering, which ends with Sunday = 7.
    if (monday.length > 0) for (const k of [...monday, ...sunday]) slots[k]!.used = true;
    // ("row count by isodow": not the breakdown itself, said with its column's name.)
    slots.forEach((s, i) => {
      const breakdown = isKind(s, 'dimension') && isKind(slots[prev(i)], 'groupBy');
      if (NUMBERING_NOTE_WORDS.includes(text(s)) && !breakdown) s.used = true;
    });
  }
  // "(0-23)" after a breakdown by hour of the day, "days 1-31" after one by day of the month: every
  // number of the cycle, in its own order. ("hours 0-23 in order": the unit's word before it too.)
  const wholeCycle = (d: 'hour_of_day' | 'day_of_month', from: number, to: number, unit: string) => {
    if (!breaksDownBy(d)) return;
    slots.forEach((s, i) => {
      const j = next(i);
      // (Not the minutes of clock times, "18:00–23:59": a number, a colon, the minutes.)
      const colonAfterNumber = (k: number) =>
        slots[k - 1]?.item.kind === 'number' &&
        slots[k]?.item.clauseBefore === true &&
        !slots[k]!.item.commaBefore;
      const minutesBefore = colonAfterNumber(i);
      const minutesAfter = slots[j + 1]?.item.kind === 'number' && colonAfterNumber(j + 1);
      const clock = d === 'hour_of_day' && (minutesBefore || minutesAfter);
      // ("(1 to 31)", «(с 1 по 31)», "(from 0 through 23)": the ends joined by a word, not a dash.)
      const joiner = RANGE_TO_WORDS.includes(text(slots[j])) && !slots[j]!.used ? j : -1;
      const end = joiner >= 0 ? next(j) : j;
      const joined = joiner >= 0 || slots[j]?.item.dashBefore === true;
      if (numberOf(s) !== from || numberOf(slots[end]) !== to || !joined || isKind(s, 'amount') || clock)
        return;
      s.used = true;
      slots[end]!.used = true;
      if (joiner >= 0) {
        slots[joiner]!.used = true;
        const opener = slots[prev(i)];
        if (opener && !opener.used && FROM_WORDS.includes(text(opener))) opener.used = true;
      }
      const word = slots[i - 1];
      // (Not the breakdown itself: «по часам (0–23)».)
      const breakdown = isKind(slots[prev(i - 1)], 'groupBy');
      if (isKind(word, 'timeUnit') && word.item.meaning.unit === unit && !word.used && !breakdown)
        word.used = true;
      const order = slots[end + 1];
      if (order && !order.used && CYCLE_ORDER_WORDS.includes(order.item.text)) order.used = true;
    });
  };
  wholeCycle('hour_of_day', 0, 23, 'hour');
  wholeCycle('day_of_month', 1, 31, 'day');
});
