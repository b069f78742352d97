import { isAmountFilter, type Threshold } from '../frame.js';
import { hasKazakhLetter } from '../kazakh-letters.js';
import {
  AMOUNT_OF_PREPOSITIONS,
  FIGURE_PRONOUNS,
  KAZAKH_COPULAS,
  PAYMENTS_PREPOSITIONS,
  PREDICATE_COMPARATORS,
  RELATIVE_WORDS,
  RUSSIAN_GENITIVE_PLURAL,
  SINGLE_PAYMENT_WORDS,
  YES_NO_OPENERS,
  YES_NO_TAGS,
  YES_NO_WORDS,
} from '../vocabulary/index.js';
import { isPluralWord } from '../word-forms.js';
import { cursor } from './cursor.js';
import {
  definePass,
  isCardsNoun,
  isCountedNoun,
  isDescribingValue,
  isKind,
  isPeriodWord,
  meaningOf,
  type Slot,
} from './reading.js';
import { isMeasureWord } from './sort-by.js';

/** A Kazakh past participle: «асқан», «төмендеген». */
const KAZAKH_PARTICIPLE = /(?:қан|ған|кен|ген)$/;
/** Words that name the figure asked for ("the average", "the total", «саны», "per card"). */
const namesFigure = (s: Slot | undefined): boolean =>
  isMeasureWord(s) || isKind(s, 'perCard') || isKind(s, 'superlative');

/** Whether the sentence that goes on past slot k ends with a question mark. */
function sentenceAsked(slots: readonly Slot[], k: number, questionMark: boolean): boolean {
  const end = slots.findIndex((s, n) => n > k && s.item.clauseBefore === true);
  return end < 0 ? questionMark : slots[end]!.item.askedBefore === true;
}

