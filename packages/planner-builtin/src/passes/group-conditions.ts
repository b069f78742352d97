import type { Draft } from '../draft.js';
import { countsPassing, type GroupCondition, isAmountFilter } from '../frame.js';
import {
  ALL_WORDS,
  ASKING_WHICH,
  ATTACHING_WORDS,
  CASH_MONEY_PHRASES,
  COUNT_SHOWN_WORDS,
  EQUIVALENT_UNIT,
  HAD_PARTICIPLES,
  HAVING_WORDS,
  IN_WORDS,
  KAZAKH_ABLATIVE_ENDINGS,
  KAZAKH_MORE_OR_FEWER,
  KAZAKH_THOSE_AFTER,
  KAZAKH_WHICH,
  PERIOD_PREPOSITIONS,
  PLAIN_BY,
  PRICE_COMPARATORS,
  RECEIVED_GENITIVE,
  RELATIVE_WHICH,
  RUSSIAN_GENITIVE_PLURAL,
  RUSSIAN_WAS_WORDS,
  TAKEN_IN,
  TAKING_VERBS,
  THEM_WORDS,
  THOSE_THAT_WORDS,
  THOSE_WORDS,
  WERE_WORDS,
  WHICH_PREPOSITIONS,
  WITH_TURNOVER_WORDS,
} from '../vocabulary/index.js';
import { hasKazakhPlural } from '../word-forms.js';
import { cursor } from './cursor.js';
import {
  definePass,
  insideBrackets,
  isCardsNoun,
  isCityValue,
  isCountedNoun,
  isDescribingValue,
  isHowMany,
  isKind,
  isPaymentsNoun,
  isPeriodWord,
  type Reading,
  type Slot,
} from './reading.js';

/** «было», "was", "were": between the payments counted and the comparison of their number. */
const WAS_WORDS: readonly string[] = ['было', 'was', 'were'];

const isMoneyWord = (s: Slot | undefined) => isKind(s, 'amount') || isKind(s, 'total');

/** A number as written (no multiplier folded in) with no unit of money after it: a count. */
function writtenCount(number: Slot | undefined, unit: Slot | undefined): boolean {
  return (
    number?.item.kind === 'number' && String(number.item.value) === number.item.text && !isMoneyUnit(unit)
  );
}

/** A unit of money or a multiplier after a number: "tenge", "million", "turnover" — money, no count. */
const isMoneyUnit = (s: Slot | undefined) =>
  isKind(s, 'currencyUnit') || isKind(s, 'multiplier') || isMoneyWord(s);
/** What a number of the noun counts: payments, cards or merchants ("more than 300 distinct cards"). */
function countedOf(slot: Slot | undefined): GroupCondition['of'] | null {
  if (isKind(slot, 'entity')) return slot.item.meaning.entity === 'cards' ? 'cards' : 'count';
  // ("fewer than 2,500 wallet payments": the payments with a wallet, counted.)
  if ((isKind(slot, 'value') || isKind(slot, 'presence')) && slot.item.meaning.counts === true)
    return 'count';
  if (isKind(slot, 'dimension') && slot.item.meaning.dimension === 'merchant_id') return 'merchants';
  return null;
}

/**
 * The condition the amount-filters pass read as one on single payments, made a condition on each
 * group's total or count instead. Only when it is the one amount condition of the question: with two
 * ("with a total over 1 million of payments over 10 000") which is which is not said, and a range of
 * totals is not read either — both are asked back.
 */
function toGroupCondition(draft: Draft, of: GroupCondition['of'], eachPayment?: number): void {
  const amounts = draft.filters.filter((f) => isAmountFilter(f.filter));
  // ("cities with more than 20 txns over 500k": the money said right after the payments counted is of
  // each payment, and stays a filter — `eachPayment` is the number counted, which the condition takes.)
  const mine =
    eachPayment === undefined || amounts.length !== 2
      ? amounts
      : amounts.filter((f) => f.filter.kind === 'amount' && f.filter.value === eachPayment);
  const taken = mine[0]?.filter;
  if (mine.length !== 1 || taken?.kind !== 'amount' || draft.having) {
    draft.issues.push({ kind: 'group_total_condition' });
    return;
  }
  draft.filters = draft.filters.filter((f) => f !== mine[0]);
  // ("more than 1000 ATM withdrawals" was a number of things, not an amount: that is now read.)
  if (of !== 'sum' && of !== 'avg' && of !== 'median') {
    const counted = draft.issues.findIndex((i) => i.kind === 'count_condition');
    if (counted >= 0) draft.issues.splice(counted, 1);
  }
  draft.having = { of, op: taken.op, value: taken.value };
}

/**
 * "with more than 20 txns over 500k", «больше 20 операций свыше 500 тысяч»: a comparison right after the
 * payments counted (at `noun`) is of each payment's amount. Then the number after the groups' comparator
 * (at `comparator`), for toGroupCondition to tell the two amount filters apart; otherwise undefined.
 */
function eachPaymentCounted(slots: Reading['slots'], noun: number, comparator: number): number | undefined {
  const { next, pastValues } = cursor(slots);
  const number = slots[next(comparator)];
  if (!isKind(slots[comparator], 'comparator') || number?.item.kind !== 'number') return undefined;
  // («снятий в банкоматах выше 200 000 тенге»: the payments' values may stand between.)
  // ("…20 txns, over 500k turnover": not after a comma.)
  const after = slots[pastValues(next(noun))];
  const attached = isKind(after, 'comparator') && !after.item.commaBefore && !after.item.clauseBefore;
  return countedOf(slots[noun]) === 'count' && attached ? number.item.value : undefined;
}

/** What "them" counts when the condition is on it: the one count asked so far, or null. */
function pronounCondition(draft: Draft): GroupCondition['of'] | null {
  const [m] = draft.measures;
  if (draft.measures.length !== 1 || !m) return null;
  if (m.fn === 'count') return 'count';
  if (m.fn === 'count_distinct' && m.column === 'card_key') return 'cards';
  if (m.fn === 'count_distinct' && m.column === 'merchant_id') return 'merchants';
  return null;
}

/**
 * The one figure each group is asked for, which a bare condition on the groups is of ("turnover by city,
 * only those above 1 million", "average check by category, only categories above 20 000"), read from the
 * measure words (the measures are read after this pass), or null when more than one kind is named.
 */
function ownFigure(slots: readonly Slot[]): GroupCondition['of'] | null {
  const aggregates = new Set(
    slots.flatMap((s) => (isKind(s, 'aggregate') ? [s.item.meaning.fn] : isKind(s, 'check') ? ['avg'] : [])),
  );
  const money = slots.some((s) => isMoneyWord(s));
  const counted = slots.some((s) => isKind(s, 'count'));
  if (aggregates.size === 1 && !counted) {
    const [fn] = aggregates;
    return fn === 'avg' || fn === 'median' ? fn : null;
  }
  if (aggregates.size > 0) return null;
  if (counted && !money) return 'count';
  if (money && !counted) return 'sum';
  return null;
}

/** A weak comparator read already ("from", «от»): «получили от карт Халык Банка». */
const weakUsed = (s: Slot | undefined) => isKind(s, 'comparator') && s.item.meaning.weak && s.used;

/**
 * "In each city, how many merchants made more than 500 000 tenge of POS turnover?", "how many merchants
 * had POS turnover above 500 000 tenge, by city": the merchants counted, then a comparison of money said
 * of them (a verb, values of the payments and a money word may stand between) — the condition is on each
 * merchant's own total, and the merchants that pass are counted within each group. It filtered single
 * payments (and added a total), or kept the groups whose own total passed.
 */
