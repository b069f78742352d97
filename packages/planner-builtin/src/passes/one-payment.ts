import { marksOf } from '../tokenize.js';
import { ONE_OF_PREPOSITIONS, ONE_WORDS, PER_ONE_WORDS } from '../vocabulary/index.js';
import { definePass, isCountedNoun, isKind, isPaymentsNoun, meaningOf } from './reading.js';

/** Kazakh dative and locative endings: «бір операцияға» (per one payment), «бір транзакцияда» (in one). */
const KAZAKH_PER_ENDINGS = /(ға|ге|қа|ке|на|не|да|де|та|те|нда|нде)$/;

/**
 * "average amount of one ATM withdrawal", «больше 200 тыс. за одну операцию», «в среднем за одну
 * покупку», «бір операцияға орташа сома», «на одну торговую точку», "per one outlet": "one" after a
 * preposition, before the payments' or the merchants' word, says "a single one" — each payment's
 * amount, or the figure per merchant — as "single" does; it is not a number of payments (it was a word
 * not understood). A count stays a count: "cards with one payment", «сделали одну операцию».
 */
export const readOnePayment = definePass(({ slots }) => {
  // ("average amount per ATM withdrawal", "On average, how much cash … per ATM withdrawal": with an average
  // named, "per" before the payments' noun says "each one" too — it was a word not understood.)
  const averaged = slots.some((s) => isKind(s, 'aggregate') && s.item.meaning.fn === 'avg');
  slots.forEach((slot, i) => {
    const noun = slots[i + 1];
    const payments = isKind(noun, 'value') ? noun.item.meaning.counts === true : isPaymentsNoun(noun);
    if (averaged && PER_ONE_WORDS.includes(slot.item.text) && isKind(slot, 'groupBy') && payments)
      slots[i] = { item: { kind: 'stop', text: slot.item.text, ...marksOf(slot.item) }, used: true };
  });
  slots.forEach((slot, i) => {
    const m = meaningOf(slot);
    if (m?.kind !== 'number' || m.value !== 1 || !ONE_WORDS.includes(slot.item.text)) return;
    const noun = slots[i + 1];
    const merchants = isKind(noun, 'dimension') && noun.item.meaning.dimension === 'merchant_id';
    if (!(isCountedNoun(noun) || merchants)) return;
    const kazakh = slot.item.text === 'бір';
    // («наибольшая сумма одной операции в каждой категории», «бір төлемнің сомасы»: the amount of one
    // payment is each payment's — it was read as one group, the category with the largest sum.)
    const amountOfOne = kazakh ? isKind(slots[i + 2], 'amount') : isKind(slots[i - 1], 'amount');
    const after =
      amountOfOne ||
      (kazakh
        ? KAZAKH_PER_ENDINGS.test(noun!.item.text)
        : ONE_OF_PREPOSITIONS.includes(slots[i - 1]?.item.text ?? '') && slots[i - 1]?.item.kind === 'stop');
    if (!after) return;
    slots[i] = { item: { kind: 'stop', text: slot.item.text, ...marksOf(slot.item) }, used: true };
  });
});
