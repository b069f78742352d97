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
  return fromMostToFewest(out);
}

const isSuperlative = (item: Item | undefined, direction?: 'asc' | 'desc'): boolean =>
  item?.kind === 'meaning' &&
  item.meaning.kind === 'superlative' &&
  (direction === undefined || item.meaning.direction === direction);
const isWord = (item: Item | undefined, word: string): boolean =>
  item?.kind === 'meaning' && item.meaning.kind === 'comparator' && item.text === word;
const isEntity = (item: Item | undefined): boolean =>
  item?.kind === 'meaning' && item.meaning.kind === 'entity';
const isStop = (item: Item | undefined): boolean => item?.kind === 'stop';

/**
 * "sorted from the most payments to the fewest", "from the fewest transactions to the most": the two
 * ends of the order, one superlative each way, with the counted noun after the first (and maybe the
 * second) — the order of every row (it was the top 1). Only at the end of the question or its clause.
 */
function fromMostToFewest(items: readonly Item[]): Item[] {
  const out = [...items];
  for (let i = 0; i < out.length; i++) {
    if (!isWord(out[i], 'from')) continue;
    let k = i + 1;
    while (isStop(out[k])) k++;
    const first = out[k];
    if (first?.kind !== 'meaning' || first.meaning.kind !== 'superlative') continue;
    const direction = first.meaning.direction;
    if (!isEntity(out[k + 1]) || !isWord(out[k + 2], 'to')) continue;
    let end = k + 3;
    while (isStop(out[end])) end++;
    if (!isSuperlative(out[end], direction === 'desc' ? 'asc' : 'desc')) continue;
    if (isEntity(out[end + 1])) end++;
    const after = out[end + 1];
    if (after && !after.commaBefore && !after.clauseBefore) continue;
    const merged: Item = {
      kind: 'meaning',
      text: out
        .slice(i, end + 1)
        .map((x) => x.text)
        .join(' '),
      meaning: { kind: direction === 'asc' ? 'smallestFirst' : 'largestFirst' },
      ...(out[i]!.commaBefore ? { commaBefore: true as const } : {}),
      ...(out[i]!.clauseBefore ? { clauseBefore: true as const } : {}),
    };
    out.splice(i, end + 1 - i, merged);
  }
  return out;
}
