import { randomBytes } from 'node:crypto';
import { createPool } from '@pa/db';
import pg from 'pg';
import { expect, inject, vi } from 'vitest';
import { dropScratchDatabase, withDatabase } from '../../scripts/lib/scratch-database.js';

export interface TestDatabase {
  name: string;
  url: string;
  pool: pg.Pool;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated, seeded template; no test sees another's rows. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const baseUrl = inject('databaseUrl');
  const name = `${inject('runPrefix')}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(baseUrl, name);
  const pool = createPool({ connectionString: url, applicationName: 'pa-test', max: 5 });
  return {
    name,
    url,
    pool,
    async drop() {
      await pool.end();
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      try {
        await dropScratchDatabase(c, name);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * Holds an ACCESS EXCLUSIVE lock on `transactions`, so a job blocks inside its
 * executing stage until the returned release is called (safe to call twice).
 */
/** Analytics statements of any worker waiting on a table lock (lockTransactions), with their backend pids. */
export async function lockWaiters(pool: pg.Pool): Promise<number[]> {
  const { rows } = await pool.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'pa-worker-analytics' AND wait_event_type = 'Lock'`,
  );
  return rows.map((r) => r.pid);
}

/** Waits (polling, up to timeoutMs) until exactly one analytics statement waits on the lock; its pid. */
export async function theLockWaiter(pool: pg.Pool, timeoutMs: number): Promise<number> {
  return vi.waitFor(
    async () => {
      const waiting = await lockWaiters(pool);
      expect(waiting).toHaveLength(1);
      return waiting[0]!;
    },
    { timeout: timeoutMs, interval: 50 },
  );
}

export async function lockTransactions(pool: pg.Pool): Promise<() => Promise<void>> {
  const client = await pool.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE transactions IN ACCESS EXCLUSIVE MODE');
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await client.query('ROLLBACK').catch(() => {});
    client.release();
  };
}
