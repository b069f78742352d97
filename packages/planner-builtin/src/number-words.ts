import { foldKazakhLetters } from './kazakh-letters.js';
import { kazakhStems } from './kazakh-stem.js';
import type { Meaning } from './meaning.js';
import type { Token } from './tokenize.js';
import {
  ENGLISH_NUMBER_WORDS,
  HALF_LINKS,
  HALF_WORDS,
  JOINED_HALF,
  KAZAKH_NOT_FOLDED,
  KAZAKH_NUMBER_WORDS,
  KAZAKH_STOP_WORDS,
  MONTH_DAY_LINKS,
  MONTH_DECADE_WORDS,
  ONE_AND_A_HALF,
  RANGE_JOINERS,
  RUSSIAN_NUMBER_WORDS,
  type SpokenNumberWords,
} from './vocabulary/index.js';

/** What the vocabulary says of a word, which decides whether a number word stays one (lexicon.ts gives it). */
export interface NumberWordsContext {
  /** The question is Kazakh: Kazakh number words are read too («он» is a Russian pronoun as well). */
  kazakh: boolean;
  /** The vocabulary knows the word: by itself, in one of its phrases or as a stop word. */
  known(word: string): boolean;
  /** What the vocabulary's one-word phrases read the word as (a month name, a time unit…). */
  meanings(word: string): readonly Meaning[];
}

interface NumberWord {
  value: number;
  kind: 'cardinal' | 'multiplier' | 'ordinal';
  unitsAfterTensFrom: number;
  /** A Kazakh word with a case ending («мыңнан»): the last word of its number. */
  inflected: boolean;
}

/** A number said in words: tokens [start, end). */
interface SpokenNumber {
  start: number;
  end: number;
  value: number;
  ordinal: boolean;
  /** Nothing may follow: an ordinal or a Kazakh case ending ends a number. */
  closed: boolean;
  /**
   * The multiplier word it ends with ("fifty thousand"), else 1. That word is left to the numbers pass,
   * as after digits: it notes the factor, which a range written with one multiplier reads («от сорока
   * до девяноста тысяч» = 40 000–90 000, as «от 40 до 90 тысяч»).
   */
  factor: number;
}

/** A number being read: `total` of the multiplied groups ("fifty thousand"), `part` below the last multiplier. */
interface Sum {
  total: number;
  part: number;
  /** The last multiplier used: the next one must be smaller ("million … thousand"). */
  scale: number;
}

type Lookup = ReadonlyMap<string, NumberWord>;

function lookupOf(list: SpokenNumberWords): Lookup {
  const { unitsAfterTensFrom } = list;
  const entries = (kind: NumberWord['kind'], table: Readonly<Record<string, number>>) =>
    Object.entries(table).map(
      ([word, value]) => [word, { value, kind, unitsAfterTensFrom, inflected: false }] as const,
    );
  return new Map([
    ...entries('cardinal', list.cardinals),
    ...entries('multiplier', list.multipliers),
    ...entries('ordinal', list.ordinals),
  ]);
}

/** English and Russian words never collide: one lookup for both. */
const ENGLISH_RUSSIAN: Lookup = new Map([
  ...lookupOf(ENGLISH_NUMBER_WORDS),
  ...lookupOf(RUSSIAN_NUMBER_WORDS),
]);
/** Kazakh number words, also as typed without the Kazakh letters: «еки жуз мын» is «екі жүз мың». */
const KAZAKH: Lookup = (() => {
  const own = lookupOf(KAZAKH_NUMBER_WORDS);
  const folded = [...own].map(([word, meaning]) => [foldKazakhLetters(word), meaning] as const);
  return new Map([...folded.filter(([word]) => !own.has(word) && !KAZAKH_NOT_FOLDED.includes(word)), ...own]);
})();
/** The first two letters of every Kazakh number word: only a word that opens so is worth stemming. */
const KAZAKH_OPENINGS: ReadonlySet<string> = new Set([...KAZAKH.keys()].map((w) => w.slice(0, 2)));
const KAZAKH_STOPS: ReadonlySet<string> = new Set(KAZAKH_STOP_WORDS);

