import type { Measure } from '../frame.js';
import type { Meaning } from '../meaning.js';
import {
  ABBREVIATED_AGGREGATES,
  AVERAGE_ADVERBS,
  DISTINCT_WORDS,
  INCOMING_TRANSACTION_TYPES,
  LEADING_STOPS,
  OR_WORDS,
  PLUS_WORDS,
  REQUEST_WORDS,
  RUSSIAN_GENITIVE_PLURAL,
  RUSSIAN_WHICH_ONE_ASKING,
  SHOWING_WORDS,
} from '../vocabulary/index.js';
import { isPluralWord } from '../word-forms.js';
import { AGGREGATES } from './measures.js';
import { definePass, isKind, meaningOf, type Slot } from './reading.js';

/**
 * "Quick one: total, count and average payment for October 2026?", "ECOM by bank last month: count,
 * sum, largest payment", «Павлодар …: операций, оборот, средний чек, карт», «…: саны, сомасы, ең ірі
 * төлем», "cards, merchants, payments": a list of figures, each item a measure of its own, in the order
 * said. Read whole, before any pass can join two items into one measure ("total, count" as a total
 * count, "amount, avg" as an average amount) or take an item's word for something else (a ranking from
 * "largest", a breakdown from "merchants") — which left a figure asked for out of the answer.
 *
 * Only a list that is plainly one: two items or more, joined by commas, "and" or "+" (never "or"), the first
 * opening a clause, the question or a request ("give", «покажи»), every item only measure words (a value
 * in an item only when the question names it outside the list too — "ATM withdrawals …: number of
 * withdrawals"). Anything else is left to the measures pass as before.
 */
export const readMeasureList = definePass(({ slots, draft }) => {
  if (draft.measures.length > 0) return;
  // (A figure per card, per merchant or per day, a share, a change: the list is the ratio's or the
  // comparison's to read, not a list of plain figures.)
  if (slots.some((s) => BARRED.has(meaningOf(s)?.kind ?? ''))) return;
  for (let start = 0; start < slots.length; start++) {
    if (!opens(slots, start)) continue;
    const run = readRun(slots, start);
    if (!run) continue;
    for (const k of run.at) slots[k]!.used = true;
    draft.measures.push(...run.measures);
    draft.domain = true;
    return;
  }
});

/** Kinds of word that make a list of figures something else: a ratio, a share, a change. */
const BARRED = new Set<string>([
  'perCard',
  'perMerchant',
  'share',
  'shareBase',
  'compare',
  'compareOutput',
  'sideBySide',
  'ratio',
  'divide',
  'distribution',
]);

/** An item that is one figure: the measure, and the slots it takes (stop words between included). */
interface ListItem {
  measure: Measure;
  at: number[];
}

/** Whether an item of a list may begin at slot k: a clause, the question, a comma or a request opens it. */
function opens(slots: readonly Slot[], k: number): boolean {
  const s = slots[k];
  if (!s || s.used) return false;
  if (k === 0 || s.item.clauseBefore === true) return true;
  const before = slots[k - 1]!;
  // (After a comma only when no figure stands before it: "bank, count, total" opens at "count", but
  // "showing avg ticket, count and turnover" is one list from "avg".)
  if (s.item.commaBefore === true) return partOf(slots, k - 1, k - 1) === null;
  // ("Weekly txns and turnover …": a time grain that opens the question says how the list is broken down.)
  const grain = isKind(before, 'timeUnit') || isKind(before, 'bucket');
  if (grain && (k - 1 === 0 || before.item.clauseBefore === true)) return true;
  return (
    isKind(before, 'listVerb') ||
    isKind(before, 'oneRow') ||
    REQUEST_WORDS.includes(before.item.text) ||
    SHOWING_WORDS.includes(before.item.text)
  );
}

