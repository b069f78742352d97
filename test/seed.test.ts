import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  ACQUIRER_COUNTRIES,
  CURRENCIES,
  cardPseudonym,
  ISSUER_BANKS,
  importTransactionsCsv,
  MCC_CATEGORIES,
  MERCHANT_CITIES,
  POS_ENTRY_MODES,
  seedTransactions,
  TRANSACTION_TYPES,
  TransactionsNotEmptyError,
  topUpTransactions,
  WALLET_TYPES,
} from '@pa/seed';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/root.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { csvText, rowsFor } from './support/transactions-csv.js';

/** 23:59:59.999 in Almaty (UTC+5): the whole last day is generated, so `rows` load exactly. */
const END = new Date('2025-06-30T18:59:59.999Z');

let db: TestDatabase;
let client: pg.PoolClient;

beforeAll(async () => {
  db = await createTestDatabase();
  client = await db.pool.connect();
});

afterAll(async () => {
  client?.release();
  await db?.drop();
});

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const res = await client.query(sql, params);
  return res.rows[0] as T;
}

const CHECKSUM = `SELECT count(*)::int AS n, md5(string_agg(concat_ws('|', transaction_id, transaction_timestamp,
  card_id, expiry_date, issuer_bank_name, merchant_id, merchant_mcc, mcc_category, merchant_city, transaction_type,
  transaction_amount_kzt, original_amount, transaction_currency, acquirer_country_iso, pos_entry_mode, wallet_type),
  E'\\n' ORDER BY transaction_id)) AS md5 FROM transactions`;

