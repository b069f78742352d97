import { hasKazakhLetter } from './kazakh-letters.js';
import {
  ENGLISH_PLURAL_ENDING,
  ENGLISH_SINGULAR_ENDING,
  RUSSIAN_NOMINATIVE_PLURAL_ENDINGS,
  RUSSIAN_PLURAL_ENDINGS,
  RUSSIAN_SINGULAR_ENDINGS,
  SAMYJ_PLURAL,
  SAMYJ_SINGULAR,
} from './vocabulary/index.js';

const endsWithAny = (word: string, endings: readonly string[]) => endings.some((e) => word.endsWith(e));

/** Kazakh locative / dative / ablative / genitive endings a Russian word does not have («санатта», in the category). */
const KAZAKH_CASE_ENDING =
  /(дағы|дегі|тағы|тегі|ында|інде|нда|нде|тта|тте|ға|ге|қа|ке|дан|ден|тан|тен|ның|нің|дың|дің)$/;
const KAZAKH_PLURAL = /(лар|лер|дар|дер|тар|тер)/;
/** Russian words that end like a Kazakh plural («доллар», «товар», «центр», «календар…»). */
const RUSSIAN_LIKE_PLURALS = /(оллар|овар|итар|ектар|метр|центр|вектор)$/;

/** Whether a word has a Kazakh plural ending (-лар/-лер/-дар/-дер/-тар/-тер), case endings after it or not. */
export function hasKazakhPlural(word: string): boolean {
  return KAZAKH_PLURAL.test(word);
}

/** Whether the first word of a phrase is a plural noun: "cities", «городах» (a ranking of several). */
export function isPluralWord(text: string): boolean {
  const word = text.split(' ')[0] ?? text;
  if (/^[a-z]/.test(word))
    return word.length > 1 && word.endsWith(ENGLISH_PLURAL_ENDING) && !word.endsWith(ENGLISH_SINGULAR_ENDING);
  // Kazakh marks the plural with -лар/-лер/-дар/-дер/-тар/-тер before any case ending («қалаларда»);
  // «қалада» (in the city) is singular.
  if (hasKazakhLetter(word) || KAZAKH_CASE_ENDING.test(word)) return KAZAKH_PLURAL.test(word);
  // («валюталар», «банктер», «қалалар» written with no letter of their own: a Kazakh plural ending on a
  // stem of three letters or more — «доллар», «товар» are no plurals.)
  if (/^[а-я]{3,}(лар|лер|дар|дер|тар|тер)$/.test(word) && !RUSSIAN_LIKE_PLURALS.test(word)) return true;
  return endsWithAny(word, RUSSIAN_PLURAL_ENDINGS) && !endsWithAny(word, RUSSIAN_SINGULAR_ENDINGS);
}

/**
 * A Russian plural noun in the nominative («клиенты», «карты», «покупатели») is the subject of a
 * verb, not the thing counted: after «сколько» the counted noun is genitive («клиентов», «карт»).
 */
export function isSubjectOfAmount(word: string): boolean {
  return word.length > 1 && /^[а-я]+$/.test(word) && endsWithAny(word, RUSSIAN_NOMINATIVE_PLURAL_ENDINGS);
}

/** The grammatical number «самый» gives a phrase it opens: plural («самые крупные»), singular, or null. */
export function samyjNumber(text: string): 'plural' | 'singular' | null {
  const word = text.split(' ')[0] ?? text;
  if (SAMYJ_PLURAL.includes(word)) return 'plural';
  if (SAMYJ_SINGULAR.includes(word)) return 'singular';
  return null;
}
