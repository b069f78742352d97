import { kazakhStems } from './kazakh-stem.js';

/**
 * Kazakh typed on a Russian keyboard loses the letters Russian lacks: «канша» for «қанша», «откен айдагы»
 * for «өткен айдағы». Each plain letter below may stand for the Kazakh letters listed with it.
 */
const RESTORABLE: Readonly<Record<string, readonly string[]>> = {
  а: ['ә'],
  г: ['ғ'],
  к: ['қ'],
  н: ['ң'],
  о: ['ө'],
  у: ['ұ', 'ү'],
  х: ['һ'],
  и: ['і'],
  ы: ['і'],
  i: ['і'],
};

const KAZAKH_ONLY = /[әғқңөұүһі]/;

/** Whether the text (lower case) has a letter only Kazakh writes, none Russian has. */
export function hasKazakhLetter(text: string): boolean {
  return KAZAKH_ONLY.test(text);
}
/** Words with more letter choices than this are left alone (2^10 spellings). */
const MAX_SPELLINGS = 1024;

/** The word with every Kazakh-only letter replaced by the plain letter typed for it. */
export function foldKazakhLetters(word: string): string {
  return word.replace(/[әғқңөұүһі]/g, (ch) => {
    for (const [plain, kazakh] of Object.entries(RESTORABLE))
      if (kazakh.includes(ch) && plain !== 'i') return plain;
    return ch;
  });
}

/** Every spelling of `word` with some plain letters read as the Kazakh letters they may stand for. */
function spellings(word: string): string[] {
  let out = [''];
  for (const ch of word) {
    const options = [ch, ...(RESTORABLE[ch] ?? [])];
    if (out.length * options.length > MAX_SPELLINGS) return [];
    out = out.flatMap((prefix) => options.map((o) => prefix + o));
  }
  return out;
}

/** Voiced stem-final letters that stand for voiceless ones (барлығы → барлық), as the stemmer reads them. */
const VOICELESS: Readonly<Record<string, string>> = { ғ: 'қ', г: 'к', б: 'п' };

/** Whether a spelled prefix is a known stem, as it is or with its last letter voiceless. */
function isKnownStem(prefix: string, known: (stem: string) => boolean): boolean {
  if (known(prefix)) return true;
  const voiceless = VOICELESS[prefix.at(-1) ?? ''];
  return voiceless !== undefined && known(prefix.slice(0, -1) + voiceless);
}

const BACK_VOWELS = 'аоұы';
const FRONT_VOWELS = 'әөүіе';

/**
 * Endings in the order vowel harmony makes likely after `stem`: after a back vowel «ағы», «ға»,
 * «қа» (the plain «г», «к» and the front vowels last), after a front vowel «егі», «ге», «ке» (the
 * back letters last). So «еуродагы» is «еуродағы», not «еуродагі», though the stemmer reads both.
 */
function byHarmony(rests: readonly string[], stem: string): string[] {
  const vowel = [...stem].reverse().find((ch) => BACK_VOWELS.includes(ch) || FRONT_VOWELS.includes(ch));
  if (vowel === undefined) return [...rests];
  const back = BACK_VOWELS.includes(vowel);
  const against = back ? `${FRONT_VOWELS}гк` : `${BACK_VOWELS}ағқ`;
  const penalty = (rest: string) => [...rest].filter((ch) => against.includes(ch)).length;
  return [...rests].sort((a, b) => penalty(a) - penalty(b));
}

/**
 * The Kazakh spelling of a word typed without Kazakh letters, when the vocabulary knows exactly one
 * («канша» → «қанша», «откен айдагы» → «өткен айдағы»). The stem is found first — the longest prefix
 * that can be spelled as a known stem — and then the rest spelled so that the stemmer reads it as
 * endings of that stem, in harmony with its last vowel. A word with some Kazakh letters may lack
 * others («улесі» → «үлесі»), though an «и» of it stays (a Russian loan: «тикеті»). Null when the word
 * is known as typed, or two different stems of one length would fit (a guess).
 */
export function restoreKazakhLetters(word: string, known: (stem: string) => boolean): string | null {
  // (A word with some Kazakh letters may lack others: «улесі», «озгеріс», «толемдерінің».)
  if (!/^[\u0400-\u04ffi]+$/.test(word)) return null;
  if (kazakhStems(word).some(known)) return null;
  for (let k = word.length; k >= 2; k--) {
    const stems = spellings(word.slice(0, k)).filter((p) => isKnownStem(p, known));
    const found = new Set<string>();
    for (const stem of stems) {
      for (const rest of byHarmony(spellings(word.slice(k)), stem)) {
        const candidate = stem + rest;
        if (candidate !== word && kazakhStems(candidate).some(known)) {
          found.add(candidate);
          break;
        }
      }
    }
    if (found.size === 1) {
      const candidate = [...found][0]!;
      // (…but a Russian loan with a Kazakh ending keeps its «и»: «тикеті», the ticket, is no «тікеті».)
      const partial = KAZAKH_ONLY.test(word);
      if (partial && [...word].some((ch, at) => ch === 'и' && candidate[at] === 'і')) return null;
      return candidate;
    }
    if (found.size > 1) return null;
  }
  return null;
}

/**
 * Roman numerals typed with the Kazakh letter «і» («ІІІ тоқсан», «за ІІ квартал»), lower-cased: in
 * Latin letters, as the quarter words read them — and no Kazakh letter of a Russian question.
 */
export function latinRomanNumerals(lower: string): string {
  return lower.replace(/(?<![\p{L}\d])(?=[іiv]*і)([іi]{1,3}|[іi]v)(?![\p{L}\d])/gu, (m) =>
    m.replace(/і/g, 'i'),
  );
}
