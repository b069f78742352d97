import {
  EACH_GROUP_WORDS,
  KAZAKH_HOW_MANY,
  KAZAKH_HOW_MANY_OF,
  RUSSIAN_MASS_GENITIVES,
} from '../vocabulary/index.js';
import { isSubjectOfAmount } from '../word-forms.js';
import {
  isCountedNoun,
  isDescribingValue,
  isKind,
  meaningOf,
  namesValueColumn,
  numberOf,
  type Slot,
} from './reading.js';

/**
 * The token cursor: moves over the slots of a question skipping stop words, and answers the
 * questions passes ask about the neighbourhood of a word. It reads the slots as they are now.
 */
export interface Cursor {
  /** The next / previous slot that is not a stop word, or -1. */
  next(i: number): number;
  prev(i: number): number;
  /** The stop word directly before slot i ("in" of "in EUR"), if any. */
  stopBefore(i: number): string | null;
  textOf(i: number): string;
  /** A month name or a time unit follows: the number before it is part of a date ("top 5 March"). */
  followedByDate(i: number): boolean;
  /**
   * The first slot from i on that is not a value saying which payments the noun after it means: "ECOM",
   * "foreign-currency", "non-KZT" (a negation with its value) — "more than 400 non-KZT payments".
   */
  pastValues(i: number): number;
  /** The column of the value word at slot j, if it is one. */
  valueColumnAt(j: number): string | null;
  /** An amount word or the tenge is still unread: "how much" asks for money, not a count. */
  hasUnusedAmount(): boolean;
  /**
   * The count word that counts the noun at slot i ("how many merchants", «сколько уникальных карт»,
   * "how many grocery stores", Kazakh «мерчанттар саны»), or -1.
   */
  countCueBefore(i: number): number;
  /** Integer ids after an id column ("MCC 5411 and 5812"), with the slots they stand in; a dash ends them. */
  idsAfter(i: number): { ids: number[]; at: number[] };
  /**
   * Items of a list of columns ("bank, count, total and distinct cards"): slot i opens an item when a
   * comma (with `clause`, also a colon or a full stop) stands before it or "and" right before it…
   */
  opensItem(i: number, clause?: boolean): boolean;
  /** …and closes one when the question ends after it or the next slot opens another (or is "and"). */
  closesItem(i: number, clause?: boolean): boolean;
}

// The cursor's functions live here once and are bound to a reading's slots per pass: every pass makes
// a cursor, and a dozen fresh closures per pass (each named at run time when transpiled with kept
// names) cost more than the passes' own work on a short question.
type Slots = readonly Slot[];

/**
 * Stop words, and words that only describe an MCC code ("largest single hotel payment (MCC 7011)": the
 * coverage check holds them to the code), stand between the words a pass reads together.
 */
function passedOver(slot: Slot): boolean {
  return slot.item.kind === 'stop' || isKind(slot, 'gloss');
}

function nextOf(slots: Slots, i: number): number {
  for (let j = i + 1; j < slots.length; j++) if (!passedOver(slots[j]!)) return j;
  return -1;
}

function prevOf(slots: Slots, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (!passedOver(slots[j]!)) return j;
  return -1;
}

function textAt(slots: Slots, i: number): string {
  return slots[i]?.item.text ?? '';
}

function unusedAmount(slots: Slots): boolean {
  return slots.some((s) => !s.used && (isKind(s, 'amount') || isKind(s, 'currencyUnit')));
}

function stopBeforeOf(slots: Slots, i: number): string | null {
  const s = slots[i - 1];
  return s && s.item.kind === 'stop' ? s.item.text : null;
}

function followedByDateAt(slots: Slots, i: number): boolean {
  const j = nextOf(slots, i);
  if (isKind(slots[j], 'monthName') || isKind(slots[j], 'timeUnit')) return true;
  // ("over the 1-3 May 2026 weekend": the first day of a range of days before its month.)
  const k = nextOf(slots, j);
  return (
    slots[j]?.item.kind === 'number' && slots[j]!.item.dashBefore === true && isKind(slots[k], 'monthName')
  );
}

