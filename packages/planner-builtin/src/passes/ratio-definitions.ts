import type { Measure } from '../frame.js';
import { LIST_SLASH } from '../tokenize.js';
import { RATIO_DEFINITION_WORDS } from '../vocabulary/index.js';
import { definePass, isCardsNoun, isKind, meaningOf, opensClause, type Slot } from './reading.js';

/** What the two sides of a division spelled out in the question divide: the total or the count, by what. */
export interface RatioDefinition {
  of: 'sum' | 'count';
  by: 'card' | 'merchant' | 'day' | 'calendar days';
  /** The words of the spelling, as typed: what is asked back when no ratio of the plan is that one. */
  words: string;
}

/**
 * "(Kaspi transactions ÷ distinct Kaspi cards)", "where amount per card = the city's total turnover ÷
 * distinct cards that paid in that city", «(сома / өткен күндер саны)», "… divided by the number of
 * distinct grocery merchants": the ratio the question asks for, spelled out as a division. The spelling
 * restates the ratio — its measure words are no columns of their own (the count came beside the ratio,
 * the total and the cards beside each city's), its values no new conditions («аударымдар», transfers,
 * widened P2P_OUT to both kinds) — so its words are taken out here, before any pass reads them, and the
 * plan must hold that very ratio (`settleRatioDefinition`), or the spelling is asked back.
 *
 * The spelling is the clause (or the bracket) that holds the division sign ("/", "÷") or word ("divided
 * by", «делённая на»), with a total or a count before the sign and cards, merchants or days after it,
 * and nothing else but the words a restatement uses: values and column words the question names
 * outside it too, periods, numbers, pronouns and the verbs of paying.
 */
export const readRatioDefinition = definePass(({ slots, draft }) => {
  // (The first sign that spells a ratio: "Apple Pay / Google Pay" before it lists wallets.)
  for (const [at, s] of slots.entries()) {
    if (
      !isKind(s, 'divide') &&
      !(isKind(s, 'conjunction') && s.item.text === LIST_SLASH) &&
      !spelledDivisor(s)
    )
      continue;
    const definition = spelledAt(slots, at);
    if (!definition) continue;
    // (A phrase of the ratio that is the whole question is the question, not a restatement of it.)
    if (spelledDivisor(s) && definition.from === 0) continue;
    slots.splice(definition.from, definition.length);
    draft.ratioDefinition = definition.ratio;
    return;
  }
});

/** The ratio spelled around the division at slot `at`, and the slots it spans; null if it is none. */
function spelledAt(
  slots: readonly Slot[],
  at: number,
): { ratio: RatioDefinition; from: number; length: number } | null {
  // ("amount per card = the wallet's total ÷ distinct cards": what stands before "=" names the ratio and
  // stays to be read.)
  let from = at;
  while (from > 0 && !opensClause(slots[from]) && !slots[from]!.item.equalsBefore) from--;
  // (…unless the question names that ratio before already: "amount per card this year, where amount per
  // card = …" — the name said again goes with its spelling.)
  if (slots[from]!.item.equalsBefore) {
    let start = from - 1;
    while (start > 0 && !opensClause(slots[start])) start--;
    const name = slots.slice(start, from);
    const ratioWord = (x: Slot) => isKind(x, 'perCard') || isKind(x, 'perMerchant');
    const naming = (x: Slot) =>
      x.item.kind === 'stop' ||
      ratioWord(x) ||
      isKind(x, 'amount') ||
      isKind(x, 'total') ||
      isKind(x, 'count');
    const namedBefore = slots.slice(0, start).some(ratioWord);
    if (name.every(naming) && name.some(ratioWord) && namedBefore) from = start;
  }
  // (Inside a bracket a comma does not end it: «(сумма категории / уникальные карты, которые платили …)».)
  const bracketed = slots[from]!.item.bracketBefore === true;
  let to = at;
  while (
    to + 1 < slots.length &&
    !slots[to + 1]!.item.clauseBefore &&
    !slots[to + 1]!.item.bracketBefore &&
    !slots[to + 1]!.item.closeBefore &&
    (bracketed || !slots[to + 1]!.item.commaBefore)
  )
    to++;
  const of = numerator(slots.slice(from, at));
  const by = spelledDivisor(slots[at]) ?? denominator(slots.slice(at + 1, to + 1));
  if (of === null || by === null) return null;
  const span = slots.slice(from, to + 1);
  const outside = [...slots.slice(0, from), ...slots.slice(to + 1)];
  if (!span.every((s, k) => k + from === at || restates(s, outside))) return null;
  // (Taken out of the reading, not only marked used: passes that look at every measure or card word —
  // "said twice, the one in the list of columns is the item" — would still read the restatement.)
  const words = span.map((s) => (s.item.text === LIST_SLASH ? '/' : s.item.text)).join(' ');
  return { ratio: { of, by, words }, from, length: span.length };
}

