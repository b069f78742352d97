/**
 * The nightly backup and the documented restore (docs/operations.md, "Backups"), against a
 * test database that has answered a question: the backup login is made with
 * k8s/base/backup/backup-role.sql and the hardening, the CronJob's script
 * (k8s/base/backup/pg-backup.sh) dumps with it, and the restore steps of the runbook bring
 * back every row, the row-level security and the hardening.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSuperuserUrl, hardenDatabase } from '../scripts/harden.js';
import { repoRoot } from '../scripts/lib/root.js';
import { dropScratchDatabase } from '../scripts/lib/scratch-database.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { postgresBinDir } from './support/postgres-binaries.js';
import { dropRoleEverywhere } from './support/security/roles.js';
import { stackEnv, startApi, startWorker, submit, waitForTerminal } from './support/stack.js';

const SCRIPT = join(repoRoot, 'k8s/base/backup/pg-backup.sh');
const RESTORE_SCRIPT = join(repoRoot, 'k8s/base/backup/pg-restore.sh');
const ROLE_SQL = join(repoRoot, 'k8s/base/backup/backup-role.sql');

let db: TestDatabase;
let superuserUrl: string | null = null;
let dir: string;
let bin: string | null;
let jobId: string;
const role = `pa_backup_${randomBytes(4).toString('hex')}`;
/** A service login of the day of the dump, dropped before the restore. */
const gone = `pa_gone_${randomBytes(4).toString('hex')}`;
const password = randomBytes(12).toString('hex');
const restoredName = () => `${db.name}_restored`;

const withDb = (url: string, name: string, auth?: { user: string; password: string }) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  if (auth) {
    u.username = auth.user;
    u.password = auth.password;
  }
  return u.toString();
};

async function onDb<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Rows in every table of the public and app schemas, read as a superuser (row-level security does not apply). */
async function tableCounts(url: string): Promise<Record<string, number>> {
  return onDb(url, async (c) => {
    const tables = await c.query<{ t: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables
        WHERE schemaname IN ('public', 'app') ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { t } of tables.rows) {
      counts[t] = (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0]!.n;
    }
    return counts;
  });
}

beforeAll(async () => {
  bin = postgresBinDir();
  db = await createTestDatabase();
  superuserUrl = await findSuperuserUrl(repoRoot, db.url);
  dir = mkdtempSync(join(tmpdir(), 'pa-backups-'));
  // A history row to carry over: one question answered through the API and a worker.
  const env = stackEnv(db.url);
  const api = await startApi(env);
  const worker = await startWorker(env);
  try {
    const job = await submit(api.url, 'How many transactions were there yesterday?');
    jobId = job.id;
    expect(((await waitForTerminal(api.url, job.id)) as { status: string }).status).toBe('completed');
  } finally {
    await worker.close();
    await api.close();
  }
}, 120_000);

afterAll(async () => {
  if (superuserUrl) {
    await onDb(superuserUrl, async (c) => {
      await dropScratchDatabase(c, restoredName());
    }).catch(() => {});
    await dropRoleEverywhere(superuserUrl, role);
    await dropRoleEverywhere(superuserUrl, gone);
  }
  await db?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('backups', () => {
  it('dumps with the backup login, keeps only whole dumps, prunes old ones, and restores everything', async (ctx) => {
    if (!superuserUrl)
      return ctx.skip('no superuser login to create the backup role (SUPERUSER_DATABASE_URL)');
    if (!bin)
      return ctx.skip('PostgreSQL client programs (pg_dump, pg_restore) not found under /usr/lib/postgresql');

    // The backup login, exactly as the runbook makes it (under a name of this test's own).
    const sql = readFileSync(ROLE_SQL, 'utf8').replaceAll('pa_backup', role);
    await onDb(superuserUrl, async (c) => {
      await c.query(sql);
      await c.query(`ALTER ROLE ${role} PASSWORD '${password}'`);
      // And a service user that will be gone by the restore (a login dropped since, or one of
      // another server): the hardening grants it the catalog functions, so the dump names it.
      await c.query(`CREATE ROLE ${gone} NOLOGIN IN ROLE pa_reader`);
    });
    await hardenDatabase(superuserUrl);

    // An expired dump and a file that is not ours, both a month old.
    const old = join(dir, 'payments-analytics-20200101T000000Z.dump');
    const notOurs = join(dir, 'notes.txt');
    const monthAgo = new Date(Date.now() - 30 * 86_400_000);
    for (const f of [old, notOurs]) {
      writeFileSync(f, 'x');
      utimesSync(f, monthAgo, monthAgo);
    }

    const out = execFileSync('bash', [SCRIPT], {
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${bin}:${process.env.PATH}`,
        BACKUP_DATABASE_URL: withDb(db.url, db.name, { user: role, password }),
        BACKUP_DIR: dir,
        BACKUP_KEEP_DAYS: '14',
      },
    });
    const dumps = readdirSync(dir).filter((f) => /^payments-analytics-\d{8}T\d{6}Z\.dump$/.test(f));
    expect(dumps, out).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(existsSync(old), 'the expired dump is removed').toBe(false);
    expect(existsSync(notOurs), 'other files are left alone').toBe(true);
    expect(out).toMatch(/backup: wrote .*payments-analytics-.*\.dump/);

    const schema = execFileSync(
      join(bin, 'pg_restore'),
      ['--schema-only', '--file=-', join(dir, dumps[0]!)],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(schema, 'the dump grants the catalog functions to the service user of the day').toMatch(
      new RegExp(`GRANT ALL ON FUNCTION pg_catalog\\.set_config\\(.*\\) TO ${gone};`),
    );
    await dropRoleEverywhere(superuserUrl, gone);

    // Restore, as docs/operations.md says: an empty database owned by the service login, the
    // dump restored by pg-restore.sh as that login in one transaction, then the superuser hardening.
    await onDb(db.url, (c) => c.query(`CREATE DATABASE ${restoredName()}`));
    const restoredUrl = withDb(db.url, restoredName());
    const restored = execFileSync('bash', [RESTORE_SCRIPT, join(dir, dumps[0]!), restoredUrl], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    });
    expect(restored).toMatch(/restore: restored .*payments-analytics-.*\.dump/);
    const restoredSuperuserUrl = withDb(superuserUrl, restoredName());
    await hardenDatabase(restoredSuperuserUrl);

    const source = await tableCounts(superuserUrl);
    expect(source['public.transactions']).toBeGreaterThan(0);
    expect(source['app.question_history']).toBeGreaterThan(0);
    expect(await tableCounts(restoredSuperuserUrl)).toEqual(source);
    await onDb(restoredSuperuserUrl, async (c) => {
      const history = await c.query('SELECT status FROM app.question_history WHERE job_id = $1', [jobId]);
      expect(history.rows).toEqual([{ status: 'completed' }]);
      const rls = await c.query(
        "SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = 'public.transactions'::regclass",
      );
      expect(rls.rows).toEqual([{ relrowsecurity: true, relforcerowsecurity: true }]);
      const privileges = await c.query(`SELECT
          has_column_privilege('pa_reader', 'public.transactions', 'card_id', 'SELECT') AS card_id,
          has_column_privilege('pa_reader', 'public.transactions', 'merchant_city', 'SELECT') AS merchant_city,
          has_function_privilege('public', 'pg_catalog.pg_sleep(double precision)', 'EXECUTE') AS public_sleep`);
      expect(privileges.rows).toEqual([{ card_id: false, merchant_city: true, public_sleep: false }]);
    });
  });
});