/** Two or more items from `start`, joined by commas, "and" or a plus. */
function readRun(slots: readonly Slot[], start: number): { measures: Measure[]; at: number[] } | null {
  const items: ListItem[] = [];
  let k = start;
  for (;;) {
    const item = readItem(slots, k);
    if (!item) break;
    items.push(item);
    const end = item.at.at(-1)! + 1;
    const joint = slots[end];
    // ("… - count + distinct cards": a plus joins two items as "and" does.)
    // (A stop word is read from the start.)
    const joins =
      joint !== undefined &&
      ((isKind(joint, 'conjunction') && !OR_WORDS.includes(joint.item.text) && !joint.used) ||
        (joint.item.kind === 'stop' && PLUS_WORDS.includes(joint.item.text)));
    if (joins) {
      item.at.push(end);
      k = end + 1;
    } else if (joint?.item.commaBefore === true && !joint.item.clauseBefore) {
      k = end;
    } else break;
  }
  // (The joint after the last item belongs to what follows: "count and amount, and by city".)
  const last = items.at(-1);
  if (last && isKind(slots[last.at.at(-1)!], 'conjunction')) last.at.pop();
  if (items.length < 2) return null;
  // ("Number and total of transactions": the noun after the last item is both items' — its "total of
  // transactions" beside their number is their amount, not a second count.)
  for (const [n, item] of items.entries()) {
    const total = item.at.some((x) => isKind(slots[x], 'total'));
    if (n > 0 && total && item.measure.fn === 'count' && items[n - 1]!.measure.fn === 'count')
      item.measure = { fn: 'sum' };
  }
  const measures = items.map((i) => i.measure);
  // ("min, avg and max P2P_OUT amount", "p95 and p99 of online purchase amounts": aggregates only share
  // the noun after them, which the measures pass reads.)
  if (measures.every((m) => AGGREGATES.includes(m.fn))) return null;
  const keys = measures.map((m) => JSON.stringify(m));
  if (new Set(keys).size !== keys.length) return null;
  // ("count, amount per card", «сумма, средний чек в долларах»: a word right after the list that says
  // what its figures are of or in is not for a list of plain figures.)
  const after = meaningOf(slots[last!.at.at(-1)! + 1]);
  if (after && AFTER_LIST_BARRED.has(after.kind)) return null;
  return { measures, at: items.flatMap((i) => i.at) };
}

const AFTER_LIST_BARRED = new Set<string>(['currencyUnit', 'originalAmount', 'perCard', 'share']);

/** What one word of an item says. */
type Part =
  | 'count'
  | 'total'
  | 'amount'
  | 'aggregate'
  | 'largest'
  | 'smallest'
  | 'transactions'
  | 'cards'
  | 'merchants'
  | 'check'
  | 'value'
  | 'which';

function partOf(slots: readonly Slot[], k: number, listStart: number): Part | null {
  const s = slots[k]!;
  const m = meaningOf(s);
  if (!m || s.used) return null;
  switch (m.kind) {
    case 'count':
      // («сколько операций, общая сумма и средний чек»: "how many" with the payments it counts; «…: сколько,
      // на какую сумму, сколько карт»: a bare "how many" that is an item of its own.)
      return m.strength === 'strong' ||
        countedNounAfter(slots, k, listStart) ||
        countedThingAfter(slots, k) ||
        bareItem(slots, k)
        ? 'count'
        : null;
    case 'total':
      return 'total';
    case 'amount':
      return 'amount';
    case 'check':
      return 'check';
    case 'aggregate':
      return m.fn === 'percentile' && m.p === undefined && m.ps === undefined ? null : 'aggregate';
    case 'superlative':
      return m.impliesCount ? null : m.direction === 'desc' ? 'largest' : 'smallest';
    case 'entity':
      return m.entity === 'cards' ? 'cards' : 'transactions';
    case 'dimension':
      // ("count distinct merchant_id": the column's name after a word of distinct values counts them.)
      return m.dimension === 'merchant_id' &&
        (isPluralWord(s.item.text) || DISTINCT_WORDS.includes(slots[k - 1]?.item.text ?? ''))
        ? 'merchants'
        : null;
    case 'value':
      return namedOutside(slots, k, listStart, m) ? 'value' : null;
    case 'direction':
      // (Only after its "how many", which read it: «сколько начислений».)
      return isKind(slots[k - 1], 'count') && countedNounAfter(slots, k - 1, listStart)
        ? 'transactions'
        : null;
    case 'grammaticalNumber':
      // («на какую сумму», «какой средний чек»: "which" asking a figure is part of its item.)
      return RUSSIAN_WHICH_ONE_ASKING.includes(s.item.text) && figureAfter(slots, k) ? 'which' : null;
    default:
      return null;
  }
}

