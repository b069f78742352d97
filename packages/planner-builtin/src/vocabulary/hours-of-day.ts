import type { Meaning, VocabularyEntry } from '../meaning.js';
import { e } from './entry.js';

/**
 * A part of the day, by the clock hours a bare hour said with it can be (inclusive, past midnight when
 * `to` < `from`): what makes "night 2 to 5" 02–05 and "evening 6 to 10" 18–22. Each span holds exactly
 * one of h and h + 12 for every hour h it can read, so a bare hour is never a guess. It is never the
 * hours counted: which hours are night is the asker's to name, so the word alone is asked back.
 */
const part = (from: number, to: number): Meaning => ({ kind: 'dayPart', from, to });
const NIGHT = part(20, 7);
const MORNING = part(4, 12);
const DAYTIME = part(8, 19);
const AFTERNOON = part(12, 19);
const EVENING = part(16, 24);
const LUNCH = part(10, 16);

/** "at night", «ночью», "in the evening", «утром», "daytime", «днём» (during the day, not a unit of days). */
export const DAY_PART_WORDS: readonly VocabularyEntry[] = [
  e(
    [
      'night',
      'late night',
      'late-night',
      'nights',
      'at night',
      'nighttime',
      'at nighttime',
      'overnight',
      'ночь',
      'ночью',
      'по ночам',
      'ночн~',
      'ночн~ врем~',
      // «в ночные часы (0:00–5:59)», as «в вечерние часы»
      'ночн~ часы',
      'ночн~ часов',
      'ночн~ часах',
      // "night owls: … between 23:00 and 02:59"
      'night owls',
    ],
    NIGHT,
  ),
  e(
    [
      'morning',
      'early morning',
      'mornings',
      'in the morning',
      'in the mornings',
      'утро',
      'утром',
      'по утрам',
      'утренн~',
      'утренн~ врем~',
      'утренн~ часы',
      'утренн~ часов',
      'утренн~ часах',
      // "morning rush 07:00-09:59", «утренний час пик (07:00–09:59)»
      'morning rush',
      'morning rush hour',
      'in the morning rush',
      'the morning rush',
      'утренн~ час пик',
      'утренн~ пик',
    ],
    MORNING,
  ),
  e(
    [
      'daytime',
      'during the day',
      'днем',
      'в течение дня',
      'дневн~ врем~',
      'дневн~ часы',
      'дневн~ часов',
      'дневн~ часах',
      // «в рабочее время (с 9 до 18)», 'in working hours (9 to 6)'
      'рабоч~ врем~',
      'working hours',
      'business hours',
      // "rush hour (13:00–15:59)", «в час пик, т.е. с 13:00 до 15:59»: the hours said with it
      // ("peak hour" alone is the busiest hour, ranked; «в какой час пик?» too.)
      'rush hour',
      'rush hours',
      'in the rush hour',
      'в час пик',
      'в часы пик',
    ],
    DAYTIME,
  ),
  e(['afternoon', 'afternoons', 'in the afternoon', 'in the afternoons', 'после обеда'], AFTERNOON),
  // "lunchtime (12:00-13:59)", «в обед (с 12 до 14)», «түскі ас кезінде»
  e(
    [
      'lunchtime',
      'lunch time',
      'lunch',
      'during lunch',
      'over lunch',
      'at lunch',
      'at lunchtime',
      'lunch hours',
      'lunch hour',
      'в обед',
      'обеденн~ врем~',
      'обеденн~ час~',
      'түскі ас кезінде',
      'түскі ас',
    ],
    LUNCH,
  ),
  e(
    [
      'evening',
      'evenings',
      'late evening',
      'late evenings',
      'in the evening',
      'in the evenings',
      'вечер',
      'вечером',
      'по вечерам',
      'вечерн~',
      'вечерн~ врем~',
      // «в вечерние часы (18:00–23:59)», «вечерний час пик»
      'вечерн~ часы',
      'вечерн~ часов',
      'вечерн~ часах',
      // «пятничные вечера (18:00–23:59)» («8 вечера» is read by its hour first)
      'вечера',
      'вечерн~ час пик',
      'evening rush',
      'evening rush hour',
    ],
    EVENING,
  ),
];

