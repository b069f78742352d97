import { daysBetween } from '../calendar.js';
import type { Draft, DraftFilter } from '../draft.js';
import { ENUM_VALUES, type Filter, NULLABLE_COLUMNS, type NullableColumn } from '../frame.js';
import type { Meaning } from '../meaning.js';
import {
  ALL_WORDS,
  BILL_WORDS,
  VALUE_WORDS as BLANK_VALUE_WORDS,
  BLANK_WORDS,
  BLANKS_LEFT_OUT,
  CARD_NOT_PRESENT,
  EACH_ONE_WORDS,
  FROM_WORDS,
  IN_WORDS,
  INCLUDING_WORDS,
  KAZAKH_ABLATIVE,
  KAZAKH_QUESTION_PARTICLES,
  KAZAKH_UNTIL,
  MEANS_VERBS,
  OWN_ROW_WORDS,
  RANGE_TO_WORDS,
  REGION_WORDS,
  SHARE_OF_WORDS,
  SHOP_WORDS,
  TRANSFER_NOUN_IN,
  UNIT_NOT,
  WHICH_WORDS,
  WITH_WORDS,
} from '../vocabulary/index.js';

/** A transaction noun inside a filter phrase ("wallet payments", «әмиян төлемдері»). */
const TRANSACTION_NOUN = /payment|transaction|txn|purchase|платеж|төлем/;

import { cursor, tengeJoinedToCurrency } from './cursor.js';
import { negateFilter } from './negation.js';
import {
  addDimension,
  addFilter,
  countsTenge,
  definePass,
  insideBrackets,
  isKind,
  isPaymentsNoun,
  meaningOf,
  numberOf,
  type Reading,
  type Slot,
  sameValues,
} from './reading.js';

/** A filter naming every value of a column ("Apple Pay, Google Pay, Samsung Pay"): the same as having one. */
function listsEveryValue(f: Filter, column: string): boolean {
  if (f.kind !== 'values' || f.column !== column || f.negated) return false;
  const all: readonly string[] = ENUM_VALUES[f.column];
  return all.every((v) => f.values.includes(v));
}

/** Where the last value word of a filter stood, and the values it gave. */
interface LastWord {
  at: number;
  values: readonly string[];
}

/** Which existing filter a value word merged into (values of the same column). */
function filterTouchedBy(m: Meaning): (f: Filter) => boolean {
  if (m.kind === 'value' || m.kind === 'notValue') return (f) => f.kind === 'values' && f.column === m.column;
  if (m.kind === 'weekdayFilter') return (f) => f.kind === 'weekday';
  return () => false;
}

/**
 * Adds values to the filter on the same column and sign, so that "Almaty and Astana" is one IN list.
 * Without "and" / "or" between them, a value and a group word of the same column narrow each other
 * instead: "P2P_OUT transfers", «входящие переводы», «P2P_OUT аударым» name P2P_OUT only, not both
 * transfer types — the explicit value wins. Overlapping values neither of which holds the other, with
 * nothing joining them, have no one reading: the word is left not understood (asked back). Only the
 * values of the word just before narrow: in «кроме Unknown и продуктовых (Grocery)» the bracketed
 * name restates the grocery word, and Unknown stays excepted.
 */
