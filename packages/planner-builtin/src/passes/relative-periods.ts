import { UNITS_PER_YEAR } from '../calendar.js';
import type { PeriodUnit, TimeRange, TimeUnit } from '../frame.js';
import { PERIOD_UNITS } from '../frame.js';
import { INCLUDED_WORDS, RANGE_TO_WORDS } from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import type { MonthPart } from './month-parts.js';
import { definePass, isKind, numberOf, type Reading, type Slot } from './reading.js';

const isPeriodUnit = (u: TimeUnit): u is PeriodUnit => (PERIOD_UNITS as readonly string[]).includes(u);

const CYRILLIC = /[а-яёәғқңөұүһі]/;
/** Kazakh «арқылы өткен»: went through (acquirers, a wallet). */
const THROUGH = 'арқылы';
const WENT = 'өткен';

/** Default lengths of rolling periods: "past week", «за последний месяц». */
export function rollingRange(unit: TimeUnit): TimeRange {
  switch (unit) {
    case 'hour':
      return { kind: 'last_hours', n: 1 };
    case 'day':
      return { kind: 'last_hours', n: 24 };
    case 'week':
      return { kind: 'last_days', n: 7 };
    case 'month':
      return { kind: 'last_days', n: 30 };
    case 'quarter':
      return { kind: 'last_days', n: 90 };
    case 'year':
      return { kind: 'last_days', n: 365 };
  }
}

/** "the last N units": days and hours count back from now; weeks and longer are settled with the dimensions. */
export function lastN(unit: TimeUnit, n: number): TimeRange | null {
  if (unit === 'day') return { kind: 'last_days', n };
  if (unit === 'hour') return { kind: 'last_hours', n };
  if (isPeriodUnit(unit)) return { kind: 'last_units', unit, n };
  return null;
}

/** The next slot that is not a stop word (the cursor's, made once per pass). */
type Next = (i: number) => number;

/**
 * "the last 8 weeks, current week included", "(this month included)", "including the current one",
 * «(текущая тоже)», «включая текущий», «(осы айды қосқанда)»: the current unit said to be among the
 * last N, which it is (the last N units are the current one and the N − 1 before it). The slots of the
 * words right after the unit at `u` that say so, or none.
 */
function currentIncluded(slots: readonly Slot[], u: number, unit: TimeUnit, next: Next): number[] {
  const right = includedFrom(slots, next(u), unit, false, next);
  if (right.length > 0) return right;
  // («соңғы 8 апта, апта бойынша айналым (осы аптаны қосқанда)», "…, текущий месяц тоже считаем": said
  // later in the question, the unit named again.)
  for (let p = next(u); p >= 0; p = next(p)) {
    const later = includedFrom(slots, p, unit, true, next);
    if (later.length > 0) return later;
  }
  return [];
}

/** The slots from k on that say the current unit is included ("this week included"), or none. */
function includedFrom(
  slots: readonly Slot[],
  from: number,
  unit: TimeUnit,
  unitNamed: boolean,
  next: Next,
): number[] {
  const at: number[] = [];
  let k = from;
  const take = () => {
    at.push(k);
    k = next(k);
  };
  const including = (x: Slot | undefined) => INCLUDED_WORDS.includes(x?.item.text ?? '');
  const open = including(slots[k]);
  if (open) take();
  const current = slots[k];
  // "the last 7 days including today", «за 7 дней, сегодня включительно»: today is the current day.
  const today = isKind(current, 'relativeDay') && current.item.meaning.range === 'today' && !current.used;
  if (unit === 'day' && today) {
    take();
    if (!open) {
      if (!including(slots[k])) return [];
      at.push(k);
    }
    return at;
  }
  if (!isKind(current, 'periodModifier') || current.item.meaning.modifier !== 'this' || current.used)
    return [];
  take();
  const unitWord = slots[k];
  const sameUnit = isKind(unitWord, 'timeUnit') && unitWord.item.meaning.unit === unit && !unitWord.used;
  if (unitNamed && !sameUnit) return [];
  if (sameUnit || slots[k]?.item.text === 'one' || slots[k]?.item.kind === 'number') take();
  if (!open) {
    if (!including(slots[k]) && !isKind(slots[k], 'followUp')) return [];
    at.push(k);
  }
  return at;
}

