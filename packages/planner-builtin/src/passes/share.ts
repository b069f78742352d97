import type { DraftFilter } from '../draft.js';
import { isAmountFilter, isTimeDimension } from '../frame.js';
import { LIST_SLASH } from '../tokenize.js';
import {
  ADDING_WORDS,
  ALL_WORDS,
  ARRIVED_WORDS,
  ARTICLES,
  CASH_MONEY_PHRASES,
  EACH_GROUP_WORDS,
  FALL_IN_LINKS,
  FALL_WORDS,
  FOR_EACH_LEADS,
  FOR_WORDS,
  HAS_SHARE_BEFORE,
  IN_WORDS,
  ITS_WORDS,
  KAZAKH_ABLATIVE,
  KAZAKH_BETWEEN_AFTER,
  KAZAKH_EACH,
  KAZAKH_FALL_AFTER,
  KAZAKH_GENITIVE,
  KAZAKH_GENITIVE_SUFFIXES,
  KAZAKH_IN_ATTRIBUTE,
  KAZAKH_LOCATIVE_ENDINGS,
  KAZAKH_SHARE_PREDICATES,
  LABEL_WORDS,
  MAKE_VERBS,
  MARKET_SHARE,
  MEANS_PREPOSITIONS,
  MIX_WORDS,
  NUMBER_LABEL_WORDS,
  OWN_WORDS,
  PART_LINKS,
  PER_WORDS,
  PERCENT_WORD,
  PLURAL_SHARES,
  PLUS_WORDS,
  PREDICATE_COMPARATORS,
  RELATIVE_WORDS,
  SHARE_PARTICIPLES,
  SHARE_PREDICATES,
  SHARE_SPLIT_WORDS,
  SPENT_PARTICIPLES,
  SPREAD_VERBS,
  SUBJECT_SHARE_VERBS,
  TAKE_VERBS,
  THAT_GROUP_WORDS,
  TOP_PART_WORDS,
  WHICH_WORDS,
  WHOLE_COUNTRY_PHRASES,
  WHOLE_FIRST_WORDS,
  WITH_WORDS,
  YEAR_WHOLE_WORDS,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { opensLikeFollowUp } from './flags.js';
import { labelled } from './labels-only.js';
import {
  asksWhichAt,
  definePass,
  insideBrackets,
  isCardsNoun,
  isCityValue,
  isEachWallet,
  isKind,
  isPaymentsNoun,
  isPeriodWord,
  meaningOf,
  numberOf,
  opensClause,
  type Reading,
  type Slot,
  sameValues,
  valuesHeadingEnd,
} from './reading.js';

/**
 * With a breakdown, a share is each group's share of the whole ("share of each bank in ECOM spend") —
 * unless a filter is what the share is of: named right after the share word («доля зарплатных
 * зачислений в обороте каждого банка») or introduced by a predicate ("for each issuer, the share of its
 * transactions that were cross-border"). Then it is that filter's share within each group.
 */
/** The columns whose values own payments (where, whose, at whom), as opposed to ways of paying. */
const OWNER_DIMENSIONS = [
  'merchant_city',
  'issuer_bank_name',
  'mcc_category',
  'merchant_id',
  'merchant_mcc',
  'acquirer_country_iso',
] as const;

function readShareWithinGroups(slots: readonly Slot[], draft: Reading['draft'], shareAt: number): void {
  if (groupsOwnShare(slots, draft, shareAt)) {
    draft.groupsOwnShare = true;
    // («платежи свыше 100 000 … (доля каждого банка)»: a part read earlier is the whole the banks share.)
    for (const f of draft.filters) if (f.role === 'subset') f.role = 'auto';
    return;
  }
  if (draft.filters.some((f) => f.role === 'subset')) return;
  if (hyphenedLocativeWhole(slots, draft, shareAt)) return;
  const { next, prev, valueColumnAt } = cursor(slots);
  // («доля операций Samsung Pay», "proportion (%) of SALARY credits": another share word or the noun
  // for transactions may stand before the part.)
  let after = next(shareAt);
  // («доля транзакций типа ECOM в каждом городе»: a column word labelling the part may stand before it.)
  // (…or a participle of its column: "share of payments acquired abroad".)
  const labels = (k: number) => {
    const x = slots[k];
    const v = slots[next(k)];
    if (isKind(x, 'columnWord'))
      return (isKind(v, 'value') || isKind(v, 'notValue')) && v.item.meaning.column === x.item.meaning.column;
    return isKind(x, 'dimension') && isKind(v, 'value') && v.item.meaning.column === x.item.meaning.dimension;
  };
  // («доля операций по магнитной полосе (Swipe) в POS-операциях каждого банка»: «по» the means, after
  // the noun of payments and before a value, opens the part — no breakdown.)
  const byMeans = (k: number) => {
    const x = slots[k];
    return (
      isKind(x, 'groupBy') &&
      x.item.text === 'по' &&
      isKind(slots[prev(k)], 'entity') &&
      isKind(slots[next(k)], 'value')
    );
  };
  const partOpener = (k: number) => {
    const x = slots[k];
    return (
      isKind(x, 'share') ||
      (isKind(x, 'entity') && x.item.meaning.entity === 'transactions') ||
      labels(k) ||
      byMeans(k)
    );
  };
  while (partOpener(after)) after = next(after);
  // Right after the share word, or after "of" ("share of ECOM in each bank's spend"); "mix for Kaspi"
  // names the base, not the part.
  const between = slots
    .slice(shareAt + 1, after)
    .filter(
      (s, j) =>
        !isKind(s, 'share') &&
        !isKind(s, 'entity') &&
        !isKind(s, 'dimension') &&
        !isKind(s, 'columnWord') &&
        !byMeans(shareAt + 1 + j),
    )
    .map((s) => s.item.text);
  // ("share of transactions in foreign currency by each type", «доля операций в иностранной валюте»:
  // a preposition may stand between the noun and the part.)
  const adjacent = between.every((t) => PART_LINKS.includes(t));
  // …but «структура онлайн-оборота по категориям»: the filter describes the measured noun right
  // after it — the whole whose structure is asked, not a part.
  // (With the base marked — «доля бесконтактных оплат среди POS-операций по городам» — the noun
  // after the part is the part's own.)
  // (…nor with the whole said after the noun with "in": «доля бесконтактных платежей в POS по банкам»,
  // "share of contactless payments in POS by bank" — contactless within each bank's POS; it was how the
  // contactless POS payments spread over the banks.)
  // (A kind of payment, not a place or a bank: "contactless payments in Almaty by bank" stays how they
  // spread over the banks.)
  const wholeAt = slots[after + 3];
  const wholeIn =
    IN_WORDS.includes(slots[after + 2]?.item.text ?? '') &&
    isKind(wholeAt, 'value') &&
    !PLACE_COLUMNS.includes(wholeAt.item.meaning.column) &&
    !isFilterWord(slots[after + 4]);
  const describesMeasure =
    isMeasuredNoun(slots[after + 1]) && !draft.filters.some((f) => f.role === 'base') && !wholeIn;
  // "by bank, what percent of contactless POS payments were made with a wallet": a filter a predicate
  // introduces is the part, whatever stands right after the share word.
  // ("went to foreign acquirers": "to" is a weak comparator, stepped over as afterPredicate does.)
  const ownColumn = (x: Slot | undefined, column: string | null) =>
    isKind(x, 'dimension') && x.item.meaning.dimension === column;
  const placeNoun = (x: Slot | undefined) =>
    isKind(x, 'dimension') && x.used && !draft.dimensions.includes(x.item.meaning.dimension);
  let at = slots.findIndex((s, k) => {
    if (!isFilterWord(s)) return false;
    let p = k - 1;
    while (
      p >= 0 &&
      ((slots[p]!.item.kind === 'stop' && !SHARE_PREDICATES.includes(slots[p]!.item.text)) ||
        isWeakComparator(slots[p]) ||
        // ("… had a non-KAZ acquirer": the negation of the value the predicate introduces)
        (p === k - 1 && isKind(slots[p], 'negation')) ||
        // ("… used an entry mode other than contactless": the part's own column named before it)
        ownColumn(slots[p], valueColumnAt(k)) ||
        // ("… were made at merchants in Almaty": a place's noun that makes no rows)
        placeNoun(slots[p]) ||
        // ("were paid by QR code", «прошёл по QR-коду»: "by" the means, not a breakdown)
        (p === k - 1 && isKind(slots[p], 'groupBy') && MEANS_PREPOSITIONS.includes(slots[p]!.item.text)))
    )
      p--;
    // ("How is ForteBank's turnover spread …": the verb of the question's opening is no predicate.)
    return p > 1 && slots[p]!.item.kind === 'stop' && SHARE_PREDICATES.includes(slots[p]!.item.text);
  });
  // "Swipe share of in-store POS by issuer bank", "QR share of in-store payments by city": the filter
  // written right before the share word is the part, whatever follows it.
  // (…but after "for" / «для» the value says whose transactions are split, not the part: "For ForteBank,
  // what share of its turnover came from each city", «Для Халыка — доля оборота по городам».)
  const forWhom = (k: number) => FOR_WORDS.includes(slots[k - 1]?.item.text ?? '');
  // (Not a word whose filter is gone: in «Будни против выходных: доля онлайн-платежей» the days are the
  // rows now.)
  const filtered = (k: number) => isFilterWord(slots[k]) && filterOf(draft.filters, slots[k]) !== undefined;
  // (…but not the groups heading the question: "Taraz vs Aktobe, share of ECOM", «Алматы и Астана: доля
  // ECOM» — they are compared, and do not own the share.)
  const headingEnd = valuesHeadingEnd(slots);
  const headed = headingEnd === shareAt;
  if (at < 0 && !headed && filtered(shareAt - 1) && !forWhom(shareAt - 1)) at = shareAt - 1;
  // ("Foreign-acquirer share of ECOM turnover for each bank": the column's word after its value labels
  // the part, as it does with no groups.)
  const labelWord = slots[shareAt - 1];
  if (
    at < 0 &&
    isKind(labelWord, 'columnWord') &&
    !opensClause(slots[shareAt]) &&
    valueColumnAt(shareAt - 2) === labelWord.item.meaning.column &&
    filtered(shareAt - 2) &&
    !forWhom(shareAt - 2)
  ) {
    at = shareAt - 2;
    labelWord.used = true;
  }
  // ("foreign transaction share per bank", "QR payment share by city": the noun of payments between —
  // in English; Kazakh «онлайн сатып алулардағы үлесі», in online purchases, names the whole.)
  const paymentsNoun = slots[shareAt - 1];
  if (
    at < 0 &&
    isKind(paymentsNoun, 'entity') &&
    /^[a-z]/.test(paymentsNoun.item.text) &&
    paymentsNoun.item.meaning.entity === 'transactions' &&
    filtered(shareAt - 2) &&
    !forWhom(shareAt - 2)
  )
    at = shareAt - 2;
  // ("Night-time (00:00–05:59) share of ATM withdrawals": the part of the day, its clock hours between.)
  let dayPart = shareAt - 1;
  const clock = (x: Slot | undefined) => x?.item.kind === 'number' && x.used;
  while (clock(slots[dayPart]) || slots[dayPart]?.item.kind === 'stop') dayPart--;
  const clockBetween = slots.slice(dayPart + 1, shareAt).some(clock);
  if (at < 0 && clockBetween && isFilterWord(slots[dayPart])) at = dayPart;
  // «доля зарубежных операций по каждому банку», "per issuing bank", «әр банктегі … үлесі»: with each
  // group named as such, the filter on the share word is a part of each group's own transactions.
  // ("… in their own payment count", «в его собственном обороте»: the whole is each group's own.)
  // ("… in that city's total number", «в общем количестве операций данного города»: likewise.)
  const thatGroup = thatGroupWords(slots, draft);
  for (const k of thatGroup) slots[k]!.used = true;
  const ownWhole = slots.some((s) => OWN_WORDS.includes(s.item.text)) || thatGroup.length > 0;
  if (ownWhole) for (const s of slots) if (OWN_WORDS.includes(s.item.text)) s.used = true;
  // ("Taraz vs Aktobe: share of foreign-currency payments", «Каспи против остальных банков: доля ECOM»:
  // groups set against each other are compared on their own parts — how the part spreads over two
  // named groups compares nothing.)
  // ("Weekdays vs weekends: share of foreign-currency payments", «Будни против выходных: доля …»,
  // «Жұмыс күндері мен демалыс күндері: … үлесі, қатар қойып»: the two kinds of day set against each
  // other, likewise — it was how the part spreads over them, which six writers never meant.)
  const daysSetAgainst =
    draft.dimensions.includes('weekend') &&
    slots.some(
      (s) =>
        isKind(s, 'compare') ||
        isKind(s, 'sideBySide') ||
        isKind(s, 'oneRow') ||
        (isKind(s, 'bucket') && AGAINST_IN_BUCKET.test(s.item.text)),
    );
  const comparedGroups = draft.comparedValues || daysSetAgainst || draft.dimensions.includes('group_split');
  const eachGroup =
    ownWhole ||
    comparedGroups ||
    slots.some((s) => isKind(s, 'groupBy') && EACH_GROUP_WORDS.includes(s.item.text));
  // "Which city had the lowest share of online transactions?", «у какого банка наименьшая доля
  // зарубежных операций»: groups ranked by the share of a kind of payment are ranked by their own part
  // (ranked by how the part spreads over them, they were ranked by its count).
  // (Groups that own payments — cities, banks, categories, merchants, countries — not the ways a payment
  // is made: "which entry mode had the lowest share of POS payments" is how POS payments spread over the
  // modes; and a ranking by a superlative, not "top 3 categories by share of …", which is the spread.)
  const owners: readonly string[] = OWNER_DIMENSIONS;
  const rankedGroups =
    draft.top !== null &&
    slots.some((s) => isKind(s, 'superlative')) &&
    !slots.some((s) => isKind(s, 'top')) &&
    draft.dimensions.length === 1 &&
    owners.includes(draft.dimensions[0]!);
  // («По каждому банку: какая доля покупок в продуктовых дороже 20 тыс.?»: with each group named, a
  // comparison of the amount after the payments described is the part, as without groups — the words
  // before it say whose payments are the whole; the groceries were taken for the part.)
  const amounts = draft.filters.filter((f) => isAmountFilter(f.filter));
  const comparatorAt = slots.findIndex(
    (s, k) => k > after && isKind(s, 'comparator') && slots[next(k)]?.item.kind === 'number',
  );
  const amountPartAfter =
    eachGroup &&
    !comparedGroups &&
    amounts.length === 1 &&
    amounts[0]!.role === 'auto' &&
    comparatorAt > after &&
    isFilterWord(slots[after]) &&
    !slots.slice(after + 1, comparatorAt).some(isFilterWord);
  // («Доля ECOM с зарубежным эквайером по каждому банку», "share of ECOM with a foreign acquirer": the
  // condition "with" adds to the value after the share word is the part — of that value's payments,
  // which are the whole; it was ECOM's share of the foreign payments.)
  // («Доля POS-оплат с Apple Pay …»: the value's noun of payments may stand before "with".)
  // ("For each bank, % of ECOM transactions in a foreign currency": "in" a currency says how they were
  // paid, as "with" does — not where, as "in Almaty" would.)
  // ("% of POS GMV in a foreign currency": …or the noun of the amount.)
  const withWord = isMeasuredNoun(slots[after + 1]) ? after + 2 : after + 1;
  // ("share of contactless payments with a wallet", «доля бесконтактных платежей с кошельком»: the
  // phrase of having one carries its own "with".)
  const withPhrase =
    isKind(slots[withWord], 'presence') &&
    WITH_WORDS.includes(slots[withWord]!.item.text.split(' ')[0] ?? '');
  // ("% of ECOM txns with non-KAZ acquirer": the negation of the part's value may stand before it.)
  const afterWith = next(withWord);
  const withAt = withPhrase
    ? withWord
    : isKind(slots[afterWith], 'negation') && isFilterWord(slots[next(afterWith)])
      ? next(afterWith)
      : afterWith;
  const withPart =
    at < 0 &&
    isFilterWord(slots[after]) &&
    adjacent &&
    (withPhrase ||
      (withAt > withWord &&
        (WITH_WORDS.includes(slots[withWord]?.item.text ?? '') || inCurrency(slots, withWord, withAt)) &&
        isFilterWord(slots[withAt]))) &&
    !slots[withAt]!.item.commaBefore;
  if (withPart) {
    const base = filterOf(draft.filters, slots[after]!);
    const part = filterOf(draft.filters, slots[withAt]!);
    if (base && part && base !== part) {
      base.role = 'base';
      at = withAt;
    }
  }
  // («Структура POS-платежей … по категориям: количество и доля каждой категории»: the payments whose
  // structure is asked are the whole, with each group's share of it said too.)
  const mixOfWhole = MIX_WORDS.test(slots[shareAt]!.item.text) && eachGroup;
  if (
    at < 0 &&
    !amountPartAfter &&
    isFilterWord(slots[after]) &&
    adjacent &&
    (!describesMeasure || eachGroup || rankedGroups) &&
    !mixOfWhole
  )
    at = after;
  // («онлайн-покупки занимают самую большую долю в его собственном обороте»: with the whole each
  // group's own, the one condition said is the part, wherever it stands.)
  const filterWords = slots.flatMap((s, k) => (isFilterWord(s) ? [k] : []));
  if (at < 0 && ownWhole && filterWords.length === 1) at = filterWords[0]!;
  // (Kazakh puts the part before its noun and the share word: «әр банктегі шетелдік операциялардың үлесі».)
  // («шетелдік операциялардың (эквайер елі KAZ емес) үлесі»: a condition restated in brackets may stand
  // between, already read.)
  let noun = prev(shareAt);
  const restated = (x: Slot | undefined) =>
    isKind(x, 'columnWord') ||
    (x?.used === true &&
      (isKind(x, 'dimension') || isKind(x, 'value') || isKind(x, 'notValue') || isKind(x, 'negation')));
  // («әр қаладағы P2P_OUT аударымдарының үлесі»: the noun of the kind after its value is the part's own
  // noun — it was stepped over with the value, and the part spread over the cities.)
  const kindNoun = (k: number) => isKindNoun(slots, k, prev(k), valueColumnAt);
  // («ECOM операцияларының әр қаладағы үлесі»: each group in the locative between the part and the share
  // word — the part within each city; it was spread over the cities.)
  const eachWord = (x: Slot | undefined) => KAZAKH_EACH.includes(x?.item.text ?? '');
  // («қай қалада шетелдік (acquirer_country_iso <> KAZ) операциялардың үлесі ең жоғары»: in a ranking of
  // groups too.)
  while (
    (eachGroup || rankedGroups) &&
    // («валюталық операциялардың (transaction_currency <> KZT) үлесі»: any words read already in brackets.)
    (restated(slots[noun]) ||
      eachWord(slots[noun]) ||
      (slots[noun]?.used === true && insideBrackets(slots, noun))) &&
    !kindNoun(noun) &&
    noun > 0
  )
    noun = prev(noun);
  // (The noun is the part's own, in the genitive; «жалпы POS сомасындағы үлесі», in the total, is the whole.)
  // (…or in the nominative when the whole is marked: «POS төлемдерінің ішіндегі контактісіз төлемдер
  // үлесі», of contactless payments among POS payments.)
  // (…or in the nominative after each group in the locative, the genitive left out as people type:
  // «әр банктегі шетелдік транзакциялар үлесі».)
  const genitive =
    KAZAKH_GENITIVE.test(slots[noun]?.item.text ?? '') ||
    (isKind(slots[noun], 'entity') && draft.filters.some((f) => f.role === 'base')) ||
    (isKind(slots[noun], 'entity') && eachGroupInLocative(slots));
  // («шетелдік эквайерлер арқылы өткен операциялардың үлесі», of the operations that went through foreign
  // acquirers: the column word and the participle may stand between.)
  let described = prev(noun);
  // («шетел валютасындағы операциялар сомасының үлесі»: the noun for operations may stand before the
  // amount's.)
  // («түнгі (00:00-05:59) операциялардың үлесі»: the clock hours of the part, read already, too.)
  // («шетелдік эквайер (KAZ емес) арқылы өткен операциялардың үлесі»: the condition restated in brackets,
  // read already, too.)
  const inBrackets = (k: number) => {
    const x = slots[k];
    // ("(acquirer_country_iso <> KAZ)": the column's own name in them too.)
    if (!x?.used || !(isKind(x, 'value') || isKind(x, 'negation') || isKind(x, 'dimension'))) return false;
    for (let j = k; j >= 0 && k - j < 3; j--) if (slots[j]!.item.bracketBefore) return true;
    return false;
  };
  while (
    isKind(slots[described], 'columnWord') ||
    inBrackets(described) ||
    (slots[described]?.item.kind === 'number' && slots[described]!.used) ||
    SHARE_PARTICIPLES.includes(slots[described]?.item.text ?? '') ||
    (isKind(slots[described], 'entity') && isKind(slots[noun], 'amount'))
  )
    described = prev(described);
  // («шетелдік операциялар үлесі ең төмен қала қайсы?»: in a ranking of groups, the nominative too; not
  // the locative, «онлайн сатып алулардағы үлесі», which names the whole.)
  // (…and the payments noun in groups set against each other: «Алматы мен Астана: онлайн төлемдер үлесі».)
  const locative = KAZAKH_IN_ATTRIBUTE.test(slots[noun]?.item.text ?? '');
  const comparedPayments = comparedGroups && isPaymentsNoun(slots[noun]) && !locative;
  if (
    at < 0 &&
    ((eachGroup && genitive) || (rankedGroups && !locative) || comparedPayments) &&
    (isMeasuredNoun(slots[noun]) || kindNoun(noun)) &&
    isFilterWord(slots[described])
  ) {
    at = described;
    // («Түнгі (00:00–05:59) POS операцияларының әр қаладағы үлесі»: of two conditions before the noun the
    // first is the part, within the payments the second names — as «доля ночных POS-операций в каждом
    // городе» reads.)
    let first = prev(described);
    // («банкоматтан ақша шешу операцияларының»: the same value said twice, from the ATM and withdrawing
    // cash, is one condition.)
    while (sameValues(slots[first], slots[described]) && first > 0) first = prev(first);
    while (slots[first]?.item.kind === 'number' && slots[first]!.used) first = prev(first);
    // (Not the groups heading the question: «Тараз бен Ақтөбе: ECOM операцияларының үлесі».)
    const across = headingEnd === described;
    if (
      eachGroup &&
      !across &&
      isFilterWord(slots[first]) &&
      filterOf(draft.filters, slots[first]) !== undefined
    )
      at = first;
  }
  if (at < 0 && !headed && isFilterWord(slots[prev(shareAt)]) && !forWhom(prev(shareAt))) at = prev(shareAt);
  // («ECOM енгізу тәсілінің үлесі», the share of the ECOM entry mode: the column word labelling the
  // value stands between it and the share word.)
  const label = slots[prev(shareAt)];
  const labelled = prev(prev(shareAt));
  if (
    at < 0 &&
    isKind(label, 'dimension') &&
    label.used &&
    valueColumnAt(labelled) === label.item.meaning.dimension &&
    isFilterWord(slots[labelled])
  )
    at = labelled;
  // («В каких городах у Jusan самая высокая доля в обороте POS», «Какая доля у Jusan в обороте POS в
  // каждом городе?»: with no part said at the share word, the value of an owning column that has the
  // share is the part within each group, as "Jusan's share" is — it was spread over the groups.)
  if (at < 0 && !amountPartAfter) at = shareHolder(slots, draft);
  const subset = at >= 0 ? filterOf(draft.filters, slots[at]) : undefined;
  if (subset && subset.role === 'auto') subset.role = 'subset';
  if (subset)
    for (const k of partJoinedAfter(slots, at)) {
      const also = filterOf(draft.filters, slots[k]);
      if (also?.role === 'auto') also.role = 'subset';
    }
  if (!subset && amountPartAfter) amounts[0]!.role = 'subset';
  // «Доля крупных операций (от 100 тыс. и выше) в каждом городе»: the size word on the share names the
  // amount condition beside it as the part.
  const sized = isKind(slots[next(shareAt)], 'sizeWord');
  const amount = draft.filters.find((f) => f.filter.kind === 'amount' && f.role === 'auto');
  if (!subset && sized && amount && !draft.filters.some((f) => f.role === 'subset')) amount.role = 'subset';
  // «Доля операций свыше 100 тыс. в каждом городе», «түнгі (00:00–05:59) операциялардың әр қаладағы
  // үлесі»: with each group named, the one condition on the amount or the hour is the part within each
  // group, as a value said there is (it was how those payments spread over the groups).
  const only = draft.filters.length === 1 ? draft.filters[0]! : undefined;
  if (
    !subset &&
    eachGroup &&
    !comparedGroups &&
    draft.dimensions.some((d) => !isTimeDimension(d)) &&
    only?.role === 'auto' &&
    (only.filter.kind === 'amount' || only.filter.kind === 'hours')
  )
    only.role = 'subset';
  // «процент Swipe среди POS в каждом городе», «шот төлемдерінің ішінде онлайн … үлесі әр қалада»: with the
  // whole named outright ("among", «среди», «ішінде») and one other condition, that condition is the
  // part within each group (it was spread over the groups, the whole left as a mere filter).
  const bases = draft.filters.filter((f) => f.role === 'base');
  const others = draft.filters.filter((f) => f.role === 'auto');
  const grouped = draft.dimensions.some((d) => !isTimeDimension(d));
  if (!subset && grouped && bases.length > 0 && others.length === 1) others[0]!.role = 'subset';
  // ("For each wallet, what % of its payments were made in Almaty?": a part within each wallet — the
  // payments with none are no wallet's, left out as a plain "each wallet" leaves them.)
  if (
    slots.some((_, k) => isEachWallet(slots, k)) &&
    draft.dimensions.includes('wallet_type') &&
    draft.filters.some((f) => f.role === 'subset') &&
    !draft.blankRow &&
    !draft.filters.some((f) => 'column' in f.filter && f.filter.column === 'wallet_type')
  )
    draft.filters.push({ filter: { kind: 'presence', column: 'wallet_type', present: true }, role: 'base' });
}

/** The slot of a value that has a share, «у Jusan» (not of a column of the rows), or -1. */
function shareHolder(slots: readonly Slot[], draft: Reading['draft']): number {
  const { valueColumnAt } = cursor(slots);
  const owners: readonly string[] = OWNER_DIMENSIONS;
  return slots.findIndex((s, k) => {
    const column = valueColumnAt(k);
    if (
      !isKind(s, 'value') ||
      !column ||
      !owners.includes(column) ||
      (draft.dimensions as readonly string[]).includes(column)
    )
      return false;
    const f = filterOf(draft.filters, s);
    if (f?.role !== 'auto' || f.filter.kind !== 'values' || f.filter.values.length !== 1) return false;
    return HAS_SHARE_BEFORE.includes(slots[k - 1]?.item.text ?? '');
  });
}

/**
 * «Kaspi-дің QR төлемдер санындағы үлесі әр қалада» (Kaspi's share in the count of QR payments, in
 * each city), «ЦентрКредит банкінің Астанадағы айналымдағы үлесі» (BCC's share in the turnover in
 * Astana): the value in the genitive owns the share, the part; the measure in the locative right before
 * the share word names the whole, with every other condition. (Both were read as conditions of the
 * whole, or asked back.)
 */
function kazakhOwnerShare(slots: readonly Slot[], draft: Reading['draft'], shareAt: number): boolean {
  const { next, prev, valueColumnAt } = cursor(slots);
  const measure = slots[prev(shareAt)];
  // (…or the payments themselves: «Apple Pay төлемдерінің барлық әмиян төлемдеріндегі үлесі», the share
  // of Apple Pay payments in all wallet payments.)
  const payments =
    (isKind(measure, 'entity') && measure.item.meaning.entity === 'transactions') ||
    (isKind(measure, 'presence') && measure.item.meaning.present);
  const measured =
    isKind(measure, 'count') || isKind(measure, 'amount') || isKind(measure, 'total') || payments;
  // (The measure the share is in, in the locative: «санындағы», «айналымдағы», «сомасындағы».)
  // (…or in the ablative, "out of": «барлық операциялар санынан үлесі».)
  const locative =
    measured &&
    (KAZAKH_LOCATIVE_ENDINGS.some((end) => measure.item.text.endsWith(end)) ||
      KAZAKH_ABLATIVE.test(measure.item.text));
  if (!locative) return false;
  // (Not after "and": «… айналымы … және оның … айналымындағы үлесі» is a measure and then its share.)
  // (…but the "and" of a value set against the rest, «Kaspi мен қалған банктер: ECOM-ның … үлесі», joins the
  // two sides the share is said of.)
  const split = draft.split;
  const joinsSplit = (k: number) =>
    split !== undefined &&
    slots
      .slice(k + 1, k + 3)
      .some((s) => isKind(s, 'dimension') && s.item.meaning.dimension === split.column);
  // (…nor the "and" of two periods compared: «2025 және 2026 жылдары әр банктегі QR төлемдерінің POS
  // операцияларындағы үлесі» — it made POS the part.)
  const period = (x: Slot | undefined) => isPeriodWord(x) || (x?.item.kind === 'number' && x.used);
  const joinsPeriods = (k: number) => period(slots[k - 1]) && period(slots[k + 1]);
  if (slots.some((s, k) => k < shareAt && isKind(s, 'conjunction') && !joinsSplit(k) && !joinsPeriods(k)))
    return false;
  const owner = slots.findIndex((s, k) => {
    if (k >= prev(shareAt) || !isFilterWord(s)) return false;
    const after = slots[k + 1];
    // (…or the column word after the value carries the genitive: «ЦентрКредит банкінің»)
    // (…or the noun of the value's kind: «P2P_OUT аударымдарының».)
    return (
      KAZAKH_GENITIVE_SUFFIXES.includes(after?.item.text ?? '') ||
      KAZAKH_GENITIVE.test(s.item.text) ||
      ((isKind(after, 'dimension') || isKind(after, 'entity')) && KAZAKH_GENITIVE.test(after.item.text)) ||
      isKindNoun(slots, k + 1, k, valueColumnAt)
    );
  });
  const part = owner >= 0 ? filterOf(draft.filters, slots[owner]) : undefined;
  if (part?.role !== 'auto') return false;
  const labelled = slots[next(owner)];
  if (isKind(labelled, 'dimension') && KAZAKH_GENITIVE.test(labelled.item.text)) labelled.used = true;
  for (const f of draft.filters) if (f.role === 'auto') f.role = f === part ? 'subset' : 'base';
  // («әр қаладағы ECOM операцияларының сол қаладағы … санындағы үлесі»: "in that city" says the whole is
  // each group's own, which it is here.)
  for (const k of thatGroupWords(slots, draft)) slots[k]!.used = slots[k + 1]!.used = true;
  return true;
}

/**
 * «P2P_OUT аударымдарының»: slot k is the noun of the kind of the value at `valueAt` right before it — a
 * value word of the same column, in the genitive — the owner of a Kazakh share.
 */
function isKindNoun(
  slots: readonly Slot[],
  k: number,
  valueAt: number,
  valueColumnAt: (i: number) => string | null,
): boolean {
  const x = slots[k];
  return (
    isKind(x, 'value') &&
    KAZAKH_GENITIVE.test(x.item.text) &&
    isFilterWord(slots[valueAt]) &&
    valueColumnAt(valueAt) === x.item.meaning.column
  );
}

/** Where "that" stands before the column word of the rows: "that city's", «этого города», «сол қаладағы». */
function thatGroupWords(slots: readonly Slot[], draft: Reading['draft']): number[] {
  return slots.flatMap((s, k) => {
    const column = slots[k + 1];
    const that =
      THAT_GROUP_WORDS.includes(s.item.text) &&
      isKind(column, 'dimension') &&
      draft.dimensions.includes(column.item.meaning.dimension);
    return that ? [k] : [];
  });
}

/**
 * «Samsung Pay төлемдері барлық әмиян төлемдерінің неше пайызы?» (Samsung Pay payments are what percent
 * of all wallet payments): the payments said first, in the nominative, are the part; «барлық» (all) and
 * the payments in the genitive right before the percent word are the whole (part and whole were
 * swapped: the share of wallet payments among Samsung Pay ones).
 */
function kazakhWholeOfAll(slots: readonly Slot[], draft: Reading['draft'], shareAt: number): boolean {
  const { prev } = cursor(slots);
  let g = prev(shareAt);
  while (isKind(slots[g], 'count')) g = prev(g);
  const whole = slots[g];
  const payments =
    (isKind(whole, 'entity') && whole.item.meaning.entity === 'transactions') || isKind(whole, 'presence');
  if (!payments || !KAZAKH_GENITIVE.test(whole.item.text)) return false;
  const all = slots.findLastIndex((s, k) => k < g && isKind(s, 'total') && s.item.text === 'барлық');
  if (all < 0) return false;
  // (The part is the payments in the nominative right before «барлық», with their values: «Samsung Pay
  // төлемдері барлық …»; nothing of it said after the percent word: «барлық операциялардың неше пайызы
  // онлайн төлемдер» names the part there.)
  const noun = slots[prev(all)];
  const nominative =
    isKind(noun, 'entity') &&
    noun.item.meaning.entity === 'transactions' &&
    !KAZAKH_GENITIVE.test(noun.item.text) &&
    !KAZAKH_LOCATIVE_ENDINGS.some((end) => noun.item.text.endsWith(end));
  if (!nominative || slots.some((s, k) => k > shareAt && isFilterWord(s))) return false;
  const partWords: Slot[] = [];
  for (let k = prev(prev(all)); k >= 0 && isFilterWord(slots[k]); k = prev(k)) partWords.push(slots[k]!);
  const part = draft.filters.filter(
    (f) => f.role === 'auto' && partWords.some((s) => filterOf([f], s) === f),
  );
  if (part.length === 0) return false;
  for (const f of draft.filters) if (f.role === 'auto') f.role = part.includes(f) ? 'subset' : 'base';
  slots[all]!.used = true;
  return true;
}

/**
 * «Астана: доля бесконтакта в POS по кварталам», "Shymkent, Nov 2026: QR share of POS": values heading
 * the question before the colon, the share word after it, say whose payments everything is of — the
 * whole, never the part (with two conditions besides, the share was asked back).
 */
function headingAsWhole(slots: readonly Slot[], draft: Reading['draft'], shareAt: number): void {
  const end = slots.findIndex((s, k) => k > 0 && s.item.clauseBefore === true);
  if (end < 0 || end > shareAt) return;
  // (Not a market share, whose owner heads it: «Банк ЦентрКредит: доля рынка …».)
  if (MARKET_SHARE.test(slots[shareAt]!.item.text)) return;
  const heading = slots.slice(0, end);
  const words = heading.filter((x) => isKind(x, 'value'));
  if (words.length === 0) return;
  // (Values, a period and commas only: "Night-time (00:00–05:59) share" has a clock time, no heading.)
  const headingWord = (x: Slot) =>
    isKind(x, 'value') ||
    isPeriodWord(x) ||
    isKind(x, 'timeUnit') ||
    isKind(x, 'periodModifier') ||
    (x.item.kind === 'number' && x.item.value >= 1900) ||
    (x.item.kind === 'stop' && !x.item.bracketBefore);
  if (!heading.every(headingWord)) return;
  for (const x of words) {
    const f = filterOf(draft.filters, x);
    // (A value named again after the colon is not the heading's alone.)
    if (f?.role !== 'auto') return;
    if (slots.slice(end).some((y) => filterOf([f], y) === f)) return;
  }
  for (const x of words) filterOf(draft.filters, x)!.role = 'base';
}

/**
 * "What share of full-year 2025 POS turnover was made in December 2025?", «Какая доля POS-оборота 2025
 * года пришлась на декабрь?»: with two dated periods, the later written inside the earlier, and every
 * condition said before the inner one, the conditions belong to the whole and the inner period is the
 * part (POS was taken for the part, a share of December's turnover).
 */
function innerPeriodLast(slots: readonly Slot[], draft: Reading['draft']): void {
  const [outer, inner] = draft.times;
  if (draft.times.length !== 2 || outer?.kind !== 'dates' || inner?.kind !== 'dates') return;
  if (outer.to === null || inner.to === null) return;
  if (inner.from < outer.from || inner.to > outer.to || (inner.from === outer.from && inner.to === outer.to))
    return;
  if (draft.dimensions.length > 0 || draft.filters.length === 0) return;
  if (draft.filters.some((f) => f.role !== 'auto')) return;
  const innerAt = slots.findLastIndex((x) => isPeriodWord(x));
  const lastCondition = slots.findLastIndex(
    (x) => isFilterWord(x) && filterOf(draft.filters, x) !== undefined,
  );
  if (innerAt < 0 || lastCondition > innerAt) return;
  // (Both periods after the last condition, or the outer one before it: the inner is written last.)
  if (
    !slots
      .slice(0, innerAt)
      .some((x) => isPeriodWord(x) || (x.item.kind === 'number' && x.item.value >= 1900))
  )
    return;
  for (const f of draft.filters) f.role = 'base';
}

/**
 * «Контактісіз төлемдердің POS-тағы үлесі» (the share of contactless payments in POS): a value with the
 * locative hyphenated to it right before the share word is the whole, the one other condition before it
 * the part (the value right before the share word was taken for the part: the share of POS among
 * contactless payments).
 */
function kazakhWholeInLocative(slots: readonly Slot[], draft: Reading['draft'], shareAt: number): boolean {
  const { prev } = cursor(slots);
  // («әмиян төлемдеріндегі Samsung Pay үлесі», the Samsung Pay share in wallet payments: the whole's own
  // word in the locative attribute, then the part, then the share word; a city or a bank besides says
  // where both are counted.)
  const partAt = prev(shareAt);
  const wholeAt = prev(partAt);
  if (KAZAKH_IN_ATTRIBUTE.test(slots[wholeAt]?.item.text ?? '')) {
    const whole = filterOf(draft.filters, slots[wholeAt]);
    const part = filterOf(draft.filters, slots[partAt]);
    const rest = draft.filters.filter((f) => f !== whole && f !== part && f.role === 'auto');
    if (whole?.role === 'auto' && part?.role === 'auto' && whole !== part && rest.every(isPlaceOrBank)) {
      for (const f of [whole, ...rest]) f.role = 'base';
      part.role = 'subset';
      return true;
    }
  }
  return hyphenedLocativeWhole(slots, draft, shareAt);
}

/**
 * «әмиян арқылы төлемдердің POS-тағы үлесі»: a value with the locative hyphenated to it right before the
 * share word is the whole, the one other condition before it the part (a filter of the rows' own
 * column, «Алматы мен Астана: …», is no condition here).
 */
function hyphenedLocativeWhole(slots: readonly Slot[], draft: Reading['draft'], shareAt: number): boolean {
  const { prev } = cursor(slots);
  const suffix = slots[shareAt - 1];
  if (suffix?.item.kind !== 'stop' || !suffix.item.dashBefore) return false;
  if (!KAZAKH_LOCATIVE_ENDINGS.some((end) => suffix.item.text.endsWith(end))) return false;
  const whole = filterOf(draft.filters, slots[prev(shareAt)]);
  if (whole?.role !== 'auto') return false;
  const rows = (f: DraftFilter) =>
    f.filter.kind === 'values' && (draft.dimensions as readonly string[]).includes(f.filter.column);
  const others = draft.filters.filter((f) => f !== whole && f.role === 'auto' && !rows(f));
  const before = slots.slice(0, prev(shareAt)).filter((x) => isFilterWord(x));
  if (others.length !== 1 || !before.some((x) => filterOf(others, x) === others[0])) return false;
  whole.role = 'base';
  others[0]!.role = 'subset';
  return true;
}

/** A column word of a breakdown the draft makes: "bank" in "each bank's share", «сол қаладағы». */
function isGroupWord(s: Slot | undefined, draft: Reading['draft']): boolean {
  return isKind(s, 'dimension') && draft.dimensions.includes(s.item.meaning.dimension);
}

/**
 * "Each bank's share of USD transactions", «доля каждого банка», «доли банков в количестве оплат счетов»,
 * "what share of POS and ECOM volume went to each category": the groups own the share — each group's
 * part of the whole the filters make (the filters were a part within each group).
 */
function groupsOwnShare(slots: readonly Slot[], draft: Reading['draft'], shareAt: number): boolean {
  const { next, prev } = cursor(slots);
  const grouping = (k: number) => isGroupWord(slots[k], draft);
  const each = (k: number) => isKind(slots[k], 'groupBy') && EACH_GROUP_WORDS.includes(slots[k]!.item.text);
  // the group's word right before the share word ("bank's share", "each bank's share", «банктің үлесі»)…
  // (not across a clause: «Для каждого города — доля онлайн-покупок …» is each city's own part)
  const share = slots[shareAt]!.item;
  // (…but not a group introduced by a preposition: «по каждому банку доля …», «для каждого города доля
  // …» are for each group, its own part.)
  // («в каком городе доля …», "in which city the share of …": the which-word may stand between too.)
  const introduced = (k: number) => {
    let p = each(k - 1) ? k - 2 : k - 1;
    if (isKind(slots[p], 'grammaticalNumber') || WHICH_WORDS.includes(slots[p]?.item.text ?? '')) p--;
    const lead = (slots[k - 1]?.item.text ?? '').split(' ')[0]!;
    return (
      FOR_EACH_LEADS.includes(slots[p]?.item.text ?? '') || (each(k - 1) && FOR_EACH_LEADS.includes(lead))
    );
  };
  // (…not in the locative: «түнгі операциялардың әр қаладағы үлесі», their share in each city, is within
  // each group.)
  const inGroup = KAZAKH_IN_ATTRIBUTE.test(slots[shareAt - 1]?.item.text ?? '');
  if (
    grouping(shareAt - 1) &&
    !inGroup &&
    !share.clauseBefore &&
    !share.commaBefore &&
    !introduced(shareAt - 1)
  )
    return true;
  // («әр банктің әмиян төлемдеріндегі үлесі», each bank's share in wallet payments: each group in the
  // genitive, the payments right before the share word in the locative — the whole the groups share.)
  const ownerEach = slots.some(
    (s, k) =>
      KAZAKH_EACH.includes(s.item.text) && grouping(k + 1) && KAZAKH_GENITIVE.test(slots[k + 1]!.item.text),
  );
  const wholeIn = slots[prev(shareAt)];
  const inWhole = KAZAKH_IN_ATTRIBUTE.test(wholeIn?.item.text ?? '');
  if (ownerEach && inWhole && (isMeasuredNoun(wholeIn) || isFilterWord(wholeIn))) {
    for (const s of slots) if (KAZAKH_EACH.includes(s.item.text)) s.used = true;
    return true;
  }
  // («Apple Pay төлемдерінің әр банкке тиесілі үлесі», the share of Apple Pay payments that falls to each
  // bank: each group in the dative and the verb of falling to it right before the share word — the groups
  // share the payments named before; it was Apple Pay's part within each bank.)
  const fallsTo = slots[shareAt - 1];
  if (
    KAZAKH_FALL_AFTER.includes(fallsTo?.item.text ?? '') &&
    grouping(shareAt - 2) &&
    KAZAKH_EACH.includes(slots[shareAt - 3]?.item.text ?? '')
  ) {
    fallsTo!.used = true;
    slots[shareAt - 3]!.used = true;
    return true;
  }
  // …or right after it, in the genitive («доля каждого банка», «доли банков в …», "share of each bank
  // in"; «доля … в каждом городе» and Kazakh «үлесі әр қалада» are within each)
  const after = slots[shareAt + 1]?.item.text === 'of' ? shareAt + 2 : shareAt + 1;
  // ("ECOM share per bank", "foreign transaction share per bank": "per" right after the share word,
  // with no "of", is a breakdown — the part said before the share word is within each group.)
  const perGroup = (k: number) => PER_WORDS.includes(slots[k]?.item.text ?? '') && k === shareAt + 1;
  const russianEach = (k: number) => each(k) && !KAZAKH_EACH.includes(slots[k]!.item.text) && !perGroup(k);
  const groupAt = grouping(after) ? after : russianEach(after) && grouping(after + 1) ? after + 1 : -1;
  // ("ECOM share of each bank's turnover": the part said before the share word and the group's own
  // measure after its word — the part within each group, not the groups' shares of ECOM.)
  const measured = (s: Slot | undefined) => isMeasuredNoun(s) || isKind(s, 'total') || isKind(s, 'count');
  // ("What share of each city's transactions were in a foreign currency?", "… of each bank's payments
  // were contactless": the part said after the group's own payments is within each too.)
  const partAfter = slots.some((x, k) => k > groupAt + 1 && isFilterWord(x));
  // ("ECOM share of each city's own txn count": "own" may stand between.)
  // ("… of each city's POS payments were swipe": the group's payments may be of a kind named before
  // their noun.)
  let own = next(groupAt);
  while (groupAt >= 0 && isFilterWord(slots[own]) && partAfter) own = next(own);
  const ownWhole = groupAt >= 0 && (isFilterWord(slots[shareAt - 1]) || partAfter) && measured(slots[own]);
  // («контактсыз төлемдердегі Apple Pay үлесі қалалар бойынша», Apple Pay's share in contactless payments
  // by city: the part named right before the share word and the groups followed by the Kazakh «бойынша»
  // are a breakdown of that part's share — within each city, not each city's share of Apple Pay.)
  // (…«әмиян үлесі», the wallet's share: the share of the payments made with one.)
  const by = slots[next(groupAt)];
  const part = slots[shareAt - 1];
  const named =
    isFilterWord(part) || (isKind(part, 'dimension') && part.item.meaning.dimension === 'wallet_type');
  const kazakhBreakdown = groupAt >= 0 && named && isKind(by, 'groupBy') && by.item.meaning.after === true;
  if (groupAt >= 0 && !ownWhole && !kazakhBreakdown) return true;
  // …or the share spread to each group: "went to each category", «пришлось на каждую категорию»
  // (Walking back over "to" / «на» to the verb.) ("… did each bank take": the groups take it.)
  return slots.some((_, k) => {
    if (!each(k) || !grouping(next(k))) return false;
    if (TAKE_VERBS.includes(slots[next(k) + 1]?.item.text ?? '')) return true;
    let v = k - 1;
    while (
      v >= 0 &&
      !SPREAD_VERBS.includes(slots[v]!.item.text) &&
      (slots[v]!.item.kind === 'stop' || isWeakComparator(slots[v]))
    )
      v--;
    return v >= 0 && SPREAD_VERBS.includes(slots[v]!.item.text);
  });
}

/**
 * A measure and then its share, joined by "and" (`and`, a count word before it):
 * - without groups the part is what the first clause names and the whole what the share's clause
 *   names after "of all" / «от всех» / «барлық», or the whole data when it names nothing: "How many
 *   foreign-currency payments in November, and what percentage of all transactions is that?", «Сколько
 *   оплат через Apple Pay … и какую долю они составили от всех бесконтактных оплат?», «… Samsung Pay
 *   арқылы қанша төлем жасалды және бұл барлық әмиян төлемдерінің қанша пайызы?»;
 * - with groups, each group's measure and its share of the whole: "Astana: number of transactions by
 *   type and each type's share of the count", «количество и доля каждой страны», «саны мен үлесі».
 * The words pointing back at the first clause ("is that", «это», «бұл») are its own. False when the
 * clauses do not say it: the share's clause names a part of its own, the first clause none or two not
 * named in the whole (without groups) or one after the count word (with groups: a part in each group,
 * or their spread?), or the whole is an amount where a count was asked.
 */
function readMeasureThenShare(slots: readonly Slot[], draft: Reading['draft'], and: number): boolean {
  const { next } = cursor(slots);
  const pointer = (s: Slot, k: number) =>
    k > and &&
    ((isKind(s, 'followUp') && s.item.meaning.anywhere === true) ||
      // («… и его доля»: "its" of the one thing measured; with groups, "its" is each group's own)
      (k === and + 1 &&
        ITS_WORDS.includes(s.item.text) &&
        !draft.dimensions.some((d) => !isTimeDimension(d))) ||
      (isKind(s, 'periodModifier') && s.item.text === 'бұл' && !isKind(slots[next(k)], 'timeUnit')));
  const pointers = slots.filter(pointer);
  // (They point at the first clause, whether or not the share is then clear.)
  for (const s of pointers) s.used = true;
  if (pointers.length > 0) {
    draft.pointsBack = slots.some(
      (s, k) => !pointer(s, k) && isKind(s, 'followUp') && s.item.meaning.anywhere === true,
    );
    draft.followUp = opensLikeFollowUp(slots) || draft.pointsBack;
  }
  const wholeAt = slots.findIndex((s, k) => k > and && (isKind(s, 'shareBase') || isKind(s, 'total')));
  const later = slots.flatMap((s, k) => (k > and && isFilterWord(s) ? [k] : []));
  const grouped = draft.dimensions.some((d) => !isTimeDimension(d));
  // ("Bill payments (BILL_PAYMENT) by bank: count, amount and each bank's share of the bill-payment
  // amount": with groups, a condition of the first clause said again after the share word names the
  // whole — before it, "Halyk's share of …", it is the part.)
  const shareWord = slots.findIndex((s, k) => k > and && isKind(s, 'share'));
  const saidAgain = (k: number) => {
    if (shareWord < 0 || k < shareWord) return false;
    const f = filterOf(draft.filters, slots[k]);
    return (
      f !== undefined && slots.some((s, j) => j < and && isFilterWord(s) && filterOf(draft.filters, s) === f)
    );
  };
  // (Filters in the share's clause name its whole only after a word for it.)
  if (later.some((k) => (wholeAt < 0 || k < wholeAt) && !(grouped && saidAgain(k)))) return false;
  const counted = draft.measures.every((m) => m.fn !== 'sum');
  if (counted && slots.some((s, k) => k > and && isKind(s, 'amount'))) return false;
  // ("for each city, the number of payments over 50 000 and their share of all that city's payments",
  // «… саны мен сол қаладағы барлық операциялар ішіндегі үлесі»: the share's whole is each group's own —
  // the one condition of the first clause is the part within it, counted beside its share. It was the
  // groups' spread of the part.)
  const ownWhole = slots.some(
    (s, k) =>
      k > and &&
      (OWN_WORDS.includes(s.item.text) ||
        (THAT_GROUP_WORDS.includes(s.item.text) && isGroupWord(slots[k + 1], draft))),
  );
  if (grouped && ownWhole && later.length === 0) {
    // (The first clause's one condition — none is named after the "and" — whatever role a word after it
    // gave it.)
    const part = draft.filters.filter((f) => f.role !== 'subset');
    if (part.length !== 1) return false;
    part[0]!.role = 'subset';
    for (const x of slots)
      if (OWN_WORDS.includes(x.item.text) || THAT_GROUP_WORDS.includes(x.item.text)) x.used = true;
    draft.shareWithMeasure = true;
    return true;
  }
  if (grouped) {
    // (Or the amount right before the "and": «…, сумма и доля каждой категории».)
    const counts = slots.findIndex((s) => isKind(s, 'count'));
    const countAt = counts >= 0 ? counts : cursor(slots).prev(and);
    if (pointers.length > 0 || slots.some((s, k) => k > countAt && k < and && isFilterWord(s))) return false;
  } else {
    if (pointers.length === 0 && wholeAt < 0) return false;
    const whole = new Set(later.map((k) => filterOf(draft.filters, slots[k])));
    if (whole.has(undefined)) return false;
    // (One condition only: with two — «покупок дороже 50 000 тг … в Алматы … и какая это доля от всех
    // покупок» — which one is the part and which says where both are counted?)
    const part = draft.filters.filter((f) => f.role !== 'base' && !whole.has(f));
    if (part.length !== 1) return false;
    for (const f of draft.filters) f.role = whole.has(f) || f.role === 'base' ? 'base' : 'subset';
  }
  draft.shareWithMeasure = true;
  return true;
}

/**
 * "What percent of Kaspi transactions exceeded 20k?", "for each bank, what % of its grocery purchases
 * were over 200 000 ₸", «какая доля онлайн-покупок дороже 50 000 ₸», «… пайызы 50 мыңнан асты?»,
 * Kazakh «100 мыңнан асатын операциялардың үлесі»: a comparison of the amount said after the share
 * word — or, in Kazakh, the last condition before it — is the part; the other conditions say whose
 * payments are the whole. (The share was asked back as "of what?", or with groups each group's share
 * of all the payments over the amount.) Not when another condition is the part already, or follows a
 * predicate of its own ("what share of payments over 100k were contactless").
 */
function markAmountAsPart(slots: readonly Slot[], draft: Reading['draft'], shareAt: number): void {
  const amounts = draft.filters.filter((f) => isAmountFilter(f.filter));
  if (amounts.length !== 1 || amounts[0]!.role !== 'auto') return;
  if (draft.filters.some((f) => f.role === 'subset')) return;
  if (slots.some((s, k) => isFilterWord(s) && afterPredicate(slots, k))) return;
  // (The comparison's word beside its number: "over 200 000", Kazakh «50 мыңнан асатын» after it.)
  const { next, prev } = cursor(slots);
  const numberAt = (k: number) => slots[k]?.item.kind === 'number';
  // (…the unit between: «50 000 теңгеден асты».)
  const unitBefore = (k: number) => (isKind(slots[prev(k)], 'currencyUnit') ? prev(prev(k)) : prev(k));
  const comparators = slots.flatMap((s, k) =>
    isKind(s, 'comparator') && (numberAt(next(k)) || numberAt(unitBefore(k))) ? [k] : [],
  );
  // («Доля зарубежных операций … выше 5%?»: a number in percent is the share's own threshold.)
  if (slots.some((_, k) => numberAt(k) && isKind(slots[next(k)], 'share'))) return;
  if (comparators.length !== 1) return;
  const at = comparators[0]!;
  const lastBefore = slots.findLastIndex((s, k) => k < shareAt && (isFilterWord(s) || k === at));
  // With groups, "share of payments between 10k and 50k by city" is how those payments spread over
  // the cities, as "share of ECOM payments by bank" is; a predicate makes the comparison the part
  // ("… were over 200 000", "exceeded", «был меньше»).
  const grouped = draft.dimensions.some((d) => !isTimeDimension(d));
  const predicate =
    PREDICATE_COMPARATORS.includes(slots[at]!.item.text) ||
    slots.some(
      (s, k) => k > shareAt && k < at && s.item.kind === 'stop' && SHARE_PREDICATES.includes(s.item.text),
    );
  // (In Kazakh likewise: «санаттар бойынша 50 мыңнан асатын операциялардың саны мен үлесі» is how those
  // payments spread over the categories; «әр банктегі …» names each group's own.)
  const kazakhPart = lastBefore === at && (!grouped || eachGroupInLocative(slots));
  if ((at > shareAt && (!grouped || predicate)) || kazakhPart) amounts[0]!.role = 'subset';
}

/**
 * «какой процент оборота карт Kaspi … пришёлся на продукты», «доля карт Kaspi, плативших
 * бесконтактно», "what share of Halyk cards paid contactless": the bank whose cards are named owns
 * the whole; the part is the other condition (it was taken for the part, the share inverted). Only the
 * first condition after the share word, which would be read as the part: «доля покупок в магазинах
 * по картам Каспи, проходящих через QR» has its part named by the predicate. («карт Kaspi», "of Halyk
 * cards", «Kaspi карталарының» own the whole; «Halyk карталарымен жасалды», made with Halyk cards,
 * names the part.)
 */
function markCardOwnerAsWhole(slots: readonly Slot[], draft: Reading['draft'], shareAt: number): void {
  const { next, prev } = cursor(slots);
  const first = slots.findIndex((x, k) => k > shareAt && isFilterWord(x));
  const bank = slots[first];
  if (!isKind(bank, 'value') || bank.item.meaning.column !== 'issuer_bank_name') return;
  const cardsAfter = slots[next(first)];
  const owner =
    isCardsNoun(slots[prev(first)]) ||
    (isCardsNoun(cardsAfter) &&
      (slots[first - 1]?.item.text === 'of' || KAZAKH_GENITIVE.test(cardsAfter?.item.text ?? '')));
  if (!owner) return;
  const own = filterOf(draft.filters, bank);
  if (own?.role === 'auto' && draft.filters.some((f) => f !== own && f.role === 'auto')) own.role = 'base';
}

const isWeakComparator = (x: Slot | undefined) => isKind(x, 'comparator') && x.item.meaning.weak === true;

const isPredicate = (x: Slot) => x.item.kind === 'stop' && SHARE_PREDICATES.includes(x.item.text);

/** The predicate at slot p is the verb of a relative clause: "that were made", «которые прошли». */
function inRelativeClause(slots: readonly Slot[], p: number): boolean {
  let r = p;
  while (r > 0 && isPredicate(slots[r - 1]!)) r--;
  return RELATIVE_WORDS.includes(slots[r - 1]?.item.text ?? '');
}

/** Whether only stop words stand between a predicate ("went", «пришлось», «прошла») and slot k. */
function afterPredicate(slots: readonly Slot[], k: number): boolean {
  // "went to": "to" is a weak comparator that no number follows here.
  // "paid by QR code": the "by" of the means (used by then) stands between too.
  // («приходится на эквайеров из Китая», «проведена по магнитной полосе»: a column word or «по» too.)
  const skippable = (x: Slot, at: number) =>
    (x.item.kind === 'stop' && !isPredicate(x)) ||
    isWeakComparator(x) ||
    isKind(x, 'groupBy') ||
    isKind(x, 'columnWord') ||
    // ("… used an entry mode other than contactless": the part said as what it is not.)
    (isKind(x, 'negation') && x.used) ||
    // ("what % of POS rows in 2026 have entry mode QR?": the part's own column named before it)
    (isKind(x, 'dimension') &&
      isKind(slots[k], 'value') &&
      slots[k].item.meaning.column === x.item.meaning.dimension) ||
    // «составляют операции в выходные»: the transactions named again before the part
    (isKind(x, 'entity') && x.item.meaning.entity === 'transactions') ||
    // «приходится на карты Халык»: the cards of the bank that is the part
    (isCardsNoun(x) && bankAt(slots[k])) ||
    // "came from merchants in Almaty": the merchants of the city that is the part (no breakdown)
    (isKind(x, 'dimension') && x.item.meaning.dimension === 'merchant_id' && x.used) ||
    // ("was spent at foreign merchants": the money's participle after the predicate.)
    (isKind(x, 'amount') && SPENT_PARTICIPLES.includes(x.item.text) && at > 0 && isPredicate(slots[at - 1]!));
  let p = k - 1;
  while (p >= 0 && skippable(slots[p]!, p)) p--;
  const q = slots[p];
  // ("… transactions came in at night": "came in" said before when is a predicate too.)
  const arrived = isKind(q, 'direction') && ARRIVED_WORDS.includes(q.item.text);
  if (!arrived && (q === undefined || !isPredicate(q))) return false;
  // ("Of all cards that paid with Samsung Pay, what % are Kaspi cards?", "what share of payments that
  // went through Apple Pay were in Almaty": a verb of a relative clause, with the share's own predicate
  // after it, describes the whole. Alone, "% of ECOM volume that went to foreign acquirers", it is the part.)
  // ("Of the POS payments made in Karaganda last month, what % were contactless?": likewise a participle
  // in the whole said first, "of …", before the share word — the city was taken for the part.)
  const wholeFirst =
    slots.slice(0, p).some((x) => WHOLE_FIRST_WORDS.includes(x.item.text)) &&
    slots.some((x, m) => m > k && isKind(x, 'share'));
  // ("What % of the contactless payments made in Astana last month went through Samsung Pay?": a
  // participle right after the noun of the payments, the share's own verb after it, describes the whole.)
  const participle = isPaymentsNoun(slots[p - 1]);
  if (
    (inRelativeClause(slots, p) || wholeFirst || participle) &&
    slots.some((x, m) => m > k && isPredicate(x) && !inRelativeClause(slots, m))
  )
    return false;
  for (let m = p + 1; m < k; m++) if (isKind(slots[m], 'comparator')) slots[m]!.used = true;
  return true;
}

/**
 * "… what % of POS payments were contactless AND made with a wallet", "… were contactless with a wallet":
 * the conditions said after the part's first one — joined by "and" (a predicate of their own may follow)
 * or by "with" — are in the part too. The second was taken for the whole.
 */
function partJoinedAfter(slots: readonly Slot[], at: number): number[] {
  const { next } = cursor(slots);
  const found: number[] = [];
  let k = at;
  for (;;) {
    let j = next(k);
    const s = slots[j];
    if (!s || s.item.commaBefore || s.item.clauseBefore) break;
    const withPhrase = isKind(s, 'presence') && WITH_WORDS.includes(s.item.text.split(' ')[0] ?? '');
    if (!withPhrase) {
      if (!isKind(s, 'conjunction')) break;
      j = next(j);
      if (!isFilterWord(slots[j]) || !afterPredicate(slots, j)) break;
    }
    found.push(j);
    k = j;
  }
  return found;
}

/** A whole named as a sum: «от общей суммы», «от общего оборота», "of the total amount". */
const AMOUNT_WHOLE = /сумм|оборот|amount|volume/;

/** A city or a bank, named as where or whose: context a share's part and whole are both counted in. */
function isPlaceOrBank(f: DraftFilter): boolean {
  return f.filter.kind === 'values' && !f.filter.negated && PLACE_OR_BANK_COLUMNS.includes(f.filter.column);
}

/** The columns of where a payment was made or whose card made it. */
const PLACE_OR_BANK_COLUMNS: readonly string[] = ['merchant_city', 'issuer_bank_name'];
/** …and the acquirer's country: where, too. */
const PLACE_COLUMNS: readonly string[] = [...PLACE_OR_BANK_COLUMNS, 'acquirer_country_iso'];

/** A bank named: whose cards. */
const bankAt = (s: Slot | undefined) => isKind(s, 'value') && s.item.meaning.column === 'issuer_bank_name';

/** A Kazakh measure noun in the locative of its possessive: «санындағы», «айналымындағы» (in the … of). */
const KAZAKH_IN_TOTAL = /(ндағы|ндегі)$/;

/**
 * The base named as a whole the part is in: "share of Google Pay in all wallet payments", «доля
 * бесконтактных в общем количестве покупок POS», and Kazakh, before its postposed noun, «POS сатып
 * алулар санындағы контактісіз төлемдердің үлесі» (the contactless share in the number of POS
 * purchases). The filters of that whole become the base; the measure word stays the measure.
 */
function markBaseAfterTotal(slots: readonly Slot[], draft: Reading['draft']): void {
  const isMeasureNoun = (s: Slot | undefined) => isKind(s, 'count') || isKind(s, 'amount');
  let after = -1;
  const before: number[] = [];
  slots.forEach((s, i) => {
    const t = s.item.text;
    if (t === 'in' && slots[i + 1]?.item.text === 'all') after = after < 0 ? i : after;
    // (…"in total ECOM volume": values of the whole may stand between; "in the total number of": an
    // article before it.)
    const j = ARTICLES.includes(slots[i + 1]?.item.text ?? '') ? i + 2 : i + 1;
    let noun = j + 1;
    while (isFilterWord(slots[noun])) noun++;
    if (IN_WORDS.includes(t) && isKind(slots[j], 'total') && isMeasureNoun(slots[noun]))
      after = after < 0 ? i : after;
    // «доля снятий в обороте карт Eurasian Bank»: in the turnover of …
    if (IN_WORDS.includes(t) && isKind(slots[i + 1], 'amount') && i > 0) after = after < 0 ? i : after;
    // «доля Apple Pay в бесконтакте», "share of Apple Pay in contactless": a value right after the
    // part ("в" between two values) is the whole. («доля бесконтактных платежей в Таразе», with the
    // noun between, stays open.)
    // («доля операций на АЗС в Павлодаре пришлась на выходные»: a city after "в" is where both are
    // counted, and nothing after it is the whole for that.)
    if (IN_WORDS.includes(t) && isFilterWord(slots[i - 1]) && isFilterWord(slots[i + 1])) {
      if (isCityValue(slots[i + 1])) before.push(i + 1);
      else after = after < 0 ? i : after;
    }
    // («POS сатып алуларындағы … Swipe үлесі»: in the POS purchases, the transactions noun likewise.)
    const transactions = isKind(s, 'entity') && s.item.meaning.entity === 'transactions';
    if ((isMeasureNoun(s) || transactions) && KAZAKH_IN_TOTAL.test(t)) before.push(...kazakhWhole(slots, i));
  });
  let marked = false;
  slots.forEach((s, i) => {
    if (!isFilterWord(s)) return;
    const f = filterOf(draft.filters, s);
    if (f?.role === 'auto' && ((after >= 0 && i > after) || before.includes(i))) {
      f.role = 'base';
      marked = true;
    }
  });
  // The one filter left outside the whole is the part.
  const rest = draft.filters.filter((f) => f.role === 'auto');
  if (marked && rest.length === 1 && !draft.filters.some((f) => f.role === 'subset'))
    rest[0]!.role = 'subset';
}

/**
 * The filter words of the whole before a Kazakh «…санындағы»: the noun it is of (its possessor, bare
 * or genitive) and the values describing that noun. «Шымкенттегі POS сатып алулар санындағы» → the
 * two values; in «шетелдік операциялардың жалпы транзакциялар санындағы үлесі» the whole is all
 * transactions and «шетелдік операциялардың» is the part (the possessor of «үлесі»).
 */
function kazakhWhole(slots: readonly Slot[], at: number): number[] {
  const skip = (k: number) => {
    while (k >= 0 && (slots[k]!.item.kind === 'stop' || isKind(slots[k], 'total'))) k--;
    return k;
  };
  let k = skip(at - 1);
  if (isKind(slots[k], 'entity')) k = skip(k - 1);
  const found: number[] = [];
  while (k >= 0 && isFilterWord(slots[k])) {
    found.push(k);
    k = skip(k - 1);
  }
  return found;
}

/** "weekdays vs weekends" read as one bucket phrase: the two kinds of day set against each other. */
const AGAINST_IN_BUCKET = /\b(vs|versus|against)\b|против|қарсы/;

/** The Kazakh share words, «пайызы», «үлесі»: what follows them is the part. */
const KAZAKH_SHARE_WORD = /(пайыз|үлес)/;

export const isFilterWord = (s: Slot | undefined) =>
  isKind(s, 'value') ||
  isKind(s, 'notValue') ||
  isKind(s, 'presence') ||
  isKind(s, 'weekdayFilter') ||
  isKind(s, 'hourRange') ||
  // «доля ночных операций (с 00:00 до 05:59)»: the part of the day of the hours said with it
  isKind(s, 'dayPart');

/** The noun of what is measured: "spend", «тратах», «шығындарындағы», "payments". */
const isMeasuredNoun = (s: Slot | undefined) =>
  isKind(s, 'amount') ||
  isKind(s, 'check') ||
  (isKind(s, 'entity') && s.item.meaning.entity === 'transactions');

/** The filter a value word went into. */
export function filterOf(filters: readonly DraftFilter[], slot: Slot | undefined): DraftFilter | undefined {
  const m = meaningOf(slot);
  switch (m?.kind) {
    case 'value':
    case 'notValue':
      return filters.find(
        (f) =>
          f.filter.kind === 'values' &&
          f.filter.column === m.column &&
          m.values.every((v) => f.filter.kind === 'values' && f.filter.values.includes(v)),
      );
    case 'presence':
      return filters.find((f) => f.filter.kind === 'presence' && f.filter.column === m.column);
    case 'weekdayFilter':
      return filters.find((f) => f.filter.kind === 'weekday');
    case 'hourRange':
      return filters.find(
        (f) => f.filter.kind === 'hours' && f.filter.from === m.from && f.filter.to === m.to,
      );
    // («… қанша пайызы әмиян арқылы жасалды», made through a wallet: the wallet's word made the condition
    // of having one.)
    case 'dimension':
      return m.dimension === 'wallet_type' && slot?.used === true
        ? filters.find((f) => f.filter.kind === 'presence' && f.filter.column === 'wallet_type')
        : undefined;
    case 'dayPart': {
      // (The hours its range read, the one range there is.)
      const hours = filters.filter((f) => f.filter.kind === 'hours');
      return hours.length === 1 ? hours[0] : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * "share", "percentage", «доля», «үлес»: the answer is a percentage — of each group of a breakdown, or
 * of a subset named by a filter within the other filters (the base). "among" / «среди» marks the base;
 * without it, and with more than one filter, the grammar of the sentence does:
 *   - the filter attached to the share word is the subset: "contactless share of…", "share of
 *     groceries in…", «доля продуктов в…», «мейрамханалардың үлесі»;
 *   - the filters attached to the measured noun are the base: "…of POS payments", "…of spend in
 *     Almaty", «…в тратах Халыка», «Halyk Bank шығындарындағы…»;
 *   - with no filter on the share word, the one filter left is the subset when a predicate introduces
 *     it ("what % of spend in Almaty is groceries", «…приходится на продукты»).
 * Only a single subset filter, every filter placed, a base not written right next to the subset
 * ("share of Kaspi online payments") and a subset that is not an adjective of the measured noun
 * ("share of contactless payments in Almaty"): otherwise the question is asked back as before.
 */
/**
 * "BCC wallet mix in 2026 - number of payments per wallet", «структура оборота по банкам: сумма»: the
 * mix word's slot when it is the only share word and a measure is named after it in a clause of its
 * own — the mix is then the breakdown, shown by that measure; else -1.
 */
function mixWithMeasure(slots: readonly Slot[]): number {
  const shares = slots.flatMap((s, k) => (isKind(s, 'share') && !s.used ? [k] : []));
  if (shares.length !== 1) return -1;
  const at = shares[0]!;
  if (!MIX_WORDS.test(slots[at]!.item.text)) return -1;
  // (A hyphen inside a word is no clause: «структура онлайн-оборота по категориям».)
  const clause = slots.findIndex(
    (s, k) =>
      k > at &&
      ((s.item.dashBefore && !isKind(slots[k - 1], 'value')) || s.item.clauseBefore || s.item.commaBefore),
  );
  if (clause < 0) return -1;
  const measured = slots.some(
    (s, k) => k >= clause && (isKind(s, 'count') || isKind(s, 'amount') || isKind(s, 'aggregate')),
  );
  return measured ? at : -1;
}

/**
 * "each month's share of 2025 turnover", "the share of each quarter in the year's count", «доля
 * каждого месяца в обороте 2025 года», «2025 жылғы әр тоқсанның жылдық … үлесі»: the share is of each
 * period of the timeline — its share of the whole, the filters saying what the whole is ("each
 * quarter's share of the 2025 grocery total"). Not "for each month, the share of online payments",
 * where the share is of something within each month.
 */
/** "Of each", the genitive of «каждый»: «доля каждого месяца», «доля каждой недели». */
const EACH_OF_WORDS: readonly string[] = ['каждого', 'каждой'];

function periodsOwnShare(slots: readonly Slot[], draft: Reading['draft']): boolean {
  const { next, prev } = cursor(slots);
  return slots.some((s, t) => {
    // (A period unit, or a column of the calendar: "share of each weekday in …", «доля каждого дня
    // недели в …».)
    const calendar = isKind(s, 'dimension') && isTimeDimension(s.item.meaning.dimension);
    // («әр сағаттың үлесі», each hour's share: the hour's word names the hour of the day.)
    const named: readonly string[] = isKind(s, 'timeUnit')
      ? labelled(s)
      : calendar
        ? [s.item.meaning.dimension]
        : [];
    if (!named.some((u) => (draft.dimensions as readonly string[]).includes(u))) return false;
    const each = slots[prev(t)];
    if (!isKind(each, 'groupBy') || !EACH_GROUP_WORDS.includes(each.item.text)) return false;
    // ("the share of each quarter", «доля каждого месяца»: of each, not "share in each quarter",
    // «доля … в каждом месяце», «үлесі әр тоқсанда».)
    const ofEach =
      EACH_OF_WORDS.includes(each.item.text) ||
      (slots[prev(t) - 1]?.item.text === 'of' && ['each', 'every'].includes(each.item.text));
    // ("what % of the turnover fell in each month", «какой процент оборота пришёлся на каждый месяц»:
    // a share, then the verb the part falls to each period by.)
    const verbAt = FALL_IN_LINKS.includes(slots[prev(t) - 1]?.item.text ?? '') ? prev(t) - 2 : prev(t) - 1;
    // (The Kazakh verb comes after the period: «айналымның қанша пайызы әр айға тиесілі».)
    const fallen =
      (FALL_WORDS.includes(slots[verbAt]?.item.text ?? '') ||
        KAZAKH_FALL_AFTER.includes(slots[t + 1]?.item.text ?? '')) &&
      slots.slice(0, t).some((o) => isKind(o, 'share'));
    const owned =
      fallen ||
      // (Not across a comma: "For each month, what % of transactions were online" is within each.)
      (isKind(slots[next(t)], 'share') &&
        !slots.slice(t + 1, next(t) + 1).some((x) => x.item.commaBefore || x.item.clauseBefore)) ||
      (isKind(slots[prev(prev(t))], 'share') && ofEach) ||
      (KAZAKH_GENITIVE.test(s.item.text) && slots.some((o, k) => k > t && isKind(o, 'share')));
    // ("(percent of each month's payments)": the period's own payments ending the phrase are the whole
    // within each period, not a share of the year — unlike "each month's turnover in the annual total".)
    const noun = slots[t + 1];
    const ownPayments =
      isMeasuredNoun(noun) &&
      (slots[t + 2] === undefined || slots[t + 2]!.item.commaBefore || slots[t + 2]!.item.clauseBefore);
    // (…a "by" right before — not across a clause mark: «сағат бойынша бөлінісі: әр сағаттың үлесі».)
    const byBefore = isKind(slots[prev(prev(t))], 'groupBy') && !each.item.clauseBefore;
    return owned && !ownPayments && !byBefore;
  });
}

export const readShare = definePass((r) => {
  const { slots, draft } = r;
  const { next, prev, opensItem, closesItem } = cursor(slots);
  let shareAt = -1;
  const mixNamesBreakdown = mixWithMeasure(slots);
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'share')) return;
    slot.used = true;
    if (i === mixNamesBreakdown) return;
    // "growth from Q1 to Q2, %", «рост … в %», «қанша пайызға өсті»: the change in percent, not a share.
    if (draft.growth && PERCENT_WORD.test(slot.item.text)) {
      // «екі соманы және өсу пайызын» (both amounts and the growth in %): both periods and the change.
      if (draft.compareOutput === 'both') {
        delete draft.compareOutput;
        for (const s of slots) if (isKind(s, 'compareOutput')) s.used = true;
      }
      return;
    }
    draft.share = true;
    draft.domain = true;
    if (shareAt < 0) shareAt = i;
  });
  if (shareAt < 0) return;
  if (periodsOwnShare(slots, draft)) {
    draft.spread = true;
    // ("Grocery turnover per quarter in 2025 and each quarter's share …": the measure, and its share.)
    const lastShare = slots.findLastIndex((x) => isKind(x, 'share'));
    // ("Turnover by day of the month for 2025, with each day's share …": "with" opening its clause joins
    // as "and" does.)
    // ("FY2025 turnover by month with each month's share of the year's turnover": …or right before the
    // share it adds, with only the period's own words between.)
    const beforeShare = (k: number) =>
      slots
        .slice(k + 1, lastShare)
        .every((y) => y.item.kind === 'stop' || isKind(y, 'groupBy') || isKind(y, 'timeUnit'));
    const and = slots.findLastIndex(
      (x, k) =>
        k < lastShare &&
        (isKind(x, 'conjunction') ||
          (x.item.kind === 'stop' &&
            ADDING_WORDS.includes(x.item.text) &&
            (x.item.commaBefore === true || beforeShare(k)))),
    );
    const measured = (x: Slot) => isKind(x, 'count') || isKind(x, 'amount') || isKind(x, 'total');
    // («…? Месяц и доля, по порядку месяцев»: a sentence of its own naming the period and the share
    // lists the columns — the money said before it is the whole, not a column.)
    const clauseStart = slots.findLastIndex((x, k) => k <= and && x.item.clauseBefore === true);
    // ("…? The months in calendar order, each with its share of the year.": their order and "each" too.)
    const listsLabels =
      clauseStart >= 0 &&
      slots
        .slice(clauseStart, and)
        .every(
          (x) =>
            x.item.kind === 'stop' ||
            isKind(x, 'timeUnit') ||
            isKind(x, 'dimension') ||
            isKind(x, 'timeOrder') ||
            (isKind(x, 'groupBy') && EACH_GROUP_WORDS.includes(x.item.text)),
        );
    if (and >= 0 && !listsLabels && slots.slice(0, and).some(measured)) draft.shareWithMeasure = true;
    // ("… of full-year 2025 turnover", «в годовом обороте», «жылдық … санындағы»: the year is the
    // whole the periods share, not a breakdown by year.)
    for (const [k, o] of slots.entries()) {
      if (!YEAR_WHOLE_WORDS.includes(o.item.text)) continue;
      if (o.item.text === 'full' && slots[k + 1]?.item.text !== 'year' && numberOf(slots[k + 1]) === null)
        continue;
      o.used = true;
      if (isKind(o, 'timeUnit') || isKind(o, 'bucket'))
        draft.dimensions = draft.dimensions.filter((d) => d !== 'year');
    }
    for (const [k, o] of slots.entries())
      if (KAZAKH_FALL_AFTER.includes(o.item.text) && isKind(slots[k - 1], 'timeUnit')) o.used = true;
    // ("For 2025, what % of the year's turnover …": the year said as the whole, its period given.)
    const t = draft.times.length === 1 ? draft.times[0]! : null;
    const oneYear =
      ((t?.kind === 'this' || t?.kind === 'previous') && t.unit === 'year') ||
      (t?.kind === 'dates' &&
        t.from.endsWith('-01-01') &&
        t.to === `${Number(t.from.slice(0, 4)) + 1}-01-01`);
    for (const [k, o] of slots.entries())
      if (
        oneYear &&
        !o.used &&
        isKind(o, 'timeUnit') &&
        o.item.meaning.unit === 'year' &&
        slots[k - 1]?.item.text === 'the'
      )
        o.used = true;
    return;
  }
  headingAsWhole(slots, draft, shareAt);
  innerPeriodLast(slots, draft);
  if (kazakhOwnerShare(slots, draft, shareAt)) return;
  if (kazakhWholeOfAll(slots, draft, shareAt)) return;
  if (kazakhWholeInLocative(slots, draft, shareAt)) return;
  markCardOwnerAsWhole(slots, draft, shareAt);
  markAmountAsPart(slots, draft, shareAt);
  // "POS/ECOM share", «доля Apple/Google Pay»: each one's share (the split), or both together? Asked back.
  // («Каспи и Халык …: доля рынка …, рядом»: "side by side" says each, which one share of both is not.)
  // ("Contactless share of POS payments, Shymkent vs Almaty, side by side": two places or banks set side
  // by side, with a part of another column beside the share word, are a share within each, a column
  // each — no list of parts. "Kaspi's share … vs Halyk's", the banks the part, stays asked back.)
  const listed = draft.filters.some((f) => {
    const { filter } = f;
    if (filter.kind !== 'values' || filter.negated || filter.values.length < 2) return false;
    const columnAt = (k: number) => {
      const at = filterOf(draft.filters, slots[k])?.filter;
      return at?.kind === 'values' ? at.column : null;
    };
    // (The owner of the share right before it — "Kaspi's share" — makes the pair the part.)
    const owner = columnAt(prev(shareAt)) === filter.column;
    const partBeside =
      !owner &&
      [prev(shareAt), next(shareAt)].some((k) => {
        const column = columnAt(k);
        return column !== null && column !== filter.column;
      });
    return !(draft.comparedValues && draft.split?.column === filter.column && isPlaceOrBank(f) && partBeside);
  });
  const eachSide = listed && slots.some((s) => isKind(s, 'sideBySide') || isKind(s, 'oneRow'));
  if (slots.some((s) => isKind(s, 'conjunction') && s.item.text === LIST_SLASH) || eachSide) {
    draft.issues.push({ kind: 'ambiguous_share' });
    return;
  }
  // «какую долю от общей суммы онлайн-покупок составили …» (what share of the total amount): the whole
  // named as a sum makes it a share of the amount.
  // ("share of all the cash withdrawn": the cash itself, a mass of money, after the share's "of".)
  const cashWhole = slots.some(
    (s, k) =>
      k > shareAt &&
      isKind(s, 'value') &&
      CASH_MONEY_PHRASES.includes(s.item.text) &&
      slots.slice(shareAt + 1, k).every((x) => x.item.kind === 'stop' || isKind(x, 'shareBase')),
  );
  const amountWhole =
    cashWhole || slots.some((s) => isKind(s, 'shareBase') && AMOUNT_WHOLE.test(s.item.text));
  const counted = slots.some((s) => isKind(s, 'count'));
  if (amountWhole && !counted && draft.measures.every((m) => m.fn === 'count'))
    draft.measures = [{ fn: 'sum' }];
  // «Сколько покупок … было в Павлодаре и какая это доля от всех покупок», "how many …, and what share
  // is that", "number of transactions by type and each type's share": a count and then its share, both
  // shown — or, when the clauses do not say which part and whole, asked back.
  // ("Entry-mode mix …: the count and share of each entry mode": the share word of the pair may be a
  // later one, right after "and".)
  const paired = slots.findLastIndex((x, k) => isKind(x, 'share') && isKind(slots[k - 1], 'conjunction'));
  // ("Halyk's type mix - count per type and each type's share": the last share word is the pair's.)
  // («…, 25 пайыздан асты ма?»: a percent after its number is a threshold, not a share word.)
  // («үлесін пайызбен», «доля каждого банка в процентах», "the share in percent": a percent word after a
  // share word is its unit, not a share of its own.)
  const lastShare = slots.findLastIndex(
    (x, k) =>
      isKind(x, 'share') &&
      slots[prev(k)]?.item.kind !== 'number' &&
      !(PERCENT_WORD.test(x.item.text) && slots.slice(0, k).some((y) => isKind(y, 'share'))),
  );
  const pairAt = Math.max(paired, shareAt, lastShare);
  // («Оборот ФортеБанка по месяцам и его доля рынка», «Jusan-тің ECOM айналымы … және оның … үлесі»:
  // an amount first, and then its share, pointed back at with "its".)
  const itsShare = slots.some(
    (y, k) => k < pairAt && ITS_WORDS.includes(y.item.text) && isKind(slots[k - 1], 'conjunction'),
  );
  // («Оборот АЗС по городам … и доля каждого города», "turnover by city … and each city's share",
  // «… және әр қаланың үлесі»: the share said of each group, the groups' amount is shown beside it — it
  // was dropped.) ("… with each mode's share": "each mode" may be one word of the lexicon.)
  const eachGroupShare =
    draft.dimensions.some((d) => !isTimeDimension(d)) &&
    slots.some(
      (y, k) =>
        (([...EACH_GROUP_WORDS, ...KAZAKH_EACH].includes(y.item.text) && isKind(slots[k + 1], 'dimension')) ||
          (isKind(y, 'dimension') && EACH_GROUP_WORDS.includes(y.item.text.split(' ')[0]!))) &&
        // («әр түрдің айналымдағы үлесі», each type's share in the turnover: the whole may stand between,
        // «әр банктің жалпы айналымдағы үлесі» with its word of the total too.)
        (Math.abs(k - pairAt) <= 2 ||
          (k + 3 <= pairAt &&
            k + 4 >= pairAt &&
            slots.slice(k + 2, pairAt).every((x) => isKind(x, 'amount') || isKind(x, 'total')))),
    );
  const measured = (y: Slot) =>
    isKind(y, 'count') || ((itsShare || eachGroupShare) && (isKind(y, 'amount') || isKind(y, 'total')));
  // («… по категориям: сумма и доля каждой категории», "amount and share", «сомасы мен үлесі»: an
  // amount right before the "and" of the pair is measured beside its share.)
  const amountBefore = (k: number) => isKind(slots[prev(k)], 'amount') || isKind(slots[prev(k)], 'total');
  // ("…? bank and the %": a last clause naming the label and the share lists the columns; the count
  // said before it is the share's whole, not a column of its own.)
  const labelsFirst = (k: number) => {
    const start = slots.findLastIndex((x, j) => j <= k && x.item.clauseBefore === true);
    return (
      start >= 0 &&
      start < k &&
      // («Банк атауы мен оның үлесін көрсетіңіз»: the label's "name" beside its column word.)
      slots
        .slice(start, k)
        .every(
          (x) =>
            x.item.kind === 'stop' ||
            isKind(x, 'dimension') ||
            (LABEL_WORDS.includes(x.item.text) && !NUMBER_LABEL_WORDS.includes(x.item.text)),
        )
    );
  };
  // ("turnover by city, with each city's share", "count per type + each type's share": "with" and
  // "plus" join the pair as "and" does, when the share is said of each group.)
  // ("Txn mix by type: count + share %": "+" and "plus" always.)
  const joins = (x: Slot) =>
    isKind(x, 'conjunction') ||
    (x.item.kind === 'stop' && PLUS_WORDS.includes(x.item.text)) ||
    (eachGroupShare && x.item.kind === 'stop' && ADDING_WORDS.includes(x.item.text));
  // ("number of transactions by entry mode, with share %": "with" after a comma, right before the share,
  // adds it as "and" does.)
  const withShare = (x: Slot, k: number) =>
    x.item.kind === 'stop' &&
    ADDING_WORDS.includes(x.item.text) &&
    x.item.commaBefore === true &&
    slots.slice(k + 1, pairAt).every((y) => y.item.kind === 'stop');
  const measuredAnd = slots.findLastIndex(
    (x, k) =>
      k < pairAt &&
      (joins(x) || withShare(x, k)) &&
      !labelsFirst(k) &&
      (slots.slice(0, k).some(measured) ||
        (k === prev(pairAt) && amountBefore(k)) ||
        (withShare(x, k) && slots.slice(0, k).some((y) => isKind(y, 'amount') || isKind(y, 'total')))),
  );
  // ("Grocery transactions by entry mode, with each mode's share %": the noun of the payments, joined
  // right before each group's share, is their count shown beside it — it was dropped.)
  const nounAnd = slots.findLastIndex(
    (x, k) =>
      eachGroupShare &&
      k < pairAt &&
      joins(x) &&
      slots.slice(k + 1, pairAt).every((y) => y.item.kind === 'stop' || isKind(y, 'dimension')) &&
      slots.slice(0, k).some(isPaymentsNoun),
  );
  const and = measuredAnd >= 0 ? measuredAnd : nounAnd;
  // ("by entry mode: entry mode, count, % of all transactions": the count listed as a column of its own
  // right before the share's item is shown beside it — it was dropped.)
  const itemBefore = prev(pairAt);
  // ("Columns: city, transactions, share %": the noun of payments listed is their count.)
  const countedItem = (x: Slot | undefined) => isKind(x, 'count') || isPaymentsNoun(x);
  const listedMeasure =
    and < 0 &&
    draft.dimensions.some((d) => !isTimeDimension(d)) &&
    (countedItem(slots[itemBefore]) || isKind(slots[itemBefore], 'amount')) &&
    opensItem(itemBefore, true) &&
    closesItem(itemBefore, true) &&
    opensItem(pairAt, true);
  // ("Contactless share of POS payments per bank, with the POS count", "… and the number of POS
  // payments": a count added after the share, with groups — of the part or of the whole?)
  const addedAfter = (k: number) => {
    let b = k - 1;
    while (
      b > shareAt &&
      (slots[b]!.item.kind === 'stop' || isKind(slots[b], 'value')) &&
      !ADDING_WORDS.includes(slots[b]!.item.text)
    )
      b--;
    return b > shareAt && (ADDING_WORDS.includes(slots[b]!.item.text) || isKind(slots[b], 'conjunction'));
  };
  const countAfter =
    and < 0 &&
    !listedMeasure &&
    draft.dimensions.some((d) => !isTimeDimension(d)) &&
    slots.some(
      (y, k) => k > shareAt && isKind(y, 'count') && y.item.meaning.strength === 'strong' && addedAfter(k),
    );
  // (Of the part or of the whole? Asked back: it was dropped without a word.)
  if (countAfter && !draft.growth) {
    draft.issues.push({ kind: 'ambiguous_share' });
    return;
  }
  if (listedMeasure && !draft.growth) {
    draft.shareWithMeasure = true;
    const fn = countedItem(slots[itemBefore]) ? 'count' : 'sum';
    if (!draft.measures.some((m) => m.fn === fn)) draft.measures.unshift({ fn });
  }
  if (and >= 0 && !draft.growth) {
    if (!readMeasureThenShare(slots, draft, and)) {
      draft.issues.push({ kind: 'ambiguous_share' });
      return;
    }
    if (!draft.dimensions.some((d) => !isTimeDimension(d))) return;
  }
  // "wallet share among contactless payments", "monthly wallet share": the share of payments made
  // with a wallet — the column word names the part, not a breakdown by wallet.
  // ("Wallet penetration in groceries: % of grocery POS payments paid with a wallet": before any share
  // word of the question, a heading's too.)
  // ("Each wallet's share of all wallet payments": after "each", a row per wallet.)
  const walletWord = slots.find(
    (s, k) =>
      isKind(s, 'dimension') &&
      s.item.meaning.dimension === 'wallet_type' &&
      isKind(slots[next(k)], 'share') &&
      !isKind(slots[prev(k)], 'groupBy'),
  );
  // ("payments by wallet - count per wallet and each wallet's share": with a breakdown by wallet said
  // in its own words, each wallet's share.)
  const byWallet = slots.some(
    (s, k) =>
      s !== walletWord &&
      isKind(s, 'dimension') &&
      s.item.meaning.dimension === 'wallet_type' &&
      isKind(slots[prev(k)], 'groupBy'),
  );
  const walletFilters = draft.filters.filter(
    (f) => 'column' in f.filter && f.filter.column === 'wallet_type',
  );
  // (…"paid with a wallet" said as well is the same part.)
  const [said] = walletFilters;
  const withWallet = walletFilters.length === 1 && said!.filter.kind === 'presence' && said!.filter.present;
  if (walletWord && !byWallet && !draft.blankRow && (walletFilters.length === 0 || withWallet)) {
    draft.dimensions = draft.dimensions.filter((d) => d !== 'wallet_type');
    if (!withWallet)
      draft.filters.push({
        filter: { kind: 'presence', column: 'wallet_type', present: true },
        role: 'subset',
      });
    else if (said!.role === 'auto') said!.role = 'subset';
  }
  // "the % split between Apple Pay, Google Pay and Samsung Pay": each named value's share.
  const list = draft.filters.find(
    (f) => f.filter.kind === 'values' && !f.filter.negated && f.filter.values.length >= 2,
  );
  // «Доли Apple Pay, Google Pay и Samsung Pay», "the shares of …": plural shares of a list, one each.
  const pluralShare = slots.some((s) => isKind(s, 'share') && PLURAL_SHARES.includes(s.item.text));
  if (
    list?.filter.kind === 'values' &&
    draft.dimensions.length === 0 &&
    (pluralShare || slots.some((s) => s.item.kind === 'stop' && SHARE_SPLIT_WORDS.includes(s.item.text)))
  ) {
    draft.dimensions.push(list.filter.column);
    // …«среди бесконтактных платежей»: each one's share of that whole, not of the listed ones only.
    if (pluralShare && slots.some((s) => isKind(s, 'shareBase')))
      draft.filters = draft.filters.filter((f) => f !== list);
    return;
  }
  if (draft.dimensions.some((d) => !isTimeDimension(d))) {
    readShareWithinGroups(slots, draft, shareAt);
    return;
  }
  markBaseAfterTotal(slots, draft);
  // ("What percentage of all money withdrawn from ATMs was withdrawn between 00:00 and 05:59?": a value
  // after the predicate that only says again one of the whole's, named after the share word, is not the
  // part — the hours are; it made the ATM the part of the night's money. "Night share: … 22:00–05:59"
  // names the part before the share word.)
  const saidBefore = (k: number) => {
    const f = filterOf(draft.filters, slots[k]);
    return (
      f !== undefined &&
      slots.some(
        (x, j) =>
          j > shareAt &&
          j < k &&
          isFilterWord(x) &&
          !afterPredicate(slots, j) &&
          filterOf(draft.filters, x) === f,
      )
    );
  };
  /** The part's first word from a filter word after the predicate: past one that only says the whole again. */
  const partAfter = (k: number) => {
    if (k < 0 || !saidBefore(k)) return k;
    const after = next(k);
    return isFilterWord(slots[after]) && !saidBefore(after) ? after : -1;
  };
  // "what % of all txns this year were contactless": "of all" made the filters after it the base, but
  // one after a predicate is the part.
  if (!draft.filters.some((f) => f.role === 'subset')) {
    const k = partAfter(slots.findIndex((s, i) => isFilterWord(s) && afterPredicate(slots, i)));
    const part = k >= 0 ? filterOf(draft.filters, slots[k]) : undefined;
    if (part?.role === 'base') {
      part.role = 'subset';
      return;
    }
  }
  const auto = draft.filters.filter((f) => f.role === 'auto');
  if (auto.length < 2 || draft.filters.some((f) => f.role === 'subset')) return;

  /** Filter words from k on in one direction, joined only by "and" / "or". */
  const run = (k: number, step: (i: number) => number): number[] => {
    const found: number[] = [];
    while (k >= 0 && isFilterWord(slots[k])) {
      found.push(k);
      const c = step(k);
      if (!isKind(slots[c], 'conjunction') || !isFilterWord(slots[step(c)])) break;
      k = step(c);
    }
    return found;
  };
  // «доля бесконтактных оплат в Павлодаре за этот год, от всех POS-операций»: with the whole named
  // outright ("of all", «от всех», «среди») the filter on the share word is the part, and a city or a
  // bank named beside it says where both are counted.
  // (Kazakh names it with «барлық» before the noun of the share word: «барлық операциялардың неше
  // пайызы онлайн төлемдер», what percent of all transactions are online payments.)
  const allBefore = slots.some(
    (s, k) =>
      k < shareAt &&
      isKind(s, 'total') &&
      s.item.text === 'барлық' &&
      isKind(slots[next(k)], 'entity') &&
      next(next(k)) === shareAt,
  );
  if (
    (slots.some((s) => isKind(s, 'shareBase')) && draft.filters.some((f) => f.role === 'base')) ||
    allBefore
  ) {
    const part = new Set(run(next(shareAt), next).map((k) => filterOf(draft.filters, slots[k])));
    const [only] = part;
    const context = auto.filter((f) => f !== only);
    if (part.size === 1 && only?.role === 'auto' && context.every(isPlaceOrBank)) {
      for (const f of auto) f.role = f === only ? 'subset' : 'base';
      return;
    }
  }
  // "what % of contactless payments went through Apple Pay", «какая доля POS-транзакций прошла через
  // мобильные кошельки»: a filter after a predicate is the part; every other filter is the base.
  // Kazakh puts the predicate after: «операциялардың қанша пайызы QR арқылы жасалған» (through QR).
  // …or a verb: «POS төлемдерінің қанша пайызы контактісіз болды», the part after the share word.
  // («… шетелдік операцияларға тиесілі»: the transactions noun may stand before the verb.)
  // («… қанша пайызы түнде, 00:00–05:59 аралығында болды?»: the night's clock hours, read with it, and
  // «аралығында», between them, may stand before the verb.)
  const verbAfter = (k: number) => {
    let j = k + 1;
    if (isKind(slots[k], 'dayPart') || isKind(slots[k], 'hourRange'))
      while (
        (slots[j]?.item.kind === 'number' && slots[j]!.used) ||
        KAZAKH_BETWEEN_AFTER.includes(slots[j]?.item.text ?? '')
      )
        j++;
    const noun = slots[j];
    return (
      KAZAKH_SHARE_PREDICATES.includes(noun?.item.text ?? '') ||
      (isKind(noun, 'entity') &&
        noun.item.meaning.entity === 'transactions' &&
        KAZAKH_SHARE_PREDICATES.includes(slots[j + 1]?.item.text ?? ''))
    );
  };
  const throughKazakh = (k: number) =>
    (slots[k + 1]?.item.text === 'арқылы' && slots.some((s) => isKind(s, 'share'))) ||
    (k > shareAt && verbAfter(k));
  const meansWord = (s: Slot) => isKind(s, 'dimension') && filterOf(draft.filters, s) !== undefined;
  const predicatedAll = slots.flatMap((s, k) =>
    (isFilterWord(s) || meansWord(s)) && (afterPredicate(slots, k) || throughKazakh(k)) ? [k] : [],
  );
  // (…the words after the one said again are the part: "was withdrawn between 00:00 and 05:59")
  const moved = predicatedAll.map(partAfter);
  const predicated = moved.some((k) => k >= 0) ? moved.filter((k) => k >= 0) : predicatedAll;
  if (predicated !== predicatedAll) for (const k of predicatedAll) if (saidBefore(k)) slots[k]!.used = true;
  // "what percent of ATM withdrawals were 50k or more": an amount after the predicate is the part.
  const amounts = auto.filter((f) => isAmountFilter(f.filter));
  const amountAfterPredicate = slots.some(
    (s, k) =>
      s.item.kind === 'number' &&
      (afterPredicate(slots, k) || (isKind(slots[k - 1], 'comparator') && afterPredicate(slots, k - 1))),
  );
  // Kazakh: «операциялардың неше пайызы 100 мың теңгеден асады» — the amount after the share word.
  const amountAfterKazakhShare =
    KAZAKH_SHARE_WORD.test(slots[shareAt]!.item.text) &&
    slots.some((s, k) => k > shareAt && s.item.kind === 'number' && isKind(slots[next(k)], 'currencyUnit'));
  if (predicated.length === 0 && amounts.length === 1 && (amountAfterPredicate || amountAfterKazakhShare)) {
    for (const f of auto) f.role = f === amounts[0] ? 'subset' : 'base';
    return;
  }
  // "what share of grocery spend went through MCC 5411", "… comes from MCC 4511": codes after the
  // predicate are the part.
  const ids = auto.filter((f) => f.filter.kind === 'ids');
  const idsColumn = ids.length === 1 && ids[0]!.filter.kind === 'ids' ? ids[0]!.filter.column : null;
  const idsAfterPredicate = slots.some(
    (s, k) =>
      isKind(s, 'dimension') &&
      s.item.meaning.dimension === idsColumn &&
      slots[k + 1]?.item.kind === 'number' &&
      afterPredicate(slots, k),
  );
  if (predicated.length === 0 && idsAfterPredicate) {
    for (const f of auto) f.role = f === ids[0] ? 'subset' : 'base';
    return;
  }
  // "Did Apple Pay account for more than 40% of contactless payments?", "… make up …": the subject of
  // the verb is the part, what the percent is of the whole.
  const verb = slots.findIndex(
    (s, k) =>
      s.item.kind === 'stop' &&
      SUBJECT_SHARE_VERBS.includes(s.item.text) &&
      (!MAKE_VERBS.includes(s.item.text) || slots[k + 1]?.item.text === 'up'),
  );
  // ("Did Swipe payments make up less than 10% of POS transactions?": the noun of the payments between.)
  const subjectEnd = isPaymentsNoun(slots[prev(verb)]) ? prev(prev(verb)) : prev(verb);
  const subject = verb > 0 && verb < shareAt ? run(subjectEnd, prev) : [];
  const subjectFilters = new Set(subject.map((k) => filterOf(draft.filters, slots[k])));
  const [subjectFilter] = subjectFilters;
  if (
    predicated.length === 0 &&
    subjectFilters.size === 1 &&
    subjectFilter?.role === 'auto' &&
    slots.every((s, k) => !isFilterWord(s) || k > verb || subject.includes(k))
  ) {
    for (const f of auto) f.role = f === subjectFilter ? 'subset' : 'base';
    return;
  }
  if (predicated.length > 0) {
    // (Conditions joined by "and", "… were contactless and made with a wallet", are the part together.)
    const said = isFilterWord(slots[predicated[0]!]) ? run(predicated[0]!, next) : [predicated[0]!];
    const part = new Set(
      [...said, ...partJoinedAfter(slots, said.at(-1)!)].map((k) => filterOf(draft.filters, slots[k])),
    );
    if (part.has(undefined)) return;
    for (const f of auto) f.role = part.has(f) ? 'subset' : 'base';
    return;
  }
  if (wholeNamedAfterIn(slots, draft, shareAt, run)) return;
  // ("Foreign-acquirer share of ECOM turnover": the column's word after its value labels the part.)
  const label = slots[prev(shareAt)];
  const owner = filterOf(draft.filters, slots[prev(prev(shareAt))])?.filter;
  const labelled =
    isKind(label, 'columnWord') && owner?.kind === 'values' && owner.column === label.item.meaning.column;
  // ("contactless payments share of POS": the part's own noun of payments may stand before the share
  // word — the whole after "of" was taken for the part.)
  // (Only with "of" after it: a Kazakh genitive noun before the share word is the whole.)
  const nounBefore =
    isPaymentsNoun(label) &&
    isFilterWord(slots[prev(prev(shareAt))]) &&
    slots[shareAt + 1]?.item.text === 'of';
  const before = run(labelled || nounBefore ? prev(prev(shareAt)) : prev(shareAt), prev);
  if (labelled && before.length > 0) label!.used = true;
  const subsetSlots = before.length > 0 ? before : run(next(shareAt), next);
  // "Share of contactless payments in Almaty": the subset is also an adjective of the measured noun,
  // so "in Almaty" may belong to either — asked back.
  if (!nounBefore && subsetSlots.some((k) => isMeasuredNoun(slots[k + 1]))) return;
  const baseSlots: number[] = [];
  slots.forEach((slot, n) => {
    // ("ForteBank's share of ATM withdrawals": a kind of payment named by its own noun is the whole.)
    if (before.length > 0 && n > shareAt && isKind(slot, 'value') && slot.item.meaning.counts === true) {
      if (!subsetSlots.includes(n) && !baseSlots.includes(n)) baseSlots.push(n);
      return;
    }
    if (!isMeasuredNoun(slot)) return;
    // ("Contactless share of foreign-currency POS payments": the words stacked before the noun are all
    // its own — the run stopped at the first.)
    const stacked = run(prev(n), prev);
    for (let k = (stacked.at(-1) ?? n) - 1; before.length > 0 && k > shareAt && isFilterWord(slots[k]); k--)
      stacked.push(k);
    for (const k of [...stacked, ...run(next(n), next)])
      if (!subsetSlots.includes(k) && !baseSlots.includes(k)) baseSlots.push(k);
  });
  // ("contactless share of pos oct 2026", "swipe share of pos karaganda": typed with no noun, the kind of
  // payment right after "share of" is the whole; a city or a bank besides says where both are counted.)
  if (baseSlots.length === 0 && before.length > 0 && slots[shareAt + 1]?.item.text === 'of') {
    const whole = run(next(shareAt), next).map((k) => filterOf(draft.filters, slots[k]));
    const part = filterOf(draft.filters, slots[before[0]!]);
    const kind = (f: DraftFilter | undefined) =>
      f?.filter.kind === 'values' && !f.filter.negated && KINDS_OF_PAYMENT.includes(f.filter.column);
    if (
      before.length === 1 &&
      whole.length === 1 &&
      kind(whole[0]) &&
      part !== undefined &&
      part !== whole[0] &&
      auto.every((f) => f === part || f === whole[0] || isPlaceOrBank(f))
    ) {
      for (const f of auto) f.role = f === part ? 'subset' : 'base';
      return;
    }
  }
  if (baseSlots.length === 0) return;
  if (baseSlots.some((b) => subsetSlots.some((a) => Math.abs(a - b) === 1))) return;

  const base = new Set(baseSlots.map((k) => filterOf(draft.filters, slots[k])));
  let subset = new Set(subsetSlots.map((k) => filterOf(draft.filters, slots[k])));
  if (subset.size === 0) {
    // "what % of spend in Almaty is groceries", «какой процент трат в Алматы приходится на продукты»:
    // the one filter left is the subset when a predicate introduces it.
    const rest = auto.filter((f) => !base.has(f));
    const at = slots.findIndex(
      (s) => isFilterWord(s) && rest.length === 1 && filterOf(draft.filters, s) === rest[0],
    );
    let k = at - 1;
    while (k >= 0 && slots[k]!.item.kind === 'stop' && !SHARE_PREDICATES.includes(slots[k]!.item.text)) k--;
    if (at < 0 || k < 0 || slots[k]!.item.kind !== 'stop') return;
    subset = new Set(rest);
  }
  if (base.has(undefined) || subset.has(undefined) || subset.size !== 1) return;
  if ([...subset].some((f) => base.has(f))) return;
  // ("contactless share of POS payments this month in Taraz", "…, Shymkent vs Almaty, side by side": with
  // the part said before the share word and the whole after it, a city or a bank besides says where both
  // are counted — it was asked back.)
  // ("Contactless share of POS payments at hotels (MCC 7011)": with the part said before the share
  // word, every condition said only after it narrows the whole — the hotels were left over.)
  const onlyAfter = (f: DraftFilter) => {
    // (Codes are numbers after their column's word: "MCC 7011".)
    const code = (s: Slot) =>
      f.filter.kind === 'ids' && s.item.kind === 'number' && f.filter.values.includes(s.item.value);
    const said = slots.flatMap((s, k) => (filterOf(draft.filters, s) === f || code(s) ? [k] : []));
    return said.length > 0 && said.every((k) => k > shareAt);
  };
  const where = (f: DraftFilter) => before.length > 0 && (isPlaceOrBank(f) || onlyAfter(f));
  if (!auto.every((f) => base.has(f) || subset.has(f) || where(f))) return;
  for (const f of auto) f.role = subset.has(f) ? 'subset' : 'base';
});