/** "Is …", "Did …", "… whether …", «… ли …», «… асты ма?»: a question answered yes or no. */
function isYesNoQuestion(slots: readonly Slot[], questionMark: boolean): boolean {
  // ("… add up to more than 1 billion tenge, right? Give the total.", «…, да?»: a statement with a tag.)
  const tagged = slots.some(
    (s, k) =>
      YES_NO_TAGS.includes(s.item.text) &&
      (s.item.commaBefore === true || s.item.dashBefore === true) &&
      (slots[k + 1] === undefined || slots[k + 1]!.item.clauseBefore === true) &&
      sentenceAsked(slots, k, questionMark),
  );
  if (tagged) return true;
  // («Уникальных карт, плативших в аптеках …, больше 3000? Дай число.»: a comparison set off by a comma or
  // a dash at the end of an asked sentence is its predicate — when nothing before asks how many.)
  const setOff = slots.some((s, k) => {
    if (!isKind(s, 'comparator') || !(s.item.commaBefore === true || s.item.dashBefore === true))
      return false;
    if (slots[k + 1]?.item.kind !== 'number') return false;
    let end = k + 2;
    while (
      isKind(slots[end], 'multiplier') ||
      isKind(slots[end], 'currencyUnit') ||
      isKind(slots[end], 'share')
    )
      end++;
    const ends = slots[end] === undefined || slots[end]!.item.clauseBefore === true;
    const opened = slots.findLastIndex((x, n) => n <= k && x.item.clauseBefore === true);
    const howMany = slots.slice(Math.max(opened, 0), k).some((x) => isKind(x, 'count'));
    return ends && !howMany && sentenceAsked(slots, k, questionMark);
  });
  if (setOff) return true;
  // (A greeting may come first: "Hi! Is the average …")
  const first = slots.find(
    (s) => s.item.text !== ',' && s.item.text !== '—' && !isKind(s, 'greeting') && !isKind(s, 'aside'),
  );
  if (first && YES_NO_OPENERS.includes(first.item.text)) return true;
  // ("Quick check: was the average fuel ticket above 12 000?", "Last week vs the week before: did the
  // number of transactions go down?", "Over the last 90 days, was the average Apple Pay payment above
  // 10,000 tenge?": after a lead-in of words that say nothing, or only when or where — words read
  // already, no figure and no breakdown — in a clause of its own or before a comma.)
  // ("Quick check for my notes before the regional call: was …": words of context too — whether they
  // may be set aside is the coverage check's to say.)
  const saysNothing = (s: Slot) =>
    s.item.kind === 'stop' ||
    s.item.kind === 'unknown' ||
    isKind(s, 'greeting') ||
    isKind(s, 'aside') ||
    isKind(s, 'purpose') ||
    isKind(s, 'occasion');
  // ("vs" between the two periods says when too.)
  // ("Excluding foreign acquirers, was …": the column's word after a value of it only names the value.)
  // (Called over slices that start at the first slot, so `k` is the slot's own index.)
  const labelsValue = (s: Slot, k: number) => {
    const m = meaningOf(s);
    const column = m?.kind === 'dimension' ? m.dimension : m?.kind === 'columnWord' ? m.column : null;
    const before = meaningOf(slots[k - 1]);
    return (before?.kind === 'value' || before?.kind === 'notValue') && before.column === column;
  };
  const whenOrWhere = (s: Slot, k: number) =>
    saysNothing(s) ||
    (s.used && !namesFigure(s) && !isKind(s, 'dimension')) ||
    labelsValue(s, k) ||
    // ("Ignoring payments at foreign acquirers, was …": the payments the exclusion is of.)
    (isKind(s, 'entity') && s.item.meaning.entity === 'transactions' && isKind(slots[0], 'negation')) ||
    (isKind(s, 'compare') && s.item.meaning.change !== true);
  const opened = slots.findIndex((s) => s.item.clauseBefore === true || s.item.dashBefore === true);
  const leadIn = opened > 0 && slots.slice(0, opened).every(whenOrWhere);
  if (leadIn && YES_NO_OPENERS.includes(slots[opened]!.item.text)) return true;
  const afterComma = slots.findIndex((s) => s.item.commaBefore === true);
  const commaLeadIn = afterComma > 0 && slots.slice(0, afterComma).every(whenOrWhere);
  if (commaLeadIn && YES_NO_OPENERS.includes(slots[afterComma]!.item.text)) return true;
  // ("Fuel turnover for Q3 2026 - was it above 20 million?": the question asked of the figure just said,
  // in a clause of its own — it was a filter on payments of 20 million each.)
  // ("median ECOM amount, 2026. Check: is the median above 15,000 tenge?": …or of the figure's own word
  // said again, a comparison right after it.)
  const restatesFigure = (k: number) => {
    let j = k + 1;
    while (slots[j]?.item.kind === 'stop') j++;
    const figure = slots[j];
    return (
      (isKind(figure, 'aggregate') || isKind(figure, 'check')) &&
      slots.slice(0, k).some((o) => o.item.text === figure.item.text) &&
      isKind(slots[j + 1], 'comparator')
    );
  };
  const askedOfIt = slots.some(
    (s, k) =>
      YES_NO_OPENERS.includes(s.item.text) &&
      (s.item.dashBefore === true || s.item.clauseBefore === true || s.item.commaBefore === true) &&
      (FIGURE_PRONOUNS.includes(slots[k + 1]?.item.text ?? '') || restatesFigure(k)),
  );
  return askedOfIt || slots.some((s) => YES_NO_WORDS.includes(s.item.text));
}

/**
 * A yes/no question's comparison with a number is a threshold on the figure it asks for, not a
 * filter on single payments: "Is the average grocery purchase above 7,000 tenge?", "Did Utilities
 * total more than 15 million?", «Превысила ли сумма … 15 млн?», «төлемдер саны 10 мыңнан асты ма?»,
 * "Did Apple Pay account for more than 40% of contactless payments?", "Were there more than 5,000
 * ATM withdrawals last week?". Filtering the payments instead answered another question (the
 * average of the purchases over 7 000; the sum of payments over 15 million each, usually none) as if
 * it were this one. The figure is the answer; the threshold goes into the explanation.
 *
 * It stays a filter on payments when the question is about single payments ("Were there any
 * payments over 1 million?", "Did any purchase exceed …?"), when groups or periods are set against
 * each other, and when no word names the figure before the comparison.
 */
