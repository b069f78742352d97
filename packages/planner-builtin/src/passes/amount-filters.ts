import type { Filter } from '../frame.js';
import {
  ACTIVE_WORDS,
  DECLINE,
  DISTINCT_WORDS,
  EXACT_LINKS,
  EXACT_WORDS,
  FEWER_WORDS,
  KAZAKH_MORE_OR_FEWER,
  KAZAKH_THAN_THAT,
  OPEN_END_WORDS,
  OVER_A_YEAR,
  PER_ONE_WORDS,
  PERCENT_SIGNS,
  PERCENT_WORD,
  PERIOD_PREPOSITIONS,
  TENGE_UNIT,
  TO_DATE,
  WERE_WORDS,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import {
  addFilter,
  definePass,
  isCardsNoun,
  isCountedNoun,
  isKind,
  isPaymentsNoun,
  isPeriodWord,
  namesValueColumn,
  numberOf,
  type Slot,
} from './reading.js';

/** A Kazakh number in the ablative, «10 мыңнан» (from 10 000): the start of a range «… дейін». */
const KAZAKH_FROM = /(нан|нен|тан|тен|дан|ден)$/;

/** Kazakh «аралығында / арасындағы» (in the range, between): closes "A мен B". */
const KAZAKH_BETWEEN = /^(аралығ|арасын)/;

/** Two numbers joined by a dash ("10 000–50 000", «5-10 тыс»), not before a date: at slot i and j. */
export function dashPairAt(slots: readonly Slot[], i: number): { a: number; b: number; j: number } | null {
  const { next, followedByDate } = cursor(slots);
  const a = numberOf(slots[i]);
  const j = next(i);
  const b = numberOf(slots[j]);
  if (a === null || b === null || slots[j]!.item.dashBefore !== true || followedByDate(j)) return null;
  return { a, b, j };
}

/** A year an amount is unlikely to be: "over 2025", "from 2025 to date". */
function isRecentYear(n: number): boolean {
  return Number.isInteger(n) && n >= 2015 && n <= 2035;
}

/** «сомадағы»: an amount word in the locative-attributive, "of (that) amount". */
const KAZAKH_IN_THE_AMOUNT = /^сома(да|та)ғы$/;

/** The amount word before a condition labels it ("amount over 50k", «сомасы … асатын»): used up. */
function useLabel(slot: Slot | undefined): void {
  // («операций с суммой больше 500 000», "transactions with amounts between …": "with the amount" labels
  // the condition, it asks for no sum column.)
  if ((isKind(slot, 'amount') || isKind(slot, 'check') || isKind(slot, 'showMeasure')) && !slot.used)
    slot.used = true;
}

/**
 * The lower end of an amount range when a multiplier is written once, after the upper end:
 * «от 5 до 10 тыс» is 5 000–10 000, but "from 500 to 10k" stays 500–10 000.
 */
export function rangeStart(
  low: number,
  lowScaled: boolean,
  high: number,
  highFactor: number | undefined,
): number {
  if (lowScaled || highFactor === undefined) return low;
  return low * highFactor <= high ? low * highFactor : low;
}

/**
 * Amount conditions: "over 50,000 tenge", «от 1000 до 5000», "between 1000 and 5000", "5,000–10,000
 * tenge", and Kazakh postpositions after the number («100 мың теңгеден асатын» = over 100 000 tenge). A weak comparator
 * ("from", "to", «от», «до») with no number after it is a plain word and is used up.
 */
export const readAmountFilters = definePass((r) => {
  const { slots, draft, notes } = r;
  const { next, prev, followedByDate, textOf, pastValues } = cursor(slots);
  const consumeAmountTail = (j: number): void => {
    const k = next(j);
    if (isKind(slots[k], 'currencyUnit')) {
      slots[k]!.used = true;
      return;
    }
    let after = k;
    // ("at least 2 ECOM purchases": values may describe the counted noun.)
    // ("more than 1 000 ATM withdrawals": a kind of transaction right after the number is counted too;
    // "over 100 000 at ATMs" is an amount.)
    const right = after === j + 1 || (after === j + 2 && notes.factors.has(j));
    let counted = false;
    // ("more than 400 foreign-currency payments", "… non-KZT payments": a value said as what it is not.)
    const negated = (k: number) =>
      isKind(slots[k], 'negation') &&
      (isKind(slots[next(k)], 'value') || isKind(slots[next(k)], 'currencyUnit')) &&
      isKind(slots[next(next(k))], 'entity');
    // ("more than 50 night-time (00:00–04:59) payments": a part of the day may describe them too.)
    const partOfDay = (x: Slot | undefined) => isKind(x, 'hourRange') || isKind(x, 'dayPart');
    for (;;) {
      const v = slots[after];
      if (partOfDay(v) && v!.used) {
        after = next(after);
        while (slots[after]?.item.kind === 'number' && slots[after]!.used) after = next(after);
        continue;
      }
      const negatedHere = negated(after);
      if (!isKind(v, 'value') && !isKind(v, 'notValue') && !isKind(v, 'presence') && !negatedHere) break;
      // ("more than 300 wallet payments": the payments with a wallet, counted.)
      counted ||= right && (isKind(v, 'value') || isKind(v, 'presence')) && v.item.meaning.counts === true;
      after = negatedHere ? next(next(after)) : next(after);
      // ("more than 500 foreign-acquirer transactions": the column's word after a value of it names it.)
      if (namesValueColumn(v, slots[after])) after = next(after);
    }
    // ("… used at more than 250 different merchants", "more than 250 active merchants": merchants are
    // counted, not tenge.)
    // ("… in more than 2 cities", "at 3+ different banks": any column's values counted, with no money.)
    const counts = slots[after];
    const groups =
      isKind(counts, 'dimension') &&
      (counts.item.meaning.dimension === 'merchant_id' || !notes.factors.has(j)) &&
      slots
        .slice(j + 1, after)
        .every((x) => DISTINCT_WORDS.includes(x.item.text) || ACTIVE_WORDS.includes(x.item.text));
    // («больше 200 тыс за одну операцию», "over 200k per transaction": the payment named after «за» or
    // "per" is the one the amount is of, not a number of payments.)
    const perPayment = slots
      .slice(j + 1, after)
      .some((x) => x.item.kind === 'stop' && PER_ONE_WORDS.includes(x.item.text));
    if ((isKind(slots[after], 'entity') && !perPayment) || counted || groups)
      draft.issues.push({ kind: 'count_condition' });
    // «в какие дни транзакций было меньше 235» (on which days there were fewer than 235 transactions): the
    // noun of payments before "there were" and the comparison, no money said, is a number of them (it
    // filtered payments under 235 tenge).
    const comparator = prev(j);
    const was = slots[comparator - 1];
    if (
      isKind(slots[comparator], 'comparator') &&
      was?.item.kind === 'stop' &&
      WERE_WORDS.includes(was.item.text) &&
      isCountedNoun(slots[prev(comparator - 1)]) &&
      !isKind(slots[k], 'currencyUnit') &&
      !notes.factors.has(j)
    )
      draft.issues.push({ kind: 'count_condition' });
  };
  /** The money written right before slot k, read or not: a number (its multiplier), then the tenge. */
  const moneyBefore = (k: number): { at: number; unit: number; value: number } | null => {
    let at = prev(k);
    const unit = isKind(slots[at], 'currencyUnit') ? at : -1;
    if (unit >= 0) at = prev(at);
    const written = slots[at]?.item;
    if (written?.kind !== 'number' || (unit < 0 && !notes.factors.has(at))) return null;
    return { at, unit, value: written.value };
  };
  // ("between the 5th and the 20th", «между 5-м и 20-м», «5-і мен 20-сы аралығында»: a number written as
  // an ordinal, with no multiplier or unit by it, is a day or a place — it was a range of 5 to 20 tenge.
  // Left unread: the days of the month pass takes it, or it is asked back.)
  const ordinalAt = (j: number): boolean =>
    slots[j]?.item.ordinalEnding === true && !notes.factors.has(j) && !isKind(slots[next(j)], 'currencyUnit');
  const isDay = (n: number | null): boolean => n !== null && Number.isInteger(n) && n >= 1 && n <= 31;
  // "between 1 and 15 Sept", "from 1 to 15 October": two day numbers joined by "and" / "to" before a
  // month's name are a range of days for the calendar pass, not an amount range.
  const isDayRange = (j: number): boolean => {
    const k = next(j);
    const joined =
      isKind(slots[k], 'conjunction') || (isKind(slots[k], 'comparator') && slots[k]!.item.meaning.weak);
    return isDay(numberOf(slots[j])) && joined && isDay(numberOf(slots[next(k)])) && followedByDate(next(k));
  };
  /** The "to" of "from 2024 to 2026": a range of years, left to the calendar pass. */
  const yearRangeEnds = new Set<number>();
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'comparator') || slot.item.meaning.after) return;
    const { op, weak } = slot.item.meaning;
    // ("above KZT 15,000", "over ₸50 000": the tenge written before the number is its unit.)
    const unitFirst =
      isKind(slots[next(i)], 'currencyUnit') &&
      TENGE_UNIT.test(textOf(next(i))) &&
      numberOf(slots[next(next(i))]) !== null;
    if (unitFirst) slots[next(i)]!.used = true;
    const j = unitFirst ? next(next(i)) : next(i);
    // «… и выше за 2026 год», "… or more in 2025": a period's preposition between, not an amount.
    if (slots.slice(i + 1, j).some((x) => PERIOD_PREPOSITIONS.includes(x.item.text))) return;
    const a = numberOf(slots[j]);
    // «до 15 ноября» is a date; «свыше 200 тыс — за сентябрь» (a multiplier, or no day number) is not.
    const dayOfDate =
      a !== null && followedByDate(j) && !notes.factors.has(j) && Number.isInteger(a) && a >= 1 && a <= 31;
    if (a === null || dayOfDate) {
      // «до 15 ноября»: the calendar pass reads an end word before a date.
      if (weak && !OPEN_END_WORDS.includes(textOf(i))) slot.used = true;
      return;
    }
    if (weak && isDayRange(j)) return;
    if (ordinalAt(j)) return;
    // ("March 21st to 23rd", "Oct 1 through 15": the second day of a month named before the first, no
    // unit after it — a range of days, not payments up to 23 tenge.)
    const dayBefore = numberOf(slots[prev(i)]);
    const monthDays =
      weak &&
      isKind(slots[prev(prev(i))], 'monthName') &&
      isDay(dayBefore) &&
      isDay(a) &&
      a! > dayBefore! &&
      !isKind(slots[next(j)], 'currencyUnit') &&
      !notes.factors.has(j);
    if (monthDays) return;
    // "grew by more than 5%", «вырос больше чем на 5%»: a number of per cent is no amount of tenge (it
    // filtered payments over 5 tenge); a condition on a change or a share is asked back.
    // (A share's own threshold, "more than 40% of contactless payments", is read as before.)
    const change = slots.some((s) => isKind(s, 'compare') || DECLINE.test(s.item.text));
    if (change && isKind(slots[next(j)], 'share') && PERCENT_SIGNS.includes(textOf(next(j)))) return;
    // "active cards over 2025": "over" a recent year with no unit is during it, not an amount.
    const unitAfter = isKind(slots[next(j)], 'currencyUnit') || notes.factors.has(j);
    const yearLike = isRecentYear(a) && !unitAfter;
    if (OVER_A_YEAR.includes(textOf(i)) && yearLike) return;
    // ("above the 2025 average ECOM amount": a year before an average is the average's period — a
    // condition against the average, which is asked back, not payments over 2 025 tenge.)
    if (yearLike && isKind(slots[next(j)], 'aggregate')) return;
    // "from 2025 to date", "from 2025 until now", "from 2024 to 2026": a weak "from" before a recent year
    // that runs to now or to another year is a period (it kept payments of 2 025 tenge or more).
    if (weak && op === '>=' && yearLike) {
      const to = slots[next(j)];
      const toYear =
        isKind(to, 'comparator') && to.item.meaning.weak && to.item.meaning.op === '<='
          ? numberOf(slots[next(next(j))])
          : null;
      const untilNow = TO_DATE.includes(slots[j + 1]?.item.text ?? '');
      if (toYear !== null && isRecentYear(toYear) && toYear > a) {
        yearRangeEnds.add(next(j));
        return;
      }
      if (untilNow) return;
    }
    if (yearRangeEnds.has(i)) return;
    // ("… how many had fewer than 5 that month?": "fewer" counts things; a bare number after it with no
    // noun, unit or money word is a number of them — asked back, not payments under 5 tenge.)
    const nothingNamed = (k: number) =>
      k < 0 ||
      slots
        .slice(k)
        .every(
          (x) =>
            x.item.kind === 'stop' ||
            x.used ||
            isKind(x, 'periodSaid') ||
            isKind(x, 'timeUnit') ||
            isPeriodWord(x) ||
            (x.item.kind === 'number' && isRecentYear(x.item.value)),
        );
    if (FEWER_WORDS.includes(textOf(i)) && !unitAfter && nothingNamed(next(j))) {
      draft.issues.push({ kind: 'count_condition' });
      slot.used = slots[j]!.used = true;
      return;
    }
    // "5k to 20k", «10 тыс до 50 тыс»: a weak "to" after an amount ends a range that starts there.
    const lowAt = prev(i);
    const low = numberOf(slots[lowAt]);
    const money = notes.factors.has(lowAt) || notes.factors.has(j) || unitAfter;
    if (
      weak &&
      op === '<=' &&
      low !== null &&
      money &&
      low < a &&
      !isKind(slots[prev(lowAt)], 'comparator')
    ) {
      slot.used = slots[j]!.used = slots[lowAt]!.used = true;
      consumeAmountTail(j);
      addFilter(r, { kind: 'amount_between', min: low, max: a }, lowAt);
      draft.domain = true;
      return;
    }
    useLabel(slots[prev(i)]);
    slot.used = true;
    slots[j]!.used = true;
    let filter: Filter;
    let last = j;
    const k0 = isKind(slots[next(j)], 'currencyUnit') ? next(next(j)) : next(j);
    const joiner = slots[k0];
    const isJoiner =
      !!joiner &&
      ((isKind(joiner, 'conjunction') && op === 'between') ||
        (isKind(joiner, 'comparator') && joiner.item.meaning.weak && joiner.item.meaning.op === '<='));
    const b = isJoiner ? numberOf(slots[next(k0)]) : null;
    if (b !== null && ordinalAt(next(k0))) return;
    if ((op === 'between' || op === '>=') && isJoiner && b !== null && weak) {
      if (isKind(slots[next(j)], 'currencyUnit')) slots[next(j)]!.used = true;
      joiner!.used = true;
      last = next(k0);
      slots[last]!.used = true;
      const low = rangeStart(a, notes.factors.has(j), b, notes.factors.get(last));
      filter = { kind: 'amount_between', min: Math.min(low, b), max: Math.max(low, b) };
    } else if (op === 'between') {
      draft.issues.push({ kind: 'unknown_words', words: [textOf(i)] });
      return;
    } else {
      filter = { kind: 'amount', op, value: a };
    }
    consumeAmountTail(last);
    addFilter(r, filter, i);
    // ("Cities where the online share is above 20%": a number of per cent is no amount of tenge; the
    // threshold of a yes/no question's share takes it, else it is asked back — it filtered payments
    // over 20 tenge.)
    const sign = slots[next(last)];
    // ("… over 50k? (%)": a sign in brackets, after money, asks the answer in per cent.)
    if (
      filter.kind === 'amount' &&
      isKind(sign, 'share') &&
      PERCENT_WORD.test(sign.item.text) &&
      !sign.item.bracketBefore &&
      !notes.factors.has(j) &&
      next(last) === next(j)
    )
      draft.filters.at(-1)!.percent =
        `${textOf(i)} ${textOf(j)}${sign.item.text === '%' ? '' : ' '}${sign.item.text}`;
    draft.domain = true;
  });

  // "exactly 5 000 tenge", «ровно 200 000 тенге», «тура 50 000 теңге»: one amount, the range of it alone
  // (the number was asked back). Money by its tenge or multiplier; not a list («ровно 5 000 или 10 000»).
  slots.forEach((slot, i) => {
    if (!EXACT_WORDS.includes(slot.item.text) || (slot.used && slot.item.kind !== 'stop')) return;
    const j = next(i);
    const value = numberOf(slots[j]);
    // («ровно на 5000 тенге»: "for" between the word and its amount.)
    const onlyFor = slots.slice(i + 1, j).every((s) => EXACT_LINKS.includes(s.item.text));
    if (value === null || slots[j]!.used || !onlyFor) return;
    const unit = isKind(slots[next(j)], 'currencyUnit') ? next(j) : -1;
    if (unit < 0 && !notes.factors.has(j)) return;
    const after = slots[next(unit >= 0 ? unit : j)];
    if (isKind(after, 'conjunction')) return;
    slot.used = slots[j]!.used = true;
    if (unit >= 0) slots[unit]!.used = true;
    // («снятий на сумму ровно 5 000 тг»: "for the amount of" labels the condition, no sum column.)
    useLabel(slots[prev(i)]);
    addFilter(r, { kind: 'amount_between', min: value, max: value }, i);
    draft.domain = true;
  });

  // "10 000–50 000 tenge", «5-10 тыс»: two amounts joined by a dash, said to be money by the tenge
  // after them or by a multiplier; anything else with a dash ("1-15 October") is left to the calendar.
  slots.forEach((slot, i) => {
    const pair = dashPairAt(slots, i);
    if (!pair) return;
    const { a, b, j } = pair;
    const unit = isKind(slots[next(j)], 'currencyUnit') ? next(j) : -1;
    if (unit < 0 && !notes.factors.has(j)) return;
    const low = rangeStart(a, notes.factors.has(i), b, notes.factors.get(j));
    slot.used = slots[j]!.used = true;
    if (unit >= 0) slots[unit]!.used = true;
    addFilter(r, { kind: 'amount_between', min: Math.min(low, b), max: Math.max(low, b) }, i);
    draft.domain = true;
  });

  // Kazakh «10 000 мен 50 000 теңге аралығындағы» (between 10 000 and 50 000 tenge).
  slots.forEach((slot, i) => {
    const a = numberOf(slot);
    const j = next(i);
    const k = next(j);
    const b = numberOf(slots[k]);
    if (a === null || b === null || !isKind(slots[j], 'conjunction')) return;
    const unit = isKind(slots[next(k)], 'currencyUnit') ? next(k) : -1;
    const closer = slots[unit >= 0 ? next(unit) : next(k)] ?? slots[(unit >= 0 ? unit : k) + 1];
    const word = slots[(unit >= 0 ? unit : k) + 1]?.item.text ?? closer?.item.text ?? '';
    if (!KAZAKH_BETWEEN.test(word)) return;
    // («қазан айының 1-і мен 15-і аралығында», between the 1st and the 15th of October: with no unit and
    // no multiplier, day numbers after a month's name are days — they were an amount of 1 to 15 tenge.)
    const day = (n: number) => Number.isInteger(n) && n >= 1 && n <= 31;
    const bare = unit < 0 && !notes.factors.has(i) && !notes.factors.has(k);
    if (bare && day(a) && day(b) && slots.slice(0, i).some((s) => isKind(s, 'monthName'))) return;
    if (ordinalAt(i) || ordinalAt(k)) return;
    slot.used = slots[j]!.used = slots[k]!.used = true;
    if (unit >= 0) slots[unit]!.used = true;
    useLabel(slots[prev(i)]);
    addFilter(r, { kind: 'amount_between', min: Math.min(a, b), max: Math.max(a, b) }, i);
    draft.domain = true;
  });

  // "100k+", "50 000 tenge+": that amount and over. Money by its multiplier or its unit; a bare
  // "100+" may count anything ("100+ transactions") and stays for the coverage check.
  slots.forEach((slot, i) => {
    const value = numberOf(slot);
    if (value === null) return;
    let k = i + 1;
    let money = notes.factors.has(i);
    // (A multiplier after a number is absorbed as a stop by then: "100k" is 100 000 and a stop.)
    while (
      isKind(slots[k], 'currencyUnit') ||
      (slots[k]?.item.kind === 'stop' && slots[k]!.item.text !== '+' && money)
    ) {
      money ||= isKind(slots[k], 'currencyUnit');
      k++;
    }
    const plus = slots[k];
    if (plus?.item.kind !== 'stop' || plus.item.text !== '+') return;
    // ("5 000+ tenge": the unit after the sign; "payments 5 000+", "payments of 5 000+": after the noun
    // of payments, a number is what they are of — "5 000+ payments" counts them, and stays.)
    const unitAfter = isKind(slots[k + 1], 'currencyUnit');
    const noun = slots[prev(i)];
    const paymentsBefore =
      isKind(noun, 'entity') && noun.item.meaning.entity === 'transactions' && value >= 100;
    if (!money && !unitAfter && !paymentsBefore) return;
    if (unitAfter) slots[k + 1]!.used = true;
    slot.used = true;
    for (let j = i + 1; j < k; j++) slots[j]!.used = true;
    addFilter(r, { kind: 'amount', op: '>=', value }, i);
    draft.domain = true;
  });

  // Postpositions (Kazakh «100 мың теңгеден асатын» = over 100 000 tenge).
  slots.forEach((slot, i) => {
    if (!isKind(slot, 'comparator') || !slot.item.meaning.after || slot.used) return;
    let j = prev(i);
    // («50 доллардан аз», «500 юаньнан асатын»: a currency named in the ablative is the unit — the
    // amount in that currency.)
    const named = slots[j];
    const foreign =
      isKind(named, 'value') &&
      named.item.meaning.column === 'transaction_currency' &&
      KAZAKH_FROM.test(named.item.text) &&
      numberOf(slots[prev(j)]) !== null;
    const unit = isKind(slots[j], 'currencyUnit') || foreign ? j : -1;
    if (unit >= 0) j = prev(j);
    const value = numberOf(slots[j]);
    const { op } = slot.item.meaning;
    if (value === null || op === 'between') return; // the word stays not understood
    // «мамырдың 1-ден 15-ке дейін» (from the 1st to the 15th of May): with no unit and no multiplier, a
    // day number after a month's name is a day, not an amount (it was read as "up to 15 tenge").
    const bare = unit < 0 && !notes.factors.has(j);
    if (
      bare &&
      Number.isInteger(value) &&
      value >= 1 &&
      value <= 31 &&
      slots.slice(0, j).some((s) => isKind(s, 'monthName'))
    )
      return;
    // "3 or more withdrawals", «5 и более операций»: a number of things, not an amount (not understood).
    // (A Kazakh postposition is a participle of the noun after it: «20 мың теңгеден асатын сатып алулар».)
    // ("2 or more different cities": a number of a column's values likewise.)
    let c = next(i);
    while (DISTINCT_WORDS.includes(slots[c]?.item.text ?? '')) c = next(c);
    // («200-ден көп POS операция қабылдаған мерчанттар», merchants that took more than 200 POS payments: the
    // payments, their values before them, then the things that had them — a number of payments.)
    const paymentsOfThings = (k: number) => {
      const noun = pastValues(k);
      return isPaymentsNoun(slots[noun]) && isKind(slots[next(noun)], 'dimension');
    };
    const counted = slots[c];
    const phrase = slot.item.text.includes(' ');
    if (
      phrase &&
      (isKind(counted, 'entity') ||
        (isKind(counted, 'value') && counted.item.meaning.counts) ||
        (isKind(counted, 'dimension') && unit < 0 && !notes.factors.has(j)))
    )
      return;
    // («тек 10-нан аз мерчант болғандары», only those with fewer than 10 merchants: "more" or "fewer"
    // before merchants, cities or cards, with no money unit, is a number of them, as "fewer than 10
    // merchants" is — it filtered payments under 10 tenge.)
    const thingsCounted =
      KAZAKH_MORE_OR_FEWER.includes(slot.item.text) &&
      unit < 0 &&
      !notes.factors.has(j) &&
      (isKind(counted, 'dimension') || isCardsNoun(counted) || paymentsOfThings(c));
    if (thingsCounted) draft.issues.push({ kind: 'count_condition' });
    slot.used = slots[j]!.used = true;
    // (The currency is also which payments: left for the value filters, as "under 50 USD" is.)
    if (unit >= 0 && !foreign) slots[unit]!.used = true;
    if (foreign) draft.originalAmount = true;
    // «10 мыңнан 50 мың теңгеге дейінгі» (from 10 000 to 50 000 tenge): a range from the number before.
    // (The ablative ending is on the multiplier, «мыңнан», or after the number, «10 000-нан».)
    // («5 000 теңгеден 20 000 теңгеге дейін»: the unit said after the lower end too, in the ablative.)
    const unitFrom = isKind(slots[prev(j)], 'currencyUnit') && KAZAKH_FROM.test(slots[prev(j)]!.item.text);
    const lowAt = unitFrom ? prev(prev(j)) : prev(j);
    const low = numberOf(slots[lowAt]);
    const written = slots
      .slice(lowAt, j)
      .map((x) => x.item.text)
      .join(' ');
    // (Money by its unit or a multiplier: «мамырдың 1-ден 15-ке дейін» are days of May.)
    const money = unit >= 0 || notes.factors.has(j) || notes.factors.has(lowAt);
    if (op === '<=' && low !== null && money && !slots[lowAt]!.used && KAZAKH_FROM.test(written)) {
      for (let k = lowAt; k < j; k++) slots[k]!.used = true;
      slots[lowAt]!.used = true;
      const start = rangeStart(low, notes.factors.has(lowAt), value, notes.factors.get(j));
      useLabel(slots[prev(lowAt)]);
      addFilter(
        r,
        { kind: 'amount_between', min: Math.min(start, value), max: Math.max(start, value) },
        lowAt,
      );
      draft.domain = true;
      return;
    }
    // «сомасы 500 мың теңгеден асатын» (whose amount is over 500 000): the amount word labels it.
    useLabel(slots[prev(j)]);
    addFilter(r, { kind: 'amount', op, value }, j);
    draft.domain = true;
  });

  // «от 500 тыс. тенге и выше», «1 млн тенге и более» (and above): with no number after it, "and
  // above" closes the money before it — that amount and over («и более 50 тысяч», a number after, is
  // "and over 50 000", read above). A number of things («5 и более операций») stays not understood.
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'comparator') || slot.item.meaning.op !== '>' || slot.item.meaning.after)
      return;
    const after = next(i);
    const numberAfter =
      numberOf(slots[after]) !== null &&
      !slots.slice(i + 1, after).some((x) => PERIOD_PREPOSITIONS.includes(x.item.text));
    if (!isKind(slots[i - 1], 'conjunction') || numberAfter) return;
    // (Read already when "from" opened it: «от 500 тыс. тенге и выше».)
    const money = moneyBefore(i - 1);
    if (!money) return;
    const { at: j, unit, value } = money;
    const earlier = draft.filters.find(
      (f) => f.filter.kind === 'amount' && f.filter.op === '>=' && f.filter.value === value,
    );
    if (!earlier) {
      if (slots[j]!.used) return;
      addFilter(r, { kind: 'amount', op: '>=', value }, j);
    }
    slot.used = slots[i - 1]!.used = slots[j]!.used = true;
    if (unit >= 0) slots[unit]!.used = true;
    // «снятий на сумму 50 000 ₸ и выше»: "for the amount" before it labels the number, no sum of its own.
    useLabel(slots[prev(j)]);
    draft.domain = true;
  });

  // «1 млн теңге және одан жоғары» (1 million tenge and above): that amount and over.
  slots.forEach((slot, i) => {
    if (!isKind(slot, 'comparator') || !slot.item.meaning.after || slot.used || slot.item.meaning.op !== '>')
      return;
    const that = i - 1;
    if (slots[that]?.item.text !== KAZAKH_THAN_THAT || !isKind(slots[that - 1], 'conjunction')) return;
    const money = moneyBefore(that - 1);
    if (!money || slots[money.at]!.used) return;
    const { at: j, value } = money;
    for (let k = j; k <= i; k++) slots[k]!.used = true;
    useLabel(slots[prev(j)]);
    // («100 мың теңге және одан көп сомадағы … операциялар»: "in the amount of" after it labels it too.)
    if (KAZAKH_IN_THE_AMOUNT.test(textOf(next(i)))) useLabel(slots[next(i)]);
    addFilter(r, { kind: 'amount', op: '>=', value }, j);
    draft.domain = true;
  });
  // «больше 5000 лир за одну операцию (сумма в лирах)», "over 1,000 USD per payment (amount in dollars)":
  // a bracket holding only the amount's word and its currency, right after a condition on the amount,
  // says which amount the condition is on — not a total asked beside it.
  slots.forEach((slot, i) => {
    if (!isKind(slot, 'amount') || slot.used || !slot.item.bracketBefore) return;
    let k = i + 1;
    const inside = (x: Slot | undefined) =>
      x !== undefined &&
      !x.item.closeBefore &&
      !x.item.clauseBefore &&
      (x.item.kind === 'stop' || isKind(x, 'currencyUnit') || isKind(x, 'value'));
    while (inside(slots[k])) k++;
    const closed =
      k >= slots.length || slots[k]!.item.closeBefore === true || slots[k]!.item.clauseBefore === true;
    if (!closed) return;
    let b = prev(i);
    while (isCountedNoun(slots[b]) || isKind(slots[b], 'value') || isKind(slots[b], 'currencyUnit'))
      b = prev(b);
    const number = slots[b];
    if (number?.item.kind !== 'number' || !number.used) return;
    if (!draft.filters.some((f) => f.filter.kind === 'amount' || f.filter.kind === 'amount_between')) return;
    slot.used = true;
  });
});
