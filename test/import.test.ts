import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { importTransactionsCsv, TRANSACTION_COLUMNS } from '@pa/seed';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/root.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { csvField, csvLine, HEADER, rowsFor } from './support/transactions-csv.js';

let db: TestDatabase;
let client: pg.PoolClient;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  client = await db.pool.connect();
  dir = await mkdtemp(join(tmpdir(), 'pa-import-'));
});

afterAll(async () => {
  client?.release();
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Replaces one field of a CSV line written by csvLine (only category names contain commas, quoted). */
function withField(line: string, column: string, value: string): string {
  const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, ''));
  fields[HEADER.indexOf(column)] = csvField(value);
  return fields.slice(0, HEADER.length).join(',');
}

async function writeCsv(name: string, lines: string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `${[HEADER.join(','), ...lines].join('\r\n')}\r\n`);
  return path;
}

const count = async () =>
  (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM transactions')).rows[0]!.n;

describe('importTransactionsCsv', () => {
  it('loads every row of a valid file, values intact', async () => {
    const rows = rowsFor('IMP', 3_000);
    const path = await writeCsv('valid.csv', rows.map(csvLine));
    const before = await count();
    const progress: number[] = [];
    const result = await importTransactionsCsv(client, createReadStream(path, { highWaterMark: 16_384 }), {
      onProgress: (p) => progress.push(p.bytes),
    });
    expect(result).toEqual({ ok: true, rows: rows.length, inserted: rows.length });
    expect(await count()).toBe(before + rows.length);
    expect(progress.length).toBeGreaterThan(3);

    const loaded = await client.query(
      `SELECT ${TRANSACTION_COLUMNS.join(', ')} FROM transactions WHERE transaction_id LIKE 'IMP%' ORDER BY transaction_id`,
    );
    expect(loaded.rows).toEqual(rows); // pool parses numerics as numbers and timestamptz as Date
  });

  it('reports the 3 bad lines of a file by number and loads nothing', async () => {
    const lines = rowsFor('BAD', 40).map(csvLine);
    const at = (line: number) => line - 2; // file line → index in `lines` (line 1 is the header)
    lines[at(5)] = withField(lines[at(5)]!, 'transaction_amount_kzt', '-150.00');
    lines[at(12)] = withField(lines[at(12)]!, 'transaction_currency', 'Bitcoin');
    lines[at(20)] = withField(lines[at(20)]!, 'transaction_timestamp', '2025-05-20 10:00:00');
    const path = await writeCsv('three-bad.csv', lines);
    const before = await count();

    const result = await importTransactionsCsv(client, createReadStream(path));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.line)).toEqual([5, 12, 20]);
    expect(result.issueCount).toBe(3);
    expect(result.issues[0]?.message).toMatch(/amount.*negative/);
    expect(result.issues[1]?.message).toMatch(/transaction_currency "Bitcoin" is not one of/);
    expect(result.issues[2]?.message).toMatch(/transaction_timestamp .* has no time zone/);
    expect(await count()).toBe(before);
    expect((await client.query("SELECT 1 FROM transactions WHERE transaction_id LIKE 'BAD%'")).rowCount).toBe(
      0,
    );
  });

  it('checks every kind of value the table constrains', async () => {
    const good = csvLine(rowsFor('CHK', 1)[0]!, 0);
    const variant = (name: string, value: string) =>
      withField(withField(good, name, value), 'transaction_id', `CHK-${name}-${value}`);
    const cases: [string, string, RegExp][] = [
      ['expiry_date', '13/27', /expiry MM\/YY/],
      ['transaction_amount_kzt', '10.999', /more than 2 decimals/],
      ['original_amount', 'abc', /not an amount/],
      ['merchant_mcc', '12345', /4-digit MCC/],
      ['card_id', '3000000000', /32-bit/],
      ['transaction_timestamp', '2025-02-30 10:00:00+05:00', /not a real date/],
      ['issuer_bank_name', 'Halyk', /not one of: Halyk Bank/],
      ['merchant_city', '', /merchant_city is empty/],
    ];
    const path = await writeCsv(
      'kinds.csv',
      cases.map(([name, value]) => variant(name, value)),
    );
    const result = await importTransactionsCsv(client, createReadStream(path));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.line)).toEqual(cases.map((_, i) => i + 2));
    for (const [i, [, , pattern]] of cases.entries()) expect(result.issues[i]?.message).toMatch(pattern);
  });

  it('reports ids repeated in the file or already in the table, and loads nothing', async () => {
    const existing = (
      await client.query<{ id: string }>('SELECT transaction_id AS id FROM transactions LIMIT 1')
    ).rows[0]!.id;
    const rows = rowsFor('DUP', 10);
    rows[6] = { ...rows[6]!, transaction_id: rows[2]!.transaction_id };
    rows[8] = { ...rows[8]!, transaction_id: existing };
    const path = await writeCsv('dups.csv', rows.map(csvLine));
    const before = await count();
    const result = await importTransactionsCsv(client, createReadStream(path));
    expect(result).toMatchObject({
      ok: false,
      issueCount: 2,
      issues: [
        { line: 8, message: expect.stringMatching(/already appears on line 4/) },
        { line: 10, message: expect.stringMatching(/already exists in the database/) },
      ],
    });
    expect(await count()).toBe(before);
  });

  it('lists at most 50 problems and counts the rest', async () => {
    const lines = rowsFor('MANY', 120).map((r, i) => withField(csvLine(r, i), 'expiry_date', '00/00'));
    const path = await writeCsv('many.csv', lines);
    const result = await importTransactionsCsv(client, createReadStream(path));
    expect(result).toMatchObject({ ok: false, issueCount: 120 });
    if (!result.ok) expect(result.issues).toHaveLength(50);
  });

  it('rejects a header that does not name the columns', async () => {
    const result = await importTransactionsCsv(client, ['transaction_id,amount\nTXN1,5\n']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ line: 1, message: 'unknown column "amount"' });
    expect(result.issues.some((i) => /missing columns: transaction_timestamp/.test(i.message))).toBe(true);
  });
});

describe('npm run import', () => {
  const run = promisify(execFile);
  const importCli = (file: string) =>
    run(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/import.ts'), file], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: db.url },
    });

  it('exits 1 listing the bad lines, and 0 after loading a good file', async () => {
    const lines = rowsFor('CLI', 30).map(csvLine);
    const bad = [...lines];
    bad[5] = withField(bad[5]!, 'expiry_date', '1/27');
    const badPath = await writeCsv('cli-bad.csv', bad);
    await expect(importCli(badPath)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /1 problem in 30 rows; nothing was loaded\.\n {2}line 7: expiry_date "1\/27"/,
      ),
    });
    const goodPath = await writeCsv('cli-good.csv', lines);
    const ok = await importCli(goodPath);
    expect(ok.stdout).toMatch(/loaded 30 rows/);
  });
});
