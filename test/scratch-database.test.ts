import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropScratchDatabase, withDatabase } from '../scripts/lib/scratch-database.js';

async function exists(admin: pg.Client, name: string): Promise<boolean> {
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return rowCount === 1;
}

describe('dropScratchDatabase (scripts/lib/scratch-database.ts), the one drop of tests, benchmarks and checks', () => {
  const baseUrl = inject('databaseUrl');
  const admin = new pg.Client({ connectionString: baseUrl });
  const name = `${inject('runPrefix')}_drop_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    await admin.connect();
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end();
  });

  it('drops a database whose sessions are still open, and ends those sessions', async () => {
    await admin.query(`CREATE DATABASE ${name}`);
    const left = new pg.Client({ connectionString: withDatabase(baseUrl, name) });
    await left.connect();
    const errors: Error[] = [];
    const ended = new Promise<void>((resolve) =>
      left.on('error', (err) => {
        errors.push(err);
        resolve();
      }),
    );
    await dropScratchDatabase(admin, name);
    expect(await exists(admin, name)).toBe(false);
    await ended;
    expect(errors[0]?.message).toMatch(/terminat/i);
    await left.end().catch(() => {});
  });

  it('is quiet when the database is already gone', async () => {
    await expect(dropScratchDatabase(admin, name)).resolves.toBeUndefined();
  });

  it('refuses a name that is not a plain identifier instead of running it as SQL', async () => {
    await expect(dropScratchDatabase(admin, 'x; DROP ROLE pa')).rejects.toThrow(
      /not a scratch database name/,
    );
  });

  it('passes on an error it cannot wait out, at once', async () => {
    // A template database cannot be dropped (42809): no waiting changes that, so no retrying for a minute.
    await admin.query(`CREATE DATABASE ${name} IS_TEMPLATE true`);
    try {
      await expect(dropScratchDatabase(admin, name, { timeoutMs: 60_000 })).rejects.toMatchObject({
        code: '42809',
      });
    } finally {
      await admin.query(`ALTER DATABASE ${name} IS_TEMPLATE false`);
      await admin.query(`DROP DATABASE ${name}`);
    }
  });
});
