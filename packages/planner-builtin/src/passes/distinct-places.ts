import {
  ACCEPTED_VERBS,
  ACTIVE_WORDS,
  ATM_PLACE_WORDS,
  BY_MEANS_OF,
  DISTINCT_WORDS,
  HELD_PAYMENTS_VERBS,
  KAZAKH_DISTINCT_AFTER,
  KAZAKH_KINDS,
  MOST_WORDS,
  PLACE_NOUNS,
  RECEIVED_VERBS,
} from '../vocabulary/index.js';
import { addDimension, definePass, isCardsNoun, isKind, opensClause, type Slot } from './reading.js';

const isCategory = (s: Slot | undefined): boolean =>
  isKind(s, 'value') && s.item.meaning.column === 'mcc_category';

/** "places", "spots" after a kind of place ("fast food places (MCC 5814)"): words read only here. */
const isPlaceNoun = (s: Slot | undefined): boolean =>
  s?.item.kind === 'unknown' && PLACE_NOUNS.includes(s.item.text);

/** The slot after a glossed place's name that starts at k ("beauty salons (MCC 7230)": a few words). */
const pastGlosses = (slots: readonly Slot[], k: number): number => {
  let j = k + 1;
  while (isKind(slots[j], 'gloss') && !slots[j]!.item.bracketBefore) j++;
  return j;
};

/**
 * «гостиниц (MCC 7011)», "hotels (MCC 7011)", "fast food places (MCC 5814)": places named by the code in
 * brackets after them.
 */
const isGlossedPlace = (slots: readonly Slot[], k: number): boolean => {
  if (!isKind(slots[k], 'gloss')) return false;
  const j = pastGlosses(slots, k);
  return (
    slots[j]?.item.bracketBefore === true ||
    (isPlaceNoun(slots[j]) && slots[j + 1]?.item.bracketBefore === true)
  );
};

/** "ATMs", «банкоматов»: the cash machines, places of their own. */
const isAtm = (s: Slot | undefined): boolean =>
  isKind(s, 'value') && s.item.meaning.column === 'transaction_type' && ATM_PLACE_WORDS.includes(s.item.text);

/** "the most", «больше всего», «ең көп». */
const isMostWord = (s: Slot | undefined): boolean =>
  isKind(s, 'superlative') && MOST_WORDS.includes(s.item.text);

/**
 * The machines themselves at slot k: "ATMs", «банкоматов», «банкомат» — not the modifier "ATM" — with no
 * noun of payments, kind or money after them ("ATMs withdrawals" are the withdrawals).
 */
const isAtmMachines = (slots: readonly Slot[], k: number): boolean =>
  isAtm(slots[k]) &&
  slots[k]!.item.text !== 'atm' &&
  !isKind(slots[k + 1], 'entity') &&
  !isKind(slots[k + 1], 'value') &&
  !isKind(slots[k + 1], 'amount');

/**
 * «Сколько разных кафе и ресторанов принимали оплату …», "How many different pharmacies took card
 * payments", "How many cafes accepted payments", "… had sales", «Қанша кафе төлем қабылдады»:
 * "different" between a word of counting and categories, or a verb of taking payments after them,
 * counts the places of those categories — distinct merchants, the categories a filter (it was the
 * payments there counted).
 */