function readEachMerchantCondition(slots: Reading['slots'], draft: Draft): boolean {
  const { next, pastValues, prev } = cursor(slots);
  const [m] = draft.measures;
  if (draft.dimensions.length !== 1 || draft.dimensions[0] === 'merchant_id' || draft.measures.length !== 1)
    return false;
  if (m?.fn !== 'count_distinct' || m.column !== 'merchant_id') return false;
  if (readKazakhEachMerchant(slots, draft)) return true;
  const merchants = slots.findIndex(
    (s, k) =>
      isKind(s, 'dimension') &&
      s.item.meaning.dimension === 'merchant_id' &&
      // ("how many merchants", "the number of merchants", "the fewest merchants")
      (isKind(slots[prev(k)], 'count') || isKind(slots[prev(k)], 'superlative')) &&
      slots[prev(k)]!.used,
  );
  if (merchants < 0) return false;
  let k = next(merchants);
  let money = false;
  let moneyAt = -1;
  // («мерчантов в каждом городе получили …»: the groups may be said between.)
  const groupWord = (at: number) =>
    isKind(slots[at], 'groupBy') && isKind(slots[next(at)], 'dimension') && slots[next(at)]!.used;
  // («имели оборот по POS больше 3 млн»: "by" before a value of the payments names them, no breakdown.)
  const byValue = (at: number) =>
    isKind(slots[at], 'groupBy') &&
    PLAIN_BY.includes(slots[at]!.item.text) &&
    isDescribingValue(slots[next(at)]);
  while (
    isDescribingValue(slots[k]) ||
    byValue(k) ||
    TAKING_VERBS.includes(slots[k]?.item.text ?? '') ||
    isMoneyWord(slots[k]) ||
    groupWord(k) ||
    // ("had a 2025 turnover above 5 million": the period read already)
    (slots[k]?.item.kind === 'number' && slots[k]!.used) ||
    isPeriodWord(slots[k]) ||
    // («получили от карт Халык Банка больше 500 тыс. тенге»: from the cards of a bank, "from" used up)
    (isCardsNoun(slots[k]) && isDescribingValue(slots[next(k)])) ||
    (weakUsed(slots[k]) && isCardsNoun(slots[next(k)]))
  ) {
    if (isMoneyWord(slots[k])) moneyAt = k;
    k = groupWord(k) ? next(next(k)) : next(k);
  }
  money = moneyAt >= 0;
  const comparator = slots[k];
  if (!isKind(comparator, 'comparator') || comparator.item.meaning.op === 'between') return false;
  // ("merchants with turnover over 1 million", «мерчантов с оборотом больше …»: the filler phrase.)
  money ||= slots
    .slice(merchants + 1, k)
    .some((s) => s.item.kind === 'stop' && WITH_TURNOVER_WORDS.includes(s.item.text));
  let n = next(k);
  if (slots[n]?.item.kind !== 'number') return false;
  n = next(n);
  while (isKind(slots[n], 'multiplier') || isKind(slots[n], 'currencyUnit')) {
    money ||= isKind(slots[n], 'currencyUnit');
    n = next(n);
  }
  // ("… of POS turnover": the money word may follow, with values of the payments before it.)
  n = pastValues(n);
  money ||= isMoneyWord(slots[n]);
  if (money) {
    if (!takeEachMerchant(slots, draft, n, 'sum')) return false;
    // («имели оборот по POS больше …»: the money word before the comparison is the condition's too.)
    if (moneyAt >= 0) slots[moneyAt]!.used = true;
    return true;
  }
  // ("For each category, how many merchants had more than 100 POS transactions": a number of payments
  // said of the merchants counted — each merchant's own count, not the category's.)
  const number = slots[next(k)];
  return (
    isPaymentsNoun(slots[n]) &&
    writtenCount(number, slots[next(next(k))]) &&
    takeEachMerchant(slots, draft, n, 'count')
  );
}

/**
 * The one amount filter read made a condition on each merchant's own total or count; the money word at k, if it
 * is one, used up by it. False when it cannot be (no single amount, or a condition already).
 */
function takeEachMerchant(
  slots: Reading['slots'],
  draft: Draft,
  k: number,
  of: Extract<GroupCondition['of'], 'sum' | 'count'>,
): boolean {
  const amounts = draft.filters.filter((f) => isAmountFilter(f.filter));
  if (amounts.length !== 1 || draft.having) return false;
  toGroupCondition(draft, of);
  // (the condition just made, read again past the check above)
  const made: Draft = draft;
  if (!made.having) return false;
  made.having.each = true;
  if (isMoneyWord(slots[k])) slots[k]!.used = true;
  return true;
}

/**
 * «әр қалада айналымы 500 мың теңгеден асқан мерчанттар саны», «… асқан қанша мерчант»: Kazakh says the
 * money word, the number and the participle of the comparison before the merchants counted — the
 * condition is on each merchant's own total (it kept the cities whose total passed).
 */
function readKazakhEachMerchant(slots: Reading['slots'], draft: Draft): boolean {
  const { next, prev } = cursor(slots);
  const merchants = slots.findIndex(
    (s, k) =>
      isKind(s, 'dimension') &&
      s.item.meaning.dimension === 'merchant_id' &&
      (isKind(slots[next(k)], 'count') || isHowMany(slots[prev(k)])),
  );
  if (merchants < 0) return false;
  const c = isHowMany(slots[prev(merchants)]) ? prev(prev(merchants)) : prev(merchants);
  const comparator = slots[c];
  if (!isKind(comparator, 'comparator') || comparator.item.meaning.after !== true) return false;
  if (comparator.item.meaning.op === 'between') return false;
  let n = prev(c);
  let money = false;
  while (isKind(slots[n], 'multiplier') || isKind(slots[n], 'currencyUnit')) {
    money ||= isKind(slots[n], 'currencyUnit');
    n = prev(n);
  }
  if (slots[n]?.item.kind !== 'number') return false;
  let w = prev(n);
  while (isDescribingValue(slots[w])) w = prev(w);
  return (money || isMoneyWord(slots[w])) && takeEachMerchant(slots, draft, w, 'sum');
}

/**
 * A word between the groups and «с оборотом» that says which groups: a value ("категории «Товары для
 * дома»"), a column word with its value, "in" before a value («Мерчанты в Актобе с оборотом …»).
 */
function describesGroups(slots: readonly Slot[], w: number): boolean {
  const s = slots[w];
  if (isKind(s, 'value')) return !isCountedNoun(s);
  if (isKind(s, 'dimension')) return isKind(slots[w + 1], 'value');
  return s?.item.kind === 'stop' && IN_WORDS.includes(s.item.text) && isKind(slots[w + 1], 'value');
}

/**
 * A condition after a column word is a condition on each group (SQL's HAVING), which a filter on each
 * payment is not — that gave zero rows, or other rows, that looked like an answer:
 * - on the total: «только города с суммой более 1 млн», "categories whose turnover exceeded 5 000 000",
 *   «сомасы 1 млн-нан асатын қалалар»;
 * - on the count: "banks with more than 1 000 ATM withdrawals", «города, где больше 500 операций»,
 *   "merchants where the number of transactions exceeded 100".
 * A column word after "by" ("count by city with amount over 50k") is a breakdown of the payments the
 * condition filters, as before.
 */
