import type { Item } from './lexicon.js';

/**
 * "by city, most cards first", "most transactions first", "fewest cards first": the noun of what is
 * counted between the superlative and "first" only names the measure the rows are ordered by
 * — the order "most first" says (it was asked back). Only at the end of the question or of its clause.
 */
export function readMostFirst(items: readonly Item[]): Item[] {
  const out = [...items];
  for (let i = 0; i + 2 < out.length; i++) {
    const [most, noun, first] = [out[i]!, out[i + 1]!, out[i + 2]!];
    if (most.kind !== 'meaning' || most.meaning.kind !== 'superlative') continue;
    // (A word of money or counting, "biggest sum first", is the sort-by pass's: it says which measure.)
    if (noun.kind !== 'meaning' || noun.meaning.kind !== 'entity') continue;
    if (first.kind !== 'meaning' || first.meaning.kind !== 'ordinal' || first.text !== 'first') continue;
    const after = out[i + 3];
    if (after && !after.commaBefore && !after.clauseBefore) continue;
    const merged: Item = {
      kind: 'meaning',
      text: `${most.text} ${noun.text} ${first.text}`,
      meaning: { kind: most.meaning.direction === 'asc' ? 'smallestFirst' : 'largestFirst' },
      ...(most.commaBefore ? { commaBefore: true as const } : {}),
      ...(most.clauseBefore ? { clauseBefore: true as const } : {}),
    };
    out.splice(i, 3, merged);
  }
  return out;
}
