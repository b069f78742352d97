import type { HourSide } from '../frame.js';
import type { Item } from '../lexicon.js';
import {
  AFTER_HOUR_WORDS,
  AM_WORDS,
  BEFORE_HOUR_WORDS,
  HOUR_BEFORE_CLOCK,
  HOUR_OPENER_LEADS,
  HOUR_RANGE_JOINERS,
  HOUR_RANGE_OPENERS,
  KAZAKH_AFTER_POSTPOSITIONS,
  KAZAKH_BETWEEN_AFTER,
  KAZAKH_FROM_ENDINGS,
  KAZAKH_HOUR_CASE_ENDINGS,
  KAZAKH_TO_ENDINGS,
  KAZAKH_UNTIL,
  KAZAKH_UP_TO,
  PM_WORDS,
  THAN_WORDS,
} from '../vocabulary/index.js';
import { addFilter, definePass, isKind, type Reading, type Slot } from './reading.js';

/** An hour of the day read at slot k, the slots it took, and whether it said it was a time. */
interface ClockHour {
  hour: number;
  slots: number[];
  /** "6am", "midnight", "06:00", «6 часов»: surely a time of day; a bare "6" only in a range with one. */
  sure: boolean;
  /** "10 pm", «8 вечера»: said to be after noon. */
  pm?: true;
  /** "6am", "10 pm", "midnight", «5 утра»: said which half of the day it is in. */
  half?: true;
  /** "04:59": the last minute of the hour, so the hour itself is in a range it ends. */
  through?: true;
  /** "06:00": a leading zero, the 24-hour clock — the range it ends is as written. */
  clock24?: true;
}

/** Hours of the day from `from` to `to`, ends included, past midnight when `to` < `from`. */
interface HourSpan {
  from: number;
  to: number;
}

/** The hours of a filter: from `from` up to `to`, exclusive (24 = midnight); past midnight when `to` ≤ `from`. */
type Hours = { from: number; to: number };

/** A part of the day said with hours ("night", «вечером», «түнгі»): its slot and its span of hours. */
interface DayPart extends HourSpan {
  at: number;
}

const isNumber = (s: Slot | undefined): s is Slot & { item: { kind: 'number'; value: number } } =>
  !!s && s.item.kind === 'number' && !s.used;

