import { beforeAll, describe, expect, it } from 'vitest';
import { guardSql, loadGuard } from './index.js';

beforeAll(async () => {
  await loadGuard();
});

function reasonsFor(sql: string): string[] {
  const result = guardSql(sql);
  expect(result.allowed, `expected a rejection of: ${sql}`).toBe(false);
  return result.reasons;
}

function expectAllowed(sql: string): void {
  expect(guardSql(sql).reasons, `expected ${sql} to be allowed`).toEqual([]);
}

describe('name resolution: names that are columns', () => {
  it.each([
    // tables: bare, by name, by alias, schema-qualified when unaliased
    'SELECT merchant_city FROM transactions',
    'SELECT transactions.merchant_city FROM transactions',
    'SELECT transactions.merchant_city FROM public.transactions',
    'SELECT public.transactions.merchant_city FROM transactions',
    'SELECT t.merchant_city FROM transactions AS t',
    'SELECT "t"."merchant_city" FROM transactions t',
    'SELECT U&"t".U&"merchant\\005fcity" FROM transactions t',
    // subqueries and VALUES: their output names, renamed by an alias list
    'SELECT s.n, s.merchant_city FROM (SELECT merchant_city, count(*) AS n FROM transactions GROUP BY 1) s',
    'SELECT s.city FROM (SELECT merchant_city FROM transactions) AS s(city)',
    "SELECT s.lower, s.count, s.date_trunc FROM (SELECT lower(merchant_city), count(*), date_trunc('day', transaction_timestamp) FROM transactions GROUP BY 1, 3) s",
    'SELECT s.merchant_mcc, s.int4, s."case" FROM (SELECT merchant_mcc::text, 1::int, CASE WHEN true THEN 1 END FROM transactions) s',
    "SELECT v.column1, v.column2 FROM (VALUES (1, 'a'), (2, 'b')) v",
    'SELECT v.n FROM (VALUES (1), (2)) AS v(n)',
    // CTEs, with and without a column list, and aliased references to them
    'WITH c AS (SELECT merchant_city FROM transactions) SELECT c.merchant_city FROM c',
    'WITH c(city) AS (SELECT merchant_city FROM transactions) SELECT city FROM c',
    'WITH c AS (SELECT merchant_city FROM transactions) SELECT x.merchant_city FROM c AS x',
    'WITH c AS (SELECT merchant_city FROM transactions) SELECT x.town FROM c AS x(town)',
    // joins: both sides, USING merged, aliases hide inner names
    'SELECT a.merchant_city, b.mcc_category FROM transactions a JOIN transactions b ON a.merchant_id = b.merchant_id',
    'SELECT merchant_id FROM transactions a JOIN transactions b USING (merchant_id)',
    'SELECT j.merchant_id FROM (transactions a JOIN transactions b USING (merchant_id)) AS j',
    'SELECT u.merchant_id FROM transactions a JOIN transactions b USING (merchant_id) AS u',
    // LATERAL sees the items before it, correlated subqueries see outer levels
    'SELECT x.c FROM transactions t, LATERAL (SELECT t.merchant_city AS c) x',
    'SELECT (SELECT count(*) FROM transactions o WHERE o.merchant_id = t.merchant_id) FROM transactions t',
    'SELECT merchant_city FROM transactions t WHERE EXISTS (SELECT 1 FROM transactions o WHERE o.merchant_id = t.merchant_id)',
    // ORDER BY / GROUP BY may name an output column
    'SELECT merchant_city AS city, count(*) AS n FROM transactions GROUP BY city ORDER BY n DESC',
    "SELECT date_trunc('month', transaction_timestamp) AS month, count(*) FROM transactions GROUP BY month ORDER BY month",
  ])('%s', (sql) => {
    expectAllowed(sql);
  });
});