/** Columns whose value alone, after "in", names a whole of payments: «в ECOM», «в продуктовых», "in QR". */
const KINDS_OF_PAYMENT: readonly string[] = ['transaction_type', 'mcc_category', 'pos_entry_mode'];

/**
 * «Доля бесконтактных оплат в POS-операциях Kaspi», «доля QR-платежей в количестве POS-транзакций в
 * Алматы», «доля трансграничных операций в ECOM», "the share of QR payments in Kaspi POS transactions":
 * the part named right after the share word, then "in" and a whole of its own — filter words with the
 * noun of what is measured (or a kind of payment alone). The whole's filters are the base; a city or a
 * bank named besides says where both are counted. ("share of contactless payments in Almaty", a city
 * or a bank right after "in" with no noun of its own, stays open: where both are counted, or the whole?)
 */
function wholeNamedAfterIn(
  slots: readonly Slot[],
  draft: Reading['draft'],
  shareAt: number,
  run: (k: number, step: (i: number) => number) => number[],
): boolean {
  const { next } = cursor(slots);
  const part = run(next(shareAt), next);
  if (part.length === 0) return false;
  let j = part[part.length - 1]! + 1;
  if (isMeasuredNoun(slots[j])) j++;
  if (!IN_WORDS.includes(slots[j]?.item.text ?? '')) return false;
  j++;
  // ("in the total number of …", «в общем количестве …», «в обороте …»: the measure of the whole.)
  while (
    ARTICLES.includes(slots[j]?.item.text ?? '') ||
    isKind(slots[j], 'total') ||
    isKind(slots[j], 'count') ||
    isKind(slots[j], 'amount') ||
    slots[j]?.item.text === 'of'
  )
    j++;
  // ("in Kaspi POS transactions": values side by side, or joined by "and" / "or".)
  const whole: number[] = [];
  for (let k = j; isFilterWord(slots[k]); k = next(k)) {
    const joined = run(k, next);
    whole.push(...joined);
    k = joined[joined.length - 1]!;
    if (next(k) !== k + 1) break;
  }
  if (whole.length === 0) return false;
  const nounAfter = isMeasuredNoun(slots[whole[whole.length - 1]! + 1]);
  const kindAlone = whole.every((k) => {
    const m = meaningOf(slots[k]);
    return m?.kind === 'value' && KINDS_OF_PAYMENT.includes(m.column);
  });
  if (!nounAfter && !kindAlone) return false;
  const partFilters = new Set(part.map((k) => filterOf(draft.filters, slots[k])));
  const wholeFilters = new Set(whole.map((k) => filterOf(draft.filters, slots[k])));
  const [only] = partFilters;
  if (
    partFilters.size !== 1 ||
    only?.role !== 'auto' ||
    wholeFilters.has(undefined) ||
    wholeFilters.has(only)
  )
    return false;
  const auto = draft.filters.filter((f) => f.role === 'auto');
  if (!auto.every((f) => f === only || wholeFilters.has(f) || isPlaceOrBank(f))) return false;
  for (const f of auto) f.role = f === only ? 'subset' : 'base';
  return true;
}

