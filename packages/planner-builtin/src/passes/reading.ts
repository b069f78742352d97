import type { Draft, InterpretEnv } from '../draft.js';
import { copyDraft, emptyDraft } from '../draft.js';
import type { Dimension, Filter, TimeRange } from '../frame.js';
import type { Item } from '../lexicon.js';
import type { Meaning } from '../meaning.js';
import {
  ASKING_WHICH,
  DECLINE,
  EACH_GROUP_WORDS,
  KAZAKH_GENITIVE,
  KAZAKH_OCCURRED_PARTICIPLES,
  PER_WORDS,
  RELATIVE_WHICH,
  REST_WORDS,
} from '../vocabulary/index.js';
import type { MonthPart } from './month-parts.js';

/** One lexed item of the question, and whether a pass has accounted for it. */
export interface Slot {
  item: Item;
  used: boolean;
}

/** What a pass tells later passes beyond the draft itself. */
export interface Notes {
  /** Numbers scaled by a multiplier written after them ("10 тысяч"): slot → factor. */
  factors: Map<number, number>;
  /** The direction of the first "top" / "bottom" word, and the N written with it. */
  topDirection: 'asc' | 'desc' | null;
  /** The direction is a plain "top" word's ("top 3", «топ-3»), which a superlative's may overturn. */
  topByWord: boolean;
  explicitLimit: number | null;
  /** The periods read so far, each with the slot it starts at (the draft lists them in that order). */
  timeRanges: { range: TimeRange; at: number }[];
  /** The words that named each dimension, in order: the first tells a plural ranking from a singular one. */
  dimensionTexts: string[];
  /** Slots of value words under a negation before them ("not Almaty", «кроме Каспи и Халыка»). */
  negatedSlots: Set<number>;
  /** The grammatical number of the question's interrogative or «самый», once known. */
  pluralHint: boolean | null;
  /** Parts of months said ("the first half of November"): the month's slot, the part, its slots. */
  /**
   * Parts of months said: `month` is the month's name, or with `relative` the modifier of a month counted
   * from this one ("the first half of last month": «last»), whose range the relative periods narrow.
   */
  monthParts: { month: number; part: MonthPart; at: number[]; relative?: true }[];
}

/**
 * What the passes hand each other: the question as slots (the token cursor runs over them), the draft
 * built so far, and notes. Each pass is a function from one reading to the next.
 */
export interface Reading {
  readonly env: InterpretEnv;
  slots: Slot[];
  draft: Draft;
  notes: Notes;
}

/**
 * A pass: a function from one reading to the next that never changes its input. `step` is the same
 * work done in place, for the one caller that owns its reading and never looks back at it
 * (`interpret`): running the steps in order gives exactly the readings the functions would.
 */
export interface Pass {
  (reading: Reading): Reading;
  readonly step: (reading: Reading) => void;
}

/**
 * The reading before any pass: every item a slot, stop words already accounted for — but for the rest
 * said as a stop phrase ("the rest of the country"), which compared-values.ts must set against a value.
 */
export function startReading(items: readonly Item[], env: InterpretEnv): Reading {
  return {
    env,
    slots: items.map((item) => ({ item, used: item.kind === 'stop' && !REST_WORDS.includes(item.text) })),
    draft: emptyDraft(),
    notes: {
      factors: new Map(),
      topDirection: null,
      topByWord: false,
      explicitLimit: null,
      timeRanges: [],
      dimensionTexts: [],
      negatedSlots: new Set(),
      pluralHint: null,
      monthParts: [],
    },
  };
}

/** A copy of a reading that shares nothing a pass may change (items are never changed, only replaced). */
export function copyReading(r: Reading): Reading {
  return {
    env: r.env,
    slots: r.slots.map((s) => ({ item: s.item, used: s.used })),
    draft: copyDraft(r.draft),
    notes: {
      factors: new Map(r.notes.factors),
      topDirection: r.notes.topDirection,
      topByWord: r.notes.topByWord,
      explicitLimit: r.notes.explicitLimit,
      timeRanges: r.notes.timeRanges.map((t) => ({ range: { ...t.range }, at: t.at })),
      dimensionTexts: [...r.notes.dimensionTexts],
      negatedSlots: new Set(r.notes.negatedSlots),
      pluralHint: r.notes.pluralHint,
      monthParts: r.notes.monthParts.map((p) => ({ ...p, at: [...p.at] })),
    },
  };
}