/**
 * A noun of payments right after a "how many": «сколько операций», "how many payments", «сколько
 * переводов», and «сколько начислений» when the payments named before the list are credits.
 */
function countedNounAfter(slots: readonly Slot[], k: number, listStart: number): boolean {
  const noun = slots[k + 1];
  if (!noun || noun.item.commaBefore || noun.item.clauseBefore) return false;
  const m = meaningOf(noun);
  return (
    (m?.kind === 'entity' && m.entity === 'transactions') ||
    (m?.kind === 'value' && m.counts === true && RUSSIAN_GENITIVE_PLURAL.test(noun.item.text)) ||
    (m?.kind === 'direction' &&
      RUSSIAN_GENITIVE_PLURAL.test(noun.item.text) &&
      typesGo(slots, listStart, m.incoming))
  );
}

/**
 * Whether the question names, before the list, transaction types that all go the way a direction word
 * says («Зарплаты …: сколько начислений»). Without them the word would narrow the payments, which the
 * direction pass decides, so the list leaves it alone.
 */
function typesGo(slots: readonly Slot[], listStart: number, incoming: boolean): boolean {
  const named = slots
    .slice(0, listStart)
    .map(meaningOf)
    .filter((m) => m?.kind === 'value' && m.column === 'transaction_type');
  return (
    named.length > 0 &&
    named.every(
      (m) =>
        m?.kind === 'value' && m.values.every((v) => INCOMING_TRANSACTION_TYPES.includes(v) === incoming),
    )
  );
}

/** A figure right after "which" («какую сумму», «какой средний чек», «какая общая сумма»). */
function figureAfter(slots: readonly Slot[], k: number): boolean {
  const after = slots[k + 1];
  if (!after || after.item.commaBefore || after.item.clauseBefore) return false;
  return (
    isKind(after, 'amount') || isKind(after, 'total') || isKind(after, 'check') || isKind(after, 'aggregate')
  );
}

/** Cards or merchants right after a "how many": «сколько карт», "how many merchants". */
function countedThingAfter(slots: readonly Slot[], k: number): boolean {
  const thing = slots[k + 1];
  if (!thing || thing.item.commaBefore || thing.item.clauseBefore) return false;
  const part = partOf(slots, k + 1, k);
  return part === 'cards' || part === 'merchants';
}

/** A "how many" that is a whole item: the list's comma right after it (readRun wants another item). */
function bareItem(slots: readonly Slot[], k: number): boolean {
  const after = slots[k + 1];
  if (after?.item.commaBefore === true && !after.item.clauseBefore) return true;
  // ("Number and total of transactions …": "and" joins it to the next figure, the noun after both.)
  const joined = slots[k + 2];
  return (
    isKind(after, 'conjunction') &&
    !OR_WORDS.includes(after.item.text) &&
    (isKind(joined, 'total') || isKind(joined, 'amount') || isKind(joined, 'check'))
  );
}

/** A value in an item names the payments only when the question names the same value before the list. */
function namedOutside(slots: readonly Slot[], k: number, listStart: number, m: Meaning): boolean {
  if (m.kind !== 'value') return false;
  return slots.some((o, j) => {
    const n = meaningOf(o);
    return (
      j < listStart &&
      j !== k &&
      n?.kind === 'value' &&
      n.column === m.column &&
      n.values.join() === m.values.join()
    );
  });
}

