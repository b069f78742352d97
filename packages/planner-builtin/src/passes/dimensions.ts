import type { DraftFilter } from '../draft.js';
import type { CategoricalDimension, Dimension } from '../frame.js';
import { isCycleDimension, isTimeDimension } from '../frame.js';
import { marksOf } from '../tokenize.js';
import {
  ACROSS_WORDS,
  ACTIVE_WORDS,
  ALL_WORDS,
  ASKING_WHICH,
  AT_PLACE_WORDS,
  ATTACHING_WORDS,
  CODE_WORDS,
  COLUMN_VALUE_NOUNS,
  COLUMN_VALUES_NOUN,
  COUNTRY_AS_WHOLE,
  DAY_OF_MONTH_NOUNS,
  DISTINCT_WORDS,
  EACH_ALONE_WORDS,
  EACH_GROUP_WORDS,
  EACH_WORDS,
  FOR_EACH_LEADS,
  IN_TOTAL_WORDS,
  IN_WORDS,
  KAZAKH_DISTINCT_AFTER,
  KAZAKH_EACH,
  KAZAKH_GENITIVE,
  KAZAKH_IN_ATTRIBUTE,
  KAZAKH_KINDS,
  KAZAKH_LOCATIVE_ENDINGS,
  KAZAKH_SPLIT_VERBS,
  LISTING_VERBS,
  NOUN_COUNT_WORDS,
  OWNER_PLURAL_ENDINGS,
  PERCENT_WORD,
  PLAIN_BY,
  RANK_WORDS,
  RELATIVE_OPENERS,
  RUSSIAN_COUNTRY_SINGULAR,
  SHARE_PREDICATES,
  SPREAD_ACROSS_WORDS,
  TURNOVER_WORD,
  VALUES_OF_WORDS,
  WALLET_INSTRUMENTAL,
  WITH_TURNOVER_WORDS,
} from '../vocabulary/index.js';
import { isPluralWord } from '../word-forms.js';
import { cursor } from './cursor.js';
import {
  addDimension,
  addFilter,
  definePass,
  insideBrackets,
  isCardsNoun,
  isCityValue,
  isCountedNoun,
  isDescribingValue,
  isEachWallet,
  isHowMany,
  isKind,
  meaningOf,
  type Slot,
} from './reading.js';
import { isMeasureWord } from './sort-by.js';

/** The MCC said in a phrase of the category's column word: «МСС категории», "MCC category". */
const MCC_WORD = /^(mcc|мсс|мcc) /;
/** The noun of a currency inside a phrase: "foreign currency", «иностранной валюте», «шетел валютасы». */
const CURRENCY_NOUN = /currenc|валют/;

/** A Kazakh column word in its possessive or locative: «санаты», «санатындағы», «түріндегі». */
const KAZAKH_OWN_COLUMN_WORD = /(ы|і|ындағы|індегі|нда|нде)$/;
/** How many values of a column the (non-negated) filters list. */
function listedValues(filters: readonly DraftFilter[], column: Dimension): number {
  const f = filters.find(
    (x) => x.filter.kind === 'values' && x.filter.column === column && !x.filter.negated,
  );
  return f && f.filter.kind === 'values' ? f.filter.values.length : 0;
}

/**
 * Column words: a breakdown ("by city", «по банкам», «банктер бойынша»), a distinct count when counted
 * ("how many merchants" → count(DISTINCT merchant_id)), or nothing when the word only names the column
 * of a value next to it («в городе Алматы», "the Pharmacies category", "grocery stores") — unless it
 * is a breakdown over a list («по категориям одежда, электроника и аптеки») or over what an exclusion
 * leaves ("by currency, foreign currencies only", "by country abroad").
 */
/** "Which electronics shop …": the column word at i asked for with "which", values of a kind between. */
function askedWhich(slots: readonly Slot[], i: number): boolean {
  let j = i - 1;
  while (isKind(slots[j], 'value')) j--;
  return ASKING_WHICH.includes(slots[j]?.item.text ?? '');
}

/**
 * "List the distinct MCC codes under Travel", "distinct wallet_type values": with a verb of listing before
 * the column word or its values noun after it, and no word of counting, the distinct values are listed
 * (value-list.ts) — they were counted.
 */
export function listsDistinct(slots: readonly Slot[], i: number): boolean {
  if (slots.some((s) => isKind(s, 'count'))) return false;
  const text = (k: number) => slots[k]?.item.text ?? '';
  // ("Distinct values of transaction_type?": the values noun and "of" may stand between.)
  // («Уникальные значения merchant_city»: the genitive needs no "of".)
  const valuesOf =
    (VALUES_OF_WORDS.includes(text(i - 1)) &&
      COLUMN_VALUE_NOUNS.includes(text(i - 2)) &&
      DISTINCT_WORDS.includes(text(i - 3))) ||
    (COLUMN_VALUE_NOUNS.includes(text(i - 1)) && DISTINCT_WORDS.includes(text(i - 2)));
  // («acquirer_country_iso бірегей мәндері»: Kazakh names the column first.)
  if (KAZAKH_DISTINCT_AFTER.includes(text(i + 1)) && COLUMN_VALUE_NOUNS.includes(text(i + 2))) return true;
  if (!DISTINCT_WORDS.includes(text(i - 1)) && !valuesOf) return false;
  return (
    valuesOf ||
    slots.slice(0, i).some((s) => LISTING_VERBS.includes(s.item.text)) ||
    COLUMN_VALUE_NOUNS.includes(text(i + 1))
  );
}

/**
 * A column's word that is plural in its owner's case: "banks", «банков», «банктердің». (A Russian
 * genitive singular, «карт банка», looks like a nominative plural to isPluralWord; after the noun it
 * owns it is the singular.)
 */
function ownerPlural(word: string): boolean {
  if (/^[a-z]/.test(word)) return isPluralWord(word);
  return OWNER_PLURAL_ENDINGS.test(word);
}

/**
 * «… по способу ввода …: количество и доля каждого способа», «енгізу тәсілі бойынша … әр тәсілдің
 * үлесі»: after "each", a word the vocabulary does not know alone that shares its stem with a word of a
 * column's phrase said before it is that column again (the head noun of "entry method" said short).
 */
/** The shortest stem compared: «тәсіл», «способ». */
const SHORT_NOUN_STEM = 5;

function readShortColumnNoun(slots: Slot[]): void {
  slots.forEach((s, i) => {
    const each = slots[i - 1];
    if (s.item.kind !== 'unknown' || !isKind(each, 'groupBy') || !EACH_GROUP_WORDS.includes(each.item.text))
      return;
    const stem = s.item.text.slice(0, Math.max(SHORT_NOUN_STEM, s.item.text.length - 3));
    const named = slots.find(
      (x, k) =>
        k < i - 1 &&
        isKind(x, 'dimension') &&
        x.item.text.includes(' ') &&
        x.item.text.split(' ').some((w) => w.startsWith(stem)),
    );
    if (isKind(named, 'dimension'))
      s.item = { kind: 'meaning', text: s.item.text, meaning: named.item.meaning, ...marksOf(s.item) };
  });
}

/** «какие» (which, plural): the Russian question word, read as the number of what it asks. */
const pluralWhich = (s: Slot | undefined): boolean =>
  isKind(s, 'grammaticalNumber') && s.item.meaning.plural === true;

/**
 * «айналымы 5 млн теңгеден асқан мерчанттар», merchants whose turnover exceeded 5 million: a condition
 * on a turnover read right before the merchants word at i — their city may stand between, «… асқан
 * Шымкент мерчанттары».
 */
function turnoverCondition(slots: readonly Slot[], i: number): boolean {
  const { prev } = cursor(slots);
  const at = isCityValue(slots[prev(i)]) ? prev(prev(i)) : prev(i);
  return (
    isKind(slots[at], 'comparator') &&
    slots[at]!.used &&
    slots.slice(Math.max(0, at - 6), at).some((x) => isKind(x, 'amount') && TURNOVER_WORD.test(x.item.text))
  );
}

