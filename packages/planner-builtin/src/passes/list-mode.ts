import type { DraftFilter } from '../draft.js';
import { isTimeDimension } from '../frame.js';
import type { Meaning } from '../meaning.js';
import {
  ALL_WORDS,
  BETWEEN_WORDS,
  EACH_ALONE_WORDS,
  KAZAKH_ALL_TYPES,
  KAZAKH_BETWEEN_AFTER,
  KAZAKH_INSTRUMENTAL_ENDINGS,
  LIST_COUNT_WORDS,
  LIST_SPLIT_WORDS,
  OR_WORDS,
  OVERALL_STEMS,
  PERCENT_WORD,
  PLURAL_FIGURES,
  REST_WORDS,
  SLASH_WORDS,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import {
  definePass,
  isKind,
  isPaymentsNoun,
  meaningOf,
  numberOf,
  opensClause,
  type Reading,
  type Slot,
} from './reading.js';

/** The rest of an exclusion said again as one ("all the other cities together"): its words used. */
function restTogether(slots: readonly Slot[], draft: Reading['draft'], at: number): boolean {
  const excluded = draft.filters.find((f) => f.filter.kind === 'values' && f.filter.negated);
  if (excluded?.filter.kind !== 'values') return false;
  const column = excluded.filter.column;
  const { prev } = cursor(slots);
  const words: Slot[] = [];
  let k = prev(at);
  const said = slots[k];
  if (isKind(said, 'dimension') && said.item.meaning.dimension === column) {
    words.push(said);
    k--;
  }
  while (k >= 0 && (REST_WORDS.includes(slots[k]!.item.text) || ALL_WORDS.includes(slots[k]!.item.text)))
    words.push(slots[k--]!);
  if (!words.some((w) => REST_WORDS.includes(w.item.text))) return false;
  for (const w of [...words, slots[at]!]) w.used = true;
  return true;
}

/**
 * After a list of values: "X, Y and Z separately" / «по отдельности» → one row each (a breakdown by
 * that column); "… combined" / «вместе» → the one total the IN filter already gives. With no list
 * the word stays not understood.
 */
export const readListMode = definePass(({ slots, draft }) => {
  if (slots.some((s) => isKind(s, 'conjunction') && OR_WORDS.includes(s.item.text))) draft.orList = true;
  readListCounted(slots, draft);
  readListApart(slots, draft);
  readAllTypesBy(slots, draft);
  readCodesHeading(slots, draft);
  for (const [i, slot] of slots.entries()) {
    if (slot.used || !isKind(slot, 'listMode')) continue;
    // ("… outside Almaty and Astana (all the other cities together)", «за пределами … (все остальные
    // города вместе)»: after an exclusion, the rest taken together is the one total it already gives.)
    if (slot.item.meaning.mode === 'together' && restTogether(slots, draft, i)) continue;
    // («… үш санатты айналымымен бірге көрсетіңіз», show the three categories together with their
    // turnover: «бірге» after a measure in the instrumental only says it is shown beside them.)
    const measured = slots[i - 1];
    if (
      slot.item.meaning.mode === 'together' &&
      (isKind(measured, 'amount') || isKind(measured, 'count') || isKind(measured, 'check')) &&
      KAZAKH_INSTRUMENTAL_ENDINGS.some((end) => measured.item.text.endsWith(end))
    ) {
      slot.used = true;
      continue;
    }
    // «әр күн бөлек», "each day separately", «по дням отдельно»: a row per day is what the
    // breakdown just said.
    const before = slots[i - 1];
    // (…not when a list follows: «по месяцам за 2026 год отдельно для Тараза и Павлодара» is a row
    // for each city.)
    const listAfter = listOf(draft.filters, meaningOf(slots[cursor(slots).next(i)])) !== undefined;
    if (
      !listAfter &&
      slot.item.meaning.mode === 'each' &&
      before?.used &&
      isKind(before, 'timeUnit') &&
      draft.dimensions.some(isTimeDimension)
    ) {
      slot.used = true;
      continue;
    }
    // (…or of codes: «5541 және 5542 MCC бөлек-бөлек», "MCC 5411 and 5812 separately".)
    const list =
      draft.filters.find(
        (f) => f.filter.kind === 'values' && !f.filter.negated && f.filter.values.length >= 2,
      ) ??
      draft.filters.find((f) => f.filter.kind === 'ids' && !f.filter.negated && f.filter.values.length >= 2);
    // ("… all cities except Almaty and Astana …, one total per month", «… кроме Алматы и Астаны …, одной
    // суммой»: with no list of values, "one total" is what the exclusion already gives — the rest as one.)
    const rest = draft.filters.find((f) => f.filter.kind === 'values' && f.filter.negated);
    if (
      list === undefined &&
      slot.item.meaning.mode === 'together' &&
      rest?.filter.kind === 'values' &&
      !draft.dimensions.includes(rest.filter.column) &&
      // (not "Q1 and Q2 combined, except Almaty": two periods are what is combined there)
      draft.times.length <= 1 &&
      !draft.compare &&
      !draft.comparedValues
    ) {
      slot.used = true;
      continue;
    }
    if (list?.filter.kind !== 'values' && list?.filter.kind !== 'ids') continue;
    slot.used = true;
    if (slot.item.meaning.mode === 'each' && !draft.dimensions.includes(list.filter.column))
      draft.dimensions.push(list.filter.column);
    if (slot.item.meaning.mode === 'together')
      draft.combined = [...(draft.combined ?? []), list.filter.column];
  }
  const { next, prev } = cursor(slots);
  // ("Groceries, restaurants and pharmacies in Q3 2026 - turnover and number of payments for each", «…:
  // оборот по каждому»: "each" with nothing after it in its clause is each value of the one list — a
  // row each; it was one total over them.)
  // (Not where sides are set against each other: "ATM vs purchases (POS + ECOM): total for each, side by
  // side" is a column each.)
  const sides = slots.some((s) => isKind(s, 'compare') || isKind(s, 'sideBySide') || isKind(s, 'oneRow'));
  // ("QR payments at MCC 5411 and MCC 5499 - count for each": a list of codes too.)
  const lists = sides
    ? []
    : draft.filters.filter(
        (f) =>
          (f.filter.kind === 'values' || f.filter.kind === 'ids') &&
          !f.filter.negated &&
          f.filter.values.length >= 2,
      );
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'groupBy') || !EACH_ALONE_WORDS.includes(slot.item.text)) return;
    const after = next(i);
    const list = lists.length === 1 ? lists[0]!.filter : undefined;
    if ((after >= 0 && !opensClause(slots[after])) || (list?.kind !== 'values' && list?.kind !== 'ids'))
      return;
    slot.used = true;
    const by = slots[prev(i)];
    if (prev(i) === i - 1 && isKind(by, 'groupBy') && !by.used) by.used = true;
    if (!draft.dimensions.includes(list.column)) draft.dimensions.push(list.column);
  });
  // «медиана по QR и бесконтакту», «Apple Pay, Google Pay, Samsung Pay бойынша»: "by" a list of
  // values is a row for each ("by Kaspi Bank cards", one value, only says whose).
  // «общий оборот по Караганде, Павлодару и Усть-Каменогорску»: an overall figure over the list is one.
  const overall = slots.some(
    (s) => isKind(s, 'total') && OVERALL_STEMS.some((stem) => s.item.text.startsWith(stem)),
  );
  slots.forEach((slot, i) => {
    if (slot.used || overall || !isKind(slot, 'groupBy')) return;
    const list = listOf(draft.filters, meaningOf(slots[slot.item.meaning.after ? prev(i) : next(i)]));
    // «по Halyk и Forte (одной цифрой)»: said to be one total.
    if (list?.filter.kind !== 'values' || draft.combined?.includes(list.filter.column)) return;
    // ("by Halyk or Kaspi cards", «по картам Халык или Каспи»: values joined by "or" are one set the
    // payments were made by — no row each.)
    const joiner = slots[slot.item.meaning.after ? prev(prev(i)) : next(next(i))];
    if (isKind(joiner, 'conjunction') && OR_WORDS.includes(joiner.item.text)) return;
    // («только бесконтактные и по магнитной полосе», only contactless and by stripe: a preposition of the
    // last value only, inside the list — not "by" the list.)
    if (!slot.item.meaning.after && isKind(slots[prev(i)], 'conjunction')) return;
    slot.used = true;
    // («сатып алулар (POS және ECOM) бойынша …», on purchases (POS and ECOM): the bracketed list glosses
    // the payments noun before it, and «бойынша» governs that noun — the payments it names, no row each.)
    if (slot.item.meaning.after && glossedNoun(slots, prev(i), list.filter.column)) return;
    if (!draft.dimensions.includes(list.filter.column)) draft.dimensions.push(list.filter.column);
  });
  // "how are wallet payments split between Apple Pay, Google Pay and Samsung Pay", "apple pay / google
  // pay / samsung pay split": the list split is a row each (with no other breakdown asked).
  if (
    draft.dimensions.length === 0 &&
    slots.some((s) => s.item.kind === 'stop' && LIST_SPLIT_WORDS.includes(s.item.text))
  ) {
    const list = draft.filters.find(
      (f) => f.filter.kind === 'values' && !f.filter.negated && f.filter.values.length >= 2,
    );
    if (list?.filter.kind === 'values' && !draft.combined?.includes(list.filter.column))
      draft.dimensions.push(list.filter.column);
  }
  // "Apple Pay / Google Pay / Samsung Pay: number of payments and total": values set against each other
  // with slashes are a row each (six writers who never read the planner meant that each time).
  const slashed = slots.findIndex(
    (s, i) =>
      isKind(s, 'conjunction') &&
      SLASH_WORDS.includes(s.item.text) &&
      listOf(draft.filters, meaningOf(slots[i - 1])),
  );
  // (Not beside a breakdown the question names: «в разрезе города и способа оплаты (бесконтакт / QR)».)
  // (…but "MCC 5814", the column's word before its code, read as a filter, names none.)
  const breakdownNamed = slots.some(
    (s, k) =>
      (isKind(s, 'dimension') && !(s.used && slots[k + 1]?.item.kind === 'number')) ||
      isKind(s, 'bucket') ||
      (isKind(s, 'timeUnit') && isKind(slots[k - 1], 'groupBy')),
  );
  if (draft.dimensions.length === 0 && slashed >= 0 && !overall && !breakdownNamed) {
    const list = listOf(draft.filters, meaningOf(slots[slashed - 1]));
    if (list?.filter.kind === 'values' && !draft.combined?.includes(list.filter.column))
      draft.dimensions.push(list.filter.column);
  }
  // "P2P in and P2P out counts", "Kaspi and Halyk totals": a plural measure noun right after a list
  // of values is a figure for each of them, as "separately" would say.
  slots.forEach((slot, i) => {
    if (!PLURAL_FIGURES.includes(slot.item.text) || (!isKind(slot, 'count') && !isKind(slot, 'total')))
      return;
    const list = listOf(draft.filters, meaningOf(slots[i - 1]));
    if (list?.filter.kind === 'values' && !draft.dimensions.includes(list.filter.column))
      draft.dimensions.push(list.filter.column);
  });
});