/**
 * The number word a token is, if any. A Kazakh word is also read through its stems («мыңнан» → мың),
 * unless it is a stop word of its own («оны» = it, not «он»).
 */
function numberWordOf(token: Token | undefined, context: NumberWordsContext): NumberWord | null {
  if (token?.kind !== 'word') return null;
  const word = token.text;
  const own = ENGLISH_RUSSIAN.get(word) ?? (context.kazakh ? KAZAKH.get(word) : undefined);
  if (own || !context.kazakh || KAZAKH_STOPS.has(word) || !KAZAKH_OPENINGS.has(word.slice(0, 2)))
    return own ?? null;
  for (const stem of kazakhStems(word)) {
    const found = KAZAKH.get(stem);
    if (found) return { ...found, inflected: true };
  }
  return null;
}

/**
 * The sum with one more word, or null when the word does not continue the number: a unit after tens
 * ("twenty five") or after hundreds, tens after hundreds, a hundred after a unit («бес жүз»), a
 * multiplier after what it multiplies ("fifty thousand"). A second tens ("twenty twenty") or a
 * second unit starts a number of its own.
 */
function add(sum: Sum, word: NumberWord): Sum | null {
  const { value } = word;
  const belowHundred = sum.part % 100;
  if (word.kind === 'multiplier' && value >= 1_000) {
    if (sum.part === 0 || value >= sum.scale) return null;
    return { total: sum.total + sum.part * value, part: 0, scale: value };
  }
  if (value === 100) return sum.part <= 9 ? { ...sum, part: Math.max(sum.part, 1) * 100 } : null;
  if (value > 100) return sum.part === 0 ? { ...sum, part: value } : null;
  if (value >= 10) return belowHundred === 0 ? { ...sum, part: sum.part + value } : null;
  const afterTens = belowHundred % 10 === 0 && belowHundred >= word.unitsAfterTensFrom;
  return belowHundred === 0 || afterTens ? { ...sum, part: sum.part + value } : null;
}

/** Tokens from `start` read as one number: the longest run of number words that adds up, or null. */
function readNumber(
  tokens: readonly Token[],
  start: number,
  context: NumberWordsContext,
): SpokenNumber | null {
  const first = numberWordOf(tokens[start], context);
  if (!first || first.kind === 'multiplier') return null;
  let sum: Sum = { total: 0, part: 0, scale: Number.POSITIVE_INFINITY };
  let last = first;
  let end = start;
  for (let word: NumberWord | null = first; word; word = numberWordOf(tokens[end], context)) {
    const token = tokens[end]!;
    // A dash joins a unit to its tens ("twenty-five") and nothing else: "fifteen-twenty" is a range.
    const tensUnit = last.value >= 20 && last.value < 100 && word.value < 10;
    if (end > start && (token.clauseBefore || (token.dashBefore && !tensUnit))) break;
    const next = add(sum, word);
    if (!next) break;
    sum = next;
    last = word;
    end++;
    if (word.kind === 'ordinal' || word.inflected) break;
  }
  return {
    start,
    end,
    value: sum.total + sum.part,
    ordinal: last.kind === 'ordinal',
    closed: last.kind === 'ordinal' || last.inflected,
    factor: last.kind === 'multiplier' && last.value >= 1_000 ? last.value : 1,
  };
}

/** A number of two digits, the way a code or a year is said in pairs ("fifty eight | fourteen"). */
function isPair(n: SpokenNumber): boolean {
  return !n.closed && n.value >= 10 && n.value <= 99;
}

/**
 * The number said from `start`: two two-digit numbers said one after the other are one, their digits
 * joined ("fifty eight fourteen" = MCC 5814, "twenty twenty six" = 2026, «пятьдесят девять
 * двенадцать» = 5912) — unless a dash makes them a range.
 */
