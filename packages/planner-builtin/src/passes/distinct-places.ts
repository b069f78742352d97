import { ACCEPTED_VERBS, DISTINCT_WORDS, KAZAKH_KINDS } from '../vocabulary/index.js';
import { definePass, isKind, type Slot } from './reading.js';

const isCategory = (s: Slot | undefined): boolean =>
  isKind(s, 'value') && s.item.meaning.column === 'mcc_category';

/**
 * «Сколько разных кафе и ресторанов принимали оплату …», "How many different pharmacies took card
 * payments": "different" between a word of counting and categories counts the places of those
 * categories — distinct merchants, the categories a filter (it was the payments there counted).
 */
export const readDistinctPlaces = definePass((r) => {
  const { slots, draft } = r;
  slots.forEach((slot, i) => {
    if (!isKind(slot, 'count') || slot.used) return;
    const distinct = i + 1;
    // («қанша түрлі дәріхана …»: Kazakh «түрлі», kinds of, says different too.)
    const different = slots[distinct]?.item.text ?? '';
    if (!DISTINCT_WORDS.includes(different) && !KAZAKH_KINDS.includes(different)) return;
    const place = slots[distinct + 1];
    if (!isCategory(place)) return;
    // (Not the categories' cards or payments: "how many unique grocery shoppers", "distinct fuel cards".)
    let k = distinct + 1;
    while (isKind(slots[k], 'conjunction') || isCategory(slots[k])) k++;
    // (…but «… дәріхана төлем қабылдады», pharmacies accepted payments: the payments are what they took.)
    const taken = isKind(slots[k], 'entity') && ACCEPTED_VERBS.includes(slots[k + 1]?.item.text ?? '');
    if ((isKind(slots[k], 'entity') && !taken) || isKind(slots[k], 'dimension')) return;
    if (draft.measures.some((m) => m.fn === 'count_distinct' && m.column === 'merchant_id')) return;
    slot.used = true;
    slots[distinct]!.used = true;
    draft.measures.push({ fn: 'count_distinct', column: 'merchant_id' });
  });
});