/** The clock hour at slot k: "midnight", "6am", "10 pm", "06:00", «6 часов», or a bare 0–24. */
function hourAt(slots: readonly Slot[], k: number): ClockHour | null {
  const s = slots[k];
  if (isKind(s, 'clock') && s.item.meaning.at !== undefined && !s.used)
    return { hour: s.item.meaning.at, slots: [k], sure: true, half: true };
  if (!isNumber(s)) return null;
  const n = s.item.value;
  if (!Number.isInteger(n) || n < 0 || n > 24) return null;
  const after = slots[k + 1];
  const text = after?.item.text ?? '';
  // «до 5 утра», «после 8 вечера»: the Russian am / pm.
  const am = text === 'am' || AM_WORDS.includes(text);
  if (am || (isKind(after, 'clock') && after.item.meaning.marker === 'pm') || PM_WORDS.includes(text)) {
    if (n < 1 || n > 12) return null;
    if (am) return { hour: n % 12, slots: [k, k + 1], sure: true, half: true };
    return { hour: (n % 12) + 12, slots: [k, k + 1], sure: true, pm: true, half: true };
  }
  // "9:00pm", "11:59pm", "8:00 am": the marker after the minutes.
  const marker = slots[k + 2];
  const markerText = marker?.item.text ?? '';
  const markedAm = markerText === 'am' || AM_WORDS.includes(markerText);
  const markedPm =
    (isKind(marker, 'clock') && marker.item.meaning.marker === 'pm') || PM_WORDS.includes(markerText);
  // ("four fifty nine am", «до пяти пятидесяти девяти», «с двадцати двух ноль ноль»: said aloud, the
  // minutes are words right after the hour — only the hour's first or last minute.)
  const spoken =
    isNumber(after) && !/\d/.test(after.item.text) && (after.item.value === 59 || after.item.value === 0);
  const minutes =
    isNumber(after) && ((after.item.clauseBefore && after.item.text.length === 2) || spoken)
      ? after.item.value
      : -1;
  if ((minutes === 0 || minutes === 59) && (markedAm || markedPm)) {
    if (n < 1 || n > 12) return null;
    const hour = markedAm ? n % 12 : (n % 12) + 12;
    return { hour, slots: [k, k + 1, k + 2], sure: true, ...(minutes === 59 ? { through: true } : {}) };
  }
  // ("06:00–23:59" beside "daytime": a leading zero is the 24-hour clock, which says the half of the day
  // itself — it was read as 6 pm in the day's part.)
  const clock24 =
    s.item.text.length === 2 && s.item.text.startsWith('0') ? ({ half: true, clock24: true } as const) : {};
  // "06:00": the minutes are a 0 after a colon.
  if (minutes === 0) return { hour: n, slots: [k, k + 1], sure: true, ...clock24 };
  // "00:00–04:59", «с 0 до 5:59»: an end at the hour's last minute takes the whole hour in.
  if (minutes === 59 && n < 24) return { hour: n, slots: [k, k + 1], sure: true, through: true, ...clock24 };
  if (isKind(after, 'timeUnit') && after.item.meaning.unit === 'hour')
    return { hour: n, slots: [k, k + 1], sure: true };
  // («сағат 9-ға дейін»: Kazakh says the hour word before it.)
  const before = slots[k - 1];
  if (before?.item.kind === 'stop' && HOUR_BEFORE_CLOCK.includes(before.item.text))
    return { hour: n, slots: [k], sure: true };
  // «с 1 по 15 мая», "from 5 to 10 May": a bare number before a month is a day of it.
  if (isKind(after, 'monthName')) return null;
  return { hour: n, slots: [k], sure: false };
}

/** Whether the hour (0–24, 24 being 0) lies in the part's span, ends included, past midnight when it wraps. */
function within(hour: number, part: HourSpan): boolean {
  const h = hour % 24;
  const from = part.from % 24;
  const to = part.to % 24;
  return from <= to ? h >= from && h <= to : h >= from || h <= to;
}

/** The hours of the part of the day a bare hour can be: h or h + 12 for 1–12 ("6" is 6 or 18), else h. */
export function readingsInPart(hour: number, part: HourSpan): number[] {
  const readings = hour >= 1 && hour <= 12 ? [hour % 12, (hour % 12) + 12] : [hour % 24];
  return readings.filter((h) => within(h, part));
}

/**
 * A bare hour as the part of the day said with it reads it: "6" in the evening is 18, at night 6,
 * "12" at night midnight. Null unless exactly one reading is in the part: «ночью с 1 по 15» (15 is no
 * hour of the night) is not a range of hours.
 */
export function readInPart(hour: number, part: HourSpan): number | null {
  const fits = readingsInPart(hour, part);
  return fits.length === 1 ? fits[0]! : null;
}

/** The unused part-of-day word at slot k, if it is one. */
function partAt(slots: readonly Slot[], k: number): DayPart | null {
  const s = slots[k];
  if (!isKind(s, 'dayPart') || s.used) return null;
  return { at: k, from: s.item.meaning.from, to: s.item.meaning.to };
}

/**
 * The part of the day said right with the hours from slot `start` to `end`: before them ("at night
 * (0–6 am)", «түнгі уақытта (00:00-06:00)») or after them ("from 2 to 5 at night"), stop words between.
 * `before`: it stands before, so the range's phrase starts there. A part of the day said right with
 * hours reads them: "night 2 to 5" is 02–05, «вечером с 6 до 10» 18–22.
 */
function nearPart(
  slots: readonly Slot[],
  start: number,
  end: number,
): (DayPart & { before: boolean }) | null {
  let k = start - 1;
  while (k >= 0 && slots[k]!.item.kind === 'stop') k--;
  const before = partAt(slots, k);
  if (before) return { ...before, before: true };
  k = end + 1;
  while (k < slots.length && slots[k]!.item.kind === 'stop') k++;
  const after = partAt(slots, k);
  return after && { ...after, before: false };
}

