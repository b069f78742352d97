/**
 * Property-based tests for the two classes of issue #9 that have endless spellings:
 * functional notation (`t.f` read as `f(t)`) and personal data flowing out of count().
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayIdentifier } from './ast.js';
import { defaultGuardPolicy, guardSql, loadGuard } from './index.js';

beforeAll(async () => {
  await loadGuard();
});

// ---------------------------------------------------------------- identifiers

/** Spells an identifier plain (when PostgreSQL would fold it to itself), quoted, or with U& escapes. */
const spelled = (name: string): fc.Arbitrary<string> => {
  const quoted = `"${name.replaceAll('"', '""')}"`;
  const unicode = fc
    .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
    .map((escapes) => {
      const body = [...name]
        .map((char, i) => {
          const code = char.codePointAt(0) ?? 0;
          if (escapes[i] && code <= 0xffff) return `\\${code.toString(16).padStart(4, '0')}`;
          return char === '\\' ? '\\\\' : char;
        })
        .join('')
        .replaceAll('"', '""');
      return `U&"${body}"`;
    });
  const plain = /^[a-z_][a-z0-9_]*$/.test(name) && !reserved.has(name) ? [fc.constant(name)] : [];
  return fc.oneof(...plain, fc.constant(quoted), unicode);
};

const reserved = new Set([
  'select',
  'from',
  'where',
  'order',
  'group',
  'table',
  'user',
  'limit',
  'all',
  'and',
  'or',
  'as',
  'on',
  'in',
  'is',
  'not',
  'case',
  'end',
  'when',
  'then',
  'else',
  'with',
  'union',
  'only',
  'array',
  'cast',
  'do',
  'for',
  'to',
  'end',
]);

/** Every column name some FROM item below offers: a function name must not be one of them. */
const knownColumns = new Set([
  ...(defaultGuardPolicy.relations.transactions ?? []),
  ...Object.keys(defaultGuardPolicy.withheldColumns),
  'n',
  'column1',
  'ctid',
  'xmin',
  'xmax',
  'cmin',
  'cmax',
  'tableoid',
]);

const functionName = fc
  .oneof(
    fc.constantFrom(
      'to_jsonb',
      'row_to_json',
      'to_json',
      'concat',
      'quote_literal',
      'quote_nullable',
      'record_out',
      'json_agg',
      'jsonb_agg',
      'array_agg',
      'hash_record',
      'hash_record_extended',
      'text',
      'textin',
      'num_nulls',
      'count',
      'max',
      'lower',
    ),
    fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/),
    fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !s.includes('\0')),
  )
  .filter((name) => !knownColumns.has(name));

// ---------------------------------------------------------------- functional notation

/** A FROM clause and a qualifier that names one of its items (as parts, unspelled). */
interface Source {
  ctes: string[];
  from: string;
  qualifier: string[];
}

const sources: fc.Arbitrary<Source> = fc.constantFrom<Source>(
  { ctes: [], from: 'transactions t', qualifier: ['t'] },
  { ctes: [], from: 'transactions AS "Tx"', qualifier: ['Tx'] },
  { ctes: [], from: 'transactions', qualifier: ['transactions'] },
  { ctes: [], from: 'public.transactions', qualifier: ['transactions'] },
  { ctes: [], from: 'transactions', qualifier: ['public', 'transactions'] },
  { ctes: [], from: 'public.transactions', qualifier: ['public', 'transactions'] },
  { ctes: ['c AS (SELECT merchant_city, card_key FROM transactions)'], from: 'c', qualifier: ['c'] },
  { ctes: ['c(n) AS (SELECT merchant_city FROM transactions)'], from: 'c AS d', qualifier: ['d'] },
  {
    ctes: [],
    from: '(SELECT merchant_city, count(*) AS n FROM transactions GROUP BY 1) s',
    qualifier: ['s'],
  },
  { ctes: [], from: '(VALUES (1), (2)) v', qualifier: ['v'] },
  { ctes: [], from: '(transactions a JOIN transactions b USING (merchant_id)) AS j', qualifier: ['j'] },
  { ctes: [], from: 'transactions a JOIN transactions b ON a.merchant_id = b.merchant_id', qualifier: ['b'] },
  { ctes: [], from: 'transactions a JOIN transactions b USING (merchant_id) AS u', qualifier: ['u'] },
  { ctes: [], from: 'transactions t CROSS JOIN LATERAL (SELECT t.merchant_city AS n) x', qualifier: ['x'] },
);

