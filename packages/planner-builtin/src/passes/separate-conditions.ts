import { REPEATED_FOR_WORDS } from '../vocabulary/index.js';
import { definePass, isKind, type Slot } from './reading.js';

/**
 * "sum for merchant_mcc 6011 and for transaction_type = 'ATM_WITHDRAWAL'", "total for Kaspi and for
 * ECOM", «сумма по Kaspi и по ECOM»: "for" said again after "and", before a condition on another column,
 * asks a figure for each condition — not one figure for the payments that meet both, which is what the
 * filters would give (it gave that, without a word). The plan holds no such pair of figures: asked back.
 * (Values of one column, "for Almaty and for Astana", are a row each, as the value filters read them.)
 */
export const readSeparateConditions = definePass(({ slots, draft }) => {
  // (The word is a stop word in English, «по» a word of grouping in Russian.)
  const forWord = (k: number) => REPEATED_FOR_WORDS.includes(slots[k]?.item.text ?? '');
  slots.forEach((slot, c) => {
    if (!isKind(slot, 'conjunction') || !forWord(c + 1)) return;
    const forBefore = slots.findLastIndex((_, k) => k < c && forWord(k));
    if (forBefore < 0 || slots[forBefore]!.item.text !== slots[c + 1]!.item.text) return;
    const before = conditionColumn(slots, forBefore + 1);
    const after = conditionColumn(slots, c + 2);
    if (before === null || after === null || before === after) return;
    // (Only the condition and its column's words between the first "for" and "and".)
    const between = slots.slice(forBefore + 1, c);
    if (
      !between.every(
        (s) => s.used || s.item.kind === 'stop' || s.item.kind === 'number' || isConditionWord(s),
      )
    )
      return;
    draft.issues.push({ kind: 'separate_conditions' });
  });
});

/** A word of a condition: a value, what a value is not, or a presence. */
function isConditionWord(s: Slot): boolean {
  return isKind(s, 'value') || isKind(s, 'notValue') || isKind(s, 'presence');
}

/** The column of a condition starting at slot k: a value, or a column's name before its value or code. */
function conditionColumn(slots: readonly Slot[], k: number): string | null {
  const s = slots[k];
  if (isKind(s, 'value') || isKind(s, 'notValue') || isKind(s, 'presence')) return s.item.meaning.column;
  if (isKind(s, 'dimension')) {
    const v = slots[k + 1];
    if (v?.item.kind === 'number' || isKind(v, 'value')) return s.item.meaning.dimension;
  }
  return null;
}
