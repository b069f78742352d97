/**
 * Least privilege, read from the catalog and tried for real: what pa_reader
 * may do holds on its own, also outside the executor's READ ONLY transaction.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { READER_COLUMNS, WITHHELD_COLUMNS } from '@pa/contracts';
import { defaultExecuteLimits, executeReadOnly } from '@pa/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hardenDatabase } from '../scripts/harden.js';
import { repoRoot } from '../scripts/lib/root.js';
import { testCaller } from './support/auth.js';
import { attempt } from './support/security/corpus.js';
import { createSecurityDatabase, type SecurityDatabase } from './support/security/database.js';
import { fingerprint, ownCatalog } from './support/security/fingerprint.js';
import { dropRoleEverywhere } from './support/security/roles.js';

const admin = testCaller('*');
const kaspi = testCaller('Kaspi Bank');

let db: SecurityDatabase;
beforeAll(async () => {
  db = await createSecurityDatabase();
});
afterAll(async () => {
  await db?.drop();
});

/** What migration 009 must let pa_reader read of transactions (the guard's policy follows the same list). */
const READABLE_COLUMNS: readonly string[] = READER_COLUMNS;
/** Personal (card_id, expiry_date) or numbered across every bank (id, transaction_id). */
const UNREADABLE_COLUMNS: readonly string[] = WITHHELD_COLUMNS;

/** Functions whose result grows without bound; the hardening takes them from pa_reader. */
const GROWTH_FUNCTIONS = [
  'repeat',
  'lpad',
  'rpad',
  'replace',
  'regexp_replace',
  'regexp_split_to_array',
  'regexp_split_to_table',
  'translate',
  'overlay',
  'format',
  'array_fill',
  'generate_series',
  'string_agg',
  'array_agg',
  'json_agg',
  'jsonb_agg',
  'json_agg_strict',
  'jsonb_agg_strict',
  'json_object_agg',
  'jsonb_object_agg',
  'xmlagg',
  'factorial',
];

async function one<T>(sql: string, values: unknown[] = []): Promise<T> {
  const res = await db.pool.query(sql, values);
  return res.rows[0] as T;
}

