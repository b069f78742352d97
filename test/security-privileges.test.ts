/**
 * Least privilege, read from the catalog and tried for real: what pa_reader
 * may do holds on its own, also outside the executor's READ ONLY transaction.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hardenDatabase } from '../scripts/harden.js';
import { repoRoot } from '../scripts/lib/root.js';
import { createSecurityDatabase, type SecurityDatabase } from './support/security/database.js';
import { fingerprint } from './support/security/fingerprint.js';

let db: SecurityDatabase;
beforeAll(async () => {
  db = await createSecurityDatabase();
});
afterAll(async () => {
  await db?.drop();
});

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

  it('may SELECT public.transactions and nothing else outside the system catalogs; write nothing', async () => {
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
    expect(res.rows).toEqual([{ name: 'transactions', privilege: 'SELECT' }]);
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
    const before = await fingerprint(db.pool);
    await hardenDatabase(url);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'scripts', 'harden.ts')],
      { cwd: repoRoot, env: { ...process.env, SUPERUSER_DATABASE_URL: url } },
    );
    expect(stdout).toContain(`applied migrations/superuser/hardening.sql to ${db.name}`);
    expect((await fingerprint(db.pool)).catalog).toEqual(before.catalog);
  });

  it('migration 006 can be applied again without changing anything', async () => {
    const sql = readFileSync(join(repoRoot, 'migrations', '006_reader_least_privilege.sql'), 'utf8');
    const before = await fingerprint(db.pool);
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(sql);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const after = await fingerprint(db.pool);
    expect(after.catalog).toEqual(before.catalog);
    expect(after.data).toEqual(before.data);
  });
});