export const readGroupConditions = definePass(({ slots, draft }) => {
  const { next, pastValues, prev } = cursor(slots);
  // («Банки с количеством операций дороже 300 тыс. тенге»: a price is of single payments — the number of
  // those per bank, never each bank's total above it.)
  if (slots.some((s) => isKind(s, 'comparator') && PRICE_COMPARATORS.includes(s.item.text))) return;
  if (readEachMerchantCondition(slots, draft)) return;
  // "amount by bank, only those with more than 1 billion", «только те, у которых больше 1 млрд» (also
  // as a follow-up): "those" are the groups.
  // («средний чек по категориям …, только где больше 10 000»: "only where" before the comparison is
  // the same, of the one measure shown.)
  // (The measures are read after this pass: the words of the one measure said.)
  const said = [
    slots.some((s) => isKind(s, 'check') || (isKind(s, 'aggregate') && s.item.meaning.fn === 'avg'))
      ? 'avg'
      : null,
    slots.some((s) => isKind(s, 'count')) ? 'count' : null,
    slots.some((s) => isMoneyWord(s)) ? 'sum' : null,
  ].filter((x): x is 'avg' | 'count' | 'sum' => x !== null);
  const shownOf: GroupCondition['of'] | null = said.length === 1 ? said[0]! : null;
  // «банкоматтан ақша шешу саны, тек 100-ден көп болғандары»: the number, the comparison and "those" after
  // it — of the one measure shown, or of the money when tenge is said (it filtered single payments).
  // («… мерчанттар саны, тек 10-нан аз мерчант болғандары»: the things counted may stand between — the
  // condition is on their number.)
  const readThoseAfter = (i: number) => {
    const thing = countedOf(slots[prev(i)]);
    const c = thing ? prev(prev(i)) : prev(i);
    const comparator = slots[c];
    if (!isKind(comparator, 'comparator') || comparator.item.meaning.after !== true) return;
    if (draft.dimensions.length === 0 && !draft.followUp) return;
    let n = prev(c);
    let tenge = false;
    while (isKind(slots[n], 'multiplier') || isKind(slots[n], 'currencyUnit')) {
      tenge ||= isKind(slots[n], 'currencyUnit');
      n = prev(n);
    }
    const of = tenge ? 'sum' : (thing ?? shownOf);
    if (slots[n]?.item.kind !== 'number' || !of) return;
    toGroupCondition(draft, of);
  };
  slots.forEach((slot, i) => {
    // "only where" / «только где»
    const onlyAttaching =
      isKind(slot, 'only') &&
      slots[i + 1]?.item.kind === 'stop' &&
      ATTACHING_WORDS.includes(slots[i + 1]!.item.text);
    const onlyWhere = onlyAttaching && isKind(slots[i + 2], 'comparator') && shownOf !== null;
    if (onlyWhere && draft.dimensions.length > 0) {
      let n = next(next(i + 2));
      n = pastValues(n);
      slot.used = true;
      toGroupCondition(draft, countedOf(slots[n]) ?? shownOf);
      return;
    }
    // ("…, only where count > 5000", «…, только где сумма больше 1 млн»: the figure named before the
    // comparison, one of the measures' words; SQL's own "having count(*) > 6000" likewise.)
    const sqlHaving = HAVING_WORDS.includes(slot.item.text) && !slot.used;
    const namedAt = onlyAttaching ? i + 2 : sqlHaving ? i + 1 : -1;
    const named = slots[namedAt];
    const namedOf = isKind(named, 'count')
      ? 'count'
      : isMoneyWord(named)
        ? 'sum'
        : isKind(named, 'aggregate') && named.item.meaning.fn === 'avg'
          ? 'avg'
          : null;
    const compared = slots[namedAt + 1];
    const bound = slots[namedAt + 2];
    if (
      namedAt >= 0 &&
      namedOf !== null &&
      isKind(compared, 'comparator') &&
      bound?.item.kind === 'number' &&
      draft.dimensions.length > 0
    ) {
      // («… больше 20 000 (having count(*) > 20000)»: the condition read already, said again in SQL.)
      const again =
        draft.having?.of === namedOf &&
        draft.having.op === compared.item.meaning.op &&
        draft.having.value === bound.item.value;
      if (!again) toGroupCondition(draft, namedOf);
      if (draft.having) slot.used = named!.used = true;
      if (again) compared.used = bound.used = true;
      return;
    }
    if (slot.item.kind === 'stop' && KAZAKH_THOSE_AFTER.includes(slot.item.text)) {
      readThoseAfter(i);
      return;
    }
    if (slot.item.kind !== 'stop' || !THOSE_WORDS.includes(slot.item.text)) return;
    if (draft.dimensions.length === 0 && !draft.followUp) return;
    // ("turnover by city in 2025, only those above 1 million", «…, только те, что больше 1 млн»: "only
    // those" and the comparison right after are a condition on each group's own figure — it filtered
    // single payments.)
    let c = i + 1;
    while (slots[c]?.item.kind === 'stop' && THOSE_THAT_WORDS.includes(slots[c]!.item.text)) c++;
    if (
      isKind(slots[i - 1], 'only') &&
      isKind(slots[c], 'comparator') &&
      slots[next(c)]?.item.kind === 'number'
    ) {
      const own = ownFigure(slots);
      if (own) toGroupCondition(draft, own);
      else draft.issues.push({ kind: 'group_total_condition' });
      slots[i - 1]!.used = true;
      return;
    }
    let j = i + 1;
    while (slots[j]?.item.kind === 'stop' && ATTACHING_WORDS.includes(slots[j]!.item.text)) j++;
    if (j === i + 1) return;
    // ("only those whose average check is above 20 000": the groups' average.)
    if (
      isKind(slots[j], 'aggregate') &&
      isKind(slots[next(j)], 'check') &&
      isKind(slots[next(next(j))], 'comparator')
    ) {
      toGroupCondition(draft, 'avg');
      return;
    }
    const k = isMoneyWord(slots[j]) ? next(j) : j;
    if (!isKind(slots[k], 'comparator')) return;
    let n = next(next(k));
    n = pastValues(n);
    toGroupCondition(draft, countedOf(slots[n]) ?? 'sum');
  });
  // («Мерчанты категории «Товары для дома» с оборотом больше 10 млн»: the groups named first, with the
  // values they are of and their column word between, then «с оборотом» — the groups are the rows.)
  if (draft.dimensions.length === 0 && draft.measures.length === 0) {
    const first = slots.findIndex((s) => isKind(s, 'dimension'));
    let w = first + 1;
    while (describesGroups(slots, w)) w++;
    const withTurnover = slots[w]?.item.kind === 'stop' && WITH_TURNOVER_WORDS.includes(slots[w]!.item.text);
    const leads = slots.slice(0, Math.max(first, 0)).every((s) => s.item.kind === 'stop');
    if (first >= 0 && w > first + 1 && withTurnover && leads && isKind(slots[next(w)], 'comparator')) {
      const group = slots[first]!;
      if (isKind(group, 'dimension')) draft.dimensions.push(group.item.meaning.dimension);
    }
  }
  if (draft.dimensions.length === 0) {
    if (countsPassing(draft.measures)) readMeasureCondition(slots, draft);
    return;
  }
  const comparatorAfter = (j: number): number => {
    let k = next(j);
    // "… whose turnover in Q3 2026 exceeded": a period may stand between; «где сумма в ресторанах за
    // ноябрь 2026 больше …»: and filters on the payments summed.
    // («где оборот онлайн-покупок больше 30 млн»: the noun of the payments summed, too.)
    const skippable = (at: number) =>
      (isKind(slots[at], 'entity') && slots[at]!.item.meaning.entity === 'transactions') ||
      isKind(slots[at], 'timeUnit') ||
      isKind(slots[at], 'monthName') ||
      isKind(slots[at], 'quarterName') ||
      isKind(slots[at], 'value') ||
      (slots[at]?.item.kind === 'number' &&
        (isKind(slots[prev(at)], 'monthName') || isKind(slots[prev(at)], 'quarterName'))) ||
      // ("… whose transaction volume in 2025 exceeded …": a year read already, after its preposition.)
      (slots[at]?.item.kind === 'number' &&
        slots[at]!.used &&
        PERIOD_PREPOSITIONS.includes(slots[at - 1]?.item.text ?? ''));
    while (skippable(k)) k = next(k);
    return isKind(slots[k], 'comparator') ? k : -1;
  };
  slots.forEach((slot, i) => {
    if (!isKind(slot, 'dimension') || isKind(slots[prev(i)], 'groupBy') || draft.having) return;
    // "cities with a sum over …": the column word, an attaching word, then money and a comparator
    // («города с суммой более …»: "with the sum" is one phrase).
    let j = -1;
    let of: GroupCondition['of'] = 'sum';
    // (The words of an average compared, the condition's own: no measure of their own.)
    const condition: number[] = [];
    // («города, где …»: a comma may stand before the attaching word.)
    // («какие категории за 2025 год дали оборот больше …»: the period may stand before it.)
    let a = i + 1;
    while (
      (slots[a]?.item.kind === 'stop' && PERIOD_PREPOSITIONS.includes(slots[a]!.item.text)) ||
      isKind(slots[a], 'timeUnit') ||
      isPeriodWord(slots[a]) ||
      (slots[a]?.item.kind === 'number' && slots[a]!.used)
    )
      a++;
    // («только категории, в которых мерчантов больше 200»: or a preposition before «которых».)
    const attaching = [slots[a], slots[a + 1]].find(
      (s, n) =>
        s?.item.kind === 'stop' &&
        ATTACHING_WORDS.includes(s.item.text) &&
        (n === 0 ||
          slots[a]?.item.text === ',' ||
          (WHICH_PREPOSITIONS.includes(slots[a]?.item.text ?? '') && RELATIVE_WHICH.includes(s.item.text))),
    );
    // "Cities by turnover, only cities above 100 million tenge": the comparator right after a column word
    // the rows are of is a condition on each row's total (it filtered single payments: no row left).
    const said = slots[next(i)];
    // («Только категории, где их больше четырёх», "only cities where there are more than 1000 of them":
    // the pronoun is the things counted — the condition is on the figure asked, which only a count of
    // payments, cards or merchants can carry; anything else is asked back. It was each group's total.)
    if (
      isKind(said, 'comparator') &&
      slots.slice(i + 1, next(i)).some((s) => THEM_WORDS.includes(s.item.text)) &&
      slots[next(next(i))]?.item.kind === 'number'
    ) {
      const own = pronounCondition(draft);
      if (own) toGroupCondition(draft, own);
      else draft.issues.push({ kind: 'group_total_condition' });
      return;
    }
    if (
      isKind(said, 'comparator') &&
      !said.item.meaning.after &&
      slots[next(next(i))]?.item.kind === 'number' &&
      draft.dimensions.includes(slot.item.meaning.dimension)
    ) {
      let n = next(next(next(i)));
      let tenge = false;
      while (isKind(slots[n], 'multiplier') || isKind(slots[n], 'currencyUnit')) {
        tenge ||= isKind(slots[n], 'currencyUnit');
        n = next(n);
      }
      n = pastValues(n);
      // ("cities with more than 1 million tenge in sales": money in tenge, each city's total of its sales.)
      // ("average check by category, only categories above 20 000": the groups' own figure, the average —
      // it was their total.)
      const own = ownFigure(slots);
      const average = own === 'avg' || own === 'median' ? own : 'sum';
      const counted = countedOf(slots[n]);
      toGroupCondition(
        draft,
        tenge ? average : (counted ?? average),
        tenge ? undefined : eachPaymentCounted(slots, n, next(i)),
      );
      if (tenge && draft.having && isCountedNoun(slots[n])) slots[n]!.used = true;
      return;
    }
    // («Мерчанты категории «Товары для дома» с оборотом больше 10 млн»: the values the groups are of,
    // with their column word, may stand before «с оборотом».)
    let w = i + 1;
    while (describesGroups(slots, w)) w++;
    if (isKind(slots[i + 1], 'showMeasure')) {
      j = i + 1;
      // («Банки с количеством снятий наличных больше 1000»: the number of them, not their total.)
      if (COUNT_SHOWN_WORDS.includes(slots[j]!.item.text)) of = 'count';
    }
    // «города с оборотом больше 150 млн»: the filler phrase is the money word here.
    else if (slots[w]?.item.kind === 'stop' && WITH_TURNOVER_WORDS.includes(slots[w]!.item.text)) j = w;
    else if (attaching) {
      j = next(slots.indexOf(attaching));
      // («банки, где снятий было больше 2000»: the noun of payments, in the genitive before «было», is
      // counted — "where withdrawals were over 1000" may be their amounts, and stays so.)
      // («банки, где снятий наличных в 2026 году было больше 1000»: the period may stand before «было».)
      let countedBefore = false;
      let countedNoun = -1;
      const wasAt = (k: number): number => {
        // («в которых мерчантов больше 200»: merchants or cards counted likewise.)
        if (!isCountedNoun(slots[k]) && countedOf(slots[k]) === null) return -1;
        // («города, где снятий больше 500»: a Russian noun of payments in the genitive plural right before
        // the comparison is counted without «было» too — their amounts would be «снятия», «сумма снятий».)
        if (RUSSIAN_GENITIVE_PLURAL.test(slots[k]!.item.text) && isKind(slots[next(k)], 'comparator'))
          return k;
        let w = k + 1;
        while (
          (slots[w]?.item.kind === 'stop' && PERIOD_PREPOSITIONS.includes(slots[w]!.item.text)) ||
          isKind(slots[w], 'timeUnit') ||
          isPeriodWord(slots[w]) ||
          (slots[w]?.item.kind === 'number' && slots[w]!.used) ||
          // ("cash withdrawals from ATM was more than 1000": the kind restated after "from".)
          (slots[w]?.item.text === 'from' && isKind(slots[w + 1], 'value')) ||
          (isKind(slots[w], 'value') && slots[w - 1]?.item.text === 'from') ||
          // («где платежей через Samsung Pay за 2026 год было больше 1000»: values of the payments, with
          // their preposition.)
          (slots[w]?.item.kind === 'stop' && isDescribingValue(slots[w + 1])) ||
          isDescribingValue(slots[w])
        )
          w++;
        // («где платежей через Samsung Pay больше 1000»: the genitive plural with its values, no «было».)
        if (RUSSIAN_GENITIVE_PLURAL.test(slots[k]!.item.text) && w > k + 1 && isKind(slots[w], 'comparator'))
          return w - 1;
        // ("banks where cash withdrawals were more than 1000": English likewise, with no money after.)
        return WAS_WORDS.includes(slots[w]?.item.text ?? '') && isKind(slots[next(w)], 'comparator') ? w : -1;
      };
      // ("cities where the transaction volume exceeded …": the payments' noun before the money word says
      // whose money.)
      const ofPayments = (k: number) => isPaymentsNoun(slots[k]) && isMoneyWord(slots[next(k)]);
      while (isKind(slots[j], 'value') || ofPayments(j) || wasAt(j) >= 0) {
        if (ofPayments(j)) {
          j = next(j);
          continue;
        }
        const was = wasAt(j);
        countedBefore ||= was >= 0;
        if (was >= 0) countedNoun = j;
        j = next(was >= 0 ? was : j);
      }
      const average = slots[j];
      if (isMoneyWord(slots[j])) {
        // ("a total amount over …")
        while (isMoneyWord(slots[next(j)])) j = next(j);
      } else if (
        isKind(average, 'aggregate') &&
        (average.item.meaning.fn === 'avg' || average.item.meaning.fn === 'median')
      ) {
        // ("only categories where the average is above 20 000", "with an average amount above …", "whose
        // median check is over …": the groups' own average — it filtered single payments.)
        of = average.item.meaning.fn;
        condition.push(j);
        while (isMoneyWord(slots[next(j)]) || isKind(slots[next(j)], 'check')) {
          j = next(j);
          condition.push(j);
        }
      } else if (isKind(slots[j], 'count')) {
        // "where the number of transactions exceeded 100"
        of = 'count';
        // ("where the number of cards > 5000", "with count(distinct merchant_id) > 300": the cards or the
        // merchants counted — it was the number of payments.)
        const things = (k: number) => {
          const counted = countedOf(slots[k]);
          return counted === 'cards' || counted === 'merchants' ? counted : null;
        };
        while (isKind(slots[next(j)], 'value') || isCountedNoun(slots[next(j)]) || things(next(j))) {
          j = next(j);
          of = things(j) ?? of;
        }
      } else if (isKind(slots[j], 'comparator')) {
        // "with more than 1 000 ATM withdrawals": the comparator, its number, then what is counted.
        let n = next(next(j));
        n = pastValues(n);
        const counted = countedOf(slots[n]);
        if (slots[next(j)]?.item.kind === 'number' && counted) {
          toGroupCondition(draft, counted, eachPaymentCounted(slots, n, j));
          return;
        }
        // (…with no unit of money after the number.)
        const money = isMoneyUnit(slots[next(next(j))]);
        if (countedBefore && slots[next(j)]?.item.kind === 'number' && !money) {
          toGroupCondition(draft, countedOf(slots[countedNoun]) ?? 'count');
          return;
        }
        j = -1;
      } else j = -1;
    }
    if (j >= 0 && comparatorAfter(j) >= 0) {
      // («с суммой» labels the condition; the total is shown when nothing else is asked.)
      if (isKind(slots[j], 'showMeasure')) slots[j]!.used = true;
      toGroupCondition(draft, of);
      if (draft.having) for (const k of condition) slots[k]!.used = true;
      // («Мерчанты категории … с оборотом больше 10 млн»: the groups the condition is on are the rows,
      // unless they are counted.)
      const { dimension } = slot.item.meaning;
      const counted = draft.measures.some((m) => m.fn === 'count_distinct' && m.column === dimension);
      if (draft.having && !counted && !draft.dimensions.includes(dimension)) draft.dimensions.push(dimension);
      return;
    }
    // «700-ден көп қолма-қол ақша шешу болған банктер» (banks that had more than 700 cash withdrawals):
    // a number, a comparator, a noun of payments and a participle of having before the column word is a
    // condition on each group's count (it was read as payments over 700 tenge).
    if (slots[i - 1]?.item.kind === 'stop' && HAD_PARTICIPLES.includes(slots[i - 1]!.item.text)) {
      let n = prev(i);
      const noun = slots[n];
      while (isDescribingValue(slots[n])) n = prev(n);
      const counted = isCountedNoun(noun) || isCountedNoun(slots[n]);
      let c = isCountedNoun(slots[n]) ? prev(n) : n;
      while (isKind(slots[c], 'value')) c = prev(c);
      // («2 мыңнан көп белсенді картасы бар банктер»: a number of cards is the cards'.)
      if (counted && isKind(slots[c], 'comparator') && slots[prev(c)]?.item.kind === 'number') {
        toGroupCondition(draft, countedOf(isCountedNoun(noun) ? noun : slots[n]) ?? 'count');
        return;
      }
      // («150-ден аз мерчант төлем қабылдаған санаттар», categories where fewer than 150 merchants took
      // payments: the merchants counted before the payments they took.)
      const merchants = slots[c];
      const than = prev(c);
      if (
        counted &&
        countedOf(merchants) === 'merchants' &&
        isKind(slots[than], 'comparator') &&
        slots[prev(than)]?.item.kind === 'number'
      ) {
        toGroupCondition(draft, 'merchants');
        // (The merchants are counted, no row of their own.)
        if (draft.having) draft.dimensions = draft.dimensions.filter((d) => d !== 'merchant_id');
        return;
      }
    }
    // «сомасы 1 млн-нан асатын қалалар»: the participle of the comparison right before the column word.
    const before = slots[prev(i)];
    if (isKind(before, 'comparator') && before.item.meaning.after === true) {
      let k = prev(prev(i));
      while (
        k >= 0 &&
        (slots[k]!.item.kind === 'number' ||
          isKind(slots[k], 'currencyUnit') ||
          isKind(slots[k], 'multiplier'))
      )
        k = prev(k);
      if (isMoneyWord(slots[k])) toGroupCondition(draft, 'sum');
    }
  });
  if (!draft.having) readWhichGroupsCounted(slots, draft);
  if (!draft.having) readKazakhWhichGroupsCounted(slots, draft);
  if (!draft.having) readMeasureCondition(slots, draft);
});