/** In "this and last year", the index of the unit a modifier shares with the next one, else -1. */
function sharedUnitAfter(slots: readonly Slot[], j: number, next: Next): number {
  if (!isKind(slots[j], 'conjunction') || !isKind(slots[next(j)], 'periodModifier')) return -1;
  const u = next(next(j));
  return isKind(slots[u], 'timeUnit') ? u : -1;
}

/**
 * Periods relative to today: "today", "year to date", «за неделю»; "last 7 days", «за последние 3
 * месяца»; "this / last / past month", «за этот и прошлый год»; a number of units on its own («за 7
 * дней»). "previous" with no unit ("compared to the previous one") makes the comparison elliptical.
 */
export const readRelativePeriods = definePass((r) => {
  const { slots, draft, notes } = r;
  const { next, prev } = cursor(slots);
  const ranges = notes.timeRanges;
  // The last N days said a second time as the span before: «предыдущие 30 дней», "the 7 days before that".
  const priorSpans: { at: number; words: number[] }[] = [];
  const deferred: number[] = [];
  slots.forEach((slot, i) => {
    if (slot.used) return;
    if (isKind(slot, 'relativeDay')) {
      // «с 1 января по сегодня», "from 1 September to today": today ends the range that began, which a
      // range open at its end already includes (they were two periods, compared).
      const to = slots[prev(i)];
      const toWord = to !== undefined && RANGE_TO_WORDS.includes(to.item.text);
      const opened = ranges.some((t) => t.range.kind === 'dates' && t.range.to === null && t.at < i);
      if (slot.item.meaning.range === 'today' && toWord && opened) {
        slot.used = true;
        to.used = true;
        return;
      }
      // ("… 7 days including today", "today included": read with the last days below, if it follows them.)
      const included = (k: number) => INCLUDED_WORDS.includes(slots[k]?.item.text ?? '');
      if (slot.item.meaning.range === 'today' && (included(prev(i)) || included(next(i)))) {
        deferred.push(i);
        return;
      }
      ranges.push({ range: { kind: slot.item.meaning.range }, at: i });
      slot.used = true;
    } else if (isKind(slot, 'period')) {
      // "YTD vs last year's YTD", "MTD vs MTD last year": the period to date said again next to "last
      // year" is its twin a year back, up to the same day (it was the whole of last year).
      const { range } = slot.item.meaning;
      const lastYear = (m: number, u: number) =>
        isKind(slots[m], 'periodModifier') &&
        ['previous', 'last'].includes(slots[m]!.item.meaning.modifier) &&
        isKind(slots[u], 'timeUnit') &&
        slots[u]!.item.meaning.unit === 'year' &&
        u === next(m);
      const yearBefore = lastYear(prev(prev(i)), prev(i)) ? [prev(prev(i)), prev(i)] : null;
      const yearAfter = lastYear(next(i), next(next(i))) ? [next(i), next(next(i))] : null;
      const said = slots.some(
        (x, k) =>
          k !== i &&
          isKind(x, 'period') &&
          x.item.meaning.range.kind === 'this' &&
          range.kind === 'this' &&
          x.item.meaning.range.unit === range.unit,
      );
      const back = range.kind === 'this' ? UNITS_PER_YEAR[range.unit] : undefined;
      const lastYearSlots = yearBefore ?? yearAfter;
      if (range.kind === 'this' && back !== undefined && said && lastYearSlots) {
        for (const k of lastYearSlots) slots[k]!.used = true;
        ranges.push({
          range: { kind: 'previous', unit: range.unit, ...(back > 1 ? { back } : {}), toDate: true },
          at: i,
        });
        slot.used = true;
        return;
      }
      ranges.push({ range, at: i });
      slot.used = true;
      // ("the current year to date", «ағымдағы жылдың басынан бері»: "this" before a period of the current
      // unit only says it again.)
      const current = slots[prev(i)];
      if (
        range.kind === 'this' &&
        isKind(current, 'periodModifier') &&
        current.item.meaning.modifier === 'this' &&
        !current.used
      )
        current.used = true;
      // «ай басынан бері» (since the start of the month): "since" restates the period's open end.
      const after = slots[next(i)];
      if (isKind(after, 'since') && after.item.meaning.after === true) after.used = true;
    } else if (isKind(slot, 'samePeriod')) {
      slot.used = true;
      draft.samePeriod = true;
    } else if (isKind(slot, 'yearAgo')) {
      slot.used = true;
      draft.elliptical = true;
      draft.yearAgo = true;
      if (slot.item.meaning.unit) draft.yearAgoUnit = slot.item.meaning.unit;
    } else if (isKind(slot, 'halfWord') && slot.item.meaning.alone) {
      // «за полугодие», "(the last) half-year" with no ordinal (that would be a calendar half): six months.
      const modifier = slots[prev(i)];
      const rolling =
        isKind(modifier, 'periodModifier') &&
        (modifier.item.meaning.modifier === 'last' || modifier.item.meaning.modifier === 'past');
      if (rolling) modifier.used = true;
      // ("Half-year view: fuel turnover H1 2025 vs H1 2026": with calendar halves named, the word alone
      // says what they are — no six months of its own.)
      const halvesNamed = slots.some((x) => isKind(x, 'halfName'));
      if (rolling || !halvesNamed)
        ranges.push({ range: { kind: 'last_units', unit: 'month', n: 6 }, at: rolling ? prev(i) : i });
      slot.used = true;
    }
  });
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'periodModifier')) return;
    const modifier = slot.item.meaning.modifier;
    const j = next(i);
    const n = numberOf(slots[j]);
    if (n !== null && Number.isInteger(n) && n >= 1 && modifier !== 'this') {
      let k = next(j);
      // "the last 4 full weeks", «соңғы 4 толық апта»: whole units before the current one.
      const full = isKind(slots[k], 'fullUnits') ? k : -1;
      if (full >= 0) k = next(k);
      const unitSlot = slots[k];
      if (full >= 0 && isKind(unitSlot, 'timeUnit') && !unitSlot.used) {
        const u = unitSlot.item.meaning.unit;
        if (isPeriodUnit(u)) {
          ranges.push({ range: { kind: 'full_units', unit: u, n }, at: i });
          slot.used = slots[j]!.used = slots[full]!.used = unitSlot.used = true;
        }
        return;
      }
      if (isKind(unitSlot, 'timeUnit') && !unitSlot.used) {
        const range = lastN(unitSlot.item.meaning.unit, n);
        if (range) {
          ranges.push({ range, at: i });
          slot.used = slots[j]!.used = unitSlot.used = true;
          if (modifier === 'previous' && range.kind === 'last_days') priorSpans.push({ at: i, words: [] });
          if (range.kind === 'last_units' || range.kind === 'last_days') {
            const said = currentIncluded(slots, k, unitSlot.item.meaning.unit, next);
            for (const c of said) slots[c]!.used = true;
            if (said.length > 0) draft.currentIncluded = true;
          }
          return;
        }
      }
    }
    // «за этот и прошлый год», "this and last month": the unit after the second modifier is shared.
    const shared = sharedUnitAfter(slots, j, next);
    // "the last full month" is the previous month, whole anyway.
    const whole = modifier !== 'this' && isKind(slots[j], 'fullUnits') && isKind(slots[next(j)], 'timeUnit');
    if (whole) slots[j]!.used = true;
    const unitSlot = shared >= 0 ? slots[shared] : slots[whole ? next(j) : j];
    // («… за этот период? Месяц и количество»: not across the end of a sentence — "this" was of the
    // period named before, and the month a column asked for.)
    const across = slots.slice(i + 1, slots.indexOf(unitSlot!) + 1).some((x) => x.item.clauseBefore === true);
    if (isKind(unitSlot, 'timeUnit') && !unitSlot.used && !across) {
      const u = unitSlot.item.meaning.unit;
      let range: TimeRange | null = null;
      if (modifier === 'this') {
        range = u === 'day' ? { kind: 'today' } : isPeriodUnit(u) ? { kind: 'this', unit: u } : null;
      } else if (slot.item.meaning.back === 2) {
        // «позапрошлая неделя», the week before last.
        range =
          u === 'day'
            ? { kind: 'day_before_yesterday' }
            : isPeriodUnit(u)
              ? { kind: 'previous', unit: u, back: 2 }
              : null;
      } else if (modifier === 'previous' || modifier === 'last') {
        range = u === 'day' ? { kind: 'yesterday' } : isPeriodUnit(u) ? { kind: 'previous', unit: u } : null;
      } else {
        range = rollingRange(u);
      }
      if (range) {
        ranges.push({ range, at: i });
        slot.used = true;
        if (shared < 0) unitSlot.used = true;
        else slots[j]!.used = true; // the conjunction
      }
      return;
    }
    // «… және бұл барлық төлемдердің қанша пайызы?» (and what percent of all payments is this): after
    // "and", a "this" of no period points back at the clause before; the share claims it, or it is
    // not understood.
    if (modifier === 'this' && isKind(slots[prev(i)], 'conjunction')) return;
    // («позапрошлая неделя и прошлая»: a bare «прошлая» after "and" and the unit before last is the last
    // one, not the one before that — it was read as "previous to it", three weeks back.)
    const before = ranges.at(-1)?.range;
    // («позапрошлый месяц против прошлого»: after a word of comparison likewise.)
    if (
      /^прошл/.test(slot.item.text) &&
      (isKind(slots[prev(i)], 'conjunction') || isKind(slots[prev(i)], 'compare')) &&
      before?.kind === 'previous' &&
      before.back === 2
    ) {
      slot.used = true;
      ranges.push({ range: { kind: 'previous', unit: before.unit }, at: i });
      return;
    }
    slot.used = true;
    // «эквайерлер арқылы өткен операциялар» (operations that went through acquirers): with no period
    // after it, «өткен» after «арқылы» (through) is the verb "went", not "last".
    // («ECOM тәсілімен өткен төлемдер», the payments that went through ECOM: before a payment noun too.)
    const noun = slots[j];
    const paymentNoun =
      (isKind(noun, 'entity') && noun.item.meaning.entity === 'transactions') ||
      (isKind(noun, 'value') && noun.item.meaning.counts === true);
    if (slot.item.text === WENT && (slots[i - 1]?.item.text === THROUGH || paymentNoun)) return;
    if (modifier === 'previous' || modifier === 'last') draft.elliptical = true;
    // "this" / "recent" that modifies no period ("this category") is not silently dropped.
    else draft.issues.push({ kind: 'unknown_words', words: [slot.item.text] });
  });
  // A number of units on its own: «за 7 дней», "for 3 months".
  slots.forEach((slot, i) => {
    const n = numberOf(slot);
    if (n === null || !Number.isInteger(n) || n < 1) return;
    const j = next(i);
    const unitSlot = slots[j];
    if (!isKind(unitSlot, 'timeUnit') || unitSlot.used || j !== i + 1) return;
    // («47-апта», «3-ай»: Kazakh joins an ordinal to its unit with a hyphen — the 47th week, never the
    // last 47 weeks; "a 7-day window" in English is a length.)
    if (unitSlot.item.dashBefore && CYRILLIC.test(unitSlot.item.text)) return;
    // «ең қарбалас 3 сағат» (the 3 busiest hours), «ең көп транзакция болған 5 сағат», "top 10 hours by
    // volume": a ranking of hours, not the last 3 hours.
    // ("Top 5 days of November by amount": the ranked days, never the last 5.)
    if (
      isKind(slots[i - 1], 'superlative') ||
      isKind(slots[i - 1], 'top') ||
      rankedHours(slots, i, unitSlot.item.meaning.unit)
    )
      return;
    const range = lastN(unitSlot.item.meaning.unit, n);
    if (!range) return;
    ranges.push({ range, at: i });
    slot.used = unitSlot.used = true;
    const span = next(j);
    if (range.kind === 'last_days' && isKind(slots[span], 'priorSpan'))
      priorSpans.push({ at: i, words: [span] });
    if (range.kind === 'last_days')
      for (const c of currentIncluded(slots, j, 'day', next)) slots[c]!.used = true;
  });
  // Today beside "including" that no last days took is a period of its own, as it always was — unless a
  // period to date is named: «жыл басынан бергі (бүгінді қосқанда)», "MTD (today included)" end today,
  // which they include.
  const toDate = ranges.some(
    (t) =>
      t.range.kind === 'this' ||
      (t.range.kind === 'dates' && t.range.to === null) ||
      (t.range.kind === 'previous' && t.range.toDate === true),
  );
  for (const i of deferred) {
    const slot = slots[i]!;
    if (slot.used || !isKind(slot, 'relativeDay')) continue;
    const included = [prev(i), next(i)].find((k) => INCLUDED_WORDS.includes(slots[k]?.item.text ?? ''));
    if (toDate && included !== undefined) {
      slot.used = slots[included]!.used = true;
      continue;
    }
    ranges.push({ range: { kind: slot.item.meaning.range }, at: i });
    slot.used = true;
  }
  // "the last 7 days vs the previous 7 days", «соңғы 30 күн және оның алдындағы 30 күн», "… vs the 7
  // days before that": the second span is the one before the first, of the same length (it was the
  // same span twice, asked back). Alone, "the previous 30 days" is the last 30.
  for (const prior of priorSpans) {
    const own = ranges.find((t) => t.at === prior.at);
    if (own?.range.kind !== 'last_days') continue;
    const { n } = own.range;
    const first = ranges.some(
      (t) =>
        t !== own &&
        t.range.kind === 'last_days' &&
        t.range.n === n &&
        !priorSpans.some((p) => p.at === t.at),
    );
    if (!first) continue;
    own.range = { kind: 'prior_days', n };
    for (const w of prior.words) slots[w]!.used = true;
  }
  narrowRelativeMonths(r);
});

