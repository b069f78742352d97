import type { Measure } from '../frame.js';
import { RATE_WORDS, TO_THE_CARD } from '../vocabulary/index.js';
import { isPluralWord } from '../word-forms.js';
import { cursor } from './cursor.js';
import { definePass, insideBrackets, isCardsNoun, isKind, isPaymentsNoun, type Slot } from './reading.js';
import { uniqueMeasures } from './settle-measures.js';

/**
 * "per card" / «на одну карту» / «бір картаға»: the measure divided by the number of distinct cards —
 * "average spend per card" = total ÷ cards, "transactions per card" (also "average number of
 * transactions per card") = count ÷ cards. One figure per group, never one row per card: listed or
 * ranked with nothing else to group by ("list spend per card", "top spend per card") it would be
 * rows about single cards, and a measure that has no per-card ratio (a median, a maximum) cannot be
 * read this way; both are refused as personal data.
 */
export const readPerCard = definePass(({ slots, draft }) => {
  // («зарплаты, зачисленной на карту», «поступивших на карту»: after a word of money coming in, "to the
  // card" says where it went — not per card.)
  slots.forEach((s, k) => {
    const before = slots[k - 1];
    if (
      isKind(s, 'perCard') &&
      TO_THE_CARD.includes(s.item.text) &&
      isKind(before, 'direction') &&
      before.item.meaning.incoming
    )
      s.used = true;
  });
  const marks = slots.filter((s) => !s.used && isKind(s, 'perCard'));
  // "How much does the average card spend?", "the average Google Pay card", «средняя карта»: the average
  // card's figure is the total ÷ the cards (it was the average payment).
  // (The card right after the average and its values, as the subject: not "average card payment", nor
  // "average salary credit for BCC cards".)
  const averageCard = slots.some((s, k) => {
    if (!isKind(s, 'aggregate') || s.item.meaning.fn !== 'avg') return false;
    let j = k + 1;
    while (isKind(slots[j], 'value')) j++;
    const card = slots[j];
    const after = slots[j + 1];
    const cardPayment =
      (isKind(after, 'entity') && after.item.meaning.entity === 'transactions') || isKind(after, 'value');
    return (
      isKind(card, 'entity') &&
      card.item.meaning.entity === 'cards' &&
      !card.item.meaning.distinct &&
      !cardPayment
    );
  });
  if (marks.length === 0 && !averageCard) return;
  for (const s of marks) s.used = true;
  // ("How many payments does the average card make per month?": a ratio of a ratio, asked back.)
  const perUnit = slots.some(
    (s, k) => isKind(s, 'groupBy') && RATE_WORDS.includes(s.item.text) && isKind(slots[k + 1], 'timeUnit'),
  );
  if (averageCard && perUnit) {
    draft.issues.push({ kind: 'per_card' });
    return;
  }
  draft.domain = true;
  const aboutSingleCards =
    draft.dimensions.length === 0 &&
    slots.some((s) => isKind(s, 'listVerb') || isKind(s, 'superlative') || isKind(s, 'top'));
  if (aboutSingleCards) {
    draft.issues.push({ kind: 'per_card' });
    return;
  }
  // "average number of transactions per card", «сколько в среднем покупок на одну карту»: the average
  // is of a count (of named transactions, with no amount), so the ratio is of the count.
  // («бір картаға шаққанда орташа қанша жұмсалды», how much was spent per card on average: money.)
  const money = slots.some((s) => isKind(s, 'amount') || isKind(s, 'check'));
  const { next, prev, opensItem } = cursor(slots);
  // ("average transactions per card": the payments themselves averaged, in the plural, are their number —
  // it was the amount per card.)
  const averagedPayments = slots.some((s, k) => {
    const noun = slots[next(k)];
    return (
      isKind(s, 'aggregate') &&
      s.item.meaning.fn === 'avg' &&
      isPaymentsNoun(noun) &&
      isPluralWord(noun.item.text)
    );
  });
  const ofCounts =
    (draft.issues.some((i) => i.kind === 'avg_of_counts') && !money) ||
    ((draft.hasEntity || draft.countable) && slots.some((s) => isKind(s, 'count')) && !money) ||
    (averagedPayments && !money);
  // «сколько было активных карт и сколько операций в среднем на карту?»: the cards counted and then
  // "and" are an ask of their own (they were dropped as the ratio's denominator).
  // ("Top 5 categories by amount per card …: category, total, distinct cards, amount per card": said twice,
  // the one in the list of columns is the item.)
  const perCardAt = slots.findLastIndex((s) => isKind(s, 'perCard'));
  const cardsAsked =
    draft.measures.some((x) => x.fn === 'count_distinct' && x.column === 'card_key') &&
    slots.some(
      (s, k) =>
        k < perCardAt &&
        isKind(s, 'entity') &&
        s.item.meaning.entity === 'cards' &&
        isKind(slots[next(k)], 'conjunction'),
    );
  // "bank, total credited and amount per card", "city, number of transactions, distinct cards and
  // transactions per card": in a list of columns only its own item is a ratio; the others stay (they
  // were all made ratios, or dropped).
  // (Items are set apart by commas and "and": «ср. сумма зп на одну карту» has the full stop of an
  // abbreviation, no list.)
  // ("card spending (POS, ECOM and bill payments) divided by the number of distinct cards": a list in
  // brackets before it is inside the item, no item of its own — it made the ratio of bill payments'
  // count.)
  const outside = !insideBrackets(slots, perCardAt);
  const itemStart = slots.findLastIndex(
    (_, k) => k <= perCardAt && opensItem(k) && !(outside && insideBrackets(slots, k)),
  );
  // (…to the next boundary: Kazakh names the measure after «бір картаға шаққандағы».)
  const ends = slots.findIndex(
    (_, k) => k > perCardAt && (opensItem(k, true) || isKind(slots[k], 'conjunction')),
  );
  const inItem = (k: number) => k >= itemStart && (ends < 0 || k < ends);
  const moneyWord = (s: Slot) => isKind(s, 'amount') || isKind(s, 'check') || isKind(s, 'total');
  const counting = (s: Slot) =>
    isKind(s, 'count') || (isKind(s, 'entity') && s.item.meaning.entity === 'transactions');
  const measureWord = (s: Slot) =>
    moneyWord(s) || counting(s) || isKind(s, 'aggregate') || isKind(s, 'entity');
  // ("value per active card … (total value divided by the number of distinct cards)": the ratio said
  // twice, each with its own words, is one ratio, no list of columns.)
  // («Сколько в среднем тратит одна карта …, по городам? Оборот на одну карту.»: or in a sentence of its
  // own after the question — the average was kept beside the ratio.)
  // («Клиенты какого банка тратят больше всего в расчёте на одну карту …? Покажи банк и сумму на карту.»:
  // or asked first, then named again as a column to show in a sentence after — a total was added. Not
  // beside another figure of that sentence: "…? Show the bank, the total and the spend per card.")
  const sentence = slots.findLastIndex((x, k) => k <= itemStart && x.item.clauseBefore === true);
  const saidBefore =
    sentence > 0 &&
    slots.slice(0, sentence).some((x) => isKind(x, 'perCard')) &&
    !slots.slice(sentence, itemStart).some(measureWord);
  const saidTwice =
    saidBefore ||
    (slots.some((s, k) => isKind(s, 'perCard') && !inItem(k)) &&
      slots.some(
        (s, k) =>
          inItem(k) &&
          (s.item.bracketBefore === true ||
            (k > itemStart && k <= perCardAt && s.item.clauseBefore === true)),
      ));
  // ("transactions per card and turnover per card": items each with its own "per card" are a ratio each;
  // the last one was the only one.)
  const perItem = eachItemPerCard(slots, moneyWord, counting);
  if (perItem) {
    draft.measures = perItem;
    draft.issues = draft.issues.filter((i) => i.kind !== 'avg_of_counts');
    return;
  }
  // (A count that opens the question is an item of its own only with "and" before the ratio: "number of
  // transactions and transactions per card"; «Сколько покупок (POS+ECOM) в среднем на одну карту» is
  // the ratio alone.)
  const ownItem = (s: Slot, k: number) =>
    k > 0 ||
    (isKind(s, 'count') &&
      isKind(slots[itemStart - 1], 'conjunction') &&
      slots[itemStart - 1]!.item.text !== '+');
  // ("spend per card and average check": an average joined after the ratio is an item of its own too — it
  // was dropped. Not any item after it: Kazakh names the measures after «бір картаға шаққандағы».)
  const averageAfter =
    ends >= 0 && isKind(slots[ends], 'conjunction') && isKind(slots[next(ends)], 'aggregate');
  const listed =
    (itemStart > 0 || averageAfter) &&
    !saidTwice &&
    slots.some((s, k) => !inItem(k) && ownItem(s, k) && measureWord(s) && s.used);
  if (listed) {
    const itemMoney = slots.some((s, k) => inItem(k) && moneyWord(s));
    const itemCount = slots.some((s, k) => inItem(k) && counting(s));
    const of = itemMoney || !itemCount ? 'sum' : 'count';
    // (A measure only the item's own words named goes: "amount per card" is no total besides.)
    // (…nor the ratio said again: "…, рейтинг по обороту на карту" ranks by it.)
    // (…nor money an average is of: "average check and spend per card" is no total besides.)
    const namedElsewhere = (test: (s: Slot) => boolean) =>
      slots.some(
        (s, k) =>
          !inItem(k) &&
          test(s) &&
          // (…but a comma before the ratio sets the money apart as an item: «…, сомасы, бір картаға
          // шаққандағы сома», the total, then the amount per card — the total was dropped.)
          !(isKind(slots[next(k)], 'perCard') && !slots[next(k)]!.item.commaBefore) &&
          !(isKind(slots[prev(k)], 'aggregate') && !inItem(prev(k))),
      );
    // ("how many active cards …": a count of the cards is no count of the transactions.)
    const cardsAfter = (k: number) => {
      const n = slots[next(k)];
      return isCardsNoun(n);
    };
    // (Kazakh counts after the noun: «бірегей карталар саны» — in the same item.)
    const cardsBefore = (k: number) => {
      const p = slots[prev(k)];
      return !opensItem(k) && isCardsNoun(p);
    };
    const transactionsCounted = slots.some((s, k) => !inItem(k) && counting(s) && !cardsAfter(k));
    // ("… and how many transactions on average per card": the item's average is the ratio.)
    const itemAverage = slots.some(
      (s, k) => inItem(k) && isKind(s, 'aggregate') && s.item.meaning.fn === 'avg',
    );
    draft.measures = draft.measures.filter(
      (m) =>
        !(m.fn === 'avg' && itemAverage) &&
        !(m.fn === 'sum' && of === 'sum' && !namedElsewhere(moneyWord)) &&
        !(m.fn === 'count' && of === 'count' && !transactionsCounted),
    );
    // ("active cards, number of transactions, and transactions per card": the payments counted before
    // the item are an ask of their own — the cards counted had taken the count's place.)
    const countAsked =
      of === 'count' &&
      !draft.measures.some((m) => m.fn === 'count') &&
      slots.some((s, k) => !inItem(k) && isKind(s, 'count') && !cardsAfter(k) && !cardsBefore(k));
    const asked: Measure[] = countAsked ? [...draft.measures, { fn: 'count' }] : draft.measures;
    // ("by bank: cards sending, total sent and sent per card": the cards, an item of their own, are
    // counted — they were dropped as the ratio's denominator.)
    const cardsCounted = asked.some((m) => m.fn === 'count_distinct' && m.column === 'card_key');
    const cardsItem = slots.findIndex((s, k) => !inItem(k) && opensItem(k, true) && isCardsNoun(s));
    if (cardsItem >= 0 && !cardsCounted) {
      slots[cardsItem]!.used = true;
      const firstNamed = slots.findIndex((s, k) => !inItem(k) && measureWord(s) && s.used && k !== cardsItem);
      const cards: Measure = { fn: 'count_distinct', column: 'card_key' };
      asked.splice(firstNamed < 0 || cardsItem < firstNamed ? 0 : asked.length, 0, cards);
    }
    draft.measures = uniqueMeasures([...asked, { fn: 'per_card', of }]);
    draft.issues = draft.issues.filter((i) => i.kind !== 'avg_of_counts');
    return;
  }
  // "(total / unique cards)": the distinct cards restated are the ratio's own denominator.
  const measured = draft.measures.filter((x) => !(x.fn === 'count_distinct' && x.column === 'card_key'));
  // ("Which bank had the most ATM withdrawals per card?": nothing measured yet, in a ranking — the
  // payments or the money named are what is divided; the ratio was dropped and the plain count ranked.)
  const ranked = slots.some((s) => isKind(s, 'superlative') || isKind(s, 'top'));
  // ("ATM withdrawals per card for each bank": a noun of a kind of payment right before "per card" is
  // what is counted, ranked or not — it was asked back.)
  const kindNoun = slots[prev(perCardAt)];
  const kindCounted = isKind(kindNoun, 'value') && kindNoun.item.meaning.counts === true;
  const rankedCount = slots.some(
    (s) =>
      counting(s) ||
      (isKind(s, 'value') && s.item.meaning.counts === true) ||
      (isKind(s, 'superlative') && s.item.meaning.impliesCount === true),
  );
  let implied: Measure[] = [];
  if (kindCounted) implied = [{ fn: 'count' }];
  else if (ranked && slots.some(moneyWord)) implied = [{ fn: 'sum' }];
  else if (ranked && rankedCount) implied = [{ fn: 'count' }];
  // (With neither, what each card's figure is of is not said: asked back.)
  if (measured.length === 0 && implied.length === 0) {
    draft.issues.push({ kind: 'missing_measure' });
    return;
  }
  const divided = ratiosOf(measured.length > 0 ? measured : implied, 'per_card', ofCounts);
  if (!divided) {
    draft.issues.push({ kind: 'per_card' });
    return;
  }
  const ratios: Measure[] = cardsAsked ? [{ fn: 'count_distinct', column: 'card_key' }, ...divided] : divided;
  draft.issues = draft.issues.filter((i) => i.kind !== 'avg_of_counts');
  draft.measures = uniqueMeasures(ratios);
});

