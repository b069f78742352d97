import type { Measure } from '../frame.js';
import { definePass, isKind, type Reading } from './reading.js';
import { isMeasureWord, measureNamed } from './sort-by.js';

/** Each measure once, the first of each key kept. */
export function uniqueMeasures(measures: readonly Measure[]): Measure[] {
  const seen = new Set<string>();
  return measures.filter((x) => !seen.has(measureKey(x)) && seen.add(measureKey(x)));
}

/** Two measures with the same key are the same column. */
export function measureKey(x: Measure): string {
  if (x.fn === 'count_distinct') return `${x.fn}:${x.column}`;
  if (x.fn === 'percentile') return `${x.fn}:${x.p}`;
  if (x.fn === 'per_card') return `${x.fn}:${x.of}`;
  if (x.fn === 'per_period') return `${x.fn}:${x.of}:${x.unit}`;
  return x.fn;
}

/**
 * A question about transactions that names no measure counts them ("transactions in Almaty by
 * month") — unless it asks to list them ("show all transactions from yesterday"), which the planner
 * does not do ("show all ATM withdrawals" neither). Repeated measures are kept once.
 */
export const settleMeasures = definePass(({ slots, draft }) => {
  if (draft.measures.length === 0 && (draft.hasEntity || draft.countable)) {
    const listing = slots.some((s) => isKind(s, 'listVerb'));
    if (listing && draft.dimensions.length === 0) draft.issues.push({ kind: 'listing' });
    else if (draft.hasEntity) {
      draft.measures.push({ fn: 'count' });
      draft.impliedCount = true;
    }
  }
  // "Q3 summary: transactions, total, average check, …": the noun of the transactions as an item of a
  // list of columns is their count.
  const boundaryBefore = (k: number) =>
    slots[k]!.item.commaBefore === true ||
    slots[k]!.item.clauseBefore === true ||
    isKind(slots[k - 1], 'conjunction');
  const boundaryAfter = (k: number) =>
    k + 1 >= slots.length || slots[k + 1]!.item.commaBefore === true || isKind(slots[k + 1], 'conjunction');
  const countItem = slots.some(
    (s, k) =>
      isKind(s, 'entity') &&
      s.item.meaning.entity === 'transactions' &&
      boundaryBefore(k) &&
      boundaryAfter(k) &&
      slots.slice(k + 1).some((o) => o.item.commaBefore === true),
  );
  if (countItem && draft.measures.length > 0 && !draft.measures.some((m) => m.fn === 'count'))
    draft.measures.unshift({ fn: 'count' });
  draft.measures = uniqueMeasures(draft.measures);
});

/**
 * "top 4 cities by count, showing city, total, average check and count", «топ-5 по сумме: категория,
 * количество, сумма», «сомасы бойынша топ-5»: a ranking is by the measure "by" names, wherever it
 * stands among the columns (it was the first column's). Called once the ranking is read.
 */
export function rankByNamedMeasure(slots: Reading['slots'], draft: Reading['draft']): void {
  if (!draft.top || draft.measures.length < 2) return;
  const byAt = slots.findIndex((s, k) => {
    if (!isKind(s, 'groupBy')) return false;
    const named = s.item.meaning.after ? slots[k - 1] : slots[k + 1];
    return isMeasureWord(named);
  });
  if (byAt < 0) return;
  const by = slots[byAt]!;
  const word = isKind(by, 'groupBy') && by.item.meaning.after ? slots[byAt - 1] : slots[byAt + 1];
  // («топ-3 по сумме на карту»: the amount per card.)
  const wordAt = slots.indexOf(word!);
  const perCard = [wordAt + 1, wordAt + 2].some((k) => isKind(slots[k], 'perCard'));
  const named = perCard ? 'per_card' : measureNamed([word]);
  const k = draft.measures.findIndex((m) => m.fn === named);
  if (k > 0) draft.sortMeasure = k;
}
