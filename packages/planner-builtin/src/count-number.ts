import type { Item } from './lexicon.js';
import type { Meaning } from './meaning.js';
import { COUNT_NUMBER_WORDS, COUNTED_BY_WORDS } from './vocabulary/index.js';

type Kind = Meaning['kind'];

const kindOf = (item: Item | undefined): Kind | null => (item?.kind === 'meaning' ? item.meaning.kind : null);

/** The index of the next (or, with step -1, previous) item that is not a stop word. */
function stepOver(items: readonly Item[], i: number, step: 1 | -1): number {
  let j = i + step;
  while (items[j]?.kind === 'stop') j += step;
  return j;
}

/** An amount named at `j`: "value", "total", "average check", "KZT amount". */
function moneyAt(items: readonly Item[], j: number): boolean {
  const kind = kindOf(items[j]);
  if (kind === 'amount' || kind === 'total' || kind === 'check') return true;
  return kind === 'currencyUnit' && kindOf(items[stepOver(items, j, 1)]) === 'amount';
}

/**
 * "Number" as how many: "what percentage …, by number", "in number and value", "its share of the total
 * number", "… as well as their number", "number and value in tenge", "number and KZT amount", "number
 * and each bank's share". Elsewhere the word stays unknown to the vocabulary, since it is as often the
 * label of a column ("month number", "ISO week number", "weekday number and count") or a thing never
 * shown ("card number"): only after "by" / "in" (the basis of a share or a ranking), "total" or a
 * pronoun of the things named, or listed with an amount or a share, is it read as the word "count".
 */
export function readCountNumbers(items: readonly Item[]): Item[] {
  return items.map((item, i) => {
    if (item.kind !== 'unknown' || !COUNT_NUMBER_WORDS.includes(item.text)) return item;
    const opens = item.commaBefore === true || item.clauseBefore === true;
    const before = items[i - 1];
    const said = !opens && (kindOf(before) === 'total' || COUNTED_BY_WORDS.includes(before?.text ?? ''));
    // (A label's word, "month number and amount", stays the label's.)
    const b = stepOver(items, i, -1);
    const labels = ['dimension', 'timeUnit', 'bucket'].includes(kindOf(items[b]) ?? '');
    const a = stepOver(items, i, 1);
    let shareAt = stepOver(items, a, 1);
    while (kindOf(items[shareAt]) === 'groupBy' || kindOf(items[shareAt]) === 'dimension')
      shareAt = stepOver(items, shareAt, 1);
    const listed =
      (!labels || opens) &&
      ((kindOf(items[a]) === 'conjunction' &&
        (moneyAt(items, stepOver(items, a, 1)) || kindOf(items[shareAt]) === 'share')) ||
        (kindOf(items[b]) === 'conjunction' && moneyAt(items, stepOver(items, b, -1))));
    if (!said && !listed) return item;
    return { ...item, kind: 'meaning', meaning: { kind: 'count', strength: 'strong' } };
  });
}