function mergeValues(
  r: Reading,
  filter: Filter & { kind: 'values' },
  at: number,
  lastAt: Map<Filter, LastWord>,
): boolean {
  // (Of two filters on the column — a share's part and its whole — the one named last takes the word.)
  const existing = r.draft.filters
    .filter(
      (f) =>
        f.filter.kind === 'values' &&
        f.filter.column === filter.column &&
        f.filter.negated === filter.negated,
    )
    .sort((a, b) => (lastAt.get(b.filter)?.at ?? -1) - (lastAt.get(a.filter)?.at ?? -1))[0];
  if (existing && existing.filter.kind === 'values') {
    const had = existing.filter.values;
    const last = lastAt.get(existing.filter);
    const from = last?.at ?? -1;
    /** The word starts a share's whole, a filter of its own; the one before it is the part. */
    const startWhole = (): true => {
      const whole: Filter & { kind: 'values' } = { ...filter, values: [...filter.values] };
      existing.role = 'subset';
      r.draft.filters.push({ filter: whole, role: 'base' });
      lastAt.set(whole, { at, values: [...filter.values] });
      return true;
    };
    // («Доля ECOM среди покупок (POS+ECOM)», "ECOM share among POS and ECOM": after the word of the
    // whole, values of the part's column are the whole — a filter of its own (they were merged into the
    // part, or left not understood).)
    // (A value said again there is the same filter restated: «доля карт Халыка … среди всех карт Халыка».)
    const wholeBetween =
      existing.role === 'auto' &&
      filter.values.some((v) => !had.includes(v)) &&
      r.slots.some((s) => isKind(s, 'share')) &&
      r.slots.slice(from + 1, at).some((s) => isKind(s, 'shareBase'));
    if (wholeBetween) return startWhole();
    // ("online bill payments as a share of all bill payments": the part's own values said again as the
    // whole are the whole — the rest of the part is what is within it; it was taken the other way round.)
    // (Not in brackets, which gloss what was said: "Cross-border share of all … (acquirer outside KAZ)".)
    const restatedWhole =
      existing.role === 'auto' &&
      last !== undefined &&
      !insideBrackets(r.slots, at) &&
      filter.values.every((v) => had.includes(v)) &&
      had.every((v) => filter.values.includes(v)) &&
      r.slots.some((s) => isKind(s, 'share')) &&
      r.slots.slice(from + 1, at).some((s) => isKind(s, 'shareBase'));
    if (restatedWhole) {
      existing.role = 'base';
      lastAt.set(existing.filter, { at, values: [...filter.values] });
      return true;
    }
    // ("POS, ECOM and bill payments", "POS, ATM, ECOM": a comma joins a list as "and" does — in a list
    // of three or more, where the list goes on after it or has two values before it; «(… BILL_PAYMENT),
    // онлайн еместері» is no list.)
    const after = r.slots[at + 1];
    const goesOn =
      (after?.item.commaBefore === true || isKind(after, 'conjunction')) &&
      [after, r.slots[at + 2]].some((s) => isKind(s, 'value') && s.item.meaning.column === filter.column);
    const commaList = r.slots[at]?.item.commaBefore === true && (had.length >= 2 || goesOn);
    // («онлайн ба, POS па?», «Шымкентте ме, Ақтөбеде ме?»: each value asked with its particle — the
    // two a question offers, as "or" joins them.)
    const asked = (k: number) => {
      const s = r.slots[k];
      return s?.item.kind === 'stop' && KAZAKH_QUESTION_PARTICLES.includes(s.item.text);
    };
    const offered = from >= 0 && asked(from + 1) && asked(at + 1);
    const joined = r.slots.slice(from + 1, at).some((s) => isKind(s, 'conjunction')) || commaList || offered;
    // ("ATM withdrawals as a % of the combined amount of ATM withdrawals, POS and ECOM", "share of P2P_OUT in
    // transfers", «доля ECOM в обороте POS и ECOM»: one value named as a share's part, then — after the share
    // word or "in", nothing joining them — values of its column again: the whole, a filter of its own (they
    // were merged into the part, and the share taken of all payments).)
    const between = r.slots.slice(from + 1, at);
    const listAdds =
      goesOn &&
      [after, r.slots[at + 2]].some(
        (s) =>
          isKind(s, 'value') &&
          s.item.meaning.column === filter.column &&
          s.item.meaning.values.some((v) => !had.includes(v)),
      );
    const partThenWhole =
      !joined &&
      last !== undefined &&
      existing.role === 'auto' &&
      had.length === 1 &&
      r.slots.slice(0, at).some((s) => isKind(s, 'share')) &&
      !insideBrackets(r.slots, at) &&
      // ("share of X in Y", «доля X в Y», "X as a % of Y": "in", or "of" right after the share word — in
      // "what % of X were Y", «X-тің қанша пайызы Y» the first named is the whole.)
      between.some(
        (s, k) =>
          (s.item.kind === 'stop' && IN_WORDS.includes(s.item.text)) ||
          (isKind(s, 'share') && SHARE_OF_WORDS.includes(between[k + 1]?.item.text ?? '')),
      ) &&
      !between.some((s) => isKind(s, 'value') && s.item.meaning.column === filter.column) &&
      // (The part said again is the same filter — "taps: what % of contactless …" — unless a list of
      // the column goes on from it: "… of ATM withdrawals, POS and ECOM".)
      (filter.values.some((v) => !had.includes(v)) || listAdds);
    if (partThenWhole) return startWhole();
    // ("Online vs in-store last week: ECOM and POS counts": the values of the list named again.)
    // (Not a word narrowing the one before it: «переводы P2P_OUT» are the outgoing ones; nor under a
    // share, where the value said again is its part: "share of POS + ECOM purchases were ECOM".)
    if (
      !joined &&
      last &&
      !r.slots.some((s) => isKind(s, 'share')) &&
      had.length >= 2 &&
      filter.values.every((v) => had.includes(v)) &&
      !filter.values.every((v) => last.values.includes(v))
    ) {
      lastAt.set(existing.filter, { at, values: [...filter.values] });
      return true;
    }
    // ("what share of POS and ECOM purchases were ECOM", «сатып алулардың (POS және ECOM) ішіндегі онлайн
    // (ECOM) төлемдердің үлесі»: under a share, a value of a list said again apart from it is the part
    // within the list — it was merged into the list, and the share taken of something else.)
    // (Not in brackets, which restate the values said before them: «P2P аударымдардың (P2P_IN және
    // P2P_OUT бірге)», "online (ECOM)", "groceries, dining and fuel combined (Grocery & Food Markets,
    // Dining & Restaurants, …)" — anywhere in the brackets, not only their first word.)
    const shareSaid = r.slots.some((s) => isKind(s, 'share'));
    if (
      !joined &&
      last &&
      shareSaid &&
      !insideBrackets(r.slots, at) &&
      had.length >= 2 &&
      filter.values.every((v) => had.includes(v)) &&
      had.some((v) => !filter.values.includes(v))
    ) {
      const same = (f: DraftFilter) =>
        f.role === 'subset' &&
        f.filter.kind === 'values' &&
        f.filter.column === filter.column &&
        f.filter.values.join() === filter.values.join();
      if (!r.draft.filters.some(same)) {
        existing.role = 'base';
        r.draft.filters.push({ filter: { ...filter, values: [...filter.values] }, role: 'subset' });
      }
      return true;
    }
    // ("cards that made P2P_OUT transfers … and the transfer amount per card", «P2P_OUT аударымын … және
    // … аударым сомасы»: a wider word of the column after an "and" that joins other figures, not values —
    // the payments named again, as without the "and"; it added the incoming transfers.)
    // (…the figure's words between, or around the word: "the transfer amount", «сумма перевода»; not "all
    // transfers".)
    const figure = (s: Slot | undefined) =>
      isKind(s, 'count') || isKind(s, 'amount') || isKind(s, 'aggregate') || isKind(s, 'perCard');
    const said = last?.values ?? [];
    const restatedWider =
      joined &&
      said.length > 0 &&
      said.every((v) => filter.values.includes(v)) &&
      filter.values.some((v) => !said.includes(v)) &&
      !ALL_WORDS.includes(r.slots[at - 1]?.item.text ?? '') &&
      (r.slots.slice(from + 1, at).some(figure) || figure(r.slots[at + 1]) || figure(r.slots[at - 1]));
    if (restatedWider) {
      lastAt.set(existing.filter, { at, values: said });
      return true;
    }
    if (!joined && last) {
      const previous = last.values;
      const narrower = filter.values.every((v) => previous.includes(v));
      const wider = previous.every((v) => filter.values.includes(v));
      if (narrower) {
        const kept = had.filter((v) => !previous.includes(v));
        existing.filter.values = [...kept, ...filter.values.filter((v) => !kept.includes(v))];
      } else if (!wider && filter.values.some((v) => previous.includes(v))) return false;
      if (narrower || wider) {
        lastAt.set(existing.filter, { at, values: narrower ? [...filter.values] : previous });
        return true;
      }
    }
    // "ECOM vs POS", "online versus in-store": compared, the two are a list too.
    // (…and Kazakh sets one against the other in the ablative: «онлайн-сатып алулар шот төлемдерінен көп
    // болды ма?», more online purchases than bill payments.)
    const than =
      KAZAKH_ABLATIVE.test(r.slots[at]?.item.text ?? '') &&
      r.slots.slice(at + 1).some((s) => isKind(s, 'comparator'));
    const contrasted = r.slots.slice(from + 1, at).some((s) => isKind(s, 'compare')) || than;
    if (
      !joined &&
      !contrasted &&
      last &&
      existing.filter.column === 'transaction_type' &&
      !existing.filter.negated
    ) {
      const channel = onlineChannel(r, existing.filter, last.values, filter.values, at);
      if (channel !== null) return channel;
    }
    for (const v of filter.values) if (!had.includes(v)) had.push(v);
    lastAt.set(existing.filter, { at, values: [...filter.values] });
  } else {
    addFilter(r, filter, at);
    lastAt.set(filter, { at, values: [...filter.values] });
  }
  return true;
}