/**
 * The ratio of each item of a list when every item has its own "per card" and names money or payments
 * ("transactions per card and turnover per card"), after a count or a total named before them, else
 * null. Items are set apart by commas and "and".
 */
function eachItemPerCard(
  slots: readonly Slot[],
  moneyWord: (s: Slot) => boolean,
  counting: (s: Slot) => boolean,
): Measure[] | null {
  const { opensItem } = cursor(slots);
  const marks = slots.flatMap((s, k) => (isKind(s, 'perCard') ? [k] : []));
  if (marks.length < 2) return null;
  const ofs: ('sum' | 'count')[] = [];
  const lead: Measure[] = [];
  let from = 0;
  for (const mark of marks) {
    const start = slots.findLastIndex((_, k) => k >= from && k <= mark && (opensItem(k) || k === from));
    const item = slots.slice(start, mark);
    // (The item opens after the last one's "per card", with "and" or a comma between; the first after
    // anything that names no measure — "POS only, 2025: transactions per card and amount per card" kept
    // the last ratio alone.)
    const between = slots.slice(from, start);
    if (from === 0) {
      // ("number of transactions, transactions per card and amount per card": a count or a total named
      // before the first is an item of its own, kept before the ratios — the first ratio was dropped.)
      const named = between.filter(
        (s) => moneyWord(s) || counting(s) || isKind(s, 'aggregate') || isKind(s, 'entity'),
      );
      const only = (test: (s: Slot) => boolean) => named.length > 0 && named.every(test);
      if (only(counting)) lead.push({ fn: 'count' });
      else if (only((s) => isKind(s, 'amount') || isKind(s, 'total'))) lead.push({ fn: 'sum' });
      else if (named.length > 0) return null;
    } else if (!between.every((s) => s.item.kind === 'stop' || isKind(s, 'conjunction'))) return null;
    const money = item.some(moneyWord);
    const count = item.some(counting);
    if (money === count) return null;
    ofs.push(money ? 'sum' : 'count');
    from = mark + 1;
  }
  return new Set(ofs).size === ofs.length
    ? [...lead, ...ofs.map((of): Measure => ({ fn: 'per_card', of }))]
    : null;
}

/**
 * The measures as ratios to the distinct cards or merchants: an average or a total of the amount is the
 * total ÷ them, a count (or an average of counts) the count ÷ them. Null when one has no such ratio (a
 * median, a maximum).
 */
export function ratiosOf(
  measures: readonly Measure[],
  fn: 'per_card' | 'per_merchant',
  ofCounts: boolean,
): Measure[] | null {
  const ratios: Measure[] = [];
  for (const m of measures) {
    if (m.fn === 'avg') ratios.push({ fn, of: ofCounts ? 'count' : 'sum' });
    else if (m.fn === 'sum' || m.fn === 'count') ratios.push({ fn, of: m.fn });
    else return null;
  }
  return ratios;
}