/** The total or the count the division starts from. */
function numerator(side: readonly Slot[]): RatioDefinition['of'] | null {
  if (side.some((s) => isKind(s, 'count'))) return 'count';
  if (side.some((s) => isKind(s, 'amount'))) return 'sum';
  // ("total txns divided by distinct cards": the total of the payments counted is their number.)
  const countedNoun = side.some(
    (s) =>
      isKind(s, 'entity') && s.item.meaning.entity === 'transactions' && s.item.meaning.flavor === 'count',
  );
  if (side.some((s) => isKind(s, 'total'))) return countedNoun ? 'count' : 'sum';
  const counted = side.some(
    (s) =>
      (isKind(s, 'entity') && s.item.meaning.entity === 'transactions') ||
      (isKind(s, 'value') && s.item.meaning.counts === true),
  );
  return counted ? 'count' : null;
}

/**
 * "… — that is, the total amount divided by the number of distinct cards": the division and what it is
 * by said in one phrase of the vocabulary (a ratio per card or per merchant).
 */
function spelledDivisor(s: Slot | undefined): RatioDefinition['by'] | null {
  if (!s || !DIVISION_PHRASE.test(s.item.text)) return null;
  if (isKind(s, 'perCard')) return 'card';
  if (isKind(s, 'perMerchant')) return 'merchant';
  return null;
}

/** A phrase that says "divided by" in itself. */
const DIVISION_PHRASE = /^(divided by|делен|делён|бөлінген)/;

/** What it is divided by: the distinct cards, the distinct merchants or the days. */
function denominator(side: readonly Slot[]): RatioDefinition['by'] | null {
  if (side.some((s) => isKind(s, 'perCard') || isCardsNoun(s))) return 'card';
  if (side.some((s) => isKind(s, 'dimension') && s.item.meaning.dimension === 'merchant_id'))
    return 'merchant';
  // ("(count / 30)", «айлық сома / 30 күн», «өткен күндер саны, бүгінді қосқанда»: the days of the calendar,
  // said by their number or as those gone by up to today — not the days with payments, which is what
  // an average per day divides by; asked back.)
  if (side.some((s) => s.item.kind === 'number' || isKind(s, 'relativeDay'))) return 'calendar days';
  // («сумма за будние дни / число будних дней»: the days named by their kind.)
  const days = (s: Slot) =>
    (isKind(s, 'timeUnit') && s.item.meaning.unit === 'day') || isKind(s, 'weekdayFilter');
  if (side.some(days)) return 'day';
  return null;
}

/** A word a restatement of the ratio may use. */
function restates(s: Slot, outside: readonly Slot[]): boolean {
  if (s.item.kind === 'stop' || s.item.kind === 'number') return true;
  if (s.item.kind === 'unknown') return RATIO_DEFINITION_WORDS.includes(s.item.text);
  if (RATIO_DEFINITION_WORDS.includes(s.item.text)) return true;
  if (isKind(s, 'value')) return restatedValue(s, outside);
  return (
    restatesMeasureOrPeriod(s) ||
    isKind(s, 'perCard') ||
    isKind(s, 'perMerchant') ||
    isKind(s, 'divide') ||
    // ("(total tenge / distinct cards)": the total's unit.)
    isKind(s, 'currencyUnit') ||
    isKind(s, 'relativeDay') ||
    isKind(s, 'weekdayFilter') ||
    isKind(s, 'groupBy')
  );
}

/** The words any restatement may use: the measure and its payments, a column word, a period. */
export function restatesMeasureOrPeriod(s: Slot): boolean {
  return (
    isKind(s, 'amount') ||
    isKind(s, 'total') ||
    isKind(s, 'count') ||
    isKind(s, 'entity') ||
    isKind(s, 'dimension') ||
    isKind(s, 'timeUnit') ||
    isKind(s, 'period') ||
    isKind(s, 'periodModifier') ||
    isKind(s, 'periodSaid') ||
    isKind(s, 'monthName')
  );
}

/** The measure a spelled-out ratio is. */
function ratioOf(definition: RatioDefinition, m: Measure): boolean {
  if (definition.by === 'card') return m.fn === 'per_card' && m.of === definition.of;
  if (definition.by === 'merchant') return m.fn === 'per_merchant' && m.of === definition.of;
  if (definition.by === 'calendar days') return false;
  return m.fn === 'per_period' && m.unit === 'day' && m.of === definition.of;
}

/**
 * The plan holds the ratio its spelling restates ("amount per card … (turnover ÷ distinct cards)"), or
 * the spelling is asked back: a division the plan does not compute is not one to set aside unread.
 */
export const settleRatioDefinition = definePass(({ draft }) => {
  const definition = draft.ratioDefinition;
  if (!definition) return;
  if (!draft.measures.some((m) => ratioOf(definition, m)))
    draft.issues.push({ kind: 'unknown_words', words: [definition.words] });
});

/** A value restated: named outside the restatement too, as the same one (or a negated one likewise). */
export function restatedValue(s: Slot, outside: readonly Slot[]): boolean {
  const m = meaningOf(s);
  if (m?.kind !== 'value' && m?.kind !== 'notValue') return false;
  return outside.some((o) => {
    const n = meaningOf(o);
    return n?.kind === m.kind && n.column === m.column && m.values.every((v) => n.values.includes(v));
  });
}
