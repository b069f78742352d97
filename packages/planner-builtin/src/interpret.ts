import type {
  CategoricalDimension,
  Dimension,
  Filter,
  Measure,
  PeriodUnit,
  TimeRange,
  TimeUnit,
} from './frame.js';
import { isTimeDimension } from './frame.js';
import type { Item } from './lexicon.js';
import type { Meaning } from './meaning.js';
import { KAZAKH_INSTRUMENTAL_ENDINGS } from './vocabulary.js';

/** Why a question is not (fully) understood; each maps to a message that says what to ask instead. */
export type Issue =
  | { kind: 'unknown_words'; words: string[] }
  | { kind: 'missing_measure' }
  | { kind: 'avg_of_counts' }
  | { kind: 'listing' }
  | { kind: 'per_card' }
  | { kind: 'count_condition' }
  | { kind: 'share_of_what' }
  | { kind: 'ambiguous_share' }
  | { kind: 'share_measure' }
  | { kind: 'compare_missing' }
  | { kind: 'too_many_periods' }
  /** "last 3 months" without a monthly breakdown: calendar months or a rolling span? */
  | { kind: 'ambiguous_period'; unit: PeriodUnit; n: number }
  /** "average per day": of what — the amount of a transaction, or the daily total? */
  | { kind: 'ambiguous_measure' }
  /** Original-currency amounts summed across currencies. */
  | { kind: 'mixed_currencies' }
  | { kind: 'unsupported'; what: string };

export type FilterRole = 'auto' | 'base' | 'subset';
export interface DraftFilter {
  filter: Filter;
  role: FilterRole;
}

/** What one question says, before it is completed (defaults, follow-up merge) into a frame. */
export interface Draft {
  measures: Measure[];
  dimensions: Dimension[];
  filters: DraftFilter[];
  times: TimeRange[];
  /** "compared to the previous one": the other period is implied. */
  elliptical: boolean;
  compare: boolean;
  /** Two values of one column were compared ("Almaty vs Astana"): a breakdown, not a period comparison. */
  comparedValues: boolean;
  share: boolean;
  top: { direction: 'asc' | 'desc'; limit: number | null; plural: boolean } | null;
  hasEntity: boolean;
  /** Starts like a continuation: "and yesterday?", «а в Астане?», "now by bank", "only online". */
  followUp: boolean;
  /** Mentions something of the data domain (not only time words). */
  domain: boolean;
  /** Anything at all was understood (domain or time words). */
  anyContent: boolean;
  /** "by amount" / «по количеству» with nothing to rank: a histogram unless a follow-up supplies it. */
  byMeasure: boolean;
  /** An amount in a named currency ("avg amount in EUR", "over 100 USD"): original_amount, not tenge. */
  originalAmount: boolean;
  issues: Issue[];
  flags: { destructive: boolean; personal: boolean; offTopic: boolean; greeting: boolean };
}

export interface InterpretEnv {
  now: Date;
  timeZone: string;
}

interface Slot {
  item: Item;
  used: boolean;
}

const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

function meaningOf(slot: Slot | undefined): Meaning | null {
  return slot && slot.item.kind === 'meaning' ? slot.item.meaning : null;
}

function isKind<K extends Meaning['kind']>(
  slot: Slot | undefined,
  kind: K,
): slot is Slot & {
  item: { kind: 'meaning'; meaning: Extract<Meaning, { kind: K }> };
} {
  return !!slot && slot.item.kind === 'meaning' && slot.item.meaning.kind === kind;
}

function numberOf(slot: Slot | undefined): number | null {
  return slot && slot.item.kind === 'number' && !slot.used ? slot.item.value : null;
}

/** The current calendar date in the tenant's zone (only for year-less "in March" and "Q2"). */
function zonedToday(env: InterpretEnv): { year: number; month: number; day: number } {
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: env.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(env.now);
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    const year = get('year');
    const month = get('month');
    const day = get('day');
    if (year && month && day) return { year, month, day };
  } catch {
    // unknown zone: fall through to UTC
  }
  return { year: env.now.getUTCFullYear(), month: env.now.getUTCMonth() + 1, day: env.now.getUTCDate() };
}

