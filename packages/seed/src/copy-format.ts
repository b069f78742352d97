/**
 * Rows as lines of PostgreSQL's COPY text format: tab-separated, `\N` for
 * NULL, backslash escapes for backslash, tab, newline and carriage return.
 * This runs once per generated row, so it avoids the slow general paths
 * (toISOString, toFixed) — formatting was most of the generator's cost.
 */
import { DAY_MS } from './local-time.js';
import type { TransactionRow } from './transaction-schema.js';

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** Escapes one non-NULL value for COPY ... FROM STDIN (text format). */
export function copyText(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (ch) =>
    ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r',
  );
}

export const COPY_NULL = '\\N';

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

let cachedDay = Number.NaN;
let cachedDate = '';

/** UTC timestamp as `YYYY-MM-DD HH:MM:SS.mmm+00`. */
export function copyTimestamp(date: Date): string {
  const ms = date.getTime();
  const day = Math.floor(ms / DAY_MS);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDate = new Date(day * DAY_MS).toISOString().slice(0, 10);
  }
  let rest = ms - day * DAY_MS;
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const s = rest % 60;
  rest = (rest - s) / 60;
  const time = `${TWO_DIGITS[(rest - (rest % 60)) / 60]}:${TWO_DIGITS[rest % 60]}:${TWO_DIGITS[s]}`;
  return millis === 0
    ? `${cachedDate} ${time}+00`
    : `${cachedDate} ${time}.${String(millis).padStart(3, '0')}+00`;
}

/** A non-negative amount with exactly two decimals (the value is rounded to cents). */
export function copyAmount(amount: number): string {
  const cents = Math.round(amount * 100);
  if (!Number.isSafeInteger(cents) || cents < 0) return amount.toFixed(2);
  const tenths = cents % 100;
  return `${(cents - tenths) / 100}.${TWO_DIGITS[tenths]}`;
}

/**
 * One row in TRANSACTION_COLUMNS order, newline-terminated. Enum-typed
 * fields are written as they are: none of their allowed values needs escaping.
 */
export function transactionCopyLine(r: TransactionRow): string {
  return `${copyText(r.transaction_id)}\t${copyTimestamp(r.transaction_timestamp)}\t${r.card_id}\t${copyText(r.expiry_date)}\t${r.issuer_bank_name}\t${r.merchant_id}\t${r.merchant_mcc}\t${r.mcc_category}\t${r.merchant_city}\t${r.transaction_type}\t${copyAmount(r.transaction_amount_kzt)}\t${r.original_amount === null ? COPY_NULL : copyAmount(r.original_amount)}\t${r.transaction_currency}\t${r.acquirer_country_iso}\t${r.pos_entry_mode ?? COPY_NULL}\t${r.wallet_type ?? COPY_NULL}\n`;
}
