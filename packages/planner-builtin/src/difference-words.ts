import type { Item } from './lexicon.js';
import { FALL_SEASON, KAZAKH_HOW_MUCH_MORE } from './vocabulary/index.js';

/**
 * «Алматыда Шымкентке қарағанда қанша ECOM операция көп болды?» (how many more ECOM payments were
 * there in Almaty than in Shymkent): in Kazakh "how many" and "more" stand apart, with the noun between,
 * after "compared to" («қарағанда»). «көп» / «артық» / «аз» / «кем» there is the difference asked for —
 * read as «на сколько больше» is — not a threshold or a yes/no comparison.
 */
export function readKazakhDifference(items: readonly Item[]): Item[] {
  const against = items.findIndex((i) => i.kind === 'meaning' && i.meaning.kind === 'compare');
  const howMany = items.findIndex(
    (i, k) =>
      k > against && i.kind === 'meaning' && i.meaning.kind === 'count' && i.meaning.strength === 'weak',
  );
  if (against < 0 || howMany < 0) return [...items];
  return items.map((item, k) => {
    if (k <= howMany || item.kind !== 'meaning' || item.meaning.kind !== 'comparator') return item;
    if (!KAZAKH_HOW_MUCH_MORE.includes(item.text)) return item;
    // (Only in the clause of "how many": «… қанша? 100-ден көп пе?» is a question of its own.)
    if (items.slice(howMany + 1, k + 1).some((x) => x.clauseBefore)) return item;
    if (items.slice(howMany + 1, k).some((x) => x.kind === 'number')) return item;
    return { ...item, meaning: { kind: 'compareOutput', output: 'difference' } };
  });
}

/**
 * "the biggest fall in POS turnover from October to November": after a superlative, "fall" is the drop
 * («падение»), not the season — it was read as autumn, a third period. Read as "drop in" is.
 */
export function readFallAsDrop(items: readonly Item[]): Item[] {
  return items.map((item, k) => {
    const before = items[k - 1];
    if (item.kind !== 'meaning' || item.meaning.kind !== 'seasonName' || !FALL_SEASON.includes(item.text))
      return item;
    if (before?.kind !== 'meaning' || before.meaning.kind !== 'superlative') return item;
    return { ...item, meaning: { kind: 'compare', change: true } };
  });
}
