/**
 * Loads a CSV of real transactions: validates every row against the
 * table's rules, and loads all of them in one transaction or none.
 */
import type pg from 'pg';
import { COPY_NULL, copyText } from './copy-format.js';
import { type CsvRecord, readCsvRecords } from './csv-records.js';
import {
  copyIntoStaging,
  createStagingTable,
  moveStagedRows,
  STAGING_TABLE,
  TRANSACTIONS_WRITE_LOCK,
} from './staging-load.js';
import {
  ACQUIRER_COUNTRIES,
  CURRENCIES,
  ISSUER_BANKS,
  MCC_CATEGORIES,
  MERCHANT_CITIES,
  NULLABLE_COLUMNS,
  POS_ENTRY_MODES,
  TRANSACTION_COLUMNS,
  TRANSACTION_TYPES,
  type TransactionColumn,
  WALLET_TYPES,
} from './transaction-schema.js';

export interface ImportIssue {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  message: string;
}

export interface ImportProgress {
  /** Data rows read so far. */
  rows: number;
  /** Bytes of the file read so far. */
  bytes: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** How many issues to list (the rest are only counted). Default 50. */
  maxIssues?: number;
}

export type ImportResult =
  | { ok: true; rows: number; inserted: number }
  | { ok: false; rows: number; issues: ImportIssue[]; issueCount: number };

/** A check turns the trimmed CSV text into a COPY value, or pushes a reason and returns ''. */
type Check = (text: string, reasons: string[]) => string;

const INT32_MAX = 2_147_483_647;
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;
const EXPIRY = /^(0[1-9]|1[0-2])\/[0-9]{2}$/;
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

const quoted = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);

function oneOf(values: readonly string[]): Check {
  const allowed = new Set(values);
  const list = values.join(', ');
  return (text, reasons) => {
    if (allowed.has(text)) return text;
    reasons.push(`${quoted(text)} is not one of: ${list}`);
    return '';
  };
}

function integer(min: number, max: number, what: string): Check {
  return (text, reasons) => {
    if (/^-?\d{1,10}$/.test(text)) {
      const n = Number(text);
      if (n >= min && n <= max) return String(n);
    }
    reasons.push(`${quoted(text)} is not ${what}`);
    return '';
  };
}

const amount: Check = (text, reasons) => {
  if (AMOUNT.test(text)) return text;
  if (/^-\d/.test(text)) reasons.push(`${quoted(text)} is negative; amounts must be ≥ 0`);
  else if (/^\d+\.\d{3,}$/.test(text)) reasons.push(`${quoted(text)} has more than 2 decimals`);
  else
    reasons.push(
      `${quoted(text)} is not an amount like 1234.50 (digits, optional 1–2 decimals after a point)`,
    );
  return '';
};

const timestamp: Check = (text, reasons) => {
  const m = TIMESTAMP.exec(text);
  if (!m) {
    reasons.push(
      /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)
        ? `${quoted(text)} has no time zone; add one, e.g. ${text}+05:00 or ${text}Z`
        : `${quoted(text)} is not a timestamp like 2025-03-01 14:05:00+05:00`,
    );
    return '';
  }
  const [, y, mo, d, h, mi, s = '00', frac = '', zone = ''] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  ) {
    reasons.push(`${quoted(text)} is not a real date and time`);
    return '';
  }
  const z =
    zone.toUpperCase() === 'Z'
      ? '+00:00'
      : zone.length === 3
        ? `${zone}:00`
        : zone.includes(':')
          ? zone
          : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  if (Number(z.slice(1, 3)) > 15 || Number(z.slice(4, 6)) > 59) {
    reasons.push(`${quoted(text)} has an impossible time zone offset`);
    return '';
  }
  return `${y}-${mo}-${d} ${h}:${mi}:${s}${frac}${z}`;
};