/** A Kazakh locative, alone or made an attribute: «банкте», «банктегі», «қаладағы». */
const KAZAKH_IN_GROUP = /(да|де|та|те|нда|нде)(ғы|гі|қы|кі)?$/;

/** «әр банктегі», «әрбір қалада»: each group named, in the locative (within each of them). */
function eachGroupInLocative(slots: readonly Slot[]): boolean {
  return slots.some(
    (s, i) =>
      isKind(s, 'groupBy') &&
      KAZAKH_EACH.includes(s.item.text) &&
      KAZAKH_IN_GROUP.test(slots[i + 1]?.item.text ?? ''),
  );
}

/**
 * "Bill payments in Q1 2026: total value in tenge, of which paid online", «Количество операций в TRY за
 * 2025 год, в т.ч. бесконтактных», «… жалпы саны, оның ішінде Қытай (CHN) эквайерлері бойынша»: the
 * figure of the whole and of the part named after "of which" (the part was a filter of the whole: one
 * figure, the part's). Not beside a share or a comparison: asked back.
 */
export const readOfWhich = definePass(({ slots, draft }) => {
  const at = slots.findIndex((s) => isKind(s, 'ofWhich'));
  // ("Cards of which banks paid in yuan?": "of which" before a column asks for its values — the card
  // words' pass reads it.)
  if (at < 0 || asksWhichAt(slots, at)) return;
  slots[at]!.used = true;
  const after = slots.filter((s, k) => k > at && isFilterWord(s));
  const part = draft.filters.filter((f) => after.some((s) => filterOf([f], s) === f));
  // («сколько карт были активны и сколько из них покупали онлайн — двумя числами»: "two numbers" with
  // nothing else compared are the whole's and the part's — it was a comparison missing its second side.)
  const twoNumbers =
    draft.compare &&
    draft.compareOutput === 'both' &&
    !draft.comparedValues &&
    draft.times.length < 2 &&
    !slots.some((s) => isKind(s, 'compare'));
  if (twoNumbers && part.length > 0) {
    draft.compare = false;
    delete draft.compareOutput;
    for (const s of slots) if (isKind(s, 'compareOutput') && s.item.meaning.output === 'both') s.used = true;
  }
  if (draft.share || draft.compare || part.length === 0) {
    draft.issues.push({ kind: 'unknown_words', words: [slots[at]!.item.text] });
    return;
  }
  for (const f of draft.filters) f.role = part.includes(f) ? 'subset' : 'base';
  draft.share = true;
  draft.ofWhich = true;
});