function spokenNumberAt(
  tokens: readonly Token[],
  start: number,
  context: NumberWordsContext,
): SpokenNumber | null {
  const head = readNumber(tokens, start, context);
  if (!head || !isPair(head)) return head;
  const next = tokens[head.end];
  if (next?.dashBefore || next?.clauseBefore) return head;
  const tail = readNumber(tokens, head.end, context);
  if (!tail || !isPair(tail)) return head;
  // "eleven thirty", "twelve fifteen": a time of day, not 1130 (left to be asked back).
  if (head.value <= 12 && CLOCK_MINUTES.includes(tail.value)) return head;
  return { ...tail, start, value: head.value * 100 + tail.value };
}

/** Minutes a time of day is said with after its hour ("ten thirty", "twelve fifteen"). */
const CLOCK_MINUTES: readonly number[] = [15, 30, 45];

const textAt = (tokens: readonly Token[], k: number): string | null => {
  const t = tokens[k];
  return t?.kind === 'word' ? t.text : null;
};

function meansAt(
  tokens: readonly Token[],
  k: number,
  context: NumberWordsContext,
  test: (m: Meaning) => boolean,
) {
  const text = textAt(tokens, k);
  return text !== null && context.meanings(text).some(test);
}

const isMonth = (m: Meaning) => m.kind === 'monthName';

/**
 * A lone ordinal the vocabulary reads as a word ("first", «первого», «бірінші») is a day when a month
 * stands next to it ("September first", "the first of May", «первого сентября») or ends the range it
 * opens («с первого по пятнадцатое сентября») — unless it numbers a period after it ("the first week
 * of May", «қыркүйектің бірінші аптасы», «қазанның екінші онкүндігі»).
 */
function namesADay(tokens: readonly Token[], n: SpokenNumber, context: NumberWordsContext): boolean {
  if (meansAt(tokens, n.end, context, (m) => m.kind === 'timeUnit' || m.kind === 'halfWord')) return false;
  if (MONTH_DECADE_WORDS.includes(textAt(tokens, n.end) ?? '')) return false;
  const link = (k: number) => MONTH_DAY_LINKS.includes(textAt(tokens, k) ?? '');
  let before = n.start - 1;
  while (link(before)) before--;
  if (meansAt(tokens, before, context, isMonth)) return true;
  let after = n.end;
  if (RANGE_JOINERS.includes(textAt(tokens, after) ?? '')) {
    let day = after + 1;
    while (link(day)) day++;
    const dayAt = (k: number) => tokens[k]?.kind === 'number' || numberWordOf(tokens[k], context) !== null;
    if (dayAt(day)) {
      after = day;
      while (dayAt(after)) after++;
    }
  }
  while (link(after)) after++;
  return meansAt(tokens, after, context, isMonth);
}

/**
 * A two-digit ordinal before the word for a year is a year of this century: «за двадцать пятый год»,
 * «двадцать шестого года», «в двадцать пятом году» = 2025, 2026 (spoken Russian drops the «две тысячи»).
 */
function yearOf(tokens: readonly Token[], n: SpokenNumber, context: NumberWordsContext): number {
  const beforeYear = meansAt(tokens, n.end, context, (m) => m.kind === 'timeUnit' && m.unit === 'year');
  // («в сентябре двадцать пятого», «за лето двадцать пятого»: right after a month or a season, the
  // Russian ordinal in the genitive is its year, the word for a year left out. English "october twenty
  // fifth" is a day.)
  const afterMonth =
    meansAt(tokens, n.start - 1, context, (m) => m.kind === 'monthName' || m.kind === 'seasonName') &&
    /[а-я]ого$/.test(textAt(tokens, n.end - 1) ?? '');
  return n.ordinal && n.value >= 10 && n.value <= 99 && (beforeYear || afterMonth) ? 2000 + n.value : n.value;
}

