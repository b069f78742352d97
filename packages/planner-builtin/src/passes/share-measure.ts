import { ADDING_WORDS } from '../vocabulary/index.js';
import { definePass, isKind, isPaymentsNoun, type Slot } from './reading.js';

/** Where the share's own clause starts: after the word joining it to the figures, or at its clause mark. */
function clauseStart(slots: readonly Slot[], shareAt: number): number {
  let k = shareAt;
  while (k > 0) {
    const x = slots[k]!;
    if (x.item.commaBefore || x.item.clauseBefore) return k;
    const before = slots[k - 1]!;
    if (
      isKind(before, 'conjunction') ||
      (before.item.kind === 'stop' && ADDING_WORDS.includes(before.item.text))
    )
      return k;
    k--;
  }
  return 0;
}

/**
 * "count, turnover and average ticket by bank, with each bank's share of total turnover", «количество
 * операций и оборот по типам, плюс доля каждого типа в общем количестве операций», «… және әр банктің
 * жалпы айналымдағы үлесі»: several figures shown beside each group's share — the share is of the one
 * its own clause names, the amount or the count (the others are columns beside it). Unset when the
 * clause names neither or both: which figure the share is of is then asked back.
 */
export const readShareMeasure = definePass(({ slots, draft }) => {
  if (!draft.share || !draft.shareWithMeasure || draft.measures.length < 2) return;
  const shareAt = slots.findLastIndex((s) => isKind(s, 'share'));
  if (shareAt < 0) return;
  let end = shareAt + 1;
  while (end < slots.length && !slots[end]!.item.commaBefore && !slots[end]!.item.clauseBefore) end++;
  const clause = slots.slice(clauseStart(slots, shareAt), end);
  const amount = clause.some((s) => isKind(s, 'amount'));
  const count = clause.some((s) => isKind(s, 'count'));
  // ("… share of all transactions": the payments themselves, no word of money, are counted.)
  const fn = amount ? (count ? null : 'sum') : count || clause.some(isPaymentsNoun) ? 'count' : null;
  if (fn === null) return;
  if (draft.measures.some((m) => m.fn === fn)) draft.shareOf = fn;
});