/** Places an expression `e` somewhere a column reference may stand. */
const placements: readonly ((e: string, s: Source) => string)[] = [
  (e, s) => `${withClause(s.ctes)}SELECT ${e} FROM ${s.from}`,
  (e, s) => `${withClause(s.ctes)}SELECT count(*) FROM ${s.from} WHERE ${e} IS NOT NULL`,
  (e, s) => `${withClause(s.ctes)}SELECT count(DISTINCT ${e}) FROM ${s.from}`,
  (e, s) => `${withClause(s.ctes)}SELECT 1 FROM ${s.from} ORDER BY ${e}`,
  (e, s) => `${withClause(s.ctes)}SELECT count(*) FROM ${s.from} GROUP BY ${e}`,
  (e, s) => `${withClause(s.ctes)}SELECT count(*) FROM ${s.from} HAVING max(${e}::text) > ''`,
  (e, s) => `${withClause(s.ctes)}SELECT (SELECT ${e}) FROM ${s.from}`,
  (e, s) => `${withClause(s.ctes)}SELECT 1 FROM ${s.from} WHERE EXISTS (SELECT 1 WHERE ${e} IS NULL)`,
  (e, s) => `${withClause(s.ctes)}SELECT z.v FROM ${s.from} CROSS JOIN LATERAL (SELECT ${e} AS v) z`,
  (e, s) => `${withClause([...s.ctes, `w AS (SELECT ${e} AS v FROM ${s.from})`])}SELECT count(*) FROM w`,
  (e, s) => `${withClause(s.ctes)}SELECT count(*) FROM (SELECT ${e} AS v FROM ${s.from}) z`,
  (e, s) => `${withClause(s.ctes)}SELECT rank() OVER (PARTITION BY ${e}) FROM ${s.from}`,
];

function withClause(ctes: readonly string[]): string {
  return ctes.length === 0 ? '' : `WITH ${ctes.join(', ')} `;
}

const functionalNotation = fc
  .record({
    source: sources,
    name: functionName,
    placement: fc.integer({ min: 0, max: placements.length - 1 }),
  })
  .chain(({ source, name, placement }) =>
    fc
      .tuple(...source.qualifier.map(spelled), spelled(name))
      .map((parts) => ({ sql: placements[placement]?.(parts.join('.'), source) ?? '', name })),
  );

describe('functional notation', () => {
  it('rejects t.f for any qualifier, spelling, placement and function name, naming the unknown column', () => {
    let runs = 0;
    let unparsable = 0;
    fc.assert(
      fc.property(functionalNotation, ({ sql, name }) => {
        runs += 1;
        const result = guardSql(sql);
        expect(result.allowed, sql).toBe(false);
        // a name that does not parse (e.g. U& with a lone backslash) is rejected before resolution
        if (result.reasons.some((reason) => reason.startsWith('SQL does not parse'))) {
          unparsable += 1;
          return;
        }
        const unknown = result.reasons.filter((reason) => reason.startsWith('unknown column'));
        expect(
          unknown.some((reason) => reason.includes(displayIdentifier(name))),
          `${sql}\n${result.reasons.join('\n')}`,
        ).toBe(true);
      }),
      { numRuns: 1500 },
    );
    // the property is about resolution, not the parser: almost every case must reach it
    expect(unparsable).toBeLessThan(runs / 20);
  });
});

// ---------------------------------------------------------------- taint

/** Personal values reached in different ways; `from` supplies them. */
const personalSources = fc.constantFrom(
  { from: 'transactions', expression: 'card_key' },
  { from: 'transactions t', expression: 't.card_key' },
  { from: 'public.transactions', expression: 'public.transactions.card_key' },
  { from: '(SELECT card_key AS k, merchant_city FROM transactions) s', expression: 's.k' },
  {
    from: '(SELECT * FROM (SELECT card_key, merchant_city FROM transactions) a) b',
    expression: 'b.card_key',
  },
  {
    from: '(WITH c AS (SELECT card_key FROM transactions) SELECT card_key AS k, 1 AS one FROM c) s',
    expression: 'k',
  },
  {
    from: '(SELECT merchant_id, card_key FROM transactions) a JOIN transactions m USING (merchant_id)',
    expression: 'a.card_key',
  },
);

