import { beforeAll, describe, expect, it } from 'vitest';
import { asNode, listOf, type ParseResult } from './ast.js';
import { guardSql, loadGuard } from './index.js';
import { parseSql } from './parser.js';

// The guard casts dates compared with transaction_timestamp to timestamptz (rewrite.ts,
// castDatesComparedWithTimestamps): `timestamptz >= date` is not leakproof, so under row-level
// security it cannot use the timestamp index; `timestamptz >= timestamptz` can.

beforeAll(async () => {
  await loadGuard();
});

/** The statement inside the row-limit wrapper, as the guard hands it to the executor. */
function guardedInner(sql: string): string {
  const result = guardSql(sql);
  expect(result.reasons).toEqual([]);
  const m = /^SELECT \* FROM \(\n([\s\S]*)\n\) AS pa_guarded\nLIMIT 1001$/.exec(result.sql);
  expect(m, result.sql).not.toBeNull();
  return m![1]!;
}

const from = 'SELECT count(*) FROM transactions WHERE ';

describe('dates compared with transaction_timestamp become timestamptz', () => {
  it.each([
    ['transaction_timestamp >= current_date', 'transaction_timestamp >= (current_date)::timestamptz'],
    [
      'transaction_timestamp >= current_date - 1 AND transaction_timestamp < current_date',
      'transaction_timestamp >= (current_date - 1)::timestamptz AND transaction_timestamp < (current_date)::timestamptz',
    ],
    ['transaction_timestamp >= CURRENT_DATE-7', 'transaction_timestamp >= (CURRENT_DATE-7)::timestamptz'],
    ['transaction_timestamp >= 1 + current_date', 'transaction_timestamp >= (1 + current_date)::timestamptz'],
    [
      'transaction_timestamp >= (current_date - 1)',
      'transaction_timestamp >= ((current_date - 1)::timestamptz)',
    ],
    ['transaction_timestamp < now()::date', 'transaction_timestamp < (now()::date)::timestamptz'],
    [
      "transaction_timestamp >= '2026-01-01'::date",
      "transaction_timestamp >= ('2026-01-01'::date)::timestamptz",
    ],
    [
      "transaction_timestamp >= date '2026-01-01'",
      "transaction_timestamp >= (date '2026-01-01')::timestamptz",
    ],
    [
      'transaction_timestamp >= CAST(current_timestamp AS date)',
      'transaction_timestamp >= (CAST(current_timestamp AS date))::timestamptz',
    ],
    ['transaction_timestamp >= date(now())', 'transaction_timestamp >= (date(now()))::timestamptz'],
    [
      "transaction_timestamp >= date_trunc('month', current_date)::date",
      "transaction_timestamp >= (date_trunc('month', current_date)::date)::timestamptz",
    ],
    [
      "transaction_timestamp >= (now() - interval '7 days')::date",
      "transaction_timestamp >= ((now() - interval '7 days')::date)::timestamptz",
    ],
    ['current_date - 1 <= transaction_timestamp', '(current_date - 1)::timestamptz <= transaction_timestamp'],
    [
      'transaction_timestamp BETWEEN current_date - 7 AND current_date',
      'transaction_timestamp BETWEEN (current_date - 7)::timestamptz AND (current_date)::timestamptz',
    ],
    ['t.transaction_timestamp = current_date', 't.transaction_timestamp = (current_date)::timestamptz'],
  ])('%s', (condition, rewritten) => {
    const table = condition.includes('t.') ? 'transactions t' : 'transactions';
    expect(guardedInner(`SELECT count(*) FROM ${table} WHERE ${condition}`)).toBe(
      `SELECT count(*) FROM ${table} WHERE ${rewritten}`,
    );
  });

  it('in every clause and subquery where the column is compared', () => {
    const sql = `SELECT count(*) FILTER (WHERE transaction_timestamp >= current_date) AS today,
  (SELECT count(*) FROM transactions s WHERE s.transaction_timestamp >= current_date - 1) AS since_yesterday
FROM transactions
WHERE transaction_timestamp >= current_date - 30
HAVING count(*) FILTER (WHERE transaction_timestamp < current_date) > 0`;
    expect(
      guardedInner(sql),
    ).toBe(`SELECT count(*) FILTER (WHERE transaction_timestamp >= (current_date)::timestamptz) AS today,
  (SELECT count(*) FROM transactions s WHERE s.transaction_timestamp >= (current_date - 1)::timestamptz) AS since_yesterday
FROM transactions
WHERE transaction_timestamp >= (current_date - 30)::timestamptz
HAVING count(*) FILTER (WHERE transaction_timestamp < (current_date)::timestamptz) > 0`);
  });

  it('through derived tables and CTEs that pass the column on unchanged', () => {
    expect(
      guardedInner(
        'WITH r AS (SELECT transaction_timestamp AS ts FROM transactions) SELECT count(*) FROM r WHERE ts >= current_date',
      ),
    ).toBe(
      'WITH r AS (SELECT transaction_timestamp AS ts FROM transactions) SELECT count(*) FROM r WHERE ts >= (current_date)::timestamptz',
    );
    expect(
      guardedInner(
        'SELECT count(*) FROM (SELECT merchant_city, transaction_timestamp FROM transactions) x WHERE x.transaction_timestamp >= current_date',
      ),
    ).toBe(
      'SELECT count(*) FROM (SELECT merchant_city, transaction_timestamp FROM transactions) x WHERE x.transaction_timestamp >= (current_date)::timestamptz',
    );
    expect(
      guardedInner(
        'SELECT count(*) FROM (SELECT t.transaction_timestamp FROM transactions t) x(ts) WHERE ts < current_date',
      ),
    ).toBe(
      'SELECT count(*) FROM (SELECT t.transaction_timestamp FROM transactions t) x(ts) WHERE ts < (current_date)::timestamptz',
    );
  });

  it('keeps comments, line breaks and other text as written', () => {
    const sql = `/* yesterday */ SELECT count(*) -- rows
FROM transactions
WHERE transaction_timestamp>=current_date/* from */-1 -- start
  AND transaction_timestamp<current_date;`;
    expect(guardedInner(sql)).toBe(`/* yesterday */ SELECT count(*) -- rows
FROM transactions
WHERE transaction_timestamp>=(current_date/* from */-1)::timestamptz -- start
  AND transaction_timestamp<(current_date)::timestamptz`);
  });

  it('leaves alone what is not certainly a date, or not compared with the timestamp column', () => {
    for (const condition of [
      // unknown-typed literals already become timestamptz
      "transaction_timestamp >= '2026-01-01' AND transaction_timestamp < '2026-02-01'",
      // date_trunc of a date returns timestamptz; minus an interval too
      "transaction_timestamp >= date_trunc('month', current_date) - interval '1 month'",
      "transaction_timestamp >= date_trunc('month', current_date)",
      "transaction_timestamp >= now() - interval '1 day'",
      // already cast
      'transaction_timestamp >= (current_date - 1)::timestamptz',
      'transaction_timestamp >= current_date::timestamptz',
      // date minus an interval is a timestamp, not a date
      "transaction_timestamp >= current_date - interval '1 day'",
      // date against date: no timestamptz operator involved
      'transaction_timestamp::date = current_date - 1',
      'date(transaction_timestamp) >= current_date',
      // dates of unknown range or type
      "transaction_timestamp >= to_date('20260101', 'YYYYMMDD')",
      'transaction_timestamp >= make_date(2026, 1, 1)',
      "transaction_timestamp >= '12026-01-01'::date",
      "transaction_timestamp >= 'today'::date",
      'transaction_timestamp >= current_date - 1000000',
      'transaction_timestamp >= current_date - 1.5',
      // not a comparison operator
      'transaction_timestamp IS DISTINCT FROM current_date',
      'transaction_timestamp IN (current_date, current_date - 1)',
    ]) {
      expect(guardedInner(`${from}${condition}`), condition).toBe(`${from}${condition}`);
    }
  });

  it('only for the transactions table column, not another column of that name', () => {
    const sql =
      'SELECT count(*) FROM (SELECT transaction_timestamp::date AS transaction_timestamp FROM transactions) d WHERE d.transaction_timestamp >= current_date - 1';
    expect(guardedInner(sql)).toBe(sql);
    const other =
      "SELECT count(*) FROM transactions WHERE merchant_city = 'x' OR current_date - 1 > current_date";
    expect(guardedInner(other)).toBe(other);
  });

  it('parses to the original statement with exactly the casts added', () => {
    const sql = `${from}transaction_timestamp >= current_date - 1 AND transaction_timestamp < current_date`;
    const inner = (text: string) => {
      const outer = asNode((parseSql(text) as ParseResult).stmts?.[0]?.stmt);
      return asNode(listOf(outer?.fields.fromClause)[0])?.fields.subquery;
    };
    const where = (tree: unknown) => JSON.stringify(tree).match(/"TypeCast"/g)?.length ?? 0;
    expect(where(inner(guardSql(sql).sql))).toBe(2);
    expect(where(parseSql(sql).stmts?.[0]?.stmt)).toBe(0);
  });

  it('stays fast on a long statement full of comparisons: the search for their text is bounded', () => {
    const parenthesised = Array.from(
      { length: 150 },
      () => 'transaction_timestamp >= ((((((now()))))))::date',
    );
    const offsets = Array.from({ length: 150 }, (_, i) => `transaction_timestamp >= current_date - ${i}`);
    const sql = `${from}${[...parenthesised, ...offsets].join(' OR ')}`;
    const started = performance.now();
    const result = guardSql(sql);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.reasons).toEqual([]);
    // Whatever was cast, the statement still parses to one wrapped SELECT.
    expect(parseSql(result.sql).stmts).toHaveLength(1);
  });

  it('still refuses what it refused before, and rewrites nothing then', () => {
    const result = guardSql(`${from}transaction_timestamp >= current_date - 1 AND card_id = 'x'`);
    expect(result.allowed).toBe(false);
    expect(result.sql).toBe(`${from}transaction_timestamp >= current_date - 1 AND card_id = 'x'`);
  });
});
