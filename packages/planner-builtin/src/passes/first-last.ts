import {
  ASKING_WHICH,
  FIRST_PAYMENT_WORDS,
  LAST_PAYMENT_WORDS,
  PAYMENT_TIME_WORDS,
  RECENT_WORDS,
  TIME_OF_ONCE,
} from '../vocabulary/index.js';
import { isPluralWord } from '../word-forms.js';
import { definePass, isKind, isPaymentsNoun, type Slot } from './reading.js';

const firstOrLast = (s: Slot | undefined): 'first_at' | 'last_at' | null => {
  const text = s?.item.text ?? '';
  if (FIRST_PAYMENT_WORDS.includes(text)) return 'first_at';
  if (LAST_PAYMENT_WORDS.includes(text)) return 'last_at';
  return null;
};

/**
 * When the first or the last payment of a kind happened: "When was the first Samsung Pay payment in
 * Shymkent?", "its most recent transaction", «Первая и последняя операция ноября — время», «Таразда
 * соңғы коммуналдық төлем қашан болды?»: the earliest and the latest time (min and max of the
 * timestamp). The word stands before a payment noun in the singular, with only values, stop words and
 * "and" between — "the first 5 transactions", "last month", «соңғы 30 күн» are read as before.
 */
export const readFirstLast = definePass(({ slots, draft }) => {
  const found: Array<'first_at' | 'last_at'> = [];
  slots.forEach((slot, i) => {
    if (slot.used) return;
    const mostBefore = isKind(slots[i - 1], 'superlative') && !slots[i - 1]!.used;
    const which =
      firstOrLast(slot) ?? (RECENT_WORDS.includes(slot.item.text) && mostBefore ? 'last_at' : null);
    if (which === null) return;
    let k = i + 1;
    while (
      k < slots.length &&
      (isKind(slots[k], 'value') ||
        slots[k]!.item.kind === 'stop' ||
        isKind(slots[k], 'conjunction') ||
        firstOrLast(slots[k]) !== null)
    )
      k++;
    const noun = slots[k];
    // (Russian says the number on the word itself: «первая», «последней» are one payment.)
    const russian = /^[а-я]+$/.test(slot.item.text);
    // ("When was the last ATM withdrawal today?": a kind's own noun, the last value read, names the payment
    // — "last" was taken for the day before and today set against yesterday.)
    const kindNoun = slots
      .slice(i + 1, k)
      .findLast((s) => isKind(s, 'value') && s.item.meaning.counts === true);
    // (Not the end of a period: "the week before last: bill payment count".)
    const ofKind =
      kindNoun !== undefined &&
      !isKind(slots[i - 1], 'periodModifier') &&
      !isKind(noun, 'entity') &&
      !isKind(noun, 'timeUnit') &&
      !isPluralWord(kindNoun.item.text.split(' ').at(-1)!);
    if (!ofKind && (!isKind(noun, 'entity') || noun.item.meaning.entity !== 'transactions')) return;
    // ("the first and the last Samsung Pay payments": the plural of the two, one each.)
    const pair = slots.slice(Math.max(0, i - 3), k).some((s) => {
      const w = firstOrLast(s);
      return w !== null && w !== which;
    });
    if (!ofKind && !russian && !pair && isPluralWord(noun!.item.text)) return;
    slot.used = true;
    if (RECENT_WORDS.includes(slot.item.text)) slots[i - 1]!.used = true;
    if (!found.includes(which)) found.push(which);
  });
  // "When was the last time …", «когда в последний раз платили через Samsung Pay», «соңғы рет қашан
  // төледі?»: the time of the last (first) payment, asked with a time word.
  const asksWhen = slots.some(
    (s, k) =>
      PAYMENT_TIME_WORDS.includes(s.item.text) &&
      !(TIME_OF_ONCE.includes(s.item.text) && firstOrLast(slots[k - 1]) !== null),
  );
  slots.forEach((slot, i) => {
    const which = firstOrLast(slot);
    if (slot.used || which === null || !asksWhen || !TIME_OF_ONCE.includes(slots[i + 1]?.item.text ?? ''))
      return;
    slot.used = true;
    slots[i + 1]!.used = true;
    if (!found.includes(which)) found.push(which);
  });
  // («Samsung Pay төлемдерінің алғашқы және соңғы уақыты», the payments' first and last time: Kazakh
  // names the payments first, in the genitive, and the time after the pair.)
  slots.forEach((slot, i) => {
    const which = firstOrLast(slot);
    if (slot.used || which === null) return;
    // (the pair the word is in: «алғашқы және соңғы»)
    const start = isKind(slots[i - 1], 'conjunction') && firstOrLast(slots[i - 2]) !== null ? i - 2 : i;
    const end = isKind(slots[i + 1], 'conjunction') && firstOrLast(slots[i + 2]) !== null ? i + 2 : i;
    if (!isPaymentsNoun(slots[start - 1]) || !PAYMENT_TIME_WORDS.includes(slots[end + 1]?.item.text ?? ''))
      return;
    slot.used = true;
    slots[end + 1]!.used = true;
    if (!found.includes(which)) found.push(which);
  });
  if (found.length === 0) return;
  // (First, then last, whichever was said first.)
  for (const fn of ['first_at', 'last_at'] as const) if (found.includes(fn)) draft.measures.push({ fn });
  draft.hasEntity = true;
  for (const s of slots) if (PAYMENT_TIME_WORDS.includes(s.item.text)) s.used = true;
  // ("on which day was the first payment, per currency", «в какой день была первая операция», «алғашқы
  // транзакция қай күні болған»: the day asked is the time's, not a row per day.)
  // (Kazakh «қай күні» is one item, a bucket.)
  for (const [i, s] of slots.entries()) {
    const which = ASKING_WHICH.includes(s.item.text.split(' ')[0]!);
    if (which && isKind(s, 'bucket') && s.item.meaning.dimension === 'day') s.used = true;
    const day = slots[i + 1];
    if (!which || !isKind(day, 'timeUnit') || day.item.meaning.unit !== 'day') continue;
    s.used = true;
    day.used = true;
  }
  // ("the first and the last": the "and" joins the two.)
  for (const [i, s] of slots.entries())
    if (isKind(s, 'conjunction') && firstOrLast(slots[i - 1]) && firstOrLast(slots[i + 1])) s.used = true;
});
