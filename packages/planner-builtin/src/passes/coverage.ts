import { daysBetween } from '../calendar.js';
import type { Draft } from '../draft.js';
import {
  type Dimension,
  ENUM_COLUMNS,
  groupConditionMeasure,
  isTimeDimension,
  isTwoWaySplit,
} from '../frame.js';
import type { Item } from '../lexicon.js';
import {
  ALL_TOTAL_WORDS,
  ALL_WORDS,
  EACH_ALONE_WORDS,
  EACH_GROUP_WORDS,
  EACH_OF_LINKS,
  FROM_WORDS,
  IN_ALL_WORDS,
  LABEL_WORDS,
  NUMBER_LABEL_WORDS,
  OR_WORDS,
  PLAIN_BY,
  REQUEST_CHECK_VERBS,
  REQUEST_WORDS,
  RUSSIAN_GENITIVE_PLURAL,
  TENGE_UNIT,
} from '../vocabulary/index.js';
import { changeAfter } from './change-sign.js';
import { cursor } from './cursor.js';
import { labelled } from './labels-only.js';
import { spansOne } from './period-pronouns.js';
import {
  definePass,
  isCardsNoun,
  isCodeOfColumn,
  isKind,
  isPaymentsNoun,
  meaningOf,
  measuresCards,
  opensClause,
  type Slot,
} from './reading.js';
import { isMeasureWord, measureNamed } from './sort-by.js';

/** The words of an item as the question wrote them, typos and all: what a question asked back names. */
function asTyped(item: Item): string {
  if (item.kind !== 'meaning' || !item.typos) return item.text;
  return item.typos.reduce((text, [typed, read]) => text.replace(read, typed), item.text);
}

/**
 * Slots of context clauses: "For the board deck: …", "… ? Risk wants it for the threshold review.",
 * «Для тикета: …». A sentence or clause of only unknown and stop words, in a question whose other
 * clauses say what to compute, carries nothing the plan could use; its words are set aside (and named
 * in the answer) rather than asked back. A clause with any other word of the vocabulary (words that say
 * who asks or why are the exception), a number or a date, or of fewer than three words one of which
 * is unknown, is never set aside.
 */
function contextClauses(slots: readonly Slot[]): Set<number> {
  const clauses: number[][] = [[]];
  for (const [i, slot] of slots.entries()) {
    if (slot.item.clauseBefore && clauses.at(-1)!.length > 0) clauses.push([]);
    clauses.at(-1)!.push(i);
  }
  if (clauses.length < 2) return new Set();
  // Unknown and stop words, and structure words left unused («по просьбе», "and").
  const plain = (k: number) => {
    const s = slots[k]!;
    if (
      s.item.kind === 'unknown' ||
      s.item.kind === 'stop' ||
      isKind(s, 'aside') ||
      isKind(s, 'purpose') ||
      isKind(s, 'occasion')
    )
      return true;
    return !s.used && (isKind(s, 'groupBy') || isKind(s, 'conjunction'));
  };
  // Two words ("Corporate segment.") may well be a condition; a lead-in or an aside is longer —
  // unless its words are all known to say who asks or why ("Treasury.", «Для отчёта:»).
  const unknownAt = (k: number) => slots[k]!.item.kind === 'unknown' || isKind(slots[k], 'occasion');
  // ("… ? Give me their names.": a clause that asks for something is a request, not context.)
  const asks = (c: readonly number[]) => c.some((k) => REQUEST_WORDS.includes(slots[k]!.item.text));
  const asides = clauses.filter(
    (c) =>
      c.every(plain) &&
      !asks(c) &&
      (c.some(unknownAt)
        ? c.length >= 3
        : c.some((k) => isKind(slots[k], 'aside') || isKind(slots[k], 'purpose'))),
  );
  if (asides.length === clauses.length) return new Set();
  return new Set(asides.flat());
}

/**
 * "hotels (MCC 7011)", «в отелях (MCC 7011)», «Қонақүйлер (MCC 7011)», "7011 hotels":
 * words right before an MCC code the plan filters by, or one word right after it, only describe the
 * code (named in the answer as set aside); the code is the filter.
 */