describe('name resolution: names that are not', () => {
  it.each([
    ['SELECT t.to_jsonb FROM transactions t', 'unknown column t.to_jsonb'],
    ['SELECT transactions.row_to_json FROM transactions', 'unknown column transactions.row_to_json'],
    [
      'SELECT public.transactions.concat FROM public.transactions',
      'unknown column public.transactions.concat',
    ],
    ['SELECT t.merchant_city FROM transactions', 'unknown column t.merchant_city: t is not a table in FROM'],
    // an alias replaces the table name, also for schema-qualified references
    ['SELECT transactions.merchant_city FROM transactions t', 'transactions is not a table in FROM'],
    [
      'SELECT public.transactions.merchant_city FROM transactions t',
      'public.transactions is not a table in FROM',
    ],
    ['SELECT nosuch FROM transactions', 'unknown column nosuch'],
    ['SELECT "Merchant_City" FROM transactions', 'unknown column "Merchant_City"'],
    ['SELECT x.y.z.w FROM transactions', 'references to other databases are not allowed'],
    // a join alias hides the tables inside it
    [
      'SELECT a.merchant_city FROM (transactions a JOIN transactions b USING (merchant_id)) AS j',
      'a is not a table in FROM',
    ],
    // a USING alias names only the merged columns
    [
      'SELECT u.merchant_city FROM transactions a JOIN transactions b USING (merchant_id) AS u',
      'unknown column u.merchant_city',
    ],
    // the same column on both sides of a join is ambiguous
    [
      'SELECT merchant_city FROM transactions a JOIN transactions b USING (merchant_id)',
      'column reference merchant_city is ambiguous',
    ],
    // a subquery in FROM without LATERAL does not see the items before it
    ['SELECT x.c FROM transactions t, (SELECT t.merchant_city AS c) x', 't is not a table in FROM'],
    // a subquery's output is only what its select list names
    ['SELECT s.merchant_id FROM (SELECT merchant_city FROM transactions) s', 'unknown column s.merchant_id'],
    ['SELECT s.x FROM (SELECT 1 + 1 FROM transactions) s', 'unknown column s.x'],
    [
      'SELECT s.merchant_city FROM (SELECT merchant_city FROM transactions) AS s(city)',
      'unknown column s.merchant_city',
    ],
    [
      'WITH c(a) AS (SELECT merchant_city FROM transactions) SELECT c.merchant_city FROM c',
      'unknown column c.merchant_city',
    ],
    ['SELECT v.column3 FROM (VALUES (1, 2)) v', 'unknown column v.column3'],
    // whole rows and field selection
    ['SELECT t FROM transactions t', 'whole-row reference t is not allowed'],
    [
      'SELECT count(s) FROM (SELECT merchant_city FROM transactions) s',
      'whole-row reference s is not allowed',
    ],
    ['SELECT (t).merchant_city FROM transactions t', 'field selection (...).merchant_city is not allowed'],
    ['SELECT merchant_city.x FROM transactions', 'merchant_city is not a table in FROM'],
    ['SELECT count(t.*) FROM transactions t', 't.* is only allowed as an item of the select list'],
  ])('%s', (sql, reason) => {
    const reasons = reasonsFor(sql);
    expect(
      reasons.some((r) => r.includes(reason)),
      reasons.join('\n'),
    ).toBe(true);
  });

  it('resolves a bare name at the nearest level that has it', () => {
    // inside the subquery `merchant_city` is the subquery's own, clean column
    expectAllowed(
      "SELECT count(DISTINCT card_key) FROM transactions t WHERE t.merchant_id IN (SELECT merchant_id FROM transactions WHERE merchant_city = 'Almaty')",
    );
    // the outer card_key is reached from inside and is still personal
    expect(
      reasonsFor(
        'SELECT merchant_city FROM transactions t WHERE EXISTS (SELECT 1 FROM (SELECT merchant_id FROM transactions) o WHERE o.merchant_id::text = card_key)',
      ).some((r) => r.startsWith('card_key is personal data')),
    ).toBe(true);
  });

  it('prefers an output column in ORDER BY and an input column in GROUP BY, as PostgreSQL does', () => {
    // ORDER BY card_key sorts by the output column card_key, a count
    expectAllowed(
      'SELECT merchant_city, count(DISTINCT card_key) AS card_key FROM transactions GROUP BY 1 ORDER BY card_key',
    );
    // GROUP BY card_key groups by the input column, which is personal
    expect(
      reasonsFor('SELECT count(DISTINCT card_key) AS card_key FROM transactions GROUP BY card_key').some(
        (r) => r.includes('(found in GROUP BY)'),
      ),
    ).toBe(true);
  });
});
