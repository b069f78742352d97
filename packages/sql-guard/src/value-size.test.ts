import { beforeAll, describe, expect, it } from 'vitest';
import { defaultGuardPolicy, guardSql, loadGuard } from './index.js';

beforeAll(async () => {
  await loadGuard();
});

function reasonsFor(sql: string, policy?: Parameters<typeof guardSql>[1]): string[] {
  const result = guardSql(sql, policy);
  expect(result.allowed, `expected a rejection of: ${sql}`).toBe(false);
  return result.reasons;
}

function expectAllowed(sql: string): void {
  expect(guardSql(sql).reasons, `expected ${sql} to be allowed`).toEqual([]);
}

const tooBig =
  'an expression could build a value of more than 200000 characters (nested concatenation, padding or numeric growth): build smaller values';

/** `levels` derived tables, each repeating the column below it `copies` times. */
function nestedConcatenation(levels: number, copies: number): string {
  let sql = `SELECT '${'x'.repeat(1000)}'::text AS s`;
  for (let level = 0; level < levels; level += 1) {
    sql = `SELECT ${Array.from({ length: copies }, () => 's').join(' || ')} AS s FROM (${sql}) l${level}`;
  }
  return `SELECT length(s) FROM (${sql}) outer_level`;
}

describe('bounded work', () => {
  it.each([
    'replace',
    'string_agg',
    'array_agg',
    'repeat',
    'overlay',
    'translate',
    'regexp_replace',
    'format',
    'array_fill',
    'generate_series',
    'lpad',
    'rpad',
  ])('does not allow %s', (name) => {
    expect(defaultGuardPolicy.allowedFunctions).not.toContain(name);
  });

  it('rejects the string multipliers of issue #9', () => {
    expect(
      reasonsFor(
        "SELECT length(replace(replace(lpad('',1000,'x'),'x',lpad('',1000,'x')),'x',lpad('',1000,'x')))",
      ),
    ).toEqual(['function replace is not allowed', 'function lpad is not allowed']);
    expect(reasonsFor("SELECT string_agg(merchant_city, '--') FROM transactions")).toEqual([
      'function string_agg is not allowed',
    ]);
    expect(reasonsFor('SELECT ARRAY(SELECT merchant_city FROM transactions)')).toEqual([
      'ARRAY(subquery) is not allowed: its size grows with the number of rows',
    ]);
  });

  it('keeps type modifiers small integer literals', () => {
    expect(reasonsFor("SELECT concat(''::char(10485760), 'x')")).toEqual([
      'the type modifier of char must be a whole number up to 1000',
    ]);
    expect(reasonsFor("SELECT 'x'::varchar(1001)")).toEqual([
      'the type modifier of varchar must be a whole number up to 1000',
    ]);
    expect(reasonsFor('SELECT 1::numeric(1001, 2)')).toEqual([
      'the type modifier of numeric must be a whole number up to 1000',
    ]);
    expectAllowed(
      "SELECT 1::numeric(15, 2), 'x'::varchar(100), 'x'::char(3), now()::timestamp(3), interval '1' day, INTERVAL '1:30' HOUR TO MINUTE",
    );
  });

  it('allows power and ^ only with a small literal exponent', () => {
    expectAllowed(
      'SELECT power(transaction_amount_kzt, 2), transaction_amount_kzt ^ 0.5, power(2, -3) FROM transactions',
    );
    expect(reasonsFor('SELECT power(10::numeric, 100000)')).toEqual([
      'power(...) needs a literal exponent between -10 and 10',
    ]);
    expect(reasonsFor('SELECT transaction_amount_kzt ^ merchant_mcc FROM transactions')).toEqual([
      'the ^ operator needs a literal exponent between -10 and 10',
    ]);
  });

  it('bounds values built additively through derived tables', () => {
    // 1000 * 4^4 = 256 000 characters: one level too many
    expectAllowed(nestedConcatenation(3, 4));
    expect(reasonsFor(nestedConcatenation(4, 4))).toEqual([tooBig]);
    expect(reasonsFor(nestedConcatenation(12, 2))).toEqual([tooBig]);
    // numbers with 130 000 digits, twice
    expect(reasonsFor('SELECT e || e FROM (SELECT exp(299999::numeric)::text AS e) s')).toEqual([tooBig]);
    expectAllowed('SELECT exp(avg(ln(transaction_amount_kzt + 1))) FROM transactions');
  });

  it('follows a configured value bound', () => {
    expect(reasonsFor(`SELECT '${'x'.repeat(1000)}' || 'y'`, { maxValueLength: 1000 })).toEqual([
      'an expression could build a value of more than 1000 characters (nested concatenation, padding or numeric growth): build smaller values',
    ]);
  });
});

describe('concat_ws', () => {
  it('counts its separator once between every two arguments', () => {
    const args = Array.from({ length: 300 }, () => "'a'").join(', ');
    expectAllowed(`SELECT concat_ws(s, ${args}) FROM (SELECT '${'x'.repeat(600)}'::text AS s) t`);
    expect(
      reasonsFor(`SELECT concat_ws(s, ${args}) FROM (SELECT '${'x'.repeat(1000)}'::text AS s) t`),
    ).toEqual([tooBig]);
  });
});
