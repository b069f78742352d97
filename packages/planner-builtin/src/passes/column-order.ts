import type { Draft } from '../draft.js';
import type { Meaning } from '../meaning.js';
import { COLUMN_WORDS, FIRST_AFTER_WORDS, FIRST_BEFORE_WORDS, THEN_WORDS } from '../vocabulary/index.js';
import { definePass, isCardsNoun, isKind, meaningOf, opensClause, type Slot } from './reading.js';

/** What a question asks to come first among the columns: its meaning and its words, as typed. */
export interface ColumnFirst {
  named: Meaning | { kind: 'number'; value: number };
  /** With "last year" / «прошлый год»: the period a year back. */
  lastYear: boolean;
  words: string;
}

/**
 * "City column first", "Halyk column first, then Kaspi", "(last year first)", «(сначала 2025)», «Город
 * первым столбцом», «алдымен Apple Pay», «Қала бірінші баған»: the column asked to come first. The plan
 * lays its columns out in one order — the breakdown's columns, then the measures in the order said;
 * two periods the earlier first; two sides in the order named — so the request is read here (before any
 * pass takes its words for a filter, a period or a breakdown of their own) and checked against the plan
 * in `settleColumnOrder`: kept when the plan already puts that column first, else asked back.
 */
export const readColumnOrder = definePass(({ slots, draft }) => {
  for (const [i, slot] of slots.entries()) {
    if (slot.used) continue;
    const text = slot.item.text;
    let at: number[] = [];
    if (FIRST_BEFORE_WORDS.includes(text)) {
      // «сначала 2025», «алдымен Apple Pay», «первой Астана»: the column after the word.
      const named = namedAt(slots, i + 1);
      if (named && closes(slots, named.at.at(-1)! + 1)) at = [i, ...named.at];
    }
    if (at.length === 0 && FIRST_AFTER_WORDS.includes(text) && closes(slots, i + 1)) {
      // "City column first", «Город первым столбцом», «(прошлый год первым)»: the column before it.
      let k = i - 1;
      const column = COLUMN_WORDS.includes(slots[k]?.item.text ?? '') ? k : -1;
      if (column >= 0) k--;
      const after = COLUMN_WORDS.includes(slots[i + 1]?.item.text ?? '') ? i + 1 : -1;
      const named = namedBefore(slots, k);
      if (named && (named.at[0] === 0 || opensClause(slots[named.at[0]!])))
        at = [...named.at, ...(column >= 0 ? [column] : []), i, ...(after >= 0 ? [after] : [])];
    }
    if (at.length === 0) continue;
    // ("…, then Kaspi", «…, потом мерчанты»: the one after it, said to follow.)
    const last = Math.max(...at);
    if (THEN_WORDS.includes(slots[last + 1]?.item.text ?? '')) {
      // ("…, then the card count": stop words, and a noun before the measure's word, may stand there.)
      let k = last + 2;
      while (slots[k]?.item.kind === 'stop') k++;
      const then = namedAt(slots, k);
      const counted = then && isKind(slots[k + 1], 'count') && closes(slots, k + 2) ? [k + 1] : [];
      if (then) at.push(last + 1, ...then.at, ...counted);
    }
    const first = at.map((k) => slots[k]!).find((s) => isNamed(s));
    if (!first) continue;
    for (const k of at) slots[k]!.used = true;
    const lastYear = at.some((k) => isKind(slots[k], 'periodModifier'));
    draft.columnFirst = {
      named: first.item.kind === 'number' ? { kind: 'number', value: first.item.value } : meaningOf(first)!,
      lastYear,
      words: at
        .sort((a, b) => a - b)
        .map((k) => slots[k]!.item.text)
        .join(' '),
    };
    return;
  }
});

/** A word that may name a column: a breakdown, a value, a kind of day, cards, a year. */
function isNamed(s: Slot | undefined): boolean {
  return (
    isKind(s, 'dimension') ||
    isKind(s, 'value') ||
    isKind(s, 'weekdayFilter') ||
    isCardsNoun(s) ||
    isKind(s, 'timeUnit') ||
    s?.item.kind === 'number' ||
    // "count first", "total amount first, then the card count": a measure named again.
    isKind(s, 'count') ||
    isKind(s, 'amount') ||
    isKind(s, 'check')
  );
}

