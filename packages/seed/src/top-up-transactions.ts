import type pg from 'pg';
import { transactionCopyLine } from './copy-format.js';
import { dayWeight } from './data-shape.js';
import { type DayPlan, generatePlannedRows } from './generate-transactions.js';
import { localDayOf, localDayStart } from './local-time.js';
import { hashUniform } from './random.js';
import { createStagingTable, loadInChunks, TRANSACTIONS_WRITE_LOCK } from './staging-load.js';
import { TRANSACTION_ID_DIGITS } from './transaction-schema.js';

export interface TopUpOptions {
  /** Fill up to this instant (inclusive). */
  now: Date;
  /** Seed of the added rows. Default 42. */
  seed?: number;
  onProgress?: (rows: number) => void;
}

export interface TopUpResult {
  inserted: number;
}

/** Days at the start of the data whose density the top-up copies (about a quarter). */
const REFERENCE_DAYS = 91;
const CHUNK_ROWS = 100_000;

/**
 * Makes the data reach `now`: when the newest row is older than `now`, adds
 * rows from just after it up to `now` with the same daily/weekly/hourly
 * shape and the same density, numbered after the highest `TXN##########` id.
 *
 * Density is rows per unit of `dayWeight` over the first 91 full days of
 * the data — a stretch a top-up never writes into once the data spans more
 * than that — and each day's rows come from (seed, day, density) alone. So a
 * second call with the same `now` finds nothing to add: idempotent, and safe
 * when several processes start at once (they serialize on an advisory lock,
 * and the later one sees the rows of the earlier one). An empty table is left
 * empty (seed it instead).
 */
export async function topUpTransactions(client: pg.ClientBase, opts: TopUpOptions): Promise<TopUpResult> {
  const nowMs = opts.now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('now must be a valid Date');
  const seed = opts.seed ?? 42;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [TRANSACTIONS_WRITE_LOCK]);
    const span = await client.query<{ oldest: Date | null; newest: Date | null }>(
      'SELECT min(transaction_timestamp) AS oldest, max(transaction_timestamp) AS newest FROM public.transactions',
    );
    const oldest = span.rows[0]?.oldest ?? null;
    const newest = span.rows[0]?.newest ?? null;
    if (oldest === null || newest === null || newest.getTime() >= nowMs) {
      await client.query('COMMIT');
      return { inserted: 0 };
    }

    const rowsPerWeight = await estimateDensity(client, oldest, newest);
    const plan: DayPlan[] = [];
    for (let day = localDayOf(newest); day <= localDayOf(opts.now); day++) {
      // Fractions are rounded up on a day-dependent share of days, so sparse data keeps its density.
      const expected = rowsPerWeight * dayWeight(day);
      const whole = Math.floor(expected);
      plan.push({ day, rows: whole + (hashUniform(0x70_9b, day) < expected - whole ? 1 : 0) });
    }
    const firstId = (await highestTransactionNumber(client)) + 1;
    const rows = generatePlannedRows(plan, { seed, after: newest.getTime(), until: nowMs, firstId });
    const lines: Iterator<string> = {
      next: () => {
        const r = rows.next();
        return r.done
          ? { done: true, value: undefined }
          : { done: false, value: transactionCopyLine(r.value) };
      },
    };

    await createStagingTable(client);
    const inserted = await loadInChunks(client, lines, { chunkRows: CHUNK_ROWS, onRows: opts.onProgress });
    await client.query('COMMIT');
    return { inserted };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}

/** Rows per unit of day weight over the reference stretch at the start of the data. */
async function estimateDensity(client: pg.ClientBase, oldest: Date, newest: Date): Promise<number> {
  const firstFull = localDayOf(oldest) + 1;
  const end = Math.min(firstFull + REFERENCE_DAYS, localDayOf(newest));
  let from: number;
  let to: number;
  let weight = 0;
  if (end > firstFull) {
    from = localDayStart(firstFull);
    to = localDayStart(end);
    for (let d = firstFull; d < end; d++) weight += dayWeight(d);
  } else {
    // Less than two days of data: all of it, as if it were one average day.
    from = oldest.getTime();
    to = newest.getTime() + 1;
    weight = 1;
  }
  const res = await client.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM public.transactions
      WHERE transaction_timestamp >= $1 AND transaction_timestamp < $2`,
    [new Date(from), new Date(to)],
  );
  return Number(res.rows[0]?.n ?? 0) / weight;
}

/** The number in the highest `TXN` + ten digits id, 0 when there is none. */
async function highestTransactionNumber(client: pg.ClientBase): Promise<number> {
  const res = await client.query<{ id: string | null }>(
    `SELECT max(transaction_id) AS id FROM public.transactions
      WHERE transaction_id BETWEEN 'TXN' AND 'TXN9999999999' AND transaction_id ~ $1`,
    [`^TXN[0-9]{${TRANSACTION_ID_DIGITS}}$`],
  );
  const id = res.rows[0]?.id;
  return id ? Number(id.slice(3)) : 0;
}