/**
 * Whether the words become a number token. One word the vocabulary knows stays a word: the vocabulary
 * reads it as the number itself («пять», "ten"), in its phrases ("one row", «на одну карту», «бір
 * жолда») or as what else it means («тоқсан» = quarter, "second", "first half", «второе полугодие») —
 * except an ordinal that is a day of a month.
 */
function becomesNumber(tokens: readonly Token[], n: SpokenNumber, context: NumberWordsContext): boolean {
  if (n.end - n.start > 1) return true;
  const word = tokens[n.start] as Extract<Token, { kind: 'word' }>;
  return !context.known(word.text) || (n.ordinal && namesADay(tokens, n, context));
}

/**
 * Runs of number words as number tokens, as the digits would have been: "two hundred forty" → 240,
 * "ninety fifth" → 95 (an ordinal is its number, as "95th" is), «две тысячи двадцать пять» → 2025,
 * "fifty thousand" → 50 and the word "thousand", as "50 thousand" would be. A run opens with a number
 * word, never with a multiplier: "10 тысяч", "100k" and «больше миллиона» stay the numbers pass's.
 * The token keeps the words as its text.
 */
export function readNumberWords(source: readonly Token[], context: NumberWordsContext): Token[] {
  const tokens = readHalves(source, context);
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const n = spokenNumberAt(tokens, i, context);
    if (!n || !becomesNumber(tokens, n, context)) {
      out.push(tokens[i]!);
      i++;
      continue;
    }
    const first = tokens[n.start]!;
    const end = n.factor > 1 ? n.end - 1 : n.end;
    const text = tokens
      .slice(n.start, end)
      .map((t) => t.text)
      .join(' ');
    out.push(numberToken(first, text, yearOf(tokens, n, context) / n.factor));
    i = end;
  }
  return out;
}

/** The token as a number before a multiplier word, keeping its marks. */
function numberToken(first: Token, text: string, value: number): Token {
  return {
    kind: 'number',
    text,
    value,
    ...(first.dashBefore ? { dashBefore: true as const } : {}),
    ...(first.clauseBefore ? { clauseBefore: true as const } : {}),
  };
}

/**
 * "half a million", «пол-миллиона», «полмиллиона», «жарты миллион» → 0.5 and the multiplier word;
 * "one and a half million", «полутора миллионов», «бір жарым миллион» → 1.5 and the word: as "0.5
 * million" and "1.5 million" are read. Only right before a multiplier ("the first half of 2026" and
 * «пол» alone stay words).
 */
function readHalves(tokens: readonly Token[], context: NumberWordsContext): Token[] {
  const multiplierAt = (k: number) => meansAt(tokens, k, context, (m) => m.kind === 'multiplier');
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const text = textAt(tokens, i);
    const joined = text === null ? null : JOINED_HALF.exec(text);
    if (joined && t.kind === 'word') {
      out.push(numberToken(t, joined[1]!, 0.5), { kind: 'word', text: text!.slice(joined[1]!.length) });
      continue;
    }
    const oneAndHalf = ONE_AND_A_HALF.find(
      (words) => words.every((w, k) => textAt(tokens, i + k) === w) && multiplierAt(i + words.length),
    );
    if (oneAndHalf) {
      out.push(numberToken(t, oneAndHalf.join(' '), 1.5));
      i += oneAndHalf.length - 1;
      continue;
    }
    // "between half a million and a million": "a" before a multiplier is one of it.
    if (text !== null && HALF_LINKS.includes(text) && multiplierAt(i + 1)) {
      out.push(numberToken(t, text, 1));
      continue;
    }
    if (text !== null && HALF_WORDS.includes(text)) {
      const link = HALF_LINKS.includes(textAt(tokens, i + 1) ?? '') ? 1 : 0;
      if (multiplierAt(i + 1 + link)) {
        out.push(numberToken(t, text, 0.5));
        i += link;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}