function glossesCode(slots: readonly Slot[], i: number): boolean {
  // ("7011 hotels", «5912 дәріханаларындағы»: the word right after the code describes it too.)
  if (isCodeOfColumn(slots[i - 1], slots[i - 2])) return true;
  for (let k = i + 1; k < slots.length && k <= i + 3; k++) {
    const s = slots[k]!;
    if (isKind(s, 'dimension') && s.item.meaning.dimension === 'merchant_mcc')
      return isCodeOfColumn(slots[k + 1], s);
    // (Only unknown and stop words: "fast-food merchants (MCC 5814)" counts merchants, which the
    // words between would keep the count from reaching.)
    // ("Median hotel payment (MCC 7011)", "hotel payments (MCC 7011) above …": the payments' own noun
    // between is what the code's payments are called.)
    // ("Hotel turnover (MCC 7011) month by month", "hotel spend (MCC 7011)": the money's word likewise.)
    if (
      s.item.kind !== 'unknown' &&
      s.item.kind !== 'stop' &&
      !isKind(s, 'gloss') &&
      !isPaymentsNoun(s) &&
      !isKind(s, 'amount')
    )
      return false;
  }
  return false;
}

/** The measure a "with the totals" phrase names, by its words. */
const SHOWN_MEASURES: readonly (readonly [RegExp, 'sum' | 'count' | 'avg'])[] = [
  [/total|amount|\bsum|сумм|сома/, 'sum'],
  [/count|количеств|сан/, 'count'],
  [/average|средн|орташа/, 'avg'],
];

/** Words of an order that name the size: "largest first", «ең үлкенінен бастап», «от большего». */
const SIZE_FIRST = /largest|highest|biggest|most|үлкен|көб|жоғары|жоғарғ|больш|наибольш|крупн/;
const SIZE_LAST = /smallest|lowest|least|fewest|quietest|кіші|аз|төмен|меньш|наименьш/;

/**
 * The coverage check: every word must be used by the plan, be a stop word, or be a structure word
 * whose job needs no slot of its own (by, and, only, among, which…). Anything else — an unknown word,
 * a time or measure word no pass could place, a strong comparator with no number — is reported, and
 * the question is asked back instead of answered without it. Last, whether anything at all was
 * understood (a question of only unknown words is refused rather than asked back).
 */
/** Breakdowns whose rows have no labels to sort by letter. */
const LABELLESS: readonly Dimension[] = ['amount_band', 'group_split', 'hour_split', 'weekend'];

