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
  // ("Summer 2025 (Jun–Aug), Kaspi vs Halyk": with no year of its own in the brackets, the months said
  // again are the same months of the period before — they were the last June–August, another year.)
  type Said = (typeof notes.timeRanges)[number];
  const said = (t: Said) => JSON.stringify(t.range);
  const dayOf = (iso: string | null) => iso?.slice(5) ?? null;
  const yearIn = (t: Said) => {
    for (let k = t.at; k < slots.length && (k === t.at || !slots[k]!.item.closeBefore); k++) {
      const s = slots[k]!;
      if (s.item.kind === 'number' && /^\d{4}$/.test(s.item.text)) return true;
    }
    return false;
  };
  const sameMonths = (o: Said, t: Said) =>
    o.range.kind === 'dates' &&
    t.range.kind === 'dates' &&
    dayOf(o.range.from) === dayOf(t.range.from) &&
    dayOf(o.range.to) === dayOf(t.range.to) &&
    !yearIn(t);
  notes.timeRanges = notes.timeRanges.filter(
    (t, k) =>
      !(
        insideBrackets(slots, t.at) &&
        notes.timeRanges.slice(0, k).some((o) => said(o) === said(t) || sameMonths(o, t))
      ),
  );
  draft.times = notes.timeRanges.map((t) => t.range);
  draft.periodsJoined = notes.timeRanges.slice(1).some((t) => isKind(slots[prev(t.at)], 'conjunction'));
  if (notes.timeRanges.length > 0) draft.anyContent = true;
});