describe('pa_reader in the catalog', () => {
  it('is a plain role: no login, no superuser, no BYPASSRLS, no inheritance, member of nothing', async () => {
    const role = await one<Record<string, boolean>>(
      `SELECT rolsuper, rolcanlogin, rolbypassrls, rolinherit, rolcreaterole, rolcreatedb, rolreplication
         FROM pg_roles WHERE rolname = 'pa_reader'`,
    );
    expect(Object.values(role).every((v) => v === false)).toBe(true);
    const memberOf = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_auth_members WHERE member = 'pa_reader'::regrole`,
    );
    expect(memberOf.n).toBe(0);
  });

  it('uses the analytics schema only, and creates nothing anywhere', async () => {
    const p = await one<Record<string, boolean>>(
      `SELECT has_schema_privilege('pa_reader', 'public', 'USAGE') AS public_usage,
              has_schema_privilege('pa_reader', 'public', 'CREATE') AS public_create,
              has_schema_privilege('pa_reader', 'app', 'USAGE') AS app_usage,
              has_schema_privilege('pa_reader', 'app', 'CREATE') AS app_create,
              has_database_privilege('pa_reader', current_database(), 'CREATE') AS db_create,
              has_database_privilege('pa_reader', current_database(), 'TEMPORARY') AS db_temp`,
    );
    expect(p).toEqual({
      public_usage: true,
      public_create: false,
      app_usage: false,
      app_create: false,
      db_create: false,
      db_temp: false,
    });
    const creatable = await db.pool.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE has_schema_privilege('pa_reader', oid, 'CREATE')`,
    );
    expect(creatable.rows).toEqual([]);
  });

  it('may SELECT the readable columns of public.transactions and nothing else outside the system catalogs; write nothing', async () => {
    // Table-level privileges: none at all (a table-level SELECT would cover card_id and the ids again).
    const res = await db.pool.query<{ name: string; privilege: string }>(
      `SELECT c.oid::regclass::text AS name, p.privilege
         FROM pg_class c
        CROSS JOIN unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) AS p(privilege)
        WHERE c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace,
                                     'pg_toast'::regnamespace)
          AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
          AND has_table_privilege('pa_reader', c.oid, p.privilege)
        ORDER BY 1, 2`,
    );
    expect(res.rows).toEqual([]);
    // Column privileges: SELECT on exactly the columns migration 009 lists, nothing else on any column.
    const columns = await db.pool.query<{ name: string; column: string; privilege: string }>(
      `SELECT c.oid::regclass::text AS name, a.attname::text AS column, p.privilege
         FROM pg_class c
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        CROSS JOIN unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']) AS p(privilege)
        WHERE c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace,
                                     'pg_toast'::regnamespace)
          AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
          AND has_column_privilege('pa_reader', c.oid, a.attnum, p.privilege)
        ORDER BY 1, 2, 3`,
    );
    expect(columns.rows).toEqual(
      [...READABLE_COLUMNS].sort().map((column) => ({ name: 'transactions', column, privilege: 'SELECT' })),
    );
    // Everything else in transactions is one of the four unreadable columns.
    const all = await db.pool.query<{ column: string }>(
      `SELECT attname::text AS column FROM pg_attribute
        WHERE attrelid = 'public.transactions'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY 1`,
    );
    expect(all.rows.map((r) => r.column).filter((c) => !READABLE_COLUMNS.includes(c))).toEqual(
      [...UNREADABLE_COLUMNS].sort(),
    );
    const routines = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_proc
        WHERE pronamespace IN ('public'::regnamespace, 'app'::regnamespace)
          AND has_function_privilege('pa_reader', oid, 'EXECUTE')`,
    );
    expect(routines.n).toBe(0);
  });

  it('reads transactions under row-level security that even the owner cannot skip', async () => {
    const t = await one<{ rls: boolean; forced: boolean; policies: string[] }>(
      `SELECT relrowsecurity AS rls, relforcerowsecurity AS forced,
              (SELECT array_agg(polname::text ORDER BY polname) FROM pg_policy WHERE polrelid = c.oid) AS policies
         FROM pg_class c WHERE oid = 'public.transactions'::regclass`,
    );
    expect(t).toEqual({
      rls: true,
      forced: true,
      policies: ['transactions_owner_all', 'transactions_tenant_read'],
    });
  });
});

describe('pa_reader outside READ ONLY (privileges alone)', () => {
  const attempts: Array<[string, string]> = [
    ['INSERT INTO transactions', `INSERT INTO transactions (transaction_id) VALUES ('x')`],
    ['UPDATE transactions', 'UPDATE transactions SET transaction_amount_kzt = 0'],
    ['DELETE FROM transactions', 'DELETE FROM transactions'],
    ['TRUNCATE transactions', 'TRUNCATE transactions'],
    ['ALTER TABLE transactions', 'ALTER TABLE transactions DISABLE ROW LEVEL SECURITY'],
    ['CREATE TABLE in public', 'CREATE TABLE public.leak (x int)'],
    ['CREATE TEMP TABLE', 'CREATE TEMP TABLE leak (x int)'],
    ['CREATE FUNCTION in pg_temp', `CREATE FUNCTION pg_temp.f() RETURNS int LANGUAGE sql AS 'select 1'`],
    ['CREATE SCHEMA', 'CREATE SCHEMA evil'],
    ['SELECT the app schema', 'SELECT count(*) FROM app.question_history'],
    [
      'INSERT into the app schema',
      `INSERT INTO app.planner_examples (question, sql, source) VALUES ('q', 's', 'golden')`,
    ],
    ['GRANT', 'GRANT SELECT ON app.question_history TO pa_reader'],
  ];
  for (const [name, sql] of attempts) {
    it(`refuses ${name}`, async () => {
      const client = await db.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.tenant_bank', 'Kaspi Bank', true)`);
        await client.query('SET LOCAL ROLE pa_reader');
        const error = await client.query(sql).then(
          () => null,
          (err: { code?: string }) => err,
        );
        expect(error?.code, sql).toBe('42501');
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
    });
  }
});

