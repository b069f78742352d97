import type { Dimension } from '../frame.js';
import { isTimeDimension } from '../frame.js';
import { hasKazakhLetter } from '../kazakh-letters.js';
import {
  CLOCK_HOUR_AT_WORDS,
  EACH_WORDS,
  FIRST_N,
  KAZAKH_PARTICIPLE,
  KAZAKH_WHICH,
  KAZAKH_WHICH_ONE,
  SINGLE_WORDS,
  SINGULAR_HOUR,
  WHICH_WORDS,
} from '../vocabulary/index.js';
import { hasKazakhPlural, isPluralWord } from '../word-forms.js';
import { labelled } from './labels-only.js';
import { definePass, isCountedNoun, isKind, numberOf, type Reading, type Slot } from './reading.js';
import { isMeasureWord, measureNamed } from './sort-by.js';

/**
 * "top 3 categories in each city", «топ-3 категории в каждом городе по сумме», «әр қалада … топ-3
 * санат», "for every bank, the top 2 cities": the column word right after "top N" is ranked within each
 * group of the other breakdowns (they were the top N pairs overall, the first groups' rows only).
 */
function rankedWithin(
  slots: readonly Slot[],
  dimensions: readonly Dimension[],
): { dimension: Dimension; text: string } | undefined {
  if (dimensions.length < 2) return undefined;
  // (Only with "each", «каждом», «әр»: "Which 5 MCC codes had the highest total? Show MCC, category, …"
  // names a second column of the same rows, not groups to rank within.)
  if (!slots.some((s) => EACH_WORDS.includes(s.item.text))) return undefined;
  // (…or a superlative with its N: «әр қалада … ең ірі 3 санат», "the 3 biggest categories in each city")
  // (…or Kazakh «алғашқы үш банкі», the first three banks, read as a top N already)
  const top = slots.findIndex(
    (s) => isKind(s, 'top') || isKind(s, 'superlative') || (s.used && FIRST_N.includes(s.item.text)),
  );
  if (top < 0) return undefined;
  // (the N, and kinds of the ranked thing between: "top 5 grocery merchants")
  let k = top + 1;
  const between = (x: Slot) => x.item.kind === 'stop' || x.item.kind === 'number' || isKind(x, 'value');
  while (k < slots.length && between(slots[k]!)) k++;
  // («әр банкте ең көп операция болған сағат қайсы», the hour in which the most operations were, «ең көп
  // ақша жұмсалған санат»: the noun counted or summed and its participle stand between the superlative
  // and the word ranked.)
  let j = k;
  const relative = (x: Slot | undefined) =>
    (isKind(x, 'entity') || isKind(x, 'amount') || x?.item.kind === 'stop') && !x.item.clauseBefore;
  while (j < slots.length && relative(slots[j])) j++;
  const word = slots[j];
  if (
    j > k + 1 &&
    KAZAKH_PARTICIPLE.test(slots[j - 1]!.item.text) &&
    !word?.item.clauseBefore &&
    (isKind(word, 'dimension') || isKind(word, 'timeUnit') || isKind(word, 'bucket'))
  )
    k = j;
  // (In the superlative's clause: "…, which hour of day was the busiest in 2026? bank, hour, trx count"
  // lists the columns after it — the bank there is not what is ranked.)
  const afterTop = slots[k]?.item.clauseBefore === true ? undefined : slots[k];
  // ("which city had the most transactions in each month", «какой банк … больше всего … в каждом
  // городе»: the column asked with "which" before the superlative is ranked, within the other.)
  // («какие 3 категории самые популярные в каждом городе»: the N may stand between.)
  // («қай сағатта»: the which-word may be one word of the lexicon with the column's.)
  const whichBefore = (j: number) => {
    const w = slots[j - 1]?.item.kind === 'number' ? j - 2 : j - 1;
    return (
      isKind(slots[w], 'grammaticalNumber') ||
      [...WHICH_WORDS, ...KAZAKH_WHICH].includes(slots[w]?.item.text ?? '') ||
      [...WHICH_WORDS, ...KAZAKH_WHICH].includes(slots[j]?.item.text.split(' ')[0] ?? '')
    );
  };
  const asked = slots.findIndex((s, j) => j < top && isKind(s, 'dimension') && whichBefore(j));
  // ("Which hour was the busiest last month for each bank?", "For my two banks (…), which day …": the
  // period word asked with "which" is ranked within the groups — it was one row overall, or the banks
  // ranked within each hour.)
  const askedUnit = slots.findIndex(
    (s, j) => j < top && (isKind(s, 'timeUnit') || isKind(s, 'bucket')) && whichBefore(j),
  );
  if (asked < 0 && askedUnit >= 0) {
    const d = labelled(slots[askedUnit]).find((x) => dimensions.includes(x));
    const others = dimensions.filter((x) => x !== d);
    if (d !== undefined && others.length > 0) return { dimension: d, text: slots[askedUnit]!.item.text };
  }
  // ("the busiest day for each bank", «әр айдағы ең көп транзакция болған күн»: a period word ranked
  // within the groups — its day, week or hour.)
  const period = afterTop;
  if (isKind(period, 'timeUnit') || isKind(period, 'bucket')) {
    const d = labelled(period).find((x) => dimensions.includes(x));
    const others = dimensions.filter((x) => x !== d);
    return d !== undefined && others.length > 0 ? { dimension: d, text: period.item.text } : undefined;
  }
  // («три банка с наибольшим количеством операций в каждом городе», "3 banks with the most payments in
  // each city", «әр қалада ең көп операция жасаған 3 банк»: the column word right after its N.)
  const numbered = slots.findIndex((s, j) => isKind(s, 'dimension') && slots[j - 1]?.item.kind === 'number');
  // ("For each city, the category with the highest turnover", «для каждого города — категория с
  // наибольшим оборотом»: the column word the superlative describes, only stop words between.)
  const described = slots.findIndex(
    (s, j) =>
      j + 1 < top && isKind(s, 'dimension') && slots.slice(j + 1, top).every((x) => x.item.kind === 'stop'),
  );
  // ("top 2 foreign currencies by KZT turnover in each city": the words that leave a value out name the
  // column's rows too — the top 2 pairs overall were shown.)
  if (
    isKind(afterTop, 'notValue') &&
    afterTop.item.meaning.namesColumn === true &&
    dimensions.includes(afterTop.item.meaning.column)
  )
    return { dimension: afterTop.item.meaning.column, text: afterTop.item.text };
  const named = [asked, numbered, described].find((j) => j >= 0) ?? -1;
  const ranked = isKind(afterTop, 'dimension') ? afterTop : slots[named];
  if (!isKind(ranked, 'dimension')) return undefined;
  const d = ranked.item.meaning.dimension;
  // ("For each city, which weekday was the busiest?", "the busiest weekday for each city": a day of the
  // week or an hour of the day, asked with "which" or named right after the superlative, is ranked
  // within the groups too — it was the one busiest pair overall.)
  const cycle = d === 'weekday' || d === 'hour_of_day';
  return dimensions.includes(d) && (!isTimeDimension(d) || cycle)
    ? { dimension: d, text: ranked.item.text }
    : undefined;
}