describe('seedTransactions', () => {
  it('loads the same rows for the same seed and different rows for another seed', async () => {
    const first = await seedTransactions(client, { rows: 20_000, seed: 11, end: END, replace: true });
    expect(first.inserted).toBe(20_000);
    const a = await one<{ n: number; md5: string }>(CHECKSUM);
    await seedTransactions(client, { rows: 20_000, seed: 11, end: END, replace: true });
    const b = await one<{ n: number; md5: string }>(CHECKSUM);
    await seedTransactions(client, { rows: 20_000, seed: 12, end: END, replace: true });
    const c = await one<{ n: number; md5: string }>(CHECKSUM);
    expect(a.n).toBe(20_000);
    expect(b).toEqual(a);
    expect(c.md5).not.toBe(a.md5);
  });

  it('refuses to load into a table that has rows, and changes nothing', async () => {
    const before = await one<{ n: number; md5: string }>(CHECKSUM);
    await expect(seedTransactions(client, { rows: 1_000, seed: 1, end: END })).rejects.toBeInstanceOf(
      TransactionsNotEmptyError,
    );
    expect(await one(CHECKSUM)).toEqual(before);
  });

  it('keeps every index, constraint and comment of the table across a bulk load', async () => {
    const shape = `SELECT indexname, indexdef, obj_description(format('%I', indexname)::regclass, 'pg_class') AS comment
                     FROM pg_indexes WHERE tablename = 'transactions' ORDER BY indexname`;
    const before = (await client.query(shape)).rows;
    expect(before.map((r) => r.indexname)).toContain('transactions_category_timestamp_idx');
    await seedTransactions(client, { rows: 5_000, seed: 5, end: END, replace: true });
    expect((await client.query(shape)).rows).toEqual(before);
    await expect(
      client.query(`INSERT INTO transactions (transaction_id, transaction_timestamp, card_id, expiry_date, issuer_bank_name,
        merchant_id, merchant_mcc, mcc_category, merchant_city, transaction_type, transaction_amount_kzt,
        transaction_currency, acquirer_country_iso, card_key)
        SELECT transaction_id, now(), 1, '01/30', 'Halyk Bank', 1, 5411, 'Unknown', 'Almaty', 'POS', 1, 'KZT', 'KAZ',
               app.card_pseudonym(1)
          FROM transactions LIMIT 1`),
    ).rejects.toThrow(/duplicate key/);
  });

  it('numbers the rows 1..n, continues the identity after them, and keeps FORCE ROW LEVEL SECURITY', async () => {
    const { inserted } = await seedTransactions(client, { rows: 3_000, seed: 6, end: END, replace: true });
    const ids = await one<{ n: number; lo: string; hi: string; forced: boolean }>(
      `SELECT count(*)::int AS n, min(id)::text AS lo, max(id)::text AS hi,
              (SELECT relforcerowsecurity FROM pg_class WHERE oid = 'public.transactions'::regclass) AS forced
         FROM transactions`,
    );
    expect(ids).toEqual({ n: inserted, lo: '1', hi: String(inserted), forced: true });
    await client.query('BEGIN');
    try {
      const probe = `INSERT INTO transactions (transaction_id, transaction_timestamp, card_id, expiry_date,
          issuer_bank_name, merchant_id, merchant_mcc, mcc_category, merchant_city, transaction_type,
          transaction_amount_kzt, transaction_currency, acquirer_country_iso, card_key)
        VALUES ('TXN_IDENTITY_PROBE', now(), 1, '01/30', 'Halyk Bank', 1, 5411, 'Unknown', 'Almaty', 'POS', 1, 'KZT', 'KAZ',
                app.card_pseudonym(1))
        RETURNING id::text AS id`;
      const next = await one<{ id: string }>(probe);
      expect(next.id).toBe(String(inserted + 1));
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('leaves the old rows, indexes and FORCE ROW LEVEL SECURITY as they were when a load fails half-way', async () => {
    const shape = `SELECT (SELECT relforcerowsecurity FROM pg_class WHERE oid = 'public.transactions'::regclass) AS forced,
                          (SELECT array_agg(indexname ORDER BY indexname) FROM pg_indexes WHERE tablename = 'transactions') AS indexes`;
    const before = { rows: await one(CHECKSUM), shape: await one(shape) };
    await expect(
      seedTransactions(client, {
        rows: 20_000,
        seed: 7,
        end: END,
        replace: true,
        onProgress: (p) => {
          if (p.phase === 'copy' && p.rows > 5_000) throw new Error('disk on fire');
        },
      }),
    ).rejects.toThrow('disk on fire');
    expect({ rows: await one(CHECKSUM), shape: await one(shape) }).toEqual(before);
    expect((await one<{ forced: boolean }>(shape)).forced).toBe(true);
  });

  it('uses exactly the values the CHECK constraints allow', async () => {
    const { rows } = await client.query<{ column: string; def: string }>(
      `SELECT a.attname AS column, pg_get_constraintdef(c.oid) AS def
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.conrelid = 'public.transactions'::regclass AND c.contype = 'c'`,
    );
    const allowed = (column: string) =>
      [...(rows.find((r) => r.column === column)?.def ?? '').matchAll(/'([^']*)'::/g)]
        .map((m) => m[1])
        .sort();
    expect(allowed('issuer_bank_name')).toEqual([...ISSUER_BANKS].sort());
    expect(allowed('mcc_category')).toEqual([...MCC_CATEGORIES].sort());
    expect(allowed('merchant_city')).toEqual([...MERCHANT_CITIES].sort());
    expect(allowed('transaction_type')).toEqual([...TRANSACTION_TYPES].sort());
    expect(allowed('transaction_currency')).toEqual([...CURRENCIES].sort());
    expect(allowed('acquirer_country_iso')).toEqual([...ACQUIRER_COUNTRIES].sort());
    expect(allowed('pos_entry_mode')).toEqual([...POS_ENTRY_MODES].sort());
    expect(allowed('wallet_type')).toEqual([...WALLET_TYPES].sort());
  });
});

describe('the shape of the generated data', () => {
  beforeAll(async () => {
    await seedTransactions(client, { rows: 60_000, seed: 21, end: END, replace: true });
    await client.query("SET TIME ZONE 'Asia/Almaty'");
  });

  it('is mostly KZT; foreign amounts carry the original amount and the matching country', async () => {
    const r = await one<{ kzt: number; bad_kzt: number; bad_foreign: number; currencies: number }>(`
      SELECT avg((transaction_currency = 'KZT')::int)::float AS kzt,
             count(*) FILTER (WHERE transaction_currency = 'KZT' AND (original_amount IS NOT NULL OR acquirer_country_iso <> 'KAZ'))::int AS bad_kzt,
             count(*) FILTER (WHERE transaction_currency <> 'KZT' AND (original_amount IS NULL OR acquirer_country_iso = 'KAZ'))::int AS bad_foreign,
             count(DISTINCT transaction_currency)::int AS currencies
        FROM transactions`);
    expect(r.kzt).toBeGreaterThan(0.9);
    expect(r.kzt).toBeLessThan(0.99);
    expect(r.bad_kzt).toBe(0);
    expect(r.bad_foreign).toBe(0);
    expect(r.currencies).toBeGreaterThanOrEqual(6);
    const pairs = await client.query<{ c: string; a: string }>(
      'SELECT DISTINCT transaction_currency AS c, acquirer_country_iso AS a FROM transactions',
    );
    const expected: Record<string, string> = {
      USD: 'USA',
      EUR: 'ITA',
      CNY: 'CHN',
      TRY: 'TUR',
      UZS: 'UZB',
      KGS: 'KGZ',
      GEL: 'GEO',
      AMD: 'ARM',
      BYN: 'BLR',
      KZT: 'KAZ',
    }; // prettier-ignore
    for (const p of pairs.rows) expect(p.a).toBe(expected[p.c]);
  });

  it('has wallets only on contactless, and entry modes that fit the type', async () => {
    const r = await one<Record<string, number>>(`
      SELECT count(*) FILTER (WHERE wallet_type IS NOT NULL)::int AS wallets,
             count(*) FILTER (WHERE wallet_type IS NOT NULL AND pos_entry_mode IS DISTINCT FROM 'Contactless')::int AS stray_wallets,
             count(*) FILTER (WHERE transaction_type IN ('ATM_WITHDRAWAL', 'P2P_IN', 'P2P_OUT', 'SALARY') AND pos_entry_mode IS NOT NULL)::int AS stray_modes,
             count(*) FILTER (WHERE transaction_type = 'ECOM' AND pos_entry_mode IS DISTINCT FROM 'ECOM')::int AS ecom_not_ecom,
             count(*) FILTER (WHERE transaction_type = 'BILL_PAYMENT' AND pos_entry_mode = 'ECOM')::int AS bills_online,
             count(*) FILTER (WHERE transaction_type = 'BILL_PAYMENT' AND pos_entry_mode IS NULL)::int AS bills_null,
             count(*) FILTER (WHERE transaction_type = 'BILL_PAYMENT' AND pos_entry_mode NOT IN ('ECOM'))::int AS bills_other
        FROM transactions`);
    expect(r.wallets).toBeGreaterThan(1_000);
    expect(r.stray_wallets).toBe(0);
    expect(r.stray_modes).toBe(0);
    expect(r.ecom_not_ecom).toBe(0);
    expect(r.bills_online).toBeGreaterThan(0);
    expect(r.bills_null).toBeGreaterThan(0);
    expect(r.bills_other).toBe(0);
  });

  it('peaks in the evening in Almaty time and is quiet at night', async () => {
    const r = await one<{ evening: number; night: number }>(`
      SELECT count(*) FILTER (WHERE extract(hour FROM transaction_timestamp) BETWEEN 18 AND 20)::int AS evening,
             count(*) FILTER (WHERE extract(hour FROM transaction_timestamp) BETWEEN 2 AND 4)::int AS night
        FROM transactions`);
    expect(r.evening).toBeGreaterThan(10 * r.night);
  });

  it('pays salaries on the 5th and 20th, with a spending spike those days', async () => {
    const r = await one<{
      salary_days: number;
      other_days: number;
      stray_salaries: number;
      salaries: number;
    }>(`
      WITH days AS (
        SELECT transaction_timestamp::date AS d, count(*) AS n FROM transactions
         WHERE transaction_type <> 'SALARY' GROUP BY 1)
      SELECT avg(n) FILTER (WHERE extract(day FROM d) IN (5, 20))::float AS salary_days,
             avg(n) FILTER (WHERE extract(day FROM d) NOT IN (5, 6, 20, 21))::float AS other_days,
             (SELECT count(*) FROM transactions WHERE transaction_type = 'SALARY'
                 AND extract(day FROM transaction_timestamp) NOT IN (5, 20))::int AS stray_salaries,
             (SELECT count(*) FROM transactions WHERE transaction_type = 'SALARY')::int AS salaries
        FROM days`);
    expect(r.salaries).toBeGreaterThan(100);
    expect(r.stray_salaries).toBe(0);
    expect(r.salary_days).toBeGreaterThan(1.15 * r.other_days);
  });

  it('keeps every merchant in one category and city, and every card at one bank with one expiry', async () => {
    const r = await one<Record<string, number>>(`
      SELECT count(DISTINCT merchant_id)::int AS merchants,
             count(DISTINCT (merchant_id, merchant_mcc, mcc_category, merchant_city, acquirer_country_iso))::int AS merchant_facts,
             count(DISTINCT card_id)::int AS cards,
             count(DISTINCT (card_id, issuer_bank_name, expiry_date))::int AS card_facts
        FROM transactions`);
    expect(r.merchants).toBeGreaterThan(1_000);
    expect(r.merchant_facts).toBe(r.merchants);
    expect(r.cards).toBeGreaterThan(5_000);
    expect(r.card_facts).toBe(r.cards);
  });

  it('has unequal banks and cities, Almaty and Astana the biggest', async () => {
    const cities = await client.query<{ merchant_city: string }>(
      'SELECT merchant_city FROM transactions GROUP BY 1 ORDER BY count(*) DESC',
    );
    expect(cities.rows.slice(0, 2).map((r) => r.merchant_city)).toEqual(['Almaty', 'Astana']);
    const banks = await one<{ top: number; bottom: number }>(
      'SELECT max(n)::int AS top, min(n)::int AS bottom FROM (SELECT count(*) AS n FROM transactions GROUP BY issuer_bank_name) b',
    );
    expect(banks.top).toBeGreaterThan(3 * banks.bottom);
  });

  it('has amounts that depend on category and type', async () => {
    const median = async (where: string) =>
      (
        await one<{ m: number }>(
          `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY transaction_amount_kzt)::float AS m FROM transactions WHERE ${where}`,
        )
      ).m;
    const groceries = await median("mcc_category = 'Grocery & Food Markets'");
    const electronics = await median("mcc_category = 'Electronics & Software'");
    const salaries = await median("transaction_type = 'SALARY'");
    const pos = await median("transaction_type = 'POS'");
    expect(electronics).toBeGreaterThan(2 * groceries);
    expect(salaries).toBeGreaterThan(10 * pos);
    const atm = await one<{ odd: number }>(
      "SELECT count(*) FILTER (WHERE transaction_amount_kzt % 1000 <> 0)::int AS odd FROM transactions WHERE transaction_type = 'ATM_WITHDRAWAL'",
    );
    expect(atm.odd).toBe(0);
  });
});

describe('topUpTransactions', () => {
  const NOW = new Date('2025-06-30T10:00:00Z'); // 15:00 in Almaty

  beforeAll(async () => {
    await client.query("SET TIME ZONE 'Asia/Almaty'");
    await seedTransactions(client, {
      rows: 40_000,
      seed: 31,
      end: new Date('2025-06-26T12:00:00Z'),
      replace: true,
    });
  });

  it('fills the gap up to now with the same density, continuing the ids, and is a no-op the second time', async () => {
    const before = await one<{ n: number; max_id: string; newest: Date }>(
      'SELECT count(*)::int AS n, max(transaction_id) AS max_id, max(transaction_timestamp) AS newest FROM transactions',
    );
    const { inserted } = await topUpTransactions(client, { now: NOW, seed: 5 });
    expect(inserted).toBeGreaterThan(100);

    const after = await one<{
      n: number;
      newest: Date;
      today: number;
      yesterday: number;
      first_new: string;
      last_new: string;
    }>(
      `SELECT count(*)::int AS n, max(transaction_timestamp) AS newest,
              count(*) FILTER (WHERE transaction_timestamp >= '2025-06-30' AND transaction_timestamp < '2025-07-01')::int AS today,
              count(*) FILTER (WHERE transaction_timestamp >= '2025-06-29' AND transaction_timestamp < '2025-06-30')::int AS yesterday,
              min(transaction_id) FILTER (WHERE transaction_id > $1) AS first_new,
              max(transaction_id) AS last_new
         FROM transactions`,
      [before.max_id],
    );
    expect(after.n).toBe(before.n + inserted);
    expect(after.newest.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(after.today).toBeGreaterThan(0);
    expect(after.yesterday).toBeGreaterThan(0);
    const num = (id: string) => Number(id.slice(3));
    expect(num(after.first_new)).toBe(num(before.max_id) + 1);
    expect(num(after.last_new)).toBe(num(before.max_id) + inserted);
    const ordered = await one<{ out_of_order: number }>(
      `SELECT count(*)::int AS out_of_order FROM transactions WHERE transaction_id > $1 AND transaction_timestamp <= $2`,
      [before.max_id, before.newest],
    );
    expect(ordered.out_of_order).toBe(0);

    // Same density: whole topped-up days look like the seeded days before them.
    const density = await one<{ seeded: number; topped: number }>(`
      SELECT avg(n) FILTER (WHERE d BETWEEN '2025-05-27' AND '2025-06-25')::float AS seeded,
             avg(n) FILTER (WHERE d BETWEEN '2025-06-27' AND '2025-06-29')::float AS topped
        FROM (SELECT transaction_timestamp::date AS d, count(*) AS n FROM transactions GROUP BY 1) t`);
    expect(density.topped / density.seeded).toBeGreaterThan(0.6);
    expect(density.topped / density.seeded).toBeLessThan(1.6);

    expect(await topUpTransactions(client, { now: NOW, seed: 5 })).toEqual({ inserted: 0 });
    expect((await one<{ n: number }>('SELECT count(*)::int AS n FROM transactions')).n).toBe(after.n);
  });

  it('gives the same rows whether it runs once or several times on the way to now', async () => {
    const seeded = { rows: 40_000, seed: 31, end: new Date('2025-06-26T12:00:00Z'), replace: true };
    await seedTransactions(client, seeded);
    await topUpTransactions(client, { now: new Date('2025-06-27T05:00:00Z'), seed: 5 });
    await topUpTransactions(client, { now: new Date('2025-06-28T20:30:00Z'), seed: 5 });
    await topUpTransactions(client, { now: NOW, seed: 5 });
    const stepwise = await one<{ n: number; md5: string }>(CHECKSUM);
    await seedTransactions(client, seeded);
    await topUpTransactions(client, { now: NOW, seed: 5 });
    const atOnce = await one<{ n: number; md5: string }>(CHECKSUM);
    expect(stepwise).toEqual(atOnce);
  });

  it('is safe when two processes top up at once', async () => {
    const later = new Date(NOW.getTime() + 36 * 3_600_000);
    const before = (await one<{ n: number }>('SELECT count(*)::int AS n FROM transactions')).n;
    const [a, b] = await Promise.all([db.pool.connect(), db.pool.connect()]);
    try {
      const results = await Promise.all([
        topUpTransactions(a, { now: later, seed: 5 }),
        topUpTransactions(b, { now: later, seed: 5 }),
      ]);
      const counts = results.map((r) => r.inserted).sort((x, y) => x - y);
      expect(counts[0]).toBe(0);
      expect(counts[1]).toBeGreaterThan(0);
      const after = await one<{ n: number; ids: number }>(
        'SELECT count(*)::int AS n, count(DISTINCT transaction_id)::int AS ids FROM transactions',
      );
      expect(after.n).toBe(before + counts[1]!);
      expect(after.ids).toBe(after.n);
    } finally {
      a.release();
      b.release();
    }
  });

  it('leaves an empty table empty', async () => {
    await client.query('TRUNCATE transactions');
    expect(await topUpTransactions(client, { now: NOW })).toEqual({ inserted: 0 });
  });
});

describe('card_key, the card pseudonym (migration 009)', () => {
  /** Rows whose card_key is not app.card_pseudonym(card_id), and the distinct cards and keys. */
  const PSEUDONYMS = `SELECT count(*)::int AS n,
                             count(*) FILTER (WHERE card_key IS DISTINCT FROM app.card_pseudonym(card_id))::int AS wrong,
                             count(DISTINCT card_id)::int AS cards, count(DISTINCT card_key)::int AS keys
                        FROM transactions`;
  const secret = async (pool: pg.Pool | pg.PoolClient = client) =>
    (
      await pool.query<{ secret: Buffer; created_at: Date }>(
        'SELECT secret, created_at FROM app.pseudonym_key',
      )
    ).rows;

  beforeAll(async () => {
    await seedTransactions(client, { rows: 20_000, seed: 41, end: END, replace: true });
  });

  it('after a seed (computed in Node): every row has app.card_pseudonym(card_id), one key per card', async () => {
    const r = await one<{ n: number; wrong: number; cards: number; keys: number }>(PSEUDONYMS);
    expect(r.n).toBe(20_000);
    expect(r.wrong).toBe(0);
    expect(r.cards).toBeGreaterThan(1_000);
    expect(r.keys).toBe(r.cards);
  });

  it('is HMAC-SHA256 of the card number under the database secret, first 16 hex digits, in SQL and in Node', async () => {
    const [key] = await secret();
    expect(key!.secret).toHaveLength(32);
    const cards = await client.query<{ card_id: number; card_key: string; in_sql: string }>(
      `SELECT DISTINCT card_id, card_key, app.card_pseudonym(card_id) AS in_sql FROM transactions
        ORDER BY card_id LIMIT 20`,
    );
    expect(cards.rows).toHaveLength(20);
    for (const row of cards.rows) {
      const hmac = createHmac('sha256', key!.secret).update(String(row.card_id)).digest('hex').slice(0, 16);
      expect([row.card_key, row.in_sql, cardPseudonym(key!.secret, row.card_id)]).toEqual([hmac, hmac, hmac]);
    }
  });

  it('after a top-up (computed in SQL): the same', async () => {
    const before = await one<{ n: number }>(PSEUDONYMS);
    const { inserted } = await topUpTransactions(client, { now: new Date('2025-07-15T10:00:00Z'), seed: 5 });
    expect(inserted).toBeGreaterThan(100);
    const r = await one<{ n: number; wrong: number; cards: number; keys: number }>(PSEUDONYMS);
    expect(r.n).toBe(before.n + inserted);
    expect(r.wrong).toBe(0);
    expect(r.keys).toBe(r.cards);
  });

  it('after an import (computed in SQL): the same, for new cards and for cards already there', async () => {
    const rows = rowsFor('PSE', 2_000);
    const before = await one<{ n: number; cards: number }>(PSEUDONYMS);
    const seededCards = new Set(
      (await client.query<{ card_id: number }>('SELECT DISTINCT card_id FROM transactions')).rows.map(
        (r) => r.card_id,
      ),
    );
    const importedCards = new Set(rows.map((r) => r.card_id));
    // Both kinds are there, so both paths are checked.
    expect([...importedCards].some((c) => seededCards.has(c))).toBe(true);
    expect([...importedCards].some((c) => !seededCards.has(c))).toBe(true);
    const result = await importTransactionsCsv(client, [csvText(rows)]);
    expect(result).toEqual({ ok: true, rows: rows.length, inserted: rows.length });
    const r = await one<{ n: number; wrong: number; cards: number; keys: number }>(PSEUDONYMS);
    expect(r.n).toBe(before.n + rows.length);
    expect(r.wrong).toBe(0);
    expect(r.cards).toBe(new Set([...seededCards, ...importedCards]).size);
    expect(r.keys).toBe(r.cards);
  });

  it('shares the secret with databases cloned from the same template; re-running migration 009 keeps it', async () => {
    const clone = await createTestDatabase();
    try {
      expect(await secret(clone.pool)).toEqual(await secret());
    } finally {
      await clone.drop();
    }
    const before = { secret: await secret(), keys: await one(PSEUDONYMS_DIGEST) };
    expect(before.secret).toHaveLength(1);
    await client.query('BEGIN');
    try {
      await client.query(readFileSync(join(repoRoot, 'migrations', '009_card_pseudonym.sql'), 'utf8'));
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    }
    expect({ secret: await secret(), keys: await one(PSEUDONYMS_DIGEST) }).toEqual(before);
    expect((await one<{ wrong: number }>(PSEUDONYMS)).wrong).toBe(0);
  });
});

/** Every row's card pseudonym, as one digest. */
const PSEUDONYMS_DIGEST = `SELECT md5(string_agg(transaction_id || '=' || card_key, ',' ORDER BY transaction_id)) AS md5
                             FROM transactions`;

describe('npm run seed', () => {
  const run = promisify(execFile);
  const seedCli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/seed.ts'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: db.url },
    });

  it('loads an empty table, then says so and does nothing when it has rows', async () => {
    await client.query('TRUNCATE transactions');
    const first = await seedCli(['--rows', '3000', '--seed', '4', '--end', END.toISOString()]);
    expect(first.stdout).toMatch(/loaded 3,000 rows/);
    const second = await seedCli(['--rows', '3000']);
    expect(second.stdout).toMatch(/already has 3,000 rows; nothing changed/);
    expect((await one<{ n: number }>('SELECT count(*)::int AS n FROM transactions')).n).toBe(3_000);
  });

  it('rejects a bad flag with a message and exit code 1', async () => {
    await expect(seedCli(['--rows', 'many'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--rows must be a whole number/),
    });
  });
});