/**
 * "online bill payments", "bill payments paid online", «оплаты счетов через онлайн»: bill payments are
 * the one transaction type paid either online or not, so "online" with nothing joining it to them is
 * how they were paid (the entry mode ECOM), not a second type of an IN list. Next to another type
 * ("online P2P transfers") it has no one reading: not understood (asked back). Joined ("online and
 * bill payments"), the two stay a list of types. Null when neither word is "online".
 */
function onlineChannel(
  r: Reading,
  types: Filter & { kind: 'values' },
  previous: readonly string[],
  next: readonly string[],
  at: number,
): boolean | null {
  const online = (vs: readonly string[]) => vs.length === 1 && vs[0] === 'ECOM';
  if (online(previous) === online(next)) return null;
  const other = online(previous) ? next : previous;
  if (other.length !== 1 || other[0] !== 'BILL_PAYMENT') return false;
  if (online(previous)) types.values = [...types.values.filter((v) => v !== 'ECOM'), 'BILL_PAYMENT'];
  addFilter(r, { kind: 'values', column: 'pos_entry_mode', negated: false, values: ['ECOM'] }, at);
  return true;
}

/** Whether an "online" value word ends a list of entry modes (two or more, or joined by "and"). */
function onlineInModes(r: Reading, m: Meaning & { kind: 'value' }, before: number, at: number): boolean {
  if (m.column !== 'transaction_type' || m.values.length !== 1 || m.values[0] !== 'ECOM') return false;
  let k = before;
  while (k >= 0 && (r.slots[k]!.item.kind === 'stop' || isKind(r.slots[k], 'conjunction'))) k--;
  const listed = meaningOf(r.slots[k]);
  if (listed?.kind !== 'value' || listed.column !== 'pos_entry_mode') return false;
  const modes = r.draft.filters.find(
    (f) => f.filter.kind === 'values' && f.filter.column === 'pos_entry_mode',
  );
  const joined = r.slots.slice(k + 1, at).some((s) => isKind(s, 'conjunction'));
  return modes?.filter.kind === 'values' && (modes.filter.values.length >= 2 || joined);
}

/** The filter of the type ECOM alone, which an entry mode named with its column restates. */
function dropOnlineType(draft: Draft): void {
  draft.filters = draft.filters.filter(
    (f) =>
      !(
        f.filter.kind === 'values' &&
        f.filter.column === 'transaction_type' &&
        !f.filter.negated &&
        f.filter.values.join() === 'ECOM'
      ),
  );
}

/**
 * "online entry mode", «онлайн способ ввода», «онлайн енгізу тәсілі»: "online" right before a word for
 * the entry-mode column is that column's ECOM, as "contactless entry mode" is its Contactless. Said
 * beside a word that made the type ECOM ("card-not-present transactions (online entry mode)"), it
 * restates that word with its column named: the entry mode alone is meant.
 */
function onlineNamesMode(r: Reading, m: Meaning & { kind: 'value' }, after: number): boolean {
  if (m.column !== 'transaction_type' || m.values.length !== 1 || m.values[0] !== 'ECOM') return false;
  const named = meaningOf(r.slots[after]);
  const modeWord =
    (named?.kind === 'dimension' && named.dimension === 'pos_entry_mode') ||
    (named?.kind === 'columnWord' && named.column === 'pos_entry_mode');
  if (!modeWord) return false;
  dropOnlineType(r.draft);
  return true;
}

/** Whether the tenge at slot i is contrasted ("…, not tenge") with the original currency just named. */
function restatesUnit(slots: readonly Slot[], i: number): boolean {
  const { prev } = cursor(slots);
  const not = slots[prev(i)];
  if (!isKind(not, 'negation') || !UNIT_NOT.includes(not.item.text)) return false;
  const named = slots[prev(prev(i))];
  // ("… sum of the original USD amounts, not the tenge equivalent": the amount word said last.)
  return (
    isKind(named, 'originalAmount') ||
    isKind(named, 'amount') ||
    (isKind(named, 'value') && named.item.meaning.column === 'transaction_currency')
  );
}

/**
 * Whether the tenge at slot i is a value of a list of currencies (see `tengeJoinedToCurrency`) — not
 * where amounts are asked: in "total in tenge and in dollars" the two are units (the tenge filter asks
 * back what is meant where no other reading settles it).
 */
function listedWithCurrency(slots: readonly Slot[], i: number): boolean {
  if (!tengeJoinedToCurrency(slots, i)) return false;
  const money = slots.some((s) => isKind(s, 'total') || isKind(s, 'amount') || isKind(s, 'aggregate'));
  // ("total amount of KZT and USD payments", «KZT және USD валютасындағы операциялар сомасы»: the list
  // before the noun of payments, the column's word between, says which payments — amounts or not.)
  const { next } = cursor(slots);
  const listed = (s: Slot | undefined) =>
    isKind(s, 'conjunction') ||
    (isKind(s, 'value') && s.item.meaning.column === 'transaction_currency') ||
    (isKind(s, 'dimension') && s.item.meaning.dimension === 'transaction_currency');
  let k = next(i);
  while (listed(slots[k])) k = next(k);
  return !money || isPaymentsNoun(slots[k]);
}

/** Whether a slot is a word for the column of a values filter ("category" for a category). */
function namesColumn(slot: Slot | undefined, filter: Filter): boolean {
  if (filter.kind !== 'values' || !slot || slot.used) return false;
  const m = meaningOf(slot);
  return (
    (m?.kind === 'dimension' && m.dimension === filter.column) ||
    (m?.kind === 'columnWord' && m.column === filter.column)
  );
}

/**
 * "by wallet, blanks as their own row", «по кошелькам, пустые отдельной строкой», «енгізу тәсілі бойынша
 * (бос мәндер де бөлек жол)»: a word of blankness with no column of its own, said to be a row of its
 * own, keeps the blank as a row of the breakdown by the one column that may be blank.
 */
