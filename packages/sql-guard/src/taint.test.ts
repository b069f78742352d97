import { beforeAll, describe, expect, it } from 'vitest';
import { guardSql, loadGuard } from './index.js';

beforeAll(async () => {
  await loadGuard();
});

const personal = (where: string) =>
  `card_key is personal data: only count(card_key) or count(DISTINCT card_key) may use it (found in ${where})`;

function expectAllowed(sql: string): void {
  expect(guardSql(sql).reasons, `expected ${sql} to be allowed`).toEqual([]);
}

describe('personal data flows only into count()', () => {
  it.each([
    'SELECT count(card_key), count(DISTINCT card_key) FROM transactions',
    'SELECT count(DISTINCT t.card_key) FROM transactions t',
    'SELECT merchant_city, count(DISTINCT card_key) AS cards FROM transactions GROUP BY 1 HAVING count(DISTINCT card_key) > 5 ORDER BY cards DESC',
    "SELECT count(DISTINCT card_key) FILTER (WHERE transaction_type = 'ECOM') FROM transactions",
    'SELECT merchant_city, count(card_key) OVER (PARTITION BY merchant_city) FROM transactions',
    // a derived table may pass card_key on; its column is then personal too, and counted outside
    'SELECT count(DISTINCT s.k) FROM (SELECT card_key AS k FROM transactions) s',
    'WITH c AS (SELECT card_key, merchant_city FROM transactions) SELECT merchant_city, count(DISTINCT card_key) FROM c GROUP BY 1',
    'WITH c(k) AS (SELECT card_key FROM transactions) SELECT count(DISTINCT x.k) FROM c AS x',
    'SELECT count(DISTINCT k) FROM (SELECT * FROM (SELECT card_key AS k FROM transactions) a) b',
    'SELECT count(DISTINCT j.card_key) FROM (SELECT merchant_id, card_key FROM transactions) j JOIN transactions m USING (merchant_id)',
    // count's result is clean wherever it goes
    'SELECT (SELECT count(DISTINCT card_key) FROM transactions) AS cards',
    'SELECT merchant_city FROM transactions GROUP BY 1 ORDER BY count(DISTINCT card_key) DESC LIMIT 3',
    'SELECT n FROM (SELECT count(DISTINCT card_key) AS n FROM transactions) s WHERE n > 0',
  ])('allows %s', (sql) => {
    expectAllowed(sql);
  });

  it.each([
    ['SELECT card_key FROM transactions', 'the select list'],
    ['SELECT lower(card_key) FROM transactions', 'lower(...) in the select list'],
    ["SELECT count(*) FROM transactions WHERE card_key LIKE 'a%'", 'LIKE in WHERE'],
    [
      'SELECT count(*) FROM transactions a JOIN transactions b ON a.card_key = b.card_key',
      'operator = in JOIN ON',
    ],
    [
      'SELECT count(*) FROM (SELECT card_key FROM transactions) a JOIN (SELECT card_key FROM transactions) b USING (card_key)',
      'JOIN USING',
    ],
    [
      'SELECT count(*) FROM (SELECT card_key FROM transactions) a NATURAL JOIN (SELECT card_key FROM transactions) b',
      'NATURAL JOIN',
    ],
    ['SELECT count(*) FROM transactions GROUP BY card_key', 'GROUP BY'],
    ['SELECT count(*) FROM (SELECT card_key FROM transactions GROUP BY 1) s', 'GROUP BY'],
    ["SELECT merchant_city FROM transactions GROUP BY 1 HAVING max(card_key) > 'a'", 'max(...) in HAVING'],
    ['SELECT merchant_city FROM transactions ORDER BY card_key', 'ORDER BY'],
    ['SELECT k FROM (SELECT card_key AS k FROM transactions ORDER BY k LIMIT 1) s', 'ORDER BY'],
    ['SELECT DISTINCT ON (card_key) merchant_city FROM transactions', 'DISTINCT ON'],
    ['SELECT rank() OVER (PARTITION BY card_key) FROM transactions', 'a window PARTITION BY'],
    ['SELECT rank() OVER (ORDER BY card_key) FROM transactions', 'a window ORDER BY'],
    [
      "SELECT count(*) FILTER (WHERE card_key < '8') FROM transactions",
      'operator < in FILTER (WHERE ...) in the select list',
    ],
    ['SELECT count(CASE WHEN true THEN card_key END) FROM transactions', 'CASE in the select list'],
    ['SELECT count(card_key::text) FROM transactions', 'a cast to text in the select list'],
    [
      'SELECT count(DISTINCT (card_key, merchant_id)) FROM transactions',
      'a row constructor ROW(...) in the select list',
    ],
    [
      "SELECT count(*) FROM transactions WHERE ROW(card_key, 0) > ROW('8', 0)",
      'a row constructor ROW(...) in WHERE',
    ],
    [
      'SELECT count(*) FROM transactions WHERE card_key IN (SELECT card_key FROM transactions)',
      'a subquery comparison in WHERE',
    ],
    [
      'SELECT count(*) FROM transactions WHERE EXISTS (SELECT card_key FROM transactions)',
      'the select list of a subquery in WHERE',
    ],
    [
      'SELECT (SELECT max(card_key) FROM transactions)',
      'max(...) in the select list of a subquery in the select list',
    ],
    [
      'SELECT (SELECT count(*) FROM transactions o WHERE o.card_key = t.card_key) FROM transactions t',
      'operator = in WHERE',
    ],
    [
      'SELECT merchant_city FROM transactions LIMIT (SELECT length(min(card_key)) FROM transactions)',
      'min(...) in the select list of a subquery in LIMIT',
    ],
    [
      "SELECT card_key FROM transactions UNION SELECT 'x'",
      'a set operation (UNION / INTERSECT / EXCEPT compares values)',
    ],
    [
      "SELECT count(*) FROM (SELECT card_key FROM transactions INTERSECT SELECT 'x') s",
      'a set operation (UNION / INTERSECT / EXCEPT compares values)',
    ],
    [
      "SELECT count(*) FROM (SELECT card_key AS k FROM transactions) s WHERE s.k = 'x'",
      'operator = in WHERE',
    ],
    [
      "WITH c AS (SELECT card_key FROM transactions) SELECT count(*) FROM c WHERE card_key > 'x'",
      'operator > in WHERE',
    ],
    [
      "SELECT count(*) FROM transactions t, LATERAL (SELECT 1 WHERE t.card_key > 'x') x",
      'operator > in WHERE',
    ],
    [
      'WITH c AS (SELECT upper(card_key) AS k FROM transactions) SELECT count(DISTINCT k) FROM c',
      'upper(...) in the select list of CTE c',
    ],
    [
      'SELECT v.column1 FROM (VALUES ((SELECT min(card_key) FROM transactions))) v',
      'min(...) in the select list of a subquery in VALUES',
    ],
  ])('rejects %s', (sql, where) => {
    const result = guardSql(sql);
    expect(result.allowed).toBe(false);
    expect(result.reasons).toContain(personal(where));
  });

  it('rejects a * that would put a personal column in the result', () => {
    expect(guardSql('SELECT * FROM (SELECT card_key, merchant_city FROM transactions) s').reasons).toEqual([
      'SELECT * would put card_key (personal data) in the select list: list the columns you need',
    ]);
    expect(guardSql('WITH c AS (SELECT card_key FROM transactions) SELECT c.* FROM c').reasons).toEqual([
      'c.* would put card_key (personal data) in the select list: list the columns you need',
    ]);
  });
});
