import { readBlanks } from './blanks.js';
import { nameCampaigns } from './campaigns.js';
import { readClockHourWord } from './clock-hour-word.js';
import { readCodeGloss } from './code-gloss.js';
import { applyCorrections } from './corrections.js';
import { readCountNumbers } from './count-number.js';
import { readChangeVerbs, readDayBefore, readFallAsDrop, readKazakhDifference } from './difference-words.js';
import { CATEGORICAL_DIMENSIONS } from './frame.js';
import { readIssuerCountry } from './issuer-country.js';
import { restoreKazakhLetters } from './kazakh-letters.js';
import { kazakhStems } from './kazakh-stem.js';
import { correctKazakhTypo } from './kazakh-typos.js';
import type { Meaning, VocabularyEntry } from './meaning.js';
import { readMostFirst } from './most-first.js';
import { type NumberWordsContext, readNumberWords } from './number-words.js';
import { marksOf, type Token, type TokenMarks } from './tokenize.js';
import {
  VALUE_WORDS as BLANK_VALUE_WORDS,
  BLANK_WORDS,
  FILLED_WORDS,
  KAZAKH_PRIVATIVE_SUFFIXES,
  KAZAKH_STOP_WORDS,
  KAZAKH_SUFFIXES,
  KAZAKH_VOCABULARY,
  KAZAKH_WHOLE_WORD_STOPS,
  STOP_WORDS,
  VOCABULARY,
} from './vocabulary/index.js';

/**
 * A recognised piece of the question: a vocabulary phrase, a number, a date, a stop word or an unknown
 * word. `dashBefore`: its first token is joined to the one before by a dash ("1-15", "Q1–Q2").
 */
export type Item = (
  | { kind: 'meaning'; meaning: Meaning; text: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'date'; iso: string; text: string }
  | { kind: 'stop'; text: string }
  | { kind: 'unknown'; text: string }
) &
  // (What stands before it in the text: see `TokenMarks`.)
  TokenMarks & {
    /** Words of this item read as the vocabulary word one letter away: [as typed, as read]. */
    typos?: ReadonlyArray<readonly [typed: string, read: string]>;
  };

interface WordPattern {
  stem: string;
  /** 0 = exact word; Infinity = any ending. */
  maxEnding: number;
  /** A Kazakh stem: matches any word `kazakhStems` reads as it. */
  kazakh?: boolean;
}

interface CompiledPhrase {
  words: WordPattern[];
  meaning: Meaning;
  /** Longer and exact patterns win over shorter stems on the same words. */
  specificity: number;
  order: number;
}

const DEFAULT_ENDING = 4;

/** "p5" … "p99". */
const PERCENTILE_SHORTHAND = /^p[1-9]\d?$/;

function compileWord(pattern: string): WordPattern {
  if (pattern.endsWith('~')) return { stem: pattern.slice(0, -1), maxEnding: DEFAULT_ENDING };
  if (pattern.endsWith('*')) return { stem: pattern.slice(0, -1), maxEnding: Number.POSITIVE_INFINITY };
  return { stem: pattern, maxEnding: 0 };
}

function wordMatches(p: WordPattern, word: string, stems: readonly string[] | null): boolean {
  if (p.kazakh) return stems?.includes(p.stem) === true;
  if (p.maxEnding === 0) return word === p.stem;
  return word.startsWith(p.stem) && word.length - p.stem.length <= p.maxEnding;
}

export interface Lexicon {
  exact: Map<string, CompiledPhrase[]>;
  /** Stem phrases indexed by the first two letters of their first stem. */
  stems: Map<string, CompiledPhrase[]>;
  stopWords: Set<string>;
  /** Kazakh phrases indexed by their first stem; Kazakh stop words (stems). */
  kazakh: Map<string, CompiledPhrase[]>;
  kazakhStopWords: Set<string>;
  maxPhraseLength: number;
  /** Every exact word and every stem of every phrase, at any position: what a typo can be of. */
  words: Set<string>;
  wordStems: Map<string, WordPattern[]>;
  /** Every stem of every Kazakh phrase, at any position, and the Kazakh stop words. */
  kazakhWords: Set<string>;
}

