import { definePass, isKind } from './reading.js';

/**
 * "compare", "vs", «сравни»: with fewer than two periods and a list of values of one column
 * ("Almaty vs Astana"), a breakdown over those values instead of a comparison of periods.
 */
export const readComparedValues = definePass(({ slots, draft }) => {
  draft.compare = slots.some((s) => isKind(s, 'compare'));
  if (!draft.compare || draft.times.length >= 2) return;
  const compared = draft.filters.find(
    (f) => f.filter.kind === 'values' && !f.filter.negated && f.filter.values.length >= 2,
  );
  if (compared && compared.filter.kind === 'values') {
    if (!draft.dimensions.includes(compared.filter.column)) draft.dimensions.unshift(compared.filter.column);
    draft.comparedValues = true;
  }
});