/**
 * Makes a pass from a step that works on its own copy of the reading: the pass never changes what it
 * is given, so each one can be tested (and reasoned about) on its own.
 */
export function definePass(step: (reading: Reading) => void): Pass {
  const pass = (input: Reading): Reading => {
    const reading = copyReading(input);
    step(reading);
    return reading;
  };
  return Object.assign(pass, { step });
}

export function meaningOf(slot: Slot | undefined): Meaning | null {
  return slot && slot.item.kind === 'meaning' ? slot.item.meaning : null;
}

export function isKind<K extends Meaning['kind']>(
  slot: Slot | undefined,
  kind: K,
): slot is Slot & {
  item: { kind: 'meaning'; meaning: Extract<Meaning, { kind: K }> };
} {
  return !!slot && slot.item.kind === 'meaning' && slot.item.meaning.kind === kind;
}

/** Kinds of the words that say when (a time unit alone, "month", is not one: "by month"). */
const PERIOD_WORD_KINDS = [
  'relativeDay',
  'period',
  'periodModifier',
  'monthName',
  'quarterName',
  'halfName',
  'halfWord',
  'seasonName',
] as const;

/** A word of a period ("yesterday", "October", "Q3", "last"). */
/** "how many", «сколько», «қанша»: the weak count that asks a number. */
export function isHowMany(slot: Slot | undefined): boolean {
  return isKind(slot, 'count') && slot.item.meaning.strength === 'weak';
}

export function isPeriodWord(slot: Slot | undefined): boolean {
  return PERIOD_WORD_KINDS.some((k) => isKind(slot, k));
}

/** Whether a measure counts the distinct cards. */
export function measuresCards(measures: Draft['measures']): boolean {
  return measures.some((m) => m.fn === 'count_distinct' && m.column === 'card_key');
}

/**
 * The wallet's column word after "each" — "each wallet", «по каждому кошельку», «әр әмиян» — each of the
 * wallets, not "per wallet" (a plain breakdown).
 */
export function isEachWallet(slots: readonly Slot[], k: number): boolean {
  const s = slots[k];
  const each = slots[k - 1]?.item.text ?? '';
  return (
    isKind(s, 'dimension') &&
    s.item.meaning.dimension === 'wallet_type' &&
    EACH_GROUP_WORDS.includes(each) &&
    !PER_WORDS.includes(each)
  );
}

/** The noun of the cards: "cards", «карт», «карталар». */
export function isCardsNoun(slot: Slot | undefined): boolean {
  return isKind(slot, 'entity') && slot.item.meaning.entity === 'cards';
}

/**
 * Whether slot k asks "which": an interrogative of a choice, or "of which" right before a column's word
 * ("Cards of which banks paid in yuan?" — not the "of which" of a whole's part).
 */
export function asksWhichAt(slots: readonly Slot[], k: number): boolean {
  const s = slots[k];
  return (
    ASKING_WHICH.includes(s?.item.text ?? '') || (isKind(s, 'ofWhich') && isKind(slots[k + 1], 'dimension'))
  );
}

/**
 * The column a relative clause after its noun asks for — "the list of currencies in which payments were
 * made", «города, в которых не проводились операции в AMD», «банки, карты которых …» — or a Kazakh
 * participle of payments happening before it («төлемдер қабылданған қалаларды»): the column's slot, or -1.
 */
export function relativeColumn(slots: readonly Slot[]): number {
  return slots.findIndex((s, k) => {
    if (!isKind(s, 'dimension')) return false;
    // («банки, карты которых …»: the cards between say whose.)
    for (let j = k + 1; j < slots.length && (slots[j]!.item.kind === 'stop' || isCardsNoun(slots[j])); j++)
      if (RELATIVE_WHICH.includes(slots[j]!.item.text)) return true;
    const before = slots[k - 1];
    return before?.item.kind === 'stop' && KAZAKH_OCCURRED_PARTICIPLES.includes(before.item.text);
  });
}

/** The noun of the payments themselves: "payments", «операций», «төлемдер», "rows". */
export function isPaymentsNoun(slot: Slot | undefined): slot is Slot {
  return isKind(slot, 'entity') && slot.item.meaning.entity === 'transactions';
}

/**
 * The column's own word after a value of it ("foreign acquirer", "KZT currency"): it only names the
 * value's column.
 */