export interface LexOptions {
  /** The question is Kazakh: also match KAZAKH_VOCABULARY through the stems of each word. */
  kazakh?: boolean;
}

function compilePhrase(
  phrase: string,
  meaning: Meaning,
  order: number,
  kazakh: boolean,
): CompiledPhrase | null {
  const words = phrase
    .split(/\s+/)
    .filter(Boolean)
    // (A Kazakh word marked "=" is matched as written, with no ending: «апта= күн» is "weekday", and
    // «аптада күн сайын», in the week every day, is not.)
    .map(
      (w): WordPattern =>
        kazakh && w.endsWith('=')
          ? { stem: w.slice(0, -1), maxEnding: 0 }
          : kazakh
            ? { stem: w, maxEnding: 0, kazakh: true }
            : compileWord(w),
    );
  if (words.length === 0) return null;
  const specificity = words.reduce((s, w) => s + 2 * w.stem.length + (w.maxEnding === 0 ? 1 : 0), 0);
  return { words, meaning, specificity, order };
}

function addTo(map: Map<string, CompiledPhrase[]>, key: string, phrase: CompiledPhrase): void {
  const list = map.get(key) ?? [];
  list.push(phrase);
  map.set(key, list);
}

export function compileLexicon(
  entries: readonly VocabularyEntry[] = VOCABULARY,
  stopWords: readonly string[] = STOP_WORDS,
  kazakhEntries: readonly VocabularyEntry[] = KAZAKH_VOCABULARY,
  kazakhStopWords: readonly string[] = KAZAKH_STOP_WORDS,
): Lexicon {
  const exact = new Map<string, CompiledPhrase[]>();
  const stems = new Map<string, CompiledPhrase[]>();
  const kazakh = new Map<string, CompiledPhrase[]>();
  let order = 0;
  let maxPhraseLength = 1;
  const words = new Set<string>();
  const wordStems = new Map<string, WordPattern[]>();
  const kazakhWords = new Set<string>(kazakhStopWords);
  for (const [list, isKazakh] of [
    [entries, false],
    [kazakhEntries, true],
  ] as const) {
    for (const entry of list) {
      for (const phrase of entry.phrases) {
        const compiled = compilePhrase(phrase, entry.meaning, order++, isKazakh);
        if (!compiled) continue;
        const first = compiled.words[0]!;
        if (isKazakh) for (const w of compiled.words) kazakhWords.add(w.stem);
        else {
          for (const w of compiled.words) {
            if (w.maxEnding === 0) words.add(w.stem);
            else if (
              !wordStems
                .get(w.stem.slice(0, 2))
                ?.some((x) => x.stem === w.stem && x.maxEnding === w.maxEnding)
            )
              wordStems.set(w.stem.slice(0, 2), [...(wordStems.get(w.stem.slice(0, 2)) ?? []), w]);
          }
        }
        maxPhraseLength = Math.max(maxPhraseLength, compiled.words.length);
        if (isKazakh) addTo(kazakh, first.stem, compiled);
        else if (first.maxEnding === 0) addTo(exact, first.stem, compiled);
        else addTo(stems, first.stem.slice(0, 2), compiled);
      }
    }
  }
  return {
    exact,
    stems,
    stopWords: new Set(stopWords),
    kazakh,
    kazakhStopWords: new Set(kazakhStopWords),
    maxPhraseLength,
    words,
    wordStems,
    kazakhWords,
  };
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

/** Whether a and b differ by exactly one edit: an insertion, a deletion, a substitution or two adjacent letters swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i); // insertion / deletion
}

/** Shortest word a typo is corrected in: shorter words are too often other words one letter away. */
const TYPO_MIN_LENGTH = 5;

/** Whether the word is one the vocabulary or the stop words know, at any position of a phrase. */
/** Words the passes read by their text (blankness): never a typo of a vocabulary word ("blanks" is not "banks"). */
const TEXT_WORDS = new Set([...BLANK_WORDS, ...FILLED_WORDS, ...BLANK_VALUE_WORDS]);

function knownWord(word: string, lexicon: Lexicon): boolean {
  if (lexicon.words.has(word) || lexicon.stopWords.has(word) || TEXT_WORDS.has(word)) return true;
  return (lexicon.wordStems.get(word.slice(0, 2)) ?? []).some((p) => wordMatches(p, word, null));
}

/**
 * The vocabulary word an unknown word is a typo of ("numbr" → "number", "catgory" → "category",
 * «транзакцй» → «транзакций», «кшелька» → «кошелька»): one edit from a word or stem of any phrase,
 * keeping the first letter. Null unless exactly one vocabulary word or stem is that close — then the
 * word stays unknown and the question is asked back, never guessed at.
 */
export function correctTypo(word: string, lexicon: Lexicon): string | null {
  if (word.length < TYPO_MIN_LENGTH || !/^\p{L}+$/u.test(word) || knownWord(word, lexicon)) return null;
  /** Corrections by the vocabulary word or stem they come from (a word and its stem are one). */
  const found = new Map<string, string>();
  for (const key of lexicon.words) {
    if (key[0] === word[0] && oneEditApart(word, key) && !spelledNumber(key, lexicon)) found.set(key, key);
  }
  for (const patterns of lexicon.wordStems.values()) {
    for (const { stem, maxEnding } of patterns) {
      // A stem's typo keeps a short ending of its own («транзакцй» → «транзакций»), never a long one
      // that would make a word nobody wrote ("chargebacks" is not "charge" + "acks").
      if (stem[0] !== word[0] || stem.length < TYPO_MIN_LENGTH) continue;
      for (let cut = stem.length - 1; cut <= stem.length + 1; cut++) {
        const ending = word.slice(cut);
        if (cut > word.length || ending.length > Math.min(maxEnding, 2)) continue;
        if (oneEditApart(word.slice(0, cut), stem) && !found.has(stem)) found.set(stem, stem + ending);
      }
    }
  }
  // A word and a stem of it ("category", "categor~") that correct the typo the same way are one.
  const corrections = [...new Set(found.values())].sort();
  if (corrections.length === 1) return corrections[0]!;
  // «сколко»: «сколько» or «скоко», two spellings of one word — the same correction either way.
  const meanings = new Set(corrections.map((c) => wordMeaning(c, lexicon)));
  return corrections.length > 1 && meanings.size === 1 && !meanings.has(null) ? corrections[0]! : null;
}

/**
 * A number written in words ("eight", «восьми»): never a typo's correction — a figure the asker did
 * not write would change the answer («Возьми октябрь» is not «восьми октябрь», the 8th of October).
 */
function spelledNumber(word: string, lexicon: Lexicon): boolean {
  return (lexicon.exact.get(word) ?? []).some((p) => p.meaning.kind === 'number');
}

/** The meaning of a word that is a whole phrase of its own (exactly), as a comparable key; else null. */
function wordMeaning(word: string, lexicon: Lexicon): string | null {
  const own = (lexicon.exact.get(word) ?? []).filter((p) => p.words.length === 1);
  return own.length === 1 ? JSON.stringify(own[0]!.meaning) : null;
}

/** The tokens with each typo of a vocabulary word corrected, and what each corrected token was. */
function correctTokens(
  tokens: readonly Token[],
  lexicon: Lexicon,
): { tokens: Token[]; typos: Map<number, string> } {
  const typos = new Map<number, string>();
  const out = tokens.map((t, i) => {
    if (t.kind !== 'word' || PERCENTILE_SHORTHAND.test(t.text)) return t;
    const fixed = correctTypo(t.text, lexicon);
    if (fixed === null) return t;
    typos.set(i, t.text);
    return { ...t, text: fixed };
  });
  for (let i = 1; i + 1 < out.length; i++)
    if (out[i - 1]!.text === 'how' && out[i]!.text === 'may' && countedNext(out, i + 1, lexicon)) {
      typos.set(i, 'may');
      out[i] = { ...out[i]!, text: 'many' };
    }
  return { tokens: out, typos };
}

/** Words between "how may" and the thing counted ("how may unique cards"). */
const COUNTED_LEAD_INS: ReadonlySet<string> = new Set(['unique', 'distinct', 'different', 'separate']);

/**
 * "How may transactions …": "may" between "how" and a thing counted (transactions, cards, merchants,
 * cities…) is "many" one letter short, not the month — read as the month, the question was May's
 * count. Before anything else ("how May compares with June") it is left as written.
 */
function countedNext(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  let k = at;
  while (tokens[k]?.kind === 'word' && COUNTED_LEAD_INS.has(tokens[k]!.text)) k++;
  const next = tokens[k];
  if (next?.kind !== 'word') return false;
  return ownMeanings(next.text, lexicon, false).some((m) => m.kind === 'entity' || m.kind === 'dimension');
}

/**
 * The tokens of a Kazakh question with words typed without Kazakh letters spelled with them («откен
 * айдагы» → «өткен айдағы»), when exactly one spelling is Kazakh the vocabulary knows.
 */
function restoreTokens(
  tokens: readonly Token[],
  lexicon: Lexicon,
): { tokens: Token[]; typos: Map<number, string> } {
  const known = (stem: string) => lexicon.kazakhWords.has(stem);
  const typos = new Map<number, string>();
  const out = tokens.map((t, i) => {
    // Also a word the Russian vocabulary reads («картага» as «карт~»): its Kazakh ending is what counts.
    if (t.kind !== 'word' || kazakhStems(t.text).some(known)) return t;
    // («… ни одной операции … за 2026 жыл»: a Russian word of a phrase the vocabulary knows, in a question
    // read as Kazakh for one Kazakh word, stays itself — «ни» restored to «ні» lost the negation.)
    if (CYRILLIC_PHRASE_WORD.test(t.text) && lexicon.words.has(t.text) && !lexicon.kazakhWords.has(t.text))
      return t;
    const restored =
      restoreKazakhLetters(t.text, known) ??
      (knownWord(t.text, lexicon)
        ? null
        : correctKazakhTypo(t.text, lexicon.kazakhWords, known, isSuffixChain));
    if (restored === null) return t;
    typos.set(i, t.text);
    return { ...t, text: restored };
  });
  return { tokens: out, typos };
}

/** A word in Cyrillic letters that Russian and Kazakh share. */
const CYRILLIC_PHRASE_WORD = /^[а-яё]+$/;

const SUFFIXES: ReadonlySet<string> = new Set(KAZAKH_SUFFIXES);

/** Whether a word is Kazakh endings only, one after another («тарда» = «тар» + «да»). */
function isSuffixChain(word: string): boolean {
  if (word.length === 0) return true;
  for (let n = Math.min(word.length, 5); n >= 1; n--)
    if (SUFFIXES.has(word.slice(0, n)) && isSuffixChain(word.slice(n))) return true;
  return false;
}

/** The Kazakh privative ending, "without": «аударымдарсыз» (without transfers), «банкоматсыз». */
const PRIVATIVE = /^(.{3,}?)(сыз|сіз)$/;

/** A token of a Kazakh question; `privative` marks the "without" split off a word. */
type LexToken = Token & { privative?: true };

/**
 * A Kazakh word with the privative ending split in two, «аударымдарсыз» → «аударымдар» + «сыз»
 * (without, a negation after what it follows), when the vocabulary knows the word before the ending
 * and not the whole word («контактісіз», contactless, and «әмиянсыз» are words of their own). Read
 * whole, the ending was left unread: «банкоматсыз» (without ATMs) was the ATM filter itself.
 */
function splitPrivatives(
  tokens: readonly Token[],
  typos: Map<number, string>,
  lexicon: Lexicon,
): { tokens: LexToken[]; typos: Map<number, string> } {
  const known = (word: string) =>
    knownWord(word, lexicon) || kazakhStems(word).some((s) => lexicon.kazakhWords.has(s));
  // A word of its own: the whole word, ending and all, is in the vocabulary.
  const own = (word: string) =>
    lexicon.words.has(word) ||
    lexicon.stopWords.has(word) ||
    kazakhStems(word).some((s) => PRIVATIVE.test(s) && lexicon.kazakhWords.has(s));
  if (!tokens.some((t) => t.kind === 'word' && PRIVATIVE.test(t.text))) return { tokens: [...tokens], typos };
  const out: LexToken[] = [];
  const moved = new Map<number, string>();
  for (const [i, t] of tokens.entries()) {
    const was = typos.get(i);
    if (was !== undefined) moved.set(out.length, was);
    const m = t.kind === 'word' ? PRIVATIVE.exec(t.text) : null;
    if (!m || own(t.text) || !known(m[1]!)) {
      out.push(t);
      continue;
    }
    out.push({ ...t, text: m[1]! });
    out.push({ kind: 'word', text: m[2]!, privative: true });
  }
  return { tokens: out, typos: moved };
}

/** The meanings of the vocabulary's one-word phrases that read this word. */
function ownMeanings(word: string, lexicon: Lexicon, kazakh: boolean): Meaning[] {
  const stems = kazakh ? kazakhStems(word) : null;
  const candidates = [
    ...(lexicon.exact.get(word) ?? []),
    ...(lexicon.stems.get(word.slice(0, 2)) ?? []),
    ...(stems ?? []).flatMap((s) => lexicon.kazakh.get(s) ?? []),
  ];
  return candidates
    .filter((c) => c.words.length === 1 && wordMatches(c.words[0]!, word, stems))
    .map((c) => c.meaning);
}

/** What number-words.ts asks of the vocabulary. */
function numberWordsContext(lexicon: Lexicon, kazakh: boolean): NumberWordsContext {
  return {
    kazakh,
    known: (word) =>
      knownWord(word, lexicon) || (kazakh && kazakhStems(word).some((s) => lexicon.kazakhWords.has(s))),
    meanings: (word) => ownMeanings(word, lexicon, kazakh),
  };
}

/** The rewrites of the lexed items, in order: each reads what the one before it left. */
const ITEM_REWRITES: readonly ((items: readonly Item[]) => Item[])[] = [
  nameCampaigns,
  applyCorrections,
  readBlanks,
  readCountNumbers,
  readFallAsDrop,
  readChangeVerbs,
  readDayBefore,
  readIssuerCountry,
  readClockHourWord,
  readMostFirst,
  readCodeGloss,
];

/** Greedy longest-match of vocabulary phrases over the tokens; what is left is a stop word or unknown. */
export function lexItems(
  source: readonly Token[],
  lexicon: Lexicon = getLexicon(),
  options: LexOptions = {},
): Item[] {
  // Numbers said in words first: a typo correction would read "eighty" as "eight".
  const spoken = readNumberWords(source, numberWordsContext(lexicon, options.kazakh === true));
  // Kazakh words are read through their stems, which a one-letter edit would confuse; Kazakh typed
  // without its own letters («канша») gets them back instead.
  const read = options.kazakh ? restoreTokens(spoken, lexicon) : correctTokens(spoken, lexicon);
  const { tokens, typos }: { tokens: readonly LexToken[]; typos: Map<number, string> } = options.kazakh
    ? splitPrivatives(read.tokens, read.typos, lexicon)
    : read;
  const items: Item[] = [];
  const stemCache = new Map<number, readonly string[] | null>();
  const stemsAt = (k: number): readonly string[] | null => {
    if (!options.kazakh) return null;
    let cached = stemCache.get(k);
    if (cached === undefined) {
      const w = wordAt(tokens, k);
      cached = w === null ? null : kazakhStems(w);
      stemCache.set(k, cached);
    }
    return cached;
  };
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const dash = marksOf(token);
    if (token.kind === 'number') {
      items.push({ kind: 'number', value: token.value, text: token.text, ...dash });
      i++;
      continue;
    }
    if (token.kind === 'date') {
      items.push({ kind: 'date', iso: token.iso, text: token.text, ...dash });
      i++;
      continue;
    }
    const word = token.text;
    // «ЖҚС-тарда», «АЗС-терде»: endings hyphenated to an abbreviation («тар» + «да») say nothing more.
    // (A word of the vocabulary is a word: «маусым–тамыз» is June to August, not «маусым» + «-та-мыз».)
    // «Apple Pay-сіз» (without Apple Pay): the privative hyphenated to a name negates it, as «әмиянсыз»
    // does a word.
    if (options.kazakh && token.dashBefore && i > 0 && KAZAKH_PRIVATIVE_SUFFIXES.includes(word)) {
      items.push({ kind: 'meaning', meaning: { kind: 'negation', after: true }, text: word, ...dash });
      i++;
      continue;
    }
    if (
      options.kazakh &&
      token.dashBefore &&
      i > 0 &&
      tokens[i - 1]!.kind === 'word' &&
      isSuffixChain(word) &&
      !lexicon.kazakhWords.has(word) &&
      // («маусым–тамыздағы», June to August: «тамыз» with its locative is a word, not «-та-мыз-дағы».)
      !(stemsAt(i) ?? []).some((stem) => lexicon.kazakhWords.has(stem) && stem.length > 2)
    ) {
      items.push({ kind: 'stop', text: word, ...dash });
      i++;
      continue;
    }
    if (token.privative) {
      items.push({ kind: 'meaning', meaning: { kind: 'negation', after: true }, text: word, ...dash });
      i++;
      continue;
    }
    /**
     * The longest phrase at token `at` (its word `first`). ("with wallet_type = …": a phrase that begins
     * before a column's name written with underscores and ends inside it is not read when the name
     * itself is a phrase — "with wallet" would leave "type" alone.)
     */
    const longestAt = (first: string, at = i, whole = true): CompiledPhrase | undefined => {
      const candidates = [
        ...(lexicon.exact.get(first) ?? []),
        ...(lexicon.stems.get(first.slice(0, 2)) ?? []),
      ];
      for (const stem of stemsAt(at) ?? []) candidates.push(...(lexicon.kazakh.get(stem) ?? []));
      const matched: CompiledPhrase[] = [];
      for (const c of candidates) {
        if (at + c.words.length > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < c.words.length; k++) {
          // ("жалақы, аударымдар": salary, transfers — two things, not «жалақы аударымдары».)
          // (A phrase that says nothing may: "(incl. plain card, no wallet)".)
          const joined = k === 0 || !tokens[at + k]!.commaBefore || c.meaning.kind === 'stop';
          const w = k === 0 ? first : joined ? wordAt(tokens, at + k) : null;
          if (w === null || !wordMatches(c.words[k]!, w, c.words[k]!.kazakh ? stemsAt(at + k) : null)) {
            ok = false;
            break;
          }
        }
        if (ok) matched.push(c);
      }
      // (…unless its first word has no reading of its own: "outgoing (P2P_OUT)" stays "outgoing p2p".)
      const inside = whole ? matched.filter((c) => endsInsideName(at, at + c.words.length)) : [];
      const alone =
        inside.length > 0 &&
        (matched.length > inside.length ||
          lexicon.stopWords.has(first) ||
          lexicon.kazakhStopWords.has(first));
      let best: CompiledPhrase | undefined;
      for (const c of matched) {
        if (alone && inside.includes(c)) continue;
        if (
          !best ||
          c.words.length > best.words.length ||
          (c.words.length === best.words.length && c.specificity > best.specificity)
        ) {
          best = c;
        }
      }
      return best;
    };
    /** Whether tokens [from, end) begin before a name joined by underscores, end inside it, and the name is a phrase. */
    const endsInsideName = (from: number, end: number): boolean => {
      if (tokens[end]?.underscoreBefore !== true) return false;
      let start = end - 1;
      while (start > from && tokens[start]!.underscoreBefore === true) start--;
      if (start === from) return false;
      let last = end;
      while (tokens[last + 1]?.underscoreBefore === true) last++;
      const name = wordAt(tokens, start);
      const read = name === null ? undefined : longestAt(name, start, false);
      return read !== undefined && start + read.words.length > last;
    };
    const best = longestAt(word);
    if (options.kazakh && lexicon.kazakhStopWords.has(word) && !(best && best.words.length > 1)) {
      // An exact Kazakh stop word ("оны" = it) is not read as a stem ("он" = ten), unless it opens a
      // phrase of the vocabulary («бірегей карта», unique cards).
      items.push({ kind: 'stop', text: word, ...dash });
      i++;
      continue;
    }
    const isStop =
      lexicon.stopWords.has(word) ||
      stemsAt(i)?.some((s) => lexicon.kazakhStopWords.has(s) && !KAZAKH_WHOLE_WORD_STOPS.has(s));
    if (best) {
      const text = tokens
        .slice(i, i + best.words.length)
        .map((t) => t.text)
        .join(' ');
      const typed: (readonly [string, string])[] = [];
      for (let k = 0; k < best.words.length; k++) {
        const was = typos.get(i + k);
        if (was !== undefined) typed.push([was, tokens[i + k]!.text]);
      }
      // ("transaction_currency != KZT": a column's name, joined by underscores, is the column — not "in
      // the transaction currency", the original amount, which turned a turnover into a sum of them.)
      // (Looked up only for words joined by underscores: not on every phrase read.)
      const joined =
        best.words.length > 1 &&
        tokens.slice(i + 1, i + best.words.length).every((t) => t.underscoreBefore === true);
      const column = joined ? CATEGORICAL_DIMENSIONS.find((c) => c === text.replaceAll(' ', '_')) : undefined;
      const meaning = column ? ({ kind: 'dimension', dimension: column } as const) : best.meaning;
      // A phrase that carries no meaning ("so far", «на сегодня») is one stop word.
      if (best.meaning.kind === 'stop') items.push({ kind: 'stop', text, ...dash });
      else
        items.push({
          kind: 'meaning',
          meaning,
          text,
          ...dash,
          ...(typed.length > 0 ? { typos: typed } : {}),
        });
      i += best.words.length;
    } else if (isStop) {
      items.push({ kind: 'stop', text: word, ...dash });
      i++;
    } else if (PERCENTILE_SHORTHAND.test(word)) {
      // "p95", "p50": the shorthand of analysts for a percentile.
      const p = Number(word.slice(1)) / 100;
      items.push({
        kind: 'meaning',
        meaning: { kind: 'aggregate', fn: 'percentile', p },
        text: word,
        ...dash,
      });
      i++;
    } else {
      // As typed: a correction that still reads nothing is not the asker's word.
      items.push({ kind: 'unknown', text: typos.get(i) ?? word, ...dash });
      i++;
    }
  }
  const settled = ITEM_REWRITES.reduce((read, rewrite) => rewrite(read), items);
  return options.kazakh ? readKazakhDifference(settled) : settled;
}