/** "(MCC 7011)", "(merchant 1234, 1235)": an id column opening brackets, its ids read as a filter already. */
function bracketedCodes(slots: Slots, k: number): boolean {
  const slot = slots[k];
  return (
    isKind(slot, 'dimension') &&
    slot.item.bracketBefore === true &&
    slot.used &&
    slots[nextOf(slots, k)]?.item.kind === 'number' &&
    slots[nextOf(slots, k)]!.used
  );
}

function pastValuesOf(slots: Slots, i: number): number {
  let k = i;
  for (;;) {
    if (isDescribingValue(slots[k])) {
      const value = slots[k];
      k = nextOf(slots, k);
      // ("more than 700 foreign-acquirer transactions": the column's word after a value of it.)
      if (namesValueColumn(value, slots[k])) k = nextOf(slots, k);
    } else if (isKind(slots[k], 'negation') && isKind(slots[nextOf(slots, k)], 'currencyUnit'))
      k = nextOf(slots, nextOf(slots, k));
    else if (isKind(slots[k], 'negation') && isDescribingValue(slots[nextOf(slots, k)])) k = nextOf(slots, k);
    // ("more than 50 night-time (00:00–04:59) payments": a part of the day read already, with its hours.)
    else if ((isKind(slots[k], 'hourRange') || isKind(slots[k], 'dayPart')) && slots[k]!.used) {
      k = nextOf(slots, k);
      while (slots[k]?.item.kind === 'number' && slots[k]!.used) k = nextOf(slots, k);
    } else if (bracketedCodes(slots, k)) {
      // ("more than 100 hotel (MCC 7011) payments": the code in brackets, read already as a filter.)
      k = nextOf(slots, k);
      for (;;) {
        if (slots[k]?.item.kind === 'number' && slots[k]!.used) k = nextOf(slots, k);
        else if (isKind(slots[k], 'conjunction') && slots[nextOf(slots, k)]?.item.kind === 'number')
          k = nextOf(slots, k);
        else break;
      }
    } else return k;
  }
}

function valueColumnOf(slots: Slots, j: number): string | null {
  const m = meaningOf(slots[j]);
  if (m && (m.kind === 'value' || m.kind === 'notValue')) return m.column;
  return null;
}

/** Values describe the noun ("how many grocery stores"), and so does a column word that labels one ("how many Pharmacies category merchants"). */
function describesNoun(slots: Slots, k: number): boolean {
  const s = slots[k];
  if (isKind(s, 'value') || isKind(s, 'notValue')) return true;
  // ("how many wallet-using cards": having one describes them as a value does.)
  if (isKind(s, 'presence') && s.item.meaning.counts !== true) return true;
  // ("how many MCC 5812 merchants": a code read with its column word describes the noun too.)
  const code = (c: Slot | undefined, d: Slot | undefined) =>
    c?.item.kind === 'number' &&
    c.used &&
    isKind(d, 'dimension') &&
    d.item.meaning.dimension === 'merchant_mcc';
  if (code(s, slots[prevOf(slots, k)]) || code(slots[nextOf(slots, k)], s)) return true;
  if (!isKind(s, 'dimension')) return false;
  const v = meaningOf(slots[prevOf(slots, k)]);
  return (v?.kind === 'value' || v?.kind === 'notValue') && v.column === s.item.meaning.dimension;
}

