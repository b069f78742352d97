import type { Cell, Column } from './result.js';

/** Excel reads a file that starts with a byte-order mark as UTF-8 (without it, Cyrillic and ₸ turn to mojibake). */
const BOM = '\uFEFF';
const CRLF = '\r\n';
/** Text a spreadsheet would run as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: Cell | string): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A result's rows as CSV (RFC 4180): a header of column names, CRLF line
 * ends, fields with a comma, quote or line break in quotes with quotes
 * doubled, nulls empty, and a BOM so that Excel opens it as UTF-8. Text that
 * starts like a formula gets a leading `'` so that a spreadsheet shows it
 * rather than running it; numbers are written as they are.
 */
export function resultCsv(columns: readonly Column[], rows: readonly (readonly Cell[])[]): string {
  const lines = [
    columns.map((c) => field(c.name)),
    ...rows.map((r) => columns.map((_, i) => field(r[i] ?? null))),
  ];
  return BOM + lines.map((l) => l.join(',')).join(CRLF) + CRLF;
}
