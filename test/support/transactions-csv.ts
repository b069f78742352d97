import { generateTransactions, TRANSACTION_COLUMNS, type TransactionRow } from '@pa/seed';

/** Columns in a different order than the table, with the optional id column first. */
export const HEADER = ['id', ...[...TRANSACTION_COLUMNS].reverse()];

export const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** A row as an exporter might write it: local time with offset, NULL as empty, quoted where needed. */
export function csvLine(row: TransactionRow, index: number): string {
  const local = new Date(row.transaction_timestamp.getTime() + 5 * 3_600_000).toISOString().slice(0, 19);
  const value = (c: string): string => {
    if (c === 'id') return String(index + 1);
    if (c === 'transaction_timestamp') return `${local.replace('T', ' ')}+05:00`;
    const v = row[c as keyof TransactionRow];
    if (v === null) return '';
    if (typeof v === 'number') return c.includes('amount') ? v.toFixed(2) : String(v);
    return String(v);
  };
  return HEADER.map((c) => csvField(value(c))).join(',');
}

/** `count` generated rows (May 2025, seed 99) whose transaction ids start with `prefix` instead of TXN. */
export function rowsFor(prefix: string, count: number): TransactionRow[] {
  const rows = [
    ...generateTransactions({ rows: count, seed: 99, end: new Date('2025-05-31T18:59:59Z'), months: 1 }),
  ];
  return rows.map((r) => ({ ...r, transaction_id: `${prefix}${r.transaction_id.slice(3)}` }));
}

/** A whole CSV file (header and CRLF line ends) of `rows`. */
export function csvText(rows: readonly TransactionRow[]): string {
  return `${[HEADER.join(','), ...rows.map(csvLine)].join('\r\n')}\r\n`;
}