/**
 * The ranking: a number still unread is the N of a ranking ("5 cities with the lowest…", «Пять
 * крупнейших»), else not understood; the limit of a ranking without N follows the grammatical number
 * (top 1 for "which city", 10 for "which cities"), decided when the frame is completed.
 */
export const readRankLimit = definePass(({ slots, draft, notes }) => {
  let askedHour = false;
  for (const [i, slot] of slots.entries()) {
    const n = numberOf(slot);
    if (n === null) continue;
    slot.used = true;
    // «сумма одной транзакции», «одного перевода», «ең ірі бір транзакция»: "a single", not a limit
    // (values may describe the noun between: «одной онлайн-покупки»).
    let k = i + 1;
    while (!isCountedNoun(slots[k]) && isKind(slots[k], 'value')) k++;
    if (SINGLE_WORDS.includes(slot.item.text) && isCountedNoun(slots[k])) continue;
    // «… ең көп болған сағат 19 болды ма?» (was the busiest hour 19?): in a yes/no question, a number
    // right after the hour ranked is the hour asked about — every hour is shown, busiest first (it was
    // the top 19).
    // ("Was 18 the busiest hour …?": the hour said in the singular, the number not before a unit.)
    const singularHour = slots.some(
      (s) => isKind(s, 'timeUnit') && s.item.meaning.unit === 'hour' && SINGULAR_HOUR.includes(s.item.text),
    );
    // («… больше всего онлайн-покупок приходится на 20 часов?», "… at 20 hours": a clock hour after "at"
    // / «на» / «в» with its unit is the hour asked about too.)
    const unit = slots[i + 1];
    const atHour =
      CLOCK_HOUR_AT_WORDS.includes(slots[i - 1]?.item.text ?? '') &&
      isKind(unit, 'timeUnit') &&
      unit.item.meaning.unit === 'hour';
    if (
      draft.yesNo &&
      ((singularHour && !isKind(slots[i + 1], 'timeUnit')) || atHour) &&
      draft.dimensions.includes('hour_of_day') &&
      Number.isInteger(n) &&
      n >= 0 &&
      n <= 23
    ) {
      askedHour = true;
      continue;
    }
    if (notes.topDirection !== null && notes.explicitLimit === null && Number.isInteger(n) && n >= 1) {
      notes.explicitLimit = n;
      continue;
    }
    draft.issues.push({ kind: 'unknown_words', words: [slot.item.text] });
  }
  // "which day… most? Give me all seven days": the whole cycle, however the question began.
  const whole = slots.find((s) => isKind(s, 'wholeCycle'));
  if (whole) whole.used = true;
  // ("count and turnover by bank, ranked by turnover", «…, рейтинг по обороту на карту»: every group
  // ranked, by the measure named — it was by the first column.)
  if (notes.topDirection === null && draft.rankAll) rankByNamedMeasure(slots, draft);
  if (notes.topDirection !== null) {
    // Without a dimension this is "top 5 transactions" (rows) — unless a follow-up supplies one.
    // (Ranked within groups, the ranked column's own word says how many: «әр айда қай қалада …».)
    const within = rankedWithin(slots, draft.dimensions);
    const first = within?.text ?? notes.dimensionTexts[0];
    // («Қай валюта …», which currency: after Kazakh «қай» a noun is plural only by its own ending — the
    // Russian reading of «валюта» as plural does not apply.)
    const at = slots.findIndex((s) => s.item.text === first);
    // (…nor to a word with Kazakh letters: «апта күні қайсы», which weekday.)
    // (…nor in a question written in Kazakh: «… ең көп болған апта қайсы?», which week.)
    const kazakhWhich =
      (at > 0 && KAZAKH_WHICH.includes(slots[at - 1]!.item.text)) ||
      (first !== undefined && hasKazakhLetter(first)) ||
      slots.some((s) => hasKazakhLetter(s.item.text));
    // (An English column phrase's head is its last word: "which transaction types …" is plural.)
    const head = (w: string) => (/^[a-z]/.test(w) ? (w.split(' ').at(-1) ?? w) : w);
    const pluralWord = (w: string) => (kazakhWhich ? hasKazakhPlural(w) : isPluralWord(head(w)));
    // («апта күндерінің қайсысында …», on which one of the weekdays: one, the noun plural or not.)
    const whichOne = at >= 0 && KAZAKH_WHICH_ONE.includes(slots[at + 1]?.item.text ?? '');
    const saidPlural = whichOne ? false : (notes.pluralHint ?? (first ? pluralWord(first) : true));
    const plural = whole ? true : saidPlural;
    // ("Which weekday is heaviest …? show all days", «… қай сағатта ең көп? … барлық сағаттарды
    // көрсет»: one asked for, then every one shown — ranked, the one asked first; it was the cycle in
    // its own order. Asked in the plural too: «В какие часы чаще всего …? Покажите все часы» — the
    // ranking not cut; "which hours are busiest" alone stays the cycle in its own order.)
    if (whole) draft.rankAll = true;
    draft.top = { direction: notes.topDirection, limit: notes.explicitLimit, plural };
    if (within) draft.rankedWithin = within.dimension;
    rankByNamedMeasure(slots, draft);
    // "Is Friday the busiest day for ECOM?", «Правда ли, что по пятницам больше всего …»: in a yes/no
    // question the weekday named is the one asked about — every weekday is shown, busiest first (it was
    // the days that are Fridays).
    const asked = draft.filters.find((f) => f.filter.kind === 'weekday' && f.filter.days.length === 1);
    const askedWeekday =
      draft.yesNo === true &&
      asked !== undefined &&
      notes.explicitLimit === null &&
      draft.dimensions.length === 1 &&
      (draft.dimensions[0] === 'day' || draft.dimensions[0] === 'weekday');
    if (askedWeekday) {
      draft.filters = draft.filters.filter((f) => f !== asked);
      draft.dimensions = ['weekday'];
    }
    // («Самая крупная операция: электроника против мебели», "the largest payment, Almaty vs Astana": the
    // values set against each other are each shown — the largest payment of each, not the one group
    // with the largest.)
    const compared = draft.comparedValues && draft.dimensions.length === 1 && notes.explicitLimit === null;
    if (compared && draft.measures.some((m) => m.fn === 'max' || m.fn === 'min')) draft.top = null;
    if ((askedHour || askedWeekday) && notes.explicitLimit === null) {
      draft.top = null;
      if (notes.topDirection === 'desc') draft.largestFirst = true;
      else draft.smallestFirst = true;
    }
  }
});

