import { cursor } from './cursor.js';
import { definePass, insideBrackets, isKind } from './reading.js';

/**
 * The periods in the order the question names them; any period counts as content. Two periods with
 * "and" right before the second ("this month and last month", «осы айдағы және өткен айдағы») are
 * named side by side (compared); otherwise only a comparison word makes two periods a comparison.
 */
export const settlePeriods = definePass(({ slots, draft, notes }) => {
  const { prev } = cursor(slots);
  notes.timeRanges.sort((a, b) => a.at - b.at);
  // ("Summer 2026 (June–August), Kaspi vs Halyk …": the period said again in brackets is the same one —
  // two of them read as periods compared, and the values' comparison was asked back.)
  const said = (t: (typeof notes.timeRanges)[number]) => JSON.stringify(t.range);
  notes.timeRanges = notes.timeRanges.filter(
    (t, k) => !(insideBrackets(slots, t.at) && notes.timeRanges.slice(0, k).some((o) => said(o) === said(t))),
  );
  draft.times = notes.timeRanges.map((t) => t.range);
  draft.periodsJoined = notes.timeRanges.slice(1).some((t) => isKind(slots[prev(t.at)], 'conjunction'));
  if (notes.timeRanges.length > 0) draft.anyContent = true;
});
