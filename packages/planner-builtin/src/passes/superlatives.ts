import type { Draft } from '../draft.js';
import { type CategoricalDimension, isTimeDimension, type Measure } from '../frame.js';
import {
  DECLINE,
  EACH_GROUP_WORDS,
  EITHER_SUPERLATIVES,
  KAZAKH_WHICH,
  PAYMENT_AMOUNT_WORDS,
  PERCENT_WORD,
  QUANTITY_SUPERLATIVES,
  RUSSIAN_WHICH,
  RUSSIAN_WHICH_EITHER,
  TURNOVER_WORD,
  WHAT_WORDS,
  WHICH_WORDS,
} from '../vocabulary/index.js';
import { isPluralWord, samyjNumber } from '../word-forms.js';
import { cursor } from './cursor.js';
import { addDimension, definePass, isCountedNoun, isKind, type Notes, type Slot } from './reading.js';
import { isMeasureWord, measureNamed } from './sort-by.js';

/**
 * Superlatives: with a dimension, a ranking ("the city with the most transactions": top, by count
 * when the word implies it — "most popular"); without one, the extreme of the amount ("the largest
 * transaction" = max). Also reads the grammatical number of the question (какой / какие, самый /
 * самые) for the limit of a ranking without a number.
 */
/**
 * The superlative at i (with its noun at `nounAt`) is an item of a list of figures: a comma, a colon
 * or "and" before it or after it ("smallest, largest and average amount"), not "the largest average".
 */
function listedApart(slots: readonly Slot[], i: number, nounAt: number): boolean {
  const { opensItem, closesItem } = cursor(slots);
  const noun = slots[nounAt];
  const own = noun !== undefined && nounAt > i && (isKind(noun, 'entity') || isKind(noun, 'amount'));
  return opensItem(i, true) || closesItem(i, true) || (own && closesItem(nounAt, true));
}

