import {
  ACCEPTED_VERBS,
  ATM_PLACE_WORDS,
  DISTINCT_WORDS,
  HELD_PAYMENTS_VERBS,
  KAZAKH_KINDS,
} from '../vocabulary/index.js';
import { definePass, isKind, type Slot } from './reading.js';

const isCategory = (s: Slot | undefined): boolean =>
  isKind(s, 'value') && s.item.meaning.column === 'mcc_category';

/** "ATMs", «банкоматов»: the cash machines, places of their own. */
const isAtm = (s: Slot | undefined): boolean =>
  isKind(s, 'value') && s.item.meaning.column === 'transaction_type' && ATM_PLACE_WORDS.includes(s.item.text);

/**
 * «Сколько разных кафе и ресторанов принимали оплату …», "How many different pharmacies took card
 * payments", "How many cafes accepted payments", "… had sales", «Қанша кафе төлем қабылдады»:
 * "different" between a word of counting and categories, or a verb of taking payments after them,
 * counts the places of those categories — distinct merchants, the categories a filter (it was the
 * payments there counted).
 */
export const readDistinctPlaces = definePass((r) => {
  const { slots, draft } = r;
  const accepts = (j: number): boolean =>
    ACCEPTED_VERBS.includes(slots[j]?.item.text ?? '') ||
    (HELD_PAYMENTS_VERBS.includes(slots[j]?.item.text ?? '') && isKind(slots[j + 1], 'entity'));
  slots.forEach((slot, i) => {
    if (!isKind(slot, 'count') || slot.used) return;
    // («қанша түрлі дәріхана …»: Kazakh «түрлі», kinds of, says different too.)
    const word = slots[i + 1]?.item.text ?? '';
    const different = DISTINCT_WORDS.includes(word) || KAZAKH_KINDS.includes(word);
    const first = different ? i + 2 : i + 1;
    // ("how many different ATMs": the machines, counted only with "different" — "how many ATM …" counts
    // the withdrawals.)
    const atm = different && isAtm(slots[first]);
    if (!isCategory(slots[first]) && !atm) return;
    // (Not the categories' cards or payments: "how many unique grocery shoppers", "distinct fuel cards".)
    // (Words already read may stand between: «Қанша кафе 2026 жылғы қарашада төлем қабылдады», "how many
    // cafes in Almaty accepted payments".)
    let k = atm ? first + 1 : first;
    while (
      isKind(slots[k], 'conjunction') ||
      isCategory(slots[k]) ||
      (k < slots.length && !accepts(k) && (slots[k]!.used || slots[k]!.item.kind === 'stop'))
    )
      k++;
    // (…but "… took payments", «… дәріхана төлем қабылдады»: the payments are what they took.)
    const taken = accepts(k) || (isKind(slots[k], 'entity') && accepts(k + 1));
    if (!different && !taken) return;
    if ((isKind(slots[k], 'entity') && !taken) || isKind(slots[k], 'dimension')) return;
    if (draft.measures.some((m) => m.fn === 'count_distinct' && m.column === 'merchant_id')) return;
    slot.used = true;
    if (different) slots[i + 1]!.used = true;
    const payments = accepts(k) ? k + 1 : k;
    if (isKind(slots[payments], 'entity') && slots[payments]!.item.meaning.entity === 'transactions')
      slots[payments]!.used = true;
    draft.measures.push({ fn: 'count_distinct', column: 'merchant_id' });
  });
});