function iso(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export interface Point {
  kind: 'day' | 'month' | 'quarter' | 'year';
  year: number | null;
  month: number;
  day: number;
  quarter: number;
  start: number;
  end: number;
}

function pointSpan(p: Point & { year: number }): { from: string; to: string } {
  switch (p.kind) {
    case 'day': {
      const from = iso(p.year, p.month, p.day);
      return { from, to: addDays(from, 1) };
    }
    case 'month':
      return {
        from: iso(p.year, p.month, 1),
        to: p.month === 12 ? iso(p.year + 1, 1, 1) : iso(p.year, p.month + 1, 1),
      };
    case 'quarter': {
      const m = (p.quarter - 1) * 3 + 1;
      return { from: iso(p.year, m, 1), to: m + 3 > 12 ? iso(p.year + 1, 1, 1) : iso(p.year, m + 3, 1) };
    }
    case 'year':
      return { from: iso(p.year, 1, 1), to: iso(p.year + 1, 1, 1) };
  }
}

const PERIOD_UNITS_SET: readonly string[] = ['week', 'month', 'quarter', 'year'];
const RANGE_OPENERS = new Set(['from', 'с', 'со', 'between', 'между', 'since']);
const RANGE_JOINERS = new Set(['to', 'till', 'until', 'through', 'по', 'до', 'and', 'и']);
const SINCE_WORDS = new Set(['since', 'с', 'со']);
const IN_WORDS = new Set(['in', 'в', 'во']);

/** Default lengths of rolling periods: "past week", «за последний месяц». */
function rollingRange(unit: TimeUnit): TimeRange {
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

function lastN(unit: TimeUnit, n: number): TimeRange | null {
  if (unit === 'day') return { kind: 'last_days', n };
  if (unit === 'hour') return { kind: 'last_hours', n };
  if (PERIOD_UNITS_SET.includes(unit)) return { kind: 'last_units', unit: unit as PeriodUnit, n };
  return null;
}

function isPluralWord(text: string): boolean {
  const word = text.split(' ')[0] ?? text;
  if (/^[a-z]/.test(word)) return /[^s]s$/.test(word) || word.endsWith('ies');
  return /(ы|и|ов|ев|ам|ям|ах|ях|ей|ий|а)$/.test(word) && !/(ия|ая|яя)$/.test(word);
}

/**
 * The lower end of an amount range when a multiplier is written once, after the upper end:
 * «от 5 до 10 тыс» is 5 000–10 000, but "from 500 to 10k" stays 500–10 000.
 */
export function rangeStart(
  low: number,
  lowScaled: boolean,
  high: number,
  highFactor: number | undefined,
): number {
  if (lowScaled || highFactor === undefined) return low;
  return low * highFactor <= high ? low * highFactor : low;
}

/** The same condition, negated: ≠ for =, NULL for NOT NULL, the other weekdays. */
export function negateFilter(f: Filter): Filter {
  switch (f.kind) {
    case 'values':
    case 'ids':
      return { ...f, negated: !f.negated };
    case 'presence':
      return { ...f, present: !f.present };
    case 'weekday':
      return { kind: 'weekday', days: [1, 2, 3, 4, 5, 6, 7].filter((d) => !f.days.includes(d)) };
    case 'amount':
      return {
        kind: 'amount',
        op: ({ '>': '<=', '>=': '<', '<': '>=', '<=': '>' } as const)[f.op],
        value: f.value,
      };
    case 'amount_between':
      return f; // not reached: amounts are not value words
  }
}

/** Which existing filter a value word merged into (values of the same column). */
function filterTouchedBy(m: Meaning): (f: Filter) => boolean {
  if (m.kind === 'value' || m.kind === 'notValue') return (f) => f.kind === 'values' && f.column === m.column;
  if (m.kind === 'weekdayFilter') return (f) => f.kind === 'weekday';
  return () => false;
}

/** In "this and last year", the index of the unit a modifier shares with the next one, else -1. */
function sharedUnitAfter(slots: readonly Slot[], j: number, next: (i: number) => number): number {
  if (!isKind(slots[j], 'conjunction') || !isKind(slots[next(j)], 'periodModifier')) return -1;
  const u = next(next(j));
  return isKind(slots[u], 'timeUnit') ? u : -1;
}

/** How many values of a column the (non-negated) filters list. */
function listedValues(filters: readonly DraftFilter[], column: Dimension): number {
  const f = filters.find(
    (x) => x.filter.kind === 'values' && x.filter.column === column && !x.filter.negated,
  );
  return f && f.filter.kind === 'values' ? f.filter.values.length : 0;
}

/**
 * A Russian plural noun in the nominative («клиенты», «карты», «покупатели») is the subject of a
 * verb, not the thing counted: after «сколько» the counted noun is genitive («клиентов», «карт»).
 */
export function isSubjectOfAmount(word: string): boolean {
  return /^[а-я]+[ыи]$/.test(word);
}

/** Whether an amount, a check or a transaction noun is named anywhere but at `except`. */
function namesAmount(slots: readonly Slot[], except: number): boolean {
  return slots.some(
    (s, k) =>
      k !== except &&
      (isKind(s, 'amount') ||
        isKind(s, 'check') ||
        isKind(s, 'originalAmount') ||
        (isKind(s, 'entity') && s.item.meaning.entity === 'transactions')),
  );
}

export interface CardWordContext {
  /** Next to a bank ("Kaspi cards", «клиенты БЦК»): the bank's cards, a filter. */
  namesBank: boolean;
  /** A superlative or a top without any dimension: the ranking would be of cards. */
  ranked: boolean;
  /** "show me the card…" without a dimension: rows about a card. */
  listed: boolean;
  /** The question measures money or transactions ("what did clients spend"): the word is the subject. */
  aboutMoney: boolean;
}

/**
 * What a card / customer word that is not counted stands for. Anything that would single out a
 * card or a person is 'per_card' (refused: personal data).
 */
export function cardWordRole(c: CardWordContext): 'bank_cards' | 'subject' | 'per_card' {
  if (c.namesBank) return 'bank_cards';
  if (c.ranked || c.listed) return 'per_card';
  return c.aboutMoney ? 'subject' : 'per_card';
}

/**
 * Year-first dates (Kazakh «2026 жылғы 1 қараша», «2026 жылғы үшінші тоқсан», "2026 March"): a year
 * directly followed by a year-less day, month or quarter is that point's year, not a second period.
 */
export function attachLeadingYears(points: Point[], next: (i: number) => number): void {
  for (let k = 0; k + 1 < points.length; k++) {
    const year = points[k]!;
    const point = points[k + 1]!;
    if (year.kind !== 'year' || point.year !== null || next(year.end) !== point.start) continue;
    points.splice(k, 2, { ...point, year: year.year, start: year.start });
  }
}

/** Interprets the lexed items of one question. Pure; `env` is only used for year-less dates. */
export function interpret(items: readonly Item[], env: InterpretEnv): Draft {
  const slots: Slot[] = items.map((item) => ({ item, used: item.kind === 'stop' }));
  const issues: Issue[] = [];
  const draft: Draft = {
    measures: [],
    dimensions: [],
    filters: [],
    times: [],
    elliptical: false,
    compare: false,
    comparedValues: false,
    share: false,
    top: null,
    hasEntity: false,
    followUp: false,
    domain: false,
    anyContent: false,
    byMeasure: false,
    originalAmount: false,
    issues,
    flags: { destructive: false, personal: false, offTopic: false, greeting: false },
  };

  const next = (i: number): number => {
    for (let j = i + 1; j < slots.length; j++) if (slots[j]!.item.kind !== 'stop') return j;
    return -1;
  };
  const prev = (i: number): number => {
    for (let j = i - 1; j >= 0; j--) if (slots[j]!.item.kind !== 'stop') return j;
    return -1;
  };
  const stopBefore = (i: number): string | null => {
    const s = slots[i - 1];
    return s && s.item.kind === 'stop' ? s.item.text : null;
  };
  const textOf = (i: number): string => slots[i]?.item.text ?? '';

  // ── dimension helpers ────────────────────────────────────────────────────────────────────────
  const dimensionTexts: string[] = [];
  const addDimension = (d: Dimension, at: number) => {
    if (!draft.dimensions.includes(d)) {
      draft.dimensions.push(d);
      dimensionTexts.push(textOf(at));
    }
    draft.domain = true;
  };

  const ranking = slots.some((s) => isKind(s, 'superlative') || isKind(s, 'top'));

  // ── flags and number words ─────────────────────────────────────────────────────────────────
  for (const slot of slots) {
    const m = meaningOf(slot);
    if (!m) continue;
    if (m.kind === 'destructive') draft.flags.destructive = true;
    else if (m.kind === 'personal') draft.flags.personal = true;
    else if (m.kind === 'offTopic') draft.flags.offTopic = true;
    else if (m.kind === 'greeting') {
      draft.flags.greeting = true;
      slot.used = true;
    } else if (m.kind === 'number') {
      slot.item = { kind: 'number', value: m.value, text: slot.item.text };
    }
  }
  const first = slots.find((s) => s.item.kind !== 'stop' && !isKind(s, 'greeting'));
  const firstMeaning = meaningOf(first);
  draft.followUp =
    !!firstMeaning &&
    (firstMeaning.kind === 'followUp' || firstMeaning.kind === 'conjunction' || firstMeaning.kind === 'only');

  // ── multipliers: "10 тысяч", "1.5 million", "100k" ─────────────────────────────────────────
  const factors = new Map<number, number>();
  slots.forEach((slot, i) => {
    if (slot.item.kind !== 'number') return;
    const after = slots[i + 1];
    if (isKind(after, 'multiplier') && !after.used) {
      factors.set(i, after.item.meaning.factor);
      slot.item = { ...slot.item, value: slot.item.value * after.item.meaning.factor };
      // Absorbed: from now on it is as if it were not there ("10 тысяч тенге").
      slots[i + 1] = { item: { kind: 'stop', text: after.item.text }, used: true };
    }
  });

  slots.forEach((slot, i) => {
    const m = meaningOf(slot);
    if (m?.kind !== 'multiplier' || slot.used || slot.item.text.length < 3) return;
    if (isKind(slots[prev(i)], 'comparator'))
      slot.item = { kind: 'number', value: m.factor, text: slot.item.text };
  });

  const followedByDate = (i: number): boolean => {
    const j = next(i);
    return isKind(slots[j], 'monthName') || isKind(slots[j], 'timeUnit');
  };

  // ── amounts: "over 50,000 tenge", «от 1000 до 5000», "between 1000 and 5000" ──────────────
  const addFilter = (filter: Filter, at: number) => {
    const base = slots.slice(0, at).some((s) => isKind(s, 'shareBase'));
    draft.filters.push({ filter, role: base ? 'base' : 'auto' });
  };
  const consumeAmountTail = (j: number): void => {
    const k = next(j);
    if (isKind(slots[k], 'currencyUnit')) slots[k]!.used = true;
    const after = next(isKind(slots[k], 'currencyUnit') ? k : j);
    if (isKind(slots[after], 'entity') && !isKind(slots[k], 'currencyUnit'))
      issues.push({ kind: 'count_condition' });
  };
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'comparator') || slot.item.meaning.after) return;
    const { op, weak } = slot.item.meaning;
    const j = next(i);
    const a = numberOf(slots[j]);
    if (a === null || followedByDate(j)) {
      if (weak) slot.used = true;
      return;
    }
    const label = prev(i);
    if ((isKind(slots[label], 'amount') || isKind(slots[label], 'check')) && !slots[label]!.used) {
      slots[label]!.used = true;
    }
    slot.used = true;
    slots[j]!.used = true;
    let filter: Filter;
    let last = j;
    const k0 = isKind(slots[next(j)], 'currencyUnit') ? next(next(j)) : next(j);
    const joiner = slots[k0];
    const isJoiner =
      !!joiner &&
      ((isKind(joiner, 'conjunction') && (op === 'between' || textOf(i) === 'between')) ||
        (isKind(joiner, 'comparator') && joiner.item.meaning.weak && joiner.item.meaning.op === '<='));
    const b = isJoiner ? numberOf(slots[next(k0)]) : null;
    if ((op === 'between' || op === '>=') && isJoiner && b !== null && weak) {
      if (isKind(slots[next(j)], 'currencyUnit')) slots[next(j)]!.used = true;
      joiner!.used = true;
      last = next(k0);
      slots[last]!.used = true;
      const low = rangeStart(a, factors.has(j), b, factors.get(last));
      filter = { kind: 'amount_between', min: Math.min(low, b), max: Math.max(low, b) };
    } else if (op === 'between') {
      issues.push({ kind: 'unknown_words', words: [textOf(i)] });
      return;
    } else {
      filter = { kind: 'amount', op, value: a };
    }
    consumeAmountTail(last);
    addFilter(filter, i);
    draft.domain = true;
  });

  // ── postpositional comparators (Kazakh «100 мың теңгеден асатын» = over 100 000 tenge) ────
  slots.forEach((slot, i) => {
    if (!isKind(slot, 'comparator') || !slot.item.meaning.after || slot.used) return;
    let j = prev(i);
    const unit = isKind(slots[j], 'currencyUnit') ? j : -1;
    if (unit >= 0) j = prev(j);
    const value = numberOf(slots[j]);
    const { op } = slot.item.meaning;
    if (value === null || op === 'between') return; // the word stays not understood
    slot.used = slots[j]!.used = true;
    if (unit >= 0) slots[unit]!.used = true;
    addFilter({ kind: 'amount', op, value }, j);
    draft.domain = true;
  });

  // ── amounts in a named currency: "avg amount in EUR", «сумма в юанях», "over 100 USD" ──────
  // (after the amount filters, which mark their numbers used; "transactions in USD" stays in tenge)
  slots.forEach((slot, i) => {
    if (isKind(slot, 'originalAmount')) {
      slot.used = true;
      draft.originalAmount = true;
      draft.domain = true;
      return;
    }
    if (!isKind(slot, 'value') || slot.item.meaning.column !== 'transaction_currency') return;
    if (slot.item.meaning.values.includes('KZT')) return;
    const p = prev(i);
    const amountWord =
      isKind(slots[p], 'amount') || isKind(slots[p], 'check') || isKind(slots[p], 'aggregate');
    const amountNumber = slots[p]?.item.kind === 'number' && slots[p]!.used;
    // Kazakh puts the currency first, in the instrumental: «юаньмен орташа сома» = average amount in yuan.
    const n = next(i);
    const amountAfter =
      isKind(slots[n], 'amount') || isKind(slots[n], 'check') || isKind(slots[n], 'aggregate');
    const instrumental = KAZAKH_INSTRUMENTAL_ENDINGS.some((end) => textOf(i).endsWith(end));
    if ((amountWord && IN_WORDS.has(stopBefore(i) ?? '')) || amountNumber || (amountAfter && instrumental))
      draft.originalAmount = true;
  });

  // ── "top 5", «топ-10» ──────────────────────────────────────────────────────────────────────
  let explicitLimit: number | null = null;
  let topDirection: 'asc' | 'desc' | null = null;
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'top')) return;
    slot.used = true;
    draft.domain = true;
    topDirection ??= slot.item.meaning.direction;
    const j = next(i);
    const n = numberOf(slots[j]);
    if (n !== null && Number.isInteger(n) && !followedByDate(j)) {
      explicitLimit = n;
      slots[j]!.used = true;
    }
  });

  // ── calendar points: dates, "March 2026", «в 2025 году», "Q1 2026", «первый квартал» ───────
  const today = zonedToday(env);
  const points: Point[] = [];
  const yearAt = (i: number): { year: number; end: number } | null => {
    const j = next(i);
    const n = numberOf(slots[j]);
    if (n === null || !Number.isInteger(n) || n < YEAR_MIN || n > YEAR_MAX) return null;
    const k = next(j);
    const unitSlot = slots[k];
    const end =
      isKind(unitSlot, 'timeUnit') && !unitSlot.used && unitSlot.item.meaning.unit === 'year' ? k : j;
    return { year: n, end };
  };
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (slot.used) continue;
    const item = slot.item;
    if (item.kind === 'date') {
      const [y, mo, d] = item.iso.split('-').map(Number) as [number, number, number];
      if (validDay(y, mo, d))
        points.push({ kind: 'day', year: y, month: mo, day: d, quarter: 0, start: i, end: i });
      else issues.push({ kind: 'unknown_words', words: [item.text] });
      continue;
    }
    const n = numberOf(slot);
    const j = next(i);
    if (n !== null && Number.isInteger(n) && n >= 1 && n <= 31 && isKind(slots[j], 'monthName')) {
      // «5 марта 2026», "5 March"
      const y = yearAt(j);
      points.push({
        kind: 'day',
        year: y?.year ?? null,
        month: slots[j]!.item.meaning.month,
        day: n,
        quarter: 0,
        start: i,
        end: y?.end ?? j,
      });
      i = y?.end ?? j;
      continue;
    }
    if (isKind(slot, 'monthName')) {
      const month = slot.item.meaning.month;
      const dn = numberOf(slots[j]);
      if (dn !== null && Number.isInteger(dn) && dn >= 1 && dn <= 31) {
        // "March 5, 2026"
        const y = yearAt(j);
        points.push({
          kind: 'day',
          year: y?.year ?? null,
          month,
          day: dn,
          quarter: 0,
          start: i,
          end: y?.end ?? j,
        });
        i = y?.end ?? j;
        continue;
      }
      const monthWord = slots[j];
      if (isKind(monthWord, 'timeUnit') && monthWord.item.meaning.unit === 'month' && !monthWord.used)
        monthWord.used = true; // «в марте месяце», «қазан айында»
      const y = yearAt(i);
      points.push({
        kind: 'month',
        year: y?.year ?? null,
        month,
        day: 1,
        quarter: 0,
        start: i,
        end: y?.end ?? i,
      });
      i = y?.end ?? i;
      continue;
    }
    const qn = isKind(slot, 'quarterName')
      ? slot.item.meaning.quarter
      : isKind(slot, 'ordinal')
        ? slot.item.meaning.value
        : n;
    // «последние 2 квартала» / "the last 2 quarters" counts quarters; it does not name Q2.
    const counted = n !== null && isKind(slots[prev(i)], 'periodModifier');
    if (qn !== null && qn >= 1 && qn <= 4 && Number.isInteger(qn) && !counted) {
      const isQuarterName = isKind(slot, 'quarterName');
      const unitAt = isQuarterName ? i : j;
      const unitSlot = slots[unitAt];
      if (isQuarterName || (isKind(unitSlot, 'timeUnit') && unitSlot.item.meaning.unit === 'quarter')) {
        const y = yearAt(unitAt);
        points.push({
          kind: 'quarter',
          year: y?.year ?? null,
          month: 1,
          day: 1,
          quarter: qn,
          start: i,
          end: y?.end ?? unitAt,
        });
        i = y?.end ?? unitAt;
        continue;
      }
    }
    if (n !== null && Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX) {
      const unitSlot = slots[j];
      const end = isKind(unitSlot, 'timeUnit') && unitSlot.item.meaning.unit === 'year' ? j : i;
      points.push({ kind: 'year', year: n, month: 1, day: 1, quarter: 0, start: i, end });
      i = end;
    }
  }
  attachLeadingYears(points, next);
  // Year-less points take the year of a neighbour ("from 1 to 15 March 2026") or the latest past one.
  const fillYear = (p: Point, fallback: number | null): Point & { year: number } => {
    if (p.year !== null) return p as Point & { year: number };
    if (fallback !== null) return { ...p, year: fallback };
    const month = p.kind === 'quarter' ? (p.quarter - 1) * 3 + 1 : p.month;
    const past = month < today.month || (month === today.month && (p.kind !== 'day' || p.day <= today.day));
    return { ...p, year: past ? today.year : today.year - 1 };
  };
  const timeRanges: { range: TimeRange; at: number }[] = [];
  const comparing = slots.some((s) => isKind(s, 'compare'));
  const markUsed = (from: number, to: number) => {
    for (let k = from; k <= to; k++) slots[k]!.used = true;
  };
  for (let pi = 0; pi < points.length; pi++) {
    const p = points[pi]!;
    const opener = prev(p.start);
    const openerText = opener >= 0 ? textOf(opener) : '';
    const stopText = stopBefore(p.start) ?? '';
    const q = points[pi + 1];
    const joiner = q ? next(p.end) : -1;
    const joined = !!q && joiner >= 0 && next(joiner) === q.start && RANGE_JOINERS.has(textOf(joiner));
    const opened = RANGE_OPENERS.has(openerText) || (!comparing && RANGE_OPENERS.has(stopText));
    if (q && joined && (opened || ['по', 'до', 'to', 'till', 'until', 'through'].includes(textOf(joiner)))) {
      const b = fillYear(q, null);
      const a = fillYear(p, b.year);
      const from = pointSpan(a).from;
      const to = pointSpan(b).to;
      if (from < to) timeRanges.push({ range: { kind: 'dates', from, to }, at: p.start });
      else issues.push({ kind: 'unknown_words', words: [textOf(p.start), textOf(q.start)] });
      markUsed(p.start, q.end);
      if (opener >= 0 && RANGE_OPENERS.has(openerText)) slots[opener]!.used = true;
      pi++;
      continue;
    }
    // «с 1 по 15 марта»: a bare day number before a "по / to" and a day point.
    const full = fillYear(p, null);
    const span = pointSpan(full);
    const closer = next(p.end);
    const sinceAfter = isKind(slots[closer], 'since') && slots[closer].item.meaning.after === true;
    const sinceItem = (isKind(slots[opener], 'since') && !slots[opener].item.meaning.after) || sinceAfter;
    if (sinceItem || (!comparing && SINCE_WORDS.has(stopText))) {
      timeRanges.push({ range: { kind: 'dates', from: span.from, to: null }, at: p.start });
      if (sinceItem) slots[sinceAfter ? closer : opener]!.used = true;
    } else {
      timeRanges.push({ range: { kind: 'dates', from: span.from, to: span.to }, at: p.start });
    }
    markUsed(p.start, p.end);
  }
  // «с 1 по 15 марта 2026»
  slots.forEach((slot, i) => {
    const n = numberOf(slot);
    if (n === null || !Number.isInteger(n) || n < 1 || n > 31) return;
    const j = next(i);
    const k = next(j);
    if (j < 0 || !['по', 'до', 'to', 'till', 'until', 'through'].includes(textOf(j))) return;
    const idx = timeRanges.findIndex((t) => t.at === k);
    const t = timeRanges[idx];
    if (t?.range.kind !== 'dates' || t.range.to === null) return;
    const day = addDays(t.range.to, -1);
    const from = `${day.slice(0, 8)}${String(n).padStart(2, '0')}`;
    if (!validDay(Number(from.slice(0, 4)), Number(from.slice(5, 7)), n) || from > day) return;
    t.range = { kind: 'dates', from, to: t.range.to };
    t.at = i;
    slot.used = true;
    slots[j]!.used = true;
    const opener = prev(i);
    if (opener >= 0 && RANGE_OPENERS.has(textOf(opener))) slots[opener]!.used = true;
  });

  // ── relative periods: today, "last 7 days", «на прошлой неделе», «за неделю», «по месяцам» ──
  slots.forEach((slot, i) => {
    if (slot.used) return;
    if (isKind(slot, 'relativeDay')) {
      timeRanges.push({ range: { kind: slot.item.meaning.range }, at: i });
      slot.used = true;
    } else if (isKind(slot, 'period')) {
      timeRanges.push({ range: slot.item.meaning.range, at: i });
      slot.used = true;
    }
  });
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'periodModifier')) return;
    const modifier = slot.item.meaning.modifier;
    const j = next(i);
    const n = numberOf(slots[j]);
    if (n !== null && Number.isInteger(n) && n >= 1 && modifier !== 'this') {
      const k = next(j);
      const unitSlot = slots[k];
      if (isKind(unitSlot, 'timeUnit') && !unitSlot.used) {
        const range = lastN(unitSlot.item.meaning.unit, n);
        if (range) {
          timeRanges.push({ range, at: i });
          slot.used = slots[j]!.used = unitSlot.used = true;
          return;
        }
      }
    }
    // «за этот и прошлый год», "this and last month": the unit after the second modifier is shared.
    const shared = sharedUnitAfter(slots, j, next);
    const unitSlot = shared >= 0 ? slots[shared] : slots[j];
    if (isKind(unitSlot, 'timeUnit') && !unitSlot.used) {
      const u = unitSlot.item.meaning.unit;
      let range: TimeRange | null = null;
      if (modifier === 'this') {
        range =
          u === 'day'
            ? { kind: 'today' }
            : PERIOD_UNITS_SET.includes(u)
              ? { kind: 'this', unit: u as PeriodUnit }
              : null;
      } else if (modifier === 'previous' || modifier === 'last') {
        range =
          u === 'day'
            ? { kind: 'yesterday' }
            : PERIOD_UNITS_SET.includes(u)
              ? { kind: 'previous', unit: u as PeriodUnit }
              : null;
      } else {
        range = rollingRange(u);
      }
      if (range) {
        timeRanges.push({ range, at: i });
        slot.used = true;
        if (shared < 0) unitSlot.used = true;
        else slots[j]!.used = true; // the conjunction
      }
      return;
    }
    slot.used = true;
    if (modifier === 'previous' || modifier === 'last') draft.elliptical = true;
    // "this" / "recent" that modifies no period ("this category") is not silently dropped.
    else issues.push({ kind: 'unknown_words', words: [slot.item.text] });
  });
  // A number of units on its own: «за 7 дней», "for 3 months".
  slots.forEach((slot, i) => {
    const n = numberOf(slot);
    if (n === null || !Number.isInteger(n) || n < 1) return;
    const j = next(i);
    const unitSlot = slots[j];
    if (!isKind(unitSlot, 'timeUnit') || unitSlot.used || j !== i + 1) return;
    const range = lastN(unitSlot.item.meaning.unit, n);
    if (!range) return;
    timeRanges.push({ range, at: i });
    slot.used = unitSlot.used = true;
  });
  // Time buckets: "by month", «по дням», "each week", "daily".
  slots.forEach((slot, i) => {
    if (slot.used) return;
    if (isKind(slot, 'bucket')) {
      addDimension(slot.item.meaning.dimension, i);
      slot.used = true;
      return;
    }
    if (!isKind(slot, 'timeUnit')) return;
    const p = prev(i);
    const asked = stopBefore(i);
    const after = slots[next(i)];
    if (isKind(slots[p], 'groupBy') && !slots[p]!.item.meaning.after) {
      addDimension(slot.item.meaning.unit, i);
      slot.used = true;
      slots[p]!.used = true;
    } else if (isKind(after, 'groupBy') && after.item.meaning.after && !after.used) {
      // Kazakh postposition: «ай бойынша» = by month.
      addDimension(slot.item.meaning.unit, i);
      slot.used = true;
      after.used = true;
    } else if (isKind(slots[i - 1], 'grammaticalNumber') || asked === 'which' || asked === 'what') {
      // "Which day had the most transactions?", «В какой месяц…»; "which hour" is an hour of the day.
      addDimension(slot.item.meaning.unit === 'hour' ? 'hour_of_day' : slot.item.meaning.unit, i);
      slot.used = true;
    } else if (slot.item.text === 'г') {
      slot.used = true;
    }
  });
  timeRanges.sort((a, b) => a.at - b.at);
  draft.times = timeRanges.map((t) => t.range);
  if (timeRanges.length > 0) draft.anyContent = true;

  // ── filters: values, negation, "MCC 5411" ───────────────────────────────────────────────────
  let negationAt = -1;
  let negationApplied = false;
  const endNegation = () => {
    if (negationAt >= 0 && !negationApplied)
      issues.push({ kind: 'unknown_words', words: [textOf(negationAt)] });
    negationAt = -1;
    negationApplied = false;
  };
  const negated = () => {
    if (negationAt < 0) return false;
    negationApplied = true;
    return true;
  };
  const mergeValues = (filter: Filter & { kind: 'values' }, at: number) => {
    const existing = draft.filters.find(
      (f) =>
        f.filter.kind === 'values' &&
        f.filter.column === filter.column &&
        f.filter.negated === filter.negated,
    );
    if (existing && existing.filter.kind === 'values') {
      for (const v of filter.values) if (!existing.filter.values.includes(v)) existing.filter.values.push(v);
    } else {
      addFilter(filter, at);
    }
  };
  /** The filter the last value word made, for a negation that follows it (Kazakh «Алматыдан басқа»). */
  let recent: { filter: DraftFilter; at: number } | null = null;
  slots.forEach((slot, i) => {
    if (slot.item.kind === 'stop') return;
    const m = meaningOf(slot);
    if (m?.kind === 'conjunction') return;
    if (m?.kind === 'negation' && m.after && !slot.used) {
      // A postposition negates what precedes it; with nothing to negate the word stays not understood.
      if (recent && recent.at === prev(i)) {
        recent.filter.filter = negateFilter(recent.filter.filter);
        slot.used = true;
      }
      recent = null;
      return;
    }
    if (slot.used || !m) {
      endNegation();
      recent = null;
      return;
    }
    const before = draft.filters.length;
    const touched = filterTouchedBy(m);
    switch (m.kind) {
      case 'negation':
        endNegation();
        negationAt = i;
        slot.used = true;
        return;
      case 'value':
        mergeValues({ kind: 'values', column: m.column, negated: negated(), values: [...m.values] }, i);
        break;
      case 'notValue':
        mergeValues({ kind: 'values', column: m.column, negated: !negated(), values: [...m.values] }, i);
        break;
      case 'presence':
        addFilter({ kind: 'presence', column: m.column, present: negated() ? !m.present : m.present }, i);
        break;
      case 'currencyUnit':
        // "excluding KZT", «кроме тенге»: a currency filter; otherwise tenge is only the unit of amounts.
        if (negationAt < 0) return;
        mergeValues(
          { kind: 'values', column: 'transaction_currency', negated: negated(), values: ['KZT'] },
          i,
        );
        break;
      case 'weekdayFilter': {
        const days = negated() ? [1, 2, 3, 4, 5, 6, 7].filter((d) => !m.days.includes(d)) : [...m.days];
        const existing = draft.filters.find((f) => f.filter.kind === 'weekday');
        if (existing && existing.filter.kind === 'weekday') {
          for (const d of days) if (!existing.filter.days.includes(d)) existing.filter.days.push(d);
        } else {
          addFilter({ kind: 'weekday', days }, i);
        }
        break;
      }
      case 'dimension': {
        // "MCC 5411", "merchant 1234 and 1235"
        if (m.dimension !== 'merchant_id' && m.dimension !== 'merchant_mcc') {
          endNegation();
          return;
        }
        const ids: number[] = [];
        let j = next(i);
        while (j >= 0) {
          const n = numberOf(slots[j]);
          if (n !== null && Number.isInteger(n) && n >= 0) {
            ids.push(n);
            slots[j]!.used = true;
            j = next(j);
          } else if (isKind(slots[j], 'conjunction') && numberOf(slots[next(j)]) !== null) {
            j = next(j);
          } else {
            break;
          }
        }
        if (ids.length === 0) {
          endNegation();
          return;
        }
        addFilter({ kind: 'ids', column: m.dimension, negated: negated(), values: ids }, i);
        break;
      }
      default:
        endNegation();
        return;
    }
    slot.used = true;
    draft.domain = true;
    const made =
      draft.filters.length > before ? draft.filters.at(-1) : draft.filters.find((f) => touched(f.filter));
    recent = made ? { filter: made, at: i } : null;
  });
  endNegation();

  // ── "X, Y and Z separately" → one row each; "… combined" → the one total the IN filter gives ──
  slots.forEach((slot) => {
    if (slot.used || !isKind(slot, 'listMode')) return;
    const list = draft.filters.find(
      (f) => f.filter.kind === 'values' && !f.filter.negated && f.filter.values.length >= 2,
    );
    if (list?.filter.kind !== 'values') return; // no list: the word stays not understood
    slot.used = true;
    if (slot.item.meaning.mode === 'each' && !draft.dimensions.includes(list.filter.column))
      draft.dimensions.push(list.filter.column);
  });

  // ── dimensions and counted things ───────────────────────────────────────────────────────────
  const hasUnusedAmount = () =>
    slots.some((s) => !s.used && (isKind(s, 'amount') || isKind(s, 'currencyUnit')));
  const valueColumnAt = (j: number): string | null => {
    const m = meaningOf(slots[j]);
    if (m && (m.kind === 'value' || m.kind === 'notValue')) return m.column;
    return null;
  };
  /** "how many merchants", «сколько уникальных карт», "how many grocery stores" (values may sit between). */
  const countCueBefore = (i: number): number => {
    let p = prev(i);
    while (p >= 0 && (isKind(slots[p], 'value') || isKind(slots[p], 'notValue'))) p = prev(p);
    const after = slots[next(i)];
    if (isKind(after, 'count') && after.item.meaning.after && !after.used) return next(i);
    const cue = slots[p];
    if (!isKind(cue, 'count') || cue.used || cue.item.meaning.after) return -1;
    // «сколько клиенты потратили» (how much did clients spend) vs «сколько клиентов» (how many clients).
    if (cue.item.meaning.strength === 'weak' && isSubjectOfAmount(textOf(i)) && hasUnusedAmount()) return -1;
    return p;
  };
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'dimension')) return;
    const d = slot.item.meaning.dimension;
    slot.used = true;
    draft.domain = true;
    const cue = countCueBefore(i);
    if (cue >= 0 && !isTimeDimension(d)) {
      slots[cue]!.used = true;
      draft.measures.push({ fn: 'count_distinct', column: d as CategoricalDimension });
      return;
    }
    // «в городе Алматы», "the Pharmacies category", "grocery stores": the word only names the value —
    // unless it is a breakdown over a list: «по категориям одежда, электроника и аптеки».
    // A negation may stand between: «Алматыдан басқа қалалар» (the other cities) — but "by banks
    // except Kaspi" / «банктер бойынша» is still a breakdown.
    const grouped = isKind(slots[prev(i)], 'groupBy') || isKind(slots[next(i)], 'groupBy');
    const skipNegation = (k: number, step: (x: number) => number) =>
      isKind(slots[k], 'negation') && !grouped ? step(k) : k;
    const neighbours = [
      valueColumnAt(skipNegation(prev(i), prev)),
      valueColumnAt(skipNegation(next(i), next)),
    ];
    if (neighbours.some((c) => c === d || (d === 'merchant_id' && c === 'mcc_category'))) {
      const by = prev(i);
      if (isKind(slots[by], 'groupBy') && listedValues(draft.filters, d) >= 2) {
        slots[by]!.used = true;
        addDimension(d, i);
      }
      return;
    }
    addDimension(d, i);
  });
  slots.forEach((slot, i) => {
    if (!isKind(slot, 'entity')) return;
    draft.hasEntity = draft.hasEntity || slot.item.meaning.entity === 'transactions';
    draft.domain = true;
    if (slot.used || slot.item.meaning.entity !== 'cards') return;
    const cue = countCueBefore(i);
    if (slot.item.meaning.distinct) {
      // "unique cards", «уникальных карт»: always a count of distinct cards.
      slot.used = true;
      if (cue >= 0) slots[cue]!.used = true;
      draft.measures.push({ fn: 'count_distinct', column: 'card_key' });
    } else if (cue >= 0) {
      slot.used = true;
      slots[cue]!.used = true;
      draft.measures.push({ fn: 'count_distinct', column: 'card_key' });
    } else if (isKind(slots[prev(i)], 'groupBy') && valueColumnAt(next(i)) !== 'issuer_bank_name') {
      // "per card" groups by a personal column; «по картам Каспи» only names the bank.
      slot.used = true;
      issues.push({ kind: 'per_card' });
    }
  });

  // ── compared values: "Almaty vs Astana" → a breakdown over those values ────────────────────
  draft.compare = slots.some((s) => isKind(s, 'compare'));
  if (draft.compare && draft.times.length < 2) {
    const compared = draft.filters.find(
      (f) => f.filter.kind === 'values' && !f.filter.negated && f.filter.values.length >= 2,
    );
    if (compared && compared.filter.kind === 'values') {
      if (!draft.dimensions.includes(compared.filter.column))
        draft.dimensions.unshift(compared.filter.column);
      draft.comparedValues = true;
    }
  }

  // ── measures ────────────────────────────────────────────────────────────────────────────────
  const measures: Measure[] = draft.measures;
  slots.forEach((slot, i) => {
    if (slot.used) return;
    const m = meaningOf(slot);
    if (!m) return;
    if (m.kind === 'aggregate') {
      slot.used = true;
      draft.domain = true;
      let j = next(i);
      // The noun may come first: «транзакция сомасының медианасы» (the median of the amount).
      const before = slots[prev(i)];
      let bound = (isKind(before, 'amount') || isKind(before, 'check')) && !before.used;
      if (bound) before!.used = true;
      const sharesNoun = isKind(slots[j], 'conjunction') && isKind(slots[next(j)], 'aggregate');
      while (j >= 0) {
        const s = slots[j]!;
        if (isKind(s, 'count') && !s.used) {
          // «орташа чек қанша?»: "how much" after the bound noun asks for its value, not a count.
          if (!(bound && s.item.meaning.strength === 'weak')) issues.push({ kind: 'avg_of_counts' });
          s.used = true;
          break;
        }
        if ((isKind(s, 'amount') || isKind(s, 'check') || isKind(s, 'entity')) && !s.used) {
          s.used = true;
          bound = bound || !isKind(s, 'entity') || s.item.meaning.entity === 'transactions';
          j = next(j);
          continue;
        }
        if (isKind(s, 'entity')) {
          j = next(j);
          continue;
        }
        break;
      }
      // "How many transactions per day on average": an average of counts or totals, not of amounts.
      const otherMeasure = slots.some(
        (o) => !o.used && (isKind(o, 'count') || isKind(o, 'total') || isKind(o, 'amount')),
      );
      if (
        !bound &&
        !sharesNoun &&
        (otherMeasure || measures.some((x) => x.fn === 'count' || x.fn === 'count_distinct'))
      ) {
        issues.push({ kind: 'avg_of_counts' });
      } else if (!bound && !sharesNoun && !draft.followUp && !namesAmount(slots, i)) {
        // "average per day", «в среднем за месяц»: of a transaction's amount, or of daily totals?
        issues.push({ kind: 'ambiguous_measure' });
      }
      measures.push({ fn: m.fn });
    } else if (m.kind === 'total') {
      slot.used = true;
      draft.domain = true;
      const j = next(i);
      const s = slots[j];
      if (isKind(s, 'count') && !s.used && s.item.meaning.strength === 'strong') {
        s.used = true;
        measures.push({ fn: 'count' });
      } else if (isKind(s, 'entity') && s.item.meaning.flavor === 'count') {
        measures.push({ fn: 'count' });
      } else {
        if (isKind(s, 'amount') && !s.used) s.used = true;
        measures.push({ fn: 'sum' });
      }
    }
  });
  // "how much" is a count only when no amount is named, wherever it stands (Kazakh: «сома қанша»).
  const amountNamed =
    hasUnusedAmount() ||
    measures.some((x) => x.fn !== 'count' && x.fn !== 'count_distinct') ||
    slots.some(
      (x) => isKind(x, 'superlative') && !x.item.meaning.impliesCount && draft.dimensions.length === 0,
    );
  slots.forEach((slot, i) => {
    if (slot.used) return;
    const m = meaningOf(slot);
    if (!m) return;
    if (m.kind === 'count') {
      slot.used = true;
      draft.domain = true;
      const j = next(i);
      const counted = isKind(slots[j], 'entity') && !(m.strength === 'weak' && isSubjectOfAmount(textOf(j)));
      if (m.strength === 'strong' || counted || !amountNamed) {
        measures.push({ fn: 'count' });
      }
    } else if (m.kind === 'amount') {
      slot.used = true;
      draft.domain = true;
      measures.push({ fn: 'sum' });
    } else if (m.kind === 'check') {
      slot.used = true;
      issues.push({ kind: 'unknown_words', words: [slot.item.text] });
    }
  });

  // ── superlatives: "largest transaction" (max) or "city with the most transactions" (top) ──
  let pluralHint: boolean | null = null;
  slots.forEach((slot) => {
    if (isKind(slot, 'grammaticalNumber') && pluralHint === null) pluralHint = slot.item.meaning.plural;
  });
  slots.forEach((slot) => {
    if (slot.used || !isKind(slot, 'superlative')) return;
    slot.used = true;
    draft.domain = true;
    const { direction, impliesCount } = slot.item.meaning;
    if (/^самы[ех](\s|$)/.test(slot.item.text) && pluralHint === null) pluralHint = true;
    if (/^сам(ый|ая|ое|ой|ом)(\s|$)/.test(slot.item.text) && pluralHint === null) pluralHint = false;
    if (draft.dimensions.length > 0) {
      topDirection ??= direction;
      if (impliesCount && measures.length === 0) measures.push({ fn: 'count' });
      return;
    }
    if (impliesCount) {
      issues.push({ kind: 'unsupported', what: 'superlative_without_dimension' });
      return;
    }
    const extreme = direction === 'desc' ? 'max' : 'min';
    if (measures.length === 0 || measures.every((x) => x.fn === 'sum')) {
      measures.splice(0, measures.length, { fn: extreme });
    } else if (!measures.some((x) => x.fn === extreme)) {
      issues.push({ kind: 'unsupported', what: 'superlative_of_measure' });
    }
  });

  // ── cards neither counted nor naming a bank's cards: "which cards spent the most" ───────────
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'entity') || slot.item.meaning.entity !== 'cards') return;
    slot.used = true;
    const role = cardWordRole({
      namesBank:
        valueColumnAt(prev(i)) === 'issuer_bank_name' || valueColumnAt(next(i)) === 'issuer_bank_name',
      ranked: ranking && draft.dimensions.length === 0,
      listed: slots.some((s) => isKind(s, 'listVerb')) && draft.dimensions.length === 0,
      aboutMoney: measures.some((m) => m.fn !== 'count' && m.fn !== 'count_distinct') || draft.hasEntity,
    });
    if (role === 'per_card') issues.push({ kind: 'per_card' });
  });

  if (measures.length === 0 && draft.hasEntity) {
    // "Show all transactions from yesterday" asks for rows; we only answer with aggregates.
    const listing = slots.some((s) => isKind(s, 'listVerb'));
    if (listing && draft.dimensions.length === 0) issues.push({ kind: 'listing' });
    else measures.push({ fn: 'count' });
  }
  const seen = new Set<string>();
  draft.measures = measures.filter((x) => {
    const key = x.fn === 'count_distinct' ? `${x.fn}:${x.column}` : x.fn;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  // ── remaining numbers: the N of "5 cities with the lowest…", «Пять крупнейших» ─────────────
  slots.forEach((slot) => {
    const n = numberOf(slot);
    if (n === null) return;
    slot.used = true;
    if (topDirection !== null && explicitLimit === null && Number.isInteger(n) && n >= 1) {
      explicitLimit = n;
      return;
    }
    issues.push({ kind: 'unknown_words', words: [slot.item.text] });
  });

  if (topDirection !== null) {
    // Without a dimension this is "top 5 transactions" (rows) — unless a follow-up supplies one.
    const plural: boolean = pluralHint ?? (dimensionTexts[0] ? isPluralWord(dimensionTexts[0]) : true);
    draft.top = { direction: topDirection, limit: explicitLimit, plural };
  }

  // "Transactions by amount" is a histogram, not a sum: say so rather than answer something else.
  // (decided after a follow-up merge: "top 5 merchants…" → «а по количеству?» re-ranks instead)
  draft.byMeasure = slots.some((slot, i) => {
    if (!isKind(slot, 'groupBy') || slot.used || slot.item.meaning.after) return false;
    const target = slots[next(i)];
    return isKind(target, 'amount') || isKind(target, 'count') || isKind(target, 'check');
  });
  // "Transactions in KZT" / «транзакций в тенге» filters the currency; "amount in tenge" is just the unit.
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'currencyUnit')) return;
    const amountBased = draft.measures.some((m) => m.fn !== 'count' && m.fn !== 'count_distinct');
    if (!amountBased && ['in', 'в'].includes(stopBefore(i) ?? '')) {
      addFilter({ kind: 'values', column: 'transaction_currency', negated: false, values: ['KZT'] }, i);
      slot.used = true;
    }
  });

  // ── structure words and leftovers ───────────────────────────────────────────────────────────
  const unknown: string[] = [];
  slots.forEach((slot) => {
    if (slot.used) return;
    const item = slot.item;
    if (item.kind === 'unknown') {
      unknown.push(item.text);
      return;
    }
    const m = meaningOf(slot);
    if (!m) return;
    switch (m.kind) {
      case 'share':
        draft.share = true;
        draft.domain = true;
        return;
      case 'compare':
      case 'groupBy':
      case 'conjunction':
      case 'followUp':
      case 'only':
      case 'shareBase':
      case 'grammaticalNumber':
      case 'listVerb':
      case 'entity':
      case 'currencyUnit':
      case 'destructive':
      case 'personal':
      case 'offTopic':
      case 'greeting':
        return;
      case 'multiplier':
        if (item.text.length > 1) unknown.push(item.text);
        return;
      case 'comparator':
        if (!m.weak) unknown.push(item.text);
        return;
      default:
        unknown.push(item.text);
    }
  });
  if (unknown.length > 0) issues.unshift({ kind: 'unknown_words', words: unknown });
  draft.anyContent = draft.anyContent || draft.domain || draft.elliptical || draft.compare;
  return draft;
}
