import { definePass, isKind } from './reading.js';

/**
 * A question about transactions that names no measure counts them ("transactions in Almaty by
 * month") — unless it asks to list them ("show all transactions from yesterday"), which the planner
 * does not do ("show all ATM withdrawals" neither). Repeated measures are kept once.
 */
export const settleMeasures = definePass(({ slots, draft }) => {
  if (draft.measures.length === 0 && (draft.hasEntity || draft.countable)) {
    const listing = slots.some((s) => isKind(s, 'listVerb'));
    if (listing && draft.dimensions.length === 0) draft.issues.push({ kind: 'listing' });
    else if (draft.hasEntity) draft.measures.push({ fn: 'count' });
  }
  const seen = new Set<string>();
  draft.measures = draft.measures.filter((x) => {
    const key =
      x.fn === 'count_distinct' ? `${x.fn}:${x.column}` : x.fn === 'percentile' ? `${x.fn}:${x.p}` : x.fn;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
});
