import type { VocabularyEntry } from '../meaning.js';
import { ASIDE_WORDS } from './asides.js';
import { COMPARISON_WORDS, RATIO_WORDS } from './comparisons.js';
import { COUNTED_WORDS } from './counted.js';
import { DIMENSION_WORDS } from './dimensions.js';
import { DAY_PART_WORDS, KAZAKH_DAY_PART_WORDS } from './hours-of-day.js';
import { KAZAKH_VOCABULARY as KAZAKH_WORDS } from './kazakh.js';
import { MEASURE_WORDS } from './measures.js';
import { NUMBER_WORDS } from './numbers.js';
import { REFUSAL_WORDS } from './refusals.js';
import { STRUCTURE_WORDS } from './structure.js';
import { TIME_WORDS } from './time.js';
import { VALUE_WORDS } from './values.js';

/**
 * The builtin planner's domain vocabulary, English and Russian, as plain data; Kazakh in kazakh.ts.
 *
 * Each entry lists phrases (space-separated word patterns) and what they mean. Patterns:
 *   `word`   exact word (text is lower-cased, ё → е, punctuation and hyphens split words);
 *   `stem~`  the stem plus an ending of at most 4 letters (аптек~ → аптека, аптеки, аптекам, аптеках);
 *   `stem*`  the stem plus any ending.
 * The longest phrase wins; on equal length the more specific (longer, exact) pattern wins, so
 * "банкомат~" beats "банк~" and "коммунальн~ услуг~" beats "услуг~"; on a full tie the earlier
 * entry wins, so the order of the files below is part of the vocabulary.
 * Words not listed here and not in STOP_WORDS are "not understood" and make the planner ask back.
 * The word lists the interpretation passes consult by text (range openers, "in", plural endings…)
 * live beside the entries of their topic.
 */
export const VOCABULARY: readonly VocabularyEntry[] = [
  ...VALUE_WORDS,
  ...DIMENSION_WORDS,
  ...TIME_WORDS,
  ...DAY_PART_WORDS,
  ...NUMBER_WORDS,
  ...COMPARISON_WORDS,
  ...RATIO_WORDS,
  ...MEASURE_WORDS,
  ...COUNTED_WORDS,
  ...STRUCTURE_WORDS,
  ...REFUSAL_WORDS,
  ...ASIDE_WORDS,
];

/** The Kazakh vocabulary, read through the stems of each word (see kazakh.ts). */
export const KAZAKH_VOCABULARY: readonly VocabularyEntry[] = [...KAZAKH_WORDS, ...KAZAKH_DAY_PART_WORDS];

export {
  PAYMENTS_PREPOSITIONS,
  PREDICATE_COMPARATORS,
  RELATIVE_WORDS,
  SINGLE_PAYMENT_WORDS,
  THAN_WORDS,
  YES_NO_OPENERS,
  YES_NO_WORDS,
} from './comparisons.js';
export { INCOMING_TRANSACTION_TYPES } from './counted.js';
export { KAZAKH_BETWEEN_AFTER, KAZAKH_FROM_ENDINGS, KAZAKH_TO_ENDINGS } from './hours-of-day.js';
export {
  KAZAKH_ABLATIVE,
  KAZAKH_DETACHED_SUFFIXES,
  KAZAKH_INSTRUMENTAL_ENDINGS,
  KAZAKH_MARKER_WORDS,
  KAZAKH_QUESTION_PARTICLES,
  KAZAKH_STOP_WORDS,
  KAZAKH_SUFFIXES,
  KAZAKH_VOICED_FINALS,
  KAZAKH_WHICH,
} from './kazakh.js';
export {
  DEGREE_WORDS,
  EITHER_SUPERLATIVES,
  KAZAKH_SHARE_PREDICATES,
  MONEY_VERBS,
  PAYMENT_AMOUNT_WORDS,
  PERCENT_WORD,
  QUANTITY_SUPERLATIVES,
  SHARE_PREDICATES,
} from './measures.js';
export {
  ENGLISH_PLURAL_ENDING,
  ENGLISH_SINGULAR_ENDING,
  KAZAKH_EACH,
  KAZAKH_GENITIVE,
  KAZAKH_LOCATIVE_ENDINGS,
  RUSSIAN_MASS_GENITIVES,
  RUSSIAN_NOMINATIVE_PLURAL_ENDINGS,
  RUSSIAN_PLURAL_ENDINGS,
  RUSSIAN_SINGULAR_ENDINGS,
  SAMYJ_PLURAL,
  SAMYJ_SINGULAR,
} from './morphology.js';
export { ORDINAL_SUFFIXES } from './numbers.js';
export {
  ENGLISH_NUMBER_WORDS,
  HALF_LINKS,
  HALF_WORDS,
  JOINED_HALF,
  KAZAKH_NUMBER_WORDS,
  MONTH_DAY_LINKS,
  ONE_AND_A_HALF,
  RUSSIAN_NUMBER_WORDS,
  type SpokenNumberWords,
} from './spoken-numbers.js';

import { SHARE_PREDICATES as PREDICATES } from './measures.js';
import { STOP_WORDS as OWN_STOP_WORDS } from './stop-words.js';

/** Stop words, and the verbs a share's part follows ("… were contactless"), which are stop words too. */
export const STOP_WORDS: readonly string[] = [...new Set([...OWN_STOP_WORDS, ...PREDICATES])];
export {
  BLANK_WORDS,
  CARD_TOTAL_WORDS,
  CARD_TURNOVER,
  CONTEXT_JOINERS,
  CORRECTION_CONTINUERS,
  CORRECTION_OPENERS,
  DECLINE,
  EACH_GROUP_WORDS,
  FILLED_WORDS,
  IN_TOTAL_WORDS,
  IN_WORDS,
  INCLUDING_WORDS,
  ITSELF_WORDS,
  KAZAKH_HOW_MANY,
  KAZAKH_HOW_MANY_OF,
  KAZAKH_SPLIT_VERBS,
  KAZAKH_THAN_THAT,
  KAZAKH_YEAR_OF,
  MEANS_VERBS,
  NEGATION_PHRASES,
  NOUN_COUNT_WORDS,
  ONE_BY_ONE,
  OR_WORDS,
  OVERALL_STEMS,
  OWN_ROW_WORDS,
  PERIOD_PREPOSITIONS,
  PHRASE_PREPOSITIONS,
  RELATIVE_OPENERS,
  REQUEST_WORDS,
  RUSSIAN_WHICH,
  TAKE_VERBS,
  TENGE_UNIT,
  VALUE_WORDS,
  WERE_WORDS,
  WHICH_WORDS,
  WHO_WORDS,
  WITH_TURNOVER_WORDS,
} from './structure.js';
export {
  BETWEEN_WORDS,
  DATE_WORDS,
  DISTRIBUTION_STEMS,
  GROWTH_JOINERS,
  OPEN_END_WORDS,
  RANGE_CLOSERS,
  RANGE_JOINERS,
  RANGE_OPENERS,
  SINCE_WORDS,
  SINGULAR_HOUR,
  YEAR_ABBREVIATIONS,
} from './time.js';