function countCueBeforeOf(slots: Slots, i: number): number {
  let p = prevOf(slots, i);
  // ("how many ATM withdrawals did Jusan cards make": a value that is itself counted takes the count.)
  while (p >= 0 && describesNoun(slots, p) && !isCountedNoun(slots[p])) p = prevOf(slots, p);
  // («сколько всего мерчантов», "how many in all …": "in all" between the count and its noun.)
  if (isKind(slots[p], 'total') && isKind(slots[prevOf(slots, p)], 'count')) p = prevOf(slots, p);
  const after = slots[nextOf(slots, i)];
  // («банктер, саны бойынша кему ретімен»: banks, by their count — a comma between is no «банктер саны».)
  // («әр банкте саны бойынша топ-3 MCC»: after "each", the column word is a grouping; the count after it
  // is what ranks, not a count of banks.)
  const each = slots[prevOf(slots, i)];
  const grouping = isKind(each, 'groupBy') && EACH_GROUP_WORDS.includes(each.item.text);
  // («… мерчанттар неше?», how many merchants: «неше» / «қанша» ending the question after the noun.)
  // («Kaspi клиенттерінің қаншасы QR арқылы төледі?», how many of Kaspi's clients paid by QR: «қаншасы»,
  // «нешеуі» are how many of the noun before, wherever they stand.)
  const ending =
    isKind(after, 'count') &&
    ((KAZAKH_HOW_MANY.includes(after.item.text) && nextOf(slots, nextOf(slots, i)) < 0) ||
      KAZAKH_HOW_MANY_OF.includes(after.item.text));
  if (
    isKind(after, 'count') &&
    (after.item.meaning.after || ending) &&
    !after.used &&
    !after.item.commaBefore &&
    // («… банктер қайсы? санын да көрсет»: the count asked in a sentence of its own is shown, not of banks.)
    !after.item.clauseBefore &&
    // («үздік үш қала (саны көрсетілсін)»: nor one a bracket of its own asks to show.)
    !(after.item.bracketBefore && isKind(slots[nextOf(slots, nextOf(slots, i))], 'listVerb')) &&
    !grouping
  )
    return nextOf(slots, i);
  // («… асқан мерчанттар 2026 жылы қанша?»: the period read already may stand between.)
  let j = nextOf(slots, i);
  const dated = (x: Slot | undefined) =>
    x?.used === true && (x.item.kind === 'number' || isKind(x, 'timeUnit') || isKind(x, 'period'));
  while (dated(slots[j])) j = nextOf(slots, j);
  const last = slots[j];
  if (
    j > nextOf(slots, i) &&
    isKind(last, 'count') &&
    KAZAKH_HOW_MANY.includes(last.item.text) &&
    nextOf(slots, j) < 0 &&
    !last.used &&
    !grouping
  )
    return j;
  const cue = slots[p];
  if (!isKind(cue, 'count') || cue.used || cue.item.meaning.after) return -1;
  // ("…: count for each mode", "count per mode": the column word says its grouping in its own phrase —
  // the payments counted in each, not the values of the column.)
  if (EACH_GROUP_WORDS.includes(slots[i]!.item.text.split(' ')[0]!)) return -1;
  // ("top 4 cities by count, showing city, count, total": a comma between, the count is another's.)
  // («… орташа чек қанша болды? Қала және орташа сома»: nor across the end of a sentence.)
  if (slots.slice(p + 1, i + 1).some((s) => s.item.commaBefore === true || s.item.clauseBefore === true))
    return -1;
  // "online purchase count for Jusan Bank cards": the count is of the noun right before it.
  // (A strong cue only: Kazakh «төлемдер қанша түрлі мерчантта» asks how many merchants.)
  const counted = slots[prevOf(slots, p)];
  if (cue.item.meaning.strength === 'strong' && isCountedNoun(counted)) return -1;
  // («Сколько наличных сняли клиенты …»: how much cash, a mass noun between — the clients withdrew it.)
  if (
    cue.item.meaning.strength === 'weak' &&
    slots.slice(p + 1, i).some((s) => RUSSIAN_MASS_GENITIVES.includes(s.item.text))
  )
    return -1;
  // «сколько клиенты потратили» (how much did clients spend) vs «сколько клиентов» (how many clients).
  if (cue.item.meaning.strength === 'weak' && isSubjectOfAmount(textAt(slots, i)) && unusedAmount(slots))
    return -1;
  return p;
}

/** A four-digit code right after slot j that is no year of the data's decade. */
function isCodeAfter(slots: Slots, j: number): boolean {
  const k = nextOf(slots, j);
  const n = numberOf(slots[k]);
  return n !== null && /^\d{4}$/.test(slots[k]!.item.text) && (n < 2015 || n > 2035);
}