/**
 * Values of one column said apart are a row each — how writers who never read the planner meant them
 * every time (they were one total): a preposition said again before the second ("in Aktobe and in
 * Taraz", «у Kaspi и у Halyk»), a list that heads the question, set off by a colon or a dash ("Apple
 * Pay мен Google Pay: …", "Almaty and Astana — …"), or the two "between" which a figure is asked
 * («Өскемен мен Тараз арасында …», "between Almaty and Astana"). "Together", «вместе», an overall
 * figure or "or" keep the one total; a share reads its own list.
 */
function readListApart(slots: Reading['slots'], draft: Reading['draft']): void {
  const list = draft.filters.find(
    (f) =>
      f.role !== 'subset' && f.filter.kind === 'values' && !f.filter.negated && f.filter.values.length >= 2,
  );
  if (list?.filter.kind !== 'values' || draft.orList) return;
  const { column } = list.filter;
  if (draft.dimensions.includes(column) || draft.combined?.includes(column)) return;
  // ("… and the growth in %": a percent after a word of change is the change's unit, not a share.)
  const changeUnit = (k: number) =>
    isKind(slots[k - 1], 'compare') ||
    (slots[k - 1]?.item.kind === 'stop' && isKind(slots[k - 2], 'compare'));
  const joined = slots.some(
    (s, k) =>
      (isKind(s, 'listMode') && s.item.meaning.mode === 'together') ||
      (isKind(s, 'total') && OVERALL_STEMS.some((stem) => s.item.text.startsWith(stem))) ||
      (isKind(s, 'share') && !(PERCENT_WORD.test(s.item.text) && changeUnit(k))),
  );
  if (joined) return;
  const at = slots.flatMap((s, k) => (isKind(s, 'value') && s.item.meaning.column === column ? [k] : []));
  if (at.length !== list.filter.values.length) return;
  const first = at[0]!;
  const last = at.at(-1)!;
  // (Only the values and the words joining them between the first and the last.)
  const joining = (s: Slot) =>
    (isKind(s, 'value') && s.item.meaning.column === column) ||
    isKind(s, 'conjunction') ||
    s.item.kind === 'stop';
  if (!slots.slice(first, last + 1).every(joining)) return;
  const stopBefore = (k: number) => (slots[k - 1]?.item.kind === 'stop' ? slots[k - 1]!.item.text : null);
  const repeated =
    at.length === 2 &&
    stopBefore(first) !== null &&
    stopBefore(first) === stopBefore(last) &&
    last === first + 3;
  const heading =
    slots.slice(0, first).every((s) => s.item.kind === 'stop') && slots[last + 1]?.item.clauseBefore === true;
  const betweenAt = BETWEEN_WORDS.includes(slots[first - 1]?.item.text ?? '')
    ? first - 1
    : KAZAKH_BETWEEN_AFTER.includes(slots[last + 1]?.item.text ?? '')
      ? last + 1
      : -1;
  if (!repeated && !heading && betweenAt < 0) return;
  if (betweenAt >= 0) slots[betweenAt]!.used = true;
  draft.dimensions.push(column);
}

