import { cursor } from './cursor.js';
import { definePass, isKind } from './reading.js';

/**
 * The periods in the order the question names them; any period counts as content. Two periods with
 * "and" right before the second ("this month and last month", «осы айдағы және өткен айдағы») are
 * named side by side (compared); otherwise only a comparison word makes two periods a comparison.
 */
export const settlePeriods = definePass(({ slots, draft, notes }) => {
  const { prev } = cursor(slots);
  notes.timeRanges.sort((a, b) => a.at - b.at);
  draft.times = notes.timeRanges.map((t) => t.range);
  draft.periodsJoined = notes.timeRanges.slice(1).some((t) => isKind(slots[prev(t.at)], 'conjunction'));
  if (notes.timeRanges.length > 0) draft.anyContent = true;
});