export function namesValueColumn(value: Slot | undefined, word: Slot | undefined): boolean {
  const m = meaningOf(value);
  const w = meaningOf(word);
  return (m?.kind === 'value' || m?.kind === 'notValue') && w?.kind === 'columnWord' && w.column === m.column;
}

/** A city named as a value: "Shymkent", «Шымкента» — whose merchants, where the payments were. */
export function isCityValue(slot: Slot | undefined): slot is Slot {
  return isKind(slot, 'value') && slot.item.meaning.column === 'merchant_city';
}

/** "MCC 5812": a code read with the MCC word right before it (the filter it made used both). */
export function isCodeOfColumn(code: Slot | undefined, word: Slot | undefined): boolean {
  return (
    code?.item.kind === 'number' &&
    code.used &&
    isKind(word, 'dimension') &&
    word.item.meaning.dimension === 'merchant_mcc' &&
    word.used
  );
}

/** A noun that is counted: "transactions", «операций», or a kind of them ("ATM withdrawals"). */
export function isCountedNoun(slot: Slot | undefined): boolean {
  return (
    isKind(slot, 'entity') ||
    ((isKind(slot, 'value') || isKind(slot, 'presence')) && slot.item.meaning.counts === true)
  );
}

/**
 * Two value words of the same values: "жалақы (SALARY)", the second glossing the first; «банкоматтан ақша
 * шешу», the value said twice.
 */
export function sameValues(a: Slot | undefined, b: Slot | undefined): boolean {
  const [x, y] = [meaningOf(a), meaningOf(b)];
  return (
    x?.kind === 'value' && y?.kind === 'value' && x.column === y.column && x.values.join() === y.values.join()
  );
}

/**
 * A value that says which payments the noun after it means, not one counted itself: "ECOM", "POS",
 * "foreign-currency" (said as what it is not) — "more than 400 foreign-currency payments".
 */
export function isDescribingValue(slot: Slot | undefined): boolean {
  return (isKind(slot, 'value') && !isCountedNoun(slot)) || isKind(slot, 'notValue');
}

/**
 * The tenge right after a count word is counted, an amount: «Сколько тенге ушло …», "how many tenge
 * went …", «қанша теңге кетті» — not "how many KZT payments", "how many tenge-denominated payments".
 */
export function countsTenge(slots: readonly Slot[], unitAt: number): boolean {
  const after = slots[unitAt + 1];
  return (
    isKind(slots[unitAt - 1], 'count') &&
    !/^kzt/.test(slots[unitAt]?.item.text ?? '') &&
    !isKind(after, 'entity') &&
    after?.item.dashBefore !== true
  );
}

/** The value of a number slot no pass has used yet. */
export function numberOf(slot: Slot | undefined): number | null {
  return slot && slot.item.kind === 'number' && !slot.used ? slot.item.value : null;
}

/** Adds a filter; after "among" / «среди» it is the base of a share, else its role is decided later. */
export function addFilter(r: Reading, filter: Filter, at: number): void {
  // "among X" names its base after it; Kazakh «X ішінде» before it.
  // (…but a share word between them ends the whole: in «контактсыз төлемдер үлесі, POS ішінде» the
  // contactless payments are the part, POS the whole.)
  const after = r.slots.slice(at + 1);
  const end = after.findIndex((s) => isKind(s, 'share'));
  // (Kazakh «барлық POS сатып алулардағы үлесі»: "all" right before a value a share word follows.)
  const before = r.slots.slice(0, at).findLast((s) => s.item.kind !== 'stop');
  const allOf = isKind(before, 'total') && before.item.text === 'барлық' && end >= 0;
  // (…not a value whose payments, in the genitive, another value follows: in «QR төлемдерінің POS
  // ішіндегі үлесі» QR is the part and POS the whole.)
  const upTo = after.slice(0, end < 0 ? after.length : end);
  const baseAt = upTo.findIndex((s) => isKind(s, 'shareBase') && s.item.meaning.after === true);
  const toBase = upTo.slice(0, Math.max(baseAt, 0));
  const genitive = toBase.findIndex((s) => isKind(s, 'entity') && KAZAKH_GENITIVE.test(s.item.text));
  const another =
    genitive >= 0 &&
    toBase
      .slice(genitive + 1)
      .some((s) => isKind(s, 'value') || isKind(s, 'notValue') || isKind(s, 'presence'));
  const base =
    allOf ||
    r.slots.slice(0, at).some((s) => isKind(s, 'shareBase') && !s.item.meaning.after) ||
    (baseAt >= 0 && !another);
  // ("paid by phone (wallet)", «телефонмен (әмиянмен)»: the same condition restated is one — a share took
  // one copy for its part and left the other on its base.)
  const same = r.draft.filters.find((f) => JSON.stringify(f.filter) === JSON.stringify(filter));
  if (same) {
    if (base) same.role = 'base';
    return;
  }
  r.draft.filters.push({ filter, role: base ? 'base' : 'auto' });
}

