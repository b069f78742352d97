import type { VocabularyEntry } from '../meaning.js';
import { ASIDE_WORDS } from './asides.js';
import { COMPARISON_WORDS, RATIO_WORDS } from './comparisons.js';
import { COUNTED_WORDS, DIVIDE_WORDS } from './counted.js';
import { DIMENSION_WORDS } from './dimensions.js';
import { DAY_PART_WORDS, KAZAKH_DAY_PART_WORDS, LATER_HOUR_WORDS } from './hours-of-day.js';
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
  ...LATER_HOUR_WORDS,
  ...NUMBER_WORDS,
  ...COMPARISON_WORDS,
  ...RATIO_WORDS,
  ...MEASURE_WORDS,
  ...COUNTED_WORDS,
  ...DIVIDE_WORDS,
  ...STRUCTURE_WORDS,
  ...REFUSAL_WORDS,
  ...ASIDE_WORDS,
];

/** The Kazakh vocabulary, read through the stems of each word (see kazakh.ts). */
export const KAZAKH_VOCABULARY: readonly VocabularyEntry[] = [
  ...KAZAKH_WORDS,
  ...KAZAKH_DAY_PART_WORDS,
  ...LATER_HOUR_WORDS,
];

export { SIGN_OFF_WORDS } from './asides.js';
export {
  ONE_PAYMENT_WORDS,
  OVER_A_YEAR,
  PAYMENTS_PREPOSITIONS,
  PREDICATE_COMPARATORS,
  RELATIVE_WORDS,
  SINGLE_PAYMENT_WORDS,
  THAN_WORDS,
  YES_NO_OPENERS,
  YES_NO_WORDS,
} from './comparisons.js';
export { EACH_CARD, INCOMING_TRANSACTION_TYPES, RATIO_DEFINITION_WORDS, SINGLE_CARD } from './counted.js';
export { ALL_WORDS, DISTINCT_WORDS, KAZAKH_KINDS } from './dimensions.js';
export {
  AFTER_HOUR_WORDS,
  AM_WORDS,
  BEFORE_HOUR_WORDS,
  HOUR_OPENER_LEADS,
  HOUR_RANGE_JOINERS,
  HOUR_RANGE_OPENERS,
  KAZAKH_AFTER_POSTPOSITIONS,
  KAZAKH_BETWEEN_AFTER,
  KAZAKH_FROM_ENDINGS,
  KAZAKH_HOUR_CASE_ENDINGS,
  KAZAKH_TO_ENDINGS,
  KAZAKH_UP_TO,
  PM_WORDS,
} from './hours-of-day.js';
export {
  KAZAKH_ABLATIVE,
  KAZAKH_ABLATIVE_ENDINGS,
  KAZAKH_DATIVE_ENDINGS,
  KAZAKH_DETACHED_SUFFIXES,
  KAZAKH_GENITIVE_SUFFIXES,
  KAZAKH_IN_ATTRIBUTE,
  KAZAKH_INSTRUMENTAL_ENDINGS,
  KAZAKH_LOCATIVE_CASE,
  KAZAKH_MARKER_WORDS,
  KAZAKH_PRIVATIVE_SUFFIXES,
  KAZAKH_QUESTION_PARTICLES,
  KAZAKH_STOP_WORDS,
  KAZAKH_SUFFIXES,
  KAZAKH_VOICED_FINALS,
  KAZAKH_WHICH,
  KAZAKH_WHOLE_WORD_STOPS,
} from './kazakh.js';
export {
  ADDING_WORDS,
  BEAT_VERBS,
  BILL_WORDS,
  DEGREE_WORDS,
  EITHER_SUPERLATIVES,
  EXACT_LINKS,
  EXACT_WORDS,
  FIRST_N,
  FOR_WORDS,
  INSTEAD_WORDS,
  ITS_WORDS,
  KAZAKH_SHARE_PREDICATES,
  MARKET_SHARE,
  MINUS_WORDS,
  MIX_WORDS,
  MONEY_VERBS,
  MOST_WORDS,
  ORDERED_FIRST_N,
  OWN_WORDS,
  PART_LINKS,
  PAYMENT_AMOUNT_WORDS,
  PERCENT_SIGNS,
  PERCENT_WORD,
  PLURAL_FIGURES,
  PLURAL_SHARES,
  PLUS_WORDS,
  QUANTITY_SUPERLATIVES,
  RANK_OWNERS,
  RANK_WORDS,
  RECORD_WORDS,
  SHARE_PARTICIPLES,
  SHARE_PREDICATES,
  SHARE_SPLIT_WORDS,
  SPEND_NOUNS,
  SPREAD_VERBS,
  THAT_GROUP_WORDS,
  THEM_WORDS,
  TOO_WORDS,
  TURNOVER_STEMS,
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
export { IN_CURRENCY, KAZAKH_DAY_POSSESSIVES, ORDINAL_SUFFIXES, SINGLE_WORDS } from './numbers.js';
export {
  ENGLISH_NUMBER_WORDS,
  HALF_LINKS,
  HALF_WORDS,
  JOINED_HALF,
  KAZAKH_NOT_FOLDED,
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
  ALL_OF_THEM,
  ALL_TOTAL_WORDS,
  ASKING_WHICH,
  AT_PLACE_WORDS,
  ATTACHING_WORDS,
  BASE_WORDS,
  BLANK_WORDS,
  BLANKS_LEFT_OUT,
  CARD_NOT_PRESENT,
  CARD_TOTAL_WORDS,
  CARD_TURNOVER,
  CODE_WORDS,
  COLUMN_NOUNS,
  COLUMN_VALUE_NOUNS,
  COLUMN_VALUES_NOUN,
  COLUMN_WORDS,
  CONTEXT_JOINERS,
  CORRECTION_CONTINUERS,
  CORRECTION_OPENERS,
  COUNTRY_AS_WHOLE,
  DAY_OF_MONTH_WORDS,
  DECLINE,
  EACH_GROUP_WORDS,
  EACH_WORDS,
  EXISTENCE_WORDS,
  FALL_IN_LINKS,
  FALL_WORDS,
  FILLED_WORDS,
  FIRST_AFTER_WORDS,
  FIRST_BEFORE_WORDS,
  HAD_PARTICIPLES,
  HOLD_VERBS,
  IN_TOTAL_WORDS,
  IN_WORDS,
  INCLUDED_WORDS,
  INCLUDING_WORDS,
  ITSELF_WORDS,
  KAZAKH_FALL_AFTER,
  KAZAKH_HOW_MANY,
  KAZAKH_HOW_MANY_OF,
  KAZAKH_NEGATED_PAST,
  KAZAKH_PARTICIPLE,
  KAZAKH_REST,
  KAZAKH_SPLIT_VERBS,
  KAZAKH_THAN_THAT,
  KAZAKH_YEAR_OF,
  LABEL_WORDS,
  LIST_COUNT_WORDS,
  LIST_SPLIT_WORDS,
  LIST_WORDS,
  MEANS_BY,
  MEANS_VERBS,
  MONTH_HALF_WORDS,
  NAMES_WORDS,
  NEGATION_LEADS,
  NEGATION_PHRASES,
  NO_WORDS,
  NONE_AT_ALL_AFTER_NOT,
  NOUN_COUNT_WORDS,
  NUMBER_LABEL_WORDS,
  OCCURRENCE_VERBS,
  ONE_BY_ONE,
  OR_WORDS,
  OVERALL_STEMS,
  OWN_ROW_WORDS,
  PER_WORDS,
  PERIOD_PREPOSITIONS,
  PHRASE_PREPOSITIONS,
  PLAIN_BY,
  PLURAL_WEEKS,
  RANGE_TO_WORDS,
  RATE_WORDS,
  REGION_WORDS,
  RELATIVE_OPENERS,
  REQUEST_WORDS,
  REST_WORDS,
  RUSSIAN_WHICH,
  RUSSIAN_WHICH_EITHER,
  SHOW_ALL_WORDS,
  SLASH_WORDS,
  TAKE_VERBS,
  TAKING_VERBS,
  TENGE_UNIT,
  TENGE_UNIT_OR_SIGN,
  THAT_WORDS,
  THEIR_WORDS,
  THEN_WORDS,
  THOSE_WORDS,
  TURNOVER_WORD,
  UNIT_NOT,
  VALUE_WORDS,
  WALLET_INSTRUMENTAL,
  WERE_WORDS,
  WHICH_WORDS,
  WHO_WORDS,
  WITH_TURNOVER_WORDS,
  WITH_WORDS,
  YEAR_WHOLE_WORDS,
} from './structure.js';
export {
  AS_AT_WORDS,
  AVERAGE_PER_UNIT,
  BETWEEN_WORDS,
  DATE_WORDS,
  DAY_OF_DATE_WORDS,
  DISTRIBUTION_STEMS,
  FALL_VERB,
  FIRST_PAYMENT_WORDS,
  FROM_WORDS,
  GROWTH_JOINERS,
  KAZAKH_UNTIL,
  LAST_PAYMENT_WORDS,
  MONDAY_NAMES,
  NUMBERING_NOTE_WORDS,
  OPEN_END_WORDS,
  PAYMENT_TIME_WORDS,
  PER_STOPS,
  RANGE_CLOSERS,
  RANGE_JOINERS,
  RANGE_OPENERS,
  RECENT_WORDS,
  RELATIVE_JOINERS,
  ROMAN_QUARTERS,
  SINCE_WORDS,
  SINGULAR_HOUR,
  SUNDAY_NAMES,
  TIME_OF_ONCE,
  TO_DATE,
  UNORDERED_JOINERS,
  YEAR_ABBREVIATIONS,
} from './time.js';