/** One item from slot k: its measure words (stop words between them), as long as they make one figure. */
function readItem(slots: readonly Slot[], k: number): ListItem | null {
  const at: number[] = [];
  const parts: Part[] = [];
  let j = k;
  while (j < slots.length) {
    const s = slots[j]!;
    // («ср. чек», «орт. чек»: the stop after an abbreviated aggregate ends no item.)
    const abbreviated =
      ABBREVIATED_AGGREGATES.includes(slots[j - 1]?.item.text ?? '') &&
      (isKind(s, 'check') || isKind(s, 'amount'));
    if (j > k && (s.item.commaBefore || (s.item.clauseBefore && !abbreviated))) break;
    // (A plus ends the item it follows: "count + distinct cards" is two.)
    if (s.item.kind === 'stop' && PLUS_WORDS.includes(s.item.text) && at.length > 0) break;
    if (s.item.kind === 'stop') {
      // (An item opens with its figure, or an article: «, совершавших операции» is a clause of its own.)
      if (at.length === 0 && !LEADING_STOPS.includes(s.item.text)) return null;
      j++;
      continue;
    }
    const part = partOf(slots, j, k);
    if (!part) break;
    if (part === 'which') {
      // (Its figure follows; "which" itself says nothing of it.)
      for (let x = (at.at(-1) ?? k - 1) + 1; x <= j; x++) at.push(x);
      j++;
      continue;
    }
    // (Stop words between the item's words are its own: "number of transactions", "the biggest single …".)
    for (let x = (at.at(-1) ?? k - 1) + 1; x < j; x++) at.push(x);
    at.push(j);
    parts.push(part);
    j++;
  }
  // (Stop words before the first word of the item are its own too; none after its last.)
  while (at.length > 0 && slots[at[0]!]!.item.kind === 'stop') at.shift();
  const measure = measureOf(
    parts,
    at.map((x) => meaningOf(slots[x])),
  );
  if (!measure || at.length === 0) return null;
  // ("On average, how much …", "How much, on average, …": the adverb says how the figure beside it is
  // taken.)
  if (at.every((x) => AVERAGE_ADVERBS.includes(slots[x]!.item.text) || slots[x]!.item.kind === 'stop'))
    return null;
  return { measure, at };
}

/** The one figure an item's words make, or null when they make none or more than one. */
function measureOf(parts: readonly Part[], meanings: readonly (Meaning | null)[]): Measure | null {
  const has = (p: Part) => parts.includes(p);
  const only = (...allowed: Part[]) => parts.every((p) => allowed.includes(p));
  const heads = (['count', 'aggregate', 'largest', 'smallest'] as const).filter(has);
  if (heads.length > 1 || parts.filter((p) => p === heads[0]).length > 1) return null;
  const aggregate = meanings.find((m) => m?.kind === 'aggregate');
  if (aggregate?.kind === 'aggregate') {
    if (!only('aggregate', 'amount', 'check', 'transactions', 'value') || has('cards')) return null;
    if (aggregate.fn === 'percentile') {
      const p = aggregate.p ?? (aggregate.ps?.length === 1 ? aggregate.ps[0] : undefined);
      return p === undefined ? null : { fn: 'percentile', p };
    }
    return { fn: aggregate.fn };
  }
  if (has('largest') || has('smallest')) {
    if (!only('largest', 'smallest', 'amount', 'transactions', 'value')) return null;
    return { fn: has('largest') ? 'max' : 'min' };
  }
  if (has('count')) {
    if (has('cards') && only('count', 'cards')) return { fn: 'count_distinct', column: 'card_key' };
    if (has('merchants') && only('count', 'merchants'))
      return { fn: 'count_distinct', column: 'merchant_id' };
    return only('count', 'transactions', 'value', 'total') ? { fn: 'count' } : null;
  }
  if (has('total') && has('transactions') && only('total', 'transactions', 'value')) return { fn: 'count' };
  if (has('total') || has('amount'))
    return only('total', 'amount', 'transactions', 'value') ? { fn: 'sum' } : null;
  if (parts.length === 1 && has('cards')) return { fn: 'count_distinct', column: 'card_key' };
  if (parts.length === 1 && has('merchants')) return { fn: 'count_distinct', column: 'merchant_id' };
  if (has('transactions') && only('transactions', 'value')) return { fn: 'count' };
  return null;
}
