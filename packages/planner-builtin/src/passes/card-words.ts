import { isAmountFilter } from '../frame.js';
import {
  ASKING_WHICH,
  CARD_TOTAL_WORDS,
  ONE_BY_ONE,
  SINGLE_CARD,
  THEIR_WORDS,
  THEM_WORDS,
  WHO_WORDS,
  WHOLE_FIRST_WORDS,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import {
  asksWhichAt,
  definePass,
  isCardsNoun,
  isCountedNoun,
  isKind,
  isPaymentsNoun,
  measuresCards,
  type Slot,
} from './reading.js';
import { isMeasureWord } from './sort-by.js';

/** The card word is "per card" after all: left for the per-card pass, which divides by the cards. */
export function readAsPerCard(slot: Slot): void {
  slot.used = false;
  slot.item = { kind: 'meaning', text: slot.item.text, meaning: { kind: 'perCard' } };
}

/** "each / every / a / an / one (active) (Kaspi) card", «каждая карта», «әр карта»: the card word at i. */
export function oneCardAt(slots: readonly Slot[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const s = slots[k]!;
    if (SINGLE_CARD.includes(s.item.text)) return true;
    if (s.item.kind !== 'stop' && !(isKind(s, 'value') && s.item.meaning.column === 'issuer_bank_name'))
      return false;
  }
  return false;
}

/** Whether the question takes an average ("on average", "average", «в среднем», «орташа»). */
export function averages(slots: readonly Slot[]): boolean {
  return slots.some((s) => isKind(s, 'aggregate') && s.item.meaning.fn === 'avg');
}

export interface CardWordContext {
  /** Next to a bank ("Kaspi cards", «клиенты БЦК»): the bank's cards, a filter. */
  namesBank: boolean;
  /** "Which Halyk customers …", «Какие клиенты Kaspi …», «Қай Halyk клиенттері …»: the cards asked for. */
  asked: boolean;
  /** A superlative or a top without any dimension: the ranking would be of cards. */
  ranked: boolean;
  /** "show me the card…" without a dimension: rows about a card. */
  listed: boolean;
  /** The question measures money or transactions ("what did clients spend"): the word is the subject. */
  aboutMoney: boolean;
}

/**
 * What a card / customer word that is not counted stands for. Anything that would single out a
 * card or a person is 'per_card' (refused: personal data).
 */
export function cardWordRole(c: CardWordContext): 'bank_cards' | 'subject' | 'per_card' {
  // ("Which Halyk customers spent the most?": which of the bank's cards ranks them, whoever's they are.)
  if (c.namesBank && !(c.asked && (c.ranked || c.listed))) return 'bank_cards';
  if (c.ranked || c.listed) return 'per_card';
  return c.aboutMoney ? 'subject' : 'per_card';
}

/**
 * "Of Kaspi cards active in 2026, what % paid by QR?", "Among the cards that paid at grocery stores …,
 * what % used Apple Pay?", «Из карт Kaspi, активных в 2026 году, какая доля платила по QR?»: the cards
 * named first as the whole ("of", "among", «из», «среди» opening the question) are what the share is of
 * (the payments were counted, or it was asked back as about single cards) — unless payments or an amount
 * are named for it ("Of Kaspi cards, what share of transactions …").
 */
function wholeCardsFirst(slots: readonly Slot[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (slots[k]!.item.kind === 'stop' || isKind(slots[k], 'value')) && !opensWhole(slots[k]!))
    k--;
  if (k < 0 || !opensWhole(slots[k]!) || !slots.slice(0, k).every((s) => s.item.kind === 'stop'))
    return false;
  const shareAt = slots.findIndex((s, m) => m > i && isKind(s, 'share'));
  return (
    shareAt > 0 &&
    !slots.some((s, m) => m > i && isPaymentsNoun(s)) &&
    !slots.some((s) => isKind(s, 'amount'))
  );
}

const opensWhole = (s: Slot) => WHOLE_FIRST_WORDS.includes(s.item.text) || isKind(s, 'shareBase');

/**
 * Card / customer words neither counted nor "per card": the bank's cards, the subject of a spend
 * ("what did clients spend"), or — with a ranking or a listing and no dimension ("which cards spent
 * the most") — a request about single cards, refused.
 */
export const readCardWords = definePass(({ slots, draft }) => {
  const { next, prev, valueColumnAt } = cursor(slots);
  const ranking = slots.some((s) => isKind(s, 'superlative') || isKind(s, 'top'));
  const averaged = averages(slots);
  const listing = slots.some((s) => isKind(s, 'listVerb'));
  // "what share of cards made a withdrawal", «карталардың неше пайызы»: the cards are counted, and
  // the share is of them (a share of distinct cards, never a row per card).
  // ("What share of Halyk Bank cards … paid contactless": the bank's name may stand between.)
  // (Not when an amount is what the share is of: «жалпы айналымның неше пайызы Kaspi Bank карталарына
  // тиесілі» is a share of the turnover.)
  // (Kazakh «карталардың қанша пайызы»: the "how many" of the percent between, its own.)
  const atShare = (i: number): boolean => {
    // ("What % of Kaspi cards' grocery POS payments …": the cards' payments, named right after them with
    // their kinds, are what the share is of — the cards only say whose; not "cards that made a payment".)
    let ahead = i + 1;
    while (isKind(slots[ahead], 'value')) ahead++;
    const owned = slots[ahead];
    if (isPaymentsNoun(owned) && !owned.item.clauseBefore) return false;
    let back = prev(i);
    if (!slots.some((o) => isKind(o, 'amount')))
      while (valueColumnAt(back) === 'issuer_bank_name') back = prev(back);
    const after = next(i);
    const howMany = isKind(slots[after], 'count') && isKind(slots[next(after)], 'share');
    if (howMany) {
      // (…read as a count of transactions by then.)
      slots[after]!.used = true;
      draft.measures = draft.measures.filter((m) => m.fn !== 'count');
    }
    // ("BILL_PAYMENT transactions excluding Kaspi cards — what % were above 10 000": a share asked in a
    // clause of its own is of what that clause counts, not of the cards before the dash.)
    // ("Halyk cards — what share paid abroad": with no payments named, the cards are still what it is of.)
    // ("Kaspi vs Halyk cards: share of QR payments …": nor when the clause names the payments it is of.)
    const payments = (o: Slot, k: number) =>
      isKind(o, 'entity') && o.item.meaning.entity === 'transactions' && (k < i || k > after);
    const apart =
      slots.slice(i + 1, after + 1).some((o) => o.item.dashBefore || o.item.clauseBefore) &&
      slots.some(payments);
    // ("For Bank CenterCredit cards, what share of transactions …": the share word names its own noun
    // of payments right after it — the cards say whose.)
    const ofPayments = isKind(slots[after], 'share') && isPaymentsNoun(slots[next(after)]);
    return (
      isKind(slots[back], 'share') ||
      (isKind(slots[after], 'share') && !apart && !ofPayments) ||
      howMany ||
      wholeCardsFirst(slots, i)
    );
  };
  // «жалақы түскен карталар барлық белсенді карталардың қанша пайызы» (the cards salary came to, what
  // percent of all active cards): with the share of cards asked, another card word names the same cards.
  const cardShare = slots.some((s, i) => isCardsNoun(s) && atShare(i));
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'entity') || slot.item.meaning.entity !== 'cards') return;
    slot.used = true;
    // ("Cards that paid in Georgia in 2026: how many, and the average payment", «Карты, которые платили …:
    // сколько их …»: the cards heading the question, "how many" after its clause mark with no noun of its
    // own — the cards are counted (it counted the payments, or asked back as about single cards).)
    const heads = slots.slice(0, i).every((s) => s.item.kind === 'stop');
    const howMany = slots.findIndex(
      (s, k) =>
        k > i &&
        isKind(s, 'count') &&
        (s.item.meaning.strength === 'weak' || s.item.text.split(' ').some((w) => THEM_WORDS.includes(w))) &&
        s.item.clauseBefore === true,
    );
    const nounAfter = (k: number) => {
      const n = slots[next(k)];
      return isKind(n, 'entity') || isKind(n, 'value') || isKind(n, 'dimension');
    };
    // ("Cards with at least one payment abroad this year, per bank", "Cards paying by phone this year, by
    // bank": the cards heading a question that measures nothing else are counted — the payments were.)
    const measured = slots.some(
      (s) =>
        isMeasureWord(s) ||
        isKind(s, 'perCard') ||
        isKind(s, 'superlative') ||
        isKind(s, 'top') ||
        isKind(s, 'listVerb'),
    );
    // ("Cards of which banks paid in yuan?", «Карты каких банков платили в юанях?»: "which" asks for the
    // groups the cards belong to — the cards say whose payments and are not counted; the groups are
    // listed, or asked back with nothing to list them by.)
    if (
      asksWhichAt(slots, i + 1) &&
      isKind(slots[i + 2], 'dimension') &&
      !measured &&
      draft.measures.length === 0
    ) {
      slots[i + 1]!.used = true;
      return;
    }
    if (heads && !measured && draft.measures.length === 0) {
      draft.measures.push({ fn: 'count_distinct', column: 'card_key' });
      return;
    }
    if (heads && howMany > 0 && !nounAfter(howMany) && draft.measures.some((m) => m.fn === 'count')) {
      draft.measures = draft.measures.map((m) =>
        m.fn === 'count' ? { fn: 'count_distinct', column: 'card_key' } : m,
      );
      return;
    }
    // "cities where more than 600 cards were active": the cards a condition on each group counts.
    // ("… with their card counts", "city + number of cards": the same cards, counted and shown.)
    const wordBefore = slots[prev(i)];
    const wordAfter = slots[next(i)];
    const read = (s: Slot | undefined) =>
      s?.used === true && (s.item.kind === 'number' || isKind(s, 'count'));
    if (
      draft.having?.of === 'cards' &&
      (read(wordBefore) || (isKind(wordAfter, 'count') && wordAfter.used))
    ) {
      draft.measures = draft.measures.filter((m) => m.fn !== 'count');
      if (!draft.measures.some((m) => m.fn === 'count_distinct' && m.column === 'card_key'))
        draft.measures.push({ fn: 'count_distinct', column: 'card_key' });
      return;
    }
    // ("how many unique merchants and cards", «сколько уникальных мерчантов и карт»: the cards are
    // counted as the merchants before "and" are.)
    const merchantsBefore = slots[prev(prev(i))];
    if (
      isKind(slots[prev(i)], 'conjunction') &&
      isKind(merchantsBefore, 'dimension') &&
      merchantsBefore.item.meaning.dimension === 'merchant_id' &&
      draft.measures.some((m) => m.fn === 'count_distinct' && m.column === 'merchant_id')
    ) {
      draft.measures.push({ fn: 'count_distinct', column: 'card_key' });
      return;
    }
    if (cardShare) {
      if (!draft.measures.some((m) => m.fn === 'count_distinct' && m.column === 'card_key'))
        draft.measures.push({ fn: 'count_distinct', column: 'card_key' });
      return;
    }
    // "on average, how many transactions does each card make", "what did an active Kaspi card spend
    // on average": one card, any card, under an average is "per card" (the per-card pass divides by
    // the distinct cards), not a card singled out.
    if (averaged && oneCardAt(slots, i)) {
      readAsPerCard(slot);
      return;
    }
    // "Who is our biggest Apple Pay user at Kaspi?", "Rank individual Halyk cardholders by …", «кто из
    // клиентов …»: a person or a single card is asked for, whoever's cards they are (the bank's name
    // beside them made them "the bank's cards", and a max or a total was answered).
    // "Which three cities had the most active cards", «У какого банка больше всего карт с …»: with groups
    // to rank, a superlative right before the cards counts them, and the groups are ranked by them.
    const before = slots[prev(i)];
    if (
      draft.dimensions.length > 0 &&
      isKind(before, 'superlative') &&
      !draft.measures.some((m) => m.fn !== 'count')
    ) {
      draft.measures = [{ fn: 'count_distinct', column: 'card_key' }];
      return;
    }
    // «ең көп ақша жұмсаған 20 клиенттің тізімі» (the 20 clients who spent most), "top 10 cardholders":
    // the number or "top" of a ranking right before the word ranks the people, whatever else is grouped.
    const rankedHere =
      ranking &&
      (isKind(before, 'top') || (before?.item.kind === 'number' && !before.used && prev(i) === i - 1));
    if (slots.some((s) => ONE_BY_ONE.includes(s.item.text)) || rankedHere) {
      draft.issues.push({ kind: 'per_card' });
      return;
    }
    // ("transactions + distinct cards per bank": distinct cards that no pass counted are a figure left
    // out, not whose cards — left unread, for the coverage check to ask back.)
    if (slot.item.meaning.distinct === true && !measuresCards(draft.measures)) {
      slot.used = false;
      return;
    }
    const bankBefore = valueColumnAt(prev(i)) === 'issuer_bank_name';
    const phraseAt = bankBefore ? prev(i) : i;
    // («мерчантов обслужили карты каждого банка», "merchants their cards paid at", "which banks' cards
    // were used at …": beside the banks broken down, the cards are each bank's.)
    const bankWord = (k: number) =>
      isKind(slots[k], 'dimension') && slots[k]!.item.meaning.dimension === 'issuer_bank_name';
    const eachBanks =
      draft.dimensions.includes('issuer_bank_name') &&
      (bankWord(next(i)) ||
        (isKind(slots[next(i)], 'groupBy') && bankWord(next(next(i)))) ||
        bankWord(prev(i)) ||
        THEIR_WORDS.includes(slots[i - 1]?.item.text ?? ''));
    const role = cardWordRole({
      namesBank: bankBefore || valueColumnAt(next(i)) === 'issuer_bank_name' || eachBanks,
      asked: ASKING_WHICH.includes(slots[phraseAt - 1]?.item.text ?? ''),
      ranked: ranking && draft.dimensions.length === 0,
      listed: listing && draft.dimensions.length === 0,
      // ("How many salary credits landed on our cards": payments of a kind counted, the cards where.)
      // ("At what hour do online shoppers buy the most?": with groups ranked, the people are whoever
      // pays — it was refused as a ranking of people. Not "… with the card count", the cards counted.)
      aboutMoney:
        (ranking && draft.dimensions.length > 0 && !isKind(slots[next(i)], 'count')) ||
        draft.measures.some((m) => m.fn !== 'count' && m.fn !== 'count_distinct') ||
        draft.hasEntity ||
        (draft.countable && slots.some((s, k) => isKind(s, 'count') && isCountedNoun(slots[next(k)]))),
    });
    if (role === 'per_card') draft.issues.push({ kind: 'per_card' });
  });
  // "who spent the most last month", «кто больше всех снял наличных»: with nothing else ranked, the
  // one asked about is a person (a max payment was answered).
  const who = slots.some((s) => WHO_WORDS.includes(s.item.text));
  if (who && ranking && draft.dimensions.length === 0 && !draft.issues.some((x) => x.kind === 'per_card'))
    draft.issues.push({ kind: 'per_card' });
  // «сколько карт суммарно потратили больше 300 тысяч», "cards that spent over 300k in total": the
  // condition is on each card's total, which an amount filter (on each payment) would not be. (Counting
  // the cards whose total passes needs the payments grouped by card, which the SQL guard refuses as
  // personal data.)
  const cardsCounted = draft.measures.some((m) => m.fn === 'count_distinct' && m.column === 'card_key');
  const amountCondition = draft.filters.some((f) => isAmountFilter(f.filter));
  if (
    cardsCounted &&
    amountCondition &&
    slots.some((s) => isKind(s, 'total') && CARD_TOTAL_WORDS.includes(s.item.text))
  )
    draft.issues.push({ kind: 'card_total_condition' });
});