export const readDistinctPlaces = definePass((r) => {
  const { slots, draft } = r;
  const accepts = (j: number): boolean => {
    const verb = slots[j]?.item.text ?? '';
    const paymentsAfter = isKind(slots[j + 1], 'entity');
    return (
      ACCEPTED_VERBS.includes(verb) ||
      (HELD_PAYMENTS_VERBS.includes(verb) && paymentsAfter) ||
      (RECEIVED_VERBS.includes(verb) && (paymentsAfter || isKind(slots[j + 1], 'atLeastOne')))
    );
  };
  // ("Active ATMs by city this month": the machines that took payments, counted — with no count word.)
  slots.forEach((_, i) => {
    const before = slots[i - 1];
    if (
      isAtmMachines(slots, i) &&
      before?.item.kind === 'stop' &&
      ACTIVE_WORDS.includes(before.item.text) &&
      (i === 1 || opensClause(before)) &&
      !slots.some((s) => isKind(s, 'count') || isKind(s, 'amount') || isKind(s, 'aggregate'))
    ) {
      before.used = true;
      if (!draft.measures.some((m) => m.fn === 'count_distinct' && m.column === 'merchant_id'))
        draft.measures.push({ fn: 'count_distinct', column: 'merchant_id' });
    }
    // ("Which city has the most ATMs?", «больше всего банкоматов»: ranked by the machines — it ranked the
    // withdrawals. Not "the most ATM withdrawals".)
    // (Kazakh puts it after: «банкоматтар ең көп».)
    if (
      isAtmMachines(slots, i) &&
      (isMostWord(slots[i - 1]) || isMostWord(slots[i + 1])) &&
      draft.measures.length === 0
    )
      draft.measures.push({ fn: 'count_distinct', column: 'merchant_id' });
  });
  // ("Top 10 hotels (MCC 7011) by turnover", «Топ-5 ресторанов Астаны по количеству оплат», «топ-10
  // қонақүй»: places of a kind right after a top N are the merchants of that kind, ranked — it was asked
  // back as a listing of payments. Not "top 5 restaurant payments", nor beside a column word.)
  const topAt = slots.findIndex((s) => isKind(s, 'top'));
  if (topAt >= 0 && !slots.some((s) => isKind(s, 'dimension') && !s.used)) {
    let k = topAt + 1;
    while (slots[k]?.item.kind === 'number') k++;
    const glossed = isGlossedPlace(slots, k);
    let after = k + 1;
    if (glossed) while (slots[after]?.used && !slots[after]!.item.closeBefore) after++;
    const measured = (x: Slot | undefined) =>
      isKind(x, 'entity') || isKind(x, 'amount') || isKind(x, 'count');
    if ((isCategory(slots[k]) || glossed) && !measured(slots[after])) {
      addDimension(r, 'merchant_id', k);
      if (glossed && isPlaceNoun(slots[k + 1])) slots[k + 1]!.used = true;
    }
  }
  slots.forEach((slot, i) => {
    // ("В каком городе больше всего разных ресторанов (MCC 5812) принимали оплату?": the most of different
    // places ranks by the places, as "how many different" counts them — it ranked their payments.)
    const most = isMostWord(slot) && !slot.used && DISTINCT_WORDS.includes(slots[i + 1]?.item.text ?? '');
    if ((!isKind(slot, 'count') && !most) || slot.used) return;
    // («банкомат санын айтшы», «банкоматтар саны»: the number after the machines counts them; said
    // again after "from how many ATMs (merchants)", the same figure.)
    const machine = slots[i - 1];
    if (isKind(slot, 'count') && slot.item.meaning.after && isAtmMachines(slots, i - 1)) {
      slot.used = true;
      machine!.used = true;
      if (!draft.measures.some((m) => m.fn === 'count_distinct' && m.column === 'merchant_id'))
        draft.measures.push({ fn: 'count_distinct', column: 'merchant_id' });
      return;
    }
    // («төлем қабылдаған мейрамханалар саны», the number of restaurants that took payments; «мейрамханалар
    // саны (бірегей мерчанттар)», glossed as distinct merchants: Kazakh says the count after the places —
    // it counted their payments.)
    // («төлем қабылдаған қонақүйлер (MCC 7011) саны», hotels glossed by their code: the count after the
    // brackets.)
    let placeAt = i - 1;
    while (placeAt > 0 && slots[placeAt]!.used && !isKind(slots[placeAt], 'gloss')) placeAt--;
    if (!isGlossedPlace(slots, placeAt) || pastGlosses(slots, placeAt) >= i) placeAt = i - 1;
    const place = slots[placeAt];
    if (
      isKind(slot, 'count') &&
      slot.item.meaning.after &&
      (isCategory(place) || (placeAt < i - 1 && isKind(place, 'gloss')))
    ) {
      const verbAt = placeAt - 1;
      const tookPayments = accepts(verbAt) || (isKind(slots[verbAt - 1], 'entity') && accepts(verbAt));
      const gloss = slots[i + 1];
      const merchantsAt =
        DISTINCT_WORDS.includes(gloss?.item.text ?? '') ||
        KAZAKH_DISTINCT_AFTER.includes(gloss?.item.text ?? '')
          ? i + 2
          : i + 1;
      const merchants = slots[merchantsAt];
      const glossed =
        gloss?.item.bracketBefore === true &&
        isKind(merchants, 'dimension') &&
        merchants.item.meaning.dimension === 'merchant_id';
      if ((tookPayments || glossed) && !draft.measures.some((m) => m.fn === 'count_distinct')) {
        slot.used = true;
        if (tookPayments && isKind(slots[verbAt - 1], 'entity')) slots[verbAt - 1]!.used = true;
        if (glossed) for (let k = i + 1; k <= merchantsAt; k++) slots[k]!.used = true;
        draft.measures.push({ fn: 'count_distinct', column: 'merchant_id' });
        return;
      }
    }
    // («қанша түрлі дәріхана …»: Kazakh «түрлі», kinds of, says different too.)
    const word = slots[i + 1]?.item.text ?? '';
    const different = DISTINCT_WORDS.includes(word) || KAZAKH_KINDS.includes(word);
    // («сколько активных банкоматов»: "active" before the machines.)
    const active = ACTIVE_WORDS.includes(word) && isAtm(slots[i + 2]);
    const first = different || active ? i + 2 : i + 1;
    // ("how many different ATMs": the machines; "how many ATM withdrawals" counts the withdrawals.)
    // ("How many ATMs were used …", «Сколько банкоматов работало …», «Павлодарда қанша банкомат бар?»:
    // the machines too, with no noun of payments after them — it counted the withdrawals.)
    const atm = isAtm(slots[first]) && (different || isAtmMachines(slots, first));
    const glossed = isGlossedPlace(slots, first);
    if (!isCategory(slots[first]) && !atm && !glossed) return;
    // (Not the categories' cards or payments: "how many unique grocery shoppers", "distinct fuel cards".)
    // (Words already read may stand between: «Қанша кафе 2026 жылғы қарашада төлем қабылдады», "how many
    // cafes in Almaty accepted payments".)
    let k = glossed ? pastGlosses(slots, first) : atm ? first + 1 : first;
    if (glossed && isPlaceNoun(slots[k])) slots[k++]!.used = true;
    // (…and the category's column word after its name: «дәріхана (Pharmacies & Health санаты) төлем қабылдады».)
    const categoryWord = (j: number) =>
      isKind(slots[j], 'dimension') &&
      slots[j]!.item.meaning.dimension === 'mcc_category' &&
      isCategory(slots[j - 1]);
    // (…and the card they took payments by: «қанша дәріхана карта арқылы төлем қабылдады» — it counted the
    // cards.)
    const byCard = (j: number) =>
      isCardsNoun(slots[j]) && BY_MEANS_OF.includes(slots[j + 1]?.item.text ?? '') && !slots[j]!.used;
    const cardAt: number[] = [];
    while (
      isKind(slots[k], 'conjunction') ||
      isCategory(slots[k]) ||
      categoryWord(k) ||
      byCard(k) ||
      (k < slots.length && !accepts(k) && (slots[k]!.used || slots[k]!.item.kind === 'stop'))
    ) {
      if (byCard(k)) cardAt.push(k);
      k++;
    }
    // (…but "… took payments", «… дәріхана төлем қабылдады»: the payments are what they took.)
    const taken = accepts(k) || (isKind(slots[k], 'entity') && accepts(k + 1));
    if (!different && !taken && !atm) return;
    if ((isKind(slots[k], 'entity') && !taken) || isKind(slots[k], 'dimension')) return;
    if (draft.measures.some((m) => m.fn === 'count_distinct' && m.column === 'merchant_id')) return;
    if (!most) slot.used = true;
    for (const c of cardAt) slots[c]!.used = true;
    if (different || active) slots[i + 1]!.used = true;
    let at = accepts(k) ? k + 1 : k;
    // ("… received at least one card payment": any, as a distinct count counts anyway.)
    if (isKind(slots[at], 'atLeastOne')) slots[at++]!.used = true;
    // ("card payment", «оплату картой»: the card only says how they were paid.)
    if (isCardsNoun(slots[at]) && isKind(slots[at + 1], 'entity')) slots[at++]!.used = true;
    const payments = slots[at];
    if (isKind(payments, 'entity') && payments.item.meaning.entity === 'transactions') payments.used = true;
    draft.measures.push({ fn: 'count_distinct', column: 'merchant_id' });
  });
});