function keptBlankRows(slots: readonly Slot[]): boolean {
  if (brokenDownNullable(slots) === null) return false;
  let kept = false;
  slots.forEach((slot, i) => {
    if (slot.used || !BLANK_WORDS.includes(slot.item.text)) return;
    // ("including blanks", «включая пустые», "…, пустые тоже", "blanks included": kept beside the rest.)
    // («бос мәндерді қоса»: the values' noun may stand between.)
    let after = i + 1;
    while (BLANK_VALUE_WORDS.includes(slots[after]?.item.text ?? '')) after++;
    // ("incl nulls as their own row", «бос мәндер де бөлек жол», «бос мәндерді де қосып (бөлек жол)»: the
    // words of including, before or after, and a row of their own after those, all say it.)
    const isIncluding = (k: number) => INCLUDING_WORDS.includes(slots[k]?.item.text ?? '');
    const including = isIncluding(i - 1) ? [i - 1] : [];
    while (isIncluding(after)) including.push(after++);
    const own = ownRowAfter(slots, after - 1);
    const between = slots.slice(after, own[0]);
    const ownRow =
      own.length > 0 &&
      between.every((s) => s.item.kind === 'stop' || BLANK_VALUE_WORDS.includes(s.item.text));
    if (!ownRow && including.length === 0) return;
    for (let k = i; k < after; k++) slots[k]!.used = true;
    for (const k of including) slots[k]!.used = true;
    if (ownRow) for (let k = after; k <= own.at(-1)!; k++) slots[k]!.used = true;
    kept = true;
  });
  return kept;
}

/** The one column that can be blank among the breakdowns asked, or null. */
function brokenDownNullable(slots: readonly Slot[]): NullableColumn | null {
  const nullable = new Set(
    slots.flatMap((s) =>
      isKind(s, 'dimension') && (NULLABLE_COLUMNS as readonly string[]).includes(s.item.meaning.dimension)
        ? [s.item.meaning.dimension as NullableColumn]
        : [],
    ),
  );
  return nullable.size === 1 ? [...nullable][0]! : null;
}

/**
 * "count by wallet, excluding blanks", "which entry modes … ? ignore nulls", «по кошелькам без пустых»:
 * the blank of the one nullable column broken down, left out — the column with a value. The slots that
 * say so are used; the column and where its blank was said, or null when none is.
 */
function droppedBlanks(slots: readonly Slot[]): { column: NullableColumn; at: number } | null {
  const column = brokenDownNullable(slots);
  if (column === null) return null;
  let dropped = -1;
  slots.forEach((slot, i) => {
    if (slot.used || !BLANK_WORDS.includes(slot.item.text)) return;
    // ("…, blanks left out", "nulls excluded", «пустые не учитываем»: the negation said after them.)
    // («бос мәндерсіз», without blank values: a values word between.)
    let a = i + 1;
    while (BLANK_VALUE_WORDS.includes(slots[a]?.item.text ?? '') && !slots[a]!.used) a++;
    const after = slots[a];
    const before = BLANKS_LEFT_OUT.includes(slots[i - 1]?.item.text ?? '')
      ? slots[i - 1]
      : isKind(after, 'negation') && after.item.meaning.after === true
        ? after
        : undefined;
    if (!before || before.used) return;
    slot.used = true;
    before.used = true;
    // («без пустых значений», "without empty values": the values word after the blank one, either way.)
    for (let k = i + 1; k < a; k++) slots[k]!.used = true;
    dropped = i;
  });
  return dropped >= 0 ? { column, at: dropped } : null;
}

/** The slots of "own row" words (OWN_ROW_WORDS) within six slots after slot i, or none. */
function ownRowAfter(slots: readonly Slot[], i: number): number[] {
  for (let k = i + 1; k < Math.min(slots.length, i + 7); k++) {
    let text = '';
    for (let end = k; end < Math.min(slots.length, k + 3); end++) {
      text = text ? `${text} ${slots[end]!.item.text}` : slots[end]!.item.text;
      if (OWN_ROW_WORDS.includes(text)) return Array.from({ length: end - k + 1 }, (_, d) => k + d);
    }
  }
  return [];
}

/**
 * Filters named by value words: categories, cities, banks, types, entry modes, wallets ("with / without
 * a wallet"), currencies, countries ("abroad" = not KAZ), weekdays, "MCC 5411", "merchant 1234 and 1235".
 * Values of one column join into one IN list; a negation (resolved before) makes them NOT IN; a Kazakh
 * postposed negation reverses the filter of the word just before it («Алматыдан басқа»).
 */
