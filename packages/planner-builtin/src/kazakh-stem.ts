import { KAZAKH_SUFFIXES, KAZAKH_VOICED_FINALS } from './vocabulary/index.js';

/** Shortest stem a suffix may be stripped down to (Kazakh roots are rarely shorter: ай, ел, он). */
const MIN_STEM = 2;
/** At most this many suffixes are stripped from one word (plural + possessive + case + particle). */
const MAX_DEPTH = 4;

const SUFFIXES_BY_LENGTH = [...KAZAKH_SUFFIXES].sort((a, b) => b.length - a.length);

/**
 * Every stem a Kazakh word form can be read as, by stripping chains of inflectional suffixes
 * (plural, possessive, case, participle) from its end: "аптадағы" → апта; "қалалардың" → қала;
 * "барлығы" → барлық. The word itself comes first; the lexicon accepts a Kazakh vocabulary word if
 * it is any of these, so stripping never has to guess which reading is right.
 */
export function kazakhStems(word: string): string[] {
  const stems = [word];
  const seen = new Set(stems);
  let frontier = [word];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const form of frontier) {
      for (const suffix of SUFFIXES_BY_LENGTH) {
        if (!form.endsWith(suffix) || form.length - suffix.length < MIN_STEM) continue;
        const stem = form.slice(0, -suffix.length);
        const voiceless = KAZAKH_VOICED_FINALS[stem.at(-1) ?? ''];
        for (const s of voiceless ? [stem, stem.slice(0, -1) + voiceless] : [stem]) {
          if (seen.has(s)) continue;
          seen.add(s);
          stems.push(s);
          next.push(s);
        }
      }
    }
    frontier = next;
  }
  return stems;
}
