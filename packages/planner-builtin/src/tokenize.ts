/** A word, a number or an ISO date of a question, after normalisation. */
export type Token =
  | { kind: 'word'; text: string }
  | { kind: 'number'; text: string; value: number }
  | { kind: 'date'; text: string; iso: string };

/**
 * Lower-cases, folds ё → е, drops possessive 's, and joins digit groups written with spaces
 * ("50 000" → "50000") so that amounts survive tokenisation.
 */
export function normalizeQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/n't\b/g, ' not')
    .replace(
      /(^|[^\d.,])(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?!\d)/g,
      (_m, pre: string, head: string, rest: string) => {
        return pre + head + rest.replace(/[ \u00a0\u202f]/g, '');
      },
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

const TOKEN_RE = /(\d{4}-\d{2}-\d{2})|(\d+(?:[.,]\d+)*)(\p{L}*)|([\p{L}\p{N}]+)|([%₸<>])/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normalizeQuestion(text).matchAll(TOKEN_RE)) {
    const [, date, digits, suffix, word, symbol] = m;
    if (date !== undefined) {
      tokens.push({ kind: 'date', text: date, iso: date });
    } else if (digits !== undefined) {
      const value = parseNumber(digits);
      if (Number.isFinite(value)) tokens.push({ kind: 'number', text: digits, value });
      else tokens.push({ kind: 'word', text: digits });
      if (suffix) tokens.push({ kind: 'word', text: suffix });
    } else if (word !== undefined) {
      tokens.push({ kind: 'word', text: word });
    } else if (symbol !== undefined) {
      tokens.push({ kind: 'word', text: symbol });
    }
  }
  return tokens;
}
