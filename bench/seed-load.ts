/**
 * Load speed of the synthetic seed: the COPY loader (`seedTransactions`)
 * against a baseline of plain multi-row INSERT batches of 1 000 rows, for
 * the same generated rows, in a scratch database dropped afterwards.
 *
 *   npm run bench:seed -- [--rows 200000,1000000] [--repeat 3]
 *
 * CI runs a smoke form (a few thousand rows, one run) in test/bench-smoke.test.ts.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDotEnv } from '@pa/config';
import { migrate, readMigrations } from '@pa/db';
import {
  type CardPseudonymizer,
  formatCount,
  generateTransactions,
  loadCardPseudonymizer,
  seedTransactions,
  TRANSACTION_COLUMNS,
  type TransactionRow,
} from '@pa/seed';
import pg from 'pg';
import { repoRoot } from '../scripts/lib/root.js';
import { dropScratchDatabase, withDatabase } from '../scripts/lib/scratch-database.js';

const INSERT_BATCH = 1_000;
const SEED = 42;
const END = new Date('2025-06-30T18:00:00Z');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The bound values of one row: TRANSACTION_COLUMNS, then card_key. */
function params(row: TransactionRow, cardKey: CardPseudonymizer): unknown[] {
  const values: unknown[] = TRANSACTION_COLUMNS.map((c) => {
    const v = row[c];
    return v instanceof Date ? v.toISOString() : v;
  });
  values.push(cardKey(row.card_id));
  return values;
}

const ROW_WIDTH = TRANSACTION_COLUMNS.length + 1;

/** The baseline: one transaction, INSERT … VALUES with 1 000 rows (16 000 parameters) per statement. */
async function insertBatches(client: pg.Client, rows: number): Promise<number> {
  const started = performance.now();
  await client.query('BEGIN');
  await client.query('TRUNCATE public.transactions RESTART IDENTITY');
  const columns = `${TRANSACTION_COLUMNS.join(', ')}, card_key`;
  const cardKey = await loadCardPseudonymizer(client);
  let batch: unknown[] = [];
  let n = 0;
  const flush = async () => {
    const count = batch.length / ROW_WIDTH;
    const tuples = Array.from(
      { length: count },
      (_, r) => `(${Array.from({ length: ROW_WIDTH }, (_, c) => `$${r * ROW_WIDTH + c + 1}`).join(',')})`,
    );
    await client.query(`INSERT INTO public.transactions (${columns}) VALUES ${tuples.join(',')}`, batch);
    batch = [];
  };
  for (const row of generateTransactions({ rows, seed: SEED, end: END })) {
    batch.push(...params(row, cardKey));
    n++;
    if (n % INSERT_BATCH === 0) await flush();
  }
  if (batch.length > 0) await flush();
  await client.query('COMMIT');
  await client.query('ANALYZE public.transactions');
  return performance.now() - started;
}

async function main(): Promise<void> {
  loadDotEnv(repoRoot);
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '200000,1000000' },
      repeat: { type: 'string', default: '3' },
    },
  });
  const sizes = values.rows.split(',').map((s) => Number(s.replaceAll('_', '')));
  const repeat = Number(values.repeat);
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) throw new Error('DATABASE_URL is not set: run `npm run services` first');

  const database = `scratch_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  console.log(`scratch database: ${database} (dropped at the end)`);
  const client = new pg.Client({ connectionString: withDatabase(baseUrl, database) });
  try {
    await client.connect();
    await migrate(client, readMigrations(join(repoRoot, 'migrations')));
    const indexes = await client.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'transactions' ORDER BY 1`,
    );
    console.log(`indexes on transactions: ${indexes.rows.map((r) => r.indexname).join(', ')}`);
    console.log(
      `machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    for (const rows of sizes) {
      const copy: number[] = [];
      const phases: string[] = [];
      const insert: number[] = [];
      for (let i = 0; i < repeat; i++) {
        const marks: Record<string, number> = {};
        const t0 = performance.now();
        const res = await seedTransactions(client, {
          rows,
          seed: SEED,
          end: END,
          replace: true,
          onProgress: (p) => {
            marks[p.phase] ??= performance.now() - t0;
          },
        });
        copy.push((res.inserted * 1000) / res.elapsedMs);
        phases.push(
          `copy ${formatCount(marks.index ?? 0)} ms, indexes ${formatCount((marks.analyze ?? 0) - (marks.index ?? 0))} ms, analyze ${formatCount(res.elapsedMs - (marks.analyze ?? 0))} ms`,
        );
        const ms = await insertBatches(client, rows);
        insert.push((res.inserted * 1000) / ms);
      }
      console.log(
        `${formatCount(rows)} rows: COPY loader ${formatCount(median(copy))} rows/s (runs: ${copy.map(formatCount).join(', ')})` +
          ` | INSERT ×${INSERT_BATCH} baseline ${formatCount(median(insert))} rows/s (runs: ${insert.map(formatCount).join(', ')})` +
          ` | speed-up ×${(median(copy) / median(insert)).toFixed(1)}`,
      );
      console.log(`  COPY loader phases, last run: ${phases.at(-1)}`);
    }
  } finally {
    await client.end().catch(() => {});
    await dropScratchDatabase(admin, database);
    await admin.end();
  }
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
