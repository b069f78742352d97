import type { Measure } from '../frame.js';
import { cursor } from './cursor.js';
import { definePass, isKind } from './reading.js';
import { uniqueMeasures } from './settle-measures.js';

/**
 * "per card" / «на одну карту» / «бір картаға»: the measure divided by the number of distinct cards —
 * "average spend per card" = total ÷ cards, "transactions per card" (also "average number of
 * transactions per card") = count ÷ cards. One figure per group, never one row per card: listed or
 * ranked with nothing else to group by ("list spend per card", "top spend per card") it would be
 * rows about single cards, and a measure that has no per-card ratio (a median, a maximum) cannot be
 * read this way; both are refused as personal data.
 */
export const readPerCard = definePass(({ slots, draft }) => {
  const marks = slots.filter((s) => !s.used && isKind(s, 'perCard'));
  if (marks.length === 0) return;
  for (const s of marks) s.used = true;
  draft.domain = true;
  const aboutSingleCards =
    draft.dimensions.length === 0 &&
    slots.some((s) => isKind(s, 'listVerb') || isKind(s, 'superlative') || isKind(s, 'top'));
  if (aboutSingleCards) {
    draft.issues.push({ kind: 'per_card' });
    return;
  }
  // "average number of transactions per card", «сколько в среднем покупок на одну карту»: the average
  // is of a count (of named transactions, with no amount), so the ratio is of the count.
  // («бір картаға шаққанда орташа қанша жұмсалды», how much was spent per card on average: money.)
  const money = slots.some((s) => isKind(s, 'amount') || isKind(s, 'check'));
  const ofCounts =
    (draft.issues.some((i) => i.kind === 'avg_of_counts') && !money) ||
    ((draft.hasEntity || draft.countable) && slots.some((s) => isKind(s, 'count')) && !money);
  // «сколько было активных карт и сколько операций в среднем на карту?»: the cards counted and then
  // "and" are an ask of their own (they were dropped as the ratio's denominator).
  const { next } = cursor(slots);
  const perCardAt = slots.findIndex((s) => isKind(s, 'perCard'));
  const cardsAsked =
    draft.measures.some((x) => x.fn === 'count_distinct' && x.column === 'card_key') &&
    slots.some(
      (s, k) =>
        k < perCardAt &&
        isKind(s, 'entity') &&
        s.item.meaning.entity === 'cards' &&
        isKind(slots[next(k)], 'conjunction'),
    );
  const ratios: Measure[] = cardsAsked ? [{ fn: 'count_distinct', column: 'card_key' }] : [];
  // "(total / unique cards)": the distinct cards restated are the ratio's own denominator.
  for (const m of draft.measures.filter((x) => !(x.fn === 'count_distinct' && x.column === 'card_key'))) {
    if (m.fn === 'avg') ratios.push({ fn: 'per_card', of: ofCounts ? 'count' : 'sum' });
    else if (m.fn === 'sum' || m.fn === 'count') ratios.push({ fn: 'per_card', of: m.fn });
    else {
      draft.issues.push({ kind: 'per_card' });
      return;
    }
  }
  draft.issues = draft.issues.filter((i) => i.kind !== 'avg_of_counts');
  draft.measures = uniqueMeasures(ratios);
});