/**
 * «Оборот по MCC 5812, 5813 и 5814 …, отдельно по каждому коду», "top 5 MCC …, show the code and
 * turnover": after MCC is named, "code" alone is the MCC code (it was not understood). Not beside another
 * column's word or value: «код валюты», "country code".
 */
function readCodeWord(slots: Slot[]): void {
  const mcc = slots.findIndex((x) => isKind(x, 'dimension') && x.item.meaning.dimension === 'merchant_mcc');
  const named = slots[mcc];
  if (!isKind(named, 'dimension')) return;
  const column = (x: Slot | undefined) =>
    isKind(x, 'dimension') || isKind(x, 'columnWord') || isKind(x, 'value') || isKind(x, 'notValue');
  slots.forEach((s, i) => {
    if (i <= mcc || s.item.kind !== 'unknown' || !CODE_WORDS.includes(s.item.text)) return;
    // (…nor after the code itself: «MCC 5411 коды бойынша» is the one code.)
    if (column(slots[i - 1]) || column(slots[i + 1]) || slots[i - 1]?.item.kind === 'number') return;
    s.item = { kind: 'meaning', text: s.item.text, meaning: named.item.meaning, ...marksOf(s.item) };
  });
}

export const readDimensions = definePass((r) => {
  const { slots, draft, notes } = r;
  const { next, prev, valueColumnAt, countCueBefore, stopBefore } = cursor(slots);
  readShortColumnNoun(slots);
  readCodeWord(slots);
  // "Which foreign currency had the smallest turnover?": after "which", the phrase of the excluded
  // tenge names the column asked for too — a row for each foreign currency (it was the smallest
  // payment in any of them).
  // («2026 жылы қай шет елде айналым ең жоғары болды?»: any such phrase that names its column.)
  // ("Rank foreign currencies by growth …": ranked likewise. "Foreign acquirer countries last quarter:
  // count, turnover and cards for each": heading the question with "for each" closing it — the column
  // word may follow the exclusion. Both were one figure over all of them.)
  // (…"for each (all transaction types)": a reminder in brackets after it, every value of a column, may
  // close the question.)
  let last = slots.findLastIndex((s) => s.item.kind !== 'stop');
  if (
    isKind(slots[last], 'dimension') &&
    insideBrackets(slots, last) &&
    ALL_WORDS.includes(slots[last - 1]?.item.text ?? '')
  )
    last = slots.findLastIndex((s, k) => k < last - 1 && s.item.kind !== 'stop');
  // (…"for each, sorted by turnover" / ", by turnover descending": an order of the rows in a clause of its
  // own after it — the breakdown was lost, one figure over all of them.)
  const ordering = (s: Slot) =>
    s.item.kind === 'stop' ||
    isKind(s, 'sortBy') ||
    isKind(s, 'groupBy') ||
    isKind(s, 'largestFirst') ||
    isKind(s, 'smallestFirst') ||
    isMeasureWord(s);
  const orderAt = slots.findIndex(
    (s, k) =>
      s.item.commaBefore === true &&
      (isKind(s, 'sortBy') || isKind(s, 'groupBy')) &&
      slots.slice(k).every(ordering) &&
      slots
        .slice(k)
        .some((o) => isKind(o, 'sortBy') || isKind(o, 'largestFirst') || isKind(o, 'smallestFirst')),
  );
  if (orderAt > 0 && isKind(slots[prev(orderAt)], 'groupBy')) last = prev(orderAt);
  const eachClosing =
    isKind(slots[last], 'groupBy') &&
    EACH_ALONE_WORDS.includes(slots[last]!.item.text) &&
    FOR_EACH_LEADS.includes(stopBefore(last) ?? '');
  slots.forEach((slot, i) => {
    if (!isKind(slot, 'notValue')) return;
    const { column, namesColumn } = slot.item.meaning;
    const word = slots[next(i)];
    const columnAfter =
      isKind(word, 'dimension') && word.item.meaning.dimension === column && next(i) === i + 1;
    const heads = slots.slice(0, i).every((s) => s.item.kind === 'stop');
    // ("Top 3 foreign currencies (excl. KZT) by …": right after a top N, the values the exclusion leaves.)
    const topN =
      namesColumn === true &&
      (isKind(slots[i - 1], 'top') || (slots[i - 1]?.item.kind === 'number' && isKind(slots[i - 2], 'top')));
    const ranked = (RANK_WORDS.includes(slots[i - 1]?.item.text ?? '') && i === 1) || topN;
    const each = eachClosing && heads && (namesColumn || columnAfter);
    if (!each && !namesColumn && !(column === 'transaction_currency' && CURRENCY_NOUN.test(slot.item.text)))
      return;
    const which =
      ASKING_WHICH.includes(stopBefore(i) ?? '') || ASKING_WHICH.includes(slots[i - 1]?.item.text ?? '');
    if (!which && !ranked && !each) return;
    addDimension(r, column, i);
    if (each) {
      slots[last]!.used = true;
      if (columnAfter) word.used = true;
    }
  });
  // "how many different foreign currencies did Jusan cards pay in", «сколько разных иностранных валют»,
  // «неше түрлі шетел валютасында»: the values an exclusion leaves, counted distinct (it counted the
  // cards, or the payments).
  slots.forEach((slot, i) => {
    if (!isKind(slot, 'notValue')) return;
    const before = slots[i - 1];
    if (before?.item.kind !== 'stop' || ![...DISTINCT_WORDS, ...KAZAKH_KINDS].includes(before.item.text))
      return;
    const cue = slots[i - 2];
    if (!isKind(cue, 'count') || cue.used) return;
    // (The exclusion must name its column's values: «разных иностранных мерчантов» counts the merchants.)
    if (!COLUMN_VALUES_NOUN.test(slot.item.text)) return;
    cue.used = true;
    before.used = true;
    draft.measures.push({ fn: 'count_distinct', column: slot.item.meaning.column as CategoricalDimension });
  });
  // "top…", "show…", "the most…" make a column word a ranking or a listing of its values.
  // ("the most recent Samsung Pay transaction at a merchant": a superlative read already, as the last
  // payment's, ranks nothing.)
  const ranking = (s: Slot) => isKind(s, 'superlative') && !s.used;
  const ranks = slots.some(
    (s) => isKind(s, 'top') || isKind(s, 'listVerb') || ranking(s) || isKind(s, 'share'),
  );
  // …but a share does not rank the values an exclusion leaves: "what share came from transactions in a
  // currency other than KZT" is the share of the foreign ones together.
  // ("show the total amount in cities other than Almaty", «… жалпы сомасын көрсетіңіз»: "show" with a
  // total asks for the one number, not a row per city left.)
  const total = slots.some((s) => isKind(s, 'total'));
  const ranksValues = slots.some((s) => isKind(s, 'top') || (isKind(s, 'listVerb') && !total) || ranking(s));
  const shareOfCity = slots.some((s) => isKind(s, 'share')) && slots.some(isCityValue);
  // «средний чек в ресторанах по стране за 2025»: «по стране», the singular with nothing beside it, is the
  // whole country, as «по всей стране» is («по стране и валюте», «по стране эквайера», «по странам» and a
  // question of foreign payments break down by country).
  const foreign = slots.some(
    (s) => (isKind(s, 'value') || isKind(s, 'notValue')) && s.item.meaning.column === 'acquirer_country_iso',
  );
  const alone = (i: number) =>
    slots[i]!.item.text === RUSSIAN_COUNTRY_SINGULAR &&
    isKind(slots[prev(i)], 'groupBy') &&
    !foreign &&
    ![slots[next(i)], slots[prev(prev(i))]].some((x) => isKind(x, 'conjunction')) &&
    !isKind(slots[prev(prev(i))], 'dimension');
  const countryAsWhole = (i: number) =>
    (shareOfCity &&
      COUNTRY_AS_WHOLE.includes(slots[i]!.item.text) &&
      !EACH_WORDS.includes(slots[prev(i)]?.item.text ?? '')) ||
    alone(i);
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'dimension')) return;
    const d = slot.item.meaning.dimension;
    slot.used = true;
    draft.domain = true;
    // («Алматы мен Астанадан басқа қалаларда», in the cities other than Almaty and Astana: the column's
    // word right after the values it excludes says where — no row per city; it grouped by the cities.)
    const not = slots[prev(i)];
    const excluded = draft.filters.some(
      (f) => f.filter.kind === 'values' && f.filter.negated && f.filter.column === d,
    );
    // (Right after it: «… басқа қай елдердің» asks which countries, a row each.)
    if (
      isKind(not, 'negation') &&
      prev(i) === i - 1 &&
      not.item.meaning.after === true &&
      valueColumnAt(prev(prev(i))) === d &&
      excluded &&
      // («… басқа қалалар бойынша», by the other cities: a row each.)
      !isKind(slots[next(i)], 'groupBy')
    )
      return;
    // «по каждому МСС категории Travel & Transportation» (for each MCC of the Travel category): "each"
    // before the category's MCC names the codes of that category, a row each — read as the category's
    // column word, the phrase dropped "each" and gave one total.
    const each = slots[prev(i)];
    if (
      d === 'mcc_category' &&
      MCC_WORD.test(slot.item.text) &&
      isKind(each, 'groupBy') &&
      EACH_GROUP_WORDS.includes(each.item.text) &&
      valueColumnAt(next(i)) === 'mcc_category' &&
      // (…the value said right after it: "per mcc_category — Electronics and Clothing" lists the rows.)
      !slots[next(i)]!.item.dashBefore &&
      !slots[next(i)]!.item.clauseBefore &&
      !slots[next(i)]!.item.commaBefore
    ) {
      each.used = true;
      if (isKind(slots[prev(prev(i))], 'groupBy')) slots[prev(prev(i))]!.used = true;
      addDimension(r, 'merchant_mcc', i);
      return;
    }
    // "What % of the country's total turnover came from Aktobe?", «доля Шымкента … по стране»,
    // «Павлодардың ел бойынша … үлесі»: under a share of a city named, the country said once is the whole
    // (one country's payments), not a row per acquirer country — which gave the city's share in each.
    if (d === 'acquirer_country_iso' && countryAsWhole(i)) {
      for (const k of [prev(i), next(i)]) if (isKind(slots[k], 'groupBy')) slots[k]!.used = true;
      return;
    }
    // ("paid with a wallet (wallet_type)", "with no wallet (wallet_type)": the column named in brackets right
    // after a condition of having one says which column it is on — it added a row per wallet.)
    const had = slots[prev(i)];
    if (slot.item.bracketBefore === true && isKind(had, 'presence') && had.item.meaning.column === d) {
      slot.used = true;
      return;
    }
    // «мобильді әмиянмен төлеген карталар» (cards that paid with a mobile wallet): the wallet in the
    // instrumental is the means, not a breakdown («әр мобильді әмиян бойынша», per wallet, keeps the
    // payments with one, as "per wallet" does).
    // («… қанша пайызы әмиян арқылы жасалды», made through a wallet: the means too.)
    // (Not asked with "which": «қандай әмияндармен төлемдер болды», with which wallets were payments made.)
    // (Russian too, «оплачена кошельком», paid with a wallet — not «каким кошельком», with which.)
    const whichWallet =
      ASKING_WHICH.includes(slots[prev(i)]?.item.text ?? '') || isKind(slots[prev(i)], 'grammaticalNumber');
    // (After «банктер бойынша», by bank: a postposition of the breakdown before, not of the wallet.)
    const groupedBefore = slots[prev(i)];
    if (
      d === 'wallet_type' &&
      !whichWallet &&
      !(isKind(groupedBefore, 'groupBy') && groupedBefore.item.meaning.after !== true) &&
      (/(мен|пен|бен)$/.test(slot.item.text) ||
        slots[i + 1]?.item.text === 'арқылы' ||
        WALLET_INSTRUMENTAL.test(slot.item.text))
    ) {
      addFilter(r, { kind: 'presence', column: 'wallet_type', present: true }, i);
      // (The word is the condition's from now on, as a value's is: «әр банктегі … қанша пайызы әмиян
      // арқылы жасалды» takes it for the share's part in each bank.)
      if (slot.item.kind === 'meaning')
        slots[i] = {
          ...slot,
          item: { ...slot.item, meaning: { kind: 'presence', column: 'wallet_type', present: true } },
        };
      return;
    }
    // ("How many unique cards used each wallet?", «Сколько оплат … по каждому кошельку?»: each wallet is
    // each of the wallets — the payments with none are no wallet, left out as in Kazakh below, unless
    // kept as a row of their own; a share's whole is not narrowed so.)
    if (
      isEachWallet(slots, i) &&
      !KAZAKH_EACH.includes(slots[i - 1]!.item.text) &&
      !draft.blankRow &&
      !slots.some((x) => isKind(x, 'share')) &&
      !draft.filters.some((f) => 'column' in f.filter && f.filter.column === 'wallet_type')
    )
      addFilter(r, { kind: 'presence', column: 'wallet_type', present: true }, i);
    if (d === 'wallet_type' && KAZAKH_EACH.includes(slots[prev(i)]?.item.text ?? '')) {
      // (…unless the payments with none are kept as a row of their own.)
      if (!draft.blankRow) addFilter(r, { kind: 'presence', column: 'wallet_type', present: true }, i);
      slots[prev(i)]!.used = true;
      addDimension(r, d, i);
      return;
    }
    // «без разбивки по категориям», "without the breakdown by category": the column is what is not
    // asked for (the coverage check folds the rows).
    const byWord = isKind(slots[prev(i)], 'groupBy') ? prev(i) : i;
    if (isKind(slots[prev(byWord)], 'noBreakdown')) {
      slots[byWord]!.used = true;
      return;
    }
    // «неше түрлі мерчантта (сауда нүктесінде)», "merchants (points of sale)": the same column said
    // again right after is one word for it, not a second breakdown.
    const said = slots[i - 1];
    if (isKind(said, 'dimension') && said.item.meaning.dimension === d) return;
    // «операцияларды түрлерге бөліп» (splitting the operations into types), «қалаларға бөліп»: a row
    // per value, whatever counts it after («…, саны мен сомасын»: their number, not of the types).
    if (KAZAKH_SPLIT_VERBS.includes(slots[i + 1]?.item.text ?? '')) {
      addDimension(r, d, i);
      return;
    }
    // "number of ECOM-type transactions": a column word right after a value of its column labels the
    // value; the count is of transactions, not of distinct types.
    // («коммуналдық төлемдер санаты бойынша», in the utility payments category: one value before the
    // column word and its «бойынша» names it too; a list before it is a row each.)
    // («коммуналдық төлемдер санаты»: the payments noun may stand between the value and the column word.)
    const valueAt = isKind(slots[prev(i)], 'entity') && next(i) >= 0 ? prev(prev(i)) : prev(i);
    // (Not across a clause: "(acquirer country not KAZ): country and bank" lists the rows.)
    // («қай шетел елдерінен транзакциялар келді?», from which foreign countries: asked with "which",
    // the column word is what is asked for — a row per value the filter leaves.)
    // ("Which banks other than Kaspi …": the interrogative right before the column word asks it too.)
    const asked =
      ASKING_WHICH.includes(stopBefore(i) ?? '') ||
      ASKING_WHICH.includes(stopBefore(prev(i)) ?? '') ||
      ASKING_WHICH.includes(slots[prev(prev(i))]?.item.text ?? '') ||
      // («Какие валюты, кроме тенге, встречались …»: the Russian "which" is read as its number.)
      pluralWhich(slots[i - 1]);
    const labelsValue =
      (valueColumnAt(prev(i)) === d &&
        !isKind(slots[next(i)], 'groupBy') &&
        !slot.item.clauseBefore &&
        !(asked && isKind(slots[prev(i)], 'notValue'))) ||
      (valueColumnAt(valueAt) === d &&
        isKind(slots[next(i)], 'groupBy') &&
        listedValues(draft.filters, d) === 1);
    if (labelsValue && isKind(slots[next(i)], 'groupBy')) {
      slots[next(i)]!.used = true;
      return;
    }
    // («коммуналдық төлемдер санатындағы айналым», the turnover in the utility payments category: the
    // Kazakh column word of one value, in its possessive or locative, the payments noun between.)
    if (
      valueAt !== prev(i) &&
      valueColumnAt(valueAt) === d &&
      !isKind(slots[next(i)], 'groupBy') &&
      KAZAKH_OWN_COLUMN_WORD.test(slot.item.text) &&
      listedValues(draft.filters, d) === 1
    )
      return;
    // "what share of merchants accepted Apple Pay", «процент мерчантов с МСС 5817 …»: merchants right
    // after the share word are counted, each once (they were rows, each with its share of the payments).
    // (Kazakh puts them before it, in the genitive: «барлық мерчанттардың қанша пайызы», what percent
    // of all merchants — the "how many" of «қанша пайызы» asks the percent.)
    let shareOf = d === 'merchant_id' && isKind(slots[prev(i)], 'share') ? prev(i) : -1;
    const howMany = isKind(slots[next(i)], 'count') ? next(i) : -1;
    const shareAfter = howMany >= 0 ? next(howMany) : next(i);
    // (Not when an amount is what the share is of: «… жалпы айналымындағы шетелдік сатушылардың үлесі»,
    // the foreign sellers' part of the turnover.)
    if (
      d === 'merchant_id' &&
      KAZAKH_GENITIVE.test(slots[i]!.item.text) &&
      !slots.some((o) => isKind(o, 'amount')) &&
      (isKind(slots[shareAfter], 'share') ||
        // («неше пайызы», read as a share later)
        (isKind(slots[shareAfter], 'compareOutput') && PERCENT_WORD.test(slots[shareAfter]!.item.text)))
    ) {
      shareOf = shareAfter;
      if (howMany >= 0) slots[howMany]!.used = true;
    }
    // ("merchant count by city", "with their merchant count": English puts the count after the merchants
    // it counts — it was a count of the payments.)
    const countAfter = slots[next(i)];
    // ("Top 5 categories by merchant count", "categories ranked by merchant count": after the "by" of a
    // ranking of other groups, the merchants' count is what ranks them — it was a row per merchant.)
    const rankedBy =
      isKind(slots[prev(i)], 'groupBy') &&
      slots
        .slice(0, prev(i))
        .some((x) => isKind(x, 'dimension') && x.item.meaning.dimension !== d && !x.item.clauseBefore);
    const merchantCount =
      d === 'merchant_id' &&
      isKind(countAfter, 'count') &&
      NOUN_COUNT_WORDS.includes(countAfter.item.text) &&
      !countAfter.used &&
      countAfter.item.commaBefore !== true &&
      (!isKind(slots[prev(i)], 'groupBy') || rankedBy)
        ? next(i)
        : -1;
    // "merchants that took lira payments — how many per category?", «мерчанты, принимавшие лиры: сколько
    // по категориям?»: the merchants open the question, and "how many" opening a later clause, with no
    // noun of its own, counts them.
    const subjectCount =
      d === 'merchant_id' && slots.slice(0, i).every((x) => x.item.kind === 'stop')
        ? slots.findIndex((x, k) => {
            if (k <= i || x.used || !isKind(x, 'count')) return false;
            const opens =
              x.item.clauseBefore === true || x.item.commaBefore === true || x.item.dashBefore === true;
            const after = slots[next(k)];
            const closing = after === undefined || isKind(after, 'groupBy');
            // ("merchants almaty 2025 count", "merchants with turnover over 5m 2025 count": typed into a
            // search box, the noun first and its count last — no other noun counted between.)
            const last =
              after === undefined &&
              !slots.slice(i + 1, k).some((o) => isKind(o, 'entity') || isKind(o, 'count'));
            return (opens && x.item.meaning.strength === 'weak' && closing) || last;
          })
        : -1;
    const cue = labelsValue
      ? -1
      : shareOf >= 0
        ? shareOf
        : merchantCount >= 0
          ? merchantCount
          : subjectCount >= 0
            ? subjectCount
            : countCueBefore(i);
    // "distinct MCC codes seen in Pavlodar": "distinct" before a column word counts its values.
    // ("Active merchants by city", «активные мерчанты по городам», "monthly active merchants": with nothing
    // else measured, the merchants said to be active are counted, as "active cards" are.)
    const active =
      d === 'merchant_id' && ACTIVE_WORDS.includes(stopBefore(i) ?? '') && !slots.some(isMeasureWord);
    const distinct =
      (DISTINCT_WORDS.includes(stopBefore(i) ?? '') || active) &&
      !isKind(slots[prev(i)], 'groupBy') &&
      !listsDistinct(slots, i);
    // "unique cards and merchants", «уникальных карт и мерчантов»: joined by "and" to counted cards,
    // the column word is counted as they are (it was dropped as where the money went).
    const joined = prev(i);
    const cards = slots[prev(joined)];
    const countedWithCards =
      isKind(slots[joined], 'conjunction') &&
      isKind(cards, 'entity') &&
      cards.item.meaning.entity === 'cards' &&
      (countCueBefore(prev(joined)) >= 0 ||
        DISTINCT_WORDS.includes(stopBefore(prev(joined)) ?? '') ||
        // ("Unique cards and merchants in Pavlodar?": the cards' own word says distinct; the merchants
        // were consumed as where the money went, and dropped.)
        cards.item.meaning.distinct === true);
    if (countedWithCards && !isTimeDimension(d)) {
      // Both counted here, in the order said.
      const cue = countCueBefore(prev(joined));
      if (cue >= 0) slots[cue]!.used = true;
      slots[joined]!.used = cards.used = true;
      draft.measures.push(
        { fn: 'count_distinct', column: 'card_key' },
        { fn: 'count_distinct', column: d as CategoricalDimension },
      );
      return;
    }
    // «уникальных MCC-кодов и мерчантов у каждого банка», "distinct MCCs and merchants": joined by "and"
    // to a column word counted distinct, this one is counted as it is (it was a breakdown by merchant).
    const countedBefore = slots[prev(joined)];
    if (
      isKind(slots[joined], 'conjunction') &&
      isKind(countedBefore, 'dimension') &&
      draft.measures.some(
        (x) => x.fn === 'count_distinct' && x.column === countedBefore.item.meaning.dimension,
      ) &&
      !isTimeDimension(d)
    ) {
      slots[joined]!.used = true;
      draft.measures.push({ fn: 'count_distinct', column: d as CategoricalDimension });
      return;
    }
    // («сколько заплатили в категории Utilities & Bill Payments»: a column word right before a value of
    // its column labels it; the "how many" is of something else — one category would be counted.)
    const labelsNext = valueColumnAt(i + 1) === d;
    // («Бірегей карталар санын (count distinct) банк бойынша»: after the cards counted, a column word before
    // the postposition "by" is the breakdown — «қанша түрлі банк бойынша» still counts the banks.)
    const postposition = slots[next(i)];
    const brokenDownAfter =
      isKind(postposition, 'groupBy') &&
      postposition.item.meaning.after === true &&
      slots.slice(0, i).some((s) => isCardsNoun(s));
    if ((cue >= 0 || distinct) && !isTimeDimension(d) && !labelsNext && !brokenDownAfter) {
      if (cue >= 0 && cue !== shareOf) {
        slots[cue]!.used = true;
        // («сколько всего мерчантов»: the "in all" between is the count's.)
        for (let t = cue + 1; t < i; t++) if (isKind(slots[t], 'total')) slots[t]!.used = true;
      } else if (cue < 0) {
        // «сколько всего разных MCC-кодов»: the "how many" before "in all" counts them too.
        let p = prev(i);
        while (p >= 0 && isKind(slots[p], 'total')) p = prev(p);
        if (isKind(slots[p], 'count') && !slots[p]!.used) slots[p]!.used = true;
        // "distinct merchant_id count": the count said after is the same one.
        const after = slots[next(i)];
        if (isKind(after, 'count') && !after.used && after.item.meaning.strength === 'strong')
          after.used = true;
      }
      // ("How many merchants …? Just the count of merchants.": the same count asked again is one column.)
      const again = draft.measures.some((x) => x.fn === 'count_distinct' && x.column === d);
      if (!again) draft.measures.push({ fn: 'count_distinct', column: d as CategoricalDimension });
      return;
    }
    // "foreign merchants", "Almaty merchants", «иностранных мерчантов»: a value of another column
    // describes the merchants; only a ranking ("top 5 Almaty merchants") or "by" makes them rows —
    // and not a ranking of something already named («топ-5 стран … у зарубежных продавцов»).
    // («Астана қаласындағы саудагерлер»: the column word of the value stands between.)
    const named = slots[prev(i)];
    const namesCity =
      isKind(named, 'dimension') && valueColumnAt(prev(prev(i))) === named.item.meaning.dimension;
    const describedBy = namesCity ? slots[prev(prev(i))] : named;
    // («… превысил ли оборот у карагандинских мерчантов 1,5 млн? Покажите саму сумму.»: a verb of showing
    // right before a figure asks for that figure, no list — it made a row per merchant.)
    const listing = (s: Slot, k: number) => isKind(s, 'listVerb') && !isMeasureWord(slots[next(k)]);
    const rankedHere =
      slots.some((s, k) => isKind(s, 'top') || listing(s, k) || ranking(s)) && draft.dimensions.length === 0;
    // («киім-кешек дүкендеріндегі орташа чек … көрсетіңіз»: a Kazakh merchants word in the attributive
    // locative, "in the clothing stores", says where — the verb of showing at the end lists no merchants.)
    const where =
      KAZAKH_LOCATIVE_ENDINGS.some((end) => slot.item.text.endsWith(end)) &&
      !slots.some((s) => isKind(s, 'top') || isKind(s, 'superlative'));
    // ("the single biggest purchase in an electronics shop", «… дүкендеріндегі ең ірі сатып алу»: a
    // superlative of one payment ranks payments — the merchants of a kind say where, unless asked which.)
    const ofOnePayment =
      slots.some((s, k) => {
        const noun = slots[next(k)];
        return (
          isKind(s, 'superlative') && isKind(noun, 'entity') && noun.item.meaning.entity === 'transactions'
        );
      }) &&
      !slots.some((s) => isKind(s, 'top')) &&
      !askedWhich(slots, i);
    // ("Merchants with more than 300 transactions in 2025", "Shymkent merchants with more than 300 rows":
    // the merchants that open the question, with a comparison right after "with" — the rows it keeps.)
    // («Мерчанты Шымкента с POS-оборотом более 3 млн …»: whose merchants, which payments and the turnover
    // word may stand between — the turnover each merchant passed; it was a yes/no of the whole turnover.)
    const keptRows = (() => {
      if (!slots.slice(0, i).every((x) => x.item.kind === 'stop' || isKind(x, 'value'))) return false;
      let k = i + 1;
      while (isCityValue(slots[k])) k++;
      // ("with turnover", «с оборотом»: the attaching word and the turnover's in one.)
      if (WITH_TURNOVER_WORDS.includes(slots[k]?.item.text ?? '')) k++;
      else {
        if (!ATTACHING_WORDS.includes(slots[k]?.item.text ?? '')) return false;
        k++;
        while (isDescribingValue(slots[k])) k++;
        if (isKind(slots[k], 'amount') && TURNOVER_WORD.test(slots[k]!.item.text)) k++;
      }
      return isKind(slots[k], 'comparator') && !slots.some(isHowMany);
    })();
    if (
      d === 'merchant_id' &&
      !keptRows &&
      !turnoverCondition(slots, i) &&
      (isKind(describedBy, 'value') || isKind(describedBy, 'notValue')) &&
      (!rankedHere || where || ofOnePayment) &&
      !isKind(slots[prev(namesCity ? prev(prev(i)) : prev(i))], 'groupBy')
    ) {
      if (namesCity) named!.used = true;
      return;
    }
    // "spend at merchants in Almaty", «сумма у мерчантов»: with no "by", "each" or ranking, merchants are
    // where the money went, not a row for each of thousands of merchants.
    const groupedHere = isKind(slots[prev(i)], 'groupBy') || isKind(slots[next(i)], 'groupBy');
    // («айналымы 5 млн теңгеден асқан мерчанттар», merchants whose turnover exceeded 5 million: described
    // by a condition right before them, they are the groups it holds for — the condition was taken for
    // a yes/no threshold on the whole turnover.)
    const conditioned = turnoverCondition(slots, i);
    // ("Which merchants had a total turnover of more than 2 million?", «какие мерчанты …»: the merchants
    // asked for are the rows — they were where the money went, and the condition one on payments.)
    const askedFor =
      ASKING_WHICH.includes(slots[i - 1]?.item.text ?? '') || ASKING_WHICH.includes(stopBefore(i) ?? '');
    if (
      d === 'merchant_id' &&
      !groupedHere &&
      !rankedHere &&
      !ranks &&
      !conditioned &&
      !askedFor &&
      !keptRows
    )
      return;
    // ("what share of POS payments at merchants in Almaty went through Google Pay", «доля POS-операций на
    // ТСП …»: "at" the merchants says where, under a share too — not each merchant's share.)
    const at = stopBefore(i);
    if (d === 'merchant_id' && !groupedHere && !rankedHere && at !== null && AT_PLACE_WORDS.includes(at))
      return;
    // («какой процент POS-операций в торговых точках Алматы …»: "in" the merchants of a city says where
    // too — it was each merchant's share.)
    const ofCity = slots[next(i)];
    if (
      d === 'merchant_id' &&
      !groupedHere &&
      !rankedHere &&
      at !== null &&
      IN_WORDS.includes(at) &&
      isKind(ofCity, 'value') &&
      ofCity.item.meaning.column === 'merchant_city'
    )
      return;
    // "wallet spend", "wallet volume": the money paid with a wallet (a filter), not a breakdown.
    // ("top 5 categories by wallet turnover": after "by" too, when the rows are another column named
    // before — it broke them down by wallet as well.)
    const rowsBefore = slots
      .slice(0, prev(i))
      .some((s) => isKind(s, 'dimension') && s.item.meaning.dimension !== 'wallet_type');
    // ("wallet reach per bank", "wallet cards": the cards that paid with one, likewise — not asked with
    // "which": «Каким кошельком клиенты ForteBank расплачивались реже всего?».)
    const walletOf = slots[i + 1];
    const moneyOrCards = isKind(walletOf, 'amount') || (isCardsNoun(walletOf) && !whichWallet);
    if (d === 'wallet_type' && moneyOrCards && (!isKind(slots[prev(i)], 'groupBy') || rowsBefore)) {
      addFilter(r, { kind: 'presence', column: 'wallet_type', present: true }, i);
      return;
    }
    // Two column words in a row that are no one phrase ("bank city"): which column is meant? Asked back
    // rather than grouped by both.
    const following = slots[i + 1];
    // ("bank, city, count, total": a comma between, each is a column of its own.)
    if (
      isKind(following, 'dimension') &&
      !following.used &&
      !following.item.commaBefore &&
      !isTimeDimension(d) &&
      following.item.meaning.dimension !== d &&
      !labelsValue
    ) {
      following.used = true;
      draft.issues.push({ kind: 'unknown_words', words: [`${slot.item.text} ${following.item.text}`] });
      return;
    }
    // A negation may stand between: «Алматыдан басқа қалалар» (the other cities) — but "by banks
    // except Kaspi" / «банктер бойынша» is still a breakdown.
    const names = (k: number) => {
      // "a currency other than KZT": the tenge negated is a value of the currency column.
      // ("tenge-currency payments only": a currency said as a unit right before the bare column word names
      // it too — not "in tenge by currency", the unit of the amount beside a breakdown.)
      if (isKind(slots[k], 'currencyUnit'))
        return (
          d === 'transaction_currency' &&
          (notes.negatedSlots.has(k) ||
            (k === i - 1 &&
              !slot.item.text.includes(' ') &&
              !IN_WORDS.includes(slots[k - 1]?.item.text ?? '') &&
              (slots[k - 1]?.item.kind !== 'number' || slots[k]!.item.commaBefore === true)))
        );
      const c = valueColumnAt(k);
      // ("went to shops abroad": the merchants' country, where their acquirer is, names them too — not
      // when they are ranked, «Топ-10 мерчантов в Турции».)
      const ranked = slots.some((s) => isKind(s, 'top') || isKind(s, 'superlative'));
      const country = c === 'acquirer_country_iso' && !ranked;
      return c === d || (d === 'merchant_id' && (c === 'mcc_category' || country));
    };
    // "by foreign country", «по каждой иностранной стране»: the breakdown word may stand before a
    // value word of the column (an exclusion, below, leaves several values to break down).
    const byBeforeValue = names(prev(i)) && isKind(slots[prev(prev(i))], 'groupBy') ? prev(prev(i)) : -1;
    const grouped =
      isKind(slots[prev(i)], 'groupBy') || isKind(slots[next(i)], 'groupBy') || byBeforeValue >= 0;
    const skipNegation = (k: number, step: (x: number) => number) =>
      isKind(slots[k], 'negation') && !grouped ? step(k) : k;
    // (Not across a clause: "(acquirer country not KAZ): country and bank" breaks down by country.)
    const nextAt = next(i);
    // (…but a dash after the column word gives its value: «(страна эквайера — не KAZ)».)
    const dashedValue = slots[nextAt]?.item.dashBefore === true && nextAt === i + 1;
    const neighbours = [
      slot.item.clauseBefore ? -1 : skipNegation(prev(i), prev),
      slots[nextAt]?.item.clauseBefore && !dashedValue ? -1 : skipNegation(nextAt, next),
    ];
    // "top 10 fuel merchants by amount", «топ 5 мерчантов на заправках»: a kind of merchant beside a
    // ranked merchants word describes them; the ranking is of the merchants of that kind (it was a
    // ranking with no rows, asked back as a listing of payments).
    // ("… by amount" after them is the ranking's measure, not a breakdown.)
    const kindOfMerchant = (k: number) => valueColumnAt(k) === 'mcc_category';
    const byColumn =
      isKind(slots[prev(i)], 'groupBy') ||
      (isKind(slots[next(i)], 'groupBy') && isKind(slots[next(next(i))], 'dimension'));
    if (d === 'merchant_id' && rankedHere && !byColumn && neighbours.some(kindOfMerchant)) {
      addDimension(r, d, i);
      return;
    }
    // ("Turnover per merchant for Electronics & Software stores", «оборот по каждому мерчанту категории
    // …»: merchants after "per" / "by", of a kind named beside them, are the rows — the kind only says
    // which merchants; "per" was left unread and the one total given.)
    if (
      d === 'merchant_id' &&
      isKind(slots[prev(i)], 'groupBy') &&
      listedValues(draft.filters, d) === 0 &&
      neighbours.some(kindOfMerchant) &&
      // (Not what a ranking is by: "Top 3 cities by distinct merchants for Clothing".)
      !DISTINCT_WORDS.includes(stopBefore(i) ?? '') &&
      !slots.some((s) => isKind(s, 'top'))
    ) {
      slots[prev(i)]!.used = true;
      addDimension(r, d, i);
      return;
    }
    if (neighbours.some(names)) {
      const by = prev(i);
      // ("In all cities except Almaty and Astana, which category had the highest turnover?": the ranking
      // is of the column asked with "which"; the exclusion says where — it ranked each city's categories.)
      const whichOther = (k: number) =>
        slots.some(
          (s, j) =>
            j !== k &&
            isKind(s, 'dimension') &&
            s.item.meaning.dimension !== d &&
            (ASKING_WHICH.includes(stopBefore(j) ?? '') ||
              ASKING_WHICH.includes(slots[j - 1]?.item.text ?? '')),
        );
      // (Said apart, "(acquirer country not KAZ)", after the rows of a ranking were named.)
      const apartBefore =
        slot.item.clauseBefore === true || slot.item.commaBefore === true || slot.item.bracketBefore === true;
      // …but "by currency, foreign currencies only", "by country abroad", "top 5 countries (except
      // Kazakhstan)": an excluded value leaves several, and the breakdown or ranking is over those.
      // («Unknown-нан басқа»: a Kazakh negation after the value made its filter a negated one.)
      const negatedAfter = (k: number) => {
        const m = meaningOf(slots[k]);
        return (
          m?.kind === 'value' &&
          draft.filters.some(
            (f) =>
              f.filter.kind === 'values' &&
              f.filter.negated &&
              f.filter.column === d &&
              f.filter.values.some((v) => m.values.includes(v)),
          )
        );
      };
      const excludes = (k: number) =>
        names(k) && (isKind(slots[k], 'notValue') !== notes.negatedSlots.has(k) || negatedAfter(k));
      // ("Categories other than Unknown whose average ECOM ticket … was above 30,000 tenge": a relative
      // clause right after the exclusion describes each value it leaves — rows of them, as "which" asks.)
      const describedAfter = (k: number) =>
        k >= 0 && excludes(k) && RELATIVE_OPENERS.includes(stopBefore(next(k)) ?? '');
      // «по категориям Электроника и Одежда (вместе)»: the list is one total, not a row each.
      if (isKind(slots[by], 'groupBy') && draft.combined?.includes(d)) {
        slots[by]!.used = true;
        return;
      }
      // «в разрезе города и способа оплаты (бесконтакт / QR / магнитная полоса)»: "and" after a breakdown
      // continues it, as "by" would.
      const andBy =
        isKind(slots[by], 'conjunction') &&
        isKind(slots[prev(by)], 'dimension') &&
        draft.dimensions.length > 0;
      // («кіріс және шығыс аударымдар …, аударым түрлері бойынша», by the types of transfer: Kazakh puts
      // "by" after the column word.)
      const byAfter = slots[next(i)];
      const kazakhBy = isKind(byAfter, 'groupBy') && byAfter.item.meaning.after === true;
      if (
        ((isKind(slots[by], 'groupBy') || andBy || kazakhBy) && listedValues(draft.filters, d) >= 2) ||
        // ("by bank and acquirer country for foreign transactions": "and" continues the breakdown over
        // the values the exclusion leaves.)
        // ("Which bank had the most transactions (acquirer country not KAZ)": a ranking of the rows named
        // before ranks those; the exclusion after them is a condition.)
        // ("Rank the foreign acquirer countries (outside Kazakhstan) by …": "rank" ranks them all.)
        ((grouped ||
          ((ranksValues || draft.rankAll === true) &&
            !(draft.dimensions.length > 0 && apartBefore) &&
            !whichOther(i)) ||
          andBy ||
          asked ||
          describedAfter(neighbours[1]!)) &&
          neighbours.some(excludes))
      ) {
        if (isKind(slots[by], 'groupBy')) slots[by]!.used = true;
        if (kazakhBy) byAfter.used = true;
        // «по каждой»: every breakdown word of the run before the value word.
        for (let k = byBeforeValue; k >= 0 && isKind(slots[k], 'groupBy'); k = prev(k)) slots[k]!.used = true;
        addDimension(r, d, i);
      }
      return;
    }
    // "all categories other than groceries", «Алматыдан басқа барлық қалалар», «оборот по всем типам,
    // кроме зарплаты», "by all banks except Kaspi": every value the exception leaves, as one total (three
    // writers who never read the planner meant that each time); a ranking still ranks them.
    // Kazakh «барлық» (all) is also the word for a total: before a column word it is "all".
    const allWord = slots[prev(i)];
    const kazakhAll = isKind(allWord, 'total') && !allWord.used && ALL_WORDS.includes(allWord.item.text);
    // ("all txn types": the transactions noun of the column's name stands between "all" and the word.)
    const txnNoun = slots[i - 1];
    const namedAt =
      isKind(txnNoun, 'entity') &&
      txnNoun.item.meaning.entity === 'transactions' &&
      slots[i - 2]?.item.kind === 'stop'
        ? i - 1
        : i;
    const allText = kazakhAll ? allWord!.item.text : stopBefore(namedAt);
    if (kazakhAll) allWord!.used = true;
    // ("what share is that of all banks?", «от всех банков»: "of all" before the column word, too.)
    const ofAll = isKind(allWord, 'shareBase') && /(^| )(all|всех|всем|барлық)$/.test(allWord.item.text);
    const allBefore = ALL_WORDS.includes(allText ?? '') || ofAll;
    const excepted = draft.filters.some(
      (f) => f.filter.kind === 'values' && f.filter.negated && f.filter.column === d,
    );
    const by = isKind(slots[prev(i)], 'groupBy');
    // "total turnover across all issuers", "all banks together": over all of them, one total.
    // (…not when the word before it spreads the figure over them: "How is turnover distributed across all
    // types?")
    const across =
      isKind(slots[prev(i)], 'groupBy') &&
      ACROSS_WORDS.includes(slots[prev(i)]!.item.text) &&
      !SPREAD_ACROSS_WORDS.includes(slots[prev(i) - 1]?.item.text ?? '');
    const after = meaningOf(slots[next(i)]);
    const together = after?.kind === 'listMode' && after.mode === 'together';
    // «Сколько всего транзакций было вчера по всем городам?»: "in all" over every value is one total.
    // ("total for April, all banks" stays asked back: one total, or a row per bank?)
    const inTotal = slots.some((s) => isKind(s, 'total') && IN_TOTAL_WORDS.includes(s.item.text));
    // «общий оборот по всем банкам», "total turnover by all banks", «барлық банктер бойынша жалпы
    // айналым»: a total over every bank is one total (a row each would be "by bank", or "totals").
    const groupAfter = slots[next(i)];
    const byAfter = isKind(groupAfter, 'groupBy') && groupAfter.item.meaning.after === true;
    const totalOverAll =
      (by || byAfter) && slots.some((s) => s !== allWord && isKind(s, 'total') && s.item.text !== 'totals');
    // «а по всем городам?», "and for all banks?": a follow-up over every value of a column the previous
    // question kept to one (merged with it, the filter is lifted); «барлық банктердің айналымындағы
    // үлесі» (its share in all banks' turnover): the whole of a share.
    // (…the whole of a share only when a value of the column is the part, "… of all banks was Kaspi";
    // "the share of all categories" is each one's.)
    // (Kazakh «барлық банктердің айналымындағы үлесі», its share IN all banks' turnover: the locative
    // before the share word makes all of them the whole; «барлық санаттардың үлесі» is their shares.)
    const partNamed = slots.some((s) => isKind(s, 'value') && s.item.meaning.column === d);
    const shareAt = slots.findIndex((s) => isKind(s, 'share'));
    const wholeInLocative = shareAt > 0 && KAZAKH_IN_ATTRIBUTE.test(slots[prev(shareAt)]?.item.text ?? '');
    const ofShare = shareAt >= 0 && (partNamed || wholeInLocative);
    if (allBefore && (draft.followUp || ofShare) && !ranksValues && !excepted && !isTimeDimension(d)) {
      if (by) slots[prev(i)]!.used = true;
      draft.widened = [...(draft.widened ?? []), d];
      draft.domain = true;
      return;
    }
    // ("…, and how many across all banks?", «… и сколько по всем банкам?»: after "and", all of a column
    // kept to a value is the whole set beside it — read by the whole-beside pass, no row each.)
    const keptToValue = draft.filters.some(
      (f) => f.filter.kind === 'values' && f.filter.column === d && !f.filter.negated,
    );
    let c = prev(by ? prev(i) : namedAt);
    while (c >= 0 && (isKind(slots[c], 'count') || isKind(slots[c], 'followUp'))) c = prev(c);
    if (allBefore && keptToValue && isKind(slots[c], 'conjunction') && !ranks) {
      slot.used = true;
      if (by) slots[prev(i)]!.used = true;
      return;
    }
    // ("for every currency except USD" is all of them but one, as "all … except" is; "for every city"
    // alone is a row each.)
    const everyExcept = excepted && by && slots[prev(i)]!.item.text === 'every';
    // («средний оборот на карту по банкам за 2025 год, по всем типам операций»: set apart after a
    // breakdown of another column, "over all types" says no type is left out — not a row each.)
    const apartOverAll =
      by &&
      slots[prev(i)]!.item.commaBefore === true &&
      slots.some((s) => s !== slot && isKind(s, 'dimension') && s.item.meaning.dimension !== d);
    // ("Which month of 2025 had the highest total turnover across all transaction types?": a ranking of
    // another column's values, the types summed in each.)
    const rankedOther = slots.some(
      (x) =>
        x !== slot && ((isKind(x, 'dimension') && x.item.meaning.dimension !== d) || isKind(x, 'timeUnit')),
    );
    // ("What share of 2025 turnover, across all transaction types, was made in December?": the whole
    // summed over them, no value of theirs the part.)
    const sharedOver =
      shareAt >= 0 &&
      !slots.some((x) => (isKind(x, 'value') || isKind(x, 'notValue')) && x.item.meaning.column === d);
    if (
      (allBefore || everyExcept) &&
      (excepted || across || together || inTotal || totalOverAll || apartOverAll) &&
      (!ranks || (across && (rankedOther || sharedOver)))
    ) {
      if (by) slots[prev(i)]!.used = true;
      if (byAfter) groupAfter.used = true;
      // ("did total turnover across all transaction types exceed 6 million": "across all X" only says
      // nothing is left out — words the passes after step over, as stop words, to the comparison.)
      if (across && !excepted && !keptToValue) {
        const by = prev(i);
        slots[by] = { item: { ...slots[by]!.item, kind: 'stop' } as Slot['item'], used: true };
        slots[i] = { item: { ...slot.item, kind: 'stop' } as Slot['item'], used: true };
      }
      return;
    }
    // "(all transaction types)", «все категории» with no "by" before: every value of the column (no
    // filter) or one row per value? Not one reading: asked back. (Also beside a ranking when set apart
    // in a clause of its own: "record day of 2025 by total amount, all types - the day and its sum".)
    const opener = slots[namedAt - 1]?.item;
    const allApart =
      opener?.commaBefore === true || opener?.dashBefore === true || opener?.bracketBefore === true;
    // "Txns today, all banks", «оборот сентябрь vs октябрь (все типы): …», "record day of 2025 by total
    // amount, all types - the day and its sum": set apart in a clause of its own, "all" of a column no
    // other word of the question keeps to some values or breaks down is every value together — a
    // restatement of no condition (writers who never read the planner meant that every time: one total,
    // or the ranking over everything). Said within the question ("turnover in all cities") it stays
    // asked back.
    const nextItem = slots[i + 1]?.item;
    const clauseEnds =
      nextItem === undefined ||
      nextItem.commaBefore === true ||
      nextItem.clauseBefore === true ||
      nextItem.dashBefore === true ||
      nextItem.closeBefore === true;
    const kept = draft.filters.some((f) => 'column' in f.filter && f.filter.column === d);
    const brokenDown = slots.some(
      (s, k) => k !== i && isKind(s, 'dimension') && s.item.meaning.dimension === d,
    );
    if (allApart && clauseEnds && allBefore && !kept && !brokenDown && !isTimeDimension(d) && !excepted) {
      slot.used = true;
      if (kazakhAll) allWord!.used = true;
      if (namedAt !== i) slots[namedAt]!.used = true;
      return;
    }
    // («Бүгін барлық банктер бойынша қанша операция болды?», «операций по всем банкам за вчера»: «по всем»,
    // «барлық … бойынша» of a column, with no word of a total or of a row each, is "for each" or "across
    // all" — one writer meant a row each («Тараз, 2025 год: оборот по всем категориям»), another the total;
    // it was a row each. English "by all cities" keeps its breakdown: "by" is the breakdown's word.)
    // (A follow-up that is only "by all cities", «барлық қалалар бойынша», widens the last answer as before.)
    const measured = slots.some(
      (s) =>
        isKind(s, 'count') ||
        isKind(s, 'amount') ||
        isKind(s, 'aggregate') ||
        isKind(s, 'check') ||
        (isKind(s, 'entity') && s !== slots[namedAt]),
    );
    const englishBy = by && slots[prev(i)]!.item.text === 'by';
    if (allBefore && (by || byAfter) && !englishBy && measured && !ranks && !isTimeDimension(d)) {
      draft.issues.push({ kind: 'unsupported', what: 'breakdown' });
      return;
    }
    if (
      (!ranks || allApart) &&
      !isTimeDimension(d) &&
      allBefore &&
      !isKind(slots[prev(i)], 'groupBy') &&
      !isKind(slots[next(i)], 'groupBy')
    ) {
      draft.issues.push({ kind: 'unknown_words', words: [`${allText} ${slot.item.text}`] });
      return;
    }
    // («Jusan Bank, октябрь: доля карт, снимавших наличные, среди активных карт банка», "… of the bank's
    // cards"): in a share, a column's word in the singular beside the noun it owns, with its column kept
    // to one value, points back at that value — it was a breakdown with the one row.
    const oneValue = draft.filters.some(
      (f) =>
        f.filter.kind === 'values' &&
        !f.filter.negated &&
        f.filter.column === d &&
        f.filter.values.length === 1,
    );
    const owned = isKind(slots[i - 1], 'entity') || isKind(slots[i + 1], 'entity');
    if (
      oneValue &&
      owned &&
      slots.some((s) => isKind(s, 'share')) &&
      !ownerPlural(slot.item.text) &&
      !isKind(slots[prev(i)], 'groupBy') &&
      !isKind(slots[next(i)], 'groupBy')
    ) {
      slot.used = true;
      return;
    }
    // ("What share of 2025 turnover came from merchants in Almaty?": after the share's verb, merchants
    // in a city name where the part is — it was a row per merchant of Almaty.)
    const cityAfter = slots[i + 2];
    if (
      d === 'merchant_id' &&
      slots.some((s) => isKind(s, 'share')) &&
      IN_WORDS.includes(slots[i + 1]?.item.text ?? '') &&
      isKind(cityAfter, 'value') &&
      cityAfter.item.meaning.column === 'merchant_city' &&
      slots
        .slice(Math.max(0, i - 3), i)
        .some((s) => s.item.kind === 'stop' && SHARE_PREDICATES.includes(s.item.text))
    ) {
      slot.used = true;
      return;
    }
    addDimension(r, d, i);
  });
  // "by foreign currency", «по каждой иностранной валюте», «шетел валюталары бойынша»: an exclusion
  // that names its column is, after "by" or "each", a row for each value it leaves.
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'groupBy')) return;
    const step = slot.item.meaning.after ? prev : next;
    let k = step(i);
    const eachWord = (x: number) => {
      const m = meaningOf(slots[x]);
      return m?.kind === 'groupBy' && !m.after;
    };
    while (eachWord(k)) k = step(k);
    const named = meaningOf(slots[k]);
    // "per mobile wallet", "each wallet", «әр әмиян бойынша»: the payments with one, a row per wallet
    // ("by mobile wallet" may be the means: only "each" / "per" words say so).
    // (Not of the cards it describes: "per wallet-using card" is per card.)
    const eachWallet =
      named?.kind === 'presence' &&
      named.present &&
      !PLAIN_BY.includes(slot.item.text) &&
      !isCardsNoun(slots[next(k)]);
    if (!eachWallet && (named?.kind !== 'notValue' || !named.namesColumn)) return;
    // ("Top 3 banks by foreign-currency (non-KZT) turnover": the words describe the money ranked by, a
    // filter — a value restated in brackets may stand between.)
    let m = next(k);
    while (isKind(slots[m], 'negation') || isKind(slots[m], 'currencyUnit') || isKind(slots[m], 'value'))
      m = next(m);
    if (!slot.item.meaning.after && (isKind(slots[m], 'amount') || isKind(slots[m], 'total'))) return;
    for (let at = i; at !== k; at = step(at)) slots[at]!.used = true;
    if (!draft.dimensions.includes(named.column)) addDimension(r, named.column, k);
  });
  // "Rank the mobile wallets by …", «рейтинг мобильных кошельков по …»: the wallets ranked are rows (the
  // words read as "paid with a wallet" left nothing to rank).
  // ("Which digital wallet was used most?", "the most popular mobile wallet", «самый популярный мобильный
  // кошелёк»: asked which, or ranked right before, likewise — it was the largest payment, or asked back.)
  if (draft.dimensions.length === 0) {
    const wallets = slots.findIndex((s) => meaningOf(s)?.kind === 'presence');
    const m = meaningOf(slots[wallets]);
    // (Not a payment with one: "Largest mobile wallet payment", "… amount" are the largest payment.)
    const after = slots[next(wallets)];
    const ofPayment =
      (m?.kind === 'presence' && m.counts === true) || isCountedNoun(after) || isKind(after, 'amount');
    const asked =
      wallets > 0 &&
      !ofPayment &&
      (ASKING_WHICH.includes(stopBefore(wallets) ?? '') || isKind(slots[prev(wallets)], 'superlative'));
    if ((draft.rankAll || asked) && m?.kind === 'presence' && m.column === 'wallet_type' && m.present)
      addDimension(r, 'wallet_type', wallets);
  }
  // «Оборот по числам месяца — сколько приходится на каждое число»: with the days of the month as rows,
  // «число» after "each" is the day of the month again, not "the number of" payments (a count was added).
  if (draft.dimensions.includes('day_of_month')) {
    slots.forEach((s, k) => {
      const each = slots[k - 1];
      if (s.used || !isKind(s, 'count') || !DAY_OF_MONTH_NOUNS.includes(s.item.text)) return;
      if (!isKind(each, 'groupBy') || !EACH_GROUP_WORDS.includes(each.item.text)) return;
      s.used = true;
      each.used = true;
    });
  }
  // ("Bill payments by day of the month across 2026 — count per day": beside the days of the month, "per
  // day" is each of them again — a row per date as well only repeated the day of the month.)
  if (draft.dimensions.includes('day_of_month') && draft.dimensions.includes('day')) {
    const at = draft.dimensions.indexOf('day');
    draft.dimensions.splice(at, 1);
    notes.dimensionTexts.splice(at, 1);
  }
  // («Доля категорий кампании (Clothing & Apparel и Electronics & Software вместе) в POS-обороте»: the
  // column's own word, not after "by", names the list said together — one part, not a row for each.)
  const together = draft.dimensions.length === 1 ? draft.dimensions[0]! : undefined;
  const named = slots.some(
    (s, k) =>
      isKind(s, 'dimension') &&
      s.item.meaning.dimension === together &&
      !isKind(slots[k - 1], 'groupBy') &&
      !isKind(slots[k + 1], 'groupBy'),
  );
  if (together && named && (draft.combined as readonly string[] | undefined)?.includes(together)) {
    draft.dimensions.splice(0, 1);
    notes.dimensionTexts.splice(0, 1);
  }
  // ("Heatmap: transaction count by weekday and hour": two cycles are the rows in the order said — the
  // hour, read by an earlier pass, came first.)
  if (draft.dimensions.length === 2 && draft.dimensions.every(isCycleDimension)) {
    const said = (k: number) => slots.findIndex((s) => s.item.text === notes.dimensionTexts[k]);
    if (said(0) > said(1) && said(1) >= 0) {
      draft.dimensions.reverse();
      notes.dimensionTexts.reverse();
    }
  }
});

/**
 * «апта күндері бойынша … Күн бойынша бөліп», "by weekday, split by day": the days of the week said
 * again, or a daily series as well? Not one reading: asked back. (After the per-period pass: in
 * "average daily turnover by weekday", «апта күндері бойынша орташа күндік айналым», the daily word
 * was the average's unit — the turnover of a weekday per day of it — and left no daily series.)
 */
export const settleWeekdayDays = definePass(({ slots, draft }) => {
  if (!draft.dimensions.includes('weekday') || !draft.dimensions.includes('day')) return;
  const day = slots.find(
    (s) =>
      s.used &&
      ((isKind(s, 'timeUnit') && s.item.meaning.unit === 'day') ||
        (isKind(s, 'bucket') && s.item.meaning.dimension === 'day')),
  );
  draft.issues.push({ kind: 'unknown_words', words: [day?.item.text ?? 'day'] });
});
