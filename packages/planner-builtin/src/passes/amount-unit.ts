import type { Measure } from '../frame.js';
import { IN_WORDS, TENGE_UNIT_OR_SIGN } from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { definePass, isKind } from './reading.js';

/** The units amounts may be shown in: thousands, millions, billions of tenge. */
export const AMOUNT_SCALES = [1_000, 1_000_000, 1_000_000_000] as const;
export type AmountScale = (typeof AMOUNT_SCALES)[number];

/**
 * "in millions of tenge", «в млн тенге», «сумма в тыс.», «млн теңгемен», "(in billions)": the amounts shown
 * in that unit — each amount measure divided by it in the SQL, before any rounding; counts and shares
 * are no amounts and stay as they are. A multiplier word with no number before it names the unit: after
 * "in" / «в», or before the tenge («млн тенге с одним знаком», Kazakh «млн теңгемен»). Read before the
 * numbers, which would take it as a number's multiplier; after a comparison ("more than a million") it
 * is an amount, left to the amount filters.
 */
export const readAmountUnit = definePass(({ slots, draft }) => {
  const { prev, next } = cursor(slots);
  for (const [i, slot] of slots.entries()) {
    if (slot.used || !isKind(slot, 'multiplier')) continue;
    const factor = slot.item.meaning.factor;
    if (!(AMOUNT_SCALES as readonly number[]).includes(factor)) continue;
    const before = slots[i - 1];
    // (A number across a comma is no multiplier's: «…, 2025, млн теңгемен», see the numbers pass.)
    if (
      (before?.item.kind === 'number' && !slot.item.commaBefore) ||
      isKind(before, 'comparator') ||
      isKind(slots[prev(i)], 'comparator')
    )
      continue;
    const tenge = slots[next(i)];
    const inUnit = before?.item.kind === 'stop' && IN_WORDS.includes(before.item.text);
    const ofTenge = isKind(tenge, 'currencyUnit') && TENGE_UNIT_OR_SIGN.test(tenge.item.text);
    // ("FY2025 turnover, KZT m?", "… by bank, KZT mn.", "(KZT bn)": the currency first, then the unit
    // closing its clause, as headings of figures put it — it was left out, the figures in tenge.)
    const closes =
      slots[i + 1] === undefined ||
      slots[i + 1]!.item.clauseBefore === true ||
      slots[i + 1]!.item.commaBefore === true;
    const tengeFirst =
      isKind(before, 'currencyUnit') &&
      TENGE_UNIT_OR_SIGN.test(before.item.text) &&
      (slots[i - 2]?.item.kind !== 'number' || before.item.commaBefore === true) &&
      closes;
    if (!inUnit && !ofTenge && !tengeFirst) continue;
    if (draft.amountScale !== undefined && draft.amountScale !== factor) {
      // (Two units named: which one? Left for the coverage check to ask back.)
      return;
    }
    draft.amountScale = factor as AmountScale;
    slot.used = true;
    if (ofTenge) tenge!.used = true;
    if (tengeFirst) before!.used = true;
  }
});

/** The measures whose figures are amounts: a unit to show them in applies to these. */
function isAmountMeasure(m: Measure): boolean {
  if (m.fn === 'per_card' || m.fn === 'per_merchant' || m.fn === 'per_period') return m.of === 'sum';
  return ['sum', 'avg', 'median', 'percentile', 'min', 'max'].includes(m.fn);
}

/**
 * A unit named with no amount measure to show in it ("count of payments in millions") is asked back;
 * so is one said between the words of two different amounts ("turnover in millions and the average
 * ticket": the unit is the turnover's, and the average ticket was shown in millions too).
 */
export const settleAmountUnit = definePass(({ slots, draft }) => {
  if (draft.amountScale === undefined) return;
  const at = slots.findIndex(
    (s) => isKind(s, 'multiplier') && s.used && s.item.meaning.factor === draft.amountScale,
  );
  const word = slots[at];
  const ask = () =>
    draft.issues.push({ kind: 'unknown_words', words: [word?.item.text ?? String(draft.amountScale)] });
  const amounts = draft.measures.filter(isAmountMeasure);
  if (amounts.length === 0) return ask();
  if (at < 0 || new Set(amounts.map((m) => m.fn)).size < 2) return;
  // (An aggregate's word stands for its amount: "the median payment".)
  const amountWord = (k: number) =>
    (isKind(slots[k], 'amount') || isKind(slots[k], 'check') || isKind(slots[k], 'aggregate')) &&
    slots[k]!.used;
  const before = slots.some((_, k) => k < at && amountWord(k));
  const after = slots.some((_, k) => k > at && amountWord(k));
  if (before && after) ask();
});
