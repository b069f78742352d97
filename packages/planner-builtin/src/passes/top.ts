import { cursor } from './cursor.js';
import { definePass, isKind, numberOf } from './reading.js';

/** "top 5", «топ-10», "bottom 3": the direction, and the number when one follows (not "top March 5"). */
export const readTop = definePass(({ slots, draft, notes }) => {
  const { next, followedByDate } = cursor(slots);
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'top')) return;
    slot.used = true;
    draft.domain = true;
    notes.topDirection ??= slot.item.meaning.direction;
    const j = next(i);
    const n = numberOf(slots[j]);
    if (n !== null && Number.isInteger(n) && !followedByDate(j)) {
      notes.explicitLimit = n;
      slots[j]!.used = true;
    }
  });
});
