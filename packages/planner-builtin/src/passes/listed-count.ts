import { definePass, isKind, numberOf, type Slot } from './reading.js';

/**
 * "For each of my three cities (Karaganda, Pavlodar, Oskemen), which weekday …", «по двум банкам: Kaspi
 * и Halyk»: a number before a column's word that as many of that column's values follow only counts
 * them. It is taken out of the reading, so the column word stands beside its "each" or "by" (the cities
 * were no breakdown, one total over the three) and no ranking reads it as its N (it was the top 3).
 */
export const readListedCount = definePass(({ slots }) => {
  for (let i = slots.length - 2; i >= 0; i--) {
    const n = numberOf(slots[i]);
    if (n !== null && countsListed(slots, i, n)) slots.splice(i, 1);
  }
});

/** Whether the number n at slot i counts the values of the column word after it, listed right after that. */
function countsListed(slots: readonly Slot[], i: number, n: number): boolean {
  const noun = slots[i + 1];
  if (!isKind(noun, 'dimension')) return false;
  const column = noun.item.meaning.dimension;
  let listed = 0;
  for (let k = i + 2; k < slots.length; k++) {
    const s = slots[k]!;
    if (isKind(s, 'value') && s.item.meaning.column === column) listed += s.item.meaning.values.length;
    else if (!isKind(s, 'conjunction') && s.item.kind !== 'stop') break;
  }
  return listed === n;
}
