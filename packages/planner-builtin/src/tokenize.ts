import { ORDINAL_SUFFIXES } from './vocabulary/index.js';

/**
 * A word, a number or an ISO date of a question, after normalisation. `dashBefore`: a dash or a hyphen
 * joins it to the token before ("1-15", "Q1–Q2", "2026-03-01 - 2026-03-15", "топ-5"): the passes read
 * a dash between two numbers or dates as a range, never as a list.
 */
export type Token = (
  | { kind: 'word'; text: string }
  | { kind: 'number'; text: string; value: number }
  | { kind: 'date'; text: string; iso: string }
) & {
  dashBefore?: true;
  /** A sentence or clause ends before it: ".", "?", "!", ":", ";" or a line break in between. */
  clauseBefore?: true;
};

/**
 * Lower-cases, folds ё → е, drops possessive 's and the contracted verbs of "I'm" and "we're", and
 * joins digit groups written with spaces ("50 000" → "50000") so that amounts survive tokenisation.
 */
export function normalizeQuestion(text: string): string {
  return (
    text
      .normalize('NFKC')
      // "TRY" in capitals is the Turkish lira's code ("for TRY payments"), not the verb "try".
      .replace(/\bTRY\b/g, 'turkish lira')
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[’‘`´]/g, "'")
      .replace(/'s\b/g, '')
      .replace(/n't\b/g, ' not')
      // "I'm", "we're", "they've", "I'd", "we'll": the pronoun is what is left ("m" is not a million).
      .replace(/'(m|re|ve|d|ll)\b/g, '')
      .replace(
        /(^|[^\d.,])(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?!\d)/g,
        (_m, pre: string, head: string, rest: string) => {
          return pre + head + rest.replace(/[ \u00a0\u202f]/g, '');
        },
      )
  );
}

/** "50,000" → 50000, "1,5" → 1.5, "1.000.000" → 1000000, "12.5" → 12.5; NaN when unreadable. */
export function parseNumber(raw: string): number {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(raw)) return Number(raw.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(raw)) return Number(raw.replace(',', '.'));
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw);
  return Number.NaN;
}

const TOKEN_RE = /(\d{4}-\d{2}-\d{2})|(\d+(?:[.,]\d+)*)(\p{L}*)|([\p{L}\p{N}]+)|([%₸<>+])/gu;

const DASH_BETWEEN = /^[ \u00a0\u202f]*[-‐‑‒–—][ \u00a0\u202f]*$/;
/** ".", "?", "!", ":", ";", a line break, or a dash with spaces around it ("… — risk wants it"). */
const CLAUSE_BREAK = /[.?!:;\n]|\s[-‐‑‒–—]\s/;
const ORDINALS: ReadonlySet<string> = new Set(ORDINAL_SUFFIXES);

/**
 * Words, numbers and ISO dates. An ordinal or case ending written on a number ("90th", "3rd",
 * «95-й», «2-х», «3-ші») is dropped: the number is what the passes read ("3rd quarter" = quarter 3).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const normalized = normalizeQuestion(text);
  let end = 0;
  for (const m of normalized.matchAll(TOKEN_RE)) {
    const [whole, date, digits, suffix, word, symbol] = m;
    const gap = normalized.slice(end, m.index);
    end = m.index + whole.length;
    const dash: { dashBefore?: true; clauseBefore?: true } =
      tokens.length > 0 && DASH_BETWEEN.test(gap) ? { dashBefore: true } : {};
    if (tokens.length > 0 && CLAUSE_BREAK.test(gap)) dash.clauseBefore = true;
    if (date !== undefined) {
      tokens.push({ kind: 'date', text: date, iso: date, ...dash });
    } else if (digits !== undefined) {
      const value = parseNumber(digits);
      if (Number.isFinite(value)) tokens.push({ kind: 'number', text: digits, value, ...dash });
      else tokens.push({ kind: 'word', text: digits, ...dash });
      if (suffix && !(Number.isFinite(value) && ORDINALS.has(suffix)))
        tokens.push({ kind: 'word', text: suffix });
    } else if (word !== undefined) {
      // «95-й», «3-ші»: an ending hyphenated to a number.
      const last = tokens.at(-1);
      if (last?.kind === 'number' && dash.dashBefore && ORDINALS.has(word)) continue;
      tokens.push({ kind: 'word', text: word, ...dash });
    } else if (symbol !== undefined) {
      tokens.push({ kind: 'word', text: symbol, ...dash });
    }
  }
  return tokens;
}
