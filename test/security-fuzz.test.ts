/**
 * Property: whatever statement the guard accepts, the executor running it for
 * a bank changes nothing and returns exactly what that bank would see if the
 * database held only its rows. Statements are assembled from grammar fragments,
 * harmless and hostile. Those the guard refuses are run directly too (database
 * layers alone) once the superuser hardening is in place.
 */
import { defaultExecuteLimits, type ExecuteLimits, type ExecuteResult } from '@pa/db';
import { guardSql, loadGuard } from '@pa/sql-guard';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCaller } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { attempt, foreignBankCells, type Outcome } from './support/security/corpus.js';
import { createSecurityDatabase, type SecurityDatabase } from './support/security/database.js';
import { fingerprint } from './support/security/fingerprint.js';

const TENANT = 'Kaspi Bank';
const tenant = testCaller(TENANT);
const everything = testCaller('*');
const limits: ExecuteLimits = { ...defaultExecuteLimits, statementTimeoutMs: 2_000 };

let db: SecurityDatabase;
/** A clone holding only the tenant's rows: what the tenant sees must equal what '*' sees there. */
let reference: TestDatabase;
beforeAll(async () => {
  await loadGuard();
  [db, reference] = await Promise.all([createSecurityDatabase(), createTestDatabase()]);
  await reference.pool.query('DELETE FROM transactions WHERE issuer_bank_name <> $1', [TENANT]);
  await reference.pool.query('ANALYZE transactions');
});
afterAll(async () => {
  await Promise.all([db?.drop(), reference?.drop()]);
});

const keys = [
  'merchant_city',
  'mcc_category',
  'issuer_bank_name',
  'transaction_type',
  'acquirer_country_iso',
];
const aggregates = [
  'count(*)',
  'sum(transaction_amount_kzt)',
  'round(avg(transaction_amount_kzt), 2)',
  'max(transaction_amount_kzt)',
  'min(transaction_timestamp)',
  'count(DISTINCT card_key)',
  'count(DISTINCT merchant_id)',
  "count(*) FILTER (WHERE transaction_type = 'POS')",
];
const hostileItems = [
  // Not readable by pa_reader at all (migration 009).
  'card_id',
  'expiry_date',
  'transaction_id',
  'max(id)',
  'to_jsonb(transactions)',
  // Taken from pa_reader by the superuser hardening (results that grow without bound).
  "string_agg(DISTINCT issuer_bank_name, ',')",
  "set_config('app.tenant_bank', '*', true)",
  "current_setting('app.tenant_bank')",
  'pg_sleep(0.05)',
  'pg_backend_pid()',
  "query_to_xml('SELECT issuer_bank_name FROM transactions', true, false, '')",
  'ctid',
  "(SELECT count(*) FROM transactions WHERE issuer_bank_name = 'Halyk Bank')",
];
const sources = [
  'transactions',
  'public.transactions',
  'transactions t',
  `(SELECT merchant_city, mcc_category, issuer_bank_name, transaction_type, acquirer_country_iso,
           transaction_amount_kzt, transaction_timestamp, merchant_id, card_key FROM transactions) s`,
  `(SELECT merchant_city, mcc_category, issuer_bank_name, transaction_type, acquirer_country_iso,
           transaction_amount_kzt, transaction_timestamp, merchant_id, card_key
      FROM transactions WHERE issuer_bank_name = 'Halyk Bank') h`,
  'app.question_history',
  'pg_catalog.pg_class',
  'transactions, transactions x',
];
const filters = [
  "merchant_city = 'Almaty'",
  'transaction_amount_kzt > 10000',
  "transaction_timestamp >= DATE '2024-01-01'",
  "issuer_bank_name <> 'Kaspi Bank'",
  "issuer_bank_name = 'Halyk Bank'",
  "issuer_bank_name IN ('Halyk Bank', 'Jusan Bank', 'Kaspi Bank')",
  'card_id > 1000',
  "EXISTS (SELECT 1 FROM transactions x WHERE x.issuer_bank_name = 'Halyk Bank')",
  "merchant_city IN (SELECT merchant_city FROM transactions WHERE issuer_bank_name = 'Jusan Bank')",
  "set_config('app.tenant_bank', '*', true) IS NOT NULL",
  'pg_sleep(0.01) IS NOT NULL',
  'transaction_type IN (SELECT transaction_type FROM transactions GROUP BY 1 HAVING count(*) > 10)',
];
const wholeStatements = [
  'DELETE FROM transactions',
  "UPDATE transactions SET transaction_amount_kzt = 0 WHERE issuer_bank_name = 'Halyk Bank'",
  "INSERT INTO transactions (transaction_id) VALUES ('TXN-FUZZ')",
  'WITH d AS (DELETE FROM transactions RETURNING *) SELECT count(*) FROM d',
  'TRUNCATE transactions',
  'DROP TABLE transactions',
  "SELECT count(*) FROM transactions; SET app.tenant_bank = '*'",
  'SELECT merchant_id FROM transactions FOR UPDATE',
  'CREATE TABLE leak AS SELECT issuer_bank_name FROM transactions',
];