/** «түнгі», «түнде», «кешкі», «таңертең», «күндіз», «түстен кейін» (afternoon: literally "after noon"). */
export const KAZAKH_DAY_PART_WORDS: readonly VocabularyEntry[] = [
  e(['түн', 'түнгі', 'түнде'], NIGHT),
  e(['таңғы', 'таңертең', 'таңертеңгі'], MORNING),
  // («жұмыс уақытында (09:00–17:59)», in working hours, as «в рабочее время»)
  e(['күндіз', 'күндізгі', 'жұмыс уақыт'], DAYTIME),
  e(['түстен кейін', 'түстен кейінгі'], AFTERNOON),
  e(['кешкі', 'кешке', 'кешқұрым', 'кештері', 'кештерінде', 'кешінде'], EVENING),
  // «түскі уақытта (12:00–14:59)», «түс кезінде»
  e(['түскі уақыт', 'түскі уақытта', 'түс кезінде', 'түс мезгілінде'], LUNCH),
];

/**
 * After a time of day, from it on: "at 21:00 or later", «в 21:00 и позже», «21:00 және одан кейін».
 * ("onwards" is a stop word of its own: "from 18:00 onwards", "from 1 November onwards".)
 */
export const LATER_HOUR_WORDS: readonly VocabularyEntry[] = [
  e(
    [
      'or later',
      'and later',
      'or after',
      'and after',
      'и позже',
      'или позже',
      'и позднее',
      'или позднее',
      'и далее',
      'және одан кейін',
      'немесе одан кейін',
      'одан кейін',
    ],
    { kind: 'laterHour' },
  ),
];

/**
 * The Kazakh case endings of an hour range, written after the hour with a dash: «2-ден 5-ке дейін»
 * (from 2 to 5), «18:00-ден кейін» (after 18:00). From (ablative) and to (dative), as typed with
 * Kazakh letters or without them.
 */
export const KAZAKH_FROM_ENDINGS: readonly string[] = ['ден', 'тен', 'нен', 'дан', 'тан', 'нан'];
export const KAZAKH_TO_ENDINGS: readonly string[] = ['ге', 'ке', 'ға', 'қа', 'га', 'ка'];
/** Kazakh «аралығында» (in between), after a range joined by «мен»: «22:00 мен 05:59 аралығында». */
export const KAZAKH_BETWEEN_AFTER: readonly string[] = ['аралығында', 'аралығындағы', 'аралықта', 'арасында'];

/** «5 утра», «3 ночи»: after an hour, it is before noon (am). */
export const AM_WORDS: readonly string[] = ['утра', 'ночи'];
/** «8 вечера», «2 дня»: after an hour, it is after noon (pm). */
export const PM_WORDS: readonly string[] = ['вечера', 'дня'];

/** Words that open a range of hours: "between", "from", «с». */
export const HOUR_RANGE_OPENERS: readonly string[] = ['between', 'from', 'с', 'со', 'между'];
/** Words that join the ends of a range of hours ("and", "to", «до»; a dash joins them too). */
export const HOUR_RANGE_JOINERS: readonly string[] = [
  'and',
  'to',
  'till',
  'until',
  'и',
  'до',
  'по',
  'мен',
  'және',
];
/** Kazakh «дейін» (up to), after the end of a range of hours: «2-ден 5-ке дейін». */
export const KAZAKH_UP_TO: readonly string[] = ['дейін'];

/**
 * Before an hour, words that make it the start of an open range: "after 6pm", «после 18:00», «начиная с
 * 18:00».
 */
export const AFTER_HOUR_WORDS: readonly string[] = [
  'after',
  'since',
  'from',
  'после',
  'с',
  'со',
  'начиная с',
  'starting from',
];
/** Before an hour, words that make it the end of an open range: "before 6am", «до 6 утра». */
export const BEFORE_HOUR_WORDS: readonly string[] = ['before', 'until', 'till', 'до'];
/** «начиная с 18:00», "starting from 6pm": a word that may lead the opener of an open range of hours. */
export const HOUR_OPENER_LEADS: readonly string[] = ['начиная', 'starting'];
/** Kazakh postpositions after an hour and its case ending that make it the start: «18:00-ден кейін». */
export const KAZAKH_AFTER_POSTPOSITIONS: readonly string[] = ['кейін', 'кейінгі', 'бастап'];
/** The Kazakh case endings between an hour and its postposition: «18:00-ден кейін», «18:00-ге дейін». */
export const KAZAKH_HOUR_CASE_ENDINGS: readonly string[] = [...KAZAKH_FROM_ENDINGS, ...KAZAKH_TO_ENDINGS];
/** «сағат» before a clock time: «сағат 22:00-ден кейін» (clock-hour-word.ts). */
export const HOUR_BEFORE_CLOCK: readonly string[] = ['сағат'];
