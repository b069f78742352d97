import type pg from 'pg';
import { loadCardPseudonymizer } from './card-pseudonym.js';
import { transactionCopyLine } from './copy-format.js';
import { type GenerateOptions, generateTransactions, planDays } from './generate-transactions.js';
import {
  copyIntoTruncatedTable,
  dropIndexesForLoad,
  TRANSACTIONS_WRITE_LOCK,
  withCardKey,
} from './staging-load.js';

export type LoadPhase = 'copy' | 'index' | 'analyze';

export interface LoadProgress {
  phase: LoadPhase;
  /** Rows sent so far. */
  rows: number;
  /** Rows expected in total (an upper bound for the seed: today's future hours are skipped). */
  total: number;
}

export interface SeedOptions extends GenerateOptions {
  /** Delete every existing row first (TRUNCATE … RESTART IDENTITY) in the same transaction. */
  replace?: boolean;
  onProgress?: (progress: LoadProgress) => void;
}

export interface SeedResult {
  inserted: number;
  /** Rows that were deleted because of `replace`. */
  replaced: number;
  /** Newest generated timestamp, null when nothing was generated. */
  newest: Date | null;
  elapsedMs: number;
}

/** The table already holds rows and `replace` was not asked for; nothing was changed. */
export class TransactionsNotEmptyError extends Error {
  constructor(readonly existingRows: number) {
    super(`transactions already has ${existingRows} rows`);
    this.name = 'TransactionsNotEmptyError';
  }
}

/**
 * Fills an empty `transactions` table (or replaces its contents) with
 * generated rows, in one transaction: readers see the old rows or all the
 * new ones, never a half-loaded table. Indexes are dropped and rebuilt
 * around one COPY FREEZE, then the table is analyzed. Throws
 * TransactionsNotEmptyError when rows exist and `replace` is not set.
 */
export async function seedTransactions(client: pg.ClientBase, opts: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const total = planDays(opts).reduce((sum, d) => sum + d.rows, 0);
  const report = opts.onProgress ?? (() => {});
  let inserted = 0;
  let replaced = 0;
  let newest: Date | null = null;

  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [TRANSACTIONS_WRITE_LOCK]);
    const existing = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM public.transactions');
    replaced = Number(existing.rows[0]?.n ?? 0);
    if (replaced > 0 && !opts.replace) throw new TransactionsNotEmptyError(replaced);
    await client.query('TRUNCATE public.transactions RESTART IDENTITY');
    await client.query("SET LOCAL maintenance_work_mem = '128MB'");
    const recreate = await dropIndexesForLoad(client);

    const cardKey = await loadCardPseudonymizer(client);
    const rows = generateTransactions(opts);
    const lines: Iterator<string> = {
      next: () => {
        const r = rows.next();
        if (r.done) return { done: true, value: undefined };
        newest = r.value.transaction_timestamp;
        return { done: false, value: withCardKey(transactionCopyLine(r.value), cardKey(r.value.card_id)) };
      },
    };
    report({ phase: 'copy', rows: 0, total });
    // One COPY: Node formats rows while PostgreSQL parses the previous ones, on the other core.
    inserted = await copyIntoTruncatedTable(client, lines, {
      onRows: (n) => report({ phase: 'copy', rows: n, total }),
    });

    report({ phase: 'index', rows: inserted, total });
    for (const sql of recreate) await client.query(sql);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
  report({ phase: 'analyze', rows: inserted, total });
  await client.query('ANALYZE public.transactions');
  return { inserted, replaced: opts.replace ? replaced : 0, newest, elapsedMs: performance.now() - started };
}
