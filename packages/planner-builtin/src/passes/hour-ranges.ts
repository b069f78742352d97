import { addFilter, definePass, isKind, type Reading, type Slot } from './reading.js';

/** An hour of the day read at slot k, the slots it took, and whether it said it was a time. */
interface ClockHour {
  hour: number;
  slots: number[];
  /** "6am", "midnight", "06:00", «6 часов»: surely a time of day; a bare "6" only in a range with one. */
  sure: boolean;
  /** "10 pm", «8 вечера»: said to be after noon. */
  pm?: true;
}

const isNumber = (s: Slot | undefined): s is Slot & { item: { kind: 'number'; value: number } } =>
  !!s && s.item.kind === 'number' && !s.used;

/** The clock hour at slot k: "midnight", "6am", "10 pm", "06:00", «6 часов», or a bare 0–24. */
function hourAt(slots: readonly Slot[], k: number): ClockHour | null {
  const s = slots[k];
  if (isKind(s, 'clock') && s.item.meaning.at !== undefined && !s.used)
    return { hour: s.item.meaning.at, slots: [k], sure: true };
  if (!isNumber(s)) return null;
  const n = s.item.value;
  if (!Number.isInteger(n) || n < 0 || n > 24) return null;
  const after = slots[k + 1];
  const text = after?.item.text ?? '';
  // «до 5 утра», «после 8 вечера»: the Russian am / pm.
  const am = text === 'am' || MORNING.includes(text);
  if (am || (isKind(after, 'clock') && after.item.meaning.marker === 'pm') || EVENING.includes(text)) {
    if (n < 1 || n > 12) return null;
    if (am) return { hour: n % 12, slots: [k, k + 1], sure: true };
    return { hour: (n % 12) + 12, slots: [k, k + 1], sure: true, pm: true };
  }
  // "06:00": the minutes are a 0 after a colon.
  if (isNumber(after) && after.item.value === 0 && after.item.clauseBefore && after.item.text.length === 2)
    return { hour: n, slots: [k, k + 1], sure: true };
  if (isKind(after, 'timeUnit') && after.item.meaning.unit === 'hour')
    return { hour: n, slots: [k, k + 1], sure: true };
  return { hour: n, slots: [k], sure: false };
}

/** «5 утра» (5 am), «8 вечера» (8 pm). */
const MORNING: readonly string[] = ['утра', 'ночи'];
const EVENING: readonly string[] = ['вечера', 'дня'];

/** Words that open a range ("between", "from", «с») and join its ends ("and", "to", «до», a dash). */
const OPENERS: readonly string[] = ['between', 'from', 'с', 'со', 'между'];
const JOINERS: readonly string[] = ['and', 'to', 'till', 'until', 'и', 'до', 'по'];

/**
 * Hours of the day: "between midnight and 6am", "from 10pm to 6am", «с 00 до 06», «с 0 до 6 часов»,
 * «00:00–06:00». A range whose ends say they are times (am / pm, midnight, ":00", «часов»), or bare
 * hours next to a word for the night («ночью (с 00 до 06)»), is a filter on the hour of the day; a
 * word for the night is used up by it. Read before amounts, which would take «с 00 до 06» for money.
 * "At night" with no hours named stays not understood: which hours are night is the asker's to say.
 */
export const readHourRanges = definePass((r: Reading) => {
  const { slots } = r;
  const night = slots.findIndex((s) => isKind(s, 'nightWord'));
  for (let i = 0; i < slots.length; i++) {
    const opener = OPENERS.includes(slots[i]!.item.text) ? i : -1;
    const first = hourAt(slots, opener >= 0 ? opener + 1 : i);
    if (!first) continue;
    const j = first.slots.at(-1)! + 1;
    const joiner = JOINERS.includes(slots[j]?.item.text ?? '') ? j : -1;
    const startOfSecond = joiner >= 0 ? joiner + 1 : j;
    if (joiner < 0 && slots[startOfSecond]?.item.dashBefore !== true) continue;
    const second = hourAt(slots, startOfSecond);
    if (!second) continue;
    // "from 8 to 9 pm", «с восьми до девяти вечера»: the pm of the end is the start's too, when the
    // start is a bare hour that comes before the end within the afternoon.
    if (!first.sure && second.pm && first.hour >= 1 && first.hour < 12 && first.hour + 12 < second.hour)
      first.hour += 12;
    if (second.hour === first.hour) continue;
    if (!first.sure && !second.sure && night < 0) continue;
    const to = second.hour === 0 ? 24 : second.hour;
    if (first.hour > 23 || to < 1) continue;
    for (const k of [...first.slots, ...second.slots]) slots[k]!.used = true;
    if (opener >= 0) slots[opener]!.used = true;
    if (joiner >= 0) slots[joiner]!.used = true;
    addHours(r, first.hour, to, i);
    i = second.slots.at(-1)!;
  }
  readOpenHours(r);
});

