import { FIRST_N, ORDERED_FIRST_N } from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { definePass, isKind, numberOf } from './reading.js';

/** "top 5", «топ-10», "bottom 3": the direction, and the number when one follows (not "top March 5"). */
export const readTop = definePass(({ slots, draft, notes }) => {
  const { next, followedByDate } = cursor(slots);
  // Kazakh «алғашқы үш ел» (the first three countries): "first" before a number of rows is a top N —
  // before a period («алғашқы тоқсан», the first quarter) it stays an ordinal.
  // «выведите первые 5 по убыванию», "the first 10, largest first": with the order said, "first" before
  // a number is a top N too (alone, «первые 5 дней», it is the start of a period).
  const ordered = slots.some((s) => isKind(s, 'largestFirst') || isKind(s, 'smallestFirst'));
  const ascending = slots.some((s) => isKind(s, 'smallestFirst'));
  slots.forEach((slot, i) => {
    const first = FIRST_N.includes(slot.item.text) || (ordered && ORDERED_FIRST_N.includes(slot.item.text));
    if (slot.used || !first) return;
    if (!isKind(slot, 'ordinal') && !isKind(slot, 'periodModifier')) return;
    const j = next(i);
    const n = numberOf(slots[j]);
    // («… ең көп операция жасалды? Алғашқы 3 сағатты көрсет»: after a superlative, the first 3 hours
    // of a ranking, not a period of 3 hours.)
    const unit = slots[next(j)];
    const rankedHour =
      isKind(unit, 'timeUnit') &&
      unit.item.meaning.unit === 'hour' &&
      slots.slice(0, i).some((s) => isKind(s, 'superlative'));
    if (n === null || !Number.isInteger(n) || (followedByDate(j) && !rankedHour)) return;
    slot.used = slots[j]!.used = true;
    if (rankedHour) unit.used = true;
    draft.domain = true;
    if (notes.topDirection === null) {
      notes.topDirection = ascending ? 'asc' : 'desc';
      notes.topByWord = !ascending;
    }
    notes.explicitLimit = n;
  });
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'top')) return;
    // ("the 500k limit" is no ranking: "limit" is one only before its number.)
    if (slot.item.text === 'limit' && numberOf(slots[next(i)]) === null) return;
    slot.used = true;
    draft.domain = true;
    // ("top 3 categories with the lowest turnover", «…просели сильнее всего? топ 3»: a superlative says
    // which end a plain "top" counts from — it ranked the highest.)
    if (notes.topDirection === null) {
      notes.topDirection = slot.item.meaning.direction;
      notes.topByWord = slot.item.meaning.direction === 'desc';
    }
    const j = next(i);
    const n = numberOf(slots[j]);
    if (slot.item.meaning.n !== undefined) notes.explicitLimit ??= slot.item.meaning.n;
    else if (n !== null && Number.isInteger(n) && !followedByDate(j)) {
      notes.explicitLimit = n;
      slots[j]!.used = true;
    }
  });
});