/**
 * "top 4 cities by count, showing city, total, average check and count", «топ-5 по сумме: категория,
 * количество, сумма», «сомасы бойынша топ-5»: a ranking is by the measure "by" names, wherever it
 * stands among the columns (it was the first column's). Called once the ranking is read.
 */
function rankByNamedMeasure(slots: Reading['slots'], draft: Reading['draft']): void {
  if ((!draft.top && !draft.rankAll) || draft.measures.length < 2) return;
  const byAt = slots.findIndex((s, k) => {
    if (!isKind(s, 'groupBy')) return false;
    const named = s.item.meaning.after ? slots[k - 1] : slots[k + 1];
    return isMeasureWord(named);
  });
  if (byAt < 0) {
    rankBySuperlative(slots, draft);
    return;
  }
  const by = slots[byAt]!;
  const word = isKind(by, 'groupBy') && by.item.meaning.after ? slots[byAt - 1] : slots[byAt + 1];
  // («топ-3 по сумме на карту»: the amount per card.)
  const wordAt = slots.indexOf(word!);
  const perCard = [wordAt + 1, wordAt + 2].some((k) => isKind(slots[k], 'perCard'));
  const named = perCard ? 'per_card' : measureNamed([word]);
  const k = draft.measures.findIndex((m) => m.fn === named);
  if (k > 0) draft.sortMeasure = k;
}

/**
 * "Which 5 MCC codes had the highest POS total …? Show MCC, category, count and total", "which 3 cities
 * had the most transactions …? Give turnover, count and avg": with no "by", the measure right after the
 * superlative (values of the payments between) is the one ranked by.
 */
function rankBySuperlative(slots: Reading['slots'], draft: Reading['draft']): void {
  const at = slots.findIndex((s) => isKind(s, 'superlative'));
  if (at < 0) return;
  let k = at + 1;
  while (isKind(slots[k], 'value') || slots[k]?.item.kind === 'stop') k++;
  const word = slots[k];
  const entity = isKind(word, 'entity') ? word.item.meaning.entity : null;
  const named = isMeasureWord(word)
    ? measureNamed([word])
    : entity === 'transactions'
      ? 'count'
      : entity === 'cards'
        ? 'count_distinct'
        : null;
  const found = draft.measures.findIndex((m) => m.fn === named);
  if (found > 0) draft.sortMeasure = found;
}