export const readSuperlatives = definePass((r) => {
  const { slots, draft, notes } = r;
  const measures = draft.measures;
  const { next, prev } = cursor(slots);
  for (const [i, slot] of slots.entries()) {
    if (!isKind(slot, 'grammaticalNumber') || notes.pluralHint !== null) continue;
    // («каким» is the singular instrumental as well as the plural dative: «каким кошельком» is one
    // wallet, «каким банкам» several — the noun after it says which.)
    const after = slots[i + 1]?.item.text;
    notes.pluralHint =
      RUSSIAN_WHICH_EITHER.includes(slot.item.text) && after !== undefined
        ? isPluralWord(after)
        : slot.item.meaning.plural;
  }
  /** The clause of each slot (a full stop or a dash with spaces opens the next). */
  const clauses: number[] = [];
  for (const [i, slot] of slots.entries())
    clauses.push((clauses[i - 1] ?? 0) + (i > 0 && slot.item.clauseBefore ? 1 : 0));
  /** "highest … first" / "lowest … first": the rows of the breakdown in that order. */
  const orderRows = (direction: 'asc' | 'desc') => {
    if (direction === 'desc') draft.largestFirst = true;
    else draft.smallestFirst = true;
  };
  if (draft.dimensions.length > 0) readBothEnds(slots, draft);
  /** Clauses whose superlative already set the order. */
  const ordered = new Set<number>();
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'superlative')) return;
    slot.used = true;
    draft.domain = true;
    const { direction, impliesCount } = slot.item.meaning;
    /** A superlative of how many ("the most", "most popular"), not of how large. */
    const quantity =
      impliesCount ||
      QUANTITY_SUPERLATIVES.includes(slot.item.text) ||
      EITHER_SUPERLATIVES.includes(slot.item.text);
    const samyj = samyjNumber(slot.item.text);
    if (samyj !== null && notes.pluralHint === null) notes.pluralHint = samyj === 'plural';
    // "POS turnover by city for 2025 — want to see which city is strongest": a breakdown asked with
    // "by" in a clause before is shown whole, its strongest row first — not cut to one row.
    const byBefore = slots.some((s, k) => isKind(s, 'groupBy') && clauses[k]! < clauses[i]!);
    const byHere = slots.some((s, k) => isKind(s, 'groupBy') && clauses[k] === clauses[i]);
    // "per city, highest median first", "largest total first": the order, by the measure named (the
    // coverage check asks back when the plan's measure is another).
    const said = next(i);
    if (
      draft.dimensions.length > 0 &&
      isMeasureWord(slots[said]) &&
      // (right after it: "the least money in the first half" is a period)
      said + 1 === next(said) &&
      slots[said + 1]?.item.text === 'first' &&
      !draft.top
    ) {
      slots[said]!.used = true;
      slots[said + 1]!.used = true;
      draft.sortBy = {
        named: measureNamed([slots[said]]),
        text: `${slot.item.text} ${slots[said]!.item.text} first`,
        addsMeasure: true,
        at: said,
      };
      orderRows(direction);
      return;
    }
    // "largest transaction by city", "the biggest payment amount per city", «ең үлкен операция сомасы
    // сағат бойынша»: the size of one payment, in each group the breakdown names — its extreme, every
    // group shown (it was the one group with the most payments, or the largest total). Not a quantity
    // ("the most transactions by city"), and not with "which" ("which city had the largest payment":
    // a ranking).
    let sized = said;
    // ("smallest tenge amount per type": the unit may stand before the amount too.)
    // ("largest foreign payment", "smallest non-KZT payment": a value said as what it is not too.)
    while (
      ((isKind(slots[sized], 'value') || isKind(slots[sized], 'notValue')) && !isCountedNoun(slots[sized])) ||
      (isKind(slots[sized], 'negation') &&
        (isKind(slots[next(sized)], 'value') || isKind(slots[next(sized)], 'currencyUnit'))) ||
      (isKind(slots[sized], 'currencyUnit') && isKind(slots[prev(sized)], 'negation')) ||
      (isKind(slots[sized], 'currencyUnit') && isKind(slots[next(sized)], 'amount'))
    )
      sized = next(sized);
    // («әр қаладағы ең ірі қонақүй (MCC 7011) төлемі», the largest hotel (MCC 7011) payment in each city:
    // a kind of place glossed by its code, read already, before the payment — it was the city with the
    // most hotel payments.)
    // (The cursor steps over the gloss: the code in brackets is what comes next.)
    if (
      isKind(slots[sized - 1], 'gloss') &&
      slots[sized]?.item.bracketBefore === true &&
      slots[sized]!.used
    ) {
      let k = sized;
      while (slots[k]?.used && (isKind(slots[k], 'dimension') || slots[k]!.item.kind === 'number')) k++;
      if (isCountedNoun(slots[k])) {
        slots[sized - 1]!.used = true;
        sized = k;
      }
    }
    const ofPayment =
      isCountedNoun(slots[sized]) ||
      (isKind(slots[sized], 'amount') && PAYMENT_AMOUNT_WORDS.includes(slots[sized]!.item.text));
    // ("in each foreign country": values may describe the groups.)
    const groupWord = (k: number) => {
      let g = next(k);
      while (isKind(slots[g], 'value') || isKind(slots[g], 'notValue')) g = next(g);
      return g;
    };
    // («по каждой иностранной валюте»: a value that names its column, "foreign currency", is the groups.)
    const namesGroups = (x: Slot | undefined) =>
      isKind(x, 'notValue') &&
      x.item.meaning.namesColumn === true &&
      draft.dimensions.includes(x.item.meaning.column);
    const groupsNamed = slots.some(
      (s, k) =>
        isKind(s, 'groupBy') &&
        (isKind(slots[groupWord(k)], 'dimension') ||
          isKind(slots[next(k)], 'timeUnit') ||
          namesGroups(slots[next(k)]) ||
          s.item.meaning.after),
    );
    // (A which-word asks for the groups when it stands before their word: «… сомасы қандай?», what is
    // the amount, asks for the amount.)
    // ("What was the largest single transaction amount in each city?": groups named one by one, "each",
    // are not what "what" asks to pick — the extreme of each is.)
    const eachGroup = slots.some(
      (s, k) =>
        isKind(s, 'groupBy') &&
        EACH_GROUP_WORDS.includes(s.item.text) &&
        isKind(slots[groupWord(k)], 'dimension'),
    );
    const which = slots.some(
      (s, k) =>
        // («Какая была наибольшая сумма одной операции в каждой категории?» likewise.)
        !(
          eachGroup &&
          ((WHAT_WORDS.includes(s.item.text) && !isKind(slots[next(k)], 'dimension')) ||
            (RUSSIAN_WHICH.includes(s.item.text) && isKind(slots[next(k)], 'superlative')))
        ) &&
        [...WHICH_WORDS, ...KAZAKH_WHICH, ...RUSSIAN_WHICH].includes(s.item.text) &&
        (isKind(slots[next(k)], 'dimension') ||
          isKind(slots[next(k)], 'timeUnit') ||
          isKind(slots[next(k)], 'grammaticalNumber') ||
          !KAZAKH_WHICH.includes(s.item.text)),
    );
    if (
      draft.dimensions.length > 0 &&
      groupsNamed &&
      ofPayment &&
      !which &&
      !impliesCount &&
      !QUANTITY_SUPERLATIVES.includes(slot.item.text) &&
      !EITHER_SUPERLATIVES.includes(slot.item.text) &&
      !draft.top &&
      measures.every((x) => SIZES.includes(x.fn))
    ) {
      if (isKind(slots[sized], 'entity')) slots[sized]!.used = true;
      // ("smallest payment, largest payment and average check": each a column of its own; a total of the
      // amount word was the extreme's.)
      const fn = direction === 'desc' ? 'max' : 'min';
      // ("… largest single transaction amount in each city? City and the maximum amount": the amount
      // word sized is the extreme's, not a total beside it, when no other money word stands alone.)
      const amountAt = isKind(slots[sized], 'amount')
        ? sized
        : isCountedNoun(slots[sized]) && isKind(slots[next(sized)], 'amount')
          ? next(sized)
          : -1;
      const totalOwn = slots.some(
        (x, k) => k !== amountAt && isKind(x, 'amount') && !isKind(slots[k - 1], 'aggregate'),
      );
      if (amountAt >= 0 && !totalOwn && measures.some((x) => x.fn === fn))
        measures.splice(0, measures.length, ...measures.filter((x) => x.fn !== 'sum'));
      if (!measures.some((x) => x.fn !== 'sum')) measures.splice(0, measures.length, { fn });
      else if (!measures.some((x) => x.fn === fn)) measures.push({ fn });
      return;
    }
    // (A timeline or a weekday / hour cycle stays in its own order, as a plural ranking of a cycle does.)
    // ("Sort from the highest share to the lowest": the first one named says the order.)
    // ("For each bank: which weekday had the most ECOM payments?": "each" before and "which" here ask
    // for the one in each group — a ranking within them, not the rows in order.)
    const eachBefore = slots.some(
      (s, k) => isKind(s, 'groupBy') && EACH_GROUP_WORDS.includes(s.item.text) && clauses[k]! < clauses[i]!,
    );
    // ("Which bank's customers use Apple Pay the most? Apple Pay payments by bank in 2026, most first.": a
    // sentence after it that asks for the breakdown in an order is the rows wanted, all of them in that
    // order — not the one row the superlative alone would pick.)
    const orderedAfter = slots.find(
      (s, k) =>
        clauses[k]! > clauses[i]! &&
        (isKind(s, 'largestFirst') || isKind(s, 'smallestFirst')) &&
        slots.some((g, n) => isKind(g, 'groupBy') && clauses[n] === clauses[k]),
    );
    // (A claim asked yes or no, "Is Kaspi Bank the biggest? … biggest first", is read as a ranking: the
    // rank-limit pass shows it whole and the value named is the one checked, not a filter.)
    // (…nor "which five cities had the highest …? …, highest first": a number of them is a top N.)
    const limited = slots.some(
      (s, k) => clauses[k] === clauses[i] && (isKind(s, 'top') || (s.item.kind === 'number' && !s.used)),
    );
    if (draft.dimensions.length > 0 && orderedAfter && !draft.top && !draft.yesNo && !limited) {
      orderedAfter.used = true;
      orderRows(isKind(orderedAfter, 'largestFirst') ? 'desc' : 'asc');
      if (quantity && measures.length === 0) measures.push({ fn: 'count' });
      return;
    }
    if (draft.dimensions.length > 0 && byBefore && !byHere && !impliesCount && !(eachBefore && which)) {
      if (draft.dimensions.every(isTimeDimension) || ordered.has(clauses[i]!)) return;
      ordered.add(clauses[i]!);
      orderRows(direction);
      return;
    }
    // "Which category grew the most from October to November?", «қай банкте айналым теңгемен ең көп
    // азайды?»: two periods compared and a word of change — the groups ranked by their change (they
    // were ranked by the later period); "fell the most" is the lowest change first, "in tenge" the
    // difference rather than the change in %.
    const changed = slots.some(
      (s) => (isKind(s, 'compare') && s.item.meaning.change === true) || DECLINE.test(s.item.text),
    );
    // (A period set against the same one a year before, "YTD vs the same period last year", is two
    // periods too: the groups were ranked by this year's.)
    const twoPeriods = draft.times.length >= 2 || draft.yearAgo === true || draft.samePeriod === true;
    if (draft.dimensions.length > 0 && twoPeriods && changed && !impliesCount) {
      const decline = slots.some((s) => DECLINE.test(s.item.text));
      // ("grew the most by turnover in tenge … the change in %": with the change asked in %, the tenge is
      // the turnover's unit.)
      const inPercent = slots.some(
        (s) => PERCENT_WORD.test(s.item.text) && (isKind(s, 'share') || isKind(s, 'compareOutput')),
      );
      const tenge = inPercent ? undefined : slots.find((s) => isKind(s, 'currencyUnit') && !s.used);
      // ("the biggest drop in tenge …, show both months and the difference": the tenge read with the
      // difference asked is what ranks — it ranked by a change in % it did not show.)
      const difference =
        !inPercent && (draft.compareOutput === 'difference' || draft.compareOutput === 'with_difference');
      draft.rankByChange = tenge || difference ? 'difference' : 'change';
      // (A change ranked by is shown: "fell", a stop word, said only that two periods are compared.)
      if (!tenge && draft.compareOutput === undefined) draft.growth = true;
      if (tenge) {
        tenge.used = true;
        draft.compareOutput ??= 'with_difference';
        // ("Which categories fell the most in tenge …": with nothing else named, the money did.)
        if (measures.length === 0) measures.push({ fn: 'sum' });
      }
      aimTop(notes, decline === (direction === 'desc') ? 'asc' : 'desc');
      return;
    }
    if (draft.dimensions.length > 0) {
      aimTop(notes, direction);
      // "Which 3 categories had the most active merchants", «в каких категориях больше всего мерчантов»,
      // «қай санатта мерчанттар ең көп»: the merchants beside a superlative of quantity are counted,
      // distinct, in each group asked (they were a second breakdown, each merchant ranked by its payments,
      // or nothing to count).
      const merchantsAt = [said, next(said) < 0 ? prev(i) : -1].find((k) => {
        const x = slots[k];
        return isKind(x, 'dimension') && x.item.meaning.dimension === 'merchant_id';
      });
      const groups = draft.dimensions.filter((d) => d !== 'merchant_id');
      // (…the groups asked with "which": "the top 5 most active merchants in each city" ranks merchants.)
      const whichGroups = slots.some((s, k) => {
        // ("which 3 categories")
        const n = slots[next(k)]?.item.kind === 'number' ? next(next(k)) : next(k);
        const group = slots[n];
        return (
          [...WHICH_WORDS, ...KAZAKH_WHICH, ...RUSSIAN_WHICH].includes(s.item.text) &&
          isKind(group, 'dimension') &&
          group.item.meaning.dimension === groups[0]
        );
      });
      // (…"? top 5 with the merchant count": the same count said again after it.)
      const merchantsCounted = (m: (typeof measures)[number]) =>
        m.fn === 'count_distinct' && m.column === 'merchant_id';
      if (
        quantity &&
        whichGroups &&
        merchantsAt !== undefined &&
        measures.every(merchantsCounted) &&
        draft.dimensions.length === 2 &&
        groups.length === 1
      ) {
        const at = draft.dimensions.indexOf('merchant_id');
        draft.dimensions.splice(at, 1);
        notes.dimensionTexts.splice(at, 1);
        if (measures.length === 0) measures.push({ fn: 'count_distinct', column: 'merchant_id' });
        // ("Which city has the fewest merchants with turnover over 1 million?": a condition read on the
        // merchants stays theirs, each merchant's own total, in each group — not the city's.)
        if (draft.having) draft.having.each = true;
        return;
      }
      if (impliesCount && measures.length === 0) measures.push({ fn: 'count' });
      // "which city had the largest transaction", «в каком городе была самая крупная операция»: the
      // groups ranked by their largest payment (they were ranked by how many payments they had).
      const size =
        !impliesCount &&
        !QUANTITY_SUPERLATIVES.includes(slot.item.text) &&
        !EITHER_SUPERLATIVES.includes(slot.item.text);
      // ("… had the largest single payment in November and what amount", «… самая крупная операция … и
      // какая сумма»: the amount asked after it is that payment's — it was each bank's total.)
      const amountOfIt =
        measures.length === 1 &&
        measures[0]!.fn === 'sum' &&
        slots.some(
          (s, k) =>
            k > sized &&
            isKind(s, 'amount') &&
            slots.slice(sized, k).some((x) => isKind(x, 'conjunction')) &&
            !slots.some((x) => isKind(x, 'total')),
        );
      if (size && isCountedNoun(slots[sized]) && (measures.length === 0 || amountOfIt))
        measures.splice(0, measures.length, { fn: direction === 'desc' ? 'max' : 'min' });
      return;
    }
    // "the most transactions", «больше всего операций»: a quantity of payments, not a payment's size.
    // ("the most ECOM transactions": words of a kind before the noun describe it.)
    let nounAt = said;
    while (isKind(slots[nounAt], 'value') && !isCountedNoun(slots[nounAt])) nounAt = next(nounAt);
    const noun = slots[nounAt];
    // (Kazakh «ең көп», «ең аз» are a quantity before a noun of payments, «ең көп транзакция», and a
    // size before anything else: «ең аз жалақы» is the smallest salary.)
    const counted =
      (QUANTITY_SUPERLATIVES.includes(slot.item.text) && isCountedNoun(noun)) ||
      (EITHER_SUPERLATIVES.includes(slot.item.text) &&
        isKind(noun, 'entity') &&
        noun.item.meaning.entity === 'transactions');
    // "Did Kaspi have the highest turnover in October?", «Правда ли, что наибольший оборот был у Kaspi?»,
    // "Is Almaty the city with the most transactions?": the one value named is checked against the
    // others of its column — the ranking answers it (complete-frame shows every row, largest first).
    // It was the largest single payment of that value. ("Was the largest payment made at Kaspi?": a
    // payment noun right after a size word ranks the values by their largest payment.)
    // (Not when the yes/no is about a threshold: «… ең ірі транзакция 500 мың теңгеден асты ма?».)
    const threshold =
      draft.threshold !== undefined ||
      slots.some((s) => isKind(s, 'comparator') && !s.item.meaning.weak) ||
      draft.filters.some((f) => f.filter.kind === 'amount');
    const asked = draft.yesNo && !threshold ? askedValue(draft.filters, slots) : null;
    if (asked) {
      addDimension(r, asked, i);
      aimTop(notes, direction);
      if ((impliesCount || counted) && measures.length === 0) measures.push({ fn: 'count' });
      else if (isCountedNoun(noun) && !counted && !impliesCount && measures.length === 0)
        measures.push({ fn: direction === 'desc' ? 'max' : 'min' });
      if (counted) noun!.used = true;
      return;
    }
    if (impliesCount || counted) {
      draft.issues.push({ kind: 'unsupported', what: 'superlative_without_dimension' });
      return;
    }
    const extreme = direction === 'desc' ? 'max' : 'min';
    // "Did Kaspi have the highest turnover in Almaty?": a total ranks groups, and none is named (of two
    // values named, which is checked?) — not the largest single payment, which it was.
    // («Самый большой оборот POS за 2026», «У Kaspi самый большой ТО POS?»: turnover is a total, never one
    // payment's amount — it was the largest single payment.)
    if (
      isKind(noun, 'amount') &&
      !PAYMENT_AMOUNT_WORDS.includes(noun.item.text) &&
      (draft.yesNo || TURNOVER_WORD.test(noun.item.text))
    ) {
      draft.issues.push({ kind: 'unsupported', what: 'superlative_without_dimension' });
      return;
    }
    if (measures.length === 0 || measures.every((x) => x.fn === 'sum')) {
      measures.splice(0, measures.length, { fn: extreme });
    } else if (measures.some((x) => x.fn === extreme)) {
      // the same extreme named twice
    } else if (measures.every((x) => x.fn === 'min' || x.fn === 'max')) {
      // "the smallest and the largest payment", «ең кіші және ең үлкен транзакция»: both extremes.
      measures.push({ fn: extreme });
    } else if (listedApart(slots, i, nounAt) && measures.every((x) => x.fn !== 'count' && x.fn !== 'sum')) {
      // "smallest payment, largest payment and average ticket", "smallest, largest and average amount":
      // an item of a list of figures of the payments' amount, a column of its own beside the others.
      measures.push({ fn: extreme });
    } else {
      draft.issues.push({ kind: 'unsupported', what: 'superlative_of_measure' });
    }
  });
});