const CHECKS: Readonly<Record<TransactionColumn, Check>> = {
  transaction_id: (text) => copyText(text),
  transaction_timestamp: timestamp,
  card_id: integer(-INT32_MAX - 1, INT32_MAX, 'a whole number (32-bit)'),
  expiry_date: (text, reasons) => {
    if (EXPIRY.test(text)) return text;
    reasons.push(`${quoted(text)} is not a card expiry MM/YY (e.g. 07/27)`);
    return '';
  },
  issuer_bank_name: oneOf(ISSUER_BANKS),
  merchant_id: integer(-INT32_MAX - 1, INT32_MAX, 'a whole number (32-bit)'),
  merchant_mcc: (text, reasons) => {
    if (/^\d{1,4}$/.test(text)) return String(Number(text));
    reasons.push(`${quoted(text)} is not a 4-digit MCC (0000–9999)`);
    return '';
  },
  mcc_category: oneOf(MCC_CATEGORIES),
  merchant_city: oneOf(MERCHANT_CITIES),
  transaction_type: oneOf(TRANSACTION_TYPES),
  transaction_amount_kzt: amount,
  original_amount: amount,
  transaction_currency: oneOf(CURRENCIES),
  acquirer_country_iso: oneOf(ACQUIRER_COUNTRIES),
  pos_entry_mode: oneOf(POS_ENTRY_MODES),
  wallet_type: oneOf(WALLET_TYPES),
};

const KNOWN_COLUMNS = new Set<string>(['id', ...TRANSACTION_COLUMNS]);

