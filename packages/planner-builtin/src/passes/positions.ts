import {
  BY_SIZE_WORDS,
  PLACE_ASKED_WORDS,
  PLACE_ASKING_WORDS,
  PLACE_VERBS,
  PLACE_WORDS,
  RANK_WORDS,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { definePass, isKind, type Slot } from './reading.js';
import { isMeasureWord } from './sort-by.js';

/** The place an ordinal names: "second", «третьем», «екінші», "3rd", «4-м». */
function placeOf(s: Slot | undefined): number | null {
  if (isKind(s, 'ordinal')) return s.item.meaning.value;
  if (s?.item.kind !== 'number' || !Number.isInteger(s.item.value)) return null;
  // ("fifth", "tenth": an English ordinal word, read as its number)
  return s.item.ordinalEnding === true || ORDINAL_WORD.test(s.item.text) ? s.item.value : null;
}

const ORDINAL_WORD = /^[a-z]+th$/;

const isPlaceWord = (s: Slot | undefined): boolean =>
  s !== undefined &&
  (s.item.kind === 'stop' || (s.item.kind === 'unknown' && !s.used)) &&
  PLACE_WORDS.includes(s.item.text);

/** The largest range of places read as one: "positions 1 to 100". */
const MAX_PLACES = 100;

/**
 * Places in a ranking of groups: "the second-largest category", "the 3rd busiest hour", "which city
 * ranks fifth by …", "in 4th place", «какой банк на третьем месте по …», «вторая по величине оборота»,
 * «екінші орындағы қала»; and ranges of them: "positions 4 to 6", «места с 3-го по 5-е», «2–4
 * орындағы банктер». The ranking from that place on: one row (or the range's rows), the ones before it
 * skipped. (An ordinal before a superlative was the top N — "the 3rd busiest hour" gave the three
 * busiest — and a place word was not understood.)
 */
export const readPositions = definePass(({ slots, draft, notes }) => {
  if (draft.dimensions.length === 0 || notes.explicitLimit !== null || draft.rankedWithin !== undefined)
    return;
  // («Какой средний чек у банка, который на втором месте по числу операций?»: a figure asked of the group
  // at a place ranked by another is not read — its columns would be both.)
  if (draft.measures.length > 1) return;
  const { next, prev, pastValues } = cursor(slots);
  const take = (from: number, to: number, read: readonly number[]) => {
    for (const k of read) slots[k]!.used = true;
    for (const s of slots) if (!s.used && PLACE_VERBS.includes(s.item.text)) s.used = true;
    draft.domain = true;
    notes.topDirection ??= 'desc';
    // («Правда ли, что Астана на втором месте среди городов по обороту?»: in a yes/no question the value
    // named is the one asked about — every group is shown, ranked, as "Is Friday the busiest day?" is.)
    const column = draft.dimensions[0];
    const named = draft.filters.find(
      (f) =>
        f.filter.kind === 'values' &&
        f.filter.column === column &&
        !f.filter.negated &&
        f.filter.values.length === 1,
    );
    if (draft.yesNo && named && draft.dimensions.length === 1) {
      draft.filters = draft.filters.filter((f) => f !== named);
      draft.rankAll = true;
      return;
    }
    notes.explicitLimit = to - from + 1;
    if (from > 1) draft.topOffset = from - 1;
  };
  // (The two ends may have been read as amounts already — "4 to 6" as at most 6 tenge.)
  const wholeNumber = (k: number) => {
    const s = slots[k];
    const n = s?.item.kind === 'number' ? s.item.value : null;
    return n !== null && Number.isInteger(n) && n >= 1 ? n : null;
  };
  const dropAmounts = (ends: readonly number[]) => {
    draft.filters = draft.filters.filter((f) => f.filter.kind !== 'amount' || !ends.includes(f.filter.value));
  };
  const range = (a: number, b: number) => {
    const [from, to] = [wholeNumber(a), wholeNumber(b)];
    return from !== null && to !== null && from < to && to - from < MAX_PLACES ? [from, to] : null;
  };
  for (let i = 0; i < slots.length; i++) {
    if (!isPlaceWord(slots[i])) continue;
    // "positions 4 to 6", "places 6-10", «места с 3-го по 5-е»: the two ends after the place word.
    const a = next(i);
    const link = next(a);
    const linked =
      isKind(slots[link], 'groupBy') || (isKind(slots[link], 'comparator') && slots[link]!.item.meaning.weak);
    const after = linked ? range(a, next(link)) : slots[link]?.item.dashBefore ? range(a, link) : null;
    if (after) {
      dropAmounts(after);
      take(after[0]!, after[1]!, linked ? [i, a, link, next(link)] : [i, a, link]);
      return;
    }
    // «2–4 орындағы банктер»: Kazakh puts them before it.
    const b = prev(i);
    const before = slots[b]?.item.dashBefore ? range(prev(b), b) : null;
    if (before) {
      dropAmounts(before);
      take(before[0]!, before[1]!, [i, b, prev(b)]);
      return;
    }
  }
  for (let p = 0; p < slots.length; p++) {
    const place = placeOf(slots[p]);
    if (place === null || place < 1 || slots[p]!.used) continue;
    const after = next(p);
    const s = slots[after];
    // "the 3rd busiest hour", "the second-largest category"
    if (isKind(s, 'superlative')) {
      take(place, place, [p]);
      return;
    }
    // "in 4th place", «на третьем месте», «екінші орындағы» (a place word may be a stop word, which
    // the cursor steps over)
    if (isPlaceWord(slots[p + 1]) || isPlaceWord(s)) {
      take(place, place, [p, isPlaceWord(slots[p + 1]) ? p + 1 : after]);
      return;
    }
    // "ranks fifth by number of transactions", «третий по количеству операций», «вторая по величине
    // оборота»: the measure ranked by right after "by".
    if (isKind(s, 'groupBy') && !s.item.meaning.after) {
      const size = BY_SIZE_WORDS.includes(slots[next(after)]?.item.text ?? '') ? next(after) : -1;
      // ("is second by ECOM turnover": values of the payments may stand before it.)
      const measure = slots[pastValues(size >= 0 ? next(size) : next(after))];
      const unit = isKind(measure, 'currencyUnit') ? slots[next(slots.indexOf(measure))] : measure;
      if (isMeasureWord(unit) || isKind(unit, 'entity')) {
        take(place, place, size >= 0 ? [p, size] : [p]);
        return;
      }
    }
  }
});

/** How many words before the place word its asking word may stand: "where does Jusan Bank rank". */
const ASKING_REACH = 5;

/**
 * The place one value holds in the ranking of its column's values: "What rank is Shymkent among the
 * cities by turnover?", "Where does Jusan Bank rank among the issuers by …", «На каком месте Kaspi Bank
 * среди банков по среднему чеку?», «Өскемен қалалар арасында нешінші орында?». The value named stays a
 * filter; its column is the one dimension, and the frame ranks every value and keeps its place. (Asked
 * back before: "rank" of one group was no answer any plan showed.) Not with a place named — "which city
 * is in second place" asks for the city — nor with several measures or values to choose among.
 */
export const readPlaceOfValue = definePass(({ slots, draft, notes }) => {
  if (notes.explicitLimit !== null || draft.top !== null || draft.measures.length > 1 || draft.yesNo) return;
  if (slots.some((s) => (placeOf(s) !== null && !s.used) || isKind(s, 'superlative'))) return;
  // (The asking word a few words before: "where does Jusan Bank rank".)
  const askingBefore = (k: number) =>
    slots.slice(Math.max(0, k - ASKING_REACH), k).filter((b) => PLACE_ASKING_WORDS.includes(b.item.text));
  const asked = slots.findIndex((s, k) => {
    if (!PLACE_ASKED_WORDS.includes(s.item.text)) return false;
    // ("Kaspi's rank among banks": the value's own.)
    if (isKind(slots[k - 1], 'value') && !s.item.clauseBefore) return true;
    return askingBefore(k).length > 0;
  });
  if (asked < 0) return;
  const [column] = draft.dimensions;
  const named = draft.filters.filter(
    (f) =>
      f.filter.kind === 'values' &&
      !f.filter.negated &&
      f.filter.values.length === 1 &&
      (column === undefined || f.filter.column === column),
  );
  // (Which value, when two are named — "Shymkent … by POS turnover": the one nearest the place asked.)
  const distance = (f: (typeof named)[number]) => {
    const at = slots.findIndex(
      (s) =>
        isKind(s, 'value') &&
        f.filter.kind === 'values' &&
        s.item.meaning.column === f.filter.column &&
        s.item.meaning.values.includes(f.filter.values[0]!),
    );
    return at < 0 ? Number.POSITIVE_INFINITY : Math.abs(at - asked);
  };
  const [own, other] = [...named].sort((a, b) => distance(a) - distance(b));
  if (own?.filter.kind !== 'values') return;
  if (other && distance(other) === distance(own)) return;
  if (draft.dimensions.length === 0) {
    draft.dimensions.push(own.filter.column);
    notes.dimensionTexts.push(slots[asked]!.item.text);
  } else if (draft.dimensions.length > 1) return;
  // ("…, and how many did it make?": the value's figure asked too.)
  const figureToo = slots.some(
    (s, k) => k > asked && isKind(s, 'conjunction') && slots.slice(k + 1).some(isMeasureWord),
  );
  draft.placeOf = figureToo ? 'figure' : 'place';
  draft.domain = true;
  slots[asked]!.used = true;
  for (const s of askingBefore(asked)) s.used = true;
  for (const s of slots) if (!s.used && PLACE_VERBS.includes(s.item.text)) s.used = true;
  // ("what rank": asked back as a rank no answer showed, until now.)
  draft.issues = draft.issues.filter(
    (i) => i.kind !== 'unknown_words' || !i.words.every((w) => RANK_WORDS.includes(w)),
  );
});