/**
 * "MCC 5411 and MCC 5499: average check …", «MCC 5812 и 5814: оборот …»: codes listed at the head of
 * the question, set off by a colon or a dash, are a row each, as values heading it are (they were one
 * total). "Together" or a share keep the one total.
 */
function readCodesHeading(slots: Reading['slots'], draft: Reading['draft']): void {
  const list = draft.filters.find(
    (f) => f.role !== 'subset' && f.filter.kind === 'ids' && !f.filter.negated && f.filter.values.length >= 2,
  );
  if (list?.filter.kind !== 'ids') return;
  const { column } = list.filter;
  if (draft.dimensions.includes(column) || draft.combined?.includes(column) || draft.orList) return;
  if (slots.some((s) => (isKind(s, 'listMode') && s.item.meaning.mode === 'together') || isKind(s, 'share')))
    return;
  const end = slots.findIndex((s, k) => k > 0 && s.item.clauseBefore === true);
  if (end < 0) return;
  const head = slots.slice(0, end);
  const codes = head.filter((s) => s.item.kind === 'number');
  const codeWord = (s: Slot) => isKind(s, 'dimension') && s.item.meaning.dimension === column;
  if (codes.length !== list.filter.values.length || !head.some(codeWord)) return;
  const headWord = (s: Slot) =>
    codeWord(s) || s.item.kind === 'number' || isKind(s, 'conjunction') || s.item.kind === 'stop';
  if (head.every(headWord)) draft.dimensions.push(column);
}

