/**
 * A PostgreSQL restart or failover ends every connection with 57P01
 * ("terminating connection due to administrator command"). A client that is
 * checked out of a pool between two queries of a transaction has no listener
 * of the pool's, and node-postgres reports the loss as an 'error' event: with
 * no listener that event is unhandled and kills the process (the worker did,
 * during a burst of questions). The pools must absorb it and let the next
 * query fail on its own. Vitest fails a run with an unhandled error, so this
 * test fails if the event is not handled.
 */
import { createPool, defaultExecuteLimits, executeReadOnly } from '@pa/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/db.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('a pooled connection killed by the server', () => {
  it('between two queries of a transaction: no unhandled error, the next query fails, the pool recovers', async () => {
    for (const kind of ['app', 'analytics'] as const) {
      const pool = createPool({ connectionString: db.url, applicationName: `pa-test-loss-${kind}`, kind });
      try {
        const client = await pool.connect();
        await client.query('BEGIN');
        const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
        const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
        await db.pool.query('SELECT pg_terminate_backend($1)', [pid]);
        await ended;
        await expect(client.query('SELECT 1')).rejects.toThrow(/not queryable|terminat|Connection/i);
        client.release(true);
        // The pool hands out a fresh connection, and the executor works through it.
        const res = await vi.waitFor(() =>
          executeReadOnly(
            pool,
            'SELECT count(*) AS n FROM transactions',
            { tenant: '*', time_zone: 'Asia/Almaty' },
            defaultExecuteLimits,
          ),
        );
        expect(res.rowCount).toBe(1);
      } finally {
        await pool.end();
      }
    }
  });
});