/**
 * The one part-of-day word of the question, away from the hours ("night-time activity between 10pm
 * and 6am", «сколько операций ночью в мае с 0 до 6»): it reads nothing, and is the hours' only when
 * they are in it as written (`fits`); else it stays not understood.
 */
function onlyPart(slots: readonly Slot[]): DayPart | null {
  const parts = slots.flatMap((s, i) => (isKind(s, 'dayPart') ? [i] : []));
  return parts.length === 1 ? partAt(slots, parts[0]!) : null;
}

const fits = (hours: Hours, part: HourSpan): boolean => within(hours.from, part) && within(hours.to, part);

/** The two ends of a range of hours as written, and the words between and around them. */
interface RangeWords {
  first: ClockHour;
  second: ClockHour;
  /** Openers, joiners, case endings, «дейін», «сағат»: used up with the range. */
  words: number[];
  /** An hour word before the range («сағат 2-ден 5-ке дейін»): both ends are times. */
  hourWord: boolean;
}

/** "between 10pm and 6am", «с 0 до 6», «00:00-06:00», "0–6 am": an opener, a joiner or a dash. */
function rangeAt(slots: readonly Slot[], i: number): RangeWords | null {
  const opener = HOUR_RANGE_OPENERS.includes(slots[i]!.item.text) ? i : -1;
  const first = hourAt(slots, opener >= 0 ? opener + 1 : i);
  if (!first) return null;
  const j = first.slots.at(-1)! + 1;
  const joiner = HOUR_RANGE_JOINERS.includes(slots[j]?.item.text ?? '') ? j : -1;
  const startOfSecond = joiner >= 0 ? joiner + 1 : j;
  if (joiner < 0 && slots[startOfSecond]?.item.dashBefore !== true) return null;
  const second = hourAt(slots, startOfSecond);
  if (!second) return null;
  const after = second.slots.at(-1)! + 1;
  const between = KAZAKH_BETWEEN_AFTER.includes(slots[after]?.item.text ?? '') ? after : -1;
  return { first, second, words: [opener, joiner, between].filter((k) => k >= 0), hourWord: false };
}

/**
 * The Kazakh range, in postpositions: «2-ден 5-ке дейін» (from 2 to 5), «18:00-ден 22:00-ге дейін» —
 * the start in the ablative, the end in the dative or before «дейін» (up to), or both.
 */
function kazakhRangeAt(slots: readonly Slot[], i: number): RangeWords | null {
  const first = hourAt(slots, i);
  if (!first) return null;
  const from = first.slots.at(-1)! + 1;
  if (!KAZAKH_FROM_ENDINGS.includes(slots[from]?.item.text ?? '')) return null;
  const second = hourAt(slots, from + 1);
  if (!second) return null;
  let k = second.slots.at(-1)! + 1;
  const to = KAZAKH_TO_ENDINGS.includes(slots[k]?.item.text ?? '') ? k++ : -1;
  const upTo = KAZAKH_UP_TO.includes(slots[k]?.item.text ?? '') ? k : -1;
  if (to < 0 && upTo < 0) return null;
  // «сағат 2-ден…» (hour 2 to…): the hour word says they are times.
  const word = slots[i - 1];
  const hourWord = isKind(word, 'timeUnit') && word.item.meaning.unit === 'hour' && !word.used;
  const words = [from, to, upTo, hourWord ? i - 1 : -1].filter((x) => x >= 0);
  return { first, second, words, hourWord };
}

/**
 * An end of a range as meant, with a part of the day said right with it: as written when it says which
 * half of the day it is in, or is 0 or past 12 and says it is a time («утром с 7 до 13 часов»); else
 * read in the part («вечером с 6 до 10», «вечером с 9 до 11 часов»), null when it is no hour of it.
 */
function inPart(hour: ClockHour, sure: boolean, part: HourSpan): number | null {
  if (hour.half || (sure && (hour.hour === 0 || hour.hour > 12))) return hour.hour;
  return readInPart(hour.hour, part);
}

