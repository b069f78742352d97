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

/** Whether the first word of a phrase is a plural noun: "cities", «городах» (a ranking of several). */
export function isPluralWord(text: string): boolean {
  const word = text.split(' ')[0] ?? text;
  if (/^[a-z]/.test(word))
    return word.length > 1 && word.endsWith(ENGLISH_PLURAL_ENDING) && !word.endsWith(ENGLISH_SINGULAR_ENDING);
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