export const readValueFilters = definePass((r) => {
  const { slots, draft, notes } = r;
  const { next, prev, idsAfter, stopBefore } = cursor(slots);
  /** The filter the previous value word made, for a postposed negation that follows it. */
  let recent: { filter: DraftFilter; at: number } | null = null;
  /** The value word a "by" of the means ("paid by swipe") stood before. */
  let meansAt = -1;
  /** The slot of the last value word each values filter took. */
  const lastAt = new Map<Filter, LastWord>();
  // ("cashless payments (POS and ECOM)", «безналичных платежей (POS и ECOM)»: a word with no one set of
  // values is read by the values in brackets after it, the payments' noun between or not; alone it stays
  // not understood — asked back, never a guess at which types are meant.)
  // (Not yet beside a comparison: "cash vs cashless (POS, ECOM and BILL_PAYMENT)" set the types of the
  // list against each other, a row per type.)
  const compared = slots.some(
    (x) => isKind(x, 'compare') || (isKind(x, 'listMode') && x.item.meaning.mode !== 'together'),
  );
  slots.forEach((s, i) => {
    const m = meaningOf(s);
    if (m?.kind !== 'value' || !m.glossed) return;
    const gloss = slots[isPaymentsNoun(slots[i + 1]) ? i + 2 : i + 1];
    if (
      !compared &&
      gloss?.item.bracketBefore &&
      isKind(gloss, 'value') &&
      gloss.item.meaning.column === m.column
    ) {
      s.used = true;
      // (The values in brackets are the one thing named, added up as "POS + ECOM" is.)
      if (!draft.combined?.includes(m.column)) draft.combined = [...(draft.combined ?? []), m.column];
    } else slots[i] = { item: { kind: 'unknown', text: s.item.text }, used: false };
  });
  // («оплата услуг (BILL_PAYMENT)», «қызметтерге төлемдер (BILL_PAYMENT)»: a category word glossed by a
  // type of transaction in the brackets right after it — the payments' noun between or not — is what the
  // type is called there, not a category besides. (Both kept, only the bill payments in "Services
  // (Other)" were counted.)
  slots.forEach((s, i) => {
    const m = meaningOf(s);
    if (s.used || m?.kind !== 'value' || m.column !== 'mcc_category' || m.glossed) return;
    const gloss = slots[isPaymentsNoun(slots[i + 1]) ? i + 2 : i + 1];
    if (
      gloss?.item.bracketBefore &&
      isKind(gloss, 'value') &&
      gloss.item.meaning.column === 'transaction_type'
    )
      s.used = true;
  });
  // («в магазинах мебели», "in shops of electronics", «в магазине одежды»: the shops of a category say
  // where, as the category's merchants — not the in-store channel; it left online purchases there out.)
  slots.forEach((s, i) => {
    const category = slots[next(i)];
    if (
      SHOP_WORDS.includes(s.item.text) &&
      isKind(s, 'value') &&
      isKind(category, 'value') &&
      category.item.meaning.column === 'mcc_category' &&
      !category.item.commaBefore &&
      !category.item.clauseBefore
    )
      s.used = true;
  });
  // "POS + ECOM", «покупки (POS + ECOM)», "POS+ECOM turnover": a plus between two values joins them as
  // "and" does (the second value was left unread and the question asked back) — added up, one total
  // ("by POS+ECOM turnover in every city" is no row per type, "ATM vs purchases (POS + ECOM)" two sides).
  slots.forEach((s, i) => {
    if (s.item.kind !== 'stop' || s.item.text !== '+') return;
    const [a, b] = [meaningOf(slots[i - 1]), meaningOf(slots[i + 1])];
    if (a?.kind !== 'value' || b?.kind !== 'value') return;
    slots[i] = { item: { kind: 'meaning', meaning: { kind: 'conjunction' }, text: '+' }, used: false };
    if (a.column === b.column && !draft.combined?.includes(a.column))
      draft.combined = [...(draft.combined ?? []), a.column];
  });
  // («с онлайн способом ввода (ECOM)», "online entry mode (ECOM)": a value word right before a column
  // word with the same value of that column is the adjective of it — not a value of its own column (it
  // made an online purchase of the ECOM entry mode, and a share took one for the part).
  slots.forEach((slot, i) => {
    const a = meaningOf(slot);
    const b = meaningOf(slots[next(i)]);
    if (slot.used || a?.kind !== 'value' || b?.kind !== 'value' || next(i) !== i + 1) return;
    const phrase = slots[i + 1]!.item.text.includes(' ');
    if (phrase && a.column !== b.column && a.values.join() === b.values.join()) slot.used = true;
  });
  // («жалақы (SALARY) аударымдары», "salary transfers", «зарплатных переводов»: the noun of transfers
  // right after the salary — a gloss of it in brackets may stand between — or right before it in the
  // genitive is the salary's own noun: the salary credits, not transfers too.)
  slots.forEach((slot, i) => {
    const m = meaningOf(slot);
    if (slot.used || m?.kind !== 'value' || !m.values.every((v) => v.startsWith('P2P'))) return;
    // (a noun of transfers, not the type's code: "excl. ATM/P2P/salary" lists three kinds)
    if (/^p2p/i.test(slot.item.text)) return;
    if (slot.item.commaBefore || slot.item.bracketBefore || slot.item.clauseBefore) return;
    let k = i - 1;
    while (k > 0 && slots[k]!.item.bracketBefore && sameValues(slots[k], slots[k - 1])) k--;
    const salary = (s: Slot | undefined) => {
      const v = meaningOf(s);
      return v?.kind === 'value' && v.values.join() === 'SALARY';
    };
    // («переводы зарплаты», "transfers of salaries": the salary said after them, in the genitive.)
    const of = slots[i + 1]?.item.kind === 'stop' && slots[i + 1]!.item.text === 'of' ? i + 2 : i + 1;
    if (salary(slots[k]) || (salary(slots[of]) && !slots[of]!.item.commaBefore)) slot.used = true;
  });
  slots.forEach((slot, i) => {
    if (slot.item.kind === 'stop') return;
    const m = meaningOf(slot);
    if (m?.kind === 'negation' && m.after && !slot.used) {
      // «Такси санатындағы төлемдерден басқа» (other than payments in the Taxi category): the noun
      // for transactions says what is left out; the negation is of the value before it.
      const noun = meaningOf(slots[prev(i)]);
      // ("…, Kaspi cards excluded": the cards of the bank before them.)
      const bankCards =
        noun?.kind === 'entity' &&
        noun.entity === 'cards' &&
        recent?.at === prev(prev(i)) &&
        'column' in recent.filter.filter &&
        recent.filter.filter.column === 'issuer_bank_name';
      const end = (noun?.kind === 'entity' && noun.entity === 'transactions') || bankCards ? prev(i) : i;
      // «Unknown санатынан басқа» (other than the Unknown category): the column word between names
      // the value's column.
      const between = slots[prev(end)];
      if (recent && prev(prev(end)) === recent.at && namesColumn(between, recent.filter.filter)) {
        between!.used = true;
        recent.filter.filter = negateFilter(recent.filter.filter);
        slot.used = true;
        return;
      }
      // With nothing to negate the word stays not understood.
      if (recent && recent.at === prev(end)) {
        recent.filter.filter = negateFilter(recent.filter.filter);
        slot.used = true;
        if (bankCards) slots[prev(i)]!.used = true;
      }
      return;
    }
    if (slot.used || !m) return;
    let negated = notes.negatedSlots.has(i);
    const before = draft.filters.length;
    // "card-not-present volume (ECOM entry mode)": the entry mode named beside "card-not-present"
    // restates it with its column (it was both the type and the entry mode).
    if (m.kind === 'value' && m.column === 'pos_entry_mode' && m.values.join() === 'ECOM' && !negated) {
      const cnp = slots.slice(0, i).some((s) => s.used && CARD_NOT_PRESENT.includes(s.item.text));
      if (cnp) dropOnlineType(draft);
    }
    // "restaurant bills", "grocery bills": what was paid there — the check — not bill payments.
    // ("Fast food vs restaurants: average bill in 2026": "the average bill" right after the average, with
    // no amount word after it, is the average check too — it kept bill payments only.)
    if (m.kind === 'value' && BILL_WORDS.includes(slot.item.text) && m.values.includes('BILL_PAYMENT')) {
      const place = meaningOf(slots[prev(i)]);
      const averaged =
        slot.item.text === 'bill' &&
        place?.kind === 'aggregate' &&
        place.fn === 'avg' &&
        !isKind(slots[next(i)], 'amount');
      if (
        averaged ||
        (place?.kind === 'value' &&
          place.column === 'mcc_category' &&
          !place.values.some((v) => v.startsWith('Utilities')))
      ) {
        slots[i] = {
          item: { kind: 'meaning', meaning: { kind: 'check' }, text: slot.item.text },
          used: false,
        };
        return;
      }
    }
    switch (m.kind) {
      case 'value': {
        // «(бесконтакт, QR, магнитка, онлайн)»: "online" at the end of a list of entry modes is the ECOM
        // entry mode ("contactless online purchases", no list, stays a type and a mode: no rows, asked back).
        const namesMode = onlineNamesMode(r, m, next(i));
        // (The word is the entry mode's value from now on, so that the column word after it labels it.)
        if (namesMode && slot.item.kind === 'meaning')
          slot.item = { ...slot.item, meaning: { ...m, column: 'pos_entry_mode' } };
        const column = namesMode || onlineInModes(r, m, prev(i), i) ? 'pos_entry_mode' : m.column;
        // "sent by P2P in April", "transfers in Almaty": "in" before a period or a place is the
        // preposition, not the incoming transfers ("P2P in and out").
        const values = inBeforeWhenOrWhere(slots, i) ? TRANSFERS : m.values;
        if (!mergeValues(r, { kind: 'values', column, negated, values: [...values] }, i, lastAt)) return;
        break;
      }
      case 'notValue':
        if (
          !mergeValues(
            r,
            { kind: 'values', column: m.column, negated: !negated, values: [...m.values] },
            i,
            lastAt,
          )
        )
          return;
        break;
      case 'presence': {
        const present = negated ? !m.present : m.present;
        // "one row per wallet (no-wallet payments as their own row)": with a breakdown by the column, the
        // blank is kept as a row of it, not a filter (it left only the blank).
        // (The words that say so are read with it: «без кошелька — отдельной строкой».)
        const ownRow = ownRowAfter(slots, i);
        const brokenDown = slots.some((s) => isKind(s, 'dimension') && s.item.meaning.dimension === m.column);
        // ("…, including those with no entry mode recorded", "NULL included", «включая пустые»: kept too.)
        const including = [...slots.slice(Math.max(0, i - 4), i), slots[i + 1]].filter(
          (s): s is Slot => s !== undefined && INCLUDING_WORDS.includes(s.item.text),
        );
        if (!present && brokenDown && (ownRow.length > 0 || including.length > 0)) {
          slot.used = true;
          draft.blankRow = true;
          for (const k of ownRow) slots[k]!.used = true;
          for (const s of including) s.used = true;
          break;
        }
        // "with and without a wallet": "with" before the conjunction says the payments with one too
        // (the two are set side by side with the comparisons).
        const and = prev(i);
        if (!present && isKind(slots[and], 'conjunction') && WITH_WORDS.includes(stopBefore(and) ?? '')) {
          slots[and]!.used = true;
          addFilter(r, { kind: 'presence', column: m.column, present: true }, and);
        }
        addFilter(r, { kind: 'presence', column: m.column, present }, i);
        // "wallet payments", «әмиян төлемдері»: the phrase names the transactions too.
        if (TRANSACTION_NOUN.test(slot.item.text)) draft.hasEntity = true;
        break;
      }
      case 'currencyUnit': {
        // «KZT-ден басқа» (other than KZT): a Kazakh negation after the unit, its ablative ending
        // written apart, negates it as «теңгеден басқа» does.
        const not = slots[next(i)];
        if (!negated && isKind(not, 'negation') && not.item.meaning.after && !not.used) {
          not.used = true;
          negated = true;
          notes.negatedSlots.add(i);
        }
        // "KZT transactions", "KZT payments": the code before a noun of payments names their currency (it
        // was read as the unit of amounts, and the condition dropped).
        // (…and the tenge, not after "in": "tenge transactions", "tenge-denominated payments",
        // «теңгемен жасалған транзакциялар» — a stop word such as a participle may stand between.)
        // ("tenge-currency payments": the currency's column word may stand between.)
        const payments = (k: number): boolean =>
          (isKind(slots[k], 'entity') && slots[k]!.item.meaning.entity === 'transactions') ||
          (isKind(slots[k], 'dimension') &&
            slots[k]!.item.meaning.dimension === 'transaction_currency' &&
            payments(next(k)));
        // (…but not the tenge counted: «Сколько тенге ушло на покупки» asks for their amount.)
        const counted = countsTenge(slots, i);
        const named =
          (slot.item.text === 'kzt' && isKind(slots[i + 1], 'entity')) ||
          listedWithCurrency(slots, i) ||
          (!IN_WORDS.includes(stopBefore(i) ?? '') &&
            payments(next(i)) &&
            !slot.item.clauseBefore &&
            !counted);
        // "excluding KZT", «кроме тенге»: a currency filter; otherwise tenge is only the unit of amounts.
        if (!negated && !named) return;
        // "in dollars, not tenge", "(original currency, not tenge)", «в валюте, не в тенге»: which unit
        // the amounts are in — the original currency, said twice — not a filter. («без тенге», "non-KZT",
        // «кроме тенге» still filter.)
        if (negated && draft.originalAmount && restatesUnit(slots, i)) {
          slot.used = true;
          return;
        }
        if (
          !mergeValues(
            r,
            { kind: 'values', column: 'transaction_currency', negated, values: ['KZT'] },
            i,
            lastAt,
          )
        )
          return;
        break;
      }
      case 'weekdayFilter': {
        // ("Which weekday had the most …? Show all weekdays.", "by weekday — show all weekdays": after
        // "all", with the days of the week broken down by, "weekdays" are all seven — it kept Monday to
        // Friday.)
        const allBefore = /(^|\s)all$/.test(slots[i - 1]?.item.text ?? '');
        const byWeekday = slots.some((x) => isKind(x, 'dimension') && x.item.meaning.dimension === 'weekday');
        if (!negated && m.days.length === 5 && slot.item.text === 'weekdays' && allBefore && byWeekday) {
          // (as "all weekdays" reads: the whole week, every day of a ranking shown)
          slots[i] = {
            item: { kind: 'meaning', text: 'all weekdays', meaning: { kind: 'wholeCycle' } },
            used: false,
          };
          break;
        }
        // "which weekdays are busiest", «в какие будни»: the days of the week are what is asked for.
        if (!negated && m.days.length === 5 && WHICH_WORDS.includes(stopBefore(i) ?? '')) {
          addDimension(r, 'weekday', i);
          break;
        }
        // "over the 1-3 May 2026 holiday weekend": the weekend named after the days given is their name,
        // not a condition on them (the Friday fell out).
        const named = notes.timeRanges.some(
          (t) =>
            t.range.kind === 'dates' &&
            t.range.to !== null &&
            daysBetween(t.range.from, t.range.to) <= 4 &&
            slots[t.at]?.item.kind === 'number' &&
            t.at < i &&
            slots.slice(t.at, i).every((x) => x.used || x.item.kind === 'stop' || isKind(x, 'occasion')),
        );
        if (!negated && m.days.length === 2 && m.days.includes(6) && named) {
          slot.used = true;
          break;
        }
        // "from Monday to Friday", «с понедельника по пятницу», "Mon-Fri": every day of the range, not its
        // two ends. One day after "from" / «с» with no end ("from Monday", «с понедельника») starts a
        // period, not a condition: left for the coverage check to ask back.
        // (The words are read as written: "from" and "to" are also comparators, «по» also "by".)
        const toWord = RANGE_TO_WORDS.includes(slots[i + 1]?.item.text ?? '');
        const to = toWord ? i + 2 : i + 1;
        const end = meaningOf(slots[to]);
        const oneDay = (x: typeof end) => x?.kind === 'weekdayFilter' && x.days.length === 1;
        // (Kazakh says the end with «дейін» after it: «дүйсенбіден жұмаға дейін».)
        const untilAt = KAZAKH_UNTIL.includes(slots[to + 1]?.item.text ?? '') ? to + 1 : -1;
        const joined = toWord || slots[to]?.item.dashBefore === true || untilAt >= 0;
        let range: number[] | null = null;
        if (oneDay(m) && oneDay(end) && joined && end?.kind === 'weekdayFilter' && !slots[to]!.used) {
          if (toWord) slots[i + 1]!.used = true;
          if (untilAt >= 0) slots[untilAt]!.used = true;
          const [a, b] = [m.days[0]!, end.days[0]!];
          range = [];
          for (let d = a; ; d = (d % 7) + 1) {
            range.push(d);
            if (d === b) break;
          }
          slots[to]!.used = true;
        } else if (oneDay(m) && FROM_WORDS.includes(slots[i - 1]?.item.text ?? '')) {
          return;
        }
        if (range && FROM_WORDS.includes(slots[i - 1]?.item.text ?? '')) slots[i - 1]!.used = true;
        // ("by weekday, Monday to Sunday": the whole week filters nothing.)
        if (range?.length === 7 && !negated) {
          slot.used = true;
          break;
        }
        const given = range ?? m.days;
        const days = negated ? [1, 2, 3, 4, 5, 6, 7].filter((d) => !given.includes(d)) : [...given];
        const existing = draft.filters.find((f) => f.filter.kind === 'weekday');
        if (existing && existing.filter.kind === 'weekday') {
          for (const d of days) if (!existing.filter.days.includes(d)) existing.filter.days.push(d);
        } else {
          addFilter(r, { kind: 'weekday', days }, i);
        }
        break;
      }
      case 'dimension': {
        // "MCC 5411", "merchant 1234 and 1235"
        if (m.dimension !== 'merchant_id' && m.dimension !== 'merchant_mcc') return;
        // "merchant_mcc != 5411", «MCC не 5411»: the negation between the column and its codes.
        const between = slots[next(i)];
        const notCode =
          isKind(between, 'negation') && !between.used && slots[next(next(i))]?.item.kind === 'number';
        let { ids, at } = idsAfter(notCode ? next(i) : i);
        if (notCode && ids.length > 0) {
          between!.used = true;
          negated = !negated;
        }
        // «5411 MCC бойынша», "5411 and 5812 MCCs": the codes before the word (four digits, unread).
        if (ids.length === 0 && m.dimension === 'merchant_mcc') ({ ids, at } = mccsBefore(slots, prev, i));
        if (ids.length === 0) return;
        for (const j of at) slots[j]!.used = true;
        // "MCC 7399 and MCC 6051", "MCC 7399 vs MCC 6051": one list, as "Almaty and Astana" is (two
        // filters would leave no transaction). Nothing joining them: asked back.
        const earlier = draft.filters.find(
          (f) => f.filter.kind === 'ids' && f.filter.column === m.dimension && f.filter.negated === negated,
        );
        if (earlier?.filter.kind === 'ids') {
          const joined = slots
            .slice(0, i)
            .findLastIndex((s) => isKind(s, 'conjunction') || isKind(s, 'compare'));
          const lastId = slots.slice(0, i).findLastIndex((s) => s.item.kind === 'number' && s.used);
          if (joined < lastId) draft.issues.push({ kind: 'unknown_words', words: [slot.item.text] });
          for (const id of ids) if (!earlier.filter.values.includes(id)) earlier.filter.values.push(id);
          break;
        }
        addFilter(r, { kind: 'ids', column: m.dimension, negated, values: ids }, i);
        // ("Average ticket by MCC for 5812, 5813 and 5814": the column word after "by" is the breakdown, the
        // codes set apart from it by a word or a comma the rows kept — it was one average of them all.)
        const first = Math.min(...at);
        const apart = first > i + 1 || slots[first]?.item.commaBefore === true;
        const byBefore = slots[prev(i)];
        // (Not "по всем MCC, кроме 5411": every code but one, one sum.)
        if (
          apart &&
          !negated &&
          isKind(byBefore, 'groupBy') &&
          !byBefore.used &&
          !byBefore.item.meaning.after
        )
          return;
        break;
      }
      default:
        return;
    }
    slot.used = true;
    draft.domain = true;
    // "paid by QR code", "made by Apple Pay": "by" after such a verb names the means, a filter.
    const by = slots[prev(i)];
    if (isKind(by, 'groupBy') && !by.used && !by.item.meaning.after) {
      const verb = slots[prev(i) - 1];
      if (verb?.item.kind === 'stop' && MEANS_VERBS.includes(verb.item.text)) {
        by.used = true;
        meansAt = i;
      }
      // ("paid by swipe or by QR code": the "by" again after "or" is the means too, not a breakdown.)
      const or = prev(prev(i));
      if (meansAt >= 0 && isKind(slots[or], 'conjunction') && prev(or) === meansAt) {
        by.used = true;
        meansAt = i;
      }
    }
    const touched = filterTouchedBy(m);
    const made =
      draft.filters.length > before ? draft.filters.at(-1) : draft.filters.find((f) => touched(f.filter));
    recent = made ? { filter: made, at: i } : null;
  });
  if (keptBlankRows(slots)) draft.blankRow = true;
  // «регионы (все города кроме Алматы и Астаны)», "the regions, i.e. all cities other than …": the word
  // names the cities left by the exception said beside it.
  const otherCities = draft.filters.some(
    (f) => f.filter.kind === 'values' && f.filter.column === 'merchant_city' && f.filter.negated,
  );
  if (otherCities) for (const s of slots) if (!s.used && REGION_WORDS.includes(s.item.text)) s.used = true;
  const dropped = droppedBlanks(slots);
  if (dropped) addFilter(r, { kind: 'presence', column: dropped.column, present: true }, dropped.at);
  // «с кошельком (Apple/Google/Samsung Pay) и без кошелька»: every value of a column listed beside "with
  // one", set against "without", restates it (it was a row per wallet, or the values against the rest).
  // (Not beside "with" alone: «платежи через кошельки (Apple Pay, Google Pay, Samsung Pay)» spread over
  // the wallets named.)
  for (const p of draft.filters) {
    if (p.filter.kind !== 'presence' || !p.filter.present) continue;
    const column = p.filter.column;
    const without = draft.filters.some(
      (f) => f.filter.kind === 'presence' && f.filter.column === column && !f.filter.present,
    );
    if (!without) continue;
    draft.filters = draft.filters.filter((f) => !listsEveryValue(f.filter, column));
  }
  // («телефонмен (Apple Pay, Google Pay, Samsung Pay) жасалғандарының үлесі»: every value of the column
  // listed in brackets right after a word of having one restates it — one condition (two, one of which
  // became the share's base).
  slots.forEach((s, i) => {
    if (!isKind(s, 'presence')) return;
    const column = s.item.meaning.column;
    const after = slots[i + 1];
    if (!after?.item.bracketBefore || !isKind(after, 'value') || after.item.meaning.column !== column) return;
    draft.filters = draft.filters.filter((f) => !listsEveryValue(f.filter, column));
  });
  // («долю ECOM среди всех операций с заполненным способом ввода»: beside a condition on the entry mode,
  // "ECOM" is the entry mode, not the type of transaction — bill payments are made online too.)
  const entryModeNamed = draft.filters.some(
    (f) => f.filter.kind === 'presence' && f.filter.column === 'pos_entry_mode',
  );
  for (const f of draft.filters)
    if (
      entryModeNamed &&
      f.filter.kind === 'values' &&
      f.filter.column === 'transaction_type' &&
      f.filter.values.length === 1 &&
      f.filter.values[0] === 'ECOM'
    )
      f.filter = { ...f.filter, column: 'pos_entry_mode' };
  // «шетелдік эквайерлер (KAZ емес)»: a value restated in brackets is the same filter once.
  const seen = new Set<string>();
  draft.filters = draft.filters.filter((f) => {
    const key = `${f.role}:${JSON.stringify(f.filter)}`;
    return !seen.has(key) && seen.add(key);
  });
});

