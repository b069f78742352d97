import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { transactionCopyLine } from './copy-format.js';
import { generateTransactions, planDays } from './generate-transactions.js';
import { localDayOf } from './local-time.js';

const END = new Date('2025-06-30T13:30:00Z'); // 18:30 in Almaty

function checksum(rows: number, seed: number, end = END): { hash: string; count: number } {
  const hash = createHash('sha256');
  let count = 0;
  for (const row of generateTransactions({ rows, seed, end })) {
    hash.update(transactionCopyLine(row));
    count++;
  }
  return { hash: hash.digest('hex'), count };
}

describe('generateTransactions', () => {
  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    const a = checksum(5_000, 1);
    expect(checksum(5_000, 1)).toEqual(a);
    expect(checksum(5_000, 2).hash).not.toBe(a.hash);
  });

  it('gives the same rows for any end time on the same day, up to that time (a prefix)', () => {
    const early = [...generateTransactions({ rows: 20_000, seed: 3, end: new Date('2025-06-30T02:00:00Z') })];
    const late = [...generateTransactions({ rows: 20_000, seed: 3, end: END })];
    expect(late.length).toBeGreaterThan(early.length);
    expect(late.slice(0, early.length)).toEqual(early);
  });

  it('plans exactly `rows` over the window, ending on the end day', () => {
    const plan = planDays({ rows: 10_000, seed: 1, end: END, months: 24 });
    expect(plan.reduce((s, d) => s + d.rows, 0)).toBe(10_000);
    expect(plan.at(-1)?.day).toBe(localDayOf(END));
    expect(plan.length).toBeGreaterThanOrEqual(730);
    expect(plan.length).toBeLessThanOrEqual(731);
  });

  it('numbers rows in time order, never after `end`, with unique ids', () => {
    const rows = [...generateTransactions({ rows: 8_000, seed: 9, end: END, months: 3 })];
    expect(rows.length).toBeGreaterThan(7_800);
    expect(rows.length).toBeLessThanOrEqual(8_000);
    rows.forEach((r, i) => {
      expect(r.transaction_id).toBe(`TXN${String(i + 1).padStart(10, '0')}`);
      expect(r.transaction_timestamp.getTime()).toBeLessThanOrEqual(END.getTime());
      if (i > 0) expect(r.transaction_timestamp >= rows[i - 1]!.transaction_timestamp).toBe(true);
    });
  });

  it('rejects nonsense options', () => {
    expect(() => planDays({ rows: -1, seed: 1, end: END })).toThrow(/rows/);
    expect(() => planDays({ rows: 1, seed: 1.5, end: END })).toThrow(/seed/);
    expect(() => planDays({ rows: 1, seed: 1, end: new Date('nope') })).toThrow(/end/);
    expect(() => planDays({ rows: 1, seed: 1, end: END, months: 0 })).toThrow(/months/);
  });
});
