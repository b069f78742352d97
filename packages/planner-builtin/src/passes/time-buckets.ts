import type { Dimension } from '../frame.js';
import { DISTRIBUTION_STEMS, WHICH_WORDS, YEAR_ABBREVIATIONS } from '../vocabulary/index.js';
import { isPluralWord } from '../word-forms.js';
import { cursor } from './cursor.js';
import { addDimension, definePass, isKind, meaningOf, type Slot } from './reading.js';
import { rankedHours } from './relative-periods.js';

/**
 * Time buckets: "by month", «по дням», "each week", "daily", Kazakh «ай бойынша»; "which day had the
 * most…" and "the busiest days" ask for the day as a column ("which hour" is an hour of the day). A «г» no date took is
 * used up: it is also the abbreviation of «город» («в г. Алматы»).
 */
export const readTimeBuckets = definePass((r) => {
  const { slots } = r;
  const { next, prev, stopBefore, valueColumnAt } = cursor(slots);
  // «распределение по часам», "hourly distribution", «сағат бойынша бөлінісі»: the shape of a day, so
  // an hour is an hour of the day (0–23), not a point on a timeline.
  const distribution = slots.some((s) => DISTRIBUTION_STEMS.some((d) => s.item.text.startsWith(d)));
  const hourOf = (unit: string) => (unit === 'hour' && distribution ? 'hour_of_day' : unit);
  slots.forEach((slot, i) => {
    if (slot.used) return;
    if (isKind(slot, 'bucket')) {
      addDimension(r, slot.item.meaning.dimension, i);
      slot.used = true;
      return;
    }
    if (!isKind(slot, 'timeUnit')) return;
    // «ең көп ақша жұмсалған күн қай күн» (the day the most was spent — which day): the unit said
    // right before "which <unit>" is that one.
    const which = meaningOf(slots[i + 1]);
    const unit = slot.item.meaning.unit;
    if (
      (which?.kind === 'bucket' && which.dimension === unit) ||
      (which?.kind === 'dimension' && which.dimension === 'hour_of_day' && unit === 'hour')
    ) {
      slot.used = true;
      return;
    }
    if (YEAR_ABBREVIATIONS.includes(slot.item.text) && valueColumnAt(next(i)) === 'merchant_city') {
      slot.used = true; // «по г. Алматы»: the city, not "by year"
      return;
    }
    const p = prev(i);
    const after = slots[next(i)];
    if (isKind(slots[p], 'groupBy') && !slots[p]!.item.meaning.after) {
      addDimension(r, hourOf(slot.item.meaning.unit) as Dimension, i);
      slot.used = true;
      slots[p]!.used = true;
    } else if (
      isKind(after, 'groupBy') &&
      after.item.meaning.after &&
      !after.used &&
      sameUnitPeriod(slots[p], slot.item.meaning.unit)
    ) {
      // «биылғы жыл бойынша» (for this year): the period named again, not a breakdown by year.
      slot.used = true;
      after.used = true;
    } else if (isKind(after, 'groupBy') && after.item.meaning.after && !after.used) {
      // Kazakh postposition: «ай бойынша» = by month.
      addDimension(r, hourOf(slot.item.meaning.unit) as Dimension, i);
      slot.used = true;
      after.used = true;
    } else if (
      isKind(slots[i - 1], 'grammaticalNumber') ||
      WHICH_WORDS.includes(stopBefore(i) ?? '') ||
      isKind(slots[p], 'superlative') ||
      // «ең қарбалас 3 сағат», "the 3 busiest hours": a number between the superlative and the unit.
      (slots[p]?.item.kind === 'number' &&
        (isKind(slots[prev(p)], 'superlative') || rankedHours(slots, p, slot.item.meaning.unit)))
    ) {
      // "Which day had the most transactions?", «В какой месяц…», "the busiest days", «самые
      // загруженные часы»; "which hour" is an hour of the day. After "by day of week" the days asked
      // about are those weekdays ("… — which days carry the most?"), not calendar days.
      const unit = slot.item.meaning.unit;
      const weekdays = slots.some((s) => isKind(s, 'dimension') && s.item.meaning.dimension === 'weekday');
      if (unit === 'day' && (weekdays || r.draft.dimensions.includes('weekday')))
        r.notes.pluralHint ??= isPluralWord(slot.item.text);
      else addDimension(r, unit === 'hour' ? 'hour_of_day' : unit, i);
      slot.used = true;
    } else if (YEAR_ABBREVIATIONS.includes(slot.item.text)) {
      slot.used = true;
    }
  });
});

/** A period of the unit right before it: «биылғы» (this year's) before «жыл» (year). */
function sameUnitPeriod(slot: Slot | undefined, unit: string): boolean {
  if (!isKind(slot, 'period')) return false;
  const range = slot.item.meaning.range;
  return (range.kind === 'this' || range.kind === 'previous') && range.unit === unit;
}
