import type { Draft } from '../draft.js';
import type { Measure } from '../frame.js';
import { AVERAGE_PER_UNIT, PER_STOPS } from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { definePass, isKind, opensClause, type Slot } from './reading.js';
import { uniqueMeasures } from './settle-measures.js';

type PerUnit = 'hour' | 'day' | 'week' | 'month';
const PER_UNITS: readonly string[] = ['hour', 'day', 'week', 'month'];

/** Kazakh dative of a unit: «күніне», «айына», «аптасына» (per day / month / week). */
const KAZAKH_PER = /(іне|ына|сына|сіне)$/;
/** Words for money spent in total (not one payment's amount): an average of them is per period. */
const TOTAL_MONEY =
  /^(spend|spent|spending|turnover|volume|revenue|оборот|выручк|трат|расход|айналым|шығын|түсім)/;

/**
 * "average daily spend", "transactions per day on average", «среднее количество операций в день»,
 * «средний дневной оборот», «күніне орташа айналым»: the total or the count divided by the days
 * (hours, weeks, months) that have transactions — one figure, or one per group of a coarser
 * breakdown ("average daily spend by month"). Only for an average of a count or of money spent in
 * total: "average transaction amount per day" stays a timeline of the average payment.
 */
export const readPerPeriod = definePass(({ slots, draft }) => {
  const avg = draft.measures.findIndex((m) => m.fn === 'avg');
  if (avg < 0) return;
  // "how many payments … on average", «сколько в среднем операций»: a count of named transactions, no
  // amount («сколько в среднем в день?» names nothing to count, and is asked back).
  const ofCounts =
    (draft.hasEntity || draft.countable) &&
    (draft.issues.some((i) => i.kind === 'avg_of_counts') ||
      (slots.some((s) => isKind(s, 'count')) &&
        !slots.some((s) => isKind(s, 'amount') || isKind(s, 'check'))));
  const ofTotals = slots.some((s) => isKind(s, 'amount') && TOTAL_MONEY.test(s.item.text));
  if (!ofCounts && !ofTotals) return;
  // ("Hourly profile of restaurant spending: average check per hour of the day": the average check is
  // the average payment, whatever spending is named around it.)
  const { prev } = cursor(slots);
  if (slots.some((s, k) => isKind(s, 'check') && isKind(slots[prev(k)], 'aggregate'))) return;
  const per = perUnitOf(slots);
  if (!per) return;
  for (const k of per.at) slots[k]!.used = true;
  draft.dimensions = draft.dimensions.filter((d) => d !== per.unit);
  draft.issues = draft.issues.filter((i) => i.kind !== 'avg_of_counts' && i.kind !== 'ambiguous_measure');
  // "average daily spend", «күніне орта есеппен қанша сомаға»: the average is of an amount (a sum) when
  // one is named, even when the words left it unbound.
  const of = ofTotals || slots.some((s) => isKind(s, 'amount')) ? 'sum' : 'count';
  const replaced: Measure[] = draft.measures.map((m) =>
    m.fn === 'avg' || m.fn === of ? { fn: 'per_period', of, unit: per.unit } : m,
  );
  draft.measures = uniqueMeasures(replaced);
  for (const k of activePeriodsNote(slots, draft, per.unit)) slots[k]!.used = true;
});

/**
 * "(days with withdrawals only)", «(считаем только дни, когда были снятия)», "(average over the days
 * that had transactions)": a note, in brackets or a clause of its own, that the average is over the
 * periods with payments — which is how it is taken. Its slots, when every word of it is the unit, a
 * stop word, "only", "average" or the payments the question is about; else none.
 */
function activePeriodsNote(slots: readonly Slot[], draft: Draft, unit: PerUnit): number[] {
  const filtered = (s: Slot) =>
    isKind(s, 'value') &&
    draft.filters.some(
      ({ filter }) =>
        filter.kind === 'values' &&
        filter.column === s.item.meaning.column &&
        s.item.meaning.values.every((v) => filter.values.includes(v)),
    );
  const fits = (s: Slot) =>
    s.item.kind === 'stop' ||
    isKind(s, 'only') ||
    (isKind(s, 'aggregate') && s.item.meaning.fn === 'avg') ||
    (isKind(s, 'entity') && s.item.meaning.entity === 'transactions') ||
    filtered(s);
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!;
    if (s.used || !isKind(s, 'timeUnit') || s.item.meaning.unit !== unit) continue;
    let from = i;
    while (from > 0 && !opensClause(slots[from])) from--;
    let to = i + 1;
    while (to < slots.length && !opensClause(slots[to])) to++;
    if (from === 0 && !opensClause(slots[0])) continue;
    const span = slots.slice(from, to).map((_, k) => from + k);
    // (A word besides the unit: "(days)" alone is no note.)
    const said = span.some((k) => k !== i && !slots[k]!.used && slots[k]!.item.kind !== 'stop');
    if (said && span.every((k) => k === i || fits(slots[k]!))) return span;
  }
  return [];
}

/** The unit an average is "per", and the slots that say so. */
function perUnitOf(slots: readonly Slot[]): { unit: PerUnit; at: number[] } | null {
  const { prev, stopBefore } = cursor(slots);
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!;
    // "daily", «дневной», «күнделікті»: a bucket word next to an average is "per day".
    if (isKind(s, 'bucket') && PER_UNITS.includes(s.item.meaning.dimension))
      return { unit: s.item.meaning.dimension as PerUnit, at: [i] };
    // «среднедневной оборот», «среднемесячное количество»: the average and its unit in one word.
    if (isKind(s, 'aggregate')) {
      const unit = AVERAGE_PER_UNIT.find(([stem]) => s.item.text.startsWith(stem))?.[1];
      if (unit) return { unit, at: [] };
    }
    if (!isKind(s, 'timeUnit') || !PER_UNITS.includes(s.item.meaning.unit)) continue;
    const unit = s.item.meaning.unit as PerUnit;
    const p = prev(i);
    if (isKind(slots[p], 'groupBy') && slots[p]!.item.text === 'per') return { unit, at: [i, p] };
    // "on an average day", «в средний день»: the unit the average is taken over.
    if (isKind(slots[p], 'aggregate') && slots[p]!.item.meaning.fn === 'avg' && !s.used)
      return { unit, at: [i] };
    if (PER_STOPS.includes(stopBefore(i) ?? '') && !s.used) return { unit, at: [i] };
    if (KAZAKH_PER.test(s.item.text)) return { unit, at: [i] };
  }
  return null;
}