/** The slot of a "which" word (of `words`) right before a column word the rows break down by, or -1. */
function whichGroupsAt(slots: readonly Slot[], draft: Draft, words: readonly string[]): number {
  return slots.findIndex((s, k) => {
    const column = slots[k + 1];
    return (
      words.includes(s.item.text) &&
      isKind(column, 'dimension') &&
      draft.dimensions.includes(column.item.meaning.dimension)
    );
  });
}

/**
 * «В каких городах снятий наличных в октябре 2026 было больше 50?»: with the groups asked for, a Russian
 * noun of payments in the genitive plural, then «было» / «были» and a comparison with a bare number (no
 * money after it), counts them — a condition on each group's count (it filtered payments over 50 tenge).
 * The period and the payments' values may stand between.
 */
function readWhichGroupsCounted(slots: Reading['slots'], draft: Draft): void {
  const { next } = cursor(slots);
  const which = whichGroupsAt(slots, draft, ASKING_WHICH);
  if (which < 0) return;
  const noun = slots.findIndex(
    (s, k) => k > which + 1 && isCountedNoun(s) && RUSSIAN_GENITIVE_PLURAL.test(s.item.text.split(' ')[0]!),
  );
  if (noun < 0) return;
  let w = noun + 1;
  while (
    isKind(slots[w], 'value') ||
    isPeriodWord(slots[w]) ||
    isKind(slots[w], 'timeUnit') ||
    (slots[w]?.item.kind === 'number' && slots[w]!.used) ||
    (slots[w]?.item.kind === 'stop' && PERIOD_PREPOSITIONS.includes(slots[w]!.item.text))
  )
    w++;
  if (!RUSSIAN_WAS_WORDS.includes(slots[w]?.item.text ?? '')) return;
  const comparator = slots[next(w)];
  const number = slots[next(next(w))];
  const money = isMoneyUnit(slots[next(next(next(w)))]);
  if (
    !isKind(comparator, 'comparator') ||
    comparator.item.meaning.after ||
    number?.item.kind !== 'number' ||
    money
  )
    return;
  toGroupCondition(draft, 'count');
}

