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
/** Words with more letter choices than this are left alone (2^8 spellings). */
const MAX_SPELLINGS = 256;

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

/**
 * The Kazakh spelling of a word typed without Kazakh letters, when exactly one spelling is a word the
 * vocabulary knows (`known` is asked of each spelling's stems): «канша» → «қанша». Null when the word
 * has Kazakh letters already, is known as typed, or several spellings would be known (a guess).
 */
export function restoreKazakhLetters(word: string, known: (stem: string) => boolean): string | null {
  if (KAZAKH_ONLY.test(word) || !/^[\u0400-\u04ffi]+$/.test(word)) return null;
  if (kazakhStems(word).some(known)) return null;
  // The spellings whose longest known stem is longest; several spellings of one stem are one word.
  let bestLength = 0;
  const best = new Map<string, string>();
  for (const spelling of spellings(word)) {
    if (spelling === word) continue;
    const stem = kazakhStems(spelling)
      .filter(known)
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    if (stem.length === 0 || stem.length < bestLength) continue;
    if (stem.length > bestLength) best.clear();
    bestLength = stem.length;
    if (!best.has(stem)) best.set(stem, spelling);
  }
  return best.size === 1 ? [...best.values()][0]! : null;
}
