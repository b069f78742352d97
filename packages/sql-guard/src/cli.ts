/**
 * Checks SQL statements from a JSONL file or stdin with the guard.
 *
 *   npm run guard -- --file cases.jsonl     (or --file -, or no --file: stdin)
 *
 * Input lines: {"id": ..., "sql": "..."}. Output: one {"id","allowed","reasons"} line per case, then
 * `guard: N allowed, M rejected`. Guard time per statement (p50 / p95) goes to stderr.
 */
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { guardBatch, summaryLine, timingLine } from './batch.js';
import { guardSql } from './guard.js';
import { loadGuard } from './parser.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { file: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write('usage: npm run guard -- [--file cases.jsonl | --file -]\n');
    return;
  }
  const file = values.file;
  const input =
    file === undefined || file === '-'
      ? process.stdin
      : (await open(file)).createReadStream({ encoding: 'utf8' });
  await loadGuard();
  // The first call pays once per process for warming up the parser; time the steady state.
  guardSql('SELECT 1');
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const summary = await guardBatch(lines, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`${summaryLine(summary)}\n`);
  process.stderr.write(`${timingLine(summary)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`guard: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
