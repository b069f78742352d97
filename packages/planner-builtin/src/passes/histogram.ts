import { cursor } from './cursor.js';
import { definePass, isKind } from './reading.js';

/**
 * "Transactions by amount" / «по количеству» with nothing ranked is a histogram, not a sum: the
 * frame says so rather than answer something else (decided after a follow-up merge: "top 5
 * merchants…" → «а по количеству?» re-ranks instead).
 */
export const readHistogram = definePass(({ slots, draft }) => {
  const { next } = cursor(slots);
  draft.byMeasure = slots.some((slot, i) => {
    if (!isKind(slot, 'groupBy') || slot.used || slot.item.meaning.after) return false;
    const target = slots[next(i)];
    return isKind(target, 'amount') || isKind(target, 'count') || isKind(target, 'check');
  });
});