/**
 * «2026 жылы қай қалаларда қонақүй (MCC 7011) төлемдері 50-ден көп болды?», «қай банктерде ақша шешу
 * 100-ден асты?»: Kazakh, the groups asked with «қай», then a noun of payments (or cards) right before a
 * bare number compared after it — no money between — counts them: a condition on each group's count (it
 * filtered payments over 50 tenge). («… саны 100-ден асты», the count named, is the general form's.)
 */
function readKazakhWhichGroupsCounted(slots: Reading['slots'], draft: Draft): void {
  const { next } = cursor(slots);
  const which = whichGroupsAt(slots, draft, KAZAKH_WHICH);
  if (which < 0) return;
  for (let k = which + 2; k < slots.length; k++) {
    const of = countedOf(slots[k]);
    if (of === null || of === 'merchants') continue;
    const number = slots[next(k)];
    const comparator = slots[next(next(k))];
    if (
      number?.item.kind !== 'number' ||
      !isKind(comparator, 'comparator') ||
      comparator.item.meaning.after !== true
    )
      continue;
    toGroupCondition(draft, of);
    return;
  }
}

/**
 * The general form: a measure of the groups compared with a number, with the groups named as the
 * subject (not after "by"), is a condition on each group (it filtered single payments by the number):
 * - the measure before the comparison: «категории со средним чеком ниже 10 000», «в каких банках оборот в
 *   категории «Электроника» превысил 20 млн», "which banks' average ticket is above …";
 * - the counted noun after it: "categories with more than 100 distinct merchants", «города, где было
 *   больше 300 уникальных мерчантов», "banks with more than 5 000 active cards";
 * - Kazakh, the measure before the number and the participle or verb after it: «операциялар саны 10
 *   мыңнан асқан санаттар», «орташа чегі 21 500 теңгеден жоғары банктер», «Қай банктерде … саны 700-ден
 *   асты?».
 * A noun of payments between ("banks with payments above 1 million", "how many transactions over 50 000
 * did each bank make") keeps the condition on each payment, unless a count or an amount is of it
 * («где количество операций больше 500»).
 */
