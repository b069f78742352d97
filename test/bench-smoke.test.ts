/**
 * The benchmarks' short smoke form: they run end to end and print their
 * figures next to the baseline. Speed itself is judged from full runs
 * (docs/data.md), never asserted here.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../scripts/lib/root.js';

const run = promisify(execFile);

describe('bench/seed-load.ts', () => {
  it("prints the loader's and the INSERT baseline's rates for the same rows, then drops its scratch database", async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'bench/seed-load.ts'), '--rows', '4000', '--repeat', '1'],
      { cwd: repoRoot, env: { ...process.env, DATABASE_URL: inject('databaseUrl') } },
    );
    expect(stdout).toMatch(
      /^4,000 rows: COPY loader [\d,]+ rows\/s \(runs: [\d,]+\) \| INSERT ×1000 baseline [\d,]+ rows\/s \(runs: [\d,]+\) \| speed-up ×\d+\.\d$/m,
    );
    expect(stdout).toMatch(
      /^ {2}COPY loader phases, last run: copy [\d,]+ ms, indexes [\d,]+ ms, analyze [\d,]+ ms$/m,
    );
    const scratch = /^scratch database: (\w+) /m.exec(stdout)?.[1];
    expect(scratch).toMatch(/^scratch_bench_\d+$/);
    const admin = new pg.Client({ connectionString: inject('databaseUrl') });
    await admin.connect();
    try {
      const left = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [scratch]);
      expect(left.rowCount).toBe(0);
    } finally {
      await admin.end();
    }
  });
});
