import type { Item } from './lexicon.js';

/**
 * «оборот турагентств (MCC 4722)», "beauty salons (MCC 7230)": a word the vocabulary does not know, right
 * before an MCC code in brackets, is what the code is called — a gloss of it, as "hotel (MCC 7011)" is,
 * which the passes step over (it stood between the figure and its comparison: «Города, где оборот
 * турагентств (MCC 4722) … превысил 10 млн» filtered single payments).
 */
export function readCodeGloss(items: readonly Item[]): Item[] {
  const out = [...items];
  for (let i = 0; i + 2 < out.length; i++) {
    const [column, code] = [out[i + 1]!, out[i + 2]!];
    const glossed =
      column.kind === 'meaning' &&
      column.meaning.kind === 'dimension' &&
      column.meaning.dimension === 'merchant_mcc' &&
      column.bracketBefore === true &&
      code.kind === 'number';
    if (!glossed) continue;
    // ("beauty salons (MCC 7230)": the name may be a few words, none of them known, none after a comma.)
    for (let k = i; k > i - 3 && out[k]?.kind === 'unknown'; k--) {
      out[k] = { ...out[k]!, kind: 'meaning', meaning: { kind: 'gloss' } };
      if (out[k]!.commaBefore || out[k]!.clauseBefore) break;
    }
  }
  return out;
}
