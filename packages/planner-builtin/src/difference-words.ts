import type { Item } from './lexicon.js';
import { marksOf } from './tokenize.js';
import {
  CHANGE_AUXILIARIES,
  CHANGE_VERBS_AFTER_AUXILIARY,
  DAY_BEFORE,
  FALL_SEASON,
  KAZAKH_MORE_OR_FEWER,
  PERIOD_DETERMINERS,
} from './vocabulary/index.js';

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
    if (!KAZAKH_MORE_OR_FEWER.includes(item.text)) return item;
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

/**
 * "Did ATM withdrawals drop yesterday …?", "Did Kaspi's turnover fall in November compared with
 * October?": in a clause an auxiliary opens, "drop" and "fall" are the change asked about — "drop" was
 * refused as the SQL action, and "fall" read as autumn, a third period. After a determiner or a
 * preposition ("this fall", "in the fall") the season stays.
 */
/** What after a verb of change is its object, not where or when: "decline more transactions". */
const OBJECT_KINDS: readonly string[] = ['comparator', 'entity', 'count', 'amount', 'value', 'dimension'];

export function readChangeVerbs(items: readonly Item[]): Item[] {
  let opened = false;
  return items.map((item, k) => {
    if (k === 0 || item.clauseBefore) opened = CHANGE_AUXILIARIES.includes(item.text);
    if (!opened || k === 0 || !CHANGE_VERBS_AFTER_AUXILIARY.includes(item.text)) return item;
    if (PERIOD_DETERMINERS.includes(items[k - 1]!.text)) return item;
    // ("Did Kaspi decline more transactions than Halyk?": with an object after it, the verb acts on
    // payments — declined payments, which the data does not hold, stay refused.)
    const after = items[k + 1];
    const object =
      after !== undefined &&
      after.clauseBefore !== true &&
      (after.kind === 'unknown' || (after.kind === 'meaning' && OBJECT_KINDS.includes(after.meaning.kind)));
    if (object) return item;
    return { kind: 'meaning', text: item.text, meaning: { kind: 'compare', change: true }, ...marksOf(item) };
  });
}

/**
 * "ATM withdrawals yesterday vs the day before", "… compared with the day before?": "day before" that
 * ends its clause is the day before the other period, as "the week before" is; "7 March, the day before
 * the holiday" describes the day and stays as written.
 */
export function readDayBefore(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const before = items[k + 1];
    const after = items[k + 2];
    const ends = !after || after.clauseBefore === true || after.commaBefore === true;
    if (item.text !== DAY_BEFORE[0] || before?.text !== DAY_BEFORE[1] || before.clauseBefore || !ends) {
      out.push(item);
      continue;
    }
    out.push({
      kind: 'meaning',
      text: `${item.text} ${before.text}`,
      meaning: { kind: 'periodModifier', modifier: 'previous' },
      ...marksOf(item),
    });
    k++;
  }
  return out;
}
