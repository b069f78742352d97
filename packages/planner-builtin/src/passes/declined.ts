import { marksOf } from '../tokenize.js';
import { DECLINED_NEED_WORDS, DECLINED_NO_WORDS } from '../vocabulary/index.js';
import { definePass, isKind, type Slot } from './reading.js';

/** What a clause of refusal may name: a figure, a breakdown, a unit of time. */
function declinable(s: Slot): boolean {
  return (
    isKind(s, 'count') ||
    isKind(s, 'amount') ||
    isKind(s, 'dimension') ||
    isKind(s, 'timeUnit') ||
    isKind(s, 'groupBy') ||
    isKind(s, 'noBreakdown')
  );
}

/**
 * "… the amounts aren't needed", "I don't need the amounts", "no counts needed", "no breakdown by day
 * needed", «без разбивки по дням», «сомасы қажет емес», «күндер бойынша бөлудің қажеті жоқ»: a clause
 * that says what the asker does not want. Its words are read here — they would otherwise add the very
 * figure or breakdown declined, or be asked back — and recorded; the coverage check asks back when
 * the plan shows it anyway. A clause with any other word is left to the other passes.
 */
export const readDeclined = definePass(({ slots, draft }) => {
  const starts = slots.flatMap((s, k) =>
    k === 0 || s.item.clauseBefore || s.item.commaBefore || s.item.dashBefore ? [k] : [],
  );
  starts.forEach((from, n) => {
    const to = starts[n + 1] ?? slots.length;
    const clause = slots.slice(from, to);
    const no = (s: Slot) =>
      DECLINED_NO_WORDS.includes(s.item.text) || isKind(s, 'negation') || isKind(s, 'noBreakdown');
    const need = (s: Slot) => DECLINED_NEED_WORDS.includes(s.item.text) || isKind(s, 'noBreakdown');
    if (!clause.some(no) || !clause.some(need)) return;
    const named = clause.filter((s) => !no(s) && !need(s) && s.item.kind !== 'stop');
    if (named.length === 0 || !named.every(declinable)) return;
    // (A figure or a breakdown named, not only the joining words.)
    if (!named.some((s) => !isKind(s, 'groupBy'))) return;
    // («без разбивки по категориям»: a column not broken down is the dimensions pass's, which folds the
    // rows of a follow-up.)
    const saidNo = clause.some((s) => DECLINED_NO_WORDS.includes(s.item.text) || isKind(s, 'negation'));
    if (!saidNo && named.some((s) => isKind(s, 'dimension'))) return;
    draft.declined ??= { measures: [], dimensions: [], words: [] };
    const declined = draft.declined;
    declined.words.push(clause.map((s) => s.item.text).join(' '));
    for (const s of named) {
      if (isKind(s, 'count')) declined.measures.push('count');
      else if (isKind(s, 'amount')) declined.measures.push('sum');
      else if (isKind(s, 'dimension')) declined.dimensions.push(s.item.meaning.dimension);
      else if (isKind(s, 'timeUnit')) declined.dimensions.push(s.item.meaning.unit);
    }
    // (Read as a whole: its words carry no other meaning for the passes after this one.)
    for (let k = from; k < to; k++) {
      const item = slots[k]!.item;
      slots[k] = { item: { kind: 'stop', text: item.text, ...marksOf(item) }, used: true };
    }
  });
});