export const checkCoverage = definePass(({ slots, draft }) => {
  const unknown: string[] = [];
  const { next, prev, opensItem, closesItem } = cursor(slots);
  const context = contextClauses(slots);
  const aside: string[] = [];
  // "only those that grew" where change-sign.ts kept no groups by it (no two periods compared, or a
  // ranking): asked back, never every group shown unsaid.
  for (const [i, slot] of slots.entries()) {
    const at = isKind(slot, 'only') && !slot.used ? changeAfter(slots, i) : -1;
    if (at >= 0 && (draft.compare || draft.dimensions.length > 0))
      unknown.push(`${slot.item.text} ${slots[at]!.item.text}`);
  }
  const whole = wholeBesidePart(slots, draft);
  if (whole) unknown.push(whole);
  for (const [i, slot] of slots.entries()) {
    if (slot.used) continue;
    const item = slot.item;
    // ("Taraz vs the rest of the country", "… the rest of the market": a stop phrase only so that no
    // country or market is read in it, left unread by the reading's start; the rest it names is set
    // against the value by compared-values.ts — left unread there, as beside two periods, it is not
    // understood, never dropped.)
    if (item.kind === 'stop') {
      unknown.push(item.text);
      continue;
    }
    if (item.kind === 'unknown') {
      // "the weekday number", «апта күнінің нөмірі»: the label of a column the rows show.
      // (Not a merchant's name or number: the data has no names, and the ids are no labels to ask for.)
      // (Not after a clause mark, "by currency: number and amount", nor a number of a column whose rows
      // are names, "by currency, number …": there it is how many, and its count would be lost unsaid.)
      const column = labelled(slots[prev(i)]);
      const numbered =
        !NUMBER_LABEL_WORDS.includes(item.text) ||
        column.some((d) => draft.dimensions.includes(d) && !(ENUM_COLUMNS as readonly string[]).includes(d));
      const labelOf =
        LABEL_WORDS.includes(item.text) &&
        item.commaBefore !== true &&
        item.clauseBefore !== true &&
        numbered &&
        !column.includes('merchant_id') &&
        column.some((d) => draft.dimensions.includes(d));
      if (labelOf) continue;
      if (context.has(i) || glossesCode(slots, i)) aside.push(item.text);
      else unknown.push(asTyped(item));
      continue;
    }
    const m = meaningOf(slot);
    if (!m) continue;
    switch (m.kind) {
      case 'groupBy': {
        // "per mobile wallet", «әр әмиян бойынша» where the word after "per" was read as a filter
        // ("with a wallet") and no breakdown was made of it: the breakdown asked for is not in the
        // plan, so the word is not understood (never silently dropped).
        const k = m.after ? prev(i) : next(i);
        const n = meaningOf(slots[k]);
        const filterWord =
          n?.kind === 'value' ||
          n?.kind === 'notValue' ||
          n?.kind === 'presence' ||
          n?.kind === 'weekdayFilter';
        const column = n && 'column' in n ? n.column : null;
        // ("for each of the last 7 days" where no pass made a row per day: "each" said of a period no
        // breakdown divides is not understood.)
        const eachOfPeriod =
          EACH_GROUP_WORDS.includes(item.text.split(' ').at(-1)!) &&
          EACH_OF_LINKS.includes(slots[i + 1]?.item.text ?? '') &&
          (n?.kind === 'periodModifier' || n?.kind === 'timeUnit') &&
          slots[k]!.used &&
          !draft.dimensions.some((d) => isTimeDimension(d));
        // ("Turnover for each, last month", "count for each": "each" naming nothing the plan breaks down
        // by — it was one figure over everything, silently.)
        // (Not beside two periods or sides compared — "the count for each" is each side's — nor before a
        // noun of its own, "each card".)
        const closes = k < 0 || opensClause(slots[k]);
        const eachOfNothing =
          EACH_ALONE_WORDS.includes(item.text) &&
          !m.after &&
          closes &&
          draft.dimensions.length === 0 &&
          !draft.compare &&
          !draft.comparedValues &&
          draft.times.length < 2;
        if (eachOfPeriod || eachOfNothing) {
          unknown.push(asTyped(item));
          continue;
        }
        if (
          filterWord &&
          !PLAIN_BY.includes(item.text) &&
          !(column && (draft.dimensions as readonly string[]).includes(column))
        )
          unknown.push(asTyped(item));
        continue;
      }
      case 'timeUnit':
      case 'dimension':
      case 'bucket': {
        // «жұма мен сенбі күндерінің» (of the days Friday and Saturday): the weekdays' own noun.
        if (
          isKind(slot, 'timeUnit') &&
          slot.item.meaning.unit === 'day' &&
          isKind(slots[prev(i)], 'weekdayFilter')
        )
          continue;
        // "Which 3 hours … had the most …? Show hour and count.": after "show", the column of the
        // breakdown named again is what is shown anyway.
        const shown = slots.some((s, k) => k < i && isKind(s, 'listVerb'));
        // ("… by month: month, count, total, in month order": a column of the breakdown named again in
        // a list of the columns.)
        // (An item of its own: a comma, a colon or "and" on both sides — "in that hour, sorted by hour"
        // is no list.)
        const listed = opensItem(i, true) && closesItem(i, true);
        if ((shown || listed) && labelled(slot).some((d) => draft.dimensions.includes(d))) continue;
        unknown.push(asTyped(item));
        continue;
      }
      case 'compare':
      case 'conjunction':
      case 'followUp':
      case 'only':
      case 'shareBase':
      case 'grammaticalNumber':
      case 'listVerb':
      case 'currencyUnit':
        // "What was that in tenge?", «теңгемен қанша болады?»: the unit of the amounts.
        if (TENGE_UNIT.test(item.text)) draft.tengeUnit = true;
        continue;
      case 'entity':
        if (listedCount(slots, i, draft) || unreadDistinctCards(slots[i]!, draft))
          unknown.push(asTyped(item));
        continue;
      // ("payments occurring …": a word of occurrence with no list of values to make says nothing more.)
      case 'occurs':
      case 'destructive':
      case 'personal':
      case 'offTopic':
      case 'forecast':
      case 'notHeld':
      case 'greeting':
        continue;
      case 'columnWord': {
        const col = m.column;
        const used =
          (draft.dimensions as readonly string[]).includes(col) ||
          draft.split?.column === col ||
          draft.filters.some((f) => 'column' in f.filter && f.filter.column === col);
        if (!used) unknown.push(asTyped(item));
        continue;
      }
      case 'gloss':
        if (glossesCode(slots, i)) aside.push(item.text);
        else unknown.push(asTyped(item));
        continue;
      case 'addMeasure':
        // Only beside measures named, in a follow-up ("and add the sum"); alone it says nothing.
        if (draft.measures.length === 0) unknown.push(asTyped(item));
        else draft.addsMeasures = true;
        continue;
      case 'noBreakdown':
        // «теперь по всем городам, без разбивки по категориям»: the rows folded into one figure.
        if (draft.dimensions.length > 0 && !draft.followUp) unknown.push(asTyped(item));
        else draft.oneFigure = true;
        continue;
      case 'sideBySide':
        draft.sideBySide = true;
        continue;
      case 'occasion':
        // "Nauryz, 21–23 March 2026": the dates say when; "during Nauryz" alone does not.
        if (context.has(i)) {
          aside.push(item.text);
          continue;
        }
        // (Days, not a year: "during Nauryz 2026" does not say which days.)
        // (A campaign runs for weeks or months: any period said beside it that is not a whole year, or
        // more, says when — "the December 2025 festive campaign", «акция 1–31 октября», "last month".)
        if (
          m.campaign
            ? !draft.times.some(
                (t) => !(t.kind === 'dates' && t.to !== null && daysBetween(t.from, t.to) >= 365),
              )
            : !draft.times.some((t) => t.kind === 'dates' && t.to !== null && daysBetween(t.from, t.to) <= 14)
        )
          unknown.push(asTyped(item));
        continue;
      case 'aside':
        if (context.has(i)) aside.push(item.text);
        // ("Could you please confirm the number of ATM withdrawals …": the question's own request.)
        else if (
          REQUEST_CHECK_VERBS.includes(item.text) &&
          slots.slice(0, i).every((s) => s.item.kind === 'stop')
        )
          continue;
        else unknown.push(asTyped(item));
        continue;
      case 'listMode':
        // "(one number)", «одним числом»: what a plan with no breakdown gives anyway — but not two
        // periods side by side ("on 5 October and 20 October combined" would be a figure each).
        if (
          m.mode !== 'together' ||
          draft.dimensions.length > 0 ||
          (draft.times.length >= 2 &&
            (draft.compare || draft.periodsJoined) &&
            // (the change alone is one figure: "by what percent did … change …? single number")
            !(draft.growth && draft.compareOutput !== 'both'))
        )
          unknown.push(asTyped(item));
        else if (m.mode === 'together') draft.oneFigure = true;
        continue;
      case 'showMeasure': {
        // ("Cities where the ECOM total exceeded 30 million, with the total": the condition's measure.)
        if (draft.having && draft.dimensions.length > 0 && draft.measures.length === 0) {
          draft.measures.push(groupConditionMeasure(draft.having.of));
          continue;
        }
        // A ranking or breakdown shows its measure beside each row; a single number has nothing to add.
        // ("Top 5 days of 2025 …, with the count": a ranking of periods is settled later, but ranks.)
        const shown = SHOWN_MEASURES.find(([words]) => words.test(item.text))?.[1];
        const rows = draft.dimensions.length > 0 || draft.top !== null;
        // «банки с количеством снятий наличных», "banks with the sum of transactions": the phrase is
        // the one measure the rows show — beside no other, or in place of the count a question that
        // names none is given (it was asked back, or the count came with the sum beside it, or alone).
        const after = slots[next(i)];
        const ofPayments = isKind(after, 'entity') && after.item.meaning.entity === 'transactions';
        if (rows && shown && (draft.measures.length === 0 || (draft.impliedCount && ofPayments))) {
          draft.measures = [{ fn: shown }];
          continue;
        }
        if (!rows || draft.measures.length === 0) {
          unknown.push(asTyped(item));
          continue;
        }
        // «количество операций … в разрезе типов с суммой по каждому типу», "count by city with the
        // totals": a measure named that the rows do not show yet is added beside it (it was dropped).
        const has = (fn: string) => draft.measures.some((x) => x.fn === fn);
        if (shown && !has(shown) && !(shown === 'count' && has('count_distinct')))
          draft.measures.push({ fn: shown });
        continue;
      }
      case 'compareOutput': {
        // Only a comparison of two periods has one; two different ones ("both numbers and the
        // difference") are not one answer.
        // (Whether two periods are there is settled with the frame: no comparison, no answer.)
        // («Будни против выходных: доля ECOM …, двумя числами»: with one period, "as two numbers" of
        // weekdays against weekends (or two ranges of hours) sets them side by side, as "in one row" does —
        // a share within each. Not two values of the share's own column: «Доли бесконтактных и QR-платежей
        // …, двумя числами» are two shares of one whole.)
        const [split] = draft.dimensions;
        if (
          m.output === 'both' &&
          draft.times.length < 2 &&
          draft.dimensions.length === 1 &&
          (split === 'weekend' || split === 'hour_split')
        ) {
          draft.sideBySide = true;
          continue;
        }
        if (m.output !== draft.compareOutput || draft.share) unknown.push(asTyped(item));
        continue;
      }
      case 'atLeastOne': {
        // ("How many days in 2025 had at least one transaction?": the days with payments, as counted.)
        const days = draft.measures.some((x) => x.fn === 'count_periods') && !draft.having;
        if (!draft.measures.some((x) => x.fn === 'count_distinct') && !days) unknown.push(asTyped(item));
        continue;
      }
      case 'oneRow': {
        // ("weekends versus weekdays, (as two columns) in one row": the two sides, side by side.)
        const filters = draft.filters.map((f) => f.filter);
        if (draft.dimensions.length === 1 && isTwoWaySplit(draft.dimensions[0], filters)) {
          draft.sideBySide = true;
          continue;
        }
        if (draft.dimensions.length > 0) unknown.push(asTyped(item));
        else draft.oneFigure = true;
        continue;
      }
      case 'purpose': {
        // (Only where what is asked ends: nothing after it, or a new clause; or in a clause of context.)
        if (context.has(i)) {
          aside.push(item.text);
          continue;
        }
        const after = slots[next(i)];
        if (after && !after.item.clauseBefore && !after.item.commaBefore && !after.item.dashBefore)
          unknown.push(asTyped(item));
        continue;
      }
      case 'timeOrder':
        // A timeline is in time order; a ranking or a breakdown by a category is not.
        if (!draft.dimensions.some(isTimeDimension) || draft.top) unknown.push(asTyped(item));
        continue;
      case 'allTime':
        if (draft.times.length > 0) unknown.push(asTyped(item));
        continue;
      case 'calendarWeek': {
        // Only a calendar week the question names ("last week", «эта неделя») is Monday to Sunday.
        const week = (t: (typeof draft.times)[number]) =>
          (t.kind === 'this' || t.kind === 'previous') && t.unit === 'week';
        // (…or a breakdown by weekday: "by day of the week, Monday to Sunday"; or by week, "weeks start
        // on Monday".)
        const byDays = draft.dimensions.includes('weekday') || draft.dimensions.includes('week');
        if (!draft.times.some(week) && !byDays) unknown.push(asTyped(item));
        continue;
      }
      case 'largestFirst': {
        // "sort it descending" after a breakdown: the previous rows in that order (settled when merged).
        if (draft.followUp && draft.dimensions.length === 0) {
          draft.largestFirst = true;
          continue;
        }
        // A breakdown by a category is shown largest first; a timeline is in time order, and a
        // "bottom N" ranking smallest first, so there the words would not be honoured.
        const categorical = draft.dimensions.some((d) => !isTimeDimension(d));
        const timeline = draft.dimensions.some(isTimeDimension);
        // "all seven days, highest first", «по каждому дню недели, по убыванию»: a weekday or hour-of-day
        // breakdown can be ordered by its measure instead of by the day or the hour.
        const cycle =
          draft.dimensions.length === 1 &&
          (draft.dimensions[0] === 'weekday' || draft.dimensions[0] === 'hour_of_day') &&
          (!draft.top || draft.top.limit === null);
        // "monthly turnover, largest first", «айлық обороты, ең үлкенінен бастап»: words that name the
        // size put a timeline's rows in its order too ("descending" alone may be the months', asked back).
        // («по месяцам 2025 года, по убыванию суммы»: the measure named after the order words, likewise.)
        const measureNamed = draft.sortBy?.named != null && draft.sortBy.named !== 'share';
        const bySize =
          draft.dimensions.length === 1 &&
          timeline &&
          !draft.top &&
          (SIZE_FIRST.test(item.text) || measureNamed);
        if (cycle || bySize) {
          draft.largestFirst = true;
          continue;
        }
        // ("Top 5 days by turnover, largest first", «Топ-3 месяца …, по убыванию»: a ranking of the
        // largest is in that order already, periods too.)
        if (draft.top?.direction === 'desc' && draft.dimensions.length === 1) continue;
        if (!categorical || timeline || draft.top?.direction === 'asc') unknown.push(asTyped(item));
        continue;
      }
      case 'alphabetical': {
        // Only a breakdown by a column with labels (not a timeline, not a ranking) is put in their order.
        const first = draft.dimensions[0];
        if (first && !isTimeDimension(first) && !LABELLESS.includes(first) && !draft.top)
          draft.alphabetical = true;
        else unknown.push(asTyped(item));
        continue;
      }
      case 'distribution':
        // "distribution of … by hour": a breakdown, and with a share each group's share of the whole.
        // (With no breakdown it says nothing more, as before: "distribution by amount" is a histogram.)
        if (draft.dimensions.length > 0) draft.spread = true;
        continue;
      case 'smallestFirst': {
        if (draft.followUp && draft.dimensions.length === 0) {
          draft.smallestFirst = true;
          continue;
        }
        // "each city, sorted ascending": rows from the smallest measure up. A timeline or a cycle ("by
        // month, ascending", "by hour, ascending": by the hour or by the measure?) and a ranking of the
        // largest ("top 5 …, ascending") would not honour the words: asked back.
        const categorical = draft.dimensions.some((d) => !isTimeDimension(d));
        const timeline = draft.dimensions.some(isTimeDimension);
        // («по месяцам 2025 года, по возрастанию количества»: a timeline by the measure the words name.)
        // ("by weekday, quietest day first", "monthly, smallest first": words that name the size, likewise.)
        const byMeasure =
          draft.dimensions.length === 1 &&
          timeline &&
          !draft.top &&
          (draft.sortBy?.named != null || SIZE_LAST.test(item.text));
        if (byMeasure) {
          draft.smallestFirst = true;
          continue;
        }
        if (categorical && !timeline) {
          if (!draft.top) draft.smallestFirst = true;
          else if (draft.top.direction !== 'asc') unknown.push(asTyped(item));
          continue;
        }
        unknown.push(asTyped(item));
        continue;
      }
      case 'sizeWord':
        // Only with an amount condition said beside it.
        if (
          !draft.filters.some(
            (f) => f.filter.kind === 'amount' && (f.filter.op === '>' || f.filter.op === '>='),
          )
        )
          unknown.push(asTyped(item));
        continue;
      case 'sameDate': {
        // Only beside a period to date set against its twin a year back.
        const toDate = (t: (typeof draft.times)[number]) =>
          (t.kind === 'previous' && t.toDate === true) || t.kind === 'this';
        const yearBack = draft.yearAgo === true || draft.times.some((t) => t.kind === 'previous' && t.toDate);
        if (!draft.times.some(toDate) || !yearBack) unknown.push(asTyped(item));
        continue;
      }
      case 'periodSaid': {
        // (Of the question's one period, as "that month" is in period-pronouns.ts: a period of another
        // length, or none, leaves it pointing at an earlier answer.)
        const one = !draft.compare && draft.times.length === 1 && spansOne(draft.times[0]!, m.unit);
        if (!one && !draft.dimensions.includes(m.unit)) unknown.push(asTyped(item));
        continue;
      }
      case 'inclusive':
        // Ranges the planner reads ("1–15 Sept", «с 1 по 10 ноября») already count their last day, and
        // "between 100k and 500k" both of its ends.
        if (
          !draft.times.some((t) => t.kind === 'dates' && t.to !== null) &&
          !draft.filters.some((f) => f.filter.kind === 'amount_between')
        )
          unknown.push(asTyped(item));
        continue;
      case 'exclusive':
        // Read with the range whose end it leaves out (calendar-dates); anywhere else it is not understood.
        unknown.push(asTyped(item));
        continue;
      case 'multiplier':
        if (item.text.length > 1) unknown.push(asTyped(item));
        continue;
      case 'comparator':
        if (!m.weak) unknown.push(asTyped(item));
        continue;
      case 'weekdayFilter': {
        // («По дням недели: средний чек …, с понедельника»: the last words, beside a breakdown by weekday,
        // say where its order starts — the order it has. Anywhere else «с понедельника» may start a period.)
        const last = slots.slice(i + 1).every((x) => x.item.kind === 'stop');
        const from = slots[i - 1]?.item.kind === 'stop' && FROM_WORDS.includes(slots[i - 1]!.item.text);
        const monday = m.days.length === 1 && m.days[0] === 1;
        if (!(monday && from && last && draft.dimensions[0] === 'weekday')) unknown.push(asTyped(item));
        continue;
      }
      default:
        unknown.push(asTyped(item));
    }
  }
  // "sorted by the median" where the rows are ordered by another measure, or by time: not honoured.
  // "ordered by hour": the timeline's own order; by another column ("sorted by city"), not honoured.
  if (draft.sortBy?.columns) {
    const first = draft.dimensions[0];
    if (first === undefined || !isTimeDimension(first) || !draft.sortBy.columns.includes(first))
      unknown.push(draft.sortBy.text);
  }
  if (draft.sortBy?.named && draft.dimensions.length > 0) {
    const first = draft.measures[0];
    const named = draft.sortBy.named;
    const same =
      (named === 'share' && draft.share) ||
      (!draft.share &&
        first !== undefined &&
        (first.fn === named ||
          (named === 'median' && first.fn === 'percentile' && first.p === 0.5) ||
          // («количество мерчантов …, по убыванию количества»: the count is of merchants)
          (named === 'count' && first.fn === 'count_distinct')));
    // ("city, count, sum — by descending sum": another measure the plan shows orders the rows.)
    const other = draft.share
      ? -1
      : draft.measures.findIndex(
          (m, k) => k > 0 && (m.fn === named || (named === 'median' && m.fn === 'percentile' && m.p === 0.5)),
        );
    // (A ranking keeps its own measure: "top 5 by count …, by descending sum" is asked back.)
    // (…but "amount by city, highest count first" would add the column it sorts by: asked back.)
    // ("count and the tenge amount, biggest amount first": a measure named elsewhere too, said again with
    // the order.)
    const at = draft.sortBy.at;
    const namedElsewhere =
      at !== undefined && slots.some((s, k) => k !== at && isMeasureWord(s) && measureNamed([s]) === named);
    const reorders =
      !same &&
      other > 0 &&
      !draft.top &&
      (!draft.sortBy.addsMeasure || namedElsewhere) &&
      !draft.dimensions.some(isTimeDimension);
    // (A timeline ordered by its one measure, "by month, by descending sum", was settled above.)
    const timelineBySize = draft.dimensions.length === 1 && (draft.largestFirst || draft.smallestFirst);
    if (reorders) draft.sortMeasure = other;
    else if (!same || (draft.dimensions.some(isTimeDimension) && !timelineBySize))
      unknown.push(draft.sortBy.text);
  }
  if (unknown.length > 0) draft.issues.unshift({ kind: 'unknown_words', words: unknown });
  if (aside.length > 0) draft.context = aside;
  draft.anyContent = draft.anyContent || draft.domain || draft.elliptical || draft.compare;
});