describe('what privileges alone do not stop', () => {
  it('a second statement could SET ROLE back to the service user: hence one SELECT per statement, no set_config', async () => {
    // SET ROLE is checked against the session user, who may always return to itself. A single SELECT
    // cannot run SET; the executor sends planned SQL in the extended protocol (one statement only),
    // and the superuser hardening takes set_config('role', ...) away from pa_reader.
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE pa_reader');
      await client.query('SET LOCAL ROLE NONE');
      const who = await client.query<{ user: string }>('SELECT current_user AS user');
      const session = await client.query<{ user: string }>('SELECT session_user AS user');
      expect(who.rows[0]!.user).toBe(session.rows[0]!.user);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});

describe('the superuser hardening', () => {
  it('takes set_config, locks, sleep, SQL-text and WAL functions from pa_reader; the service user keeps what it uses', async (ctx) => {
    if (!db.hardened) {
      console.info(
        'no superuser hardening in this database (no superuser login found); see docs/security.md',
      );
      ctx.skip();
    }
    const reader = await db.pool.query<{ fn: string }>(
      `SELECT p.oid::regprocedure::text AS fn FROM pg_proc p
        WHERE p.pronamespace = 'pg_catalog'::regnamespace
          AND p.proname IN ('set_config', 'pg_advisory_lock', 'pg_advisory_xact_lock', 'pg_try_advisory_lock',
                            'pg_sleep', 'pg_sleep_for', 'pg_sleep_until', 'pg_terminate_backend', 'pg_cancel_backend',
                            'query_to_xml', 'table_to_xml', 'database_to_xml', 'cursor_to_xml',
                            'pg_logical_emit_message', 'pg_notify', 'lo_import', 'lo_export', 'lo_get', 'lo_open')
          AND has_function_privilege('pa_reader', p.oid, 'EXECUTE')`,
    );
    expect(reader.rows).toEqual([]);
    const service = await one<Record<string, boolean>>(
      `SELECT has_function_privilege(current_user, 'pg_catalog.set_config(text,text,boolean)', 'EXECUTE') AS set_config,
              has_function_privilege(current_user, 'pg_catalog.pg_advisory_xact_lock(bigint)', 'EXECUTE') AS xact_lock,
              has_function_privilege(current_user, 'pg_catalog.pg_advisory_unlock_all()', 'EXECUTE') AS unlock_all,
              has_parameter_privilege(current_user, 'temp_file_limit', 'SET') AS temp_file_limit,
              has_function_privilege(current_user, 'pg_catalog.query_to_xml(text,boolean,boolean,text)', 'EXECUTE')
                AS query_to_xml`,
    );
    expect(service).toEqual({
      set_config: true,
      xact_lock: true,
      unlock_all: true,
      temp_file_limit: true,
      query_to_xml: false,
    });
    // The reader still has what row-level security and analytics need.
    const kept = await one<Record<string, boolean>>(
      `SELECT has_function_privilege('pa_reader', 'pg_catalog.current_setting(text,boolean)', 'EXECUTE') AS current_setting,
              has_function_privilege('pa_reader', 'pg_catalog.date_trunc(text,timestamp with time zone)', 'EXECUTE') AS date_trunc`,
    );
    expect(kept).toEqual({ current_setting: true, date_trunc: true });
  });

  it('is idempotent, and `npm run harden` applies it from SUPERUSER_DATABASE_URL', async (ctx) => {
    if (!db.superuserUrl) ctx.skip();
    const url = db.superuserUrl!;
    await hardenDatabase(url);
    const before = await ownCatalog(db.pool);
    // Meanwhile another database's service user joins pa_reader, as the test databases made in
    // parallel do (roles are cluster-wide): this database's hardening is the same for it.
    const su = new pg.Client({ connectionString: url });
    await su.connect();
    const other = `pa_other_service_${process.pid}`;
    try {
      await su.query(`CREATE ROLE ${other} NOLOGIN`);
      await su.query(`GRANT pa_reader TO ${other}`);
      await hardenDatabase(url);
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', join(repoRoot, 'scripts', 'harden.ts')],
        { cwd: repoRoot, env: { ...process.env, SUPERUSER_DATABASE_URL: url } },
      );
      expect(stdout).toContain(`applied migrations/superuser/hardening.sql to ${db.name}`);
      expect(await ownCatalog(db.pool)).toEqual(before);
    } finally {
      await su.end();
      // The hardening granted it functions in this database: dropped from another one, as the role
      // of a test whose privileges another file's hardening granted (2BP01 before, in CI).
      const elsewhere = new URL(url);
      elsewhere.pathname = '/postgres';
      await dropRoleEverywhere(elsewhere.toString(), other);
    }
    expect((await db.pool.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [other])).rowCount).toBe(0);
  });

  it('the catalog fingerprint sees role changes reachable by its user, and not those of other roles', async (ctx) => {
    // Roles are cluster-wide and the suite's files change them in parallel, so the fingerprint reads only
    // the roles its own user (and pa_reader) can reach. Tried with a login of this test's own, so that
    // nothing done here shows in the fingerprints other files take meanwhile.
    if (!db.superuserUrl) ctx.skip();
    const su = new pg.Client({ connectionString: db.superuserUrl! });
    await su.connect();
    const own = `pa_fp_user_${process.pid}`;
    const bypass = `pa_fp_bypass_${process.pid}`;
    const other = `pa_fp_other_${process.pid}`;
    const password = randomBytes(12).toString('hex');
    const url = new URL(db.url);
    url.username = own;
    url.password = password;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
    try {
      // A member of the service user (and so of nothing the other files' fingerprints read), for its grants.
      const service = await one<{ name: string }>('SELECT current_user AS name');
      await su.query(`CREATE ROLE ${own} LOGIN PASSWORD '${password}' IN ROLE ${service.name}`);
      await su.query(`GRANT CONNECT ON DATABASE ${db.name} TO ${own}`);
      const before = await ownCatalog(pool);
      await su.query(`CREATE ROLE ${bypass} NOLOGIN BYPASSRLS`);
      await su.query(`CREATE ROLE ${other} NOLOGIN IN ROLE pa_reader`);
      await su.query(`GRANT SET ON PARAMETER temp_file_limit TO ${other}`);
      expect(await ownCatalog(pool)).toEqual(before);
      await su.query(`GRANT ${bypass} TO ${own}`);
      const reached = await ownCatalog(pool);
      expect(reached.pg_roles).not.toBe(before.pg_roles);
      expect(reached.pg_auth_members).not.toBe(before.pg_auth_members);
      await su.query(`REVOKE ${bypass} FROM ${own}`);
      await su.query(`ALTER ROLE ${own} CREATEROLE`);
      expect((await ownCatalog(pool)).pg_roles).not.toBe(before.pg_roles);
    } finally {
      await pool.end();
      await su.end();
      for (const role of [own, bypass, other]) await dropRoleEverywhere(db.superuserUrl!, role);
    }
  });

  it('takes the functions whose result grows without bound from pa_reader; the service user keeps them', async (ctx) => {
    if (!db.hardened) {
      console.info(
        'no superuser hardening in this database (no superuser login found); see docs/security.md',
      );
      ctx.skip();
    }
    const found = await db.pool.query<{ name: string; fn: string; reader: boolean; service: boolean }>(
      `SELECT p.proname::text AS name, p.oid::regprocedure::text AS fn,
              has_function_privilege('pa_reader', p.oid, 'EXECUTE') AS reader,
              has_function_privilege(current_user, p.oid, 'EXECUTE') AS service
         FROM pg_proc p
        WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.proname = ANY ($1)
        ORDER BY 2`,
      [GROWTH_FUNCTIONS],
    );
    // Every name is there (json(b)_agg_strict arrived in PostgreSQL 16), so the checks below are not vacuous.
    const version = await one<{ n: number }>(`SELECT current_setting('server_version_num')::int AS n`);
    const expected = GROWTH_FUNCTIONS.filter((f) => version.n >= 160000 || !f.endsWith('_agg_strict'));
    expect([...new Set(found.rows.map((r) => r.name))].sort()).toEqual([...expected].sort());
    expect(found.rows.filter((r) => r.reader).map((r) => r.fn)).toEqual([]);
    expect(found.rows.filter((r) => !r.service).map((r) => r.fn)).toEqual([]);
    // And for real, through the executor: the database refuses, whatever the guard lets through.
    for (const sql of [
      `SELECT repeat('x', 10)`,
      `SELECT lpad(merchant_city, 100000, 'x') FROM transactions LIMIT 1`,
      `SELECT string_agg(merchant_city, ',') FROM transactions`,
      `SELECT count(*) FROM generate_series(1, 10)`,
    ]) {
      const outcome = await attempt(db.pool, sql, kaspi, defaultExecuteLimits);
      expect(outcome.ok ? 'ran' : outcome.error.pgCode, sql).toBe('42501');
    }
  });

  it('migrations 006 and then 009 can be applied again without changing anything', async () => {
    // 009 supersedes parts of 006 (the table grant becomes column grants, the policy loses replace()),
    // so 006 is re-applied followed by 009, as a fresh database gets them.
    const sql = ['006_reader_least_privilege.sql', '009_card_pseudonym.sql'].map((name) =>
      readFileSync(join(repoRoot, 'migrations', name), 'utf8'),
    );
    const before = await fingerprint(db.pool);
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      for (const migration of sql) await client.query(migration);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
    const after = await fingerprint(db.pool);
    expect(after.catalog).toEqual(before.catalog);
    expect(after.data).toEqual(before.data);
  });
});

