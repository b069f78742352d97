/**
 * `npm run import -- file.csv`: loads real transactions from a CSV file,
 * all rows or none (see --help and docs/data.md).
 */
import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDotEnv } from '@pa/config';
import {
  createProgressBar,
  formatCount,
  formatDuration,
  importTransactionsCsv,
  TRANSACTION_COLUMNS,
} from '@pa/seed';
import pg from 'pg';
import { announceDataChange } from './lib/data-version.js';
import { repoRoot } from './lib/root.js';

const HELP = `Usage: npm run import -- <file.csv> [--max-issues N]

Loads the rows of a CSV file into the transactions table of DATABASE_URL,
in one transaction: every row is checked first, and if any row is invalid
nothing is loaded, the problems are listed by line and the exit code is 1.

The first row names the columns (any order):
  ${TRANSACTION_COLUMNS.join(',')}
An "id" column may be present and is ignored. Fields are trimmed; an empty
field means NULL for original_amount, pos_entry_mode and wallet_type and is
an error elsewhere. Timestamps need a zone (2025-03-01 14:05:00+05:00 or
...Z); amounts are ≥ 0 with at most 2 decimals; expiry_date is MM/YY;
transaction_id must be unique in the file and new to the table.

  --max-issues N   how many problems to list (default 50; the rest are counted)
  -h, --help       show this help`;

async function main(): Promise<void> {
  loadDotEnv(repoRoot);
  const { values, positionals } = parseArgs({
    options: {
      'max-issues': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (positionals.length !== 1)
    throw new Error('expected exactly one CSV file (npm run import -- file.csv); see --help');
  const maxIssues = values['max-issues'] === undefined ? 50 : Number(values['max-issues']);
  if (!Number.isSafeInteger(maxIssues) || maxIssues < 1)
    throw new Error('--max-issues must be a whole number ≥ 1');
  const path = resolve(process.cwd(), positionals[0]!);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new Error(`cannot read ${path}`);
  }

  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run `npm run services` first or set it in .env');
  const client = new pg.Client({ connectionString: url, application_name: 'pa-import' });
  await client.connect();
  const bar = createProgressBar('import');
  const started = performance.now();
  try {
    const result = await importTransactionsCsv(client, createReadStream(path, { highWaterMark: 1 << 16 }), {
      maxIssues,
      onProgress: (p) => bar.update(size > 0 ? p.bytes / size : 1, p.rows),
    });
    bar.stop();
    if (result.ok) {
      await announceDataChange();
      console.log(
        `import: loaded ${formatCount(result.inserted)} rows from ${positionals[0]} in ${formatDuration(performance.now() - started)}`,
      );
      return;
    }
    const lines = result.issues.map((i) => `  line ${i.line}: ${i.message}`);
    const rest = result.issueCount - result.issues.length;
    if (rest > 0) lines.push(`  … and ${formatCount(rest)} more`);
    console.error(
      `import: ${positionals[0]} has ${formatCount(result.issueCount)} problem${result.issueCount === 1 ? '' : 's'}` +
        ` in ${formatCount(result.rows)} rows; nothing was loaded.\n${lines.join('\n')}`,
    );
    process.exitCode = 1;
  } finally {
    bar.stop();
    await client.end();
  }
}

main().catch((err: unknown) => {
  console.error(`import: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
