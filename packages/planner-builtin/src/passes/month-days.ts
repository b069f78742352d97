import { sortedDays, unbrokenDays } from '../frame.js';
import {
  BETWEEN_WORDS,
  DAY_OF_MONTH_WORDS,
  FROM_WORDS,
  KAZAKH_BETWEEN_AFTER,
  KAZAKH_MONTH_DAY_NOUNS,
  KAZAKH_ORDINAL_TAILS,
  MONTH_DAY_ARTICLES,
  MONTH_DAY_NOUNS,
  MONTH_DAY_OWNERS,
  MONTH_OWNER_ARTICLES,
  PAYDAY_DAY_WORDS,
  PAYDAY_WORDS,
  RANGE_TO_WORDS,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { relativeMonthAt } from './month-parts.js';
import { addFilter, definePass, isKind, type Reading, type Slot } from './reading.js';

/** A day of a month said as a number: 1–31, unread, whole. */
function dayAt(slots: readonly Slot[], k: number): number | null {
  const s = slots[k];
  if (s?.item.kind !== 'number' || s.used) return null;
  const n = s.item.value;
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : null;
}

/** The next slot that is not an article or a Kazakh ordinal's case ending ("the", «-сында»). */
function skipTails(slots: readonly Slot[], k: number, tails: number[]): number {
  let j = k;
  while (
    j < slots.length &&
    (KAZAKH_ORDINAL_TAILS.includes(slots[j]!.item.text) || MONTH_DAY_ARTICLES.includes(slots[j]!.item.text))
  ) {
    if (KAZAKH_ORDINAL_TAILS.includes(slots[j]!.item.text)) tails.push(j);
    j++;
  }
  return j;
}

/**
 * Days said of a month counted from this one: "between the 1st and the 15th of last month", «с 1-го по
 * 15-е число прошлого месяца», «өткен айдың 1-і мен 15-і аралығында», "on the 5th of this month", "since
 * the 10th of last month", «с 10-го числа прошлого месяца»: a part of that month (noted for the relative
 * periods, which read the month), never a filter on the day of every month. True when read.
 */
function ofRelativeMonth(
  r: Reading,
  said: {
    k: number;
    days: readonly number[];
    taken: readonly number[];
    ownerBefore: number;
    preceding: number;
  },
): boolean {
  const { slots, notes } = r;
  const { k, days, taken, ownerBefore, preceding: from } = said;
  const { next, prev } = cursor(slots);
  // The month after the days (and «числа», "of"), or before them in Kazakh («өткен айдың 10-ы»).
  const marker = DAY_OF_MONTH_WORDS.includes(slots[k]?.item.text ?? '') ? [k] : [];
  const after = marker.length > 0 ? next(k) : slots[k]?.item.text === 'of' ? next(k) : k;
  const before = ownerBefore >= 0 ? relativeMonthAt(slots, prev(ownerBefore)) : null;
  const month = before?.unit === ownerBefore ? before : relativeMonthAt(slots, after);
  if (month === null) return false;
  if (!unbrokenDays(days)) return false;
  // "since the 10th", «с 10-го числа», «10-нан бастап»: from that day on.
  const since = isKind(slots[from], 'since') || FROM_WORDS.includes(slots[from]?.item.text ?? '');
  const open = days.length === 1 && since;
  const sinceAfter = open
    ? []
    : [next(k)].filter((j) => isKind(slots[j], 'since') && slots[j]!.item.meaning.after);
  const part = {
    kind: 'days' as const,
    from: days[0]!,
    to: open || sinceAfter.length > 0 ? null : days.at(-1)!,
    ...(open || sinceAfter.length > 0 ? { open: true as const } : {}),
  };
  // ("days 1 to 10 of last month": the owner before is a word of days; «айдың» is the month's own.)
  const owner = ownerBefore >= 0 && month.unit !== ownerBefore ? [ownerBefore] : [];
  const at = [...taken, ...marker, ...owner, ...(open ? [from] : []), ...sinceAfter];
  for (const t of at) slots[t]!.used = true;
  notes.monthParts.push({ month: month.modifier, part, at, relative: true });
  return true;
}

/**
 * Days of the month, whichever month: "on the 5th and the 20th of the month", "the 1st of each month",
 * "days 1-10 of the month", «5-го и 20-го числа», «с 1 по 10 число», «25-го числа месяца», «айдың 5-і мен
 * 20-сы», «айдың 25-і». The numbers are days only beside a word that says so — «число», "of the month",
 * «айдың» before them — and never right before a month's name («с 1 по 10 ноября» is a range of dates).
 * A filter on `extract(day …)`; the period they fall in is said apart ("in 2026").
 */
export const readMonthDays = definePass((r) => {
  const { slots } = r;
  slots.forEach((_, start) => {
    if (dayAt(slots, start) === null) return;
    // (The end of a range whose start was not read as a day — "from 5 to the 20th" — is no day alone.)
    let preceding = start - 1;
    while (MONTH_DAY_ARTICLES.includes(slots[preceding]?.item.text ?? '')) preceding--;
    if (RANGE_TO_WORDS.includes(slots[preceding]?.item.text ?? '')) return;
    // («айдың 25-і», "days 1-10 of the month": the owner may stand before.)
    const owner = slots[start - 1];
    const ownerBefore =
      owner !== undefined && !owner.used && MONTH_DAY_OWNERS.includes(owner.item.text) ? start - 1 : -1;
    const days: number[] = [];
    const taken: number[] = [];
    let k = start;
    for (;;) {
      const n = dayAt(slots, k);
      if (n === null) break;
      taken.push(k);
      let j = skipTails(slots, k + 1, taken);
      // a range: "1-10", «с 1 по 10», "1 to 10"
      const m = dayAt(slots, j) !== null && slots[j]!.item.dashBefore ? j : -1;
      // ("from the 5th to the 20th": articles may stand after "to".)
      const end = RANGE_TO_WORDS.includes(slots[j]?.item.text ?? '') ? skipTails(slots, j + 1, []) : -1;
      const to = m >= 0 ? m : end >= 0 && dayAt(slots, end) !== null ? end : -1;
      if (to >= 0) {
        const last = dayAt(slots, to)!;
        if (last < n) return;
        for (let d = n; d <= last; d++) days.push(d);
        if (to !== m) for (let t = j; t < to; t++) taken.push(t);
        taken.push(to);
        j = skipTails(slots, to + 1, taken);
      } else days.push(n);
      // «5-го и 20-го», "the 5th and (on) the 20th", «айдың 5-і мен 20-сы»
      if (isKind(slots[j], 'conjunction') && dayAt(slots, skipTails(slots, j + 1, [])) !== null) {
        taken.push(j);
        k = skipTails(slots, j + 1, taken);
        // («с 5 по 7 число и с 20 по 22 число»: "from" again before the next range.)
        if (FROM_WORDS.includes(slots[k]?.item.text ?? '') && dayAt(slots, k + 1) !== null) {
          taken.push(k);
          k++;
        }
        continue;
      }
      // ("the 5th, 10th and 25th", «5, 10 и 25 числа»: a comma lists the next day too.)
      if (dayAt(slots, j) !== null && slots[j]!.item.commaBefore === true && !slots[j]!.item.dashBefore) {
        k = j;
        continue;
      }
      k = j;
      break;
    }
    if (days.length === 0) return;
    // ("between the 5th and the 20th of the month", «между 5 и 20 числом», «айдың 5-і мен 20-сы
    // аралығында»: two days joined by "and" after "between" or before «аралығында» are the ends of a range.)
    let b = start - 1;
    while (MONTH_DAY_ARTICLES.includes(slots[b]?.item.text ?? '') || ownerBefore === b) b--;
    let a = k;
    while (KAZAKH_ORDINAL_TAILS.includes(slots[a]?.item.text ?? '')) a++;
    const between =
      BETWEEN_WORDS.includes(slots[b]?.item.text ?? '') ||
      [slots[a], slots[a + 1]].some((x) => KAZAKH_BETWEEN_AFTER.includes(x?.item.text ?? ''));
    if (between) {
      const joined = taken.filter((t) => isKind(slots[t], 'conjunction')).length;
      // («айдың 1–10 күндері аралығында»: a range already, which the word only restates.)
      const ranged = joined === 0 && days.length > 1 && unbrokenDays(days);
      if (!ranged && (joined !== 1 || days.length !== 2)) return;
      const [low, high] = [days[0]!, days.at(-1)!];
      if (high <= low) return;
      days.splice(0, days.length);
      for (let d = low; d <= high; d++) days.push(d);
      if (BETWEEN_WORDS.includes(slots[b]?.item.text ?? '')) taken.push(b);
      for (const x of [a, a + 1]) if (KAZAKH_BETWEEN_AFTER.includes(slots[x]?.item.text ?? '')) taken.push(x);
    }
    if (ofRelativeMonth(r, { k, days, taken, ownerBefore, preceding })) return;
    // ("from the 1st", «с 1-го числа текущего месяца по сегодня»: one day after "from" starts a range of
    // dates.)
    if (taken.length === 1 && FROM_WORDS.includes(slots[start - 1]?.item.text ?? '')) return;
    // After them: «числа», «число месяца», "of the month", "of a month", "of each month".
    const after = slots[k];
    const text = after?.item.text ?? '';
    let marker: number[] = [];
    if (DAY_OF_MONTH_WORDS.includes(text) || MONTH_DAY_NOUNS.includes(text)) {
      marker = [k];
      // «числа (каждого) месяца» said apart
      if (MONTH_DAY_NOUNS.includes(`число ${slots[k + 1]?.item.text}`)) marker.push(k + 1);
      // a number said again after «числа» is the next range («с 5 по 7 число и с 20 по 22 число»)
    } else if (ownerBefore >= 0 && KAZAKH_MONTH_DAY_NOUNS.includes(text)) {
      // («айдың 20-сы күні», on the 20th day of the month: the day word after them, no date.)
      marker = [k];
    } else if (text === 'of') {
      const article = MONTH_OWNER_ARTICLES.includes(slots[k + 1]?.item.text ?? '') ? k + 1 : k;
      const month = slots[article + 1];
      if (isKind(month, 'timeUnit') && /^months?$/.test(month.item.text)) marker = [k, article, article + 1];
    }
    // ("on paydays (the 5th and the 20th) this year": in brackets after "paydays", they are days of the
    // month without a word for it.)
    // («жалақы күндері (айдың 5-і мен 20-сы)», "salary days (the 5th …)": where brackets open before the days
    // — an article may open them, or the days word first.)
    let opened = ownerBefore >= 0 ? ownerBefore : start;
    while (
      !slots[opened]?.item.bracketBefore &&
      MONTH_DAY_ARTICLES.includes(slots[opened - 1]?.item.text ?? '')
    )
      opened--;
    const paydays =
      slots[opened]?.item.bracketBefore === true && PAYDAY_WORDS.includes(slots[opened - 1]?.item.text ?? '');
    if (marker.length === 0 && ownerBefore < 0 && !paydays) return;
    // ("the 1st of this month", «5-го числа прошлого месяца», «1-го числа текущего месяца»: a month named
    // after them makes a date — not after the brackets close: "(the 5th and the 20th of the month) this
    // year".)
    const end = marker.length > 0 ? marker.at(-1)! + 1 : k;
    const then = slots[end];
    const closed = then?.item.closeBefore === true;
    if (!closed && (isKind(then, 'monthName') || isKind(then, 'periodModifier') || isKind(then, 'timeUnit')))
      return;
    // (Two days or two ranges set side by side or against each other — «5-го и 20-го числа, рядом», "the
    // 1st vs the 15th" — are two figures, not one over both: left unread, asked back.)
    const contrasted = slots.some(
      (x) =>
        isKind(x, 'sideBySide') || isKind(x, 'oneRow') || isKind(x, 'compare') || isKind(x, 'compareOutput'),
    );
    const apart = !unbrokenDays(days);
    const before = r.draft.filters.some((f) => f.filter.kind === 'month_days');
    if (contrasted && (apart || before)) return;
    // (The days of the month as rows too — «санын айдың күндері бойынша көрсет» — with a claim about some
    // days: the days are what is claimed, not a filter.)
    const rows = (x: Slot, j: number) =>
      !marker.includes(j) && isKind(x, 'dimension') && x.item.meaning.dimension === 'day_of_month';
    if (slots.some(rows)) return;
    // (Never a range of dates in a named month: «с 1 по 10 ноября», "1-10 November".)
    // (…nor days said after a named month, which are of it — «за март 2026, 10–20 числа», «первую половину
    // марта (с 1 по 15 число)»: the month-parts pass reads them, and asks back when they disagree.)
    if (isKind(after, 'monthName') || slots.slice(0, start).some((x) => isKind(x, 'monthName'))) return;
    // (Kazakh «айдың» before, and "days" alone before without "of the month", need a number only.)
    if (ownerBefore >= 0 && marker.length === 0 && owner?.item.text === 'days') return;
    for (const t of [...taken, ...marker]) slots[t]!.used = true;
    // («жалақы күндері (айдың 5-і мен 20-сы)», «в дни зарплаты (5 и 20 число)»: the salary named before
    // the days in brackets says which days they are — paydays — not a kind of payment.)
    // ("salary days (the 5th and the 20th of the month)": an article may open the brackets; «в дни
    // зарплаты (5 и 20 число месяца)»: the days word first — it is used up too, as "paydays" alone is.)
    // ("on paydays - the 5th and the 20th of the month -", «в дни зарплаты — 5 и 20 число», "on paydays,
    // the 5th and the 20th …": the days set off by dashes or commas, as in brackets.)
    const setOff = slots[opened]?.item.clauseBefore === true || slots[opened]?.item.commaBefore === true;
    if (slots[opened]?.item.bracketBefore || setOff) {
      const named = [opened - 1, opened - 2].filter((j) => {
        const x = slots[j];
        return (
          isKind(x, 'value') &&
          x.item.meaning.column === 'transaction_type' &&
          x.item.meaning.values.includes('SALARY')
        );
      });
      const daysWord = [opened - 1, opened - 2].find((j) =>
        PAYDAY_DAY_WORDS.includes(slots[j]?.item.text ?? ''),
      );
      if (named.length === 1 && daysWord !== undefined) {
        slots[named[0]!]!.used = true;
        slots[daysWord]!.used = true;
      }
      if (PAYDAY_WORDS.includes(slots[opened - 1]?.item.text ?? '')) slots[opened - 1]!.used = true;
    }
    if (ownerBefore >= 0) slots[ownerBefore]!.used = true;
    // («с 5 по 7 число и с 20 по 22 число»: each range said with its own «число», one set of days.)
    const said = r.draft.filters.find((f) => f.filter.kind === 'month_days');
    if (said?.filter.kind === 'month_days') days.push(...said.filter.days);
    const all = sortedDays(days);
    if (said) said.filter = { kind: 'month_days', days: all };
    else addFilter(r, { kind: 'month_days', days: all }, start);
  });
});
