import type { Measure } from '../frame.js';
import {
  ALSO_WORDS,
  KINDS_COUNTED_AFTER_MOST,
  MONEY_FLOW_NOUN,
  MOST_WORDS,
  ONE_PAYMENT_WORDS,
  PAYMENT_TIME_WORDS,
  WITH_TURNOVER_WORDS,
} from '../vocabulary/index.js';
import { isPluralWord } from '../word-forms.js';
import { cursor } from './cursor.js';
import { definePass, isKind, isPaymentsNoun, type Slot } from './reading.js';

/** The plural noun of payments that opens the question, right before its breakdown ("Rows per day …"). */
function countedHead(slots: readonly Slot[]): number | null {
  const k = slots.findIndex((s) => s.item.kind !== 'stop');
  const noun = slots[k];
  if (!isPaymentsNoun(noun) || noun.used || !isPluralWord(noun.item.text)) return null;
  const by = slots[k + 1];
  const what = slots[k + 2];
  const broken = isKind(by, 'groupBy') && (isKind(what, 'dimension') || isKind(what, 'timeUnit'));
  return broken ? k : null;
}

/** Each measure once, the first of each key kept. */
export function uniqueMeasures(measures: readonly Measure[]): Measure[] {
  const seen = new Set<string>();
  return measures.filter((x) => !seen.has(measureKey(x)) && seen.add(measureKey(x)));
}

/** Two measures with the same key are the same column (the median is the 50th percentile). */
export function measureKey(x: Measure): string {
  if (x.fn === 'count_distinct') return `${x.fn}:${x.column}`;
  if (x.fn === 'percentile') return x.p === 0.5 ? 'median' : `${x.fn}:${x.p}`;
  if (x.fn === 'per_card' || x.fn === 'per_merchant') return `${x.fn}:${x.of}`;
  if (x.fn === 'per_period') return `${x.fn}:${x.of}:${x.unit}`;
  return x.fn;
}

/**
 * A question about transactions that names no measure counts them ("transactions in Almaty by
 * month") — unless it asks to list them ("show all transactions from yesterday"), which the planner
 * does not do ("show all ATM withdrawals" neither). Repeated measures are kept once.
 */
