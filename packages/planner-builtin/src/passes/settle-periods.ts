import { definePass } from './reading.js';

/** The periods in the order the question names them; any period counts as content. */
export const settlePeriods = definePass(({ draft, notes }) => {
  notes.timeRanges.sort((a, b) => a.at - b.at);
  draft.times = notes.timeRanges.map((t) => t.range);
  if (notes.timeRanges.length > 0) draft.anyContent = true;
});
