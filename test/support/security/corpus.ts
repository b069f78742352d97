import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Caller } from '@pa/contracts';
import { type ExecuteLimits, type ExecuteResult, ExecutionError, executeReadOnly } from '@pa/db';
import type pg from 'pg';
import { repoRoot } from '../../../scripts/lib/root.js';

export interface CorpusCase {
  id: string;
  sql: string;
  category: string;
}

/** One of the guard corpora in test/fixtures/guard (one JSON object a line). */
export function readCorpus(name: 'adversarial' | 'benign'): CorpusCase[] {
  const text = readFileSync(join(repoRoot, 'test', 'fixtures', 'guard', `${name}.jsonl`), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { id, sql, category } = JSON.parse(line) as CorpusCase;
      return { id, sql, category };
    });
}

export type Outcome =
  | { ok: true; result: ExecuteResult; ms: number }
  | { ok: false; error: ExecutionError; ms: number };

/** Runs a statement through the executor and reports how it ended instead of throwing. */
export async function attempt(
  pool: pg.Pool,
  sql: string,
  caller: Pick<Caller, 'tenant' | 'time_zone'>,
  limits: ExecuteLimits,
): Promise<Outcome> {
  const started = performance.now();
  try {
    const result = await executeReadOnly(pool, sql, caller, limits);
    return { ok: true, result, ms: performance.now() - started };
  } catch (err) {
    if (!(err instanceof ExecutionError)) throw err;
    return { ok: false, error: err, ms: performance.now() - started };
  }
}

/** Runs `work` over `items` with at most `concurrency` in flight; results in input order. */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      results[i] = await work(items[i]!);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * Banks other than the tenant's named anywhere in a result's cells (also
 * inside longer text such as a string_agg). The seeded banks are the only
 * values of issuer_bank_name and no bank's name contains another's, so such a
 * cell, whatever its column is called, carries another tenant's data.
 */
export function foreignBankCells(result: ExecuteResult, banks: readonly string[], tenant: string): string[] {
  const foreign = banks.filter((b) => b !== tenant);
  const found: string[] = [];
  for (const row of result.rows) {
    for (const cell of row) {
      if (typeof cell !== 'string') continue;
      for (const bank of foreign) if (cell.includes(bank)) found.push(bank);
    }
  }
  return found;
}

/** Values pa_reader must never see, read by the service user from the test database. */
export interface PersonalValues {
  cardIds: ReadonlySet<string>;
  expiries: ReadonlySet<string>;
  transactionIds: ReadonlySet<string>;
}

export async function readPersonalValues(pool: pg.Pool): Promise<PersonalValues> {
  const res = await pool.query<{ card_ids: string[]; expiries: string[]; transaction_ids: string[] }>(
    `SELECT array_agg(DISTINCT card_id::text) AS card_ids, array_agg(DISTINCT expiry_date) AS expiries,
            array_agg(transaction_id) AS transaction_ids
       FROM transactions`,
  );
  const row = res.rows[0]!;
  return {
    cardIds: new Set(row.card_ids),
    expiries: new Set(row.expiries),
    transactionIds: new Set(row.transaction_ids),
  };
}

/**
 * Card numbers, expiry dates and transaction ids found in a result: a cell equal to one, or text
 * holding one as a separate token (inside JSON, a row literal, a concatenation). Card numbers are
 * 8-digit integers and expiry dates MM/YY, so one hit can be chance (a sum that happens to equal a
 * card number); an attack returns many, so three distinct values of a kind count as a leak. One
 * transaction id (TXN and ten digits) is never chance.
 */
export function personalCells(result: ExecuteResult, personal: PersonalValues): string[] {
  const cards = new Set<string>();
  const expiries = new Set<string>();
  const transactions = new Set<string>();
  for (const row of result.rows) {
    for (const cell of row) {
      if (cell === null || typeof cell === 'boolean') continue;
      for (const token of String(cell).split(/[^0-9A-Za-z/]+/)) {
        if (personal.cardIds.has(token)) cards.add(token);
        if (personal.expiries.has(token)) expiries.add(token);
        if (personal.transactionIds.has(token)) transactions.add(token);
      }
    }
  }
  return [
    ...(cards.size >= 3 ? [...cards].map((v) => `card_id ${v}`) : []),
    ...(expiries.size >= 3 ? [...expiries].map((v) => `expiry_date ${v}`) : []),
    ...[...transactions].map((v) => `transaction_id ${v}`),
  ];
}
