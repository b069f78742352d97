/**
 * The guard casts dates compared with transaction_timestamp to timestamptz
 * (packages/sql-guard/src/rewrite.ts): here, against PostgreSQL, that the cast
 * changes no answer in any time zone, and that it is what lets the timestamp
 * index serve the comparison under row-level security.
 */

import { executeReadOnly } from '@pa/db';
import { guardSql, loadGuard } from '@pa/sql-guard';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCaller } from './support/auth.js';
import { createSecurityDatabase, type SecurityDatabase } from './support/security/database.js';

let db: SecurityDatabase;
/** A day in the middle of the seeded rows, as an ISO date. */
let day: string;
beforeAll(async () => {
  await loadGuard();
  db = await createSecurityDatabase();
  const res = await db.pool.query<{ d: string }>(
    `SELECT to_char((min(transaction_timestamp) + (max(transaction_timestamp) - min(transaction_timestamp)) / 2)
                      AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS d
       FROM transactions`,
  );
  day = res.rows[0]!.d;
});
afterAll(async () => {
  await db?.drop();
});

function conditions(): string[] {
  return [
    'transaction_timestamp >= current_date - 400',
    'transaction_timestamp < now()::date',
    `transaction_timestamp >= '${day}'::date AND transaction_timestamp < '${day}'::date + 1`,
    `transaction_timestamp BETWEEN date '${day}' - 3 AND date '${day}'`,
    `transaction_timestamp = '${day}'::date`,
    `'${day}'::date + 2 > transaction_timestamp`,
  ];
}

describe('dates compared with transaction_timestamp, cast to timestamptz by the guard', () => {
  it('count the same rows as the comparison with the date, in any time zone', async () => {
    let nonEmpty = 0;
    for (const time_zone of ['Asia/Almaty', 'America/New_York', 'UTC', 'Pacific/Chatham']) {
      const caller = testCaller('*', { time_zone });
      for (const condition of conditions()) {
        const sql = `SELECT count(*) AS n FROM transactions WHERE ${condition}`;
        const guarded = guardSql(sql);
        expect(guarded.reasons).toEqual([]);
        expect(guarded.sql, condition).toContain('::timestamptz');
        const asWritten = await executeReadOnly(db.pool, sql, caller);
        const cast = await executeReadOnly(db.pool, guarded.sql, caller);
        expect(cast.rows, `${condition} in ${time_zone}`).toEqual(asWritten.rows);
        if (Number(asWritten.rows[0]![0]) > 0) nonEmpty += 1;
      }
    }
    // The day-literal ranges hold rows (the others may not, depending on when the template was seeded).
    expect(nonEmpty).toBeGreaterThanOrEqual(4 * 3);
  });

  it('let the timestamp index serve the comparison under row-level security', async () => {
    const sql = `SELECT count(*) FROM transactions WHERE transaction_timestamp >= '${day}'::date AND transaction_timestamp < '${day}'::date + 1`;
    const client = await db.pool.connect();
    /** Whether the plan, as a bank's reader, has an index condition on transaction_timestamp. */
    const indexCondition = async (statement: string) => {
      await client.query('BEGIN READ ONLY');
      try {
        await client.query(`SELECT set_config('app.tenant_bank', 'Kaspi Bank', true)`);
        // Whatever this small table's statistics say: only whether an index condition is possible at all.
        await client.query('SET LOCAL enable_seqscan = off');
        await client.query('SET LOCAL ROLE pa_reader');
        const res = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${statement}`);
        const conditions = JSON.stringify(res.rows[0]!['QUERY PLAN']).match(/"Index Cond":"[^"]*"/g) ?? [];
        return conditions.some((c) => c.includes('transaction_timestamp'));
      } finally {
        await client.query('ROLLBACK');
      }
    };
    try {
      expect(await indexCondition(sql)).toBe(false);
      expect(await indexCondition(guardSql(sql).sql)).toBe(true);
    } finally {
      client.release();
    }
  });
});