/** From and to of two hours (0–24), the end exclusive and 24 for midnight; null when they are no range. */
function span(from: number | null, end: number | null): Hours | null {
  if (from === null || end === null || from === end) return null;
  const to = end === 0 ? 24 : end;
  return from > 23 || to < 1 ? null : { from, to };
}

/**
 * The hours from and to of a range as meant: "from 8 to 9 pm" puts 8 after noon too; a part of the day
 * said right with it reads its ends; else they are as written. Null when the ends are no range.
 */
function hoursOf(range: RangeWords, part: HourSpan | null): Hours | null {
  const first = { ...range.first };
  const { second, hourWord } = range;
  // "from 8 to 9 pm", «с восьми до девяти вечера»: the pm of the end is the start's too, when the
  // start is a bare hour that comes before the end within the afternoon.
  if (!first.sure && second.pm && first.hour >= 1 && first.hour < 12 && first.hour + 12 < second.hour) {
    first.hour += 12;
    first.half = true;
  }
  // (An end said to the minute before the next hour, "04:59", ends with that next hour.)
  const end = (h: number | null) => (h === null || !second.through ? h : h + 1);
  if (first.through) return null;
  if (!part) return span(first.hour, end(second.hour));
  // ("daytime (06:00–23:59)": both ends on the 24-hour clock — a leading zero, 0 or past 12 — say the
  // range as written, whatever the part; one end so and the other not, "evening (06:00–10:00)", is as
  // written only when that fits the part — not one end as written and the other read in it, 06–22.)
  if (first.clock24 || second.clock24) {
    const on24 = (h: ClockHour) => h.clock24 === true || h.hour === 0 || h.hour > 12;
    const written = span(first.hour, end(second.hour));
    return written && ((on24(first) && on24(second)) || fits(written, part)) ? written : null;
  }
  return span(
    inPart(first, first.sure || hourWord, part),
    end(inPart(second, second.sure || hourWord, part)),
  );
}

/**
 * Hours of the day: "between midnight and 6am", "from 10pm to 6am", «с 00 до 06», «с 0 до 6 часов»,
 * «00:00–06:00», Kazakh «18:00-ден 22:00-ге дейін». A range whose ends say they are times (am / pm,
 * midnight, ":00", «часов»), or bare hours said with a part of the day ("night 2 to 5" is 02–05,
 * «вечером с 6 до 10» 18–22, «түнгі 0-ден 6-ға дейін»), is a filter on the hour of the day; the part
 * of the day is used up by it. Read before amounts, which would take «с 00 до 06» for money.
 * "At night" with no hours named stays not understood: which hours are night is the asker's to say.
 * Two ranges in one question ("night (0–6) vs daytime (9–18)") are read but asked back: as filters
 * they would leave the hours of both at once, and the frame has no row per range of hours.
 */