/** Wrappers around an expression; each one makes it something other than count's direct argument. */
const wrappers: readonly ((e: string) => string)[] = [
  (e) => `lower(${e})`,
  (e) => `(${e}) || 'x'`,
  (e) => `coalesce(${e}, '')`,
  (e) => `CASE WHEN ${e} > '8' THEN 1 END`,
  (e) => `CASE WHEN true THEN ${e} END`,
  (e) => `(${e})::text`,
  (e) => `CAST(${e} AS varchar(20))`,
  (e) => `length(${e})`,
  (e) => `left(${e}, 1)`,
  (e) => `ROW(${e}, 1)`,
  (e) => `ARRAY[${e}]`,
  (e) => `greatest(${e}, 'a')`,
  (e) => `max(${e})`,
  (e) => `nullif(${e}, 'a')`,
  (e) => `(SELECT ${e})`,
  (e) => `(${e}) COLLATE "C"`,
  (e) => `((${e}) = 'a')`,
  (e) => `((${e}) LIKE 'a%')`,
  (e) => `((${e}) IS NULL)`,
];

/** Clauses an expression may sit in; `count` marks count's argument, the one allowed place. */
const clauses: readonly { count?: boolean; sql: (e: string, from: string) => string }[] = [
  { sql: (e, from) => `SELECT ${e} FROM ${from}` },
  { sql: (e, from) => `SELECT count(*) FROM ${from} WHERE (${e}) IS NOT NULL` },
  { sql: (e, from) => `SELECT count(*) FROM ${from} GROUP BY ${e}` },
  { sql: (e, from) => `SELECT count(*) FROM ${from} HAVING min(${e}) IS NULL` },
  { sql: (e, from) => `SELECT 1 FROM ${from} ORDER BY ${e}` },
  { sql: (e, from) => `SELECT DISTINCT ON (${e}) 1 FROM ${from}` },
  { sql: (e, from) => `SELECT rank() OVER (PARTITION BY ${e}) FROM ${from}` },
  { sql: (e, from) => `SELECT count(*) FILTER (WHERE (${e}) IS NULL) FROM ${from}` },
  { sql: (e, from) => `SELECT count(*) FROM ${from} JOIN (SELECT 1 AS one) z ON (${e}) IS NOT NULL` },
  { sql: (e, from) => `SELECT count(*) FROM (SELECT ${e} AS v FROM ${from} UNION SELECT NULL) u` },
  { sql: (e, from) => `SELECT count(*) FROM ${from} WHERE EXISTS (SELECT ${e})` },
  {
    sql: (e, from) =>
      `SELECT (SELECT count(*) FROM transactions z WHERE z.merchant_city = (${e})::text) FROM ${from}`,
  },
  { count: true, sql: (e, from) => `SELECT count(${e}) FROM ${from}` },
  { count: true, sql: (e, from) => `SELECT count(DISTINCT ${e}) FROM ${from}` },
  {
    count: true,
    sql: (e, from) => `SELECT count(DISTINCT ${e}) AS cards FROM ${from} HAVING count(${e}) > 0`,
  },
];

const taintPaths = fc.record({
  source: personalSources,
  wrapping: fc.array(fc.integer({ min: 0, max: wrappers.length - 1 }), { maxLength: 3 }),
  clause: fc.integer({ min: 0, max: clauses.length - 1 }),
});

describe('personal data as data flow', () => {
  it('rejects card_key anywhere except as the direct argument of count()', () => {
    fc.assert(
      fc.property(taintPaths, ({ source, wrapping, clause }) => {
        const expression = wrapping.reduce<string>(
          (e, index) => wrappers[index]?.(e) ?? e,
          source.expression,
        );
        const place = clauses[clause];
        if (!place) return;
        const sql = place.sql(expression, source.from);
        const result = guardSql(sql);
        const mayPass = place.count === true && wrapping.length === 0;
        expect(result.allowed, `${sql}\n${result.reasons.join('\n')}`).toBe(mayPass);
        if (!mayPass) {
          expect(
            result.reasons.some((reason) => reason.startsWith('card_key is personal data')),
            `${sql}\n${result.reasons.join('\n')}`,
          ).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