/**
 * Whether the list of values ending at `last` stands in brackets right after a payments noun, closed
 * just before the word after it: «сатып алулар (POS және ECOM) бойынша».
 */
function glossedNoun(slots: Reading['slots'], last: number, column: string): boolean {
  if (slots[last + 1]?.item.closeBefore !== true) return false;
  const inList = (s: Slot | undefined) =>
    isKind(s, 'conjunction') || (isKind(s, 'value') && s.item.meaning.column === column);
  let first = last;
  while (first > 0 && inList(slots[first - 1]) && slots[first]!.item.bracketBefore !== true) first--;
  return slots[first]!.item.bracketBefore === true && isPaymentsNoun(slots[first - 1]);
}

/**
 * «Барлық операция типтері бойынша …», by all transaction types: «бойынша» right after the words for
 * every type is a row per type (alone they say no condition on the type).
 */
function readAllTypesBy(slots: Reading['slots'], draft: Reading['draft']): void {
  slots.forEach((s, k) => {
    const by = slots[k + 1];
    if (s.item.kind !== 'stop' || !KAZAKH_ALL_TYPES.includes(s.item.text)) return;
    if (!isKind(by, 'groupBy') || by.item.meaning.after !== true || by.used) return;
    by.used = true;
    if (!draft.dimensions.includes('transaction_type')) draft.dimensions.push('transaction_type');
  });
}