/** Measures of the amount that a payment's extreme may stand beside. */
const SIZES: readonly string[] = ['sum', 'avg', 'median', 'percentile', 'min', 'max'];

/**
 * The column of the one value a yes/no question names ("Is Almaty …?"), if it names exactly one —
 * or, of several ("Is Almaty the city with the most ECOM transactions?"), the one whose column the
 * question names too ("the city").
 */
function askedValue(filters: Draft['filters'], slots: readonly Slot[]): CategoricalDimension | null {
  const named = filters.flatMap((f) =>
    f.filter.kind === 'values' && !f.filter.negated && f.filter.values.length === 1 ? [f.filter.column] : [],
  );
  const said = named.filter((column) =>
    slots.some((s) => isKind(s, 'dimension') && s.item.meaning.dimension === column),
  );
  // («Правда ли, что в пятницу больше всего покупок в ресторанах?»: a day of the week named is a value
  // the claim may be about too — of two, which one is checked is not said; the restaurants were ranked
  // among the categories on Fridays.)
  const days = filters.filter((f) => f.filter.kind === 'weekday' && f.filter.days.length === 1).length;
  const only = named.length === 1 && days === 0 ? named : said.length === 1 ? said : [];
  return (only[0] as CategoricalDimension | undefined) ?? null;
}