/**
 * "How many distinct cards paid in Oskemen last month, and how many across the whole country?", «Оборот
 * в Алматы и по всей стране», «… және бүкіл ел бойынша»: the whole country set beside a city (after
 * "and" or "vs") is the whole's figure beside the city's, as "of which" gives them (the phrase was a
 * stop word, and the city's figure alone came back). The same phrase with no "and" before it, beside a
 * city and no share of it, contradicts it: asked back.
 */
export const readWholeBeside = definePass(({ slots, draft }) => {
  // The whole: the country ("across the whole country") — of a city kept; or every value of a column
  // kept to some ("…, and how many across all banks?", «… и сколько по всем банкам?», «… и какая доля
  // клиентов всех банков?»), which the breakdowns pass set aside as "over all of them" (the bank's figure
  // alone came back).
  const country = slots.findIndex(
    (s) => s.item.kind === 'stop' && WHOLE_COUNTRY_PHRASES.includes(s.item.text),
  );
  const keptTo = (column: string) =>
    draft.filters.filter(
      (f) => f.filter.kind === 'values' && f.filter.column === column && !f.filter.negated,
    );
  const allOf = slots.findIndex(
    (s, k) =>
      isKind(s, 'dimension') &&
      s.used &&
      ALL_WORDS.includes(slots[k - 1]?.item.text ?? '') &&
      !draft.dimensions.includes(s.item.meaning.dimension) &&
      keptTo(s.item.meaning.dimension).length > 0,
  );
  const at = country >= 0 ? country : allOf;
  if (at < 0) return;
  const named = slots[allOf];
  const column =
    country >= 0 ? 'merchant_city' : isKind(named, 'dimension') ? named.item.meaning.dimension : '';
  const parts = keptTo(column);
  if (parts.length === 0) return;
  const words = [country >= 0 ? slots[at]!.item.text : `${slots[at - 1]!.item.text} ${slots[at]!.item.text}`];
  // ("and how many across the whole country", «и сколько по всей стране», "vs nationwide", "and what's
  // the same figure across all banks": "and" or a comparison, then at most a count word, "the same
  // figure", a preposition, before the phrase.)
  /** Back from k over the slots `over` accepts: the first one it does not. */
  const backOver = (k: number, over: (x: Slot) => boolean) => {
    let j = k;
    while (j >= 0 && (slots[j]!.item.kind === 'stop' || over(slots[j]!))) j--;
    return j;
  };
  const b = backOver(at - 1, (x) => isKind(x, 'count') || isKind(x, 'followUp') || isKind(x, 'groupBy'));
  const beside = isKind(slots[b], 'conjunction') || isKind(slots[b], 'compare');
  // (A share of it, "Almaty's share of turnover across the whole country", has the whole already.)
  if (draft.share || draft.compare || draft.ofWhich) {
    // ("What share of Halyk's payments used Apple Pay, and the same figure across all banks?", «… и какая
    // доля клиентов всех банков?»: a second share beside the first, which the plan does not make — asked
    // back; it was the first alone.)
    const c = backOver(b, (x) => isKind(x, 'share') || isKind(x, 'entity') || isKind(x, 'grammaticalNumber'));
    const again = beside || (c < b && isKind(slots[c], 'conjunction'));
    if (again && country < 0) draft.issues.push({ kind: 'unknown_words', words });
    return;
  }
  // ("Turnover of Kaspi across all banks", "Almaty nationwide": the one and the whole at once.)
  if (!beside) {
    draft.issues.push({ kind: 'unknown_words', words });
    return;
  }
  slots[b]!.used = true;
  for (let k = b + 1; k < at; k++)
    if (isKind(slots[k], 'followUp') || isKind(slots[k], 'count')) slots[k]!.used = true;
  for (const f of draft.filters) f.role = parts.includes(f) ? 'subset' : 'base';
  draft.share = true;
  draft.ofWhich = true;
});