/**
 * "distinct cards", «уникальных карт» that no pass read, in a plan that counts no cards: the figure asked
 * for is missing. A backstop, as `listedCount` is for payments.
 */
function unreadDistinctCards(slot: Slot, draft: Draft): boolean {
  return (
    !slot.used &&
    isKind(slot, 'entity') &&
    slot.item.meaning.entity === 'cards' &&
    slot.item.meaning.distinct === true &&
    !measuresCards(draft.measures)
  );
}

/**
 * «сколько было активных карт, мерчантов и операций», "-- txns, amt, max" (before "--" ended a clause):
 * a noun of payments listed beside another figure (a comma or "and" between), or right after a count
 * word, that no pass read, in a plan that counts no payments — the count it asks for is missing, so it
 * is not understood. A backstop: the passes that read such counts may still miss a form.
 */
function listedCount(slots: readonly Slot[], i: number, draft: Draft): boolean {
  const slot = slots[i]!;
  if (!isKind(slot, 'entity') || slot.item.meaning.entity !== 'transactions') return false;
  if (draft.measures.some((m) => m.fn === 'count' || ('of' in m && m.of === 'count'))) return false;
  // (Already asked back for what it is: "the average number of transactions by day".)
  if (draft.issues.length > 0) return false;
  const { next, prev } = cursor(slots);
  const figure = (k: number) => {
    const s = slots[k];
    return (
      isMeasureWord(s) ||
      isCardsNoun(s) ||
      (isKind(s, 'dimension') && s.item.meaning.dimension === 'merchant_id')
    );
  };
  const after = next(i);
  const before = prev(i);
  // ("smallest payment, largest payment": the noun of a figure said right before it is that figure's.)
  const ofFigure = isKind(slots[before], 'superlative') || isKind(slots[before], 'aggregate');
  // («Трансграничные операции, сумма …»: the payments a question opens with are its topic.)
  const topic = slots.slice(0, i).every((s) => s.used && !isMeasureWord(s));
  // («төлемдердің жалпы сомасын», "payments ≥ 50 000": the noun of the figure or the condition after it.)
  const described =
    !slots[after]?.item.commaBefore &&
    (isMeasureWord(slots[after]) ||
      isKind(slots[after], 'comparator') ||
      slots[after]?.item.kind === 'number');
  if (ofFigure || topic || described) return false;
  // (The payments a count word asks about, "in all" may stand between: «сколько всего было операций»;
  // not across a bracket, a comma or a clause mark: «карталар саны (операция жасалған қала)» glosses.)
  let asked = before;
  while (isKind(slots[asked], 'value') || isKind(slots[asked], 'total')) asked = prev(asked);
  const count = slots[asked];
  const apart = slot.item.bracketBefore || slot.item.clauseBefore || slot.item.commaBefore;
  if (
    !apart &&
    isKind(count, 'count') &&
    (count.item.meaning.strength === 'strong' ||
      count.item.text === 'how many' ||
      RUSSIAN_GENITIVE_PLURAL.test(slot.item.text))
  )
    return true;
  // (", and what share of …": a clause of its own, no item of the list.)
  const joinedAfter =
    isKind(slots[after], 'conjunction') && !slots[after]!.item.commaBefore
      ? next(after)
      : slots[after]?.item.commaBefore
        ? after
        : -1;
  const joinedBefore = isKind(slots[before], 'conjunction')
    ? prev(before)
    : slot.item.commaBefore
      ? before
      : -1;
  return (joinedAfter >= 0 && figure(joinedAfter)) || (joinedBefore >= 0 && figure(joinedBefore));
}