function readMeasureCondition(slots: Reading['slots'], draft: Draft): void {
  const { next, pastValues, prev } = cursor(slots);
  // (Kazakh puts «бойынша» after the column word.)
  const afterBy = (i: number) => {
    const by = slots[next(i)];
    return isKind(by, 'groupBy') && by.item.meaning.after === true;
  };
  // (With no groups, the things counted: "how many merchants had a turnover above 1 million" counts
  // the merchants whose own turnover is.)
  const counted = draft.dimensions.length === 0 ? draft.measures[0] : undefined;
  let groups = slots.findIndex((s, i) => {
    if (counted?.fn === 'count_distinct')
      return isKind(s, 'dimension') && s.item.meaning.dimension === counted.column;
    // ("how many days had a turnover above 6 million": the days counted are the groups.)
    if (counted?.fn === 'count_periods')
      return isKind(s, 'timeUnit') && s.used && s.item.meaning.unit === counted.unit;
    // («Какие иностранные валюты дали больше 20 млн …»: a value that names its column, "foreign
    // currencies", names the groups too.)
    const named = isKind(s, 'notValue') && s.item.meaning.namesColumn === true ? s.item.meaning.column : null;
    // ("Which days in March had more than 320 rows?", «дни ноября, где строк больше 330», «… болған
    // күндер»: the days of a breakdown by day are the groups.)
    const days =
      isKind(s, 'timeUnit') &&
      s.used &&
      s.item.meaning.unit === 'day' &&
      draft.dimensions.includes('day') &&
      !isKind(slots[prev(i)], 'groupBy');
    if (days) return true;
    return (
      ((isKind(s, 'dimension') && draft.dimensions.includes(s.item.meaning.dimension)) ||
        (named !== null && (draft.dimensions as readonly string[]).includes(named))) &&
      !isKind(slots[prev(i)], 'groupBy') &&
      !afterBy(i)
    );
  });
  if (groups < 0) return;
  // («Категории (mcc_category), у которых …»: the column's own name restating the groups' word — not in
  // a clause of its own: «… асқан банктер: банк және саны» lists the columns to show.)
  const restates = (k: number) => {
    const [x, g] = [slots[k], slots[groups]];
    return (
      isKind(x, 'dimension') &&
      x.item.clauseBefore !== true &&
      x.item.commaBefore !== true &&
      isKind(g, 'dimension') &&
      x.item.meaning.dimension === g.item.meaning.dimension
    );
  };
  while (restates(next(groups))) groups = next(groups);
  // Words that may stand between the groups, the measure and the comparison: periods, values and the
  // column words that label them, attaching words, "average" before "check".
  const paymentsAt = (k: number) => {
    const s = slots[k];
    return isKind(s, 'entity') && s.item.meaning.entity === 'transactions';
  };
  // ("merchants that took in more than 1 million tenge": the verb of money coming in, with "in".)
  const taking = (k: number) =>
    slots[k]?.item.kind === 'stop' &&
    (TAKING_VERBS.includes(slots[k]!.item.text) ||
      (TAKEN_IN.includes(slots[k]!.item.text) && TAKING_VERBS.includes(slots[k - 1]?.item.text ?? '')));
  const takenBefore = (k: number) => slots.slice(groups + 1, k).some((_, j) => taking(groups + 1 + j));
  const cardsAt = (k: number) => {
    const s = slots[k];
    return isCardsNoun(s);
  };
  const ofCards = (k: number) => paymentsAt(k) || isMoneyWord(slots[k]) || isKind(slots[k], 'value');
  /** Slot k comes right after an hour range's opening word and its numbers. */
  const hourRangeBefore = (k: number) => {
    let j = k - 1;
    while (slots[j]?.item.kind === 'number' && slots[j]!.used) j--;
    return j < k - 1 && isKind(slots[j], 'hourRange');
  };
  const between = (k: number) =>
    isKind(slots[k], 'value') ||
    // ("cities where the average POS payment between 19:00 and 21:59 … was above", «средний чек в обеденные
    // часы (12:00–13:59) … выше»: the hours read already, with the "and" of their range.)
    (isKind(slots[k], 'hourRange') && slots[k]!.used) ||
    (isKind(slots[k], 'conjunction') && slots[k]!.used && hourRangeBefore(k)) ||
    // («банки, у которых зарубежный оборот в тенге … превысил»: a value said as what it is not, and the
    // unit of the money word before.)
    isKind(slots[k], 'notValue') ||
    // («Сколько дней … оборот через кошельки превышал 1 млн?»: the payments with a wallet, as a value.)
    isKind(slots[k], 'presence') ||
    // ("did wallet turnover exceed …": a column word read as that filter before the money word.)
    (isKind(slots[k], 'dimension') &&
      slots[k].used &&
      !draft.dimensions.includes(slots[k].item.meaning.dimension) &&
      isMoneyWord(slots[next(k)])) ||
    (isKind(slots[k], 'currencyUnit') && isMoneyWord(slots[prev(k)])) ||
    // («оборот по валютным операциям в эквиваленте»: the tenge equivalent of the money, said after.)
    (isKind(slots[k], 'currencyUnit') && EQUIVALENT_UNIT.test(slots[k].item.text)) ||
    // ("which categories other than Unknown had an average … above", "merchants outside Almaty had more
    // than 500 thousand tenge in POS turnover": a value left out, with its negation.)
    (isKind(slots[k], 'negation') && isKind(slots[next(k)], 'value')) ||
    // («оборот по такси»: "on" a value; «с 15 августа по 15 сентября»: the "to" of a range of dates.)
    (isKind(slots[k], 'groupBy') &&
      (isKind(slots[next(k)], 'value') ||
        // («оборот по валютным операциям»: a value said as what it is not.)
        isKind(slots[next(k)], 'notValue') ||
        // («оборот по покупкам в аптеках»: "on" the payments.)
        paymentsAt(next(k)) ||
        (slots[next(k)]?.item.kind === 'number' && slots[next(k)]!.used) ||
        // («оборот по MCC 5411»: a code with its column word.)
        (isKind(slots[next(k)], 'dimension') &&
          slots[next(next(k))]?.item.kind === 'number' &&
          slots[next(next(k))]!.used))) ||
    isPeriodWord(slots[k]) ||
    isKind(slots[k], 'timeUnit') ||
    // («за третий квартал 2026 года»: the ordinal of a period read already.)
    (isKind(slots[k], 'ordinal') && slots[k]!.used && isKind(slots[next(k)], 'timeUnit')) ||
    // ("had annual turnover over 3m in 2025": the adjective of the one period, no row of its own.)
    (isKind(slots[k], 'bucket') && !draft.dimensions.includes(slots[k].item.meaning.dimension)) ||
    // (a campaign beside the period: «за акцию «Back to school», 15 августа – 15 сентября»)
    isKind(slots[k], 'occasion') ||
    isKind(slots[k], 'aggregate') ||
    isKind(slots[k], 'total') ||
    // ("sum(transaction_amount_kzt) > 10 mln": the function's name before its column)
    (isMoneyWord(slots[k]) && isMoneyWord(slots[next(k)]) && next(k) === k + 1) ||
    (slots[k]?.item.kind === 'number' && slots[k]!.used) ||
    (isKind(slots[k], 'dimension') && (isKind(slots[next(k)], 'value') || isKind(slots[prev(k)], 'value'))) ||
    // («мерчантов с МСС 5812 …»: a code with its column word.)
    (isKind(slots[k], 'dimension') && slots[next(k)]?.item.kind === 'number' && slots[next(k)]!.used) ||
    // («в каких банках оборот по онлайн-покупкам превысил 100 млн»: the payments the money before
    // them is of — the turnover is the groups'.)
    // («в каких категориях средний чек онлайн-покупок выше 30 000»: the average check of them, likewise.)
    (paymentsAt(k) && slots.slice(groups + 1, k).some((x) => isMoneyWord(x) || isKind(x, 'check'))) ||
    // («Қай банктерде … операция саны 700-ден асты?»: the payments whose number is compared.)
    (paymentsAt(k) && isKind(slots[next(k)], 'count') && next(k) === k + 1) ||
    // ("categories whose average transaction amount … exceeded": the payments' noun naming whose amount.)
    (paymentsAt(k) && isMoneyWord(slots[next(k)]) && next(k) === k + 1) ||
    // («сумма в юанях (в валюте операции)»: the amount in the payments' own currency.)
    isKind(slots[k], 'originalAmount') ||
    // («торговые точки, получившие оплат (по картам) на сумму больше 10 млн»: the payments received,
    // in the genitive of quantity after the verb, and "by card" beside them.)
    (paymentsAt(k) && RECEIVED_GENITIVE.includes(slots[k]!.item.text) && takenBefore(k)) ||
    // («оборот (покупок, POS+ECOM) по картам Евразийского банка»: "by the cards" of a bank, after the
    // payments, their values or the money word.)
    (isKind(slots[k], 'groupBy') && cardsAt(next(k)) && ofCards(prev(k))) ||
    // ("Which banks' cards made more than 1,000 ATM withdrawals": the groups' own cards, right after them.)
    (cardsAt(k) && prev(k) === groups && k === groups + 1) ||
    (cardsAt(k) && isKind(slots[prev(k)], 'groupBy') && ofCards(prev(prev(k)))) ||
    // ("total turnover (all transaction types) above 7 million": every value of a column, said in brackets
    // as a reminder — no condition, no rows.)
    (isKind(slots[k], 'dimension') &&
      !draft.dimensions.includes(slots[k].item.meaning.dimension) &&
      insideBrackets(slots, k) &&
      ALL_WORDS.includes(slots[k - 1]?.item.text ?? '')) ||
    // («покупок (POS+ECOM)»: a list of values)
    (isKind(slots[k], 'conjunction') && isKind(slots[prev(k)], 'value') && isKind(slots[next(k)], 'value'));
  const measureOf = (k: number): GroupCondition['of'] | null => {
    const s = slots[k];
    // ("avg(transaction_amount_kzt) > 30000", "median amount above …": the aggregate before the money —
    // and before the payments' noun naming it: "average transaction amount".)
    // ("avg p2p_out amount > 22k": the payments' values may stand between.)
    // ("average POS transaction amount … not less than 20,000": the values and the payments' noun in any
    // order between — it was the sum.)
    let f = prev(k);
    while (isKind(slots[f], 'value') || isKind(slots[f], 'notValue') || paymentsAt(f)) f = prev(f);
    const fn = slots[f];
    // ("the median grocery ticket … above 4,700": a check is the average unless a median names it — the
    // values between too; it was the average.)
    if (isKind(s, 'check'))
      return isKind(fn, 'aggregate') && fn.item.meaning.fn === 'median' ? 'median' : 'avg';
    if (
      isMoneyWord(s) &&
      isKind(fn, 'aggregate') &&
      (fn.item.meaning.fn === 'avg' || fn.item.meaning.fn === 'median')
    )
      return fn.item.meaning.fn;
    if (isMoneyWord(s)) return 'sum';
    // («POS төлемдерінің медианасы 6 850 теңгеден жоғары болған қалалар», "cities whose median is above
    // …": the median or the average named alone.)
    if (isKind(s, 'aggregate') && (s.item.meaning.fn === 'median' || s.item.meaning.fn === 'avg'))
      return s.item.meaning.fn;
    if (isKind(s, 'count')) {
      // "the number of cards" / «карталар саны»: what the count is of.
      const of = countedOf(slots[next(k)]) ?? countedOf(slots[prev(k)]);
      return of === 'cards' || of === 'merchants' ? of : 'count';
    }
    return null;
  };
  /** Only the words above between the groups and slot k. */
  const joined = (k: number) => {
    for (let j = next(groups); j >= 0 && j < k; j = next(j))
      if (!between(j) && !isKind(slots[j], 'comparator')) return false;
    return groups < k;
  };
  // The words of the measure compared are the condition's, no measure shown besides ("how many merchants had
  // an average check above 50 000" counts the merchants).
  const take = (of: GroupCondition['of'], words: readonly number[], eachPayment?: number) => {
    // («… мерчанттар саны 500-ден асты ма?»: the count of the things counted is no condition on each.)
    if (draft.dimensions.length === 0 && (of === 'cards' || of === 'merchants')) return;
    toGroupCondition(draft, of, eachPayment);
    if (!draft.having) return;
    for (const k of words) {
      slots[k]!.used = true;
      // («зарубежный оборот в тенге … превысил 20 млн»: the money word's unit, no filter on tenge payments.)
      const unit = slots[next(k)];
      if (isMoneyWord(slots[k]) && isKind(unit, 'currencyUnit') && !unit.used) unit.used = true;
      // ("average check", «суммарно потратили»)
      const before = slots[prev(k)];
      if (
        ((isKind(slots[k], 'check') || isMoneyWord(slots[k])) && isKind(before, 'aggregate')) ||
        isKind(before, 'total') ||
        (isMoneyWord(slots[k]) && isMoneyWord(before) && prev(k) === k - 1)
      )
        before!.used = true;
    }
  };
  slots.forEach((c, i) => {
    if (!isKind(c, 'comparator')) return;
    if (draft.having) return;
    if (c.item.meaning.after === true) {
      let n = prev(i);
      while (isKind(slots[n], 'currencyUnit') || isKind(slots[n], 'multiplier')) n = prev(n);
      if (slots[n]?.item.kind !== 'number') return;
      let at = prev(n);
      // («онлайн айналым (ECOM) 30 млн теңгеден асты»: the payments' kind restated after the money word.)
      let m = at;
      while (isKind(slots[m], 'value')) m = prev(m);
      if (m !== at && measureOf(m) === 'sum') at = m;
      const of = measureOf(at);
      // «50-ден аз транзакциясы бар мерчанттар» (merchants having fewer than 50 transactions): the noun of
      // payments and a participle of having between the comparison and the groups counts the payments
      // of each.
      // («50-ден көп операция қабылдаған қанша мерчант», «1 млн теңгеден көп айналым жасаған қанша
      // мерчант»: "how many" may stand before the groups, and the noun may be of money — each one's total.)
      const noun = next(i);
      const having = slots
        .slice(noun + 1, groups)
        .some((x) => x.item.kind === 'stop' && HAD_PARTICIPLES.includes(x.item.text));
      const reachesGroups =
        next(noun) === groups || (isHowMany(slots[next(noun)]) && next(next(noun)) === groups);
      if (!of && isCountedNoun(slots[noun]) && reachesGroups && having) {
        take(countedOf(slots[noun]) ?? 'count', []);
        return;
      }
      if (!of && isMoneyWord(slots[noun]) && reachesGroups && having) {
        take('sum', [noun]);
        return;
      }
      // («белсенді картасы 2 мыңнан көп банктер», banks whose active cards are more than 2 000: the
      // counted noun before the number, the groups right after the comparison.)
      const counted = countedOf(slots[at]);
      if (!of && counted && next(i) === groups) {
        take(counted, []);
        slots[at]!.used = true;
        return;
      }
      // («қанша мерчантта 1 млн теңгеден астам айналым болды», at how many merchants was there a turnover
      // above 1 million: the money word right after the comparison, the groups before the number — each
      // one's turnover, not payments above it.)
      const money = slots[next(i)];
      if (!of && isMoneyWord(money) && !money.used && groups < n && (next(groups) === n || joined(n))) {
        take('sum', [next(i)]);
        return;
      }
      // («Қай қалаларда … 500-ден астам операция болды?», in which cities were there more than 500
      // operations: the groups before the number, the noun counted right after the comparison, no unit
      // or multiplier — «100 мыңнан жоғары операциялар» are payments above 100 000.)
      // («қай қалаларда 8 мыңнан көп операция болды?», more than 8 thousand operations: a multiplier too,
      // with «көп» / «аз» and the noun after it in the singular, as Kazakh counts — payments above an
      // amount are «жоғары» or plural.)
      const ablative = (x: Slot) => KAZAKH_ABLATIVE_ENDINGS.includes(x.item.text);
      const thousands =
        KAZAKH_MORE_OR_FEWER.includes(c.item.text) &&
        !hasKazakhPlural(slots[noun]?.item.text ?? '') &&
        // (The multiplier may be folded into the number already, a stop word now.)
        slots.slice(n + 1, i).every((x) => ablative(x) || isKind(x, 'multiplier') || x.item.kind === 'stop');
      const bare = slots.slice(n + 1, i).every(ablative) || thousands;
      // («қай санаттарда 15-тен аз мерчант төлем қабылдады», fewer than 15 merchants: merchants likewise.)
      if (
        !of &&
        (paymentsAt(noun) || countedOf(slots[noun]) === 'merchants') &&
        groups < n &&
        joined(n) &&
        bare
      ) {
        take(countedOf(slots[noun]) ?? 'count', [noun]);
        return;
      }
      // (The participle of a noun of payments: «сомасы 50 000-нан асатын транзакциялар» are payments.)
      if (!of || isCountedNoun(slots[next(i)])) return;
      // («айналымы 500 000 теңгеден асқан қанша мерчант»: "how many" may stand before the groups.)
      const howMany = isKind(slots[next(i)], 'count') && next(next(i)) === groups;
      // («… асқан Шымкент мерчанттары»: or the merchants' city.)
      const ofCity = isCityValue(slots[next(i)]) && next(next(i)) === groups;
      if (next(i) === groups || howMany || ofCity || joined(at)) take(of, [at]);
      return;
    }
    // ("above KZT 1 million": the tenge may stand before the number.)
    const n = isKind(slots[next(i)], 'currencyUnit') ? next(next(i)) : next(i);
    if (slots[n]?.item.kind !== 'number') return;
    // ("How many days in October had ATM cash out above 700 000 tenge?", "cities where cash out was above
    // 10 million": the cash withdrawn is money — each group's total of it, not single withdrawals.)
    const cash = slots[prev(i)];
    if (isKind(cash, 'value') && CASH_MONEY_PHRASES.includes(cash.item.text) && joined(prev(i))) {
      take('sum', []);
      return;
    }
    let s = prev(i);
    while (s >= 0 && s !== groups && between(s)) s = prev(s);
    const took = s === groups && slots.slice(groups + 1, i).some((_, k) => taking(groups + 1 + k));
    let of: GroupCondition['of'] | null = null;
    let at = s;
    let eachPayment: number | undefined;
    if (s !== groups && isCountedNoun(slots[s])) {
      // «количество операций больше 500», «оборот онлайн-покупок больше 30 млн»: the noun of a count or
      // an amount.
      // ("an average foreign payment above 30,000": a value said as what it is not, likewise.)
      let b = prev(s);
      while (isKind(slots[b], 'value') || isKind(slots[b], 'notValue')) b = prev(b);
      const aggregate = slots[b];
      if (isKind(slots[b], 'count') || isMoneyWord(slots[b])) {
        of = measureOf(b);
        at = b;
      } else if (
        // "categories with a median payment above 15 000", «банки, где средний платёж выше 20 000»
        isKind(aggregate, 'aggregate') &&
        (aggregate.item.meaning.fn === 'median' || aggregate.item.meaning.fn === 'avg')
      ) {
        of = aggregate.item.meaning.fn;
        at = b;
      } else if (
        WERE_WORDS.includes(slots[s + 1]?.item.text ?? '') &&
        draft.issues.some((x) => x.kind === 'count_condition')
      ) {
        // «в каких городах операций было больше 5000»: the payments were more than a number — a count.
        of = 'count';
        at = s;
      } else if (
        RUSSIAN_GENITIVE_PLURAL.test(slots[s]!.item.text) &&
        next(s) === i &&
        ATTACHING_WORDS.includes(slots[s - 1]?.item.text ?? '') &&
        writtenCount(slots[next(i)], slots[next(next(i))])
      ) {
        // («Дни ноября, где строк больше 330»: the noun of payments in the genitive plural right after
        // "where", right before the comparison — their number, as «города, где снятий больше 500».)
        of = 'count';
        at = s;
      }
    } else of = measureOf(s);
    // («сколько мерчантов с оборотом больше миллиона»: "with a turnover" is one stop phrase before it.)
    const withTurnover = slots
      .slice(groups + 1, i)
      .some((x) => x.item.kind === 'stop' && WITH_TURNOVER_WORDS.includes(x.item.text));
    if (!of && s === groups && withTurnover) {
      of = 'sum';
      at = i;
    }
    if (!of && s === groups) {
      // "with more than 100 distinct merchants": the counted noun after the number.
      let a = next(n);
      let tenge = false;
      // (a multiplier the numbers pass has folded into the number, «100 тыс.»: its value is no longer
      // the digits written)
      const written = slots[n];
      let scaled = written?.item.kind === 'number' && String(written.item.value) !== written.item.text;
      while (isKind(slots[a], 'multiplier') || isKind(slots[a], 'currencyUnit')) {
        tenge ||= isKind(slots[a], 'currencyUnit');
        scaled ||= isKind(slots[a], 'multiplier');
        a = next(a);
      }
      // (values, and a part of the day, may describe the counted noun: "more than 50 night-time payments")
      a = pastValues(a);
      // ("more than 1 million tenge in sales": money said in tenge is no number of sales.)
      of = tenge ? null : countedOf(slots[a]);
      at = i;
      // ("days that had more than 6 txns above 200k": the payments' own amount after them.)
      if (of === 'count') eachPayment = eachPaymentCounted(slots, a, i);
      // ("which merchants in Almaty took more than 3 million": millions taken in, with nothing counted after
      // them, are money too — it was single payments above 3 million.)
      if (took && (tenge || (scaled && !of))) {
        take('sum', []);
        return;
      }
      // («мерчантов, получивших оплат больше 100»: the payments received, counted — or, with a
      // multiplier, «больше 100 тыс.», their money; never single payments of 100 tenge.)
      const received = slots
        .slice(groups + 1, i)
        .some((x, j) => paymentsAt(groups + 1 + j) && RECEIVED_GENITIVE.includes(x.item.text));
      if (took && received && !of) {
        take(scaled ? 'sum' : 'count', []);
        return;
      }
      // "merchants that did more than 5 million tenge in turnover", «валюты, давшие больше 20 млн тенге
      // оборота»: the money word after the number is each group's total.
      const money = slots[a];
      if (money && !of && (isMoneyWord(money) || (tenge && isCountedNoun(money))) && !money.used && a > n) {
        of = 'sum';
        if (joined(at)) {
          take(of, []);
          if (draft.having) money.used = true;
          return;
        }
      }
    }
    if (of && joined(at)) take(of, at === i ? [] : [at, s], eachPayment);
  });
}
