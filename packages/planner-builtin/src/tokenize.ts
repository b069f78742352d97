import { latinRomanNumerals } from './kazakh-letters.js';
import {
  CARDINAL_CASE_ENDINGS,
  KAZAKH_DAY_POSSESSIVES,
  KAZAKH_SUFFIXES,
  KAZAKH_VOCABULARY,
  ORDINAL_SUFFIXES,
  VOCABULARY,
} from './vocabulary/index.js';
import { CLOCK_WORDS_AFTER, CLOCK_WORDS_BEFORE } from './vocabulary/time.js';

/**
 * A word, a number or a calendar date of a question, after normalisation. `dashBefore`: a dash or a
 * hyphen joins it to the token before ("1-15", "Q1–Q2", "2026-03-01 - 2026-03-15", "топ-5"): the passes
 * read a dash between two numbers or dates as a range, never as a list. A date's `iso` is `yyyy-mm-dd`,
 * or `--mm-dd` (ISO 8601's form for a day of no year) when the question wrote no year («01.09»); it is
 * as written, so it may name a day that does not exist ("31.02.2026"), which the calendar pass asks back.
 */
export type Token = (
  | { kind: 'word'; text: string }
  | { kind: 'number'; text: string; value: number }
  | { kind: 'date'; text: string; iso: string }
) &
  TokenMarks;

/** What stands before a token in the text; the lexicon's items carry the same marks. */
export interface TokenMarks {
  dashBefore?: true;
  /** A sentence or clause ends before it: ".", "?", "!", ":", ";" or a line break in between. */
  clauseBefore?: true;
  /** A comma stands before it: no phrase of the vocabulary reads across it. */
  commaBefore?: true;
  /** It stands inside quotation marks («…», "…", '…', “…”): the number of the quoted span, from 1. */
  quote?: number;
  /** An equals sign stands before it: "transaction_currency = 'CNY'" (the sign itself is no token). */
  equalsBefore?: true;
  /**
   * An underscore joins it to the word before: "wallet_type", "merchant_city" — a column's name, one
   * unit; no phrase starts outside it and ends inside it (read by the lexicon only, not carried on).
   */
  underscoreBefore?: true;
  /** An opening bracket stands before it: "(acquirer country not KAZ)" (phrases still read across). */
  bracketBefore?: true;
  /** A closing bracket stands before it: "(turnover / cards) by city" — where a bracketed aside ends. */
  closeBefore?: true;
  /** A question mark stands before it: the sentence before it was asked ("… above 20 million? Give the sum."). */
  askedBefore?: true;
  /**
   * A number written with an ordinal ending, dropped from its text: "5th", «5-го», «20-м», «3-ші», the
   * Kazakh day's possessive «20-сы». A place or a day, never an amount of money.
   */
  ordinalEnding?: true;
}

/** The marks of a token, with no other field (the lexicon copies them onto its items). */
export function marksOf(token: TokenMarks): TokenMarks {
  return {
    ...(token.bracketBefore ? { bracketBefore: true as const } : {}),
    ...(token.closeBefore ? { closeBefore: true as const } : {}),
    ...(token.askedBefore ? { askedBefore: true as const } : {}),
    ...(token.dashBefore ? { dashBefore: true as const } : {}),
    ...(token.equalsBefore ? { equalsBefore: true as const } : {}),
    ...(token.clauseBefore ? { clauseBefore: true as const } : {}),
    ...(token.commaBefore ? { commaBefore: true as const } : {}),
    ...(token.quote !== undefined ? { quote: token.quote } : {}),
    ...(token.ordinalEnding ? { ordinalEnding: true as const } : {}),
  };
}

/**
 * Lower-cases, folds ё → е, drops possessive 's and the contracted verbs of "I'm" and "we're", and
 * joins digit groups written with spaces ("50 000" → "50000") so that amounts survive tokenisation.
 */
/** Currency signs and the codes the vocabulary knows them by. */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'usd',
  '€': 'eur',
  '₽': 'rub',
  '₺': 'lira',
  '¥': 'yuan',
  '₾': 'lari',
};