/**
 * "What % of POS turnover came from the top 10 merchants?", «Какая доля оборота приходится на топ-10
 * мерчантов?»: the share of the top groups taken together — one figure the plan does not make (it
 * showed each one's share, ten rows). Asked back; "each of the top 10" keeps a row each.
 */
export const readTopShare = definePass(({ slots, draft }) => {
  if (!draft.share || (draft.top?.limit ?? 0) < 2) return;
  const shareAt = slots.findIndex((s) => isKind(s, 'share'));
  const topAt = slots.findIndex((s) => isKind(s, 'top'));
  if (shareAt < 0 || topAt < shareAt) return;
  let b = topAt - 1;
  while (slots[b]?.item.kind === 'stop' && !TOP_PART_WORDS.includes(slots[b]!.item.text)) b--;
  if (!TOP_PART_WORDS.includes(slots[b]?.item.text ?? '')) return;
  if (slots.some((s) => isKind(s, 'groupBy') && EACH_GROUP_WORDS.includes(s.item.text))) return;
  draft.issues.push({ kind: 'unsupported', what: 'top_share' });
});

/** "in a foreign currency", «в долларах»: a currency after "in" at `at`, which says how payments were made. */
function inCurrency(slots: readonly Slot[], inWord: number, at: number): boolean {
  const m = meaningOf(slots[at]);
  return (
    IN_WORDS.includes(slots[inWord]?.item.text ?? '') &&
    (m?.kind === 'value' || m?.kind === 'notValue') &&
    m.column === 'transaction_currency'
  );
}

/**
 * «Оборот Каспи в POS по категориям и доля Каспи в обороте каждой категории»: a figure of the part said
 * before "and" with its share after — the figure was dropped, the share alone shown. Asked back until
 * the part's figure is shown beside its share here.
 */
export const checkPartFigure = definePass(({ slots, draft }) => {
  if (!draft.share || draft.shareWithMeasure) return;
  const parts = draft.filters.filter((f) => f.role === 'subset');
  const shareAt = slots.findIndex((s) => isKind(s, 'share'));
  if (parts.length === 0 || shareAt < 0) return;
  const measured = (x: Slot) => isKind(x, 'count') || isKind(x, 'amount');
  const and = slots.findLastIndex((s, k) => k < shareAt && isKind(s, 'conjunction'));
  if (and < 0) return;
  const ofPart = (x: Slot) => {
    const f = isFilterWord(x) ? filterOf(draft.filters, x) : undefined;
    return f !== undefined && parts.includes(f);
  };
  const before = slots.slice(0, and);
  const partBefore = before.some(ofPart);
  const partAfter = slots.some((x, k) => k > shareAt && ofPart(x));
  if (before.some(measured) && partBefore && partAfter) draft.issues.push({ kind: 'ambiguous_share' });
});