/** Adds a dimension once, remembering the word that named it. */
export function addDimension(r: Reading, d: Dimension, at: number): void {
  if (!r.draft.dimensions.includes(d)) {
    r.draft.dimensions.push(d);
    r.notes.dimensionTexts.push(r.slots[at]?.item.text ?? '');
  }
  r.draft.domain = true;
}

/**
 * "fell", "dropped" — stop words where they introduce a share's part ("what share fell on weekends"),
 * a fall of the figure anywhere else: the question says the figure fell, and has no share.
 */
export function saysFall(slots: readonly Slot[]): boolean {
  // ("Did turnover fall from Q2 to Q3?": "fall" before "from" is the verb, not the autumn.)
  const verbFall = (s: Slot, k: number) =>
    isKind(s, 'seasonName') && /^falls?$/.test(s.item.text) && slots[k + 1]?.item.text === 'from';
  // («… пайызбен ең көп төмендеді», fell most in per cent: "in per cent" says how the fall is measured,
  // no share; «төмендеді» is also read as a comparator, "below".)
  const inPercent = (s: Slot) => s.item.text === 'пайызбен' || s.item.text === 'в процентах';
  return (
    !slots.some((s) => isKind(s, 'share') && !inPercent(s)) &&
    slots.some(
      (s, k) =>
        ((s.item.kind === 'stop' || isKind(s, 'comparator')) && DECLINE.test(s.item.text)) || verbFall(s, k),
    )
  );
}

/** Whether slot `at` stands inside brackets: "(" at it or before it, and no ")" since. */
export function insideBrackets(slots: readonly Slot[], at: number): boolean {
  for (let k = Math.min(at, slots.length - 1); k >= 0; k--) {
    const item = slots[k]!.item;
    if (item.bracketBefore === true) return true;
    if (item.closeBefore === true) return false;
  }
  return false;
}

/** A clause, an item of a list or a bracket opens at this slot: a mark, a comma or "(" stands before it. */
export function opensClause(slot: Slot | undefined): boolean {
  return (
    slot?.item.clauseBefore === true || slot?.item.commaBefore === true || slot?.item.bracketBefore === true
  );
}

/**
 * «Тараз бен Ақтөбе: …», "Taraz vs Aktobe, …": two or more values of one column opening the question,
 * joined by conjunctions or "vs" and set off by a colon or a comma — the groups the question is asked
 * of. The slot where the rest begins, or -1.
 */
export function valuesHeadingEnd(slots: readonly Slot[]): number {
  const end = slots.findIndex((s, k) => k > 0 && (s.item.clauseBefore || s.item.commaBefore));
  if (end < 0) return -1;
  const heading = slots.slice(0, end);
  const words = heading.flatMap((s) => {
    const m = meaningOf(s);
    return m?.kind === 'value' ? [m] : [];
  });
  const columns = new Set(words.map((m) => m.column));
  const values = new Set(words.flatMap((m) => m.values));
  const joined = heading.every(
    (s) => isKind(s, 'value') || isKind(s, 'conjunction') || isKind(s, 'compare') || s.item.kind === 'stop',
  );
  return joined && columns.size === 1 && values.size >= 2 ? end : -1;
}

/**
 * «…? Прошу указать число.», "…? Please give the number.": where the last sentence begins when it holds
 * only stop words, verbs of showing, slot `at` and the words `also` admits — a request for what the
 * question asked before it — or -1.
 */
export function closingRequestStart(
  slots: readonly Slot[],
  at: number,
  also: (s: Slot) => boolean = () => false,
): number {
  const start = slots.findLastIndex((s) => s.item.clauseBefore === true);
  if (start <= 0 || start > at) return -1;
  const requests = slots
    .slice(start)
    .every((s, k) => start + k === at || s.item.kind === 'stop' || isKind(s, 'listVerb') || also(s));
  return requests ? start : -1;
}