/**
 * "the smallest and largest amount by category", «наименьшая и наибольшая сумма по категориям»: both
 * ends at once. Of single payments' amounts, the extremes in each group; of totals or counts ("the
 * smallest and largest spend"), asked back — a ranking has one direction, and one end was dropped.
 * A list may hold an average or a median too: "smallest, largest and average amount by bank", «ең аз,
 * ең көп және орташа сомасы банктер бойынша» — a column each, in the order said (the superlatives had
 * made a ranking of the averages, smallest first).
 */
function readBothEnds(slots: readonly Slot[], draft: Draft): void {
  const { next } = cursor(slots);
  const measures = draft.measures;
  const listedAggregate = (s: Slot | undefined) =>
    isKind(s, 'aggregate') && (s.item.meaning.fn === 'avg' || s.item.meaning.fn === 'median');
  for (const [i, slot] of slots.entries()) {
    if (slot.used || !isKind(slot, 'superlative')) continue;
    // The list: superlatives (and an average or a median) joined by commas or "and".
    const items = [i];
    const joiners: number[] = [];
    let k = next(i);
    for (;;) {
      const joiner = isKind(slots[k], 'conjunction') ? k : -1;
      const at = joiner >= 0 ? next(k) : k;
      const item = slots[at];
      const joined = joiner >= 0 || item?.item.commaBefore === true;
      if (!joined || !(isKind(item, 'superlative') || listedAggregate(item))) break;
      if (joiner >= 0) joiners.push(joiner);
      items.push(at);
      k = next(at);
    }
    const ends = items.filter((j) => isKind(slots[j], 'superlative'));
    const end = (j: number) => {
      const e = slots[j];
      return isKind(e, 'superlative') ? e.item.meaning : null;
    };
    const directions = new Set(ends.map((j) => end(j)?.direction));
    if (items.length < 2 || (ends.length === items.length && directions.size < 2)) continue;
    // ("the smallest and largest foreign-currency payment": values of the payment may stand between.)
    let at = k;
    while ((isKind(slots[at], 'value') || isKind(slots[at], 'notValue')) && !isCountedNoun(slots[at]))
      at = next(at);
    const said = slots[at];
    const ofPayments =
      ends.every((j) => !end(j)?.impliesCount) &&
      // ("smallest, largest and avg ticket", «минимальный, максимальный и средний чек»: the check is the
      // payment's amount)
      (isCountedNoun(said) ||
        isKind(said, 'check') ||
        (isKind(said, 'amount') && PAYMENT_AMOUNT_WORDS.includes(said.item.text))) &&
      !slots.some((s) => isKind(s, 'total')) &&
      !measures.some(
        (m) => m.fn !== 'sum' && !items.some((j) => listedAggregate(slots[j]) && fnOf(slots[j]) === m.fn),
      );
    for (const j of [...items, ...joiners]) slots[j]!.used = true;
    if (!ofPayments) {
      draft.issues.push({ kind: 'unsupported', what: 'both_ends' });
      continue;
    }
    if (isKind(said, 'entity') || isKind(said, 'check')) said.used = true;
    const measureAt = (j: number): Measure => {
      const s = slots[j]!;
      if (isKind(s, 'superlative'))
        return s.item.meaning.direction === 'desc' ? { fn: 'max' } : { fn: 'min' };
      return fnOf(s) === 'median' ? { fn: 'median' } : { fn: 'avg' };
    };
    measures.splice(0, measures.length, ...items.map(measureAt));
  }
}

/** The function of an aggregate word ("average", «орташа»). */
function fnOf(s: Slot | undefined): string | null {
  return isKind(s, 'aggregate') ? s.item.meaning.fn : null;
}

/** A superlative's direction for the ranking: the first said, or over a plain "top" word's. */
function aimTop(notes: Notes, direction: 'asc' | 'desc'): void {
  if (notes.topDirection !== null && !notes.topByWord) return;
  notes.topDirection = direction;
  notes.topByWord = false;
}