export function normalizeQuestion(text: string): string {
  return (
    text
      .normalize('NFKC')
      // "TRY" in capitals is the Turkish lira's code ("for TRY payments"), not the verb "try".
      .replace(/\bTRY\b/g, 'turkish lira')
      // «ТО по POS» in capitals is a risk analyst's «товарооборот» (turnover), not the pronoun «то».
      .replace(/(?<![\p{L}\d])ТО(?![\p{L}\d])/gu, 'оборот')
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/(?<![\p{L}\d])[іiv]+(?![\p{L}\d])/gu, latinRomanNumerals)
      .replace(/[’‘`´]/g, "'")
      // "FY2025", "FY25", "fiscal year 2025": the calendar year (the banks' financial year is it);
      // "Q3'26": the quarter of 2026.
      .replace(/\bfy ?'?(\d{4})\b/g, 'year $1')
      .replace(/\bfy ?'?(\d{2})\b/g, 'year 20$1')
      .replace(/\b(?:fiscal|financial) year\b/g, 'year')
      // "Mon thru Fri", "went thru a wallet": the chat spelling of "through".
      .replace(/\bthru\b/g, 'through')
      .replace(/\bq([1-4]) ?'(\d{2})\b/g, 'q$1 20$2')
      // "2026-09", "за 2026-10": ISO 8601's year and month, the month (not a range of years, nor an
      // amount); a full date, "2026-09-15", is read as one below.
      .replace(
        ISO_YEAR_MONTH,
        (_m, year: string, month: string) => `${MONTH_NAMES[Number(month) - 1]} ${year}`,
      )
      // «1П 2026», «за 2п. 2025»: the Russian reports' short form of the first or second half-year.
      .replace(/(?<![\p{L}\d])([12]) ?п\.? ?(?=(?:19|20)\d{2}(?!\d))/gu, '$1 полугодие ')
      // "Oct'26", "Sept '25", «окт'26», "H2'25": the month (half) of that year, never the 26th of October.
      .replace(/\bh([12]) ?'(\d{2})\b/g, 'h$1 20$2')
      .replace(MONTH_APOSTROPHE_YEAR, (whole: string, month: string, yy: string) =>
        isMonthWord(month) ? `${month} 20${yy}` : whole,
      )
      // "in per cent" (British): the percent.
      .replace(/\bper cent\b/g, 'percent')
      // "the count, 0 if nobody did": a count shows 0 anyway (the hedge is a stop phrase).
      .replace(/\b(?:0|zero) if (none|nobody|no one)\b/g, 'if $1')
      // "give the count, even if it's zero", "(should be 0)": a count shows 0 anyway.
      .replace(/\b(?:even if (?:it'?s |it is )?|should be |expecting )(?:0|zero)\b/g, '')
      .replace(/'s\b/g, '')
      .replace(/n't\b/g, ' not')
      // "I'm", "we're", "they've", "I'd", "we'll": the pronoun is what is left ("m" is not a million).
      .replace(/'(m|re|ve|d|ll)\b/g, '')
      // "$100", "€50", "100 ₽", "₺1000": a currency sign is its code, after the number as the code would be
      // written ("under $100" = under 100 USD, an amount in the original currency, never tenge).
      // (A multiplier stays with its number: "over $100k", "$5 million" = 100k USD, 5 million USD — with the
      // code between them the multiplier was lost, and the amount was 100 dollars.)
      .replace(
        /([$€₽₺¥₾])[ \u00a0\u202f]*(\d[\d.,]*(?:[ \u00a0\u202f]\d{3})*(?:(?:k|m|mn|bn)\b|[ \u00a0\u202f](?:thousand|million|billion)\b)?)/gi,
        '$2 $1',
      )
      .replace(/[$€₽₺¥₾]/g, (sign) => ` ${CURRENCY_SIGNS[sign]} `)
      .replace(
        /(^|[^\d.,])(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?!\d)/g,
        (_m, pre: string, head: string, rest: string) => {
          return pre + head + rest.replace(/[ \u00a0\u202f]/g, '');
        },
      )
      // «тр-ций», «тр-циях», «тр-ции»: the analysts' abbreviation of «транзакций».
      .replace(/(^|[^\p{L}])тр-ц(?=\p{L})/gu, '$1транзакц')
      // "top3", «топ3» typed in a search box: the word and its number.
      .replace(/(^|[^\p{L}\d])(top|топ)(\d{1,3})(?![\p{L}\d])/gu, '$1$2 $3')
      // «кью ар», «кью-ар»: QR dictated letter by letter, one word (the bare «ар» is Kazakh «әр», each).
      .replace(/(^|[^\p{L}])кью[ -]ар(?!\p{L})/gu, '$1кьюар')
      // "Apple/Google/Samsung Pay", "Apple and Google Pay": each brand is its wallet.
      .replace(WALLET_BRAND_LIST, (list: string) =>
        list.replace(/(apple|google|samsung)(?!\s+pay)/g, '$1 pay'),
      )
      // "(count / 30)", "(turnover ÷ cards)": a slash with a space beside it, or the division sign, between
      // a word and a number too — the division a ratio is spelled with (ratio-definitions.ts), or a list.
      // (Words of two letters or more and plain numbers only: not "w/ more", not "25th / 50th".)
      .replace(SPACED_SLASH, ` ${LIST_SLASH} `)
      // "POS/ECOM", "city/bank", «Халык/Каспи»: a slash between two words lists them, as "and" does;
      // it becomes the word LIST_SLASH, which the vocabulary knows as a conjunction (a share of such a
      // list, "POS/ECOM share", is asked back: each one's, or both together?). Not "w/o", "n/a" (single
      // letters) and not "and/or" (a conjunction already).
      .replace(SLASH_BETWEEN_WORDS, (whole: string, left: string, right: string) =>
        CONJUNCTIONS.has(left) || CONJUNCTIONS.has(right) ? whole : `${left} ${LIST_SLASH} `,
      )
      // "smallest & largest", "count & sum": an ampersand between two measure words lists them. Elsewhere
      // it is left to drop, as within the category names it mostly stands in ("Grocery & Food Markets").
      .replace(AMPERSAND_BETWEEN_WORDS, (whole: string, left: string, right: string) =>
        MEASURE_WORDS.has(left) && MEASURE_WORDS.has(right) ? `${left} ${LIST_SLASH} ${right}` : whole,
      )
  );
}

/** "2026-09": a year and a two-digit month joined by a hyphen, no day after it. */
const ISO_YEAR_MONTH = /(?<![\d./-])(20\d{2})-(0[1-9]|1[0-2])(?![\d\p{L}]|[-./]\d)/gu;
/** A word, maybe a dot, and an apostrophe before two digits: "oct'26", "sept. '25", «нояб'26». */
const MONTH_APOSTROPHE_YEAR = /(?<!\p{L})(\p{L}{3,9})\.? ?'(\d{2})(?![\d\p{L}])/gu;
/** The months' names and the stems their abbreviations start with, in the three languages. */
const MONTH_STEMS: readonly string[] = [
  ...['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  ...['янв', 'фев', 'мар', 'апр', 'май', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
  ...['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан'],
  ...['қараша', 'желтоқсан'],
];
/** "oct", "sept", "october", «нояб», «ноябрь», «қазан»: a month's name or its abbreviation. */
function isMonthWord(word: string): boolean {
  const stem = MONTH_STEMS.find((m) => word.startsWith(m));
  if (!stem) return false;
  // (English: a prefix of the name, "octo" but not "marked"; Russian and Kazakh: the stem and an ending.)
  return /^[a-z]+$/.test(word)
    ? [...MONTH_NAMES, 'sept'].some((name) => name.startsWith(word))
    : word.length <= stem.length + 5;
}

const WALLET_BRAND_LIST =
  /(?:apple|google|samsung)(?:(?:\s*[/,&]\s*|\s+(?:and|or|и|или|және|мен)\s+)(?:apple|google|samsung))+\s+pay\b/g;
const SPACED_SLASH =
  /(?<=(?:^|[^\p{L}\d])(?:\p{L}{2,}|\d+))(?:[ \u00a0\u202f]+\/[ \u00a0\u202f]*|[ \u00a0\u202f]*\/[ \u00a0\u202f]+|[ \u00a0\u202f]*÷[ \u00a0\u202f]*)(?=(?:\p{L}{2,}|\d+)(?![\p{L}\d]))/gu;
/** A slash between two words, as the tokenizer keeps it (the fraction slash, never typed in questions). */
export const LIST_SLASH = '⁄';
// (The word after the slash is looked at, not taken: in "ATM/salary/transfers" it is the next pair's first
// word — taken, the second slash was dropped and «salary transfers» read as one thing. A word may hold
// digits inside it, "P2P".)
const SLASH_BETWEEN_WORDS =
  /(\p{L}[\p{L}\d]*\p{L})[ \u00a0\u202f]*\/[ \u00a0\u202f]*(?=(\p{L}[\p{L}\d]*\p{L})(?![\p{L}\d]))/gu;
const AMPERSAND_BETWEEN_WORDS = /(\p{L}{2,})[ \u00a0\u202f]*&[ \u00a0\u202f]*(\p{L}{2,})/gu;
/** The single words that name a measure or its ranking ("min", "sum", "count", "largest"). */
const MEASURE_WORDS: ReadonlySet<string> = new Set(
  VOCABULARY.filter((entry) =>
    ['aggregate', 'amount', 'count', 'superlative', 'total'].includes(entry.meaning.kind),
  ).flatMap((entry) => entry.phrases.filter((phrase) => /^\p{L}+$/u.test(phrase))),
);
/** The single-word conjunctions of the vocabulary ("and", «или», «немесе»): "and/or" is no list. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(
  [...VOCABULARY, ...KAZAKH_VOCABULARY]
    .filter((entry) => entry.meaning.kind === 'conjunction')
    .flatMap((entry) => entry.phrases.filter((phrase) => !phrase.includes(' '))),
);

/** "50,000" → 50000, "1,5" → 1.5, "1.000.000" → 1000000, "12.5" → 12.5; NaN when unreadable. */
export function parseNumber(raw: string): number {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(raw)) return Number(raw.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(raw)) return Number(raw.replace(',', '.'));
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw);
  return Number.NaN;
}

/**
 * An ISO date; a numeric date with its year («01.09.2026», "1.9.2026", "15/09/2026"); a day and month
 * of two digits each («01.09») unless a digit, a letter or "%" follows (then it is a number: "10.05%",
 * "12.10k", "01.09.26"); a number with its suffix; a word; a symbol, comparisons written as operators
 * included (">=", "<>", "!=").
 */
const TOKEN_RE =
  /(\d{4}-\d{2}-\d{2})|(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\/\d{1,2}\/\d{4})(?![.,]?\d)|(\d{2}\.\d{2})(?![.,]?\d|\p{L}|%)|(\d+(?:[.,]\d+)*)(\p{L}*)|([\p{L}\p{N}]+)|(>=|=>|<=|=<|<>|!=|==|[%₸<>+=≥≤≠⁄×#№])/gu;

/**
 * Operators as the words the vocabulary knows: "amount >= 100000" is "at least", "<=" "at most", "<>" /
 * "!=" "not" ("acquirer_country_iso <> KAZ"). They were read as ">" and "<", and "!=" not at all
 * ("merchant_mcc != 5411" was the code itself).
 */
const OPERATORS: Readonly<Record<string, string>> = {
  '>=': '≥',
  '=>': '≥',
  '<=': '≤',
  '=<': '≤',
  '<>': '≠',
  '!=': '≠',
};

const DASH_BETWEEN = /^[ \u00a0\u202f]*[-‐‑‒–—][ \u00a0\u202f]*$/;
/** ".", "?", "!", ":", ";", a line break, or a dash (or two, "--") with spaces around it ("… — risk wants it"). */
const CLAUSE_BREAK = /[.?!:;\n]|\s[-‐‑‒–—]{1,2}\s/;
/** Two or three dots, or an ellipsis, between two dates: "2026-10-05..2026-10-12". */
const DOTS_BETWEEN = /^ *(?:\.{2,3}|…) *$/;
const ORDINALS: ReadonlySet<string> = new Set(ORDINAL_SUFFIXES);
/** A hyphen and nothing else between a date and a Kazakh case ending («01.09.2026-дан»). */
const HYPHEN_ONLY = /^[-‐‑]$/;
const KAZAKH_ENDINGS: ReadonlySet<string> = new Set(KAZAKH_SUFFIXES);

const DATE_SEPARATOR = /[./]/;

/** A month and its year written with a dot: «10.2026», "01.2025". */
const MONTH_YEAR = /^(0?[1-9]|1[0-2])\.(19|20)\d{2}$/;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** The word (or "₸") after position `lastIndex`, past spaces: what a year-less «10.10» is followed by. */
const NEXT_WORD = /[ \u00a0\u202f]*(\p{L}+|₸)/uy;

/**
 * Words of an amount after a number — multipliers and the tenge ("10.10 млн", "12.05 тенге") — from the
 * vocabulary, so that a decimal before one stays a number. Single letters are left out: «к» also joins
 * two compared dates («с 01.09 к 15.09»), and "k" / "m" written apart from a number are rare.
 */
const AMOUNT_WORDS: { exact: ReadonlySet<string>; stems: readonly string[] } = (() => {
  const exact = new Set<string>();
  const stems: string[] = [];
  for (const entry of [...VOCABULARY, ...KAZAKH_VOCABULARY]) {
    if (entry.meaning.kind !== 'multiplier' && entry.meaning.kind !== 'currencyUnit') continue;
    for (const phrase of entry.phrases) {
      if (phrase.includes(' ') || phrase.length < 2) continue;
      if (phrase.endsWith('~') || phrase.endsWith('*')) stems.push(phrase.slice(0, -1));
      else exact.add(phrase);
    }
  }
  return { exact, stems };
})();

function isAmountWord(word: string): boolean {
  return AMOUNT_WORDS.exact.has(word) || AMOUNT_WORDS.stems.some((stem) => word.startsWith(stem));
}

/**
 * Whether a day and month of no year («10.10») is a date, by its neighbours: not before an amount word
 * ("10.10 млн" is a decimal) and not beside a word of the clock ("at 10.05", "10.05 pm" are times).
 */
function dayMonthInContext(before: Token | undefined, after: string | undefined): boolean {
  if (before?.kind === 'word' && CLOCK_WORDS_BEFORE.includes(before.text)) return false;
  return after === undefined || !(isAmountWord(after) || CLOCK_WORDS_AFTER.includes(after));
}

/**
 * The ISO form of a numeric date, or null when the text is not one. Day first, as in Russian and
 * Kazakh: «01.09.2026» is 1 September. With slashes only when no month-first reading is possible
 * ("15/09/2026"; "05/05/2026"): "01/09/2026" is 9 January in American use, so it stays a word to ask
 * back. A year-less «01.09» is a date only when it can be a day and a month ("45.13" is a decimal).
 * The day is not checked against the month here: «31.02.2026» is a date the calendar pass asks back.
 */
export function readNumericDate(text: string, dayFirst = false): string | null {
  const parts = text.split(DATE_SEPARATOR);
  const day = Number(parts[0]);
  const month = Number(parts[1]);
  const yearText = parts[2];
  if (text.includes('/') && (month > 12 || (day <= 12 && day !== month && !dayFirst))) return null;
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  if (yearText === undefined)
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `--${mm}-${dd}` : null;
  return `${yearText}-${mm}-${dd}`;
}

/** A date written with slashes and its year ("01/12/2026"). */
const SLASH_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;

/**
 * "from 25/11/2026 to 01/12/2026": a question that writes one slash date only day first writes its
 * others so too — its "01/12/2026" is 1 December, not a word asked back (alone it reads both ways).
 */
function settleSlashDates(tokens: Token[]): void {
  const dayFirst = tokens.some(
    (t) => t.kind === 'date' && SLASH_DATE.test(t.text) && Number(t.text.split('/')[0]) > 12,
  );
  if (!dayFirst) return;
  tokens.forEach((t, k) => {
    if (t.kind !== 'word' || !SLASH_DATE.test(t.text)) return;
    const iso = readNumericDate(t.text, true);
    if (iso) tokens[k] = { ...t, kind: 'date', iso };
  });
}

/** A decimal written like a day and month: "12.50", "20.10" (before "тенге"), "18.00". */
const TWO_DIGIT_DECIMAL = /^\d{2}\.\d{2}$/;

/**
 * «от 10.10 до 20.10 тенге»: a question that writes one decimal the way it would write a day and
 * month writes its others so too — its year-less «10.10» is then a number, not 10 October, and the
 * reading that cannot be told apart is asked back instead of mixing dates and amounts.
 */
function settleDayMonths(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'number' && TWO_DIGIT_DECIMAL.test(t.text))) return tokens;
  return tokens.flatMap((t): Token[] => {
    if (t.kind !== 'date' || !t.iso.startsWith('--')) return [t];
    // The text is the digits and any Kazakh ending hyphenated to them («15.09-ға»).
    const digits = t.text.slice(0, 5);
    const number: Token = {
      kind: 'number',
      text: digits,
      value: parseNumber(digits),
      ...(t.dashBefore ? { dashBefore: true as const } : {}),
      ...(t.clauseBefore ? { clauseBefore: true as const } : {}),
    };
    const ending = t.text.slice(6);
    return ending ? [number, { kind: 'word', text: ending, dashBefore: true }] : [number];
  });
}

/**
 * Where quoted spans stand in the normalised question: «…», “…”, "…" and '…' (an apostrophe opens a
 * span only before a word and after a space, and closes one only after a word: "cardholders' spend"
 * quotes nothing). Each span is [start, end) with its number, from 1; an unclosed one runs to the end.
 */
export function quoteSpans(text: string): Array<{ from: number; to: number; id: number }> {
  const spans: Array<{ from: number; to: number; id: number }> = [];
  let open: { from: number; closer: string } | null = null;
  const letter = (k: number) => k >= 0 && k < text.length && /[\p{L}\p{N}]/u.test(text[k]!);
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (open) {
      const closes = c === open.closer && (c !== "'" || (letter(k - 1) && !letter(k + 1)));
      if (closes) {
        spans.push({ from: open.from, to: k, id: spans.length + 1 });
        open = null;
      }
      continue;
    }
    if (c === '«') open = { from: k, closer: '»' };
    else if (c === '“' || c === '„') open = { from: k, closer: '”' };
    else if (c === '"') open = { from: k, closer: '"' };
    else if (c === "'" && !letter(k - 1) && letter(k + 1)) open = { from: k, closer: "'" };
  }
  if (open) spans.push({ from: open.from, to: text.length, id: spans.length + 1 });
  return spans;
}

/** Whether a question ends with a question mark, closing brackets or quotes aside. */
export function endsWithQuestionMark(text: string): boolean {
  return /\?[\s)\]»"'”.!]*$/.test(text);
}

/**
 * Words, numbers and dates. An ordinal or case ending written on a number ("90th", "3rd",
 * «95-й», «2-х», «3-ші») is dropped: the number is what the passes read ("3rd quarter" = quarter 3).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let dayMonths = false;
  const normalized = normalizeQuestion(text);
  const quotes = quoteSpans(normalized);
  let end = 0;
  // (Where an equals sign stood: the index of the token after it, marked once all are read.)
  const equals: number[] = [];
  for (const m of normalized.matchAll(TOKEN_RE)) {
    const [whole, date, dated, dayMonth, digits, suffix, word, symbol] = m;
    const gap = normalized.slice(end, m.index);
    end = m.index + whole.length;
    // ("2026-10-05..2026-10-12": two dots between two dates are a range's dash.)
    // («дүйсенбі..жексенбі», "Mon..Sun": two dots between two words too.)
    const dots =
      (((date ?? dated) !== undefined && tokens.at(-1)?.kind === 'date') ||
        (word !== undefined && tokens.at(-1)?.kind === 'word' && gap === '..')) &&
      DOTS_BETWEEN.test(gap);
    const dash: {
      dashBefore?: true;
      clauseBefore?: true;
      quote?: number;
      bracketBefore?: true;
      closeBefore?: true;
      askedBefore?: true;
    } = tokens.length > 0 && (DASH_BETWEEN.test(gap) || dots) ? { dashBefore: true } : {};
    if (tokens.length > 0 && CLAUSE_BREAK.test(gap) && !dots) dash.clauseBefore = true;
    const quote = quotes.find((q) => m.index > q.from && m.index < q.to)?.id;
    if (quote !== undefined) dash.quote = quote;
    const comma = tokens.length > 0 && gap.includes(',') ? { commaBefore: true as const } : {};
    const underscore = tokens.length > 0 && gap === '_' ? { underscoreBefore: true as const } : {};
    if (tokens.length > 0 && gap.includes('(')) dash.bracketBefore = true;
    if (tokens.length > 0 && gap.includes(')')) dash.closeBefore = true;
    if (tokens.length > 0 && gap.includes('?')) dash.askedBefore = true;
    if (date !== undefined) {
      tokens.push({ kind: 'date', text: date, iso: date, ...dash });
    } else if (dated !== undefined) {
      const iso = readNumericDate(dated);
      tokens.push(iso ? { kind: 'date', text: dated, iso, ...dash } : { kind: 'word', text: dated, ...dash });
    } else if (dayMonth !== undefined) {
      // «01.09»: a date, unless its neighbours make it an amount or a time.
      NEXT_WORD.lastIndex = end;
      const after = NEXT_WORD.exec(normalized)?.[1];
      const iso = dayMonthInContext(tokens.at(-1), after) ? readNumericDate(dayMonth) : null;
      if (iso) tokens.push({ kind: 'date', text: dayMonth, iso, ...dash });
      else tokens.push({ kind: 'number', text: dayMonth, value: parseNumber(dayMonth), ...dash });
      dayMonths ||= iso !== null;
    } else if (digits !== undefined && MONTH_YEAR.test(digits) && !suffix) {
      // «за 10.2026», "in 11.2026": a month and its year (a decimal is never written with a year's four
      // digits after its point).
      const [month, year] = digits.split('.') as [string, string];
      tokens.push({ kind: 'word', text: MONTH_NAMES[Number(month) - 1]!, ...dash, ...comma });
      tokens.push({ kind: 'number', text: year, value: Number(year) });
    } else if (digits !== undefined) {
      const value = parseNumber(digits);
      const ordinal =
        suffix && ORDINALS.has(suffix) && !CARDINAL_CASE_ENDINGS.includes(suffix)
          ? { ordinalEnding: true as const }
          : {};
      if (Number.isFinite(value))
        tokens.push({ kind: 'number', text: digits, value, ...dash, ...comma, ...ordinal });
      else tokens.push({ kind: 'word', text: digits, ...dash });
      if (suffix && !(Number.isFinite(value) && ORDINALS.has(suffix)))
        tokens.push({ kind: 'word', text: suffix });
    } else if (word !== undefined) {
      // «95-й», «3-ші»: an ending hyphenated to a number.
      const last = tokens.at(-1);
      const ending =
        (dash.dashBefore && ORDINALS.has(word)) ||
        (HYPHEN_ONLY.test(gap) && KAZAKH_DAY_POSSESSIVES.includes(word));
      if (last?.kind === 'number' && ending) {
        if (!CARDINAL_CASE_ENDINGS.includes(word))
          tokens[tokens.length - 1] = { ...last, ordinalEnding: true };
        continue;
      }
      // «01.09.2026-дан», «15.09-ға»: a Kazakh case ending hyphenated to a date is part of its text,
      // where the calendar pass reads it (the ablative opens a range) like the ending of a month name.
      if (last?.kind === 'date' && HYPHEN_ONLY.test(gap) && KAZAKH_ENDINGS.has(word)) {
        tokens[tokens.length - 1] = { ...last, text: `${last.text}-${word}` };
        continue;
      }
      tokens.push({ kind: 'word', text: word, ...dash, ...comma, ...underscore });
    } else if (symbol !== undefined) {
      // "merchant_mcc = 5411", "acquirer_country_iso = TUR": the column and its value say the condition.
      if (symbol === '=' || symbol === '==') {
        equals.push(tokens.length);
        continue;
      }
      // "# of payments", «№ операций»: the sign says "number of" before a word; before a number
      // ("merchant #1234", «№ 5411») it only marks the number.
      if ((symbol === '#' || symbol === '№') && /^\s*\d/.test(normalized.slice(end))) continue;
      // ("…, % change": a comma before a sign lists it as it does a word.)
      tokens.push({ kind: 'word', text: OPERATORS[symbol] ?? symbol, ...dash, ...comma });
    }
  }
  for (const k of equals) if (tokens[k]) tokens[k] = { ...tokens[k], equalsBefore: true };
  settleSlashDates(tokens);
  return dayMonths ? settleDayMonths(tokens) : tokens;
}
