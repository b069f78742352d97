import type { Dimension } from '../frame.js';
import {
  DISTRIBUTION_STEMS,
  EACH_GROUP_WORDS,
  EACH_OF_LINKS,
  HAD_PARTICIPLES,
  ONE_PAYMENT_WORDS,
  PLURAL_DAYS,
  WHICH_WORDS,
  WITH_WORDS,
  YEAR_ABBREVIATIONS,
} from '../vocabulary/index.js';
import { isPluralWord } from '../word-forms.js';
import { cursor } from './cursor.js';
import {
  addDimension,
  definePass,
  isHowMany,
  isKind,
  isPeriodWord,
  meaningOf,
  type Slot,
} from './reading.js';
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
  // "for each of the last 7 days", «за каждый из последних 7 дней»: each unit of the period read
  // already is a row (it was one total over the period, "each" passed over).
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'groupBy') || slot.item.meaning.after) return;
    // («за каждый из …»: the preposition read with it.)
    const eachWord = slot.item.text.split(' ').at(-1)!;
    if (!EACH_GROUP_WORDS.includes(eachWord) || eachWord === 'per') return;
    let k = i + 1;
    while (slots[k]?.item.kind === 'stop' && EACH_OF_LINKS.includes(slots[k]!.item.text)) k++;
    if (k === i + 1 || !isKind(slots[k], 'periodModifier') || !slots[k]!.used) return;
    let u = k + 1;
    while (slots[u]?.item.kind === 'number' && slots[u]!.used) u++;
    const unitSlot = slots[u];
    if (!isKind(unitSlot, 'timeUnit') || !unitSlot.used || unitSlot.item.meaning.unit === 'year') return;
    addDimension(r, hourOf(unitSlot.item.meaning.unit) as Dimension, u);
    slot.used = true;
  });
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
    // ("Top 3 categories by FY2025 turnover": "year 2025" names the year the ranking's total is over,
    // not a row per year.)
    const named = slots[i + 1];
    if (
      unit === 'year' &&
      !isPluralWord(slot.item.text) &&
      named?.item.kind === 'number' &&
      named.used &&
      !named.item.commaBefore &&
      // (not "by year 2024 and 2025", "by year 2024–2025": a row for each year listed)
      !isKind(slots[i + 2], 'conjunction') &&
      slots[i + 2]?.item.kind !== 'number'
    ) {
      slot.used = true;
      return;
    }
    const p = prev(i);
    const after = slots[next(i)];
    // "by currency and quarter", «по банкам и месяцам», "bank x month", «ай және санат бойынша», «город ×
    // месяц»: a unit joined to a column word of a breakdown is a breakdown by both (the unit was not
    // understood).
    const joinedTo = (c: number, d: number) =>
      isKind(slots[c], 'conjunction') && isKind(slots[d], 'dimension');
    const byAfter = (d: number) => {
      const m = meaningOf(slots[next(d)]);
      return m?.kind === 'groupBy' && m.after === true;
    };
    const byBefore = (d: number) =>
      isKind(slots[prev(d)], 'groupBy') ||
      byAfter(d) ||
      slots[p]!.item.text === 'x' ||
      slots[p]!.item.text === '×';
    if (joinedTo(p, prev(p)) && byBefore(prev(p))) {
      addDimension(r, hourOf(unit) as Dimension, i);
      slot.used = true;
      slots[p]!.used = true;
      return;
    }
    const kazakhBy = slots[next(next(next(i)))];
    if (
      joinedTo(next(i), next(next(i))) &&
      isKind(kazakhBy, 'groupBy') &&
      kazakhBy.item.meaning.after === true
    ) {
      addDimension(r, hourOf(unit) as Dimension, i);
      slot.used = true;
      slots[next(i)]!.used = true;
      return;
    }
    // "Rank the months of 2025 by turnover, highest first", «Месяцы 2026 года по возрастанию количества»,
    // «2025 жылғы тоқсандарды … кему ретімен»: the units named as what is put in order are the rows.
    const ordered = slots.some(
      (o) => isKind(o, 'largestFirst') || isKind(o, 'smallestFirst') || isKind(o, 'sortBy'),
    );
    // (Not "by hour, ascending": a breakdown asked with "by" keeps its own reading.)
    const counted =
      slots[p]?.item.kind === 'number' ||
      isKind(slots[p], 'periodModifier') ||
      isKind(slots[p], 'groupBy') ||
      isKind(after, 'groupBy');
    if (ordered && !counted && isPluralWord(slot.item.text) && unit !== 'year') {
      addDimension(r, hourOf(unit) as Dimension, i);
      slot.used = true;
      // (…ordered by their measure, as asked, not in time order.)
      for (const o of slots) {
        if (isKind(o, 'largestFirst')) r.draft.largestFirst = true;
        else if (isKind(o, 'smallestFirst')) r.draft.smallestFirst = true;
        else continue;
        o.used = true;
      }
      return;
    }
    // "quarter by quarter", "hour by hour", «месяц за месяцем»: a row for each.
    const again = slots[next(next(i))];
    if (
      isKind(after, 'groupBy') &&
      after.item.text === 'by' &&
      isKind(again, 'timeUnit') &&
      again.item.meaning.unit === unit
    ) {
      addDimension(r, hourOf(unit) as Dimension, i);
      slot.used = true;
      after.used = true;
      again.used = true;
      return;
    }
    // «айдың күндері бойынша — әр күнге саны», "by day of the week, the count for each day": each day
    // of the cycle already asked for, not a row for every calendar day besides.
    const cycleOfDays = slots.some((o) => {
      const m = meaningOf(o);
      return (
        o !== slot &&
        (m?.kind === 'dimension' || m?.kind === 'bucket') &&
        (m.dimension === 'day_of_month' || m.dimension === 'weekday')
      );
    });
    // (Only "each" / «әр»: "by weekday, split by day" is asked back.)
    const eachText = slots[p]?.item.text ?? '';
    const eachWord = EACH_GROUP_WORDS.includes(eachText) && eachText !== 'per';
    if (isKind(slots[p], 'groupBy') && eachWord && unit === 'day' && cycleOfDays) {
      slot.used = true;
      slots[p]!.used = true;
      return;
    }
    if (isKind(slots[p], 'groupBy') && !slots[p]!.item.meaning.after) {
      addDimension(r, hourOf(slot.item.meaning.unit) as Dimension, i);
      slot.used = true;
      slots[p]!.used = true;
      // ("… for each month", «әр айдың …»: each period, which two compared ones may already be — not
      // when a breakdown is said besides: "grown every month? … monthly spending".)
      const bucketSaid = slots.some((o) => isKind(o, 'bucket'));
      if (eachWord && !bucketSaid) r.draft.eachPeriod ??= true;
      else r.draft.eachPeriod = false;
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
      r.draft.eachPeriod = false;
      addDimension(r, hourOf(slot.item.meaning.unit) as Dimension, i);
      slot.used = true;
      after.used = true;
    } else if (
      isKind(slots[i - 1], 'grammaticalNumber') ||
      WHICH_WORDS.includes(stopBefore(i) ?? '') ||
      // ("Which single day had the most …", "on which day")
      (ONE_PAYMENT_WORDS.includes(stopBefore(i) ?? '') && WHICH_WORDS.includes(stopBefore(i - 1) ?? '')) ||
      isKind(slots[p], 'superlative') ||
      // ("hour with the most Google Pay transactions", «час с наименьшим количеством операций», «день с
      // максимальным оборотом»: the unit the superlative after "with" ranks.)
      // (Alone: "for each month — the hour with the most …" is a ranking within each month, not done.)
      (WITH_WORDS.includes(slots[i + 1]?.item.text ?? '') &&
        isKind(slots[i + 2], 'superlative') &&
        r.draft.dimensions.length === 0) ||
      // ("best quarter by turnover", «лучший квартал по обороту»: the periods ranked.)
      (isKind(slots[p], 'top') && slots[p]!.item.meaning.direction === 'desc') ||
      // «ең қарбалас 3 сағат», "the 3 busiest hours": a number between the superlative and the unit.
      // ("Top 5 days of November by amount": the days ranked.)
      (slots[p]?.item.kind === 'number' &&
        (isKind(slots[prev(p)], 'superlative') ||
          isKind(slots[prev(p)], 'top') ||
          rankedHours(slots, p, slot.item.meaning.unit)))
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
    } else if (daysKept(slots, i)) {
      // ("Days in October 2025 with fewer than 240 transactions", «Дни ноября 2025, где строк больше
      // 330», «… 300-ден көп болған күндер»: the days a condition keeps, each a row.)
      addDimension(r, 'day', i);
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

/**
 * Days in the plural that open the question («Дни ноября, где …») or that a Kazakh participle of having
 * describes («… болған күндер»), with a comparison said and nothing counting them ("how many days …" counts
 * the days that pass).
 */
function daysKept(slots: readonly Slot[], i: number): boolean {
  const slot = slots[i]!;
  if (!PLURAL_DAYS.includes(slot.item.text)) return false;
  // (…or a clause of its own: "Gap check for October 2025: days with fewer than …")
  let start = i;
  while (start > 0 && !slots[start]!.item.clauseBefore) start--;
  // (…after clauses that hold no more than a period and words the coverage check reads: no second question.)
  const lead = (s: Slot) =>
    s.item.kind === 'stop' ||
    s.item.kind === 'unknown' ||
    s.item.kind === 'number' ||
    isPeriodWord(s) ||
    isKind(s, 'timeUnit') ||
    isKind(s, 'monthName');
  const opens =
    slots.slice(start, i).every((s) => s.item.kind === 'stop') && slots.slice(0, start).every(lead);
  // («300-ден көп болған күндер», «50 млн-нан асқан күндер»: a participle of having, or the comparison's own.)
  const before = slots[i - 1];
  const had =
    (before?.item.kind === 'stop' && HAD_PARTICIPLES.includes(before.item.text)) ||
    (isKind(before, 'comparator') && before.item.meaning.after === true);
  // («… асқан күндер саны», the number of days: counted, not rows.)
  const counted = isKind(slots[i + 1], 'count');
  return (opens || had) && !counted && slots.some((s) => isKind(s, 'comparator')) && !slots.some(isHowMany);
}
