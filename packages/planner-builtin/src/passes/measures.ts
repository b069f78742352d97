import { DIMENSIONS, type Dimension, isTimeDimension } from '../frame.js';
import {
  ALL_TOTAL_WORDS,
  AMOUNTS_TO_VERBS,
  ARTICLES,
  AVERAGE_ADVERBS,
  CASH_MONEY_PHRASES,
  CHECK_SIZE_WORDS,
  DEGREE_WORDS,
  DISTINCT_WORDS,
  EITHER_SUPERLATIVES,
  EQUIVALENT_UNIT,
  IN_ALL_WORDS,
  IN_WORDS,
  INSTEAD_WORDS,
  KAZAKH_CASH_WORDS,
  KAZAKH_GENITIVE,
  KAZAKH_MONEY_NOUN,
  KAZAKH_PARTICIPLE,
  KAZAKH_VERBAL_NOUN,
  MONEY_VERBS,
  PAYMENT_AMOUNT_WORDS,
  PLUS_WORDS,
  QUANTITY_SUPERLATIVES,
  RUSSIAN_GENITIVE_PLURAL,
  RUSSIAN_MASS_GENITIVES,
  RUSSIAN_WHICH_ONE_ASKING,
  TENGE_UNIT,
  THEM_WORDS,
  WHEREAS_WORDS,
} from '../vocabulary/index.js';
import { isPluralWord, isSubjectOfAmount } from '../word-forms.js';
import { cursor } from './cursor.js';
import {
  addDimension,
  closingRequestStart,
  countsTenge,
  definePass,
  isCountedNoun,
  isKind,
  isPaymentsNoun,
  isPeriodWord,
  meaningOf,
  numberOf,
  type Slot,
} from './reading.js';

/** Measures that answer "how much" by themselves ("how much is spent on average"). */
export const AGGREGATES: readonly string[] = ['avg', 'median', 'percentile', 'min', 'max'];

/** Whether an amount, a check or a transaction noun is named anywhere but at `except`. */
function namesAmount(slots: readonly Slot[], except: number): boolean {
  return slots.some(
    (s, k) =>
      k !== except &&
      (isKind(s, 'amount') ||
        isKind(s, 'check') ||
        isKind(s, 'originalAmount') ||
        (isKind(s, 'entity') && s.item.meaning.entity === 'transactions')),
  );
}

/**
 * The percentiles named by the numbers just before a percentile word, in order: "90th" → [0.9],
 * "25th, 50th and 75th" → [0.25, 0.5, 0.75]. The numbers are used up.
 */
function percentilesBefore(slots: readonly Slot[], i: number, prev: (k: number) => number): number[] {
  const at: number[] = [];
  for (let k = prev(i); k >= 0; k = prev(k)) {
    const s = slots[k]!;
    if (s.used) break;
    if (isKind(s, 'conjunction') && at.length > 0) continue;
    const n = s.item.kind === 'number' ? s.item.value : null;
    if (n === null || !Number.isInteger(n) || n < 1 || n > 99) break;
    at.push(k);
  }
  for (const k of at) slots[k]!.used = true;
  return at.reverse().map((k) => (slots[k]!.item as { value: number }).value / 100);
}

/**
 * "the 25th percentile, the median and the 75th", «25-й перцентиль, медиана и 75-й»: later in the list,
 * an ordinal number with no percentile word of its own is a percentile too (it was not understood). The
 * numbers are used up.
 */
function elidedPercentiles(
  slots: readonly Slot[],
  i: number,
): { p: number; at: number; afterMedian: boolean }[] {
  const { next } = cursor(slots);
  const found: { p: number; at: number; afterMedian: boolean }[] = [];
  let afterMedian = false;
  for (let k = next(i); k >= 0; k = next(k)) {
    const s = slots[k]!;
    if (s.item.clauseBefore) break;
    if (isKind(s, 'aggregate') && s.item.meaning.fn === 'median') afterMedian = true;
    if (isKind(s, 'conjunction') || (isKind(s, 'aggregate') && s.item.meaning.fn === 'median')) continue;
    const n = s.item.kind === 'number' ? s.item.value : null;
    const own = meaningOf(slots[next(k)]);
    if (n === null || s.used || s.item.ordinalEnding !== true || !Number.isInteger(n) || n < 1 || n > 99)
      break;
    if (own?.kind === 'aggregate' && own.fn === 'percentile') break;
    s.used = true;
    found.push({ p: n / 100, at: k, afterMedian });
  }
  return found;
}

/**
 * "Quartiles (25th / 50th / 75th) of …", «Квартили сумм … (25, 50, 75)»: the percentiles a named set of
 * them stands for, restated right after its word or at the end of the question, are used up by it.
 * Whether they stood right after it.
 */
function restatedPercentiles(slots: readonly Slot[], i: number, ps: readonly number[]): boolean {
  const { next } = cursor(slots);
  const runAt = (start: number): number[] | null => {
    const at: number[] = [];
    let k = start;
    while (k >= 0 && at.length < ps.length) {
      const s = slots[k]!;
      if (isKind(s, 'conjunction') && at.length > 0) {
        k = next(k);
        continue;
      }
      if (s.used || numberOf(s) !== Math.round(ps[at.length]! * 100)) return null;
      at.push(k);
      k = next(k);
    }
    // ("Quartiles (25th, 50th and 75th percentile)": the percentile word after them takes them.)
    const word = meaningOf(slots[k]);
    if (word?.kind === 'aggregate' && word.fn === 'percentile') return null;
    return at.length === ps.length ? at : null;
  };
  const numbered = slots.map((s, k) => (!s.used && numberOf(s) !== null ? k : -1)).filter((k) => k > i);
  const last = numbered.slice(-ps.length)[0];
  const after = runAt(next(i));
  const run = after ?? (last !== undefined && next(numbered.at(-1)!) < 0 ? runAt(last) : null);
  for (const k of run ?? []) slots[k]!.used = true;
  return after !== null;
}

/**
 * A question that counts: "number of", «кол-во», or "how many" with a transaction noun — and no
 * money named (tenge, a currency, the original amount). «сколько всего ушло переводами» (how much went out as transfers) is money.
 */
function countsTransactions(slots: readonly Slot[]): boolean {
  const strong = slots.some((o) => isKind(o, 'count') && o.item.meaning.strength === 'strong');
  // ("ATM withdrawals … how many in total": a noun for transactions of a kind, likewise, after the
  // English "how many", which never asks for money as «сколько всего ушло переводами» does.)
  const howMany = slots.some((o) => isKind(o, 'count') && o.item.text === 'how many');
  // (…and after Russian «сколько» a noun of a kind in the genitive plural, «сколько всего было снятий
  // наличных»; «сколько ушло переводами», the means, stays money.)
  // («сколько всего зарплатных начислений»: the noun after its adjective.)
  const counted = (o: Slot) => howMany || o.item.text.split(' ').some((w) => RUSSIAN_GENITIVE_PLURAL.test(w));
  const noun = slots.some(
    (o) =>
      (isKind(o, 'entity') && o.item.meaning.entity === 'transactions') ||
      (isKind(o, 'value') && o.item.meaning.counts === true && counted(o)) ||
      // («сколько всего было платежей через кошельки»: the payments inside the phrase of the wallet.)
      (isKind(o, 'presence') && counted(o)),
  );
  // "the most transactions", «ең көп транзакция»: counted, as "how many" counts them.
  const weak = slots.some((o) => isKind(o, 'count') || isKind(o, 'superlative'));
  // (The tenge of an amount condition, «на сумму от 5 до 10 тыс. тенге», is the condition's own.)
  const money = slots.some(
    (o) =>
      (isKind(o, 'currencyUnit') && !o.used) ||
      isKind(o, 'originalAmount') ||
      (isKind(o, 'value') && o.item.meaning.column === 'transaction_currency'),
  );
  // («Сколько платежей в узбекских сумах …»: the payments named right after the question word are
  // what is counted, in whatever currency they were.)
  const { next } = cursor(slots);
  const countsNoun = slots.some((o, k) => {
    const noun = slots[next(k)];
    return isKind(o, 'count') && isKind(noun, 'entity') && noun.item.meaning.entity === 'transactions';
  });
  return (strong || (weak && noun)) && (!money || countsNoun);
}

