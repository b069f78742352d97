import { kazakhStems } from './kazakh-stem.js';

/**
 * Shortest stem a typo is corrected in. A Kazakh word is a stem with endings, and short stems with
 * endings are one letter from too many real words («жынысы», gender, is not «жиынысы»; «кімдер»,
 * who, is not «киімдер»).
 */
const MIN_STEM = 6;

const VOWELS = 'аәеёиоөуұүыіэюя';

/**
 * The Kazakh word a form is a typo of: a known stem of six letters or more with one vowel left out,
 * its endings as typed («бойнша» → «бойынша», «транзакцялар» → «транзакциялар», «бойынш» →
 * «бойынша», «шетелдк» → «шетелдік»). Fast typing drops the short vowels; other slips are not guessed
 * at, since a word one consonant or one ending from a known one is most often a real word the
 * vocabulary lacks («басталды», began, is not «бастап» + «ды»; «отырысы», a meeting, is not
 * «отырды» + «сы»). Null when the word is read as it is, or no stem or more than one fits — then it
 * stays unknown and is asked back.
 */
export function correctKazakhTypo(
  word: string,
  stems: Iterable<string>,
  known: (stem: string) => boolean,
  isEndings: (rest: string) => boolean,
): string | null {
  if (word.length < MIN_STEM - 1 || !/^[\u0400-\u04ff]+$/.test(word)) return null;
  if (kazakhStems(word).some(known)) return null;
  const found = new Set<string>();
  for (const stem of stems) {
    if (stem[0] !== word[0] || stem.length < MIN_STEM || word.length < stem.length - 1) continue;
    const endings = word.slice(stem.length - 1);
    if (!isEndings(endings)) continue;
    const typed = word.slice(0, stem.length - 1);
    for (let at = 1; at < stem.length; at++)
      if (VOWELS.includes(stem[at]!) && stem.slice(0, at) + stem.slice(at + 1) === typed)
        found.add(stem + endings);
  }
  const fits = [...found].filter((w) => kazakhStems(w).some(known));
  return fits.length === 1 ? fits[0]! : null;
}