/**
 * The part of a month counted from this one (`range`, this or a previous month) said with it: "the
 * first half of last month" (the 1st–15th), "the second half" (the 16th to the end), "the first 10
 * days", "the last 7 days", "between the 1st and the 15th", "since the 10th"; null when it is not one
 * every month has (days past the 28th other than the 31st, which is the end).
 */
function monthPartOf(range: TimeRange, part: MonthPart): TimeRange | null {
  const back =
    range.kind === 'this' && range.unit === 'month'
      ? 0
      : range.kind === 'previous' && range.unit === 'month' && !range.toDate
        ? (range.back ?? 1)
        : null;
  if (back === null) return null;
  const span = (from: number, to: number | null, open?: true): TimeRange | null => {
    const end = to === 31 ? null : to;
    if (from > 28 || (end !== null && (end > 28 || end < from))) return null;
    return { kind: 'month_span', back, from, to: end, ...(open && end === null ? { open } : {}) };
  };
  switch (part.kind) {
    case 'half':
    case 'other_half':
      return part.n === 1 ? span(1, 15) : span(16, null);
    case 'decade':
      return span(10 * part.n - 9, part.n === 3 ? null : 10 * part.n);
    case 'first':
      return span(1, part.days);
    case 'last':
      return part.days <= 27 ? { kind: 'month_last_days', back, n: part.days } : null;
    case 'days':
      return span(part.from, part.to, part.open);
    case 'first_week':
      return null;
  }
}