export const readMeasureChecks = definePass(({ env, slots, draft }) => {
  const yesNo = isYesNoQuestion(slots, env.questionMark === true);
  if (yesNo) draft.yesNo = true;
  // («Правда ли, что у каждого банка средний чек … выше 10 000 ₸? Покажи по банкам»: with groups, a
  // yes/no question's number is still the figure's threshold, shown for each group.)
  if ((draft.dimensions.length > 0 && !yesNo) || draft.having || draft.compare || draft.comparedValues)
    return;
  // (Russian, not Kazakh: «сомасы кемінде 100 мың теңге болған төлемдер», the payments whose amount
  // was at least 100 000, is a clause describing them — Kazakh puts the participle after the number.)
  const kazakh = slots.some((s) => hasKazakhLetter(s.item.text));
  const russian = (s: Slot) => /[а-яё]/.test(s.item.text) && !kazakh;
  if (
    !yesNo &&
    !slots.some((s) => isKind(s, 'comparator') && (PREDICATE_COMPARATORS.includes(s.item.text) || russian(s)))
  )
    return;
  const { next, pastValues, prev, stopBefore } = cursor(slots);
  const isCurrencyValue = (slot: Slot | undefined) =>
    isKind(slot, 'value') && slot.item.meaning.column === 'transaction_currency';
  // (Not a number with an ordinal ending, a day or a place: "busier than the 15th".)
  const isNumber = (k: number) => slots[k]?.item.kind === 'number' && slots[k]!.item.ordinalEnding !== true;
  /** A comparison right before the question particle is the predicate: «… 10 мыңнан асты ма?». */
  // (…with «болды», was, between: «20 000 теңгеден жоғары болды ма?».)
  const beforeParticle = (i: number) => {
    const j = KAZAKH_COPULAS.includes(slots[i + 1]?.item.text ?? '') ? i + 2 : i + 1;
    return YES_NO_WORDS.includes(slots[j]?.item.text ?? '');
  };
  // (A Kazakh past participle, «асқан», is the predicate at the end of its clause or before the question
  // particle; before a noun it describes it: «500 000 теңгеден асқан қанша мерчант», how many merchants
  // that exceeded 500 000 — no threshold on the figure.)
  const isPredicateVerb = (i: number) => {
    const text = slots[i]?.item.text ?? '';
    if (!PREDICATE_COMPARATORS.includes(text)) return false;
    const after = slots[i + 1];
    return !KAZAKH_PARTICIPLE.test(text) || beforeParticle(i) || !after || after.item.clauseBefore === true;
  };
  /**
   * The number a comparison at i is about: after it ("above 7,000"), before it in Kazakh, or — a
   * verb opening a yes/no question, «Превысила ли сумма покупок в Астане 50 млн?» — the first number
   * after the words naming the figure.
   */
  const numberOfComparison = (i: number): number => {
    if (isNumber(next(i))) return next(i);
    // ("above KZT 10k": the tenge may stand before the number.)
    if (isKind(slots[next(i)], 'currencyUnit') && isNumber(next(next(i)))) return next(next(i));
    if (!beforeParticle(i) && !isPredicateVerb(i)) return -1;
    let k = prev(i);
    // (…or the currency it is in: «60 еуродан жоғары болды ма?».)
    while (
      isKind(slots[k], 'currencyUnit') ||
      isKind(slots[k], 'multiplier') ||
      isKind(slots[k], 'share') ||
      isCurrencyValue(slots[k])
    )
      k = prev(k);
    if (isNumber(k)) return k;
    if (!yesNo || !isPredicateVerb(i)) return -1;
    const later = slots.findIndex((s, n) => n > i && isNumber(n) && !s.used);
    return later > i && slots.slice(i + 1, later).some(namesFigure) ? later : -1;
  };
  // The comparison is the question's predicate: the last one with a number — or, in a question of a
  // share, the one in percent («больше 50% оборота … приходится на операции дороже 50 000 ₸»: the
  // other is the share's part).
  let at = -1;
  let numberAt = -1;
  const inPercent = (n: number) => n >= 0 && isKind(slots[next(n)], 'share');
  for (let pass = 0; pass < 2 && at < 0; pass++)
    for (let i = slots.length - 1; i >= 0 && at < 0; i--) {
      const s = slots[i]!;
      if (!isKind(s, 'comparator') || s.item.meaning.op === 'between') continue;
      numberAt = numberOfComparison(i);
      if (numberAt >= 0 && (pass === 1 || inPercent(numberAt))) at = i;
    }
  const comparator = slots[at];
  if (!isKind(comparator, 'comparator') || comparator.item.meaning.op === 'between') return;
  const asked = comparator.item.meaning.op;
  /** The verb opens the sentence and the figure's words come between it and its number. */
  const verbFirst = numberAt > next(at);
  // «Средний чек у Halyk больше 5000 тенге?»: a Russian comparison right after the words naming the
  // figure (only values and periods between) is the sentence's predicate, ли or not; «средний чек по
  // операциям больше 5000» (a noun of payments between) describes the payments.
  // («сумма операций свыше 1 млн» names the payments, and without «ли» or a question mark (`env`, below)
  // it is a filter on them; «сколько карт потратили больше 200 тысяч» counts
  // cards by their totals and is left to the card words.)
  const figureAt = slots.slice(0, at).findLastIndex((s) => namesFigure(s) && !isKind(s, 'count'));
  const between = slots.slice(figureAt + 1, at);
  // («Оборот по операциям на сумму больше 100 тыс.», «… на общую сумму …»: after «на» the amount is the
  // payments' — they are filtered, and the turnover is the figure; it lost the filter, read as a threshold
  // on the turnover.)
  let figureFrom = figureAt;
  while (figureFrom > 0 && namesFigure(slots[figureFrom - 1])) figureFrom--;
  const amountOf = AMOUNT_OF_PREPOSITIONS.includes(stopBefore(figureFrom) ?? '');
  /** A figure named before a comparison that is not the payments' amount nor a weak one ("from"). */
  const figureCompared = figureAt >= 0 && !amountOf && !comparator.item.meaning.weak;
  const adjacent =
    figureCompared &&
    !slots.slice(0, at).some((s) => isKind(s, 'count')) &&
    between.every(
      (s) => !isKind(s, 'comparator') && !isCountedNoun(s) && !PAYMENTS_PREPOSITIONS.includes(s.item.text),
    );
  // («Медиана исходящих P2P-переводов за 2026 год больше 15 000 тенге?»: a question that opens with the
  // figure, asks nothing else and ends with a question mark is asked yes or no, even with the payments
  // named between — when a period or a value parts them from the comparison; «медиана переводов больше
  // 15 000?» right after the noun may still describe the payments.)
  const opensWithFigure =
    figureFrom >= 0 && slots.slice(0, figureFrom).every((s) => s.item.kind === 'stop' || s.used);
  // (…or the sentence of the comparison: «… больше 20 млн? Дай сумму.»)
  const askedYesNo =
    (env.questionMark === true || sentenceAsked(slots, Math.max(at, numberAt), false)) &&
    russian(comparator) &&
    opensWithFigure &&
    figureCompared &&
    numberAt > at &&
    !slots.some((s) => isKind(s, 'count')) &&
    !isCountedNoun(slots[prev(at)]) &&
    between.every((s) => !isKind(s, 'comparator'));
  const predicate = isPredicateVerb(at) || (russian(comparator) && (adjacent || askedYesNo) && numberAt > at);
  if (!yesNo && !predicate) return;
  // («дүкендерінің қаншасында … айналым 500 мың теңгеден асты?», in how many of the stores did turnover
  // exceed 500 000: "how many" before the predicate counts the things it holds for — no yes/no of a
  // figure.)
  const howMany = slots.slice(0, at).some((s) => isKind(s, 'count') && s.item.meaning.strength === 'weak');
  if (!yesNo && howMany) return;
  // What follows the number says what it counts: percent, tenge, or things.
  let after = next(numberAt);
  while (isKind(slots[after], 'multiplier')) after = next(after);
  let unit: Threshold['unit'] = 'plain';
  if (isKind(slots[after], 'share')) unit = 'percent';
  else if (isKind(slots[after], 'currencyUnit') || isKind(slots[prev(numberAt)], 'currencyUnit'))
    unit = 'tenge';
  let countedAt = -1;
  // («Правда, что ночью ECOM-покупок за ноябрь 2026 было меньше 100?»: in a yes/no question, a Russian noun
  // of payments in the genitive plural before the comparison is counted — their amounts would be «сумма
  // покупок»; it filtered purchases under 100 tenge.)
  if (unit === 'plain' && yesNo && numberAt > at) {
    let k = prev(at);
    // (…with where, when and a condition on their amount between: «покупок дешевле 100 тенге в Таразе за
    // октябрь 2026 было больше 50».)
    while (
      isPeriodWord(slots[k]) ||
      isKind(slots[k], 'timeUnit') ||
      isDescribingValue(slots[k]) ||
      isKind(slots[k], 'currencyUnit') ||
      isKind(slots[k], 'multiplier') ||
      (isKind(slots[k], 'comparator') && slots[k]!.used) ||
      (slots[k]?.item.kind === 'number' && slots[k]!.used)
    )
      k = prev(k);
    const noun = slots[k];
    // («Я уверен, что активных карт у Jusan Bank в 2025 было больше 1500»: cards, distinct.)
    if (noun && isCountedNoun(noun) && RUSSIAN_GENITIVE_PLURAL.test(noun.item.text)) unit = 'count';
    else if (noun && isCardsNoun(noun) && !isCountedNoun(slots[pastValues(after)])) {
      unit = 'count';
      countedAt = k;
    }
    // («Проверь: уникальных мерчантов с операциями в октябре 2026 больше 3000?»: the one figure asked is a
    // number of distinct things and no word of money is said — the number is of them, not tenge.)
    const [only] = draft.measures;
    if (
      unit === 'plain' &&
      draft.measures.length === 1 &&
      only?.fn === 'count_distinct' &&
      !slots.some((s) => isKind(s, 'amount') || isKind(s, 'currencyUnit') || isKind(s, 'multiplier')) &&
      !isCountedNoun(slots[pastValues(after)])
    )
      unit = 'count';
  }
  if (unit === 'plain' && numberAt > at) {
    let n = after;
    n = pastValues(n);
    // («больше 700 активных мерчантов», "more than 300 merchants": the merchants are counted too.)
    const noun = slots[n];
    const merchants = isKind(noun, 'dimension') && noun.item.meaning.dimension === 'merchant_id';
    if (isCountedNoun(noun) || merchants) {
      unit = 'count';
      countedAt = n;
    }
  }
  const before = verbFirst ? slots.slice(0, numberAt) : slots.slice(0, Math.min(at, numberAt));
  // "one card made more than 100 purchases": a condition on single cards, not on the figure.
  if (unit === 'count' && slots.some((s) => isKind(s, 'perCard'))) return;
  if (unit !== 'count' && unit !== 'percent') {
    // ("Was the largest single purchase above 500,000 tenge?": the largest is the figure.)
    const largest = before.some((s) => isKind(s, 'superlative'));
    // ("the average check of each bank": "each" before a column word is a grouping.)
    const single = before.some(
      (s, k) => SINGLE_PAYMENT_WORDS.includes(s.item.text) && !isKind(slots[next(k)], 'dimension'),
    );
    // («Были ли операции на сумму больше 5 млн?»: "were there payments …" — the payments right after
    // the verb of occurring — asks whether any single one was, as "were there" does.)
    // («Были ли в ноябре 2026 года операции на сумму больше 2 млн?»: the period may stand between.)
    // («Были ли в 2026 году POS-операции на сумму …»: and the values that say which payments.)
    const pastPeriod = (k: number) => {
      let j = next(k);
      const read = (x: Slot | undefined) =>
        x?.used === true && (x.item.kind === 'number' || isKind(x, 'timeUnit'));
      while (isPeriodWord(slots[j]) || read(slots[j]) || isDescribingValue(slots[j])) j = next(j);
      return j;
    };
    const thereWere = before.some((s, k) => isKind(s, 'occurs') && isCountedNoun(slots[pastPeriod(k)]));
    if ((single || thereWere) && !largest) return;
    if (slots.slice(0, at).some((s) => RELATIVE_WORDS.includes(s.item.text))) return;
    // "Did outgoing P2P transfers exceed 20 million tenge in November?": payments (plural, none singled
    // out) said to exceed an amount in tenge, as the yes/no's predicate verb — their total (it was a
    // count of the transfers over 20 million each).
    // (…or in the currency they were paid in: "exceed 5,000 dollars".)
    const unitWord = slots[after];
    const currencyAfter = isCurrencyValue(unitWord);
    const paymentsTotal =
      yesNo &&
      (unit === 'tenge' || currencyAfter) &&
      isPredicateVerb(at) &&
      !verbFirst &&
      draft.measures.length === 0 &&
      before.some((s) => isCountedNoun(s) && isPluralWord(s.item.text.split(' ').at(-1) ?? '')) &&
      !before.some((s) => namesFigure(s));
    if (paymentsTotal) draft.measures.push({ fn: 'sum' });
    // A share is in percent: "what % of April's payments exceed 50,000 tenge" sets the share's part.
    else if (!before.some((s) => namesFigure(s) && !isKind(s, 'share'))) return;
    // "the number of QR payments above 10,000 tenge": a count is never in tenge, so the tenge
    // describe the payments counted.
    if (
      !paymentsTotal &&
      unit === 'tenge' &&
      !before.some((s) => namesFigure(s) && !isKind(s, 'count') && !isKind(s, 'share'))
    )
      return;
  }

  // The amount filters are read in the order of their words: the predicate's is the last. ("Was the
  // total of payments over 1 million above 50 million?": the first stays a filter on payments.)
  const amounts = draft.filters.filter((f) => isAmountFilter(f.filter));
  // (…its own amount filter: the one of its number, else the last.)
  const said = slots[numberAt]!.item;
  const own =
    amounts.findLast(
      (f) =>
        f.filter.kind === 'amount' &&
        said.kind === 'number' &&
        f.filter.value === said.value &&
        unit === 'percent',
    ) ?? amounts.at(-1);
  const taken = own?.filter;
  if (taken !== undefined && (taken.kind !== 'amount' || taken.op !== asked)) return;
  const counted = draft.issues.findIndex((i) => i.kind === 'count_condition');
  // A number no other pass read ("exceed 10 million", a verb-first «Превысила ли …»): its own threshold.
  const unread = !slots[numberAt]!.used;
  if (taken === undefined && counted < 0 && !unread) return;
  const written = slots[numberAt]!.item;
  const op = taken?.kind === 'amount' ? taken.op : asked;
  const value =
    taken?.kind === 'amount' ? taken.value : written.kind === 'number' ? written.value : Number.NaN;
  if (!Number.isFinite(value)) return;
  // "what % of Swipe payments exceeded 50 000", «… қанша пайызы 50 мыңнан асты?»: a share is at most
  // 100, so a larger number compared is the payments' amount — the share's part, a filter (it was a
  // threshold on the share, and the payments were not filtered).
  // «Сколько операций в сомах превышали 10 000 сом?», "how many payments exceeded 50 000": asked how
  // many payments, the verb's subject is the payments — a filter on them (it was a threshold on the
  // count, and every payment was counted).
  const countedPayments =
    !yesNo &&
    unit !== 'count' &&
    unit !== 'percent' &&
    slots.slice(0, at).some((s) => isKind(s, 'count')) &&
    slots.slice(0, at).some((s) => isKind(s, 'entity') && s.item.meaning.entity === 'transactions');
  const shareOfPayments =
    unit !== 'percent' && value > 100 && !yesNo && slots.some((s) => isKind(s, 'share'));
  if (countedPayments || shareOfPayments) {
    if (own) return;
    if (!unread) return;
    comparator.used = slots[numberAt]!.used = true;
    draft.filters.push({ filter: { kind: 'amount', op, value }, role: 'auto' });
    return;
  }
  draft.filters = draft.filters.filter((f) => f !== own);
  if (counted >= 0) draft.issues.splice(counted, 1);
  draft.threshold = { op, value, unit };
  if (unread) {
    comparator.used = slots[numberAt]!.used = true;
    if (unit === 'tenge' || unit === 'percent') slots[after]!.used = true;
    // («Превысила ли сумма операций в долларах … 50 000 долларов?»: a threshold in a foreign currency is
    // one on the amount in that currency, as "exceed 50,000 dollars" is.)
    const currency = slots[after];
    if (
      isKind(currency, 'value') &&
      currency.item.meaning.column === 'transaction_currency' &&
      !currency.item.meaning.values.includes('KZT')
    )
      draft.originalAmount = true;
  }
  // The amount word the amount filter took as the label of its condition ("add up to more than",
  // «сомасы … асты ма») names the figure again.
  const label = slots[prev(Math.min(at, numberAt))];
  if (label && (isKind(label, 'amount') || isKind(label, 'check'))) label.used = false;
  // "more than 1,000 cards": the cards are what is counted, distinct.
  const noun = slots[countedAt];
  if (noun && isCardsNoun(noun) && draft.measures.length === 0) {
    noun.used = true;
    draft.measures.push({ fn: 'count_distinct', column: 'card_key' });
  }
});

/**
 * An amount read from a number of per cent that no threshold took ("Cities where the online share is
 * above 20%", «Доля … выше 35%» by category): a condition on each group's share, which the plan cannot
 * keep — asked back (it filtered payments over 20 tenge).
 */
export const settlePercentAmounts = definePass(({ draft }) => {
  const left = draft.filters.filter((f) => f.percent !== undefined);
  if (left.length === 0) return;
  draft.filters = draft.filters.filter((f) => f.percent === undefined);
  if (draft.dimensions.length > 0) draft.issues.push({ kind: 'group_total_condition' });
  else draft.issues.push({ kind: 'unknown_words', words: left.map((f) => f.percent!) });
});
