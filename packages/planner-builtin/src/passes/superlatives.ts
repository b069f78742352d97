import { isTimeDimension } from '../frame.js';
import { samyjNumber } from '../word-forms.js';
import { cursor } from './cursor.js';
import { definePass, isKind } from './reading.js';
import { isMeasureWord, measureNamed } from './sort-by.js';

/**
 * Superlatives: with a dimension, a ranking ("the city with the most transactions": top, by count
 * when the word implies it — "most popular"); without one, the extreme of the amount ("the largest
 * transaction" = max). Also reads the grammatical number of the question (какой / какие, самый /
 * самые) for the limit of a ranking without a number.
 */
export const readSuperlatives = definePass(({ slots, draft, notes }) => {
  const measures = draft.measures;
  const { next } = cursor(slots);
  for (const slot of slots) {
    if (isKind(slot, 'grammaticalNumber') && notes.pluralHint === null)
      notes.pluralHint = slot.item.meaning.plural;
  }
  /** The clause of each slot (a full stop or a dash with spaces opens the next). */
  const clauses: number[] = [];
  for (const [i, slot] of slots.entries())
    clauses.push((clauses[i - 1] ?? 0) + (i > 0 && slot.item.clauseBefore ? 1 : 0));
  /** "highest … first" / "lowest … first": the rows of the breakdown in that order. */
  const orderRows = (direction: 'asc' | 'desc') => {
    if (direction === 'desc') draft.largestFirst = true;
    else draft.smallestFirst = true;
  };
  /** Clauses whose superlative already set the order. */
  const ordered = new Set<number>();
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'superlative')) return;
    slot.used = true;
    draft.domain = true;
    const { direction, impliesCount } = slot.item.meaning;
    const samyj = samyjNumber(slot.item.text);
    if (samyj !== null && notes.pluralHint === null) notes.pluralHint = samyj === 'plural';
    // "POS turnover by city for 2025 — want to see which city is strongest": a breakdown asked with
    // "by" in a clause before is shown whole, its strongest row first — not cut to one row.
    const byBefore = slots.some((s, k) => isKind(s, 'groupBy') && clauses[k]! < clauses[i]!);
    const byHere = slots.some((s, k) => isKind(s, 'groupBy') && clauses[k] === clauses[i]);
    // "per city, highest median first", "largest total first": the order, by the measure named (the
    // coverage check asks back when the plan's measure is another).
    const said = next(i);
    if (
      draft.dimensions.length > 0 &&
      isMeasureWord(slots[said]) &&
      // (right after it: "the least money in the first half" is a period)
      said + 1 === next(said) &&
      slots[said + 1]?.item.text === 'first' &&
      !draft.top
    ) {
      slots[said]!.used = true;
      slots[said + 1]!.used = true;
      draft.sortBy = {
        named: measureNamed([slots[said]]),
        text: `${slot.item.text} ${slots[said]!.item.text} first`,
      };
      orderRows(direction);
      return;
    }
    // (A timeline or a weekday / hour cycle stays in its own order, as a plural ranking of a cycle does.)
    // ("Sort from the highest share to the lowest": the first one named says the order.)
    if (draft.dimensions.length > 0 && byBefore && !byHere && !impliesCount) {
      if (draft.dimensions.every(isTimeDimension) || ordered.has(clauses[i]!)) return;
      ordered.add(clauses[i]!);
      orderRows(direction);
      return;
    }
    if (draft.dimensions.length > 0) {
      notes.topDirection ??= direction;
      if (impliesCount && measures.length === 0) measures.push({ fn: 'count' });
      return;
    }
    if (impliesCount) {
      draft.issues.push({ kind: 'unsupported', what: 'superlative_without_dimension' });
      return;
    }
    const extreme = direction === 'desc' ? 'max' : 'min';
    if (measures.length === 0 || measures.every((x) => x.fn === 'sum')) {
      measures.splice(0, measures.length, { fn: extreme });
    } else if (measures.some((x) => x.fn === extreme)) {
      // the same extreme named twice
    } else if (measures.every((x) => x.fn === 'min' || x.fn === 'max')) {
      // "the smallest and the largest payment", «ең кіші және ең үлкен транзакция»: both extremes.
      measures.push({ fn: extreme });
    } else {
      draft.issues.push({ kind: 'unsupported', what: 'superlative_of_measure' });
    }
  });
});