export const readHourRanges = definePass((r: Reading) => {
  const { slots } = r;
  const before = r.draft.filters.length;
  for (let i = 0; i < slots.length; i++) {
    const range = rangeAt(slots, i) ?? kazakhRangeAt(slots, i);
    if (!range) continue;
    const start = Math.min(i, ...range.words);
    const end = Math.max(range.second.slots.at(-1)!, ...range.words);
    const near = nearPart(slots, start, end);
    const hours = hoursOf(range, near);
    if (!hours) continue;
    const far = near ? null : onlyPart(slots);
    const part = near ?? (far && fits(hours, far) ? far : null);
    // "Hourly distribution (0–23)", «по часам (0–23)»: every hour of the day, the breakdown's own rows;
    // "weekday profile (isodow 1–7)" likewise.
    const allHours = range.first.hour === 0 && range.second.hour >= 23 && byHour(slots);
    const allDays = range.first.hour === 1 && range.second.hour === 7 && byWeekday(slots);
    if ((allHours || allDays) && !range.first.sure && !range.second.sure) {
      for (const k of [...range.first.slots, ...range.second.slots, ...range.words]) slots[k]!.used = true;
      i = end;
      continue;
    }
    // Without a part of the day, one end must say it is a time: two bare numbers may be money or days.
    if (!part && !range.first.sure && !range.second.sure && !range.hourWord) continue;
    for (const k of [...range.first.slots, ...range.second.slots, ...range.words]) slots[k]!.used = true;
    addHours(r, hours, near?.before ? near.at : start, part);
    i = end;
  }
  readOpenHours(r);
  // Two ranges of hours: both as filters would leave the hours common to both (none, for night vs day).
  const hourFilters = r.draft.filters.slice(before).filter((f) => f.filter.kind === 'hours');
  if (hourFilters.length === 2 && rangesSetAgainst(slots)) {
    // "morning (06:00–11:59) vs evening (18:00–23:59)", «утро против вечера … в одну строку», «таңертеңгі
    // және кешкі …, бір жолға»: the two ranges are the two sides of a split (it was asked back).
    const sides = hourFilters.map((f) => (f.filter.kind === 'hours' ? sideOf(f.filter) : null));
    if (sides[0] && sides[1] && sides[0].label !== sides[1].label) {
      r.draft.filters = r.draft.filters.filter((f) => !hourFilters.includes(f));
      r.draft.hourSplit = [sides[0], sides[1]];
      r.draft.dimensions.unshift('hour_split');
      r.draft.compare = true;
      r.draft.comparedValues = true;
      return;
    }
  }
  if (hourFilters.length > 1) r.draft.issues.push({ kind: 'unsupported', what: 'two_hour_ranges' });
});

/**
 * Whether two ranges of hours are set against each other: a word of comparing ("vs", «против»,
 * «қарағанда»), or "and" with the two asked side by side, in one row or each.
 */
function rangesSetAgainst(slots: readonly Slot[]): boolean {
  if (slots.some((s) => isKind(s, 'compare') && !s.used && s.item.meaning.change !== true)) return true;
  // ("more … in the morning … than in the evening", «больше, чем»)
  if (slots.some((s) => THAN_WORDS.includes(s.item.text)) && slots.some((s) => isKind(s, 'comparator')))
    return true;
  const joined = slots.some((s) => isKind(s, 'conjunction'));
  const apart = slots.some(
    (s) =>
      isKind(s, 'sideBySide') ||
      isKind(s, 'oneRow') ||
      (isKind(s, 'listMode') && s.item.meaning.mode === 'each'),
  );
  return joined && apart;
}

/** One side of an hour split, labelled by its clock hours ("06:00–11:59"). */
function sideOf(h: { from: number; to: number }): HourSide {
  const hh = (n: number) => String(n % 24).padStart(2, '0');
  return { from: h.from, to: h.to, label: `${hh(h.from)}:00–${hh(h.to - 1)}:59` };
}

/** Whether the question names the weekday breakdown ("weekday profile", "by day of the week"). */
function byWeekday(slots: readonly Slot[]): boolean {
  return slots.some((s) => isKind(s, 'dimension') && s.item.meaning.dimension === 'weekday');
}

/** Whether the question breaks down by hour: "hourly", "by hour", «по часам», «сағат бойынша». */
function byHour(slots: readonly Slot[]): boolean {
  return slots.some(
    (s, k) =>
      (isKind(s, 'bucket') &&
        (s.item.meaning.dimension === 'hour' || s.item.meaning.dimension === 'hour_of_day')) ||
      (isKind(s, 'timeUnit') && s.item.meaning.unit === 'hour' && isKind(slots[k - 1], 'groupBy')) ||
      (isKind(s, 'dimension') &&
        (s.item.meaning.dimension === 'hour' || s.item.meaning.dimension === 'hour_of_day')),
  );
}

/**
 * Adds the filter; its part of the day is used up, and the first word of its phrase stands for the
 * range from now on (an `hourRange`), so that later passes can tell where it was said.
 */
function addHours(r: Reading, hours: Hours, at: number, part: DayPart | null): void {
  const { from, to } = hours;
  addFilter(r, { kind: 'hours', from, to }, at);
  r.draft.domain = true;
  if (part) r.slots[part.at]!.used = true;
  const slot = r.slots[at]!;
  slot.item = rangeItem(slot.item, from, to);
  slot.used = true;
}