function idsAfterOf(slots: Slots, i: number): { ids: number[]; at: number[] } {
  const ids: number[] = [];
  const at: number[] = [];
  let j = nextOf(slots, i);
  while (j >= 0) {
    const n = numberOf(slots[j]);
    // "MCC 5411-5499" is a range, not a list: the number after the dash stays not understood.
    if (n !== null && Number.isInteger(n) && n >= 0 && slots[j]!.item.dashBefore !== true) {
      ids.push(n);
      at.push(j);
      // (The list goes on right after a code, or after a conjunction right after it: in "MCC 5541,
      // what was the 90th percentile" the 90 is no code.)
      j = j + 1 < slots.length ? j + 1 : -1;
    } else if (isKind(slots[j], 'conjunction') && numberOf(slots[j + 1]) !== null && ids.length > 0) {
      j = j + 1;
    } else if (isKind(slots[j], 'compare') && ids.length === 1 && isCodeAfter(slots, j)) {
      // ("MCC 5411 против 5499", "MCC 5812 vs 5814": the code set against the first is a code too — a
      // year is not: "MCC 5411 vs 2025" compares periods.)
      j = nextOf(slots, j);
    } else {
      break;
    }
  }
  // "merchants that had exactly 5 transactions": a number apart from the column word, with the noun of
  // payments right after it, counts them ("MCC 5411 transactions" stays a code).
  // (So does a number in words with the noun after it, "only" between: «неше мерчантта бір ғана
  // транзакция болды», at how many merchants there was one transaction only.)
  let after = nextOf(slots, at.at(-1) ?? i);
  if (isKind(slots[after], 'only')) after = nextOf(slots, after);
  const counts = isKind(slots[after], 'entity');
  const inWords = ids.length === 1 && !/^\d+$/.test(slots[at[0]!]!.item.text);
  if (ids.length === 1 && (at[0] !== i + 1 || inWords) && counts) return { ids: [], at: [] };
  return { ids, at };
}

/** A new item of a list begins at slot k: a comma (or a clause mark) before it, or it is "and" itself. */
function boundaryAt(slots: Slots, k: number, clause: boolean): boolean {
  const s = slots[k];
  return (
    s !== undefined &&
    (s.item.commaBefore === true || (clause && s.item.clauseBefore === true) || isKind(s, 'conjunction'))
  );
}

function opensItemAt(slots: Slots, i: number, clause = false): boolean {
  const s = slots[i]!;
  return (
    s.item.commaBefore === true ||
    (clause && s.item.clauseBefore === true) ||
    isKind(slots[prevOf(slots, i)], 'conjunction')
  );
}

function closesItemAt(slots: Slots, i: number, clause = false): boolean {
  const n = nextOf(slots, i);
  return n < 0 || boundaryAt(slots, n, clause);
}

export function cursor(slots: readonly Slot[]): Cursor {
  return {
    next: nextOf.bind(null, slots),
    prev: prevOf.bind(null, slots),
    textOf: textAt.bind(null, slots),
    hasUnusedAmount: unusedAmount.bind(null, slots),
    stopBefore: stopBeforeOf.bind(null, slots),
    followedByDate: followedByDateAt.bind(null, slots),
    pastValues: pastValuesOf.bind(null, slots),
    valueColumnAt: valueColumnOf.bind(null, slots),
    countCueBefore: countCueBeforeOf.bind(null, slots),
    idsAfter: idsAfterOf.bind(null, slots),
    opensItem: opensItemAt.bind(null, slots),
    closesItem: closesItemAt.bind(null, slots),
  };
}

/**
 * Whether the tenge at slot i is joined to another currency named — by a conjunction, "vs" or a comma
 * of a list ("in KZT and USD", "in tenge, USD and EUR", "in tenge and how many in dollars", «в долларах
 * и в тенге», «теңгемен және доллармен»), a "how many" of its own between.
 */
export function tengeJoinedToCurrency(slots: readonly Slot[], i: number): boolean {
  const { next, prev } = cursor(slots);
  const joins = (k: number) => isKind(slots[k], 'conjunction') || isKind(slots[k], 'compare');
  const currency = (k: number) => {
    const s = slots[k];
    return isKind(s, 'value') && s.item.meaning.column === 'transaction_currency';
  };
  const after = next(i);
  if (currency(after) && slots[after]!.item.commaBefore === true) return true;
  if (joins(after)) {
    const k = isKind(slots[next(after)], 'count') ? next(next(after)) : next(after);
    if (currency(k)) return true;
  }
  const before = isKind(slots[prev(i)], 'count') ? prev(prev(i)) : prev(i);
  return (
    (joins(before) && currency(prev(before))) || (currency(prev(i)) && slots[i]!.item.commaBefore === true)
  );
}
