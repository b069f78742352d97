import { parseSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { asNode, listOf, type ParseResult } from './ast.js';
import { guardSql, loadGuard } from './index.js';
import { isRowLimitWrapper, statementText, wrapWithRowLimit } from './rewrite.js';

beforeAll(async () => {
  await loadGuard();
});

/** The parse tree with positions removed, to compare statements regardless of where they sit. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'location' && key !== 'stmt_location' && key !== 'stmt_len')
      .map(([key, child]) => [key, shape(child)]),
  );
}

/** The statement inside `SELECT * FROM (<statement>) AS pa_guarded LIMIT n`, without positions. */
function innerStatement(limitedSql: string): unknown {
  const outer = asNode((parseSync(limitedSql) as ParseResult).stmts?.[0]?.stmt);
  const subquery = asNode(listOf(outer?.fields.fromClause)[0]);
  return shape(subquery?.fields.subquery);
}

function guardedSql(sql: string, maxRows?: number): string {
  const result = guardSql(sql, maxRows === undefined ? undefined : { maxRows });
  expect(result.reasons).toEqual([]);
  return result.sql;
}

describe('row-limit rewrite', () => {
  it('fetches one row more than the limit so truncation can be reported', () => {
    expect(guardedSql('SELECT 1', 10)).toBe('SELECT * FROM (\nSELECT 1\n) AS pa_guarded\nLIMIT 11');
    expect(guardedSql('SELECT 1')).toMatch(/\nLIMIT 1001$/);
  });

  it('strips the terminating semicolon and anything after it', () => {
    expect(guardedSql('SELECT 1 ;  -- done\n/* bye */\n')).toBe(
      'SELECT * FROM (\nSELECT 1\n) AS pa_guarded\nLIMIT 1001',
    );
  });

  it('keeps a trailing line comment on its own line so it cannot swallow the wrapper', () => {
    const sql = 'SELECT count(*) FROM transactions -- total';
    const limited = guardedSql(sql);
    expect(limited).toBe(
      'SELECT * FROM (\nSELECT count(*) FROM transactions -- total\n) AS pa_guarded\nLIMIT 1001',
    );
    expect(isRowLimitWrapper(parseSync(limited) as ParseResult, 1000)).toBe(true);
    expect(innerStatement(limited)).toEqual(shape((parseSync(sql) as ParseResult).stmts?.[0]?.stmt));
  });

  it('slices by bytes, so text before the statement may hold any characters', () => {
    const sql = "/* Сумма по городам 💳 */ SELECT 'Алматы' AS город, '💳' AS card_icon;";
    const limited = guardedSql(sql);
    expect(limited).toContain("SELECT 'Алматы' AS город, '💳' AS card_icon\n)");
    expect(innerStatement(limited)).toEqual(shape((parseSync(sql) as ParseResult).stmts?.[0]?.stmt));
  });

  it('keeps the inner ORDER BY, LIMIT and WITH', () => {
    const sql =
      'WITH c AS (SELECT merchant_city, count(*) AS n FROM transactions GROUP BY 1) SELECT merchant_city, n FROM c ORDER BY n DESC LIMIT 5';
    const inner = innerStatement(guardedSql(sql));
    expect(inner).toEqual(shape((parseSync(sql) as ParseResult).stmts?.[0]?.stmt));
    expect(asNode(inner)?.fields.sortClause).toBeDefined();
    expect(asNode(inner)?.fields.limitCount).toBeDefined();
  });

  it('reads the statement text from parser positions', () => {
    expect(statementText('  SELECT 1; ', { stmt: {}, stmt_location: 0, stmt_len: 10 })).toBe('SELECT 1');
    expect(statementText('SELECT 1 -- x', { stmt: {} })).toBe('SELECT 1 -- x');
  });

  it('recognises only the exact wrapper', () => {
    const wrapper = wrapWithRowLimit('SELECT 1', 5);
    expect(isRowLimitWrapper(parseSync(wrapper) as ParseResult, 5)).toBe(true);
    expect(isRowLimitWrapper(parseSync(wrapper) as ParseResult, 6)).toBe(false);
    expect(isRowLimitWrapper(parseSync('SELECT * FROM (SELECT 1) AS pa_guarded') as ParseResult, 5)).toBe(
      false,
    );
    expect(isRowLimitWrapper(parseSync(`${wrapper}; SELECT 2`) as ParseResult, 5)).toBe(false);
    expect(
      isRowLimitWrapper(
        parseSync('SELECT * FROM (SELECT 1) AS pa_guarded ORDER BY 1 LIMIT 6') as ParseResult,
        5,
      ),
    ).toBe(false);
    expect(isRowLimitWrapper(parseSync('SELECT * FROM (SELECT 1) AS other LIMIT 6') as ParseResult, 5)).toBe(
      false,
    );
  });
});