/** The item of a range's first word, read as the range (its text and marks kept). */
function rangeItem(item: Item, from: number, to: number): Item {
  const { text, dashBefore, clauseBefore, typos } = item;
  return {
    kind: 'meaning',
    meaning: { kind: 'hourRange', from, to },
    text,
    ...(dashBefore ? { dashBefore } : {}),
    ...(clauseBefore ? { clauseBefore } : {}),
    ...(typos ? { typos } : {}),
  };
}

/** From the hour to midnight (after it), or from midnight to it (before it). */
const openHours = (hour: number, after: boolean): Hours =>
  after ? { from: hour, to: 24 } : { from: 0, to: hour || 24 };

/**
 * The open range of an hour as meant: the hour read in the part of the day said right with it
 * («вечером после 8» is after 20:00); without one, only an hour that says it is a time ("after 6pm",
 * «после 18:00»): a bare number ("after 18") may be money. Its part of the day, if any, with it.
 */
function openRange(
  slots: readonly Slot[],
  hour: ClockHour,
  after: boolean,
  start: number,
): { hours: Hours; part: DayPart | null; at: number } | null {
  const near = nearPart(slots, start, hour.slots.at(-1)!);
  if (near) {
    const read = inPart(hour, hour.sure, near);
    return read === null
      ? null
      : { hours: openHours(read, after), part: near, at: near.before ? near.at : start };
  }
  if (!hour.sure) return null;
  const hours = openHours(hour.hour, after);
  const far = onlyPart(slots);
  return { hours, part: far && fits(hours, far) ? far : null, at: start };
}

/**
 * An open range of hours: a time of day after "after" / «после» / «с» or before "before" / «до», or
 * followed by a Kazakh postposition. From it to midnight, or from midnight to it.
 */
function readOpenHours(r: Reading): void {
  const { slots } = r;
  for (let i = 0; i < slots.length; i++) {
    const word = slots[i]!;
    if (word.used) continue;
    const after = AFTER_HOUR_WORDS.includes(word.item.text);
    const before = BEFORE_HOUR_WORDS.includes(word.item.text);
    if (after || before) {
      const hour = hourAt(slots, i + 1);
      const lead = HOUR_OPENER_LEADS.includes(slots[i - 1]?.item.text ?? '') ? i - 1 : -1;
      const meant = hour && openRange(slots, hour, after, lead >= 0 ? lead : i);
      if (!hour || !meant) continue;
      // («с 21:00 и позже»: "and later" after the start of a range says it again.)
      const later =
        after && isKind(slots[hour.slots.at(-1)! + 1], 'laterHour') ? [hour.slots.at(-1)! + 1] : [];
      for (const k of [i, ...hour.slots, ...later, ...(lead >= 0 ? [lead] : [])]) slots[k]!.used = true;
      addHours(r, meant.hours, meant.at, meant.part);
      i = hour.slots.at(-1)!;
      continue;
    }
    const hour = hourAt(slots, i);
    if (!hour) continue;
    let k = hour.slots.at(-1)! + 1;
    // "at 21:00 or later", «в 21:00 и позже»: from that hour on.
    if (isKind(slots[k], 'laterHour') && !slots[k]!.used) {
      const meant = openRange(slots, hour, true, i);
      if (!meant) continue;
      for (const j of [...hour.slots, k]) slots[j]!.used = true;
      addHours(r, meant.hours, meant.at, meant.part);
      i = k;
      continue;
    }
    const ending = KAZAKH_HOUR_CASE_ENDINGS.includes(slots[k]?.item.text ?? '') ? k++ : -1;
    const post = slots[k]?.item.text ?? '';
    const isAfter = KAZAKH_AFTER_POSTPOSITIONS.includes(post);
    if (!isAfter && !KAZAKH_UNTIL.includes(post)) continue;
    const meant = openRange(slots, hour, isAfter, i);
    if (!meant) continue;
    for (const j of [...hour.slots, k, ...(ending >= 0 ? [ending] : [])]) slots[j]!.used = true;
    addHours(r, meant.hours, meant.at, meant.part);
    i = k;
  }
}