/**
 * A size superlative ("ең ірі", the largest — not a quantity, «ең көп») before the payment at `noun`, with
 * only its kinds, a gloss or a code in brackets between: «ең ірі қонақүй (MCC 7011) төлемі».
 */
function sizedPaymentBefore(slots: readonly Slot[], noun: number): boolean {
  for (let k = noun - 1; k >= 0; k--) {
    const s = slots[k]!;
    if (isKind(s, 'superlative'))
      return (
        !s.item.meaning.impliesCount &&
        !QUANTITY_SUPERLATIVES.includes(s.item.text) &&
        !EITHER_SUPERLATIVES.includes(s.item.text)
      );
    const between =
      s.item.kind === 'stop' ||
      s.item.kind === 'number' ||
      isKind(s, 'gloss') ||
      isKind(s, 'value') ||
      (isKind(s, 'dimension') && s.item.bracketBefore === true);
    if (!between) return false;
  }
  return false;
}

/**
 * Measures: aggregates with the noun they bind ("average amount", "average online payment amount",
 * "average withdrawal", «транзакция сомасының медианасы»),
 * totals ("total spend" = sum, "total number of…" = count), amounts, and counts — "how much" is a
 * count only when no amount is named anywhere (Kazakh puts it last: «сома қанша»). Averages of counts
 * ("transactions per day on average", "average payments per week") and averages of nothing named
 * ("average per day") ask back.
 */
