import type { Measure } from '../frame.js';
import { ONE_WORDS, PER_MERCHANT_FORMS } from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { ratiosOf } from './per-card.js';
import { addDimension, definePass, isKind, numberOf } from './reading.js';
import { uniqueMeasures } from './settle-measures.js';

/**
 * "average turnover per merchant", "average turnover per grocery merchant", «средний оборот на одного мерчанта», «бір мерчантқа келетін орташа
 * айналым», "average number of transactions per merchant in each city": the measure divided by the
 * distinct merchants, one figure per group (they were asked back as an average of counts, or "per" was
 * not understood). "Average turnover per grocery merchant": a kind of merchant between "per" and the
 * merchants names whose (they were made a row per merchant). A measure with no per-merchant ratio (a
 * median, a maximum) is asked back.
 */
export const readPerMerchant = definePass((r) => {
  const { slots, draft } = r;
  const { next } = cursor(slots);
  // "per grocery merchant": "per", the values describing the merchants, the merchants' word.
  const said: string[] = [];
  // ("average check per merchant" is each merchant's average check — or the check ÷ merchants? The
  // pattern leaves it a row per merchant; the explicit «на одного мерчанта» with a check is asked back.)
  const check = slots.some((s) => isKind(s, 'check'));
  slots.forEach((slot, i) => {
    if (slot.used && !draft.dimensions.includes('merchant_id')) return;
    if (!isKind(slot, 'groupBy') || slot.item.text !== 'per') return;
    let k = next(i);
    while (isKind(slots[k], 'value')) k = next(k);
    const word = slots[k];
    if (!isKind(word, 'dimension') || word.item.meaning.dimension !== 'merchant_id') return;
    if (check || !slots.some((s) => isKind(s, 'aggregate') && s.item.meaning.fn === 'avg')) return;
    slot.used = true;
    word.used = true;
    draft.dimensions = draft.dimensions.filter((d) => d !== 'merchant_id');
    said.push(`${slot.item.text} ${word.item.text}`);
  });
  const averaged = slots.some((s) => isKind(s, 'aggregate') && s.item.meaning.fn === 'avg');
  // «Средний оборот на торговую точку», «оборот на одну торговую точку», «на один магазин»: «на» and the
  // merchants' word in the accusative singular is "per merchant", as «на мерчанта» is (the word was
  // taken for where the money went, leaving an average payment).
  slots.forEach((word, i) => {
    if (!isKind(word, 'dimension') || word.item.meaning.dimension !== 'merchant_id') return;
    let k = i - 1;
    // («на одну аптеку (торговую точку)»: a kind of merchant, the merchants' word after it in brackets.)
    if (isKind(slots[k], 'value') && word.item.bracketBefore === true) k--;
    // («одну» is a stop word here, or the number one when read so.)
    const oneAt = k;
    const one =
      ONE_WORDS.includes(slots[k]?.item.text ?? '') &&
      (slots[k]?.item.kind === 'stop' || numberOf(slots[k]) === 1);
    if (one) k--;
    const per = slots[k];
    if (per?.item.kind !== 'stop' || per.item.text !== 'на') return;
    if (!(PER_MERCHANT_FORMS.includes(word.item.text) || (one && word.item.text === 'тсп'))) return;
    if (!(averaged || one) || check) return;
    word.used = true;
    if (one) slots[oneAt]!.used = true;
    draft.dimensions = draft.dimensions.filter((d) => d !== 'merchant_id');
    said.push(
      slots
        .slice(k, i + 1)
        .map((s) => s.item.text)
        .join(' '),
    );
  });
  for (const [k, s] of slots.entries()) {
    if (!isKind(s, 'perMerchant')) continue;
    s.used = true;
    // ("turnover per merchant", as "per city": with no average and no "one", a row per merchant.)
    if (!averaged && !/\b(one|1)\b|одного|один|бір/.test(s.item.text)) {
      addDimension(r, 'merchant_id', k);
      continue;
    }
    said.push(s.item.text);
  }
  if (said.length === 0) return;
  if (check) {
    draft.issues.push({ kind: 'unknown_words', words: said });
    return;
  }
  draft.domain = true;
  const money = slots.some((s) => isKind(s, 'amount') || isKind(s, 'check') || isKind(s, 'total'));
  const ofCounts =
    !money &&
    (draft.issues.some((x) => x.kind === 'avg_of_counts') ||
      ((draft.hasEntity || draft.countable) && slots.some((s) => isKind(s, 'count'))));
  const measures: Measure[] =
    draft.measures.length > 0 ? draft.measures : [{ fn: ofCounts ? 'count' : 'sum' }];
  const ratios = ratiosOf(measures, 'per_merchant', ofCounts);
  if (!ratios) {
    draft.issues.push({ kind: 'unknown_words', words: said });
    return;
  }
  draft.issues = draft.issues.filter((x) => x.kind !== 'avg_of_counts');
  draft.measures = uniqueMeasures(ratios);
});
