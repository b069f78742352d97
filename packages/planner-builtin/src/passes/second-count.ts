import type { DraftFilter } from '../draft.js';
import { ALL_WORDS, COUNT_OF_THEM, IN_ALL_WORDS } from '../vocabulary/index.js';
import { definePass, isHowMany, isKind, isPeriodWord, type Slot } from './reading.js';
import { filterOf } from './share.js';

/** A word of the whole: "in total", "all", «всего», «барлығы». */
const isWholeWord = (s: Slot | undefined) =>
  isKind(s, 'total') || ALL_WORDS.includes(s?.item.text ?? '') || IN_ALL_WORDS.includes(s?.item.text ?? '');

const isFilterValue = (s: Slot | undefined) => isKind(s, 'value') || isKind(s, 'notValue');

/**
 * "How many cards paid in yuan this quarter, and how many in any foreign currency?", "How many payments
 * in Almaty last month and how many in Astana?", «шетелде қанша карта қолданылды және барлығы қанша
 * карта»: the question word said again after "and", with conditions of its own, asks the same figure of
 * other payments — it was one figure under both clauses' conditions together (yuan AND foreign), the
 * two cities added up, or a total of money for "all".
 * - the values of one column in each clause, side by side: a row for each (as "Almaty vs Astana");
 * - the whole after a part ("and how many in total", a wider set of the same column, "of them" before
 *   a part): both figures, as "of which" gives them;
 * - anything else: asked back. The same question of another period is the repeated-question pass's.
 */
export const readSecondCount = definePass(({ slots, draft }) => {
  const first = slots.findIndex(isHowMany);
  if (first < 0) return;
  let second = -1;
  // The first slot of the second clause, and where the first ends (its joiner, if one is said, between).
  let clause = -1;
  let cut = -1;
  for (let k = first + 1; k < slots.length && second < 0; k++) {
    if (!isHowMany(slots[k]) && !(isKind(slots[k], 'count') && COUNT_OF_THEM.includes(slots[k]!.item.text)))
      continue;
    // (Kazakh says the whole before the question word: «және барлығы қанша».)
    let b = k - 1;
    while (b > first && (slots[b]!.item.kind === 'stop' || isWholeWord(slots[b]))) b--;
    if (isKind(slots[b], 'conjunction')) {
      second = k;
      cut = b;
      clause = b + 1;
      continue;
    }
    // («…, а сколько в Астане?», «…, ал Таразда қанша?», «…, Таразда қанша?»: the clause a comma opens,
    // «а» / «ал» may join — Kazakh says its values before the question word.)
    let c = k - 1;
    while (
      c > first &&
      !slots[c + 1]!.item.commaBefore &&
      (slots[c]!.item.kind === 'stop' || isWholeWord(slots[c]) || isFilterValue(slots[c]))
    )
      c--;
    if (c > first && slots[c + 1]!.item.commaBefore) {
      second = k;
      clause = cut = c + 1;
    } else if (c > first && isKind(slots[c], 'followUp') && slots[c]!.item.commaBefore) {
      second = k;
      cut = c;
      clause = c + 1;
    }
  }
  if (second < 0) return;
  const before = slots.slice(0, cut);
  const after = slots.slice(clause);
  if (after.some(isPeriodWord) || after.some((s) => s.item.kind === 'number')) return;
  // (A noun of its own after it counts something else: "how many payments and how many cards".)
  // ("by Kaspi cards": the cards of a value say which payments.)
  const counted = (xs: readonly Slot[]) =>
    xs.flatMap((s, k) =>
      isKind(s, 'entity') && !(s.item.meaning.entity === 'cards' && isFilterValue(xs[k - 1]))
        ? [s.item.meaning.entity]
        : [],
    );
  const nouns = counted(after);
  if (nouns.length > 0 && !nouns.every((n) => counted(before).includes(n))) return;
  // ("by Kaspi cards": "by" before a value says whose, no breakdown.)
  const plain = (s: Slot, k: number) => isPlain(s) || (isKind(s, 'groupBy') && isFilterValue(after[k + 1]));
  if (after.some((s, k) => !isFilterValue(s) && !isWholeWord(s) && !isKind(s, 'count') && !plain(s, k)))
    return;
  const partValues = before.filter(isFilterValue);
  const ownValues = after.filter(isFilterValue);
  const whole = after.some(isWholeWord);
  const ofThem = COUNT_OF_THEM.includes(slots[second]!.item.text);
  const filtersOf = (xs: readonly Slot[]) =>
    [...new Set(xs.map((s) => filterOf(draft.filters, s)))].filter((f): f is DraftFilter => f !== undefined);
  const ofWhich = (part: readonly DraftFilter[]) => {
    if (part.length === 0 || draft.share || draft.compare || draft.ofWhich) {
      draft.issues.push({ kind: 'unsupported', what: 'two_counts' });
      return;
    }
    for (const f of draft.filters) f.role = part.includes(f) ? 'subset' : 'base';
    draft.share = true;
    draft.ofWhich = true;
    for (const [k, s] of after.entries())
      if (isKind(s, 'count') || isWholeWord(s) || plain(s, k)) s.used = true;
  };
  // "and how many of them in yuan": the part after.
  if (ofThem && ownValues.length > 0 && !whole) return ofWhich(filtersOf(ownValues));
  if (ofThem) return;
  // "and how many in total", «және барлығы қанша»: the whole after the part.
  if (whole && ownValues.length === 0) return ofWhich(filtersOf(partValues));
  if (ownValues.length === 0) return;
  // ("USD payments …: how many, and how many dollars?": the values said again are no other payments —
  // "how many dollars" is their money; it made a row per currency.)
  const valuesOf = (xs: readonly Slot[]) =>
    new Set(
      xs.flatMap((s) =>
        isFilterValue(s) ? s.item.meaning.values.map((v) => `${s.item.meaning.column}=${v}`) : [],
      ),
    );
  const partSet = valuesOf(partValues);
  if ([...valuesOf(ownValues)].every((v) => partSet.has(v))) return;
  const columnOf = (s: Slot) => (isFilterValue(s) ? s.item.meaning.column : null);
  const columns = new Set([...partValues, ...ownValues].map(columnOf));
  if (!whole && columns.size === 1) {
    const [column] = columns;
    const positive = [...partValues, ...ownValues].every((s) => isKind(s, 'value'));
    // "in Almaty … and how many in Astana": a row for each.
    if (positive && partValues.length > 0 && column && !draft.dimensions.includes(column)) {
      draft.dimensions.push(column);
      slots[second]!.used = true;
      return;
    }
    // "in yuan … and how many in any foreign currency": the wider set after the part within it.
    const [part] = partValues;
    const [wider] = ownValues;
    if (
      partValues.length === 1 &&
      ownValues.length === 1 &&
      isKind(part, 'value') &&
      isKind(wider, 'notValue') &&
      part.item.meaning.values.every(
        (v) => isKind(wider, 'notValue') && !wider.item.meaning.values.includes(v),
      )
    )
      return ofWhich(filtersOf([part]));
  }
  draft.issues.push({ kind: 'unsupported', what: 'two_counts' });
});

/** A word that says nothing of which payments: a stop word, a verb of paying read as one, a conjunction. */
function isPlain(s: Slot): boolean {
  return s.item.kind === 'stop' || isKind(s, 'occurs') || isKind(s, 'entity') || isKind(s, 'conjunction');
}
