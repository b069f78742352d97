import {
  CARD_TURNOVER,
  EACH_CARD,
  KAZAKH_POSSESSIVE_WORD,
  PER_WORDS,
  PLUS_WORDS,
  SINGLE_CARD,
  SPEND_NOUNS,
} from '../vocabulary/index.js';
import { averages, oneCardAt, readAsPerCard } from './card-words.js';
import { cursor } from './cursor.js';
import { definePass, isDescribingValue, isKind } from './reading.js';

const CYRILLIC = /[а-яәғқңөұүһі]/;

/**
 * The things counted: a transaction noun makes the question about transactions (so does a noun for
 * transactions of one kind, "withdrawals", «переводы», counted only if nothing else is measured — a
 * follow-up keeps the measure it continues); a card / customer
 * noun is a distinct count when counted or said unique ("how many cards", "unique customers",
 * «уникальных карт»); "per card" groups by a personal column and is refused, while «по картам Каспи»
 * only names the bank. Other card words are settled after the measures (card-words pass).
 */
export const readCountedThings = definePass(({ slots, draft }) => {
  const { next, prev, valueColumnAt, countCueBefore } = cursor(slots);
  const averaged = averages(slots);
  // Rankings and listings of cards stay rows about single cards, whatever the phrase.
  const aboutSingleCards = slots.some(
    (s) => isKind(s, 'top') || isKind(s, 'superlative') || isKind(s, 'listVerb'),
  );
  /** «по картам» (plural) right after a noun of money or transactions, with no ranking or listing. */
  const cardTurnover = (i: number) => {
    const noun = slots[prev(prev(i))];
    return (
      !aboutSingleCards &&
      slots[i]!.item.text === CARD_TURNOVER[1] &&
      slots[prev(i)]?.item.text === CARD_TURNOVER[0] &&
      (isKind(noun, 'amount') || (isKind(noun, 'entity') && noun.item.meaning.entity === 'transactions'))
    );
  };
  /**
   * "per" before the words that describe the card word at i: its slot, or null. Only words that say whose
   * cards ("per Kaspi card") or repeat a condition the payments have already ("wallet payments per
   * wallet-using card"): "payments per QR-paying card" would be all the payments of the cards that ever
   * paid by QR, which one query over the payments does not give.
   */
  const perDescribedCard = (i: number): number | null => {
    const columnOf = (k: number) => {
      const m = slots[k]?.item;
      return m?.kind === 'meaning' && (m.meaning.kind === 'value' || m.meaning.kind === 'presence')
        ? m.meaning.column
        : null;
    };
    let p = prev(i);
    const described: number[] = [];
    while (p >= 0 && (isDescribingValue(slots[p]) || isKind(slots[p], 'presence'))) {
      described.push(p);
      p = prev(p);
    }
    const per = slots[p];
    if (described.length === 0 || !isKind(per, 'groupBy') || !PER_WORDS.includes(per.item.text)) return null;
    const said = (k: number) =>
      columnOf(k) === 'issuer_bank_name' || slots.some((_, j) => j < p && columnOf(j) === columnOf(k));
    return described.every(said) ? p : null;
  };
  slots.forEach((slot, i) => {
    if (isKind(slot, 'value') && slot.item.meaning.counts) draft.countable = true;
    if (!isKind(slot, 'entity')) return;
    draft.hasEntity = draft.hasEntity || slot.item.meaning.entity === 'transactions';
    draft.domain = true;
    if (slot.used || slot.item.meaning.entity !== 'cards') return;
    // "card payments", "number of card transactions", «карта төлемдері»: the card word describes the
    // transactions, which are what is counted — not the cards. (Kazakh marks the described noun with a
    // possessive ending; «қанша карта транзакция жасады», how many cards made a transaction, has none.)
    const described = slots[next(i)];
    // ("card spend", "card turnover": the spending done with cards, likewise.)
    const spend = isKind(described, 'amount') && SPEND_NOUNS.includes(described.item.text);
    // "how much does a Halyk card spend on average": one card under an average, per card.
    if (averaged && oneCardAt(slots, i)) {
      readAsPerCard(slot);
      return;
    }
    if (
      !slot.item.meaning.distinct &&
      ((isKind(described, 'entity') && described.item.meaning.entity === 'transactions') || spend) &&
      // ("each card's spend" is per card, below; "by card spend" is by the spending done with cards.)
      !EACH_CARD.includes(slots[prev(i)]?.item.text ?? '') &&
      next(i) === i + 1 &&
      (!CYRILLIC.test(described.item.text) || KAZAKH_POSSESSIVE_WORD.test(described.item.text))
    ) {
      slot.used = true;
      return;
    }
    // ("… - count + distinct cards": an item joined by a plus is the measure list's, as after "and".)
    if (PLUS_WORDS.includes(slots[i - 1]?.item.text ?? '')) return;
    const cue = countCueBefore(i);
    if (slot.item.meaning.distinct) {
      slot.used = true;
      // "distinct card count per bank": the count said after is the same one.
      const after = slots[next(i)];
      if (isKind(after, 'count') && !after.used && after.item.meaning.strength === 'strong') {
        after.used = true;
        // («Бірегей карталар санын (count distinct) …»: restated in brackets right after, the same one.)
        const restated = slots[next(next(i))];
        if (isKind(restated, 'count') && !restated.used && restated.item.bracketBefore === true)
          restated.used = true;
      }
      if (cue >= 0) slots[cue]!.used = true;
      else {
        // «Зарубежные операции: число уникальных карт», «сколько всего уникальных клиентов»: a count
        // right before "unique cards" (or before "in all" and them) counts the cards, whatever noun
        // came earlier.
        // (Not across a comma: in "bank, count, total, distinct cards" each is a column of its own.)
        let p = prev(i);
        if (isKind(slots[p], 'total') && !slot.item.commaBefore) p = prev(p);
        const listed = slot.item.commaBefore === true || slots[next(p)]?.item.commaBefore === true;
        if (isKind(slots[p], 'count') && !slots[p]!.used && !listed) slots[p]!.used = true;
      }
      draft.measures.push({ fn: 'count_distinct', column: 'card_key' });
    } else if (cue >= 0 && isKind(slots[cue], 'count') && slots[cue]!.item.meaning.times === true) {
      // «Сколько раз клиенты ForteBank расплачивались …» (how many times did clients pay): the payments
      // are counted; the clients are who paid, not what is counted.
      slot.used = true;
      slots[cue]!.used = true;
      draft.measures.push({ fn: 'count' });
    } else if (cue >= 0) {
      slot.used = true;
      slots[cue]!.used = true;
      draft.measures.push({ fn: 'count_distinct', column: 'card_key' });
    } else if (cardTurnover(i)) {
      // «оборот по картам», «операции по картам»: the turnover on cards, the bank's phrase for all of it.
      slot.used = true;
      slots[prev(i)]!.used = true;
    } else if (perDescribedCard(i)) {
      // ("spend per Kaspi card", "payments per wallet-using card": per card, of the cards the words say.)
      slots[perDescribedCard(i)!]!.used = true;
      readAsPerCard(slot);
      return;
    } else if (isKind(slots[prev(i)], 'groupBy') && valueColumnAt(next(i)) !== 'issuer_bank_name') {
      // "on average, how many transactions does each card make": any one card, per card.
      if (averaged && SINGLE_CARD.includes(slots[prev(i)]!.item.text)) {
        slots[prev(i)]!.used = true;
        readAsPerCard(slot);
        return;
      }
      slot.used = true;
      draft.issues.push({ kind: 'per_card' });
    }
  });
});