export const readMeasures = definePass((r) => {
  const { slots, draft } = r;
  const { next, prev, textOf, hasUnusedAmount, opensItem, closesItem, stopBefore } = cursor(slots);
  // («жанармайға жұмсалған орташа сома», the average amount spent on fuel: a Kazakh participle of money
  // right before an aggregate of the amount describes that amount — no total of its own.)
  slots.forEach((s, i) => {
    const fn = slots[i + 1];
    if (
      !s.used &&
      isKind(s, 'amount') &&
      KAZAKH_PARTICIPLE.test(s.item.text) &&
      isKind(fn, 'aggregate') &&
      isKind(slots[i + 2], 'amount')
    )
      s.used = true;
  });
  /** «сколько их всего», "how many of them in total": a count of them right before the total word. */
  const countOfThem = (i: number) =>
    isKind(slots[prev(i)], 'count') &&
    slots.slice(prev(i), i).some((s) => s.item.text.split(' ').some((w) => THEM_WORDS.includes(w)));
  // ("AMD transactions at all? How many in total?": "in total" after a "how many" whose payments were
  // named right before it — their number; it added their amount.)
  const countOfPaymentsBefore = (total: number) => {
    const howMany = slots[prev(total)];
    // ("GEL transactions in 2025? How many in total?": the period read between.)
    let n = prev(prev(total));
    while (slots[n]?.used && (slots[n]!.item.kind === 'number' || readPeriodWord(slots[n]))) n = prev(n);
    const noun = slots[n];
    return (
      isKind(howMany, 'count') &&
      howMany.item.meaning.strength === 'weak' &&
      IN_WORDS.includes(stopBefore(total) ?? '') &&
      isKind(noun, 'entity') &&
      noun.item.meaning.entity === 'transactions'
    );
  };
  const measures = draft.measures;
  // ("Number of merchants …, i.e. only QR and Swipe payments count": "count" closing a clause of "only"
  // payments is the verb — which payments matter — beside a measure asked before it, not a count too.)
  slots.forEach((s, i) => {
    const start = slots.findLastIndex((x, k) => k <= i && (x.item.clauseBefore === true || k === 0));
    if (
      !s.used &&
      isKind(s, 'count') &&
      (i === slots.length - 1 || slots[i + 1]!.item.clauseBefore === true) &&
      isPaymentsNoun(slots[i - 1]) &&
      slots.slice(start, i).some((x) => isKind(x, 'only')) &&
      slots
        .slice(0, start)
        .some(
          (x) =>
            isKind(x, 'count') ||
            isKind(x, 'amount') ||
            isKind(x, 'aggregate') ||
            DISTINCT_WORDS.includes(x.item.text),
        )
    )
      s.used = true;
  });
  // "the number of withdrawals instead of the amount", «вместо суммы»: the measure after "instead of"
  // is the one not wanted.
  const measureWord = (m: Slot | undefined): m is Slot =>
    isKind(m, 'amount') || isKind(m, 'count') || isKind(m, 'check') || isKind(m, 'aggregate');
  slots.forEach((s, i) => {
    // "not the amount but the count", «а не сумму», «сомасы емес, саны», «санын емес»: the measure the
    // negation is on is the one not wanted.
    const not = isKind(s, 'negation');
    const m = INSTEAD_WORDS.includes(s.item.text) || (not && !s.item.meaning.after) ? slots[next(i)] : null;
    const before = not && s.item.meaning.after === true ? slots[prev(i)] : null;
    const target = measureWord(m ?? undefined) ? m : measureWord(before ?? undefined) ? before : null;
    // (A measure word already read labels a condition: «исключив суммы менее 500 тенге».)
    if (!target || target.used) return;
    // ("not the amount" with nothing named instead: not understood, never answered with the amount.)
    if (!slots.some((o) => o !== target && measureWord(o))) {
      draft.issues.push({ kind: 'unknown_words', words: [s.item.text] });
      return;
    }
    target.used = true;
    s.used = true;
    // (A correction of the measure shown is about the last answer.)
    draft.pointsBack = true;
    draft.followUp = true;
  });
  /** "average outgoing transfer (P2P_OUT) amount": more values, then the amount the average is of. */
  const amountAfterValues = (j: number): boolean => {
    let k = j;
    while (isKind(slots[k], 'value') || isKind(slots[k], 'notValue')) k = next(k);
    const s = slots[k];
    return (isKind(s, 'amount') || isKind(s, 'check')) && !s.used;
  };
  /** …the values and nouns of transactions from j on, then an amount word ("online (ECOM) purchase amounts"). */
  const amountNamedAfter = (j: number): boolean => {
    let k = j;
    while (isKind(slots[k], 'value') || isKind(slots[k], 'notValue') || isKind(slots[k], 'entity'))
      k = next(k);
    return isKind(slots[k], 'amount') || isKind(slots[k], 'check');
  };
  // "how much transactions was …", "how much ATM withdrawals": a plural noun of transactions after
  // "how much" is counted (second-language English; "how much was spent" stays money).
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'amount') || !DEGREE_WORDS.includes(slot.item.text)) return;
    let j = i + 1;
    while (meaningOf(slots[j])?.kind === 'value' && !(meaningOf(slots[j]) as { counts?: boolean }).counts)
      j++;
    const noun = slots[j];
    const counted =
      (isKind(noun, 'entity') && noun.item.meaning.entity === 'transactions') ||
      (isKind(noun, 'value') && noun.item.meaning.counts === true);
    // (the noun is the phrase's last word: "ATM withdrawals")
    if (!counted || !isPluralWord(noun.item.text.split(' ').at(-1) ?? '')) return;
    slots[i] = {
      item: { kind: 'meaning', text: slot.item.text, meaning: { kind: 'count', strength: 'weak' } },
      used: false,
    };
  });
  // «сколько заплатили», «сколько в среднем платят», «орташа қанша төлейді»: "how much … paid" asks
  // for money, so the verb right after "how much" (an average word may stand between) names the amount.
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'count') || slot.item.meaning.strength !== 'weak') return;
    let j = i + 1;
    while (isKind(slots[j], 'aggregate')) j++;
    const verb = slots[j];
    if (!verb || !MONEY_VERBS.includes(verb.item.text)) return;
    verb.item = { kind: 'meaning', text: verb.item.text, meaning: { kind: 'amount' } };
    verb.used = false;
  });
  // "how much did the number of cards grow": "how much" is how far it grew, not an amount.
  if (draft.growth || draft.compareOutput === 'change' || draft.compareOutput === 'difference') {
    const named = (o: Slot) =>
      !o.used && (isKind(o, 'count') || isKind(o, 'aggregate') || isKind(o, 'entity') || isKind(o, 'amount'));
    for (const s of slots) {
      if (s.used || !isKind(s, 'amount') || !DEGREE_WORDS.includes(s.item.text)) continue;
      if (slots.some((o) => o !== s && named(o)) || measures.length > 0) s.used = true;
    }
  }
  // The aggregates that found their noun, by position.
  const boundAggregates = new Set<number>();
  // ("25th percentile, median and 75th of POS amounts": the percentiles elided after a median, which come
  // after it in the answer and whose numbers its noun stands past.)
  let afterMedian: { p: number; at: number }[] = [];
  slots.forEach((slot, i) => {
    if (slot.used) return;
    const m = meaningOf(slot);
    if (!m) return;
    if (m.kind === 'aggregate') {
      slot.used = true;
      draft.domain = true;
      let j = next(i);
      // "90th percentile": the numbers before the word say which percentiles.
      const elidedPs = m.fn === 'percentile' && !m.ps && m.p === undefined ? elidedPercentiles(slots, i) : [];
      if (elidedPs.some((e) => e.afterMedian)) afterMedian = elidedPs.filter((e) => e.afterMedian);
      const percentiles =
        m.fn !== 'percentile'
          ? []
          : m.ps
            ? [...m.ps]
            : m.p !== undefined
              ? [m.p]
              : [
                  ...percentilesBefore(slots, i, prev),
                  ...elidedPs.filter((e) => !e.afterMedian).map((e) => e.p),
                ];
      // (restated right after it, the noun comes after them)
      if (m.ps && restatedPercentiles(slots, i, m.ps))
        while (slots[j]?.used && !isKind(slots[j], 'aggregate')) j = next(j);
      // The noun may come first: «транзакция сомасының медианасы» (the median of the amount), also
      // before the percentile's number («сомасының 90-перцентилі»).
      // («… 25-, 50- және 75-процентилі»: the list of percentiles, joined, stands between too; and a
      // value restated in brackets after the genitive one, «шот төлемдерінің (BILL_PAYMENT)».)
      let b = prev(i);
      const listed = (k: number) =>
        (slots[k]!.used && slots[k]!.item.kind === 'number') ||
        (isKind(slots[k], 'conjunction') && slots[prev(k)]?.item.kind === 'number');
      while (b >= 0 && listed(b)) b = prev(b);
      const restated = slots[prev(b)];
      const said = slots[b];
      if (
        isKind(said, 'value') &&
        !KAZAKH_GENITIVE.test(said.item.text) &&
        isKind(restated, 'value') &&
        restated.item.meaning.column === said.item.meaning.column &&
        KAZAKH_GENITIVE.test(restated.item.text)
      )
        b = prev(b);
      const before = slots[b];
      // Kazakh also names the payments themselves first, in the genitive: «төлемдердің медианасы».
      // (a value there is already a filter: «жалақы түсімдерінің медианасы», the salaries' median).
      const genitive =
        ((isKind(before, 'entity') && before.item.meaning.entity === 'transactions' && !before.used) ||
          isKind(before, 'value')) &&
        KAZAKH_GENITIVE.test(before!.item.text);
      // …unless the aggregate has its own noun after it: «кол-во, сумма, средний чек» is three measures.
      const ownNoun = isKind(slots[j], 'amount') || isKind(slots[j], 'check');
      let bound =
        !ownNoun && (((isKind(before, 'amount') || isKind(before, 'check')) && !before.used) || genitive);
      if (bound) before!.used = true;
      // «сомасының 75-перцентилі мен 25-перцентилі» (the 75th and the 25th percentile of the amount): an
      // aggregate joined to one that found its noun is of the same noun.
      if (isKind(before, 'conjunction') && boundAggregates.has(prev(b))) bound = true;
      // («сомасының 25-перцентилі, медианасы және 75-перцентилі»: or listed after it with a comma.)
      if (isKind(before, 'aggregate') && boundAggregates.has(b) && slots[i]!.item.commaBefore) bound = true;
      // «қолма-қол ақшаның орташа сомасы» (the average amount of the cash): money in the genitive is
      // what the aggregate's own amount is of.
      if (ownNoun && isKind(before, 'amount') && !before.used && KAZAKH_GENITIVE.test(before.item.text))
        before.used = true;
      // «чек сомасының 90-перцентилі» (the 90th percentile of the check amount): the check names it too.
      const check = slots[prev(b)];
      if (bound && isKind(before, 'amount') && isKind(check, 'check') && !check.used) check.used = true;
      // «жалақы (SALARY) түсімдері сомасының 90-процентилі» (of the amount of the salary receipts): money
      // named before the amount in the genitive is what the amount is of, not a total of its own.
      if (
        bound &&
        isKind(before, 'amount') &&
        KAZAKH_GENITIVE.test(before.item.text) &&
        isKind(check, 'amount') &&
        !check.used
      )
        check.used = true;
      let byAmount = bound;
      let pluralTransactions = false;
      // "median and 75th percentile of the amount": both aggregates take the noun after the second.
      let second = next(j);
      while (second >= 0 && slots[second]!.item.kind === 'number') second = next(second);
      // "min / max / avg txn amount": aggregates one after another share the noun too.
      // ("Quartiles (25th, 50th and 75th percentile) of …": the percentiles restated after it, likewise.)
      let restatedAt = j;
      while (slots[restatedAt]?.item.kind === 'number' || isKind(slots[restatedAt], 'conjunction'))
        restatedAt = next(restatedAt);
      // ("25th percentile, median and 75th of …", «25-й перцентиль, медиана и 75-й …»: and a percentile's
      // number joined after it, the percentile's word elided.)
      const elided = slots[next(j)];
      const elidedAfter = isKind(slots[j], 'conjunction') && elided?.item.kind === 'number' && elided.used;
      const sharesNoun =
        (isKind(slots[j], 'conjunction') && isKind(slots[second], 'aggregate')) ||
        elidedAfter ||
        isKind(slots[j], 'aggregate') ||
        (slots[j]?.item.kind === 'number' && isKind(slots[restatedAt], 'aggregate'));
      while (j >= 0) {
        const s = slots[j]!;
        if (m.fn === 'median' && afterMedian.some((e) => e.at === j || e.at === next(j))) {
          j = next(j);
          continue;
        }
        // "Average tenge value of …", "average tenge-equivalent ticket": the unit before the amount word is
        // the amount's.
        const money = slots[next(j)];
        if (
          isKind(s, 'currencyUnit') &&
          TENGE_UNIT.test(s.item.text) &&
          (isKind(money, 'amount') || isKind(money, 'check'))
        ) {
          j = next(j);
          continue;
        }
        // «p95 по сумме», «медиана по сумме покупок»: "of the amount", not a breakdown.
        if (isKind(s, 'groupBy') && s.item.text === 'по' && !s.used && isKind(slots[next(j)], 'amount')) {
          s.used = true;
          j = next(j);
          continue;
        }
        // «орташа қанша жұмсайды» (how much on average do they spend): "how much" before the amount.
        // (A noun after it stays as it was: «орта есеппен қанша сомаға … күніне» is a daily total.)
        const verb = slots[next(j)];
        if (
          isKind(s, 'count') &&
          !s.used &&
          s.item.meaning.strength === 'weak' &&
          isKind(verb, 'amount') &&
          (MONEY_VERBS.includes(verb.item.text) || verb.item.text.startsWith('жұмса'))
        ) {
          s.used = true;
          j = next(j);
          continue;
        }
        if (isKind(s, 'count') && !s.used) {
          // «орташа чек қанша?»: "how much" after the bound noun asks for its value, not a count.
          if (!(bound && s.item.meaning.strength === 'weak')) draft.issues.push({ kind: 'avg_of_counts' });
          s.used = true;
          break;
        }
        if ((isKind(s, 'amount') || isKind(s, 'check') || isKind(s, 'entity')) && !s.used) {
          s.used = true;
          const transactions = isKind(s, 'entity') && s.item.meaning.entity === 'transactions';
          bound = bound || !isKind(s, 'entity') || transactions;
          byAmount = byAmount || !isKind(s, 'entity');
          pluralTransactions = pluralTransactions || (transactions && isPluralWord(s.item.text));
          j = next(j);
          continue;
        }
        // ("avg ECOM vs POS ticket": the values set against each other both describe the noun after them.)
        if (isKind(s, 'compare') && isKind(slots[next(j)], 'value') && amountAfterValues(next(j))) {
          j = next(j);
          continue;
        }
        if (isKind(s, 'entity') || isKind(s, 'originalAmount')) {
          // "average original-currency amount": the currency says which amount, the noun follows.
          j = next(j);
          continue;
        }
        // "average online payment amount", «средний онлайн чек»: values before the noun describe it and
        // are skipped; a noun for transactions of a kind binds like "transaction" ("average withdrawal").
        if ((isKind(s, 'value') || isKind(s, 'notValue')) && (!bound || amountAfterValues(j))) {
          // «медиана P2P_OUT по банкам», «средняя зп (SALARY)»: a type right after the aggregate names the
          // payments whose amount it is (over a period breakdown, "average POS per day", still asked).
          const typeNamed =
            isKind(s, 'value') &&
            s.item.meaning.column === 'transaction_type' &&
            j === next(i) &&
            !amountNamedAfter(j) &&
            !draft.dimensions.some(isTimeDimension);
          if (isKind(s, 'value') && (s.item.meaning.counts || typeNamed)) {
            bound = true;
            pluralTransactions = pluralTransactions || isPluralWord(s.item.text);
          }
          j = next(j);
          continue;
        }
        break;
      }
      // ("В среднем, на какую сумму была одна покупка?", «В среднем, какая сумма …»: an average said as an
      // adverb takes the amount its clause asks for, wherever it stands.)
      if (!bound && AVERAGE_ADVERBS.includes(slot.item.text)) {
        const amountAt = slots.findIndex(
          (o, k) =>
            k > i &&
            !o.used &&
            (isKind(o, 'amount') || isKind(o, 'check')) &&
            !slots.slice(i + 1, k + 1).some((x) => x.item.clauseBefore),
        );
        if (amountAt >= 0) {
          slots[amountAt]!.used = true;
          bound = byAmount = true;
        }
      }
      // "Amount distribution for taxis in 2025: minimum, 25th percentile, median …": a list of aggregates
      // with no noun of its own, in a clause after the one that names a payment's amount, is of it.
      if (!bound && (!sharesNoun || elidedAfter)) {
        const clause = slots.findLastIndex((o, k) => k <= i && o.item.clauseBefore === true);
        const topic = slots.findIndex(
          (o, k) => k < clause && isKind(o, 'amount') && PAYMENT_AMOUNT_WORDS.includes(o.item.text),
        );
        const nounLater = slots.some(
          (o, k) => k > i && !o.used && (isKind(o, 'amount') || isKind(o, 'count')),
        );
        if (clause > 0 && topic >= 0 && !nounLater) {
          slots[topic]!.used = true;
          bound = true;
        }
        // ("city, count, average check and median": listed after a measure of the payments' amount, of
        // the same amount.)
        const listed = opensItem(i);
        const amountListed = slots.some(
          (o, k) => k < i && k >= Math.max(clause, 0) && (isKind(o, 'check') || isKind(o, 'amount')),
        );
        if (listed && amountListed && !nounLater) bound = true;
      }
      // "How many transactions per day on average": an average of counts or totals, not of amounts.
      const otherMeasure = slots.some(
        (o) => !o.used && (isKind(o, 'count') || isKind(o, 'total') || isKind(o, 'amount')),
      );
      // "average transactions per day": the average daily number, not the average amount.
      const perPeriod = !byAmount && pluralTransactions && draft.dimensions.some(isTimeDimension);
      if (
        perPeriod ||
        (!bound &&
          !sharesNoun &&
          (otherMeasure || measures.some((x) => x.fn === 'count' || x.fn === 'count_distinct')))
      ) {
        draft.issues.push({ kind: 'avg_of_counts' });
      } else if (!bound && !sharesNoun && !draft.followUp && !namesAmount(slots, i)) {
        // "average per day", «в среднем за месяц»: of a transaction's amount, or of daily totals?
        draft.issues.push({ kind: 'ambiguous_measure' });
      }
      if (bound) boundAggregates.add(i);
      if (m.fn === 'percentile') {
        if (percentiles.length === 0) draft.issues.push({ kind: 'unknown_words', words: [slot.item.text] });
        for (const p of percentiles) measures.push({ fn: 'percentile', p });
      } else {
        measures.push({ fn: m.fn });
        if (m.fn === 'median') {
          for (const e of afterMedian) measures.push({ fn: 'percentile', p: e.p });
          afterMedian = [];
        }
      }
    } else if (m.kind === 'total') {
      slot.used = true;
      draft.domain = true;
      // («Медианная сумма … с 10 по 24 ноября против всего октября»: «всего» before a month's name is "the
      // whole" month — it added a total of its own.)
      if (slot.item.text === 'всего' && isKind(slots[next(i)], 'monthName')) return;
      // «барлық операциялардың жалпы сомасы» (the total amount of all transactions): «барлық» is "all"
      // when a total or an amount is named after it.
      if (
        ALL_TOTAL_WORDS.includes(slot.item.text) &&
        slots.some((o, k) => k > i && !o.used && (isKind(o, 'amount') || isKind(o, 'total')))
      )
        return;
      // («күндік айналым (барлық операциялар)»: "(all transactions)" set in brackets after the figure says
      // which payments it is of — it added a count of them.)
      if (
        ALL_TOTAL_WORDS.includes(slot.item.text) &&
        slot.item.bracketBefore === true &&
        isPaymentsNoun(slots[next(i)]) &&
        slots.slice(0, i).some((o) => isKind(o, 'amount') || isKind(o, 'aggregate'))
      )
        return;
      const s = slots[next(i)];
      const after = slots[next(next(i))];
      // "bank, count, total, distinct cards", "payments, total and cards": an item of a list of columns,
      // the total of the amount (the next item is not what it totals).
      // ("quarter, ECOM count and ECOM total": values of the payments may open the item.)
      let itemAt = i;
      while (!slots[itemAt]!.item.commaBefore && isKind(slots[prev(itemAt)], 'value')) itemAt = prev(itemAt);
      // («Количество операций …, всего»: "in all" ending the question after a count that heads no list.)
      const inAll =
        next(i) < 0 &&
        IN_ALL_WORDS.includes(slot.item.text) &&
        slots.some((o) => isKind(o, 'count') && !o.item.commaBefore && !o.item.clauseBefore);
      // ("the total the count and the average payment", said with no commas: an article before each figure
      // sets the total apart as one — it was read as "total count".)
      const spoken =
        ARTICLES.includes(slots[i - 1]?.item.text ?? '') &&
        ARTICLES.includes(slots[i + 1]?.item.text ?? '') &&
        measureWord(slots[i + 2]);
      // ("What was the total and how many payments …": "the total" joined to another figure by "and" is a
      // figure of its own — it was read as "in total" of the count.)
      const joined =
        ARTICLES.includes(slots[i - 1]?.item.text ?? '') && isKind(s, 'conjunction') && measureWord(after);
      if (
        ((opensItem(itemAt) && closesItem(i)) || spoken || joined) &&
        !ALL_TOTAL_WORDS.includes(slot.item.text) &&
        !inAll
      ) {
        if (!measures.some((x) => x.fn === 'sum')) measures.push({ fn: 'sum' });
        return;
      }
      // «барлық POS транзакциялардың ішіндегі үлесі» (the share in all POS transactions): "all" names the
      // whole of a share, no total of its own.
      if (
        ALL_TOTAL_WORDS.includes(slot.item.text) &&
        (isKind(s, 'value') || isKind(s, 'entity') || isKind(s, 'dimension') || isKind(s, 'presence')) &&
        slots.some((o) => isKind(o, 'share'))
      )
        return;
      // ("Number of entries and tenge total for transactions …", "the KZT total": a total said in a currency
      // is money — it was "total transactions", a count, or "in total" of the count.)
      if (isKind(slots[i - 1], 'currencyUnit')) {
        if (!measures.some((x) => x.fn === 'sum')) measures.push({ fn: 'sum' });
        return;
      }
      if (isKind(s, 'count') && !s.used && s.item.meaning.strength === 'strong') {
        s.used = true;
        measures.push({ fn: 'count' });
      } else if (
        isKind(s, 'count') &&
        !s.used &&
        isKind(after, 'entity') &&
        after.item.meaning.flavor === 'count'
      ) {
        // «барлығы қанша транзакция» (in all, how many transactions): one count.
        s.used = true;
        measures.push({ fn: 'count' });
      } else if (isKind(s, 'entity') && (isKind(after, 'amount') || isKind(after, 'check')) && !after.used) {
        // "total transaction amount", "total txn amount": the noun describes the amount summed.
        after.used = true;
        measures.push({ fn: 'sum' });
      } else if (isKind(s, 'entity') && s.item.meaning.flavor === 'count') {
        // "total transactions" is a count; "total (unique) cards", the number of distinct cards.
        measures.push(
          s.item.meaning.entity === 'cards' ? { fn: 'count_distinct', column: 'card_key' } : { fn: 'count' },
        );
      } else if (
        !isKind(s, 'amount') &&
        !isKind(slots[prev(i)], 'conjunction') &&
        // ("by bank (count + total)": a second measure, joined by the plus sign.)
        !PLUS_WORDS.includes(slots[i - 1]?.item.text ?? '') &&
        // ("type, count, total, average check": listed after a comma, a column of its own — but «…,
        // всего» ending the question is "in all".)
        (slot.item.commaBefore !== true || (next(i) < 0 && IN_ALL_WORDS.includes(slot.item.text))) &&
        (countsTransactions(slots) ||
          measures.some((x) => x.fn === 'count_distinct') ||
          countOfThem(i) ||
          countOfPaymentsBefore(i))
      ) {
        // "how many transactions in total", «сколько операций всего», «кол-во … суммарно»: the count
        // is what is asked, "in total" only says over everything — no amount column of its own. ("count
        // and total": a second measure, joined.)
        // («Есть ли операции больше 3 млн? Сколько их всего?»: "how many of them in all", a pronoun for
        // the noun, likewise — «сколько всего ушло» alone is how much.)
      } else if (isKind(s, 'listMode') && s.item.meaning.mode === 'together' && countsTransactions(slots)) {
        // («… операциялар саны, барлығы бір санмен», "count …, total as one number": "in all, as one
        // figure" after the count is no sum of its own.)
      } else {
        if (isKind(s, 'amount') && !s.used) s.used = true;
        measures.push({ fn: 'sum' });
      }
    }
  });
  // «Максимальная разовая покупка … — какая сумма?» (the largest purchase — what amount?): asked after
  // an aggregate of the amount, "which amount" is the aggregate's own.
  if (measures.some((x) => AGGREGATES.includes(x.fn))) {
    slots.forEach((s, k) => {
      const which = slots[k - 1];
      // (Only after it: «…, на какую сумму и какой средний чек» asks the amount as a figure of its own.)
      const aggregateBefore = slots.some(
        (a, j) => j < k && (isKind(a, 'aggregate') || isKind(a, 'superlative')),
      );
      if (
        aggregateBefore &&
        !s.used &&
        isKind(s, 'amount') &&
        isKind(which, 'grammaticalNumber') &&
        !which.item.meaning.plural
      ) {
        s.used = true;
        which.used = true;
      }
    });
  }
  /** The noun of payments after slot k, values of them between ("the largest ECOM payment"), if one stands there. */
  const paymentNounAfter = (k: number): Slot | undefined => {
    let j = next(k);
    while (isKind(slots[j], 'value')) j = next(j);
    const noun = slots[j];
    return isPaymentsNoun(noun) ? noun : undefined;
  };
  /** A noun of a kind of payment right after slot k («ең ірі ақша шешу», the largest withdrawal). */
  const kindNounAfter = (k: number): boolean => {
    let j = next(k);
    while (isKind(slots[next(j)], 'value')) j = next(j);
    return isCountedNoun(slots[j]) && isKind(slots[j], 'value');
  };
  /** «… и на какую сумму», "… and how much": an amount asked by words of its own after "and", past `k`. */
  // («Сколько всего было снятий за прошлый месяц, на какую сумму и …»: after a comma too, asked with
  // "which" — «…, в тенге», «…, сумма» only say what "how many" asks.)
  const amountAskedApart = (k: number): boolean =>
    slots.some((s, c) => {
      const comma = s.item.commaBefore === true && !isKind(s, 'conjunction');
      if (c <= k || !(isKind(s, 'conjunction') || comma)) return false;
      let a = comma && s.item.kind !== 'stop' ? c : next(c);
      const which = isKind(slots[a], 'grammaticalNumber') && RUSSIAN_WHICH_ONE_ASKING.includes(textOf(a));
      if (which) a = next(a);
      return isKind(slots[a], 'amount') && (which || !comma);
    });
  // "how much" is a count only when no amount is named, wherever it stands (Kazakh: «сома қанша»).
  const amountNamed =
    hasUnusedAmount() ||
    measures.some((x) => x.fn !== 'count' && x.fn !== 'count_distinct') ||
    slots.some(
      (x, k) =>
        isKind(x, 'superlative') &&
        !x.item.meaning.impliesCount &&
        // («әр банк бойынша ең ірі операция қанша болды?», the largest payment of each bank — how much:
        // with a breakdown too when the payment itself follows.)
        (draft.dimensions.length === 0 || paymentNounAfter(k) !== undefined || kindNounAfter(k)),
    );
  const timesAt = slots.findIndex((s) => isKind(s, 'count') && s.item.meaning.times === true);
  /** "how many times was cash withdrawn": the money is what was done — unless it is asked of its own
   * before "and" («Сколько потратили и сколько раз платили?»). */
  const doneTimes = (i: number) =>
    timesAt >= 0 &&
    !slots.slice(Math.min(i, timesAt), Math.max(i, timesAt)).some((s) => isKind(s, 'conjunction'));
  slots.forEach((slot, i) => {
    if (slot.used) return;
    const m = meaningOf(slot);
    if (!m) return;
    // («зарплата түсімдерінің саны», the number of salary receipts: a noun of money in the genitive right
    // before the Kazakh "number of" names the payments counted — not an amount beside the count.)
    const counted = slots[next(i)];
    const countedReceipts =
      m.kind === 'amount' &&
      KAZAKH_GENITIVE.test(slot.item.text) &&
      isKind(counted, 'count') &&
      counted.item.meaning.after === true;
    if ((m.kind === 'amount' && doneTimes(i)) || countedReceipts) {
      slot.used = true;
    } else if (m.kind === 'count') {
      slot.used = true;
      draft.domain = true;
      // «сколько в тенге прошло по долларовым операциям», "how much in tenge": the tenge after the
      // question word makes it an amount (it was a count of the payments, in tenge and in dollars).
      // («Сколько тенге ушло на покупки …», "how many tenge went to …", «қанша теңге кетті»: the tenge
      // counted are the amount — it was asked back, or a count of the tenge payments. "how many KZT
      // payments" counts them.)
      const unit = slots[next(i)];
      const tengeCounted = unit === slots[i + 1] && countsTenge(slots, i + 1);
      // (Not a tenge already listed with another currency: "how many in USD and how many in tenge".)
      const inTenge =
        isKind(unit, 'currencyUnit') &&
        !unit.used &&
        TENGE_UNIT.test(unit.item.text) &&
        (IN_WORDS.includes(stopBefore(next(i)) ?? '') || tengeCounted);
      if (m.strength === 'weak' && inTenge) {
        unit.used = true;
        // («орташа чек әр қала бойынша қанша теңгені құрады?», "what did the average check come to in tenge,
        // by city": the average read already is what "how many tenge" asks — no total beside it.)
        // ("the average check and how many tenge were spent" asks both.)
        const averaged =
          measures.some((x) => AGGREGATES.includes(x.fn)) && !isKind(slots[prev(i)], 'conjunction');
        if (!averaged || slots.some((o) => isKind(o, 'total'))) measures.push({ fn: 'sum' });
        return;
      }
      // «Во сколько прошла последняя операция …?» (at what time): «во сколько» asks the time of the first or
      // the last payment the plan shows, no count beside it.
      if (
        m.strength === 'weak' &&
        stopBefore(i) === 'во' &&
        measures.some((x) => x.fn === 'first_at' || x.fn === 'last_at')
      )
        return;
      // («…? Прошу указать число.», «…? Санын көрсетіңіз.»: a closing sentence that only requests the
      // number asks for the figure read already, not one more count (as the column list reads "Please
      // give the number").)
      // ("…? Please provide the number of days.", «…? Прошу указать число дней.»: the periods counted
      // already may be named again.)
      const periodsCounted = (o: Slot) =>
        isKind(o, 'timeUnit') &&
        measures.some((x) => x.fn === 'count_periods' && x.unit === o.item.meaning.unit);
      const sentence = closingRequestStart(slots, i, periodsCounted);
      const askedAlready = measures.length > 0 || slots.slice(0, sentence).some((o) => isKind(o, 'count'));
      if (sentence > 0 && askedAlready) {
        for (const o of slots.slice(sentence)) if (periodsCounted(o)) o.used = true;
        return;
      }
      // Kazakh «мерчанттар саны қанша?» (what is the number of merchants): "how many" after the
      // number of" asks for that number again.
      if (m.strength === 'weak' && isKind(slots[prev(i)], 'count') && slots[prev(i)]!.used) return;
      // «… үлесі қанша?», «медианасы қанша?» (what is the share / the median): "how much" after the
      // word of what is asked asks for it.
      if (m.strength === 'weak' && (isKind(slots[prev(i)], 'share') || isKind(slots[prev(i)], 'aggregate')))
        return;
      // («әр қаладағы ең ірі қонақүй (MCC 7011) төлемі қанша болды?», how much was the largest hotel payment
      // in each city: "how much" after a payment a size superlative describes asks for that size, which
      // the superlative reads — no count of payments.)
      if (m.strength === 'weak' && isCountedNoun(slots[prev(i)]) && sizedPaymentBefore(slots, prev(i)))
        return;
      // «бірегей карталар мен мерчанттар саны» (the number of unique cards and merchants): "the number"
      // after the things counted distinct is their number, not one more count.
      // (Not an item of a list of columns: "bank, count, total, distinct cards".)
      const before = slots[prev(i)];
      const countedBefore =
        (isKind(before, 'entity') &&
          before.item.meaning.entity === 'cards' &&
          before.item.meaning.distinct) ||
        (isKind(before, 'dimension') &&
          measures.some((x) => x.fn === 'count_distinct' && x.column === before.item.meaning.dimension));
      if (countedBefore && before?.used && !slot.item.commaBefore) return;
      // «Уникальные карты … — сколько?»: a closing "how many" asks for the distinct count named.
      // («Какие банки имели больше 1500 активных карт … и сколько у каждого?»: "how many each has", with
      // nothing counted after it, asks for that count too.)
      const eachAfter = slots
        .slice(i + 1)
        .every((o) => o.item.kind === 'stop' || (isKind(o, 'groupBy') && !o.item.meaning.after));
      if (
        m.strength === 'weak' &&
        (next(i) < 0 || eachAfter) &&
        measures.some((x) => x.fn === 'count_distinct')
      ) {
        for (const o of slots.slice(i + 1)) if (isKind(o, 'groupBy')) o.used = true;
        return;
      }
      // "how many SALARY transactions": value words before the noun describe it.
      // "how many ATM withdrawals": a noun for transactions of a kind is counted like "transactions".
      // («Сколько сегодня прошло операций», "how many in October 2026 transactions": the words of the
      // period read already stand between the question word and its noun.)
      let j = next(i);
      // («Сколько всего было ECOM-операций …»: "in all" may stand between.)
      // (Only before a noun of payments in the genitive plural: «сколько всего ушло переводами», «сколько
      // всего входящих переводов получили …, в тенге» stay as they were read.)
      // («Сколько всего зарплатных зачислений было … и на какую сумму?»: a kind of payment counted too,
      // when the amount is asked apart after "and".)
      if (isKind(slots[j], 'total') && IN_ALL_WORDS.includes(slots[j]!.item.text)) {
        const payments = paymentNounAfter(j);
        let kind: Slot | undefined;
        for (let v = next(j); isKind(slots[v], 'value'); v = next(v)) kind = slots[v];
        const kindCounted =
          isKind(kind, 'value') &&
          kind.item.meaning.counts === true &&
          RUSSIAN_GENITIVE_PLURAL.test(kind.item.text) &&
          amountAskedApart(j);
        if ((payments && RUSSIAN_GENITIVE_PLURAL.test(payments.item.text)) || kindCounted) j = next(j);
      }
      let kindNoun = false;
      // («сколько начислений, общая сумма …»: a noun of money coming in, in the genitive plural, is counted
      // as a kind of payment is.)
      const flowsCounted = (s: Slot | undefined) =>
        isKind(s, 'direction') && RUSSIAN_GENITIVE_PLURAL.test(s.item.text);
      while (
        isKind(slots[j], 'value') ||
        isKind(slots[j], 'notValue') ||
        readPeriodWord(slots[j]) ||
        flowsCounted(slots[j])
      ) {
        const s = slots[j];
        kindNoun = kindNoun || (isKind(s, 'value') && s.item.meaning.counts === true) || flowsCounted(s);
        j = next(j);
      }
      // «сколько сегодня было разных карт»: the distinct cards asked are counted as such, not the payments.
      // (Not across a comma: "transaction count, unique cards", «жолдар саны, бірегей карталар» are two
      // columns.)
      const cardsAsked = slots[j];
      if (
        isKind(cardsAsked, 'entity') &&
        cardsAsked.item.meaning.entity === 'cards' &&
        cardsAsked.item.meaning.distinct &&
        !cardsAsked.item.commaBefore
      )
        return;
      // (A noun of a kind is what is counted, whatever follows: «сколько зарплат выплатили».)
      const counted =
        kindNoun || (isKind(slots[j], 'entity') && !(m.strength === 'weak' && isSubjectOfAmount(textOf(j))));
      // «сколько зарплаты пришло» (how much salary): a mass noun in the genitive singular is an
      // amount; «сколько зарплат» (how many salaries), the plural, is counted.
      // («қанша ақша шешті», how much money was withdrawn: the money heading the kind's phrase is asked.)
      // («қанша қолма-қол ақша шешілді»: "cash" may stand before it.)
      const head = KAZAKH_CASH_WORDS.includes(textOf(next(i))) ? next(next(i)) : next(i);
      const phrase = textOf(head);
      const moneyHeaded =
        isKind(slots[head], 'value') &&
        phrase.startsWith(`${KAZAKH_MONEY_NOUN} `) &&
        !KAZAKH_VERBAL_NOUN.test(phrase) &&
        !isKind(slots[next(head)], 'entity');
      if (m.strength === 'weak' && (RUSSIAN_MASS_GENITIVES.includes(textOf(next(i))) || moneyHeaded)) {
        if (moneyHeaded && head !== next(i)) slots[next(i)]!.used = true;
        measures.push({ fn: 'sum' });
        return;
      }
      // "…: how many, and how much in yuan?", «сколько и на какую сумму»: a "how many" that stands
      // alone before "and" is one of the things asked, a count (the amount named after is the other).
      // ("how many in total and the amount", «сколько всего и на какую сумму»: "in total" between.)
      const inAll = isKind(slots[next(i)], 'total') ? next(i) : i;
      const alone = isKind(slots[next(inAll)], 'conjunction');
      if (m.strength === 'weak' && inAll !== i && countOfPaymentsBefore(inAll)) {
        measures.push({ fn: 'count' });
        return;
      }
      // ("Of the payments in lari, how many were above 100 lari, and what was their total?": the English
      // "how many" counts, the amount named later being a figure of its own — it was dropped. "how many
      // tenge" was read above.)
      const english = slot.item.text === 'how many';
      // ("How many cardholders used Apple Pay in Almaty and how many in Astana?", «Сколько операций в
      // Армении и сколько в Беларуси?»: "how many" again after "and", with no noun of its own, asks the
      // same count for the next value — it added a count of payments beside the cards.)
      // («Сколько операций было в Таразе, а сколько в Актобе?»: «а» after a comma joins them too.)
      const joiner = slots[prev(i)];
      const whereas =
        isKind(joiner, 'followUp') &&
        joiner.item.commaBefore === true &&
        WHEREAS_WORDS.includes(joiner.item.text);
      const again =
        m.strength === 'weak' &&
        !counted &&
        !kindNoun &&
        (isKind(joiner, 'conjunction') || whereas) &&
        slots.some((o, k) => k < prev(i) && isKind(o, 'count') && o.used) &&
        measures.some((x) => x.fn === 'count' || x.fn === 'count_distinct') &&
        !isKind(slots[next(i)], 'total');
      if (again) {
        if (whereas) joiner!.used = true;
        // (…and each of the two values said around it is a row of its own — it was one count of both.)
        // (The tenge listed with another currency is a value too: "in tenge and how many in USD".)
        const [a, b] = [slots[prev(prev(i))], slots[next(i)]];
        const tengeListed = draft.filters.some(
          (f) =>
            f.filter.kind === 'values' &&
            f.filter.column === 'transaction_currency' &&
            f.filter.values.includes('KZT'),
        );
        const columnOf = (s: Slot | undefined) =>
          isKind(s, 'value')
            ? s.item.meaning.column
            : isKind(s, 'currencyUnit') && s.used && tengeListed
              ? 'transaction_currency'
              : null;
        const column = columnOf(b);
        if (
          column !== null &&
          columnOf(a) === column &&
          draft.dimensions.length === 0 &&
          (DIMENSIONS as readonly string[]).includes(column)
        )
          addDimension(r, column as Dimension, next(i));
        return;
      }
      // («Сколько заправок было … и на какую сумму?»: the amount asked apart after "and" leaves "how many" a
      // count, whatever noun it has — it was the amount alone.)
      // (Not after an amount already named: «… сомасы қанша болды? банк және сомасы» asks that amount.)
      const amountApart =
        m.strength === 'weak' && amountAskedApart(i) && !slots.slice(0, i).some((o) => isKind(o, 'amount'));
      if (m.strength === 'strong' || counted || alone || english || amountApart || !amountNamed)
        measures.push({ fn: 'count' });
    } else if (m.kind === 'amount') {
      slot.used = true;
      draft.domain = true;
      // ("cnt per city, amt bands as columns": the amount banded, as "ticket-size bands" — not a total.)
      if (isKind(slots[next(i)], 'bandWord')) return;
      // "how much is spent on average": the question word asks for the average named, not a total.
      if (DEGREE_WORDS.includes(slot.item.text) && measures.some((x) => AGGREGATES.includes(x.fn))) return;
      // ("What would the average purchase … come to in 2026?": the verb of what a figure amounts to says
      // the value of the average read before it, in the same clause — not a total beside it.)
      // (Not across a clause, nor an "and" that adds a question: "the average check and what did they come
      // to"; "grocery and food markets" joins two values.)
      const averagedAt = slots.findLastIndex((o, k) => k < i && isKind(o, 'aggregate'));
      const addsQuestion = (o: Slot, k: number) =>
        isKind(o, 'conjunction') && !(isKind(slots[k - 1], 'value') && isKind(slots[k + 1], 'value'));
      const apart = slots.some(
        (o, k) => k > averagedAt && k <= i && (addsQuestion(o, k) || o.item.clauseBefore === true),
      );
      if (AMOUNTS_TO_VERBS.includes(slot.item.text) && averagedAt >= 0 && !apart) return;
      // "Which issuer had the single biggest payment? bank + amount", «… самая крупная операция? Нужны
      // банк и сумма», «ең ірі транзакция қай қалада болды? қала мен сомасы»: the amount asked after the
      // question is that payment's own (the largest), not a total to rank by.
      // (Not "the most purchases … by amount", «ең көп сатып алу … сомасы бойынша»: a count, ranked by.)
      const paymentAt = (k: number) => {
        const noun = slots[next(k)];
        return isKind(noun, 'entity') && noun.item.meaning.entity === 'transactions';
      };
      const rankedPayment = slots.findIndex(
        (s, k) => k < i && isKind(s, 'superlative') && !s.item.meaning.impliesCount && paymentAt(k),
      );
      const rankedBy = isKind(slots[next(i)], 'groupBy') || isKind(slots[prev(i)], 'groupBy');
      const clauseBetween =
        !rankedBy && slots.slice(rankedPayment + 1, i + 1).some((s) => s.item.clauseBefore);
      if (rankedPayment >= 0 && clauseBetween && measures.length === 0) return;
      measures.push({ fn: 'sum' });
    } else if (m.kind === 'check') {
      slot.used = true;
      // ("ticket-size bands": the sizes banded, counted — not their average.)
      if (isKind(slots[next(i)], 'bandWord')) return;
      // ("ticket size by hour of day", "check size by city": the size of a payment, with no aggregate
      // said, is its average — the word analysts use for it; a bare "check" stays asked back.)
      if (CHECK_SIZE_WORDS.includes(slot.item.text)) measures.push({ fn: 'avg' });
      else draft.issues.push({ kind: 'unknown_words', words: [slot.item.text] });
    }
  });
  // "Active cards and transactions in Almaty", «уникальные карты и операции»: the transactions joined to
  // counted cards are counted too (they were dropped, the noun left as what the cards did).
  slots.forEach((slot, i) => {
    const cards = slots[prev(prev(i))];
    if (
      !slot.used &&
      isKind(slot, 'entity') &&
      slot.item.meaning.entity === 'transactions' &&
      slot.item.meaning.flavor === 'count' &&
      isKind(slots[prev(i)], 'conjunction') &&
      isKind(cards, 'entity') &&
      cards.item.meaning.entity === 'cards' &&
      cards.used &&
      measures.some((x) => x.fn === 'count_distinct' && x.column === 'card_key') &&
      !measures.some((x) => x.fn === 'count')
    ) {
      slot.used = slots[prev(i)]!.used = true;
      measures.push({ fn: 'count' });
    }
  });
  // ("Cash withdrawn in December 2025 in Almaty, Astana and Shymkent separately", "ATM cash out by city":
  // with nothing else asked, the cash itself — money, as in a share of it; it was asked back.)
  if (measures.length === 0 && slots.some((s) => CASH_MONEY_PHRASES.includes(s.item.text))) {
    measures.push({ fn: 'sum' });
    draft.domain = true;
  }
  // ("…: number of ATMs used, number of withdrawals and cash withdrawn": listed among the figures after
  // "and" or a comma, the cash is its amount too — it was dropped.)
  const cashListed = slots.findIndex(
    (s, k) =>
      CASH_MONEY_PHRASES.includes(s.item.text) &&
      (isKind(slots[prev(k)], 'conjunction') || s.item.commaBefore === true),
  );
  if (cashListed >= 0 && measures.length > 0 && !measures.some((x) => x.fn === 'sum')) {
    measures.push({ fn: 'sum' });
    const and = slots[prev(cashListed)];
    if (isKind(and, 'conjunction')) and.used = true;
  }
  // ("FX payments: count and KZT equivalent", «количество и эквивалент в тенге»: the equivalent listed
  // among the figures after "and" or a comma is the amount in tenge — it was taken for the unit alone,
  // and dropped.)
  const equivalent = slots.findIndex(
    (s, k) =>
      !s.used &&
      isKind(s, 'currencyUnit') &&
      EQUIVALENT_UNIT.test(s.item.text) &&
      (isKind(slots[prev(k)], 'conjunction') || s.item.commaBefore === true),
  );
  if (equivalent >= 0 && measures.length > 0 && !measures.some((x) => x.fn === 'sum')) {
    measures.push({ fn: 'sum' });
    slots[equivalent]!.used = true;
    const and = slots[prev(equivalent)];
    if (isKind(and, 'conjunction')) and.used = true;
  }
  // ("How many payments were there in Almaty, and what was the average amount?", «Сколько было операций
  // …, и какой средний чек?», "the number of entries and the total amount": a count asked before an
  // aggregate or a total comes first, as said — the aggregates and totals are read before the counts.)
  const [first, second] = measures;
  if (
    measures.length === 2 &&
    first &&
    second?.fn === 'count' &&
    (AGGREGATES.includes(first.fn) || first.fn === 'sum')
  ) {
    const countAt = slots.findIndex((s) => s.used && isKind(s, 'count'));
    const aggregateAt = slots.findIndex(
      (s) =>
        s.used &&
        (first.fn === 'sum'
          ? isKind(s, 'total') || isKind(s, 'amount')
          : isKind(s, 'aggregate') && s.item.meaning.fn === first.fn),
    );
    if (countAt >= 0 && aggregateAt > countAt) measures.reverse();
  }
});

/** A word of the period that a time pass has read already (a number or date too, once read as one). */
function readPeriodWord(slot: Slot | undefined): boolean {
  if (!slot?.used) return false;
  if (slot.item.kind === 'date' || slot.item.kind === 'number') return true;
  return isPeriodWord(slot);
}