export const settleMeasures = definePass(({ slots, draft }) => {
  // «банки с оборотом за ноябрь», "cities with turnover": with rows and no other measure, the turnover
  // the rows are "with" is their measure (it was asked back as no measure named).
  const withTurnover = slots.some((s) => s.item.kind === 'stop' && WITH_TURNOVER_WORDS.includes(s.item.text));
  if (withTurnover && draft.measures.length === 0 && draft.dimensions.length > 0 && !draft.having)
    draft.measures.push({ fn: 'sum' });
  // ("Each bank's share of ATM cash outflow", «отток наличных по банкам»: a noun of money flowing, said of
  // the payments named, is their amount — the share was of their count.)
  const flow = slots.some((s) => s.used && isKind(s, 'direction') && MONEY_FLOW_NOUN.test(s.item.text));
  if (flow && draft.measures.length === 0) draft.measures.push({ fn: 'sum' });
  // ("P2P transfers out: Nov 2026 vs Nov 2025, the change in tenge and in %": a difference in tenge is
  // of money — it was a count of transfers.)
  if (draft.differenceInTenge && draft.measures.length === 0) draft.measures.push({ fn: 'sum' });
  // ("which bank had the most ECOM last month?", "the most QR": a kind of payment right after "the most",
  // with no noun or money word after it — the payments of that kind, counted (it was asked back).)
  const mostOfKind = slots.some((s, k) => {
    const kind = slots[k + 1];
    return (
      isKind(s, 'superlative') &&
      MOST_WORDS.includes(s.item.text) &&
      isKind(kind, 'value') &&
      KINDS_COUNTED_AFTER_MOST.includes(kind.item.meaning.column) &&
      !slots.slice(k + 2).some((x) => isKind(x, 'amount') || isKind(x, 'entity') || isKind(x, 'check'))
    );
  });
  if (draft.measures.length === 0 && mostOfKind && draft.dimensions.length > 0) {
    draft.measures.push({ fn: 'count' });
    draft.impliedCount = true;
  }
  if (draft.measures.length === 0 && (draft.hasEntity || draft.countable)) {
    const listing = slots.some((s) => isKind(s, 'listVerb'));
    if (listing && draft.dimensions.length === 0) draft.issues.push({ kind: 'listing' });
    // (A condition on each group's total shows that total: "banks whose turnover on online purchases
    // exceeded …" — the frame adds it.)
    else if (draft.hasEntity && !(draft.having && draft.having.of !== 'count')) {
      draft.measures.push({ fn: 'count' });
      draft.impliedCount = true;
    }
  }
  // "The largest payment of 2026: when, where and for how much?", «ең ірі төлем: сомасы, уақыты»: the
  // time of one payment is a row of it, which the planner does not list (the answer was the amount
  // alone, the "when" dropped).
  // (Of the largest payment overall, or of one "single" payment; "at what time of day was the largest
  // payment" ranks the hours.)
  // («2026 жылғы ең ірі төлем: сомасы, уақыты және санаты»: the largest payment, one, named.)
  const onePayment = (x: Slot | undefined) => isPaymentsNoun(x) && !isPluralWord(x.item.text);
  // (…or several named by their number: "Top 5 largest payments …: time, amount, merchant", «ең ірі 5
  // төлем: уақыты, сомасы, …» — rows of payments, which were read as a ranking of merchants.)
  const counted = (k: number) => slots[k]?.item.kind === 'number';
  const largestPayment = slots.some(
    (s, k) =>
      isKind(s, 'superlative') &&
      !s.item.meaning.impliesCount &&
      (onePayment(slots[k + 1]) ||
        (counted(k + 1) && isPaymentsNoun(slots[k + 2])) ||
        (counted(k - 1) && isPaymentsNoun(slots[k + 1]))),
  );
  const extreme =
    (draft.dimensions.length === 0 && draft.measures.some((m) => m.fn === 'max' || m.fn === 'min')) ||
    largestPayment ||
    slots.some((s) => ONE_PAYMENT_WORDS.includes(s.item.text));
  if (extreme && slots.some((s) => PAYMENT_TIME_WORDS.includes(s.item.text))) {
    draft.issues.push({ kind: 'listing' });
    for (const s of slots) if (PAYMENT_TIME_WORDS.includes(s.item.text)) s.used = true;
  }
  // "When was the first payment in lari, and how much was it?": the time and the amount of one
  // payment are a row of it (the amount was a total of them all).
  const timed = draft.measures.some((m) => m.fn === 'first_at' || m.fn === 'last_at');
  // ("how many rows came in, and the time of the last": a count beside it is of them all.)
  const ofOne = (m: { fn: string }) => !['first_at', 'last_at', 'count', 'count_distinct'].includes(m.fn);
  if (timed && draft.measures.some(ofOne)) draft.issues.push({ kind: 'listing' });
  // "Q3 summary: transactions, total, average check, …": the noun of the transactions as an item of a
  // list of columns is their count.
  const { opensItem, closesItem } = cursor(slots);
  const countItem = slots.some(
    (s, k) =>
      isKind(s, 'entity') &&
      s.item.meaning.entity === 'transactions' &&
      opensItem(k, true) &&
      closesItem(k) &&
      slots.slice(k + 1).some((o) => o.item.commaBefore === true),
  );
  if (countItem && draft.measures.length > 0 && !draft.measures.some((m) => m.fn === 'count'))
    draft.measures.unshift({ fn: 'count' });
  // "Rows per day for 1–7 Nov, with each day's total amount too", «Операции по городам за октябрь, плюс
  // общая сумма»: the payments that open the question, broken down, are counted, and the figure added
  // "too" comes beside their count (it came alone).
  const head = countedHead(slots);
  if (head !== null && draft.measures.length > 0 && !draft.measures.some((m) => m.fn === 'count')) {
    // (", with the total amount": "with" opening a clause of its own adds too; "as well" is two words.)
    const added = slots.some(
      (s, k) =>
        k > head + 2 &&
        (ALSO_WORDS.includes(s.item.text) ||
          (s.item.text === 'well' && slots[k - 1]?.item.text === 'as') ||
          ((s.item.text === 'with' || isKind(s, 'showMeasure')) && s.item.commaBefore === true)),
    );
    if (added) {
      slots[head]!.used = true;
      draft.measures.unshift({ fn: 'count' });
    }
  }
  draft.measures = uniqueMeasures(draft.measures);
});
