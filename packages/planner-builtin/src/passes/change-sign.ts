import {
  CHANGE_NOUN,
  DECLINE,
  KAZAKH_PARTICIPLE,
  KAZAKH_WHICH,
  PERCENT_WORD,
  RELATIVE_OPENERS,
  RUSSIAN_WHICH,
  THAN_WORDS,
  THAT_WORDS,
  WHICH_WORDS,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { definePass, isKind, type Slot } from './reading.js';

/** «қарағанда» (than): Kazakh puts the comparison after it. */
const KAZAKH_THAN = 'қарағанда';
/** Words of a rise: "grew", "increased", «выросли», «прирост», «өсті», «өскендерін». */
const GROWTH =
  /^(grew|grow|grown|growth|increas|rose|risen|climb|went up|вырос|выросл|рост|прирост|увелич|өс)/;

/**
 * A word of a change with its sign: "grew", «выросли», «өсті» up; "fell", «просели», «төмендеді» down.
 * A change with no sign ("changed", «изменился», «өзгерді») is neither: no group is kept by it.
 */
function changeWord(s: Slot | undefined): 'up' | 'down' | null {
  if (!s) return null;
  if (DECLINE.test(s.item.text)) return 'down';
  if (isKind(s, 'compare') && s.item.meaning.change === true && GROWTH.test(s.item.text)) return 'up';
  return null;
}

/**
 * The change word after "only" at k, across the stop words between ("only those that fell", where
 * "fell" is itself a stop word), or -1.
 */
export function changeAfter(slots: readonly Slot[], k: number): number {
  for (let j = k + 1; j < slots.length && j <= k + 4; j++) {
    if (changeWord(slots[j]) !== null) return j;
    if (slots[j]!.item.kind !== 'stop') return -1;
  }
  return -1;
}

/** A value that names its column too ("foreign acquirer countries"): the values asked about. */
function namesColumn(s: Slot | undefined): boolean {
  return isKind(s, 'notValue') && s.item.meaning.namesColumn === true;
}

/**
 * "Which cities' turnover grew from Q3 2025 to Q3 2026?", «в каких городах оборот вырос …», «қай
 * қалаларда … өсті?», "…, only those that grew", «тек өскендерін»: the groups kept by the sign of their
 * change between the two periods compared — every group was shown, those that fell too. Not with a
 * superlative or a top ("which city grew the most" ranks them).
 */
export const readChangeSign = definePass(({ slots, draft }) => {
  // («Жыл басынан бергі орташа чек және өткен жылдың сол кезеңіндегі орташа чек, пайыздық өзгерісімен»:
  // the measure named for each period, then "with the change in %" — both periods and the change; the
  // two named were dropped for the change alone.)
  const named = slots.filter((s) => isKind(s, 'check') || isKind(s, 'amount') || isKind(s, 'count'));
  const joined = slots.some(
    (s, k) => isKind(s, 'conjunction') && k > slots.indexOf(named[0]!) && k < slots.indexOf(named.at(-1)!),
  );
  const sameMeasure = named.length === 2 && named[0]!.item.meaning.kind === named[1]!.item.meaning.kind;
  if (
    draft.compareOutput === 'change' &&
    (draft.times.length === 2 || draft.samePeriod || draft.yearAgo) &&
    sameMeasure &&
    joined
  ) {
    delete draft.compareOutput;
    draft.growth = true;
  }
  if (!draft.compare || draft.dimensions.length === 0 || draft.top !== null || draft.share) return;
  if (slots.some((s) => isKind(s, 'superlative') || isKind(s, 'top'))) return;
  const { next } = cursor(slots);
  const which = [...WHICH_WORDS, ...KAZAKH_WHICH, ...RUSSIAN_WHICH];
  // ("Which foreign acquirer countries grew …": values describing the groups may stand between, or the
  // exclusion may name its column itself.)
  const afterValues = (k: number) => {
    let j = next(k);
    while (isKind(slots[j], 'value') || isKind(slots[j], 'notValue')) j = next(j);
    return j;
  };
  const grouping = (k: number) =>
    isKind(slots[k], 'dimension') && draft.dimensions.includes(slots[k]!.item.meaning.dimension);
  // (Also a participle of the change before the groups — «айналымы өскен қалалар», the cities whose
  // turnover grew — or a relative clause after them: "cities that grew".)
  const asked = slots.some(
    (s, k) =>
      (which.includes(s.item.text) &&
        (isKind(slots[afterValues(k)], 'dimension') || namesColumn(slots[next(k)]))) ||
      (changeWord(s) !== null && KAZAKH_PARTICIPLE.test(s.item.text) && grouping(next(k))) ||
      (grouping(k) &&
        THAT_WORDS.includes(slots[k + 1]?.item.text ?? '') &&
        changeWord(slots[k + 2]) !== null) ||
      // («банки, у которых в ноябре транзакций было меньше, чем в октябре», "banks whose …": the groups,
      // then a relative clause about them.)
      (grouping(k) && RELATIVE_OPENERS.includes(slots[k + 1]?.item.text ?? '')),
  );
  // (The sign's word alone asks for both periods, not the change in % too: that needs a word of its own.)
  // ("Which cities grew …? Only the ones that grew": the verb of the same sign said again is no word of
  // its own; a noun of the change, "growth", «прирост», is.)
  const restated = (s: Slot, at: Slot) => changeWord(s) === changeWord(at) && !CHANGE_NOUN.test(s.item.text);
  const signOnly = (at: Slot) => {
    const others = slots.some(
      (s) => s !== at && isKind(s, 'compare') && s.item.meaning.change === true && !restated(s, at),
    );
    if (!others && !slots.some((s) => PERCENT_WORD.test(s.item.text)) && draft.compareOutput === undefined)
      delete draft.growth;
  };
  // ("…? Only those that grew": said so, first; else the verb of a which-question.)
  const only = slots.findIndex((s, k) => isKind(s, 'only') && changeAfter(slots, k) >= 0);
  if (only >= 0) {
    const at = changeAfter(slots, only);
    draft.changeSign = changeWord(slots[at])!;
    slots[only]!.used = slots[at]!.used = true;
    signOnly(slots[at]!);
    return;
  }
  const verb = asked ? slots.find((s) => changeWord(s) !== null) : undefined;
  if (verb) {
    draft.changeSign = changeWord(verb)!;
    verb.used = true;
    signOnly(verb);
    return;
  }
  // "Which banks had more transactions in October than in September?", «у каких банков операций в
  // октябре меньше, чем в сентябре»: "more" between the two periods keeps the groups where the one
  // named first has more — every group was shown.
  const than = slots.findIndex((s) => THAN_WORDS.includes(s.item.text));
  const more = slots.find(
    (s, k) =>
      isKind(s, 'comparator') &&
      !s.item.meaning.weak &&
      (s.item.meaning.op === '>' || s.item.meaning.op === '<') &&
      // (Kazakh says it after: «қарашада қазанға қарағанда … аз болды», fewer in November than October.)
      (k < than || (than >= 0 && slots[than]!.item.text === KAZAKH_THAN && k > than)) &&
      slots[next(k)]?.item.kind !== 'number',
  );
  if (asked && more && isKind(more, 'comparator') && draft.times.length === 2) {
    draft.changeSign = more.item.meaning.op === '>' ? 'up' : 'down';
    draft.changeSignOfFirstSaid = true;
    more.used = true;
    slots[than]!.used = true;
  }
});
