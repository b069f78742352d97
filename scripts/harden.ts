/**
 * Applies migrations/superuser/hardening.sql to one database as a superuser
 * (`npm run harden`). The URL comes from SUPERUSER_DATABASE_URL; for the local
 * server `npm run services` manages, it is derived from `.data/pg-password`
 * and DATABASE_URL. See docs/security.md for what it changes and why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDotEnv } from '@pa/config';
import pg from 'pg';
import { repoRoot } from './lib/root.js';

export const HARDENING_SQL = join(repoRoot, 'migrations', 'superuser', 'hardening.sql');

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * The superuser URL of the local server that `npm run services` started, for
 * the database `databaseUrl` names: user `postgres` with the password kept in
 * `.data/pg-password`. Null when the URL points elsewhere or no password file
 * exists; the caller still has to check that the login works.
 */
export function localSuperuserUrl(root: string, databaseUrl: string): string | null {
  const pwFile = join(root, '.data', 'pg-password');
  if (!existsSync(pwFile)) return null;
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return null;
  }
  if (!LOOPBACK.has(url.hostname)) return null;
  url.username = 'postgres';
  url.password = readFileSync(pwFile, 'utf8').trim();
  return url.toString();
}

/** Whether `url` logs in as a superuser (false when it cannot log in at all). */
export async function isSuperuserUrl(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    const res = await client.query<{ rolsuper: boolean }>(
      'SELECT rolsuper FROM pg_roles WHERE rolname = current_user',
    );
    return res.rows[0]?.rolsuper === true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The first of SUPERUSER_DATABASE_URL, the local server's superuser and
 * `databaseUrl` itself (a container's POSTGRES_USER is a superuser) that logs
 * in as a superuser, pointed at the database `databaseUrl` names; null if none.
 */
export async function findSuperuserUrl(
  root: string,
  databaseUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const database = new URL(databaseUrl).pathname;
  const candidates = [env.SUPERUSER_DATABASE_URL, localSuperuserUrl(root, databaseUrl), databaseUrl];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const url = new URL(candidate);
    url.pathname = database;
    if (await isSuperuserUrl(url.toString())) return url.toString();
  }
  return null;
}

/** Runs hardening.sql in one transaction on the database `superuserUrl` names. Idempotent. */
export async function hardenDatabase(superuserUrl: string): Promise<void> {
  const sql = readFileSync(HARDENING_SQL, 'utf8');
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(sql);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  loadDotEnv(repoRoot);
  const databaseUrl = process.env.SUPERUSER_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error(
      'set SUPERUSER_DATABASE_URL (a superuser login to the analytics database) or DATABASE_URL',
    );
  }
  const superuserUrl = await findSuperuserUrl(repoRoot, databaseUrl);
  if (!superuserUrl) {
    throw new Error(
      'no superuser login found: set SUPERUSER_DATABASE_URL=postgres://<superuser>:<password>@<host>/<analytics database>',
    );
  }
  await hardenDatabase(superuserUrl);
  console.log(
    `harden: applied migrations/superuser/hardening.sql to ${new URL(superuserUrl).pathname.slice(1)}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(`harden: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
