import fc from 'fast-check';
import { parseSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParseResult } from './ast.js';
import { type GuardResult, guardSql, loadGuard } from './index.js';
import { isRowLimitWrapper } from './rewrite.js';

beforeAll(async () => {
  await loadGuard();
});

/** A piece of SQL and whether it alone must make the statement rejected. */
interface Fragment {
  sql: string;
  poison: boolean;
}

const safe = (...sql: string[]) => sql.map((text): Fragment => ({ sql: text, poison: false }));
const poison = (...sql: string[]) => sql.map((text): Fragment => ({ sql: text, poison: true }));

const selectItems = [
  ...safe(
    'count(*)',
    'sum(transaction_amount_kzt) AS total',
    'count(DISTINCT card_key) AS cards',
    'count(card_key)',
    'merchant_city',
    "date_trunc('month', transaction_timestamp) AS month",
    'round(avg(transaction_amount_kzt), 2)',
    "'literal'",
    '1 + 2',
    "coalesce(wallet_type, 'none')",
    'percentile_cont(0.5) WITHIN GROUP (ORDER BY transaction_amount_kzt)',
  ),
  ...poison(
    'card_id',
    'card_key',
    'max(card_key)',
    'count(lower(card_key))',
    't.to_jsonb',
    'max(expiry_date)',
    'pg_sleep(1)',
    "current_setting('app.tenant')",
    '"PG_SLEEP"(1)',
    'pg_catalog.pg_sleep(1)',
    'U&"\\0070g_sleep"(1)',
    'ctid',
    "'x'::regclass",
    '(SELECT max(tenant) FROM app.question_history)',
    'current_user',
    'card_id::text',
  ),
];

const fromItems = [
  ...safe(
    'transactions',
    'public.transactions t',
    '(SELECT merchant_city, transaction_amount_kzt, card_key, transaction_timestamp, wallet_type FROM transactions) t',
  ),
  ...poison(
    'pg_catalog.pg_user',
    'app.question_history',
    'generate_series(1, 10) g',
    'transactions TABLESAMPLE SYSTEM (1)',
    'information_schema.tables',
  ),
];

const conditions = [
  ...safe(
    '',
    " WHERE merchant_city = 'Almaty'",
    " WHERE transaction_timestamp >= now() - interval '7 days'",
    ' WHERE merchant_city IN (SELECT merchant_city FROM transactions)',
  ),
  ...poison(
    ' WHERE pg_sleep(1) IS NULL',
    ' WHERE card_key > 5',
    " WHERE expiry_date LIKE '%/25'",
    " WHERE card_key LIKE 'a%'",
    ' WHERE expiry_date::date > now()',
    " WHERE set_config('app.tenant', '*', true) IS NOT NULL",
    ' WHERE EXISTS (SELECT 1 FROM pg_roles)',
  ),
];

const tails = [
  ...safe('', ' ORDER BY 1', ' LIMIT 10', ';', ' -- trailing comment', ';\n-- after', ' /* c */ ;  '),
  ...poison('; DROP TABLE transactions', ' FOR UPDATE', '; SELECT 1', ' ORDER BY card_id', ' INTO leak'),
];

const fragment = (options: Fragment[]) => fc.constantFrom(...options);

const assembledQuery = fc
  .record({
    items: fc.array(fragment(selectItems), { minLength: 1, maxLength: 3 }),
    from: fragment(fromItems),
    where: fragment(conditions),
    tail: fragment(tails),
    asCte: fc.boolean(),
  })
  .map(({ items, from, where, tail, asCte }) => {
    // INTO must follow the select list to parse; elsewhere the tail goes last.
    const into = tail.sql === ' INTO leak';
    const body = `SELECT ${items.map((item) => item.sql).join(', ')}${into ? tail.sql : ''} FROM ${from.sql}${where.sql}`;
    const sql = asCte
      ? `WITH c AS (${body}) SELECT * FROM c${into ? '' : tail.sql}`
      : `${body}${into ? '' : tail.sql}`;
    const poisoned = [...items, from, where, tail].some((part) => part.poison);
    return { sql, poisoned };
  });

function expectSoundResult(sql: string, result: GuardResult): void {
  expect(typeof result.allowed).toBe('boolean');
  expect(Array.isArray(result.reasons)).toBe(true);
  if (result.allowed) {
    expect(result.reasons).toEqual([]);
    const original = parseSync(sql) as ParseResult;
    expect(original.stmts).toHaveLength(1);
    expect(Object.keys(original.stmts?.[0]?.stmt ?? {})).toEqual(['SelectStmt']);
    expect(isRowLimitWrapper(parseSync(result.sql) as ParseResult, 1000)).toBe(true);
  } else {
    expect(result.reasons.length).toBeGreaterThan(0);
    expect(result.sql).toBe(sql);
  }
}

describe('guard properties', () => {
  it('returns a sound result for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (sql) => {
          expectSoundResult(sql, guardSql(sql));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('returns a sound result for SQL-looking token soup', () => {
    const token = fc.constantFrom(
      'SELECT',
      'FROM',
      'WHERE',
      'transactions',
      'card_id',
      '*',
      ',',
      '(',
      ')',
      ';',
      '--',
      '/*',
      '*/',
      "'",
      '$$',
      'pg_sleep',
      'count',
      '1',
      'UNION',
      'WITH',
      'AS',
      'x',
      'INTO',
      'FOR UPDATE',
      '\n',
      'U&"\\0070"',
      '"',
      '::',
      'int',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 25 }), (tokens) => {
        const sql = tokens.join(' ');
        expectSoundResult(sql, guardSql(sql));
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects an assembled statement exactly when one of its parts is forbidden', () => {
    fc.assert(
      fc.property(assembledQuery, ({ sql, poisoned }) => {
        const result = guardSql(sql);
        expectSoundResult(sql, result);
        expect(result.allowed, `${sql}\n${result.reasons.join('\n')}`).toBe(!poisoned);
      }),
      { numRuns: 2000 },
    );
  });
});
