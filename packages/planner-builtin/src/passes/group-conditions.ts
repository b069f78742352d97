import { cursor } from './cursor.js';
import { definePass, isKind, type Slot } from './reading.js';

/** Words that attach a condition to the noun before them: "cities with …", «города с …», "whose". */
const ATTACHING_WORDS: readonly string[] = [
  'with',
  'whose',
  'where',
  'having',
  'that',
  'which',
  'с',
  'со',
  'у',
  'которых',
  'где',
  'чей',
  'чья',
  'чьи',
];

const isMoneyWord = (s: Slot | undefined) => isKind(s, 'amount') || isKind(s, 'total');

/**
 * «только города с суммой более 1 млн», "categories whose turnover exceeded 5 000 000", «сомасы 1 млн-нан
 * асатын қалалар»: an amount condition on a column word is a condition on each group's total (SQL's
 * HAVING), which an amount filter (on each payment) is not — it gave zero rows, or other rows, that
 * looked like an answer. Asked back. A column word after "by" ("count by city with amount over 50k")
 * is a breakdown of the payments the condition filters, as before.
 */
export const readGroupConditions = definePass(({ slots, draft }) => {
  if (draft.dimensions.length === 0) return;
  const { next, prev } = cursor(slots);
  slots.forEach((slot, i) => {
    if (!isKind(slot, 'dimension') || isKind(slots[prev(i)], 'groupBy')) return;
    // "cities with a sum over …": the column word, an attaching word, then money and a comparator
    // («города с суммой более …»: "with the sum" is one phrase).
    let j = -1;
    if (isKind(slots[i + 1], 'showMeasure')) j = i + 1;
    else if (slots[i + 1]?.item.kind === 'stop' && ATTACHING_WORDS.includes(slots[i + 1]!.item.text)) {
      j = next(i);
      while (isKind(slots[j], 'value')) j = next(j);
      if (!isMoneyWord(slots[j])) j = -1;
      // ("a total amount over …")
      else while (isMoneyWord(slots[next(j)])) j = next(j);
    }
    if (j >= 0) {
      let k = next(j);
      // "… whose turnover in Q3 2026 exceeded": a period may stand between.
      while (isKind(slots[k], 'timeUnit') || isKind(slots[k], 'monthName') || isKind(slots[k], 'quarterName'))
        k = next(k);
      if (isKind(slots[k], 'comparator')) {
        draft.issues.push({ kind: 'group_total_condition' });
        return;
      }
    }
    // «сомасы 1 млн-нан асатын қалалар»: the participle of the comparison right before the column word.
    const before = slots[prev(i)];
    if (isKind(before, 'comparator') && before.item.meaning.after === true) {
      let k = prev(prev(i));
      while (
        k >= 0 &&
        (slots[k]!.item.kind === 'number' ||
          isKind(slots[k], 'currencyUnit') ||
          isKind(slots[k], 'multiplier'))
      )
        k = prev(k);
      if (isMoneyWord(slots[k])) draft.issues.push({ kind: 'group_total_condition' });
    }
  });
});
