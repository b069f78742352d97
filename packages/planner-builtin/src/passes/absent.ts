import {
  ASKING_WHICH,
  KAZAKH_NEGATED_PAST,
  NO_WORDS,
  NONE_AT_ALL_AFTER_NOT,
  OCCURRENCE_VERBS,
} from '../vocabulary/index.js';
import { definePass, isKind, relativeColumn, type Slot } from './reading.js';

/** The index of the nearest slot before (`step` −1) or after (+1) `i` that is not a stop word. */
function neighbour(slots: readonly Slot[], i: number, step: 1 | -1): number {
  let k = i + step;
  while (k >= 0 && k < slots.length && slots[k]!.item.kind === 'stop') k += step;
  return k;
}

/**
 * "Which cities had not a single payment in lira?", "Which wallets were never used for ECOM?",
 * «Какие банки ни разу не проводили операции в белорусских рублях?», «Қай санаттарда юаньмен бірде-бір
 * операция болмады?»: the values of one column with none of the payments the rest of the question
 * describes (settled with the frame: one column, nothing ranked or compared). It runs before the
 * negation pass: the "not" of "not a single" and the «не» beside «ни разу» belong to the phrase, and the
 * values after it are what there was none of, not negated.
 */
export const readAbsent = definePass(({ slots, draft }) => {
  const marks: number[] = [];
  slots.forEach((s, i) => {
    if (s.used) return;
    if (isKind(s, 'noneAtAll')) marks.push(i);
    // "not a single transaction", "did not make a single payment", "not one payment" (a verb and "a"
    // may stand between).
    if (!isKind(s, 'negation')) return;
    const single = slots
      .slice(i + 1, i + 4)
      .findIndex((x) => NONE_AT_ALL_AFTER_NOT.includes(x.item.text.toLowerCase()));
    if (single < 0) return;
    // ("not one" is that only before what there was none of: a payment word or a value.)
    const between = slots.slice(i + 1, i + 1 + single);
    const after = slots[i + 2 + single];
    const one = slots[i + 1 + single]!.item.text.toLowerCase() === 'one';
    const verbs = between.every((x) => x.item.kind === 'stop' || x.item.kind === 'unknown');
    if (verbs && (!one || isKind(after, 'entity') || isKind(after, 'value')))
      marks.push(i, i + 1 + single, ...between.map((_, k) => i + 1 + k));
  });
  // In a "which" question, "not" before a verb of payments happening («в каких городах не было операций
  // в лирах», "which wallets were not used for ECOM"), "no" before what there was none of ("which cities
  // had no lira payments"), a Kazakh verb in the negative past («қай қалаларда лирамен операция
  // болмады?»): none of those payments, not the other ones.
  // («города, в которых не проводились операции в AMD»: a relative clause after the column asks as "which".)
  const which =
    slots.some((s) => ASKING_WHICH.includes(s.item.text.toLowerCase())) || relativeColumn(slots) >= 0;
  const kazakhVerbs = slots.flatMap((s, i) =>
    !s.used && s.item.kind === 'unknown' && KAZAKH_NEGATED_PAST.test(s.item.text) ? [i] : [],
  );
  if (which) {
    slots.forEach((s, i) => {
      if (s.used) return;
      const text = s.item.text.toLowerCase();
      const after = slots[i + 1];
      if (isKind(s, 'negation') && !s.item.meaning.after && OCCURRENCE_VERBS.includes(after?.item.text ?? ''))
        marks.push(i);
      if (NO_WORDS.includes(text) && (isKind(after, 'value') || isKind(after, 'entity'))) marks.push(i);
    });
    marks.push(...kazakhVerbs);
  }
  if (marks.length === 0) return;
  draft.absent = true;
  draft.domain = true;
  draft.anyContent = true;
  for (const i of marks) slots[i]!.used = true;
  // The verb's own "not" beside the phrase: «не было ни одной», «ни разу не проводили».
  slots.forEach((s, i) => {
    if (s.used || !isKind(s, 'negation') || s.item.meaning.after) return;
    if (marks.includes(neighbour(slots, i, 1)) || marks.includes(neighbour(slots, i, -1))) s.used = true;
  });
  // The Kazakh verb in the negative past the phrase goes with: «болмады», «кездеспеді», «жасалмаған».
  for (const i of kazakhVerbs) slots[i]!.used = true;
});

/** The groups are found by counting: with nothing else measured, a count keeps the plan whole (not shown). */
export const settleAbsent = definePass(({ slots, draft }) => {
  if (!draft.absent) return;
  // ("… and how many payments did they have?": a figure of values with none is nothing to show.)
  if (slots.some((s) => isKind(s, 'count') || isKind(s, 'amount') || isKind(s, 'aggregate')))
    draft.issues.push({ kind: 'unsupported', what: 'absent' });
  if (draft.measures.length === 0) draft.measures.push({ fn: 'count' });
});