/** The column named from slot k on: one word, or "last year" / «прошлый год» (a modifier and the year). */
function namedAt(slots: readonly Slot[], k: number): { at: number[] } | null {
  const s = slots[k];
  if (isKind(s, 'periodModifier') && isKind(slots[k + 1], 'timeUnit')) return { at: [k, k + 1] };
  if (isKind(s, 'timeUnit')) return null;
  return isNamed(s) && !s!.used ? { at: [k] } : null;
}

/** The column named ending at slot k. */
function namedBefore(slots: readonly Slot[], k: number): { at: number[] } | null {
  if (isKind(slots[k], 'timeUnit') && isKind(slots[k - 1], 'periodModifier')) return { at: [k - 1, k] };
  // ("total amount first", "average check first": the measure's word with the word before it.)
  const measure = isKind(slots[k], 'amount') || isKind(slots[k], 'check');
  if (measure && (isKind(slots[k - 1], 'total') || isKind(slots[k - 1], 'aggregate')) && !slots[k]!.used)
    return { at: [k - 1, k] };
  return namedAt(slots, k);
}

/** A clause ends before slot k (or the question does), or "then" follows. */
function closes(slots: readonly Slot[], k: number): boolean {
  const s = slots[k];
  return (
    s === undefined ||
    s.item.clauseBefore === true ||
    s.item.commaBefore === true ||
    s.item.closeBefore === true ||
    THEN_WORDS.includes(s.item.text) ||
    COLUMN_WORDS.includes(s.item.text)
  );
}

/**
 * The column asked first is the plan's first: the breakdown's column, the earlier of two periods, the
 * side of a split named first, the weekdays before the weekend, the cards counted first — or asked back.
 */
export const settleColumnOrder = definePass(({ draft }) => {
  const asked = draft.columnFirst;
  if (!asked) return;
  const { named } = asked;
  const firstPeriodYear = (): number | null => {
    const starts = draft.times.flatMap((t) => (t.kind === 'dates' ? [Number(t.from.slice(0, 4))] : []));
    return starts.length >= 2 ? Math.min(...starts) : null;
  };
  const ok =
    (named.kind === 'dimension' && draft.dimensions[0] === named.dimension && !draft.sideBySide) ||
    (asked.lastYear && draft.compare === true) ||
    (named.kind === 'number' && draft.compare === true && firstPeriodYear() === named.value) ||
    (named.kind === 'value' &&
      draft.sideBySide === true &&
      draft.split !== undefined &&
      draft.split.values[0] === named.values[0]) ||
    (named.kind === 'weekdayFilter' &&
      draft.dimensions[0] === 'weekend' &&
      draft.sideBySide === true &&
      named.days.length === 5) ||
    (named.kind === 'entity' &&
      draft.measures[0]?.fn === 'count_distinct' &&
      draft.measures[0].column === 'card_key') ||
    measureFirst(draft, named);
  if (!ok) draft.issues.push({ kind: 'unknown_words', words: [asked.words] });
});

/** The measure a word of it names: "count" the count, "amount" the sum, "check" the average. */
const MEASURE_NAMED: Partial<Record<ColumnFirst['named']['kind'], 'count' | 'sum' | 'avg'>> = {
  count: 'count',
  amount: 'sum',
  check: 'avg',
};

/**
 * "count first", "total amount first, then the card count": a measure of the plan asked to come first
 * is put first among the measures (the plan lays them out in its own order otherwise); one the plan
 * does not have is asked back.
 */
function measureFirst(draft: Draft, named: ColumnFirst['named']): boolean {
  const fn = MEASURE_NAMED[named.kind] ?? null;
  if (fn === null || draft.measures.length < 2) return false;
  const at = draft.measures.findIndex((m) => m.fn === fn);
  if (at < 0) return false;
  draft.measures.unshift(...draft.measures.splice(at, 1));
  return true;
}
