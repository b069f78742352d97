/**
 * `npm run seed -- [options]`: fills `transactions` with deterministic
 * synthetic card transactions (see --help and docs/data.md).
 */
import { parseArgs } from 'node:util';
import { loadDotEnv } from '@pa/config';
import {
  createProgressBar,
  DEFAULT_MONTHS,
  formatCount,
  formatDuration,
  seedTransactions,
  TransactionsNotEmptyError,
  topUpTransactions,
} from '@pa/seed';
import pg from 'pg';
import { announceDataChange } from './lib/data-version.js';
import { repoRoot } from './lib/root.js';

const HELP = `Usage: npm run seed -- [options]

Fills the transactions table of DATABASE_URL with synthetic card transactions:
deterministic for the same --rows, --seed and end day, shaped like real
spending (evening peaks in Asia/Almaty time, salary days on the 5th and
20th, weekends, holidays, ~95 % KZT, a few thousand merchants, 20 000 cards).

  --rows N      rows over the whole window (default 200000); the hours of the
                last day after --end are not generated, so slightly fewer load
  --seed S      random seed (default 42); the same seed gives the same rows
  --months M    length of the window in months, ending on --end's day (default ${DEFAULT_MONTHS})
  --end ISO     newest possible timestamp, e.g. 2025-06-30T18:00:00Z (default: now)
  --replace     delete every existing row and load anew, in one transaction
                (readers wait, then see either the old rows or the new ones)
  --top-up      do not seed: add rows from the newest existing one up to --end
                (or now), with the same shape and density; a no-op when fresh
  -h, --help    show this help

Without --replace or --top-up the table must be empty: if it already has rows,
seed says so and changes nothing (exit code 0).`;

function wholeNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return n;
}

async function main(): Promise<void> {
  loadDotEnv(repoRoot);
  const { values } = parseArgs({
    options: {
      rows: { type: 'string' },
      seed: { type: 'string' },
      months: { type: 'string' },
      end: { type: 'string' },
      replace: { type: 'boolean', default: false },
      'top-up': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const rows = wholeNumber('rows', values.rows, 200_000, 0, 100_000_000);
  const seed = wholeNumber('seed', values.seed, 42, 0, 2 ** 32 - 1);
  const months = wholeNumber('months', values.months, DEFAULT_MONTHS, 1, 600);
  const end = values.end === undefined ? new Date() : new Date(values.end);
  if (Number.isNaN(end.getTime()))
    throw new Error(`--end must be an ISO date-time, got ${JSON.stringify(values.end)}`);
  if (values.replace && values['top-up']) throw new Error('--replace and --top-up cannot be combined');

  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run `npm run services` first or set it in .env');
  const client = new pg.Client({ connectionString: url, application_name: 'pa-seed' });
  await client.connect();
  const bar = createProgressBar(values['top-up'] ? 'top-up' : 'seed');
  try {
    if (values['top-up']) {
      const started = performance.now();
      const { inserted } = await topUpTransactions(client, {
        now: end,
        seed,
        onProgress: (n) => bar.update(0, n),
      });
      bar.stop();
      if (inserted > 0) await announceDataChange();
      console.log(
        inserted > 0
          ? `seed: topped up ${formatCount(inserted)} rows up to ${end.toISOString()} in ${formatDuration(performance.now() - started)}`
          : 'seed: nothing to top up (the table is empty or already reaches that time)',
      );
      return;
    }
    try {
      const result = await seedTransactions(client, {
        rows,
        seed,
        months,
        end,
        replace: values.replace,
        onProgress: (p) => {
          if (p.phase === 'copy') bar.update(p.total > 0 ? p.rows / p.total : 1, p.rows);
          else bar.note(p.phase === 'index' ? 'building indexes…' : 'analyzing…');
        },
      });
      bar.stop();
      await announceDataChange();
      const rate = result.inserted / (result.elapsedMs / 1000);
      console.log(
        `seed: loaded ${formatCount(result.inserted)} rows (seed ${seed}, ${months} months up to ${end.toISOString()})` +
          `${values.replace ? `, replacing ${formatCount(result.replaced)}` : ''} in ${formatDuration(result.elapsedMs)}` +
          ` — ${formatCount(rate)} rows/s`,
      );
    } catch (err) {
      if (!(err instanceof TransactionsNotEmptyError)) throw err;
      bar.stop();
      console.log(
        `seed: transactions already has ${formatCount(err.existingRows)} rows; nothing changed. ` +
          'Use --replace to delete them and load anew, or --top-up to extend them up to now.',
      );
    }
  } finally {
    bar.stop();
    await client.end();
  }
}

main().catch((err: unknown) => {
  console.error(`seed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
