import type { Item } from './lexicon.js';
import { BLANK_WORDS, FILLED_WORDS, NOT_FILLED_LEADS, VALUE_WORDS } from './vocabulary/index.js';

/** The columns that may be blank (NULL), as the vocabulary names them. */
const NULLABLE = new Set(['wallet_type', 'pos_entry_mode']);

/**
 * Blank and filled columns, as data stewards ask about them: "rows with no pos_entry_mode", «пустые
 * значения способа ввода», «енгізу тәсілі бос жолдар», «с пустым wallet_type», «толтырылған». A word of
 * blankness right beside the word of a column that may be blank (values words between) is one condition:
 * the column is NULL, or not. Anywhere else the word stays what it was (not understood: asked back).
 */
export function readBlanks(items: readonly Item[]): Item[] {
  const out = [...items];
  for (let i = 0; i < out.length; i++) {
    const text = out[i]!.text;
    // («wallet_type не заполнен»: filled, negated — blank.)
    const notFilled = FILLED_WORDS.includes(text) && NOT_FILLED_LEADS.includes(out[i - 1]?.text ?? '');
    const present = notFilled
      ? false
      : FILLED_WORDS.includes(text)
        ? true
        : BLANK_WORDS.includes(text)
          ? false
          : null;
    if (present === null || out[i]!.kind === 'meaning') continue;
    // ("by wallet, blanks as their own row": a word of blankness that opens a list item is not of the
    // column before the comma.)
    const opens =
      out[i]!.commaBefore === true || out[i]!.clauseBefore === true || out[i]!.dashBefore === true;
    for (const step of opens ? ([1] as const) : ([1, -1] as const)) {
      // (The column before the negation: «wallet_type не заполнен».)
      let k = notFilled && step === -1 ? i - 2 : i + step;
      while (out[k] && VALUE_WORDS.includes(out[k]!.text)) k += step;
      const it = out[k];
      const column =
        it?.kind === 'meaning' && it.meaning.kind === 'dimension' && NULLABLE.has(it.meaning.dimension)
          ? (it.meaning.dimension as 'wallet_type' | 'pos_entry_mode')
          : null;
      if (!column) continue;
      let [from, to] = step === 1 ? [i, k] : [k, i];
      // («бос мәндердің»: the values word after the blank word, too.)
      while (VALUE_WORDS.includes(out[to + 1]?.text ?? '')) to++;
      while (VALUE_WORDS.includes(out[from - 1]?.text ?? '')) from--;
      const first = out[from]!;
      const merged: Item = {
        kind: 'meaning',
        meaning: { kind: 'presence', column, present },
        text: out
          .slice(from, to + 1)
          .map((x) => x.text)
          .join(' '),
        ...(first.clauseBefore ? { clauseBefore: true as const } : {}),
        ...(first.commaBefore ? { commaBefore: true as const } : {}),
      };
      out.splice(from, to - from + 1, merged);
      i = from;
      break;
    }
  }
  return out;
}