/** Where each table column sits in the file, or the problems with the header. */
function readHeader(fields: string[]): { positions: number[] } | { problems: string[] } {
  const names = fields.map((f) => f.trim().toLowerCase());
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (!KNOWN_COLUMNS.has(name)) problems.push(`unknown column ${quoted(name)}`);
    else if (seen.has(name)) problems.push(`column ${quoted(name)} appears twice`);
    seen.add(name);
  }
  const missing = TRANSACTION_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length > 0)
    problems.push(`missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  if (problems.length > 0) {
    problems.push(`expected a header with ${TRANSACTION_COLUMNS.join(',')} (id is optional and ignored)`);
    return { problems };
  }
  return { positions: TRANSACTION_COLUMNS.map((c) => names.indexOf(c)) };
}

/** Collects the first `max` issues in line order and counts the rest. */
class IssueList {
  readonly items: ImportIssue[] = [];
  count = 0;
  constructor(private readonly max: number) {}
  add(line: number, message: string): void {
    this.count++;
    if (this.items.length < this.max) this.items.push({ line, message });
  }
}

/**
 * Imports a CSV with the `transactions` columns (header row required; `id`
 * optional and ignored; an empty field is NULL in original_amount,
 * pos_entry_mode and wallet_type and an error elsewhere; fields are
 * trimmed). Every row is checked — types, allowed values, MM/YY expiry,
 * timestamps with an explicit zone, amounts ≥ 0 with at most 2 decimals,
 * transaction_id unique in the file and not already in the table. If
 * anything is wrong nothing is loaded and the issues are returned by line;
 * otherwise all rows are inserted in one transaction, in file order.
 */
export async function importTransactionsCsv(
  client: pg.ClientBase,
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const maxIssues = opts.maxIssues ?? 50;
  const issues = new IssueList(maxIssues);
  let bytes = 0;
  let rows = 0;
  const records = readCsvRecords(input, (b) => {
    bytes = b;
    opts.onProgress?.({ rows, bytes });
  });

  const first = await records.next();
  if (first.done || first.value.fields === null) {
    await records.return(undefined);
    return {
      ok: false,
      rows: 0,
      issues: [
        {
          line: 1,
          message: first.done ? 'the file is empty; expected a header row' : `header: ${first.value.error}`,
        },
      ],
      issueCount: 1,
    };
  }
  const header = readHeader(first.value.fields);
  if ('problems' in header) {
    await records.return(undefined);
    return {
      ok: false,
      rows: 0,
      issues: header.problems.map((message) => ({ line: 1, message })),
      issueCount: header.problems.length,
    };
  }
  const { positions } = header;
  const width = first.value.fields.length;

  const lines: AsyncIterator<string> = (async function* () {
    for await (const record of records) {
      rows++;
      const line = toCopyLine(record, positions, width);
      if (typeof line === 'string') yield line;
      else issues.add(record.line, line.problem);
    }
  })();

  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [TRANSACTIONS_WRITE_LOCK]);
    await createStagingTable(client);
    await copyIntoStaging(client, lines, { limit: Number.POSITIVE_INFINITY, withLine: true });
    opts.onProgress?.({ rows, bytes });

    const duplicates = await findDuplicates(client, maxIssues);
    if (issues.count > 0 || duplicates.count > 0) {
      await client.query('ROLLBACK');
      const all = [...issues.items, ...duplicates.items].sort((a, b) => a.line - b.line).slice(0, maxIssues);
      return { ok: false, rows, issues: all, issueCount: issues.count + duplicates.count };
    }
    const inserted = await moveStagedRows(client, { orderByLine: true });
    await client.query('COMMIT');
    return { ok: true, rows, inserted };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    if ((err as { code?: string }).code === '23505') {
      throw new Error(
        `another writer inserted one of these transaction ids meanwhile; nothing was loaded (${(err as Error).message})`,
      );
    }
    throw err;
  }
}

function toCopyLine(record: CsvRecord, positions: number[], width: number): string | { problem: string } {
  if (record.fields === null) return { problem: record.error ?? 'malformed CSV' };
  const fields = record.fields;
  if (fields.length !== width) return { problem: `has ${fields.length} fields, the header has ${width}` };
  const problems: string[] = [];
  const reasons: string[] = [];
  let out = String(record.line);
  for (let c = 0; c < TRANSACTION_COLUMNS.length; c++) {
    const column = TRANSACTION_COLUMNS[c]!;
    const text = fields[positions[c]!]!.trim();
    let value: string;
    if (text === '') {
      if (!NULLABLE_COLUMNS.has(column)) problems.push(`${column} is empty`);
      value = COPY_NULL;
    } else {
      reasons.length = 0;
      value = CHECKS[column](text, reasons);
      if (reasons.length > 0) problems.push(`${column} ${reasons.join('; ')}`);
    }
    out += `\t${value}`;
  }
  return problems.length > 0 ? { problem: problems.join('; ') } : `${out}\n`;
}

/** transaction_id repeated within the file, or already present in the table. */
async function findDuplicates(
  client: pg.ClientBase,
  max: number,
): Promise<{ items: ImportIssue[]; count: number }> {
  const inFile = await client.query<{
    line: number;
    transaction_id: string;
    first_line: number;
    total: string;
  }>(
    `SELECT line, transaction_id, first_line, count(*) OVER ()::text AS total
       FROM (SELECT line, transaction_id, min(line) OVER (PARTITION BY transaction_id) AS first_line
               FROM ${STAGING_TABLE}) s
      WHERE line <> first_line
      ORDER BY line
      LIMIT $1`,
    [max],
  );
  const existing = await client.query<{ line: number; transaction_id: string; total: string }>(
    `SELECT s.line, s.transaction_id, count(*) OVER ()::text AS total
       FROM ${STAGING_TABLE} s
      WHERE EXISTS (SELECT 1 FROM public.transactions t WHERE t.transaction_id = s.transaction_id)
      ORDER BY s.line
      LIMIT $1`,
    [max],
  );
  const items: ImportIssue[] = [
    ...inFile.rows.map((r) => ({
      line: r.line,
      message: `transaction_id ${quoted(r.transaction_id)} already appears on line ${r.first_line}`,
    })),
    ...existing.rows.map((r) => ({
      line: r.line,
      message: `transaction_id ${quoted(r.transaction_id)} already exists in the database`,
    })),
  ];
  const count = Number(inFile.rows[0]?.total ?? 0) + Number(existing.rows[0]?.total ?? 0);
  return { items, count };
}