function addHours(r: Reading, from: number, to: number, at: number): void {
  addFilter(r, { kind: 'hours', from, to }, at);
  r.draft.domain = true;
  for (const s of r.slots) if (isKind(s, 'nightWord')) s.used = true;
}

/** From the hour to midnight (after it), or from midnight to it (before it). */
function addOpenHours(r: Reading, hour: number, after: boolean, at: number): void {
  if (after) addHours(r, hour, 24, at);
  else addHours(r, 0, hour === 0 ? 24 : hour, at);
}

/** An hour with one end only: after it ("after 6pm", «после 18:00», «начиная с 18:00»), or before it. */
const AFTER_WORDS: readonly string[] = [
  'after',
  'since',
  'from',
  'после',
  'с',
  'со',
  'начиная с',
  'starting from',
];
const BEFORE_WORDS: readonly string[] = ['before', 'until', 'till', 'до'];
/** «начиная с 18:00», "starting from 6pm": a word that may lead the opener. */
const LEADS: readonly string[] = ['начиная', 'starting'];
/** Kazakh postpositions after the hour (and its case ending «-ден»): «18:00-ден кейін / бастап / дейін». */
const AFTER_POSTPOSITIONS: readonly string[] = ['кейін', 'кейінгі', 'бастап'];
const BEFORE_POSTPOSITIONS: readonly string[] = ['дейін', 'дейінгі'];
const CASE_ENDINGS: readonly string[] = ['ден', 'тен', 'нен', 'дан', 'тан', 'нан', 'ге', 'ке', 'га', 'ка'];

/**
 * An open range of hours: a time of day that says it is one ("6pm", "18:00", «8 вечера», «18 часов»)
 * after "after" / «после» / «с» or before "before" / «до», or followed by a Kazakh postposition. From it
 * to midnight, or from midnight to it. A bare number ("after 18") is never an hour: it may be money.
 */
function readOpenHours(r: Reading): void {
  const { slots } = r;
  for (let i = 0; i < slots.length; i++) {
    const word = slots[i]!;
    if (word.used) continue;
    const after = AFTER_WORDS.includes(word.item.text);
    const before = BEFORE_WORDS.includes(word.item.text);
    if (after || before) {
      const hour = hourAt(slots, i + 1);
      if (!hour?.sure) continue;
      const lead = LEADS.includes(slots[i - 1]?.item.text ?? '') ? i - 1 : -1;
      for (const k of [i, ...hour.slots, ...(lead >= 0 ? [lead] : [])]) slots[k]!.used = true;
      addOpenHours(r, hour.hour, after, i);
      i = hour.slots.at(-1)!;
      continue;
    }
    const hour = hourAt(slots, i);
    if (!hour?.sure) continue;
    let k = hour.slots.at(-1)! + 1;
    const ending = CASE_ENDINGS.includes(slots[k]?.item.text ?? '') ? k++ : -1;
    const post = slots[k]?.item.text ?? '';
    const isAfter = AFTER_POSTPOSITIONS.includes(post);
    if (!isAfter && !BEFORE_POSTPOSITIONS.includes(post)) continue;
    for (const j of [...hour.slots, k, ...(ending >= 0 ? [ending] : [])]) slots[j]!.used = true;
    addOpenHours(r, hour.hour, isAfter, i);
    i = k;
  }
}