/** The list of two or more values a value word belongs to ("P2P in and P2P out", «QR и бесконтакт»). */
function listOf(filters: readonly DraftFilter[], named: Meaning | null): DraftFilter | undefined {
  if (named?.kind !== 'value') return undefined;
  return filters.find(
    (f) =>
      f.filter.kind === 'values' &&
      !f.filter.negated &&
      f.filter.values.length >= 2 &&
      f.filter.column === named.column &&
      named.values.every((v) => f.filter.kind === 'values' && f.filter.values.includes(v)),
  );
}

/**
 * "(both cities together)", «(оба города вместе)», «(екі қала бірге)», «(всего по двум городам)»: the
 * number of the values listed and their column word, with "together" or "in all", are the list's one
 * total — not a breakdown by the column, nor words left unread.
 */
function readListCounted(slots: Reading['slots'], draft: Reading['draft']): void {
  const list = draft.filters.find(
    (f) => f.filter.kind === 'values' && !f.filter.negated && f.filter.values.length >= 2,
  );
  if (list?.filter.kind !== 'values') return;
  const { column, values } = list.filter;
  const { next, prev } = cursor(slots);
  const together = (k: number) =>
    isKind(slots[k], 'listMode') && slots[k]!.item.meaning.mode === 'together' ? k : -1;
  slots.forEach((s, k) => {
    if (s.used || (!LIST_COUNT_WORDS.includes(s.item.text) && numberOf(s) !== values.length)) return;
    const d = next(k);
    const word = slots[d];
    if (!isKind(word, 'dimension') || word.item.meaning.dimension !== column || word.used) return;
    const by = isKind(slots[prev(k)], 'groupBy') ? prev(k) : -1;
    const joined = Math.max(together(next(d)), together(by >= 0 ? prev(by) : prev(k)));
    const inAll = by >= 0 && isKind(slots[prev(by)], 'total');
    if (joined < 0 && !inAll) return;
    for (const j of [k, d, by, joined]) if (j >= 0) slots[j]!.used = true;
    draft.combined = [...(draft.combined ?? []), column];
  });
}