const selectList = fc
  .tuple(
    fc.subarray(keys, { minLength: 0, maxLength: 2 }),
    fc.subarray(aggregates, { minLength: 1, maxLength: 3 }),
    fc.oneof(
      { arbitrary: fc.constant(null), weight: 7 },
      { arbitrary: fc.constantFrom(...hostileItems), weight: 3 },
    ),
  )
  .map(([k, a, hostile]) => ({ keys: k, items: [...k, ...a, ...(hostile ? [hostile] : [])] }));

const grouped = fc
  .record({
    list: selectList,
    from: fc.constantFrom(...sources),
    where: fc.subarray(filters, { minLength: 0, maxLength: 2 }),
    having: fc.boolean(),
  })
  .map(({ list, from, where, having }) => {
    let sql = `SELECT ${list.items.join(', ')} FROM ${from}`;
    if (where.length > 0) sql += ` WHERE ${where.join(' AND ')}`;
    if (list.keys.length > 0) sql += ` GROUP BY ${list.keys.join(', ')}`;
    if (having) sql += ' HAVING count(*) > 1';
    return sql;
  });

const union = fc
  .tuple(fc.constantFrom(...keys), fc.constantFrom(...filters), fc.constantFrom(...filters), fc.boolean())
  .map(
    ([key, f1, f2, all]) =>
      `SELECT ${key}, count(*) FROM transactions WHERE ${f1} GROUP BY 1
       UNION${all ? ' ALL' : ''} SELECT ${key}, count(*) FROM public.transactions WHERE ${f2} GROUP BY 1`,
  );

const windowed = fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...filters)).map(
  ([key, f]) =>
    `SELECT DISTINCT ${key}, count(*) OVER (PARTITION BY ${key}) AS n,
              sum(transaction_amount_kzt) OVER (PARTITION BY ${key}) AS total
         FROM transactions WHERE ${f}`,
);

const cte = fc
  .tuple(grouped, fc.boolean())
  .map(
    ([inner, materialized]) => `WITH q AS${materialized ? ' MATERIALIZED' : ''} (${inner}) SELECT * FROM q`,
  );

const statement = fc.oneof(
  { arbitrary: grouped, weight: 5 },
  { arbitrary: union, weight: 2 },
  { arbitrary: windowed, weight: 2 },
  { arbitrary: cte, weight: 2 },
  { arbitrary: fc.constantFrom(...wholeStatements), weight: 1 },
);

/** Rows as sorted JSON lines, so that results compare whatever order the plans chose. */
function rowSet(result: ExecuteResult): string[] {
  return result.rows.map((r) => JSON.stringify(r)).sort();
}

function describeOutcome(o: Outcome): string {
  return o.ok ? `${o.result.rowCount} rows` : `${o.error.failure}: ${o.error.message}`;
}

describe('assembled statements', () => {
  it('accepted by the guard: change nothing and return exactly the tenant-only answer', async () => {
    const before = await fingerprint(db.pool);
    const tally = { accepted: 0, compared: 0, refused: 0, refusedRun: 0 };

    await fc.assert(
      fc.asyncProperty(statement, async (sql) => {
        const verdict = guardSql(sql);
        if (!verdict.allowed) {
          tally.refused++;
          if (!db.hardened) return;
          // Database layers alone: anything they let through still shows only the tenant's banks.
          tally.refusedRun++;
          const direct = await attempt(db.pool, sql, tenant, limits);
          if (direct.ok) expect(foreignBankCells(direct.result, db.banks, TENANT), sql).toEqual([]);
          return;
        }
        tally.accepted++;
        const seen = await attempt(db.pool, verdict.sql, tenant, limits);
        if (!seen.ok) {
          expect(seen.error.failure, `${sql}\n${describeOutcome(seen)}`).not.toBe('unavailable');
          return;
        }
        expect(foreignBankCells(seen.result, db.banks, TENANT), sql).toEqual([]);
        const expected = await attempt(reference.pool, verdict.sql, everything, limits);
        expect(expected.ok, `${sql}\nreference: ${describeOutcome(expected)}`).toBe(true);
        if (!expected.ok) return;
        expect(seen.result.truncated, sql).toBe(expected.result.truncated);
        if (seen.result.truncated) {
          expect(seen.result.rowCount, sql).toBe(expected.result.rowCount);
        } else {
          tally.compared++;
          expect(rowSet(seen.result), sql).toEqual(rowSet(expected.result));
        }
      }),
      { numRuns: 150 },
    );

    const after = await fingerprint(db.pool);
    expect(after.data).toEqual(before.data);
    expect(after.catalog).toEqual(before.catalog);
    console.info(`fuzz: ${JSON.stringify(tally)} (hardened: ${db.hardened})`);
    // The property is not vacuous: many statements ran and were compared, many were refused.
    expect(tally.compared).toBeGreaterThanOrEqual(30);
    expect(tally.refused).toBeGreaterThanOrEqual(20);
  });
});
