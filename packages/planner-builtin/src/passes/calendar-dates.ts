import {
  addDays,
  attachLeadingYears,
  type CalendarDay,
  dayCanExist,
  daysBetween,
  fillYear,
  isoParts,
  type Point,
  pointSpan,
  validDay,
  YEAR_MAX,
  YEAR_MIN,
  zonedToday,
} from '../calendar.js';
import type { TimeRange } from '../frame.js';
import {
  AS_AT_WORDS,
  BETWEEN_WORDS,
  DAY_OF_DATE_WORDS,
  FALL_VERB,
  FALL_WORDS,
  FROM_WORDS,
  GROWTH_JOINERS,
  INCLUDED_WORDS,
  KAZAKH_ABLATIVE,
  KAZAKH_ABLATIVE_ENDINGS,
  KAZAKH_BETWEEN_AFTER,
  KAZAKH_UNTIL,
  KAZAKH_YEAR_OF,
  OPEN_END_WORDS,
  RANGE_CLOSERS,
  RANGE_GROWTH_JOINERS,
  RANGE_JOINERS,
  RANGE_OPENERS,
  RELATIVE_JOINERS,
  ROMAN_QUARTERS,
  SINCE_WORDS,
  THAN_WORDS,
  TO_DATE,
  UNORDERED_JOINERS,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { definePass, isKind, numberOf, type Slot, saysFall } from './reading.js';

/** The Kazakh adjective of a year: «былтырғы», «биылғы», «жылғы» (of the year). */
const KAZAKH_YEAR_ADJECTIVE = /ғы$/;

/** Periods whose months a question may restate right after them, with no year: "H2 2025 (July–December)", "autumn 2025 (September–November)". */
const RESTATED_KINDS: readonly Point['kind'][] = ['half', 'quarter', 'season', 'year'];

/** Points a year written after the second of two joined ones also dates the first. */
const SHARED_YEAR_KINDS: readonly Point['kind'][] = ['month', 'quarter', 'half', 'season'];

/** The word for a year, not yet read: «01.09.2026 г.», «01.09.2026 ж.». */
const isYearWord = (s: Slot | undefined): boolean =>
  isKind(s, 'timeUnit') && !s.used && s.item.meaning.unit === 'year';

/**
 * "growth from Q2 to Q3 2026", «рост с августа на сентябрь», «с 2025 к 2026», "Sep 2025 -> Sep 2026",
 * «2026 жылы … тамыздан қыркүйекке»: in a question about growth, two periods next to each other (or
 * joined by "to", «к», «на», "->") are compared, not one range; another point may only be a year
 * they are in. Which point starts the pair, and which is that year.
 */
function growthPair(
  points: readonly Point[],
  next: (i: number) => number,
  textOf: (i: number) => string,
  stopBefore: (i: number) => string | null,
  changeSaid = false,
): { first: number; year: number | null; fromTo: boolean } | null {
  const joiners = changeSaid ? [...GROWTH_JOINERS, ...RANGE_GROWTH_JOINERS] : GROWTH_JOINERS;
  for (let k = 0; k + 1 < points.length; k++) {
    const p = points[k]!;
    const q = points[k + 1]!;
    const j = next(p.end);
    const joined = j === q.start || (j >= 0 && next(j) === q.start && joiners.includes(textOf(j)));
    if (!joined) continue;
    // "from A to B", «с A на B», Kazakh «A-дан B-ге»: A comes first in time; "A vs B" says nothing of it.
    // «в ноябре к октябрю» (November against October) names the later one first; only «с … к …»
    // (from … to …) orders them.
    const relative = RELATIVE_JOINERS.includes(textOf(j)) && !FROM_WORDS.includes(stopBefore(p.start) ?? '');
    // ("fewer in November than in October", «қарашада қазанға қарағанда»: "than" between or after them
    // orders nothing — November was taken to come before October, a year back.)
    let than = THAN_WORDS.includes(textOf(next(q.end)));
    for (let k = p.end + 1; k < q.start; k++) than ||= THAN_WORDS.includes(textOf(k));
    const fromTo = !than && (j === q.start || (!UNORDERED_JOINERS.includes(textOf(j)) && !relative));
    const others = points.map((_, x) => x).filter((x) => x !== k && x !== k + 1);
    if (others.length === 0) return { first: k, year: null, fromTo };
    const year = others[0]!;
    const y = points[year]!;
    if (others.length === 1 && y.kind === 'year' && p.year === null && q.year === null)
      return { first: k, year, fromTo };
  }
  return null;
}

/**
 * Calendar dates: ISO dates, "5 March 2026", "March 2026", «в 2025 году», "Q1 2026", «первый квартал»,
 * half-years ("H1 2026", «второе полугодие 2025»),
 * year-first Kazakh dates; ranges between two of them ("from 1 March to 15 March", «с 1 по 15 марта
 * 2026») and open ranges ("since March", «1 қарашадан бері»). A year-less point is the latest past one.
 */
export const readCalendarDates = definePass((r) => {
  const { slots, draft, notes } = r;
  const { next, prev, stopBefore, textOf } = cursor(slots);
  // «в III и IV квартале», "III and IV quarters": a Roman numeral joined to a quarter named so is one too.
  slots.forEach((slot, i) => {
    const quarter = ROMAN_QUARTERS.indexOf(slot.item.text) + 1;
    const named = slots[next(next(i))];
    if (slot.item.kind !== 'unknown' || quarter === 0 || !isKind(slots[next(i)], 'conjunction')) return;
    if (!isKind(named, 'quarterName') || !/^[iv]+ /.test(named.item.text)) return;
    slots[i] = {
      item: { kind: 'meaning', meaning: { kind: 'quarterName', quarter }, text: slot.item.text },
      used: false,
    };
  });
  let today: CalendarDay | undefined; // only year-less points need it
  const fill = (p: Point, fallback: number | null) => {
    today ??= zonedToday(r.env);
    return fillYear(p, fallback, today);
  };
  const points: Point[] = [];
  /**
   * "H1 2025 vs H2", «2025 жылғы 1-тоқсан мен 2-тоқсан»: a point with no year of its own, of the same kind
   * as the one before it, is in that one's year when it comes after it there (it was the latest such
   * point, another year); null otherwise.
   */
  const inYearBefore = (before: Point | undefined, p: Point): ReturnType<typeof fill> | null => {
    if (p.year !== null || before?.year == null || before.kind !== p.kind || p.kind === 'year') return null;
    const inYear = fill(p, before.year);
    return pointSpan(inYear).from >= pointSpan(fill(before, null)).to ? inYear : null;
  };
  /** Adds a point named at `at` with the year written after it, if any; the index to go on from. */
  const pushWithYear = (p: Omit<Point, 'year' | 'end'>, at: number): number => {
    // «ноябрь 2025 и 2026 годов», "November this year and last year", «за ноябрь этого и прошлого
    // года»: the point in each of two years (the whole second year was compared: a wrong answer).
    const two = twoYearsAfter(at);
    if (two) {
      points.push({ ...p, year: two.first.year, end: two.first.end });
      points.push({ ...p, year: two.second.year, start: two.second.start, end: two.second.end });
      return two.second.end;
    }
    const y = yearAt(at);
    points.push({ ...p, year: y?.year ?? null, end: y?.end ?? at });
    return y?.end ?? at;
  };
  /** A year named at j: a number ("2025", «2025 года») or this / last with or without "year". */
  const namedYear = (j: number): { year: number; start: number; end: number; worded: boolean } | null => {
    const slot = slots[j];
    const n = numberOf(slot);
    const yearWord = (k: number) =>
      isKind(slots[k], 'timeUnit') && !slots[k]!.used && slots[k]!.item.meaning.unit === 'year';
    if (n !== null) {
      if (!Number.isInteger(n) || n < YEAR_MIN || n > YEAR_MAX) return null;
      return { year: n, start: j, end: yearWord(next(j)) ? next(j) : j, worded: true };
    }
    if (!isKind(slot, 'periodModifier') || slot.used) return null;
    const modifier = slot.item.meaning.modifier;
    if (modifier !== 'this' && modifier !== 'previous' && modifier !== 'last') return null;
    today ??= zonedToday(r.env);
    // («позапрошлого года», the year before last: two back.)
    const year = today.year - (modifier === 'this' ? 0 : (slot.item.meaning.back ?? 1));
    return yearWord(next(j))
      ? { year, start: j, end: next(j), worded: true }
      : { year, start: j, end: j, worded: false };
  };
  /** A relative year in the Kazakh adjective form right before slot i («былтырғы», «өткен жылғы», «биылғы»). */
  const relativeYearBefore = (i: number): { year: number; start: number } | null => {
    const p = prev(i);
    const word = slots[p];
    if (!word || word.used || !KAZAKH_YEAR_ADJECTIVE.test(word.item.text)) return null;
    today ??= zonedToday(r.env);
    if (
      isKind(word, 'period') &&
      word.item.meaning.range.kind === 'previous' &&
      word.item.meaning.range.unit === 'year'
    )
      return { year: today.year - (word.item.meaning.range.back ?? 1), start: p };
    if (
      isKind(word, 'period') &&
      word.item.meaning.range.kind === 'this' &&
      word.item.meaning.range.unit === 'year'
    )
      return { year: today.year, start: p };
    // («өткен жылғы»: "last" and the year word; «2025 жылғы» is a written year, dated elsewhere.)
    const y = isKind(word, 'timeUnit') && word.item.meaning.unit === 'year' ? namedYear(prev(p)) : null;
    if (!y || y.end !== p || slots[y.start]?.item.kind === 'number') return null;
    return { year: y.year, start: y.start };
  };
  /** Two years joined by "and" right after the point at i, the last one named as a year. */
  const twoYearsAfter = (i: number) => {
    const first = namedYear(next(i));
    if (!first) return null;
    const and = next(first.end);
    // ("ECOM turnover in November: 2025 vs 2026": set against each other likewise — the whole second year
    // was compared.)
    if (!isKind(slots[and], 'conjunction') && !isKind(slots[and], 'compare')) return null;
    const second = namedYear(next(and));
    if (!second?.worded || first.year === second.year) return null;
    return { first, second };
  };
  /**
   * The year written right after the point at i: "November 2025", «2025 года», "November last year",
   * «в ноябре этого года»; "this" / "last" without the word "year" only as the question's last word,
   * and then only "last" («…и в ноябре прошлого»).
   */
  const yearAt = (i: number): { year: number; end: number } | null => {
    const y = namedYear(next(i));
    if (!y) return null;
    const bare = slots[y.start];
    const current = isKind(bare, 'periodModifier') && bare.item.meaning.modifier === 'this';
    if (!y.worded && (current || next(y.end) >= 0)) return null;
    // Kazakh «2025 жылдың …», «2025 жылғы …» (of the year 2025) describes what follows it, never the
    // month before: «2026 жылдың қаңтар–қазанында 2025 жылдың сол кезеңімен».
    if (KAZAKH_YEAR_OF.includes(slots[y.end]?.item.text ?? '') && next(y.end) >= 0) return null;
    return { year: y.year, end: y.end };
  };
  /** A range of quarter numbers at i, "1–3 кв.", «І–ІІІ тоқсан»: its first and last quarter, and the quarter word. */
  const quarterRangeAt = (i: number): { from: number; to: number; unitAt: number } | null => {
    const a = slots[i];
    // (The Roman "I" is also the pronoun, a stop word.)
    const roman = a?.item.kind === 'unknown' || a?.item.kind === 'stop';
    const from = numberOf(a) ?? (roman ? ROMAN_QUARTERS.indexOf(a.item.text) + 1 : 0);
    const k = next(i);
    const b = slots[k];
    if (!Number.isInteger(from) || from < 1 || from > 4 || !b?.item.dashBefore || b.used) return null;
    if (isKind(b, 'quarterName')) {
      const to = b.item.meaning.quarter;
      return to > from ? { from, to, unitAt: k } : null;
    }
    const to = numberOf(b) ?? 0;
    const unit = slots[next(k)];
    const quarterWord = isKind(unit, 'timeUnit') && unit.item.meaning.unit === 'quarter';
    return quarterWord && Number.isInteger(to) && to > from && to <= 4 ? { from, to, unitAt: next(k) } : null;
  };
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    // «1–3 кв. 2026», «2026 жылғы І–ІІІ тоқсан», "I-III quarters of 2026": a dashed range of quarter
    // numbers before the quarter word, the first quarter to the last (it was the last quarter alone,
    // or the month of its number).
    const range = quarterRangeAt(i);
    if (range && !(slot.used && slot.item.kind !== 'stop')) {
      const leading = points.at(-1);
      const before = leading?.kind === 'year' && next(leading.end) === i ? points.pop() : undefined;
      // («2026 жылғы І–ІІІ тоқсан бойынша»: the quarter word with «бойынша» after it is the breakdown's,
      // by quarter — it was one total over the three.)
      const byUnit = (k: number) => {
        const by = slots[next(k)];
        return k !== next(i) && isKind(by, 'groupBy') && by.item.meaning.after === true;
      };
      const unitEnd = byUnit(range.unitAt) ? next(i) : range.unitAt;
      // (…and so with the word inside the last quarter's name, «І–ІІІ тоқсан бойынша».)
      const by = slots[next(range.unitAt)];
      if (
        range.unitAt === next(i) &&
        /тоқсан|квартал/.test(textOf(range.unitAt)) &&
        isKind(by, 'groupBy') &&
        by.item.meaning.after === true
      ) {
        by.used = true;
        if (!draft.dimensions.includes('quarter')) draft.dimensions.push('quarter');
      }
      const y = yearAt(range.unitAt) ?? (before ? { year: before.year!, end: unitEnd } : null);
      const year = y?.year ?? null;
      points.push({
        kind: 'quarter',
        month: 1,
        day: 1,
        quarter: range.from,
        year,
        start: before?.start ?? i,
        end: i,
      });
      points.push({
        kind: 'quarter',
        month: 1,
        day: 1,
        quarter: range.to,
        year,
        start: next(i),
        end: y?.end ?? unitEnd,
      });
      i = y?.end ?? unitEnd;
      continue;
    }
    if (slot.used) continue;
    const item = slot.item;
    if (item.kind === 'date') {
      // "2026-09-01", «01.09.2026», «01.09» (no year: dated like "1 September", by the year written
      // after it — «01.09 2025 года» — or the latest past one). Whether the day exists is checked below.
      const { year, month, day } = isoParts(item.iso);
      if (year === null) {
        i = pushWithYear({ kind: 'day', month, day, quarter: 0, start: i }, i);
        continue;
      }
      // «01.09.2026 г.»: the word for the year after a written year belongs to the date.
      const end = isYearWord(slots[next(i)]) ? next(i) : i;
      points.push({ kind: 'day', year, month, day, quarter: 0, start: i, end });
      i = end;
      continue;
    }
    const n = numberOf(slot);
    const j = next(i);
    if (n !== null && Number.isInteger(n) && n >= 1 && n <= 31 && isKind(slots[j], 'monthName')) {
      // «5 марта 2026», "5 March"; «8 марта 2025 и 2026 годов»: that day in each year.
      i = pushWithYear({ kind: 'day', month: slots[j]!.item.meaning.month, day: n, quarter: 0, start: i }, j);
      continue;
    }
    if (isKind(slot, 'monthName')) {
      const month = slot.item.meaning.month;
      // («қазан айының 1-і», the 1st of the month of October: the month's word in the genitive between.)
      const genitiveMonth =
        isKind(slots[j], 'timeUnit') &&
        slots[j]!.item.meaning.unit === 'month' &&
        /ның$/.test(textOf(j)) &&
        numberOf(slots[next(j)]) !== null;
      const jd = genitiveMonth ? next(j) : j;
      const dn = numberOf(slots[jd]);
      // A number after a month "in" it, or spelled out, is no day of it: «қарашада бір операцияның …»
      // (in November, of one payment), «в ноябре 5 крупнейших …».
      // ("October second" is a day.)
      const russianOrKazakh = /[а-яё]/.test(textOf(i));
      const inMonth = russianOrKazakh && (/(да|де|та|те|е)$/.test(textOf(i)) || !/\d/.test(textOf(jd)));
      if (dn !== null && Number.isInteger(dn) && dn >= 1 && dn <= 31 && !inMonth) {
        if (genitiveMonth) slots[j]!.used = true;
        // "Oct 1-15, 2026": two days of one month, joined by a dash — or by a word that closes a range,
        // "March 21st to 23rd", "Oct 1 through 15", the second day with no month of its own (it was an
        // amount condition, "≤ 23"). The closing word may be a stop word the cursor steps over.
        const k = next(jd);
        const last = numberOf(slots[k]);
        const closer = RANGE_CLOSERS.includes(textOf(k))
          ? next(k)
          : RANGE_CLOSERS.includes(stopBefore(k) ?? '')
            ? k
            : -1;
        const endAt = slots[k]?.item.dashBefore
          ? k
          : closer >= 0 && !isKind(slots[next(closer)], 'monthName')
            ? closer
            : -1;
        const end = endAt >= 0 ? numberOf(slots[endAt]) : null;
        if (end !== null && Number.isInteger(end) && end > dn && end <= 31) {
          const y = yearAt(endAt);
          points.push({ kind: 'day', year: null, month, day: dn, quarter: 0, start: i, end: jd });
          points.push({
            kind: 'day',
            year: y?.year ?? null,
            month,
            day: end,
            quarter: 0,
            start: endAt,
            end: y?.end ?? endAt,
          });
          i = y?.end ?? endAt;
          continue;
        }
        // «қазанның 1-і мен 15-і аралығында» (between the 1st and the 15th of October): the month before
        // two of its days joined by «мен» and closed by «аралығында» (the second was an amount, or unread).
        if (
          isKind(slots[k], 'conjunction') &&
          KAZAKH_BETWEEN_AFTER.includes(textOf(next(k) + 1)) &&
          numberOf(slots[next(k)]) !== null
        ) {
          const end = numberOf(slots[next(k)])!;
          if (Number.isInteger(end) && end > dn && end <= 31) {
            points.push({ kind: 'day', year: null, month, day: dn, quarter: 0, start: i, end: jd });
            points.push({
              kind: 'day',
              year: null,
              month,
              day: end,
              quarter: 0,
              start: next(k),
              end: next(k),
            });
            slots[k]!.used = true;
            slots[next(k) + 1]!.used = true;
            i = next(k) + 1;
            continue;
          }
        }
        // «қарашаның 1-нен 10-на дейін» (from the 1st to the 10th of November): the month before a Kazakh
        // range of its days (the ablative ending after the first, «дейін» after the second).
        if (
          KAZAKH_ABLATIVE_ENDINGS.includes(slots[jd + 1]?.item.text ?? '') &&
          last !== null &&
          Number.isInteger(last) &&
          last > dn &&
          last <= 31 &&
          KAZAKH_UNTIL.includes(textOf(next(k)))
        ) {
          points.push({ kind: 'day', year: null, month, day: dn, quarter: 0, start: i, end: jd + 1 });
          points.push({ kind: 'day', year: null, month, day: last, quarter: 0, start: k, end: k });
          i = k;
          continue;
        }
        // "March 5, 2026"
        const y = yearAt(jd);
        points.push({
          kind: 'day',
          year: y?.year ?? null,
          month,
          day: dn,
          quarter: 0,
          start: i,
          end: y?.end ?? jd,
        });
        i = y?.end ?? jd;
        continue;
      }
      const monthWord = slots[j];
      // («қаңтар–қарашада айлар бойынша», January to November by month: the breakdown's own word, in
      // the plural; «қараша айы бойынша» is "for the month of November".)
      const byAfter = slots[next(j)];
      // (After a range of months, «қаңтар–қараша: ай бойынша», the singular is the breakdown's too.)
      const ofRange = slot.item.dashBefore === true && isKind(slots[prev(i)], 'monthName');
      const breakdown =
        isKind(byAfter, 'groupBy') &&
        byAfter.item.meaning.after === true &&
        (/^айлар/.test(textOf(j)) || ofRange || slots[j]?.item.clauseBefore === true);
      if (
        isKind(monthWord, 'timeUnit') &&
        monthWord.item.meaning.unit === 'month' &&
        !monthWord.used &&
        !breakdown
      )
        monthWord.used = true; // «в марте месяце», «қазан айында»
      // Kazakh «былтырғы қарашада», «өткен жылғы қарашада» (in last year's November), «биылғы …»: the
      // year said before the month, as an adjective, is the month's (it was a second period).
      const before = relativeYearBefore(i);
      if (before) {
        for (let k = before.start; k < i; k++) slots[k]!.used = true;
        points.push({
          kind: 'month',
          month,
          day: 1,
          quarter: 0,
          start: before.start,
          year: before.year,
          end: i,
        });
        continue;
      }
      i = pushWithYear({ kind: 'month', month, day: 1, quarter: 0, start: i }, i);
      continue;
    }
    // "the last quarter of 2025", «последний месяц 2025 года», «2025 жылдың соңғы тоқсаны»: the last
    // quarter (month) of that year — only with a year; "last quarter" alone is the previous one.
    if (
      isKind(slot, 'periodModifier') &&
      (slot.item.meaning.modifier === 'last' || slot.item.meaning.modifier === 'past') &&
      isKind(slots[j], 'timeUnit') &&
      (slots[j]!.item.meaning.unit === 'quarter' || slots[j]!.item.meaning.unit === 'month')
    ) {
      const lastOf =
        slots[j]!.item.meaning.unit === 'quarter' ? { quarter: 4, month: 10 } : { quarter: 0, month: 12 };
      const kind = slots[j]!.item.meaning.unit === 'quarter' ? ('quarter' as const) : ('month' as const);
      const before = points.at(-1);
      const y = yearAt(j);
      if (y) {
        points.push({ kind, year: y.year, day: 1, ...lastOf, start: i, end: y.end });
        i = y.end;
        continue;
      }
      if (before?.kind === 'year' && next(before.end) === i) {
        points.pop();
        points.push({ kind, year: before.year, day: 1, ...lastOf, start: before.start, end: j });
        i = j;
        continue;
      }
    }
    if (isKind(slot, 'seasonName')) {
      // "transactions that fall under 5k", "falls into": the verb, not autumn.
      if (FALL_VERB.includes(slot.item.text) && isKind(slots[j], 'comparator')) {
        slot.used = true;
        continue;
      }
      // "summer 2026", «летом 2025 года», «2026 жылғы жазда»
      i = pushWithYear({ kind: 'season', month: slot.item.meaning.month, day: 1, quarter: 0, start: i }, i);
      continue;
    }
    // «первое и второе полугодие 2025», "the first and second quarters of 2026", «бірінші және екінші
    // жартыжылдық»: the unit (and the year) after the second ordinal is the first one's too.
    if (isKind(slot, 'ordinal') && isKind(slots[j], 'conjunction')) {
      const k = next(j);
      const second = slots[k];
      const unit = slots[next(k)];
      const half = isKind(unit, 'halfWord');
      const quarter = isKind(unit, 'timeUnit') && unit.item.meaning.unit === 'quarter';
      const a = slot.item.meaning.value;
      const b = isKind(second, 'ordinal') ? second.item.meaning.value : 0;
      const max = half ? 2 : 4;
      if ((half || quarter) && a >= 1 && a <= max && b >= 1 && b <= max && a !== b) {
        // The year after the unit, or Kazakh-first before the ordinals («2025 жылдың бірінші және …»).
        const leading = points.at(-1);
        const before = leading?.kind === 'year' && next(leading.end) === i ? points.pop() : undefined;
        const y = yearAt(next(k)) ?? (before ? { year: before.year!, end: next(k) } : null);
        const point = (v: number) =>
          half
            ? { kind: 'half' as const, month: v === 1 ? 1 : 7, quarter: 0 }
            : { kind: 'quarter' as const, month: 1, quarter: v };
        points.push({ ...point(a), day: 1, year: y?.year ?? null, start: before?.start ?? i, end: i });
        points.push({ ...point(b), day: 1, year: y?.year ?? null, start: k, end: y?.end ?? next(k) });
        i = y?.end ?? next(k);
        continue;
      }
    }
    // "H1 2026", "the first half of 2025", «1-е полугодие», «бірінші жартыжылдық».
    // "first" / «бірінші» / 3: the number an ordinal or a numeral gives a half or a quarter.
    const ordinal = isKind(slot, 'ordinal') ? slot.item.meaning.value : n;
    const hn = isKind(slot, 'halfName') ? slot.item.meaning.half : ordinal;
    const halfAt = isKind(slot, 'halfName') ? i : isKind(slots[j], 'halfWord') ? j : -1;
    if (halfAt >= 0 && (hn === 1 || hn === 2)) {
      i = pushWithYear({ kind: 'half', month: hn === 1 ? 1 : 7, day: 1, quarter: 0, start: i }, halfAt);
      continue;
    }
    const qn = isKind(slot, 'quarterName') ? slot.item.meaning.quarter : ordinal;
    // «последние 2 квартала» / "the last 2 quarters" counts quarters; it does not name Q2.
    // (Nor does a number spelled as a cardinal word, «екі тоқсанның» / "two quarters": Q2 is «екінші»,
    // "second" — it was read as the second quarter of this year.)
    const spelled = slot.item.kind === 'number' && !/\d/.test(slot.item.text);
    const counted = n !== null && (isKind(slots[prev(i)], 'periodModifier') || spelled);
    // («… 3-тоқсаннан … 3-тоқсанға … ең көп өсті? Екі тоқсанның айналымын көрсет»: "the two quarters"
    // after exactly two named refers back to them — the turnover of each, which a comparison ranked by
    // its change or asked with its change shows; with neither, which columns are asked is not clear.)
    const quarterUnit = isKind(slots[j], 'timeUnit') && slots[j]!.item.meaning.unit === 'quarter';
    const shown = slots.some((x) => isKind(x, 'superlative') || isKind(x, 'compareOutput'));
    if (spelled && quarterUnit && shown && points.filter((p) => p.kind === 'quarter').length === n) {
      slot.used = true;
      slots[j]!.used = true;
      i = j;
      continue;
    }
    if (qn !== null && qn >= 1 && qn <= 4 && Number.isInteger(qn) && !counted) {
      const isQuarterName = isKind(slot, 'quarterName');
      const unitAt = isQuarterName ? i : j;
      const unitSlot = slots[unitAt];
      if (isQuarterName || (isKind(unitSlot, 'timeUnit') && unitSlot.item.meaning.unit === 'quarter')) {
        i = pushWithYear({ kind: 'quarter', month: 1, day: 1, quarter: qn, start: i }, unitAt);
        continue;
      }
    }
    if (n !== null && Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX) {
      const unitSlot = slots[j];
      const end = isKind(unitSlot, 'timeUnit') && unitSlot.item.meaning.unit === 'year' ? j : i;
      // "the year 2026", "calendar year 2025": the English year word before the number.
      const word = slots[prev(i)];
      const start =
        isKind(word, 'timeUnit') &&
        !word.used &&
        word.item.text === 'year' &&
        !isKind(slots[prev(prev(i))], 'groupBy')
          ? prev(i)
          : i;
      points.push({ kind: 'year', year: n, month: 1, day: 1, quarter: 0, start, end });
      i = end;
    }
  }
  // («2026 ж. 5 қарашасы күнгі сома», the sum of the day of 5 November: "of the day" after a day's date
  // says it again.)
  for (const p of points) {
    const k = next(p.end);
    if (p.kind === 'day' && !slots[k]?.used && DAY_OF_DATE_WORDS.includes(textOf(k))) slots[k]!.used = true;
  }
  // ("2026 through 31 October": a range's joiner between makes the day the end of the year's range, not
  // a Kazakh year-first date.)
  // («Какая доля оборота 2025 года пришлась на декабрь?»: a verb the part falls to the period by, between
  // them, makes the point a period of its own, the year's part — they were one month, December 2025.)
  const fallenTo = (i: number) => {
    for (let k = i - 1; k >= 0 && slots[k]!.item.kind === 'stop'; k--)
      if (FALL_WORDS.includes(slots[k]!.item.text)) return true;
    return false;
  };
  attachLeadingYears(
    points,
    next,
    (i) =>
      SINCE_WORDS.includes(stopBefore(i) ?? '') || RANGE_JOINERS.includes(stopBefore(i) ?? '') || fallenTo(i),
    (i) => isKind(slots[i], 'conjunction'),
  );
  // «в ноябре и декабре прошлого года», "March and April 2025": the year after the second of two
  // joined months (quarters, halves, seasons) is the first one's too.
  for (let k = 0; k + 1 < points.length; k++) {
    const p = points[k]!;
    const q = points[k + 1]!;
    const and = next(p.end);
    // (…but not the end of a dashed range whose start has a year: «2025 жылғы қаңтар–қараша мен 2026
    // жылғы қаңтар–қараша» is January–November of each year.)
    const endsDatedRange = slots[p.start]?.item.dashBefore === true && k > 0 && points[k - 1]!.year !== null;
    if (
      !endsDatedRange &&
      p.year === null &&
      q.year !== null &&
      p.kind === q.kind &&
      SHARED_YEAR_KINDS.includes(p.kind) &&
      // ("Q1 vs Q2 2025", "first half versus second half of 2025": set against each other likewise.)
      (isKind(slots[and], 'conjunction') || isKind(slots[and], 'compare')) &&
      next(and) === q.start
    )
      points[k] = { ...p, year: q.year };
  }
  // "H2 2025 (July–December)", "Q3 2026 (July to September)", «за 2025 год, с января по март»: months
  // with no year right after a period with one are in its year (they were the latest such months: two
  // periods, asked back).
  // (A comparison or growth question dates its two periods itself: «в 2025 году с марта на апрель».)
  const compared = slots.some((s) => isKind(s, 'compare') || isKind(s, 'compareOutput'));
  for (let k = 1; k < points.length && !compared; k++) {
    const whole = points[k - 1]!;
    if (whole.year === null || !RESTATED_KINDS.includes(whole.kind) || points[k]!.start !== next(whole.end))
      continue;
    let last = k;
    // (The next month right after, "July–December", or after one joining word, "July to December".)
    const follows = (m: number): boolean => {
      const after = next(points[m - 1]!.end);
      return points[m]!.start === after || points[m]!.start === next(after);
    };
    while (
      last + 1 < points.length &&
      points[last + 1]!.year === null &&
      points[last + 1]!.kind === 'month' &&
      follows(last + 1)
    )
      last++;
    if (points[k]!.kind !== 'month') continue;
    const dated = (p: Point) => ({ ...p, year: whole.year! });
    // Months of a year are in it («за 2025 год, с января по март»); of a half or a quarter, only the
    // months that are it exactly («Q3 2025 (July to October)» stays two periods: asked back).
    const span = pointSpan({ ...whole, year: whole.year });
    const exact =
      pointSpan(dated(points[k]!)).from === span.from && pointSpan(dated(points[last]!)).to === span.to;
    if (whole.kind !== 'year' && !exact) continue;
    for (let m = k; m <= last; m++) points[m] = dated(points[m]!);
  }
  // "what % of 2025 turnover came in Q4?", «какая доля платежей октября 2025 пришлась на 1–15 октября»: in
  // a share, a period with no year after one with a year that holds it in that year is a part of it (it
  // was the latest such period, another year, and the two periods were asked back).
  if (!compared && slots.some((s) => isKind(s, 'share')))
    for (let k = 1; k < points.length; k++) {
      const whole = points.slice(0, k).findLast((w) => w.year !== null);
      const p = points[k]!;
      // (Not when a year is written later: "full year 2025 and Jan–Nov 2026".)
      if (!whole || p.year !== null || whole.kind === 'day' || points.slice(k).some((q) => q.year !== null))
        continue;
      const outer = pointSpan({ ...whole, year: whole.year! });
      const dated = { ...p, year: whole.year! };
      const inner = pointSpan(dated);
      if (
        inner.from >= outer.from &&
        inner.to <= outer.to &&
        (inner.from !== outer.from || inner.to !== outer.to)
      )
        points[k] = dated;
    }
  /**
   * Asks back the days no calendar has, naming them as the question does («31 апреля», "31.02.2026"),
   * and accounts for their words so that they are named once. True when there was one.
   */
  const askMissingDays = (candidates: readonly Point[], exists: (p: Point) => boolean): boolean => {
    const missing = candidates.filter((p) => p.kind === 'day' && !exists(p));
    for (const p of missing) {
      const words = slots.slice(p.start, p.end + 1).filter((s) => s.item.kind !== 'stop');
      draft.issues.push({ kind: 'unknown_words', words: [words.map((s) => s.item.text).join(' ')] });
      for (const s of words) s.used = true;
    }
    return missing.length > 0;
  };
  // «31 апреля», "31.02.2026", «30.02»: a day its month does not have is asked back, never moved into
  // the next month (which is what date arithmetic would make of it).
  for (let k = points.length - 1; k >= 0; k--) {
    if (askMissingDays([points[k]!], (p) => dayCanExist(p.year, p.month, p.day))) points.splice(k, 1);
  }
  /** «29.02» given a year with no 29 February (the latest past one, or a neighbour's): asked back too. */
  const missingDay = (...filled: (Point & { year: number })[]): boolean =>
    askMissingDays(filled, (p) => validDay(p.year!, p.month, p.day));
  // "full year 2025", «за полный 2025 год», "the whole of Q3 2026": a named period is whole already —
  // the word only says so (it was asked back; "the last 4 full weeks" is read by the relative periods).
  for (const p of points) {
    let k = prev(p.start);
    if (isKind(slots[k], 'timeUnit') && !slots[k]!.used) k = prev(k);
    if (isKind(slots[k], 'fullUnits') && !slots[k]!.used && p.year !== null) slots[k]!.used = true;
  }
  // «2025 жылдың басынан бері» (since the start of 2025): a year, then "since the start of the year".
  for (const p of points) {
    const after = slots[next(p.end)];
    if (p.kind !== 'year' || !isKind(after, 'period')) continue;
    const r = after.item.meaning.range;
    if (r.kind !== 'this' || r.unit !== 'year') continue;
    after.used = true;
    p.openEnded = true;
    const since = slots[next(next(p.end))];
    if (isKind(since, 'since') && since.item.meaning.after === true) since.used = true;
  }

  const ranges = notes.timeRanges;
  const comparing = slots.some((s) => isKind(s, 'compare'));
  // ("fell from August to September": a fall is a change too, though "fell" is a stop word.)
  // ("In 2025, which banks had fewer … in November than in October?", «2025 жылы … қарашада қазанға
  // қарағанда … аз болды»: more or fewer with "than" compares the two periods too, in the year said.)
  const moreThan =
    slots.some((s) => THAN_WORDS.includes(s.item.text)) &&
    slots.some((s) => isKind(s, 'comparator') && !s.item.meaning.weak && s.item.meaning.op !== 'between');
  const changeSaid = slots.some(
    (s) =>
      (isKind(s, 'compare') && s.item.meaning.change === true) ||
      isKind(s, 'compareOutput') ||
      saysFall(slots),
  );
  const growing = moreThan || changeSaid;
  // («Как рос охват по месяцам с января по ноябрь»: a timeline over the range, not its two ends.)
  const timeline = slots.some(
    (s, k) => isKind(s, 'bucket') || (isKind(s, 'timeUnit') && isKind(slots[prev(k)], 'groupBy')),
  );
  const markUsed = (from: number, to: number) => {
    for (let k = from; k <= to; k++) slots[k]!.used = true;
  };
  // («2026 жылғы қаңтар–қараша өткен жылдың сол кезеңімен салыстырғанда … өзгерісі»: set against the same
  // period of another year, the months are one range, not the two periods of a change.)
  const samePeriod = slots.some((s) => isKind(s, 'yearAgo') || isKind(s, 'samePeriod'));
  // («сумма с января на февраль», «с 2025 на 2026»: "from A on to B" with «на» / «к» is a change from one
  // to the other even with no word of growth — it was "since A", and B inside it, A dropped.)
  const fromOn = points.some(
    (p, k) =>
      k + 1 < points.length &&
      ['с', 'со'].includes(stopBefore(p.start) ?? '') &&
      ['на', 'к'].includes(stopBefore(points[k + 1]!.start) ?? ''),
  );
  // "December 2025 compared with November", «2025 жылғы желтоқсанда … қарашамен салыстырғанда»: of two
  // months set against each other, one with no year is the one nearest the other (November 2025), not
  // the latest past one (November 2026, a year off).
  // (Not the two ends of one range, «с января по ноябрь 2026», nor a range set against the same period
  // of another year.)
  const [c0, c1] = points;
  const oneRange =
    c0 !== undefined &&
    c1 !== undefined &&
    (RANGE_OPENERS.includes(stopBefore(c0.start) ?? '') ||
      RANGE_OPENERS.includes(textOf(prev(c0.start))) ||
      RANGE_JOINERS.includes(stopBefore(c1.start) ?? '') ||
      RANGE_JOINERS.includes(textOf(prev(c1.start))) ||
      slots[c1.start]?.item.dashBefore === true);
  // ("7 March 2025 and 8 March", «2025 жылғы 7 наурыз бен 8 наурыз»: two days joined by "and", likewise —
  // the second was a year later. Not "between 7 March 2025 and 8 March", one range.)
  const joinedDays =
    c0?.kind === 'day' &&
    c1?.kind === 'day' &&
    isKind(slots[next(c0.end)], 'conjunction') &&
    next(next(c0.end)) === c1.start &&
    !RANGE_OPENERS.includes(stopBefore(c0.start) ?? '') &&
    !RANGE_OPENERS.includes(textOf(prev(c0.start)));
  if (
    (((comparing || growing) && c0?.kind === 'month' && c1?.kind === 'month' && !oneRange) || joinedDays) &&
    !samePeriod &&
    points.length === 2 &&
    (c0.year === null) !== (c1.year === null)
  ) {
    const [dated, bare] = c0.year !== null ? [c0, c1] : [c1, c0];
    const y = dated.year as number;
    const monthsAway = (year: number) => Math.abs(year * 12 + bare.month - (y * 12 + dated.month));
    const year = [y - 1, y, y + 1].reduce((best, k) => (monthsAway(k) < monthsAway(best) ? k : best));
    points[points.indexOf(bare)] = { ...bare, year };
  }
  // ("Which categories grew the most from Q3'25 to Q3'26? Show category, Q3'25 turnover, Q3'26 turnover":
  // in a question about growth, the two periods compared named again — in a list of the columns — are
  // the same two, not more. Only when what is left is such a pair.)
  if ((growing || fromOn) && !samePeriod && points.length > 2) {
    const same = (a: Point, b: Point) =>
      a.kind === b.kind &&
      a.month === b.month &&
      a.day === b.day &&
      a.quarter === b.quarter &&
      (a.year === b.year || b.year === null);
    const pair = points.slice(0, 2);
    const again = points.slice(2);
    if (again.every((p) => pair.some((o) => same(o, p))) && growthPair(pair, next, textOf, stopBefore)) {
      for (const p of again) markUsed(p.start, p.end);
      points.splice(2);
    }
  }
  // ("Is the average ticket higher on weekends than on weekdays? Jan-Nov 2026", «қаңтар–қарашасында
  // Ақтөбеде айналым Тараздан көп пе? Екі соманы қатар қойып көрсет»: two months joined by a dash are one
  // range unless a word of change says they are its two ends — "than" and "both sums" set other things
  // against each other. They were January against November.)
  const dashed =
    points.length === 2 &&
    c0?.kind === 'month' &&
    c1?.kind === 'month' &&
    next(c0.end) === c1.start &&
    slots[c1.start]?.item.dashBefore === true;
  const changeWord =
    slots.some((s) => isKind(s, 'compare') && s.item.meaning.change === true) || saysFall(slots);
  const growth =
    (growing || fromOn) && !samePeriod && !(dashed && !changeWord)
      ? growthPair(points, next, textOf, stopBefore, changeSaid && !timeline)
      : null;
  // «с 2025 на 2026 (январь–ноябрь)», «2025 және 2026 жылдардың қаңтар–қарашасы», "2025 vs 2026, Jan–Nov":
  // two years and one range of months with no year are that range in each year (the months were read
  // with the first year only, or as two periods of their own).
  // (The year written right before the first month is read into it: the points are the other year (or
  // the first month in it), the first month with the second year, and the last month with none.)
  const [y0, m1, m2] = points;
  // («с 2025 на 2026 (январь–ноябрь)»: the year the first month's point is written with.)
  const writtenYear = (p: Point | undefined) => {
    const t = slots[p?.start ?? -1]?.item;
    return t?.kind === 'number' && t.value >= YEAR_MIN && t.value <= YEAR_MAX ? t.value : (p?.year ?? null);
  };
  const secondYear = writtenYear(m1);
  if (
    points.length === 3 &&
    m1?.kind === 'month' &&
    m2?.kind === 'month' &&
    secondYear !== null &&
    (m2.year === null || m2.year === m1.year) &&
    next(m1.end) === m2.start &&
    slots[m2.start]?.item.dashBefore === true &&
    y0 !== undefined &&
    y0.year !== null &&
    y0.year !== secondYear &&
    (y0.kind === 'year' || (y0.kind === 'month' && y0.month === m1.month))
  ) {
    for (const year of [y0.year, secondYear]) {
      const from = pointSpan({ ...m1, year }).from;
      const to = pointSpan({ ...m2, year }).to;
      if (from >= to) break;
      ranges.push({ range: { kind: 'dates', from, to }, at: year === y0.year ? y0.start : m1.start });
    }
    for (const p of points) markUsed(p.start, p.end);
    points.length = 0;
  }
  // ("ECOM turnover Jan–Nov: 2025 vs 2026", «январь–ноябрь: 2025 и 2026»: a range of months with no year,
  // then two years — the range in each year (it was Jan–Nov 2025 against November 2026).)
  const [r0, r1, r2] = points;
  if (
    points.length === 3 &&
    r0?.kind === 'month' &&
    r0.year === null &&
    r1?.kind === 'month' &&
    r2?.kind === 'month' &&
    r1.month === r2.month &&
    r1.year !== null &&
    r2.year !== null &&
    r1.year !== r2.year &&
    next(r0.end) === r1.start &&
    slots[r1.start]?.item.dashBefore === true
  ) {
    for (const [year, at] of [
      [r1.year, r0.start],
      [r2.year, r2.start],
    ] as const) {
      const from = pointSpan({ ...r0, year }).from;
      const to = pointSpan({ ...r1, year }).to;
      if (from >= to) break;
      ranges.push({ range: { kind: 'dates', from, to }, at });
    }
    for (const p of points) markUsed(p.start, p.end);
    points.length = 0;
  }
  for (let pi = 0; pi < points.length; pi++) {
    const p = points[pi]!;
    const opener = prev(p.start);
    const openerText = opener >= 0 ? textOf(opener) : '';
    const stopText = stopBefore(p.start) ?? '';
    const q = points[pi + 1];
    // («с 1 ноября 2026 г. включительно по 15 ноября»: the start said as included, which it is, stands
    // before the joiner — the range was not read, and the end day alone was the period.)
    const afterStart = q ? next(p.end) : -1;
    const joiner =
      isKind(slots[afterStart], 'inclusive') && afterStart < (q?.start ?? -1) ? next(afterStart) : afterStart;
    // The joiner is a word ("to") or a stop word the cursor steps over ("through", «по»).
    const stopJoiner = q && joiner === q.start ? (stopBefore(q.start) ?? '') : '';
    const joinerText = stopJoiner || (joiner >= 0 ? textOf(joiner) : '');
    const joined =
      !!q &&
      ((stopJoiner !== '' && RANGE_JOINERS.includes(stopJoiner)) ||
        (joiner >= 0 && next(joiner) === q.start && RANGE_JOINERS.includes(textOf(joiner))));
    const opened = RANGE_OPENERS.includes(openerText) || (!comparing && RANGE_OPENERS.includes(stopText));
    if (growth && pi === growth.year) {
      markUsed(p.start, p.end); // the year of the two compared periods, not a period of its own
      continue;
    }
    if (growth && pi === growth.first && q) {
      const year = growth.year === null ? null : points[growth.year]!.year;
      const b = (year === null ? inYearBefore(p, q) : null) ?? fill(q, year);
      let a = fill(p, b.year);
      if (growth.fromTo && p.year === null && pointSpan(a).from >= pointSpan(b).from)
        a = { ...a, year: a.year - 1 };
      if (missingDay(a, b)) {
        pi++;
        continue;
      }
      ranges.push({ range: { kind: 'dates', ...pointSpan(a) }, at: p.start });
      ranges.push({ range: { kind: 'dates', ...pointSpan(b) }, at: q.start });
      markUsed(p.start, q.end);
      if (opener >= 0 && RANGE_OPENERS.includes(openerText)) slots[opener]!.used = true;
      pi++;
      continue;
    }
    // "Q1–Q2 2026", "2025-2026", "2026-03-01 - 2026-03-15": a dash between two points is a range.
    // ("Mon 5 Oct – Sun 29 Nov 2026": the dash before a stop word between, the weekday restating the day.)
    const dashed =
      !!q &&
      joiner === q.start &&
      slots.slice(p.end + 1, q.start + 1).some((x) => x.item.dashBefore === true);
    // «1 қыркүйектен 15 қыркүйекке дейін» (from 1 to 15 September): the first point in the ablative,
    // the second followed by «дейін»; or the first followed by «бастап» (starting from), which says
    // the same of a date written in digits («01.09.2026 бастап 15.09.2026 дейін»).
    const until = q ? next(q.end) : -1;
    const startWord = slots[joiner];
    const startsAt =
      !!q &&
      next(joiner) === q.start &&
      isKind(startWord, 'since') &&
      startWord.item.meaning.after === true &&
      !startWord.used;
    const kazakhRange =
      !!q &&
      ((joiner === q.start && KAZAKH_ABLATIVE.test(textOf(p.end))) || startsAt) &&
      until >= 0 &&
      // («… 11 қаңтарға дейінгі POS айналымы»: the attribute form too.)
      KAZAKH_UNTIL.includes(textOf(until));
    if (kazakhRange) slots[until]!.used = true;
    // («қазанның 1-і мен 15-і аралығында»: two days joined by «мен» and closed by «аралығында», between them.)
    const kazakhBetween =
      !!q &&
      p.kind === 'day' &&
      q.kind === 'day' &&
      next(joiner) === q.start &&
      isKind(slots[joiner], 'conjunction') &&
      KAZAKH_BETWEEN_AFTER.includes(textOf(q.end + 1));
    if (
      q &&
      (dashed || kazakhRange || kazakhBetween || (joined && (opened || RANGE_CLOSERS.includes(joinerText))))
    ) {
      // "2025, January to March", "from November 2025 to February": an end with no year is in the
      // start's year, or the next one when it would come first (it was the latest such month: a range
      // of fifteen months).
      let b = fill(q, p.year);
      if (q.year === null && p.year !== null && pointSpan(b).to <= pointSpan(fill(p, null)).from)
        b = { ...b, year: b.year + 1 };
      const a = fill(p, b.year);
      if (missingDay(a, b)) {
        pi++;
        continue;
      }
      const from = pointSpan(a).from;
      const to = pointSpan(b).to;
      if (from < to) ranges.push({ range: { kind: 'dates', from, to }, at: p.start });
      else draft.issues.push({ kind: 'unknown_words', words: [textOf(p.start), textOf(q.start)] });
      markUsed(p.start, q.end);
      if (opener >= 0 && RANGE_OPENERS.includes(openerText)) slots[opener]!.used = true;
      pi++;
      continue;
    }
    const filled = inYearBefore(points[pi - 1], p) ?? fill(p, null);
    if (missingDay(filled)) continue;
    const span = pointSpan(filled);
    const closer = next(p.end);
    const sinceAfter = isKind(slots[closer], 'since') && slots[closer].item.meaning.after === true;
    const sinceItem = (isKind(slots[opener], 'since') && !slots[opener].item.meaning.after) || sinceAfter;
    // "Q1 2025 to date", «с марта по сей день»: from the point on.
    const toDate = TO_DATE.includes(slots[p.end + 1]?.item.text ?? '');
    if (sinceItem || toDate || p.openEnded || (!comparing && SINCE_WORDS.includes(stopText))) {
      ranges.push({ range: { kind: 'dates', from: span.from, to: null }, at: p.start });
      if (sinceItem) slots[sinceAfter ? closer : opener]!.used = true;
      if (toDate) slots[p.end + 1]!.used = true;
    } else {
      ranges.push({ range: { kind: 'dates', from: span.from, to: span.to }, at: p.start });
    }
    markUsed(p.start, p.end);
  }

  // «с 1 по 15 марта 2026», «1–15 марта»: a bare day number before a "по / to" (or a dash) and a day point.
  slots.forEach((slot, i) => {
    const n = numberOf(slot);
    if (n === null || !Number.isInteger(n) || n < 1 || n > 31) return;
    const j = next(i);
    if (j < 0) return;
    const opener = prev(i);
    const between = opener >= 0 && BETWEEN_WORDS.includes(textOf(opener));
    // "between 1 and 15 Sept", «между 1 и 15 сентября»: "and" closes the range only after "between".
    // «10-нан 20 қарашаға дейін» (from the 10th to 20 November): the ablative ending right after the
    // day, and «дейін» (until) after the second point.
    // (The ending is a stop word the cursor steps over.)
    const kazakhFrom = KAZAKH_ABLATIVE_ENDINGS.includes(slots[i + 1]?.item.text ?? '');
    const closes = RANGE_CLOSERS.includes(textOf(j)) || (between && RANGE_JOINERS.includes(textOf(j)));
    const closer = kazakhFrom ? i + 1 : closes ? j : -1;
    if (closer < 0 && slots[j]!.item.dashBefore !== true) return;
    const k = closer >= 0 && !kazakhFrom ? next(j) : j;
    const t = ranges.find((x) => x.at === k);
    if (t?.range.kind !== 'dates' || t.range.to === null) return;
    const day = addDays(t.range.to, -1);
    const from = `${day.slice(0, 8)}${String(n).padStart(2, '0')}`;
    if (!validDay(Number(from.slice(0, 4)), Number(from.slice(5, 7)), n) || from > day) return;
    // «21–23 марта, в 2025 и 2026 годах»: the same days in the other year named with it too.
    const twin = ranges.find(
      (u) =>
        u !== t &&
        u.at > k &&
        u.range.kind === 'dates' &&
        u.range.to !== null &&
        addDays(u.range.to, -1).slice(4) === day.slice(4) &&
        daysBetween(u.range.from, u.range.to) === 1 &&
        slots[u.at]?.item.kind === 'number',
    );
    if (twin?.range.kind === 'dates' && twin.range.to !== null)
      twin.range = {
        kind: 'dates',
        from: `${addDays(twin.range.to, -1).slice(0, 4)}${from.slice(4)}`,
        to: twin.range.to,
      };
    t.range = { kind: 'dates', from, to: t.range.to } satisfies TimeRange;
    t.at = i;
    slot.used = true;
    if (closer >= 0) slots[closer]!.used = true;
    if (opener >= 0 && RANGE_OPENERS.includes(textOf(opener))) slots[opener]!.used = true;
    // «2025 жылғы 5-тен 25 наурызға дейін», «2025 жылғы 21–23 наурыз»: the year written before the
    // range dates both its days (the second point, with no year of its own, was read as the latest
    // such day).
    // («2025 жылғы Наурыз мерекесіндегі (21–23 наурыз)»: the name of the days may stand between.)
    const after = (k: number): number => (isKind(slots[k], 'occasion') ? after(next(k)) : k);
    const year = points.find((p) => p.kind === 'year' && p.year !== null && after(next(p.end)) === i);
    if (year?.year != null && t.range.kind === 'dates' && t.range.to !== null) {
      // (The end keeps its distance in years: «20-дан 31 желтоқсанға дейін» ends on 1 January.)
      const y = year.year;
      const { from, to } = t.range;
      const toYear = y + Number(to.slice(0, 4)) - Number(from.slice(0, 4));
      t.range = { kind: 'dates', from: `${y}${from.slice(4)}`, to: `${toYear}${to.slice(4)}` };
      // (…and is no period of its own: the whole year stayed beside the days, a second period that
      // kept "Kaspi мен Halyk …, қатар қойып" from setting the banks side by side.)
      const whole = ranges.findIndex(
        (u) =>
          u !== t &&
          u.at >= year.start &&
          u.at <= year.end &&
          u.range.kind === 'dates' &&
          u.range.from === `${y}-01-01` &&
          u.range.to === `${y + 1}-01-01`,
      );
      if (whole >= 0) ranges.splice(whole, 1);
    }
    if (kazakhFrom) {
      let u = next(k);
      while (u >= 0 && u <= k + 3 && !KAZAKH_UNTIL.includes(textOf(u))) u = next(u);
      if (u >= 0 && KAZAKH_UNTIL.includes(textOf(u))) slots[u]!.used = true;
    }
  });

  // «(10-ы қоса)», "(the 10th inclusive)": the last day of a range said again as included, which it is.
  slots.forEach((slot, i) => {
    const n = numberOf(slot);
    if (n === null || !isKind(slots[next(i)], 'inclusive')) return;
    const ends = ranges.some(
      (t) =>
        t.range.kind === 'dates' && t.range.to !== null && Number(addDays(t.range.to, -1).slice(8)) === n,
    );
    if (ends) slot.used = true;
  });
  // "1–15 November 2026, end date exclusive", «с 1 ноября 2026 г. включительно по 15 ноября 2026 г. не
  // включая», «…, не включая 15 ноября»: the range's last day, said right before (or again right after)
  // as left out, is not in it — it was read as included, or not at all.
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'exclusive')) return;
    const dayOf = (k: number): string | null => {
      const item = slots[k]?.item;
      if (item?.kind === 'date') return item.iso.slice(8);
      const n = item?.kind === 'number' ? item.value : null;
      return n !== null && Number.isInteger(n) && n >= 1 && n <= 31 ? String(n).padStart(2, '0') : null;
    };
    const near = (from: number, step: 1 | -1) => {
      const days: number[] = [];
      for (let k = from, seen = 0; k >= 0 && k < slots.length && seen < 5; k += step, seen++) {
        if (slots[k]!.item.clauseBefore && step === 1 && k !== from) break;
        if (dayOf(k) !== null) days.push(k);
      }
      return days;
    };
    const ends = ranges.filter(
      (t) => t.range.kind === 'dates' && t.range.to !== null && t.range.from < addDays(t.range.to, -1),
    );
    const lastDay = (t: (typeof ranges)[number]) =>
      t.range.kind === 'dates' && t.range.to !== null ? addDays(t.range.to, -1) : '';
    // (Said before it: the end day right before the words; said after: that day again, a range of its own.)
    const before = near(i - 1, -1);
    const after = near(i + 1, 1);
    const againOf = (t: (typeof ranges)[number]) =>
      ranges.find(
        (u) =>
          u !== t &&
          u.at >= i &&
          after.includes(u.at) &&
          u.range.kind === 'dates' &&
          u.range.to !== null &&
          // (The day said again with no year of its own was dated the latest such day.)
          u.range.from.slice(5) === lastDay(t).slice(5) &&
          addDays(u.range.from, 1) === u.range.to,
      );
    const end =
      ends.find((t) => before.some((k) => k >= t.at && dayOf(k) === lastDay(t).slice(8))) ??
      ends.find((t) => againOf(t) !== undefined);
    if (end?.range.kind !== 'dates' || end.range.to === null) return;
    const again = againOf(end);
    end.range = { kind: 'dates', from: end.range.from, to: addDays(end.range.to, -1) };
    if (again) ranges.splice(ranges.indexOf(again), 1);
    slot.used = true;
  });
  /** «включительно», «қоса», "included": said of a range's last day or month. */
  const saysIncluded = (k: number) =>
    k >= 0 && (isKind(slots[k], 'inclusive') || INCLUDED_WORDS.includes(textOf(k)));
  // «(июнь включительно)», «(маусымды қоса)», "(June included)", «(включая июнь)»: the last month of a
  // range said again as included, which it is — it was read as that month alone, the range dropped.
  for (const t of [...ranges]) {
    const month = slots[t.at];
    if (t.range.kind !== 'dates' || t.range.to === null || !isKind(month, 'monthName')) continue;
    const included = [prev(t.at), next(t.at)].find(saysIncluded);
    if (included === undefined) continue;
    const lastMonth = (u: (typeof ranges)[number]) =>
      u.range.kind === 'dates' &&
      u.range.to !== null &&
      u.range.from < addDays(u.range.to, -31) &&
      Number(addDays(u.range.to, -1).slice(5, 7)) === month.item.meaning.month;
    if (!ranges.some((u) => u !== t && lastMonth(u))) continue;
    ranges.splice(ranges.indexOf(t), 1);
    slots[included]!.used = true;
  }
  // «(30 қыркүйекті қоса алғанда)», «(включая 30 сентября)», "(including 30 September)": the last day of a
  // range said again, with its month, as included — it was read as that day alone, the range dropped.
  for (const t of [...ranges]) {
    const r = t.range;
    if (r.kind !== 'dates' || r.to === null || addDays(r.from, 1) !== r.to) continue;
    let after = next(t.at);
    while (after >= 0 && after <= t.at + 3 && !saysIncluded(after) && !slots[after]!.item.clauseBefore)
      after = next(after);
    const included = [prev(t.at), after].find((k) => saysIncluded(k) && !slots[k]!.item.clauseBefore);
    if (included === undefined) continue;
    const ends = (u: (typeof ranges)[number]) =>
      u !== t &&
      u.range.kind === 'dates' &&
      u.range.to !== null &&
      // (The day said again with no year of its own was dated the latest such day: month and day match.)
      addDays(u.range.to, -1).slice(5) === r.from.slice(5) &&
      u.range.from < addDays(u.range.to, -1);
    if (!ranges.some(ends)) continue;
    ranges.splice(ranges.indexOf(t), 1);
    slots[included]!.used = true;
  }
  // «до 15 ноября», "until 15 November", "before March": an end with no start. The range has no
  // beginning the question names, so ask for one instead of reading the point itself (the day or
  // month it names) as the period.
  // "As at 31 October 2026, … since 1 January 2026", «по состоянию на 31 октября … с 1 января»: the
  // day a reporting period ends, said apart from its start, closes the range opened there.
  for (const t of [...ranges]) {
    if (t.range.kind !== 'dates' || t.range.to === null || comparing) continue;
    if (!AS_AT_WORDS.includes(stopBefore(t.at) ?? '')) continue;
    const end = t.range.to;
    const open = ranges.find(
      (u) => u !== t && u.range.kind === 'dates' && u.range.to === null && u.range.from < end,
    );
    const asAt = prev(t.at) + 1;
    if (open?.range.kind === 'dates') {
      open.range = { kind: 'dates', from: open.range.from, to: end };
      ranges.splice(ranges.indexOf(t), 1);
      for (let k = asAt; k < t.at; k++) if (AS_AT_WORDS.includes(slots[k]!.item.text)) slots[k]!.used = true;
    } else {
      // (Alone, "as at 31 October" names no start: asked for, as "until 31 October" is.)
      draft.issues.push({ kind: 'open_end', word: stopBefore(t.at) ?? '' });
    }
  }
  for (const t of ranges) {
    if (t.range.kind !== 'dates') continue;
    const before = prev(t.at);
    if (!comparing && before >= 0 && !slots[before]!.used && OPEN_END_WORDS.includes(textOf(before))) {
      draft.issues.push({ kind: 'open_end', word: textOf(before) });
      slots[before]!.used = true;
    }
  }
  // «2026 жылғы қыркүйектен қазанға дейін қай санатта айналым ең көп өсті?» (from September to October,
  // where did turnover grow most): two points set against each other, the first in the ablative and
  // «дейін» after the second — the change between them, no range.
  if (comparing && ranges.length === 2) {
    const second = ranges[1]!;
    let end = second.at;
    while (slots[next(end)]?.used && !KAZAKH_UNTIL.includes(textOf(next(end)))) end = next(end);
    const until = next(end);
    const first = slots.slice(ranges[0]!.at, second.at).some((s) => KAZAKH_ABLATIVE.test(s.item.text));
    if (until >= 0 && !slots[until]!.used && KAZAKH_UNTIL.includes(textOf(until)) && first)
      slots[until]!.used = true;
  }
});