/**
 * Narrows each month counted from this one to the part said with it (`notes.monthParts`, relative);
 * "… vs the second half" adds the same month's other half. A part whose month was not read, or that no
 * month has, is left unread, to be asked back.
 */
function narrowRelativeMonths(r: Reading): void {
  const { slots, notes } = r;
  const ranges = notes.timeRanges;
  const parts = notes.monthParts.filter((p) => p.relative);
  const monthOf = (modifier: number) => ranges.find((t) => t.at === modifier);
  const unread = (at: readonly number[]) => {
    for (const k of at) slots[k]!.used = false;
  };
  // (The other half first, from the whole month.)
  for (const { month, part, at } of parts) {
    if (part.kind !== 'other_half') continue;
    const t = monthOf(month);
    const range = t ? monthPartOf(t.range, part) : null;
    if (range) ranges.push({ range, at: at[0]! });
    else unread(at);
  }
  const narrowed = new Set<number>();
  for (const { month, part, at } of parts) {
    if (part.kind === 'other_half') continue;
    const t = monthOf(month);
    const range = t && !narrowed.has(month) ? monthPartOf(t.range, part) : null;
    if (t && range) {
      t.range = range;
      narrowed.add(month);
    } else unread(at);
  }
}

/** A number of hours after a superlative or "top": the N hours a ranking names. */
export function rankedHours(slots: readonly Slot[], at: number, unit: string): boolean {
  return unit === 'hour' && slots.slice(0, at).some((s) => isKind(s, 'superlative') || isKind(s, 'top'));
}
