import type { Item } from './lexicon.js';
import { CORRECTION_CONTINUERS, CORRECTION_OPENERS } from './vocabulary/index.js';

/**
 * Self-corrections of a question said aloud: "in almaty no wait shymkent", «за октябрь ой за ноябрь»,
 * «алматыда жоқ астанада» (in Almaty — no — in Astana). The word of correction between two things of
 * one kind — two values of a column, two months, two numbers — takes back the first: only the second is
 * read. With anything else on either side ("payments with no wallet", «нет кошелька») the words are
 * read as before.
 */
export function applyCorrections(items: readonly Item[]): Item[] {
  let out = [...items];
  for (let i = 0; i < out.length; i++) {
    if (!CORRECTION_OPENERS.includes(out[i]!.text)) continue;
    let j = i;
    while (CORRECTION_CONTINUERS.includes(out[j + 1]?.text ?? '')) j++;
    const left = group(out, i, -1);
    const right = group(out, j, +1);
    if (!left || !right) continue;
    // («за этот месяц ой нет за прошлый»: the period's word said once, before — the new modifier takes
    // the old one's place beside it.)
    if (left.kind === 'period' && right.kind === 'modifier') {
      out = [
        ...out.slice(0, left.from),
        out[right.from]!,
        ...out.slice(left.from + 1, left.to + 1),
        ...out.slice(right.to + 1),
      ];
      i = left.from;
      continue;
    }
    if (left.kind !== right.kind) continue;
    out = [...out.slice(0, left.from), ...out.slice(left.to + 1, i), ...out.slice(j + 1)];
    i = left.from - 1;
  }
  return out;
}

/** What an item names, for telling whether a correction replaces it with one of the same kind. */
function kindOf(it: Item | undefined): string | null {
  if (!it) return null;
  if (it.kind === 'number') return 'number';
  if (it.kind === 'date') return 'date';
  if (it.kind !== 'meaning') return null;
  const m = it.meaning;
  if (m.kind === 'value' || m.kind === 'notValue') return `value:${m.column}`;
  if (m.kind === 'monthName') return 'month';
  if (m.kind === 'relativeDay' || m.kind === 'period') return 'period';
  return null;
}

/**
 * The thing next to the correction word, walking away from it (`step` −1 before, +1 after) over stop
 * words: a value, a month, a number (a number with its unit word, «двадцать пятый год»), its span.
 */
function group(
  items: readonly Item[],
  at: number,
  step: -1 | 1,
): { kind: string; from: number; to: number } | null {
  let k = at + step;
  while (items[k]?.kind === 'stop') k += step;
  const it = items[k];
  if (!it) return null;
  const isNumber = (x: Item | undefined) =>
    x?.kind === 'number' || (x?.kind === 'meaning' && x.meaning.kind === 'number');
  const meaningKind = (x: Item | undefined) => (x?.kind === 'meaning' ? x.meaning.kind : null);
  // ("top three no top five": a ranking's size with its word.)
  if (step === -1 && isNumber(it) && meaningKind(items[k - 1]) === 'top')
    return { kind: 'top', from: k - 1, to: k };
  if (step === 1 && meaningKind(it) === 'top' && isNumber(items[k + 1]))
    return { kind: 'top', from: k, to: k + 1 };
  // («осы жылы жоқ өткен жылы», "this month no last month": a relative period, its modifier and unit; said
  // again with the modifier alone, «ой нет за прошлый», the unit is the one before.)
  if (step === -1 && meaningKind(it) === 'timeUnit' && meaningKind(items[k - 1]) === 'periodModifier')
    return { kind: 'period', from: k - 1, to: k };
  if (step === 1 && meaningKind(it) === 'periodModifier')
    return meaningKind(items[k + 1]) === 'timeUnit'
      ? { kind: 'period', from: k, to: k + 1 }
      : { kind: 'modifier', from: k, to: k };
  // («за двадцать пятый год ой нет за двадцать шестой»: the unit word after the number.)
  if (
    step === -1 &&
    it.kind === 'meaning' &&
    it.meaning.kind === 'timeUnit' &&
    items[k - 1]?.kind === 'number'
  )
    return { kind: 'number', from: k - 1, to: k };
  const kind = kindOf(it);
  if (kind === null) return null;
  return { kind, from: k, to: k };
}