/** Merchant category codes written before the MCC word, nearest first: unread four-digit numbers. */
function mccsBefore(
  slots: readonly Slot[],
  prev: (i: number) => number,
  i: number,
): { ids: number[]; at: number[] } {
  const ids: number[] = [];
  const at: number[] = [];
  let j = prev(i);
  while (j >= 0) {
    const n = numberOf(slots[j]);
    if (n === null || slots[j]!.used || !Number.isInteger(n) || n < 1000 || n > 9999) break;
    ids.unshift(n);
    at.unshift(j);
    const c = prev(j);
    if (!isKind(slots[c], 'conjunction')) break;
    j = prev(c);
  }
  return { ids, at };
}

/** Both directions of a transfer. */
const TRANSFERS: readonly string[] = ['P2P_IN', 'P2P_OUT'];

/** What "in" may stand before as a preposition: a period or a place. */
const WHEN_OR_WHERE: ReadonlySet<Meaning['kind']> = new Set<Meaning['kind']>([
  'monthName',
  'period',
  'periodModifier',
  'timeUnit',
  'relativeDay',
  'quarterName',
  'halfName',
  'seasonName',
]);

/** "P2P in April", "transfers in Almaty": the incoming value read from "in", a preposition there. */
function inBeforeWhenOrWhere(slots: readonly Slot[], at: number): boolean {
  const slot = slots[at]!;
  const m = meaningOf(slot);
  if (
    m?.kind !== 'value' ||
    m.values.length !== 1 ||
    m.values[0] !== 'P2P_IN' ||
    !slot.item.text.endsWith(' in')
  )
    return false;
  // Right after it, or after "the" ("in the last month"); «P2P_IN в Астане» and "P2P_IN in April"
  // have a preposition of their own.
  // ("P2P_OUT transfers in each city": after the outgoing kind the noun restates it, and "in" can only be
  // the preposition — it was read as both directions.)
  const before = meaningOf(slots[at - 1]);
  // ("P2P_OUT / P2P_IN" stays two values: the slash is gone by now, and "p2p in" names the kind.)
  const outgoing =
    before?.kind === 'value' && before.column === 'transaction_type' && !before.values.includes('P2P_IN');
  if (outgoing && TRANSFER_NOUN_IN.test(slot.item.text)) return true;
  let after = slots[at + 1]?.item.text === 'the' ? at + 2 : at + 1;
  // ("transfers in which city"; "in each city", "in every bank": each group the transfers are counted in.)
  // ("transfers in by city" stays the incoming ones.)
  const asked = WHICH_WORDS.includes(slots[after]?.item.text ?? '');
  if (asked) after++;
  const next = slots[after];
  if (next?.item.kind === 'date') return true;
  if (next?.item.kind === 'number') return next.item.value >= 1990 && next.item.value <= 2100;
  const n = meaningOf(next);
  return (
    !!n &&
    (WHEN_OR_WHERE.has(n.kind) ||
      (n.kind === 'groupBy' && EACH_ONE_WORDS.includes(next!.item.text)) ||
      (asked && n.kind === 'dimension') ||
      (n.kind === 'value' && n.column === 'merchant_city'))
  );
}
