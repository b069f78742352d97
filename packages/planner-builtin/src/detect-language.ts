import { foldKazakhLetters, hasKazakhLetter, latinRomanNumerals } from './kazakh-letters.js';
import { KAZAKH_MARKER_WORDS } from './vocabulary/index.js';

export type DetectedLanguage = 'en' | 'ru' | 'kk';

const KAZAKH_WORDS: ReadonlySet<string> = new Set(KAZAKH_MARKER_WORDS.map(foldKazakhLetters));

/** The language of a question: Kazakh by its letters or words, else Russian if mostly Cyrillic, else English. */
export function detectLanguage(text: string): DetectedLanguage {
  const lower = latinRomanNumerals(text.toLowerCase());
  const cyrillic = (lower.match(/[\u0400-\u04ff]/g) ?? []).length;
  const latin = (lower.match(/[a-z]/g) ?? []).length;
  if (cyrillic > 0) {
    if (hasKazakhLetter(lower)) return 'kk';
    const words = lower.split(/[^\p{L}]+/u);
    if (words.some((w) => KAZAKH_WORDS.has(foldKazakhLetters(w)))) return 'kk';
  }
  return cyrillic > latin ? 'ru' : 'en';
}

/** True when the text has letters of some script, so that detection means something. */
export function hasLetters(text: string): boolean {
  return /\p{L}{2,}/u.test(text);
}
