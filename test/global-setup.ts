import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { loadDotEnv } from '@pa/config';
import { migrate, readMigrations } from '@pa/db';
import { seedTransactions } from '@pa/seed';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { findSuperuserUrl, hardenDatabase } from '../scripts/harden.js';
import { repoRoot } from '../scripts/lib/root.js';
import { dropScratchDatabase, withDatabase } from '../scripts/lib/scratch-database.js';
import { ensureServices } from '../scripts/lib/services.js';
import { startContainers } from './support/containers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
    templateDatabase: string;
    /** Prefix of every database this run creates; teardown drops only these. */
    runPrefix: string;
  }
}

/** Rows in the template every test database is cloned from (ending now, fixed seed). */
const TEMPLATE_ROWS = 30_000;

/**
 * Brings Redis and PostgreSQL up the way `npm run services` does (containers
 * when a Docker engine is reachable and no URLs are configured), then builds
 * a migrated, seeded template database for the test files to clone.
 * PA_TEST_SERVICES=containers insists on containers (testcontainers; `npm run
 * test:containers` runs the suite so through podman) and ignores the URLs;
 * =local never uses them.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  loadDotEnv(repoRoot);
  let stopContainers: (() => Promise<void>) | null = null;
  let urls: { databaseUrl: string; redisUrl: string };
  const mode = process.env.PA_TEST_SERVICES;
  if (mode !== undefined && mode !== 'containers' && mode !== 'local')
    throw new Error(`PA_TEST_SERVICES=${mode}: use containers or local`);
  let containers: Awaited<ReturnType<typeof startContainers>> = null;
  if (mode === 'containers') {
    containers = await startContainers();
    if (!containers)
      throw new Error('PA_TEST_SERVICES=containers, but no DOCKER_HOST or /var/run/docker.sock');
    console.error(
      `test setup: Redis and PostgreSQL in containers (${process.env.DOCKER_HOST ?? 'docker.sock'})`,
    );
  } else if (mode !== 'local' && !process.env.DATABASE_URL && !process.env.REDIS_URL) {
    containers = await startContainers().catch(() => null);
  }
  if (containers) {
    urls = containers.urls;
    stopContainers = containers.stop;
    // The hardening below and the security tests (findSuperuserUrl) use the container's superuser.
    process.env.SUPERUSER_DATABASE_URL = containers.superuserUrl;
  } else {
    urls = await ensureServices({
      root: repoRoot,
      databaseUrl: process.env.DATABASE_URL,
      redisUrl: process.env.REDIS_URL,
      log: (l) => console.error(`test setup: ${l}`),
    });
  }

  const runPrefix = `pa_test_${randomBytes(4).toString('hex')}`;
  const templateDatabase = `${runPrefix}_tpl`;
  const admin = new pg.Client({ connectionString: urls.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  const tpl = new pg.Client({ connectionString: withDatabase(urls.databaseUrl, templateDatabase) });
  await tpl.connect();
  try {
    await migrate(tpl, readMigrations(join(repoRoot, 'migrations')));
    await seedTransactions(tpl, { rows: TEMPLATE_ROWS, seed: 7, end: new Date() });
    await tpl.query('ANALYZE transactions');
  } finally {
    await tpl.end();
  }
  // The superuser hardening (docs/security.md), when a superuser login is at hand; clones keep it.
  const superuserUrl = await findSuperuserUrl(repoRoot, withDatabase(urls.databaseUrl, templateDatabase));
  if (superuserUrl) await hardenDatabase(superuserUrl);
  else console.error('test setup: no superuser login; the template is not hardened (npm run harden)');

  project.provide('databaseUrl', urls.databaseUrl);
  project.provide('redisUrl', urls.redisUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('runPrefix', runPrefix);

  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1) AND datname <> $2`,
      [`${runPrefix}_`, templateDatabase],
    );
    for (const row of leftovers.rows) await dropScratchDatabase(admin, row.datname);
    await dropScratchDatabase(admin, templateDatabase);
    await admin.end();
    await stopContainers?.();
  };
}
