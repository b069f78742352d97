/**
 * The forms of a question the injection patterns read. Obfuscation is undone
 * where it is cheap: case, compatibility forms (full-width letters), invisible
 * characters, letters spaced out ("i g n o r e"), digits standing for letters
 * ("1gn0re"), and words that mix Latin and Cyrillic look-alikes ("іgnоrе" with
 * Cyrillic і, о, е). Words in one script are left alone, so ordinary Russian
 * and Kazakh text is never rewritten.
 */
export interface ScreeningText {
  /** Words only: lower case, punctuation turned into single spaces. */
  words: string;
  /** Runs of spaced-out letters joined without spaces ("ignoreallpreviousinstructions"). */
  squashed: string[];
  /** Lower case with punctuation kept and spaces collapsed, for SQL payloads. */
  sql: string;
}

const INVISIBLE =
  /\u00ad|\u034f|\u061c|\u115f|\u1160|\u17b4|\u17b5|\u180e|[\u200b-\u200f]|[\u202a-\u202e]|[\u2060-\u206f]|\ufeff/g;

/** Cyrillic letters that look like Latin ones (lower case), and back. */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  з: '3',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
};
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};
/** Digits and signs written for letters inside a word. */
const LEET_LATIN: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
const LEET_CYRILLIC: Readonly<Record<string, string>> = { '0': 'о', '3': 'з', '4': 'а', '6': 'б', '@': 'а' };

const isLatin = (ch: string) => /\p{Script=Latin}/u.test(ch);
const isCyrillic = (ch: string) => /\p{Script=Cyrillic}/u.test(ch);

/** Only ASCII letters: no Cyrillic to unify, no digits or signs for letters. */
const ONE_SCRIPT_ASCII = /^[a-zA-Z]*$/;
/** No Latin letter (so no mixed script) and no digit or sign that could stand for a letter. */
const NO_LATIN_NO_DIGITS = /^[^\p{Script=Latin}0-9@$]*$/u;

/** A word written in two scripts, or with digits for letters, turned into one script. */
export function unifyWord(word: string): string {
  // Most words are in one script without digits: nothing to unify (the checks below would leave them as they are).
  if (ONE_SCRIPT_ASCII.test(word) || NO_LATIN_NO_DIGITS.test(word)) return word;
  const chars = [...word];
  const latin = chars.filter(isLatin);
  const cyrillic = chars.filter(isCyrillic);
  let out = chars;
  if (latin.length > 0 && cyrillic.length > 0) {
    if (cyrillic.every((ch) => ch in CYRILLIC_TO_LATIN && /[a-z]/.test(CYRILLIC_TO_LATIN[ch]!))) {
      out = chars.map((ch) => (isCyrillic(ch) ? CYRILLIC_TO_LATIN[ch]! : ch));
    } else if (latin.every((ch) => ch in LATIN_TO_CYRILLIC)) {
      out = chars.map((ch) => (isLatin(ch) ? LATIN_TO_CYRILLIC[ch]! : ch));
    }
  }
  const letters = out.filter((ch) => /\p{L}/u.test(ch)).length;
  if (letters >= 2 && out.some((ch) => /[0-9@$]/.test(ch))) {
    const leet = out.filter(isCyrillic).length > out.filter(isLatin).length ? LEET_CYRILLIC : LEET_LATIN;
    out = out.map((ch) => leet[ch] ?? ch);
  }
  return out.join('');
}

/** Four or more single letters separated by one space or sign: "i g n o r e", "s.y.s.t.e.m". */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*·/|]\p{L}(?![\p{L}\p{N}])){3,}/gu;

export function screeningText(question: string): ScreeningText {
  const base = question.normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
  const squashed: string[] = [];
  const joined = base.replace(SPACED_LETTERS, (run) => {
    const letters = run.replace(/[^\p{L}]/gu, '');
    squashed.push(unifyWord(letters));
    return letters;
  });
  const words = joined
    .replace(/['’`ʼ]/g, '')
    .split(/[^\p{L}\p{N}@$]+/u)
    .filter((w) => w.length > 0)
    .map(unifyWord)
    .join(' ');
  const sql = joined
    .replace(/\S+/g, (token) => token.replace(/[\p{L}\p{N}@$]+/gu, unifyWord))
    .replace(/\s+/g, ' ')
    .trim();
  return { words, squashed, sql };
}