describe('personal data (migration 009)', () => {
  const personal: Array<[string, string]> = [
    ['card_id', 'SELECT card_id FROM transactions LIMIT 1'],
    ['card_id in count(DISTINCT ...)', 'SELECT count(DISTINCT card_id) FROM transactions'],
    ['card_id in WHERE only', 'SELECT count(*) FROM transactions WHERE card_id > 0'],
    ['expiry_date', 'SELECT expiry_date FROM transactions LIMIT 1'],
    ['expiry_date in GROUP BY', 'SELECT count(*) FROM transactions GROUP BY expiry_date'],
    ['id', 'SELECT max(id) FROM transactions'],
    ['id in ORDER BY', 'SELECT merchant_id FROM transactions ORDER BY id LIMIT 1'],
    ['transaction_id', 'SELECT max(transaction_id) FROM transactions'],
    ['the whole row', 'SELECT t FROM transactions t LIMIT 1'],
    ['t.*', 'SELECT t.* FROM transactions t LIMIT 1'],
    ['*', 'SELECT * FROM transactions LIMIT 1'],
    ['*, in a CTE', 'WITH x AS MATERIALIZED (SELECT * FROM transactions) SELECT count(*) FROM x'],
    ['to_jsonb(t)', 'SELECT to_jsonb(t) FROM transactions t LIMIT 1'],
    ['the functional notation t.to_jsonb', 'SELECT t.to_jsonb FROM transactions t LIMIT 1'],
    ['row_to_json(t)', 'SELECT row_to_json(t)::text FROM transactions t LIMIT 1'],
    ['count(t)', 'SELECT count(t) FROM transactions t'],
    ['the row as text', 'SELECT t::text FROM transactions t LIMIT 1'],
    ['the pseudonym secret', 'SELECT octet_length(secret) FROM app.pseudonym_key'],
    ['the pseudonym function', 'SELECT app.card_pseudonym(1)'],
  ];
  for (const [name, sql] of personal) {
    it(`pa_reader is refused ${name} (42501), through the executor`, async () => {
      const outcome = await attempt(db.pool, sql, admin, defaultExecuteLimits);
      expect(outcome.ok ? 'ran' : outcome.error.failure, sql).toBe('permission');
      if (!outcome.ok) expect(outcome.error.pgCode, sql).toBe('42501');
    });
  }

  it('pa_reader counts cards with card_key: one pseudonym per card, per tenant', async () => {
    const direct = await db.pool.query<{ bank: string; cards: number; keys: number }>(
      `SELECT issuer_bank_name AS bank, count(DISTINCT card_id)::int AS cards, count(DISTINCT card_key)::int AS keys
         FROM transactions GROUP BY 1 ORDER BY 1`,
    );
    const all = await executeReadOnly(db.pool, 'SELECT count(DISTINCT card_key) FROM transactions', admin);
    expect(all.rows).toEqual([[direct.rows.reduce((sum, r) => sum + r.cards, 0)]]);
    const mine = await executeReadOnly(
      db.pool,
      'SELECT issuer_bank_name, count(DISTINCT card_key) FROM transactions GROUP BY 1',
      kaspi,
    );
    const kaspiRow = direct.rows.find((r) => r.bank === kaspi.tenant)!;
    expect(kaspiRow.keys).toBe(kaspiRow.cards);
    expect(mine.rows).toEqual([[kaspi.tenant, kaspiRow.cards]]);
    // The value is a pseudonym, not the card number.
    const sample = await executeReadOnly(db.pool, 'SELECT card_key FROM transactions LIMIT 5', kaspi);
    for (const [key] of sample.rows) expect(String(key)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('pa_reader has no privilege on the secret or the function that uses it; the service user has', async () => {
    const p = await one<Record<string, boolean>>(
      `SELECT has_table_privilege('pa_reader', 'app.pseudonym_key', 'SELECT') AS reader_secret,
              has_any_column_privilege('pa_reader', 'app.pseudonym_key', 'SELECT') AS reader_secret_column,
              has_function_privilege('pa_reader', 'app.card_pseudonym(integer)', 'EXECUTE') AS reader_function,
              has_function_privilege('public', 'app.card_pseudonym(integer)', 'EXECUTE') AS public_function,
              has_table_privilege(current_user, 'app.pseudonym_key', 'SELECT') AS service_secret,
              has_function_privilege(current_user, 'app.card_pseudonym(integer)', 'EXECUTE') AS service_function`,
    );
    expect(p).toEqual({
      reader_secret: false,
      reader_secret_column: false,
      reader_function: false,
      public_function: false,
      service_secret: true,
      service_function: true,
    });
  });
});
