import type { Dimension } from '../frame.js';
import { cursor } from './cursor.js';
import { definePass, isKind, type Slot } from './reading.js';

/** Words by the label that say the same ("just the weekday number", «только номер дня», "the city names"). */
const LABEL_WORDS: readonly string[] = [
  'number',
  'номер',
  'нөмірі',
  'нөмір',
  'name',
  'names',
  'название',
  'названия',
  'атауы',
];

/** The dimensions a unit or column word names as a ranking's label: "hour" is the hour of the day. */
export function labelled(slot: Slot | undefined): readonly Dimension[] {
  if (isKind(slot, 'dimension')) return [slot.item.meaning.dimension];
  if (isKind(slot, 'bucket')) return [slot.item.meaning.dimension];
  if (!isKind(slot, 'timeUnit')) return [];
  const unit = slot.item.meaning.unit;
  if (unit === 'hour') return ['hour_of_day', 'hour'];
  if (unit === 'day') return ['weekday', 'day', 'day_of_month'];
  return [unit];
}

/**
 * "Which hour has the most online purchases? just the hour", «нужен только номер дня», «тек сағатын
 * айтыңыз»: a ranking whose labels are all that is asked — shown without its measure, still ordered
 * by it. Only for a ranking of one dimension, whose word the request repeats; anything else is left
 * to the coverage check.
 */
export const readLabelsOnly = definePass(({ slots, draft }) => {
  if (!draft.top || draft.dimensions.length !== 1) return;
  const dimension = draft.dimensions[0]!;
  const { next } = cursor(slots);
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'only')) return;
    let k = next(i);
    // «только номер дня»: the number word may come first.
    const numberFirst = LABEL_WORDS.includes(slots[k]?.item.text ?? '') ? k : -1;
    if (numberFirst >= 0) k = next(k);
    const word = slots[k];
    if (!word || !labelled(word).includes(dimension)) return;
    // "top 5 only, category and count": the columns listed, the measure among them.
    if (isKind(slots[next(k)], 'conjunction')) return;
    const numberAfter = LABEL_WORDS.includes(slots[next(k)]?.item.text ?? '') ? next(k) : -1;
    for (const j of [i, k, numberFirst, numberAfter]) if (j >= 0) slots[j]!.used = true;
    draft.labelsOnly = true;
  });
});
