import {
  COUNTED_PERIOD_WORDS,
  KAZAKH_COUNTED_SINGULAR,
  KAZAKH_HOW_MANY,
  PER_STOPS,
  WERE_WORDS,
} from '../vocabulary/index.js';
import { definePass, isKind } from './reading.js';

type CountedUnit = 'day' | 'week' | 'month';
const UNITS: readonly string[] = ['day', 'week', 'month'];

/**
 * "How many days in October had a turnover above 6 million?", «Сколько было дней в 2025 году с
 * оборотом больше 15 млн?», «… асқан күндер саны қанша?», "how many days in February have data": the
 * days (weeks, months) are what is counted — those with payments, and with a group condition after
 * them, those whose own total or count passes it (the group conditions pass reads it). Only with the
 * count word right beside the unit in its counted form ("days", «дней», «күндер»): «сколько в день» is
 * per day, and "how many transactions per day" counts payments.
 */
export const readCountedPeriods = definePass(({ slots, draft }) => {
  if (draft.measures.length > 0) return;
  for (let i = 0; i < slots.length; i++) {
    const unitSlot = slots[i]!;
    if (unitSlot.used || !isKind(unitSlot, 'timeUnit') || !UNITS.includes(unitSlot.item.meaning.unit))
      continue;
    const plural = COUNTED_PERIOD_WORDS.includes(unitSlot.item.text);
    if (!plural && !KAZAKH_COUNTED_SINGULAR.includes(unitSlot.item.text)) continue;
    // "how many days", «сколько дней», «сколько было дней», Kazakh «неше күн»: the count word before;
    // «күндер саны» (the number of days, the plural): after.
    const before = slots[i - 1];
    const beforeWere = WERE_WORDS.includes(before?.item.text ?? '') ? slots[i - 2] : undefined;
    // (Not across a sentence or a comma: «… саны. Ай және саны» is the month and the count as labels.)
    const apart = unitSlot.item.clauseBefore === true || unitSlot.item.commaBefore === true;
    const askedBefore = [before, beforeWere].find(
      (s) =>
        !apart && (plural || KAZAKH_HOW_MANY.includes(s?.item.text ?? '')) && isKind(s, 'count') && !s.used,
    );
    const after = slots[i + 1];
    const countAfter =
      plural && isKind(after, 'count') && !after.used && !after.item.clauseBefore ? after : undefined;
    const counter = [askedBefore, countAfter].find(
      (s) => isKind(s, 'count') && s.item.meaning.times !== true,
    );
    if (!counter) continue;
    // (Kazakh «күндер саны қанша»: the question word after the count is the same count.)
    const question = slots[i + 2];
    if (counter === slots[i + 1] && isKind(question, 'count') && !question.used) question.used = true;
    counter.used = true;
    unitSlot.used = true;
    if (beforeWere) before!.used = true;
    const unit = unitSlot.item.meaning.unit as CountedUnit;
    draft.measures.push({ fn: 'count_periods', unit });
    draft.domain = true;
    // «с суточным оборотом больше 15 млн», "the daily number of transactions", «оборот за день», «күндік
    // айналымы»: the unit said again of the money or the count compared is each counted day's own —
    // no series by day beside the count.
    draft.dimensions = draft.dimensions.filter((d) => d !== unit);
    slots.forEach((s, k) => {
      const again =
        (isKind(s, 'bucket') && s.item.meaning.dimension === unit) ||
        (isKind(s, 'timeUnit') &&
          s.item.meaning.unit === unit &&
          PER_STOPS.includes(slots[k - 1]?.item.text ?? ''));
      if (again) s.used = true;
    });
    return;
  }
});
