import { cursor } from './cursor.js';
import { definePass, isKind, numberOf } from './reading.js';

/**
 * Rounding: "rounded to 2 decimals", "round to 1 decimal", "2 dp", «округли до 2 знаков», «с 1 знаком
 * после запятой», «2 таңбаға дейін дөңгелекте». A decimals word with a whole number 0–6 before it
 * sets the draft's decimals; the rounding word, the number and a "to" / «до» / «дейін» between are
 * used up. Runs before the amount filters, which would read "to 2" as "at most 2 tenge". A rounding
 * word with no number, or a number out of range, stays not understood.
 */
export const readRounding = definePass(({ slots, draft }) => {
  const { prev, next } = cursor(slots);
  // ("both in billions with 3 decimals, plus the % change with 1 decimal": the plan rounds all its
  // figures alike — two roundings are asked back, never the last one taken for both.)
  const settle = (n: number, words: string) => {
    if (draft.decimals !== undefined && draft.decimals !== n)
      draft.issues.push({ kind: 'unknown_words', words: [words] });
    draft.decimals = n;
  };
  // («всё до целых», "no decimals": none, with the rounding word said beside it.)
  for (const slot of slots)
    if (!slot.used && isKind(slot, 'decimalsSaid')) {
      settle(slot.item.meaning.decimals, slot.item.text);
      slot.used = true;
      for (const s of slots) if (isKind(s, 'roundWord')) s.used = true;
    }
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'decimalsWord')) return;
    const k = prev(i);
    const n = numberOf(slots[k]);
    if (n === null || !Number.isInteger(n) || n < 0 || n > 6 || slots[k]!.used) return;
    settle(n, `${slots[k]!.item.text} ${slot.item.text}`);
    slot.used = true;
    slots[k]!.used = true;
    // "to 2 decimals", «до 2 знаков»; Kazakh «2 таңбаға дейін»
    const before = slots[prev(k)];
    if (isKind(before, 'comparator') && before.item.meaning.weak) before.used = true;
    const after = slots[next(i)];
    if (isKind(after, 'comparator') && after.item.meaning.after) after.used = true;
    for (const s of slots) if (isKind(s, 'roundWord')) s.used = true;
  });
});