/** Words for all of the payments, said beside a part of them: «всего», «барлық», "all". */
const WHOLE_WORDS: readonly string[] = [...IN_ALL_WORDS, ...ALL_TOTAL_WORDS, ...ALL_WORDS];

/**
 * «число ECOM-операций всего и с зарубежным эквайером», «барлық жазбалар және wallet_type толтырылған
 * жазбалар», "all payments and the contactless ones": the whole and a part of it, side by side — two
 * figures the plan does not make (it filtered the whole by the part, or summed it), so the words are
 * not understood. ("…, of which …", «в том числе» is read as such by the of-which pass.)
 */
function wholeBesidePart(slots: readonly Slot[], draft: Draft): string | null {
  if (draft.ofWhich || draft.share || draft.compare) return null;
  const { next } = cursor(slots);
  for (const [a, s] of slots.entries()) {
    if (!WHOLE_WORDS.includes(s.item.text)) continue;
    // (One noun may stand between: «барлық жазбалар және …», "all payments and …".)
    let c = next(a);
    if (!isKind(slots[c], 'conjunction')) c = next(c);
    const and = slots[c];
    if (!isKind(and, 'conjunction') || OR_WORDS.includes(and.item.text)) continue;
    for (let k = next(c); k >= 0; k = next(k)) {
      const p = slots[k]!;
      if (p.item.commaBefore || p.item.clauseBefore) break;
      // («всего и на какую сумму было онлайн-покупок»: a figure asked after "and" — what follows is the
      // subject of both; «на сумму от 50 000» is a condition.)
      if (isMeasureWord(p) && !isKind(slots[next(k)], 'comparator')) break;
      if (isKind(p, 'value') || isKind(p, 'notValue') || isKind(p, 'presence') || isKind(p, 'comparator'))
        return `${s.item.text} ${and.item.text}`;
    }
  }
  return null;
}
