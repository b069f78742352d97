import { IN_WORDS, KAZAKH_IN_TENGE, TENGE_UNIT } from '../vocabulary/index.js';
import { cursor, tengeJoinedToCurrency } from './cursor.js';
import { addFilter, definePass, isKind } from './reading.js';

/**
 * "Transactions in KZT" / «транзакций в тенге» / «теңгемен жасалған операциялар» (counts only) filters
 * the currency; in "amount in tenge" the tenge is just the unit of amounts.
 */
export const readTengeFilter = definePass((r) => {
  const { slots, draft } = r;
  const { stopBefore, prev } = cursor(slots);
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'currencyUnit')) return;
    const amountBased = draft.measures.some((m) => m.fn !== 'count' && m.fn !== 'count_distinct');
    // (Not beside another currency named: "in tenge" of dollar payments is their unit, never both.)
    const otherCurrency = draft.filters.some(
      (f) =>
        f.filter.kind === 'values' &&
        f.filter.column === 'transaction_currency' &&
        !f.filter.negated &&
        !f.filter.values.includes('KZT'),
    );
    // («тек теңгемен жасалған ECOM операциялары», made in tenge only: the Kazakh instrumental says "in".)
    const inTenge = IN_WORDS.includes(stopBefore(i) ?? '') || KAZAKH_IN_TENGE.includes(slot.item.text);
    if (!amountBased && !otherCurrency && inTenge) {
      addFilter(r, { kind: 'values', column: 'transaction_currency', negated: false, values: ['KZT'] }, i);
      slot.used = true;
    } else if (
      draft.originalAmount &&
      (IN_WORDS.includes(stopBefore(i) ?? '') ||
        // ("total KZT volume …, and the total in lira itself"; "…, not tenge" only says which one.)
        (TENGE_UNIT.test(slot.item.text) && !isKind(slots[prev(i)], 'negation')))
    ) {
      // "the total in the original currency and the total in tenge": both amount columns, each amount
      // measure in both (complete-frame.ts asks back where a plan can hold only one).
      draft.bothAmounts = true;
      slot.used = true;
    } else if (amountBased && otherCurrency && tengeJoinedToCurrency(slots, i)) {
      // ("Сумма операций в тенге и долларах", "average payment in tenge and in dollars": the payments in
      // both currencies, or the amount in two units? Asked back — it summed the dollar payments alone.)
      draft.issues.push({ kind: 'tenge_or_currency' });
      slot.used = true;
    }
  });
});
