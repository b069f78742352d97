import type { Meaning, VocabularyEntry } from './meaning.js';
import type { Token } from './tokenize.js';
import { STOP_WORDS, VOCABULARY } from './vocabulary.js';

/** A recognised piece of the question: a vocabulary phrase, a number, a date, a stop word or an unknown word. */
export type Item =
  | { kind: 'meaning'; meaning: Meaning; text: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'date'; iso: string; text: string }
  | { kind: 'stop'; text: string }
  | { kind: 'unknown'; text: string };

interface WordPattern {
  stem: string;
  /** 0 = exact word; Infinity = any ending. */
  maxEnding: number;
}

interface CompiledPhrase {
  words: WordPattern[];
  meaning: Meaning;
  /** Longer and exact patterns win over shorter stems on the same words. */
  specificity: number;
  order: number;
}

const DEFAULT_ENDING = 4;

function compileWord(pattern: string): WordPattern {
  if (pattern.endsWith('~')) return { stem: pattern.slice(0, -1), maxEnding: DEFAULT_ENDING };
  if (pattern.endsWith('*')) return { stem: pattern.slice(0, -1), maxEnding: Number.POSITIVE_INFINITY };
  return { stem: pattern, maxEnding: 0 };
}

function wordMatches(p: WordPattern, word: string): boolean {
  if (p.maxEnding === 0) return word === p.stem;
  return word.startsWith(p.stem) && word.length - p.stem.length <= p.maxEnding;
}

export interface Lexicon {
  exact: Map<string, CompiledPhrase[]>;
  /** Stem phrases indexed by the first two letters of their first stem. */
  stems: Map<string, CompiledPhrase[]>;
  stopWords: Set<string>;
  maxPhraseLength: number;
}

export function compileLexicon(
  entries: readonly VocabularyEntry[] = VOCABULARY,
  stopWords: readonly string[] = STOP_WORDS,
): Lexicon {
  const exact = new Map<string, CompiledPhrase[]>();
  const stems = new Map<string, CompiledPhrase[]>();
  let order = 0;
  let maxPhraseLength = 1;
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      const words = phrase.split(/\s+/).filter(Boolean).map(compileWord);
      const first = words[0];
      if (!first) continue;
      maxPhraseLength = Math.max(maxPhraseLength, words.length);
      const specificity = words.reduce((s, w) => s + 2 * w.stem.length + (w.maxEnding === 0 ? 1 : 0), 0);
      const compiled: CompiledPhrase = { words, meaning: entry.meaning, specificity, order: order++ };
      const map = first.maxEnding === 0 ? exact : stems;
      const key = first.maxEnding === 0 ? first.stem : first.stem.slice(0, 2);
      const list = map.get(key) ?? [];
      list.push(compiled);
      map.set(key, list);
    }
  }
  return { exact, stems, stopWords: new Set(stopWords), maxPhraseLength };
}

let defaultLexicon: Lexicon | undefined;
/** The lexicon of the shipped vocabulary, compiled on first use (never at import time). */
export function getLexicon(): Lexicon {
  defaultLexicon ??= compileLexicon();
  return defaultLexicon;
}

function wordAt(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.text : null;
}

/** Greedy longest-match of vocabulary phrases over the tokens; what is left is a stop word or unknown. */
export function lexItems(tokens: readonly Token[], lexicon: Lexicon = getLexicon()): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind === 'number') {
      items.push({ kind: 'number', value: token.value, text: token.text });
      i++;
      continue;
    }
    if (token.kind === 'date') {
      items.push({ kind: 'date', iso: token.iso, text: token.text });
      i++;
      continue;
    }
    const word = token.text;
    const candidates = [...(lexicon.exact.get(word) ?? []), ...(lexicon.stems.get(word.slice(0, 2)) ?? [])];
    let best: CompiledPhrase | undefined;
    for (const c of candidates) {
      if (i + c.words.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < c.words.length; k++) {
        const w = wordAt(tokens, i + k);
        if (w === null || !wordMatches(c.words[k]!, w)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (
        !best ||
        c.words.length > best.words.length ||
        (c.words.length === best.words.length && c.specificity > best.specificity)
      ) {
        best = c;
      }
    }
    if (best) {
      const text = tokens
        .slice(i, i + best.words.length)
        .map((t) => t.text)
        .join(' ');
      items.push({ kind: 'meaning', meaning: best.meaning, text });
      i += best.words.length;
    } else if (lexicon.stopWords.has(word)) {
      items.push({ kind: 'stop', text: word });
      i++;
    } else {
      items.push({ kind: 'unknown', text: word });
      i++;
    }
  }
  return items;
}
