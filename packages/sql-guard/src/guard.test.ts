import { beforeAll, describe, expect, it } from 'vitest';
import { guardSql, loadGuard } from './index.js';

beforeAll(async () => {
  await loadGuard();
});

function reasonsFor(sql: string, policy?: Parameters<typeof guardSql>[1]): string[] {
  const result = guardSql(sql, policy);
  expect(result.allowed, `expected a rejection of: ${sql}`).toBe(false);
  expect(result.sql).toBe(sql);
  return result.reasons;
}

function expectAllowed(sql: string, policy?: Parameters<typeof guardSql>[1]): void {
  const result = guardSql(sql, policy);
  expect(result.reasons, `expected ${sql} to be allowed`).toEqual([]);
  expect(result.allowed).toBe(true);
}

describe('statements', () => {
  it('allows one SELECT and returns it wrapped in the row limit', () => {
    const result = guardSql('SELECT merchant_city, count(*) FROM transactions GROUP BY 1');
    expect(result).toEqual({
      allowed: true,
      reasons: [],
      sql: 'SELECT * FROM (\nSELECT merchant_city, count(*) FROM transactions GROUP BY 1\n) AS pa_guarded\nLIMIT 1001',
    });
  });

  it('rejects empty, blank and comment-only SQL', () => {
    expect(reasonsFor('')).toEqual(['SQL is empty']);
    expect(reasonsFor(' \n\t ')).toEqual(['SQL is empty']);
    const noStatement = ['SQL is empty: it contains no statement, only comments or semicolons'];
    expect(reasonsFor('-- how much did we spend?')).toEqual(noStatement);
    expect(reasonsFor('/* nothing */ ;')).toEqual(noStatement);
  });

  it('reports the parser message for SQL that does not parse', () => {
    expect(reasonsFor('SELEC 1')).toEqual(['SQL does not parse: syntax error at or near "SELEC"']);
    expect(reasonsFor("SELECT 'open")).toEqual([
      'SQL does not parse: unterminated quoted string at or near "\'open"',
    ]);
  });

  it('counts statements', () => {
    expect(reasonsFor('SELECT 1; SELECT 2')).toEqual(['only one statement is allowed, found 2']);
    expect(reasonsFor('SELECT 1; DELETE FROM transactions; SELECT 3')).toEqual([
      'only one statement is allowed, found 3',
    ]);
    // a semicolon inside a string, dollar quote or comment is not a separator
    expectAllowed("SELECT 'a;b', $$c;d$$ /* ; */ -- ;");
  });

  it.each([
    ['DELETE FROM transactions', 'DELETE'],
    ['UPDATE transactions SET card_id = 0', 'UPDATE'],
    ["INSERT INTO transactions (transaction_id) VALUES ('x')", 'INSERT'],
    ['DROP TABLE transactions', 'DROP'],
    ["COPY transactions TO '/tmp/x'", 'COPY'],
    ['DO $$ BEGIN PERFORM 1; END $$', 'DO'],
    ["SET app.tenant = '*'", 'SET'],
    ['RESET ROLE', 'RESET'],
    ['CALL p()', 'CALL'],
    ['EXPLAIN SELECT 1', 'EXPLAIN'],
    ['PREPARE p AS SELECT 1', 'PREPARE'],
    ['EXECUTE p', 'EXECUTE'],
    ['LISTEN x', 'LISTEN'],
    ["NOTIFY x, 'y'", 'NOTIFY'],
    ['BEGIN', 'transaction control (BEGIN)'],
    ['GRANT SELECT ON transactions TO public', 'GRANT'],
    ['VACUUM transactions', 'VACUUM'],
    ['LOCK TABLE transactions', 'LOCK'],
    ['CREATE TABLE x AS SELECT 1', 'CREATE TABLE AS'],
  ])('rejects %s', (sql, kind) => {
    expect(reasonsFor(sql)).toEqual([`only SELECT is allowed, found ${kind}`]);
  });

  it('rejects SELECT INTO and row locks', () => {
    expect(reasonsFor('SELECT merchant_city INTO leak FROM transactions')).toEqual([
      'SELECT INTO is not allowed: it creates a table',
    ]);
    expect(reasonsFor('SELECT merchant_id FROM transactions FOR UPDATE')).toEqual([
      'FOR UPDATE is not allowed: the guard only runs reads',
    ]);
    expect(reasonsFor('SELECT count(*) FROM (SELECT merchant_id FROM transactions FOR SHARE) s')).toEqual([
      'FOR SHARE is not allowed: the guard only runs reads',
    ]);
  });

  it('rejects recursion and data-modifying CTEs', () => {
    expect(
      reasonsFor('WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r'),
    ).toEqual(['WITH RECURSIVE is not allowed']);
    expect(reasonsFor('WITH d AS (DELETE FROM transactions RETURNING id) SELECT count(*) FROM d')).toEqual([
      'data-modifying CTE d (DELETE) is not allowed',
    ]);
  });

  it('accepts the SELECT shapes analytics needs', () => {
    expectAllowed(
      'WITH cur AS (SELECT mcc_category, sum(transaction_amount_kzt) AS total FROM transactions GROUP BY 1) SELECT c.mcc_category, c.total, rank() OVER (ORDER BY c.total DESC) FROM cur c WHERE c.total > (SELECT avg(transaction_amount_kzt) FROM transactions) ORDER BY 2 DESC LIMIT 5 OFFSET 1',
    );
    expectAllowed(
      'SELECT merchant_city FROM transactions UNION SELECT mcc_category FROM transactions EXCEPT SELECT 1::text',
    );
    expectAllowed(
      'SELECT merchant_city, wallet_type, count(*) FROM transactions GROUP BY GROUPING SETS ((1), (2), ())',
    );
    expectAllowed(
      "SELECT count(*) FILTER (WHERE transaction_type = 'ECOM') FROM transactions HAVING count(*) > 1",
    );
    expectAllowed('SELECT v.x FROM (VALUES (1), (2)) AS v(x)');
  });

  it('rejects NUL characters, which would hide text from the parser', () => {
    expect(reasonsFor('SELECT 1\u0000; DROP TABLE transactions')).toEqual([
      'SQL must not contain NUL characters',
    ]);
  });

  it('rejects text that is not valid Unicode', () => {
    expect(reasonsFor("SELECT '\uD800'")).toEqual(['SQL is not valid Unicode']);
  });

  it('rejects SQL longer than the policy allows', () => {
    expect(reasonsFor(`SELECT ${'1 + '.repeat(30)}1`, { maxSqlLength: 50 })).toEqual([
      'SQL is too long: 128 characters, at most 50 are allowed',
    ]);
  });

  it('rejects absurdly deep nesting without blowing the stack', () => {
    const deep = `SELECT ${'coalesce('.repeat(400)}1${')'.repeat(400)}`;
    expect(reasonsFor(deep)).toEqual(['SQL is nested too deeply']);
    const long = `SELECT ${Array.from({ length: 4000 }, () => '1').join('+')}`;
    expect(reasonsFor(long)).toEqual(['SQL is nested too deeply']);
  });

  it('never throws on non-string input from untyped callers', () => {
    expect(guardSql(undefined as unknown as string).allowed).toBe(false);
  });

  it('rejects invalid policies loudly', () => {
    expect(() => guardSql('SELECT 1', { maxRows: 0 })).toThrow(/maxRows must be a positive integer/);
    // personal columns from before card_key would leave card_key open: refuse the policy
    expect(() => guardSql('SELECT 1', { personalColumns: ['card_id', 'expiry_date'] })).toThrow(
      /card_id is withheld/,
    );
  });
});

describe('relations', () => {
  it('allows transactions, qualified or not', () => {
    expectAllowed('SELECT count(*) FROM transactions');
    expectAllowed(
      'SELECT count(*) FROM public.transactions t JOIN transactions u ON u.merchant_id = t.merchant_id',
    );
    expectAllowed('SELECT count(*) FROM ONLY transactions');
  });

  it.each([
    ['SELECT count(*) FROM pg_catalog.pg_user', 'relation pg_catalog.pg_user is not allowed'],
    ['SELECT count(*) FROM pg_shadow', 'relation pg_shadow is not allowed'],
    ['SELECT count(*) FROM information_schema.tables', 'relation information_schema.tables is not allowed'],
    ['SELECT count(*) FROM app.question_history', 'relation app.question_history is not allowed'],
    ['SELECT count(*) FROM "Transactions"', 'relation "Transactions" is not allowed'],
    [
      'SELECT count(*) FROM otherdb.public.transactions',
      'relation otherdb.public.transactions is not allowed',
    ],
    ['SELECT count(*) FROM U&"\\0070g_user"', 'relation pg_user is not allowed'],
  ])('%s', (sql, reason) => {
    expect(reasonsFor(sql)).toEqual([reason]);
  });

  it('finds relations wherever they hide', () => {
    const reason = 'relation app.question_history is not allowed';
    for (const sql of [
      'SELECT merchant_city FROM transactions UNION SELECT question FROM app.question_history',
      'SELECT count(*) FROM transactions WHERE EXISTS (SELECT 1 FROM app.question_history)',
      'SELECT (SELECT max(tenant) FROM app.question_history)',
      'WITH h AS (SELECT tenant FROM app.question_history) SELECT count(*) FROM h',
      'SELECT count(*) FROM transactions t, LATERAL (SELECT tenant FROM app.question_history) h',
      'SELECT count(*) FROM transactions JOIN app.question_history ON true',
    ]) {
      expect(reasonsFor(sql), sql).toEqual([reason]);
    }
  });

  it('treats names defined by WITH as CTEs, in scope only', () => {
    expectAllowed('WITH pg_user AS (SELECT 1 AS x) SELECT x FROM pg_user');
    expectAllowed('WITH a AS (SELECT 1 AS x), b AS (SELECT x FROM a) SELECT x FROM b');
    expectAllowed('WITH a AS (SELECT 1 AS x) SELECT (SELECT max(x) FROM a)');
    expectAllowed('WITH transactions AS (SELECT merchant_city FROM transactions) SELECT * FROM transactions');
    // a schema-qualified name is never a CTE
    expect(
      reasonsFor('WITH question_history AS (SELECT 1) SELECT count(*) FROM app.question_history'),
    ).toEqual(['relation app.question_history is not allowed']);
    // a non-recursive CTE does not see itself or later CTEs: those names are tables there
    expect(reasonsFor('WITH a AS (SELECT x FROM b), b AS (SELECT 1 AS x) SELECT x FROM a')).toEqual([
      'relation b is not allowed',
    ]);
    expect(reasonsFor('WITH pg_user AS (SELECT usename FROM pg_user) SELECT count(*) FROM pg_user')).toEqual([
      'relation pg_user is not allowed',
    ]);
    // a CTE defined inside a subquery is not visible outside it
    expect(reasonsFor('SELECT s.x FROM (WITH q AS (SELECT 1 AS x) SELECT x FROM q) s, q')).toEqual([
      'relation q is not allowed',
    ]);
  });

  it('follows a configured allowlist', () => {
    const policy = { relations: { 'reports.daily_totals': ['day', 'total'] } };
    expectAllowed('SELECT day, sum(total) FROM reports.daily_totals GROUP BY day', policy);
    expect(reasonsFor('SELECT count(*) FROM daily_totals', policy)).toEqual([
      'relation daily_totals is not allowed',
    ]);
    expect(reasonsFor('SELECT d.amount FROM reports.daily_totals d', policy)).toEqual([
      'unknown column d.amount: d has no column amount (PostgreSQL would call a function amount(d) on the whole row)',
    ]);
    expect(reasonsFor('SELECT count(*) FROM public.transactions', policy)).toEqual([
      'relation public.transactions is not allowed',
    ]);
  });

  it('caps table and CTE references', () => {
    expectAllowed('SELECT count(*) FROM transactions a, transactions b, transactions c, transactions d');
    expect(
      reasonsFor('WITH t AS (SELECT merchant_id FROM transactions) SELECT count(*) FROM t a, t b, t c, t d'),
    ).toEqual(['the query reads tables or CTEs 5 times; at most 4 references are allowed']);
    expect(
      reasonsFor('SELECT count(*) FROM transactions a, transactions b', { maxRelationReferences: 1 }),
    ).toEqual(['the query reads tables or CTEs 2 times; at most 1 references are allowed']);
  });

  it('rejects TABLESAMPLE and functions in FROM', () => {
    expect(reasonsFor('SELECT count(*) FROM transactions TABLESAMPLE SYSTEM (1)')).toEqual([
      'TABLESAMPLE is not allowed: sampled results would silently misstate totals',
    ]);
    expect(reasonsFor('SELECT count(*) FROM generate_series(1, 10) g')).toEqual([
      'functions in FROM are not allowed',
    ]);
  });
});

describe('functions, operators and casts', () => {
  it('allows the analytics functions', () => {
    expectAllowed(
      "SELECT date_trunc('month', transaction_timestamp), extract(isodow FROM transaction_timestamp), to_char(now(), 'YYYY'), age(now(), make_date(2024, 1, 1)), make_interval(days => 3), transaction_timestamp AT TIME ZONE 'UTC', current_date - 1, localtimestamp, round(abs(-1.5), 1), greatest(1, 2), coalesce(wallet_type, 'none'), nullif(pos_entry_mode, ''), lower(trim(merchant_city)), substring(mcc_category FROM 4), position('a' IN merchant_city), percentile_cont(0.5) WITHIN GROUP (ORDER BY transaction_amount_kzt) FROM transactions GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15",
    );
    expectAllowed("SELECT pg_catalog.date_trunc('day', now())");
  });

  it('rejects pg_sleep however it is spelled', () => {
    const reason = 'function pg_sleep is not allowed';
    for (const sql of [
      'SELECT pg_sleep(1)',
      'SELECT PG_SLEEP(1)',
      'SELECT "pg_sleep"(1)',
      'SELECT pg_catalog.pg_sleep(1)',
      'SELECT "pg_catalog"."pg_sleep"(1)',
      'SELECT U&"\\0070g_sleep"(1)',
      'SELECT pg_sleep/**/(1)',
      'SELECT count(*) FROM transactions t, LATERAL (SELECT pg_sleep(1)) s',
      'SELECT count(*) FROM transactions WHERE merchant_city IN (SELECT pg_sleep(1)::text)',
      'WITH s AS (SELECT pg_sleep(1)) SELECT count(*) FROM s',
      'SELECT sum(transaction_amount_kzt) OVER (PARTITION BY pg_sleep(1)) FROM transactions',
      'SELECT merchant_city FROM transactions ORDER BY pg_sleep(1)',
      'SELECT count(*) FILTER (WHERE pg_sleep(1) IS NULL) FROM transactions',
      'SELECT count(*) FROM transactions HAVING pg_sleep(1) IS NULL',
      'SELECT 1 UNION SELECT 2 FROM (SELECT pg_sleep(1)) s',
    ]) {
      expect(reasonsFor(sql), sql).toEqual([reason]);
    }
    // quoted identifiers keep their case: "PG_SLEEP" is another (unknown) function, rejected all the same
    expect(reasonsFor('SELECT "PG_SLEEP"(1)')).toEqual(['function "PG_SLEEP" is not allowed']);
  });

  it.each([
    'pg_read_file',
    'lo_import',
    'dblink',
    'set_config',
    'current_setting',
    'version',
    'inet_server_addr',
    'pg_terminate_backend',
    'pg_advisory_lock',
    'nextval',
    'query_to_xml',
    'generate_series',
  ])('rejects %s', (name) => {
    expect(reasonsFor(`SELECT ${name}('x')`)).toEqual([`function ${name} is not allowed`]);
  });

  it('accepts only pg_catalog as a schema for allowed functions', () => {
    expect(reasonsFor('SELECT public.count(1)')).toEqual(['function public.count is not allowed']);
  });

  it('follows a configured function allowlist', () => {
    expectAllowed("SELECT md5('x')", { allowedFunctions: ['md5'] });
    expect(reasonsFor('SELECT count(*) FROM transactions', { allowedFunctions: ['md5'] })).toEqual([
      'function count is not allowed',
    ]);
  });

  it('allows date/time value functions but not the session ones', () => {
    expectAllowed('SELECT current_date, current_timestamp, localtimestamp, current_time(2), localtime');
    expect(reasonsFor('SELECT current_user, session_user')).toEqual([
      'current_user is not allowed',
      'session_user is not allowed',
    ]);
  });

  it('allows casts to ordinary types only', () => {
    expectAllowed(
      "SELECT 1::numeric(10, 2), '1'::int, '1'::bigint, 1::text, '2024-01-01'::date, now()::timestamp, now()::timestamptz, '1 day'::interval, 1::float, 'true'::boolean, 'x'::varchar(3), 'x'::char(3), '{a}'::text[]",
    );
    expect(reasonsFor("SELECT 'app.question_history'::regclass")).toEqual([
      'cast to type regclass is not allowed',
    ]);
    expect(reasonsFor("SELECT 'pg_sleep'::regproc::oid")).toEqual([
      'cast to type oid is not allowed',
      'cast to type regproc is not allowed',
    ]);
    expect(reasonsFor('SELECT \'x\'::"char"')).toEqual(['cast to type "char" is not allowed']);
    expect(reasonsFor("SELECT '(1)'::transactions")).toEqual(['cast to type transactions is not allowed']);
  });

  it('allows ordinary operators only', () => {
    expectAllowed(
      "SELECT 1 + 2 * 3 / 4 - 5 % 2, 'a' || 'b', 'a' LIKE 'b', 'a' ILIKE 'b', 'a' ~ 'b', 1 BETWEEN 0 AND 2, 1 IN (1, 2), 1 IS DISTINCT FROM 2",
    );
    expect(reasonsFor('SELECT 1 OPERATOR(public.=) 1')).toEqual(['operator public.= is not allowed']);
    expect(reasonsFor("SELECT '{}'::text ->> 'a'")).toEqual(['operator ->> is not allowed']);
  });

  it('does not allow lpad / rpad: the database refuses them to pa_reader (unbounded padding)', () => {
    expect(reasonsFor("SELECT lpad(merchant_mcc::text, 4, '0') FROM transactions")).toEqual([
      'function lpad is not allowed',
    ]);
    expect(reasonsFor("SELECT rpad('x', 100000000) FROM transactions")).toEqual([
      'function rpad is not allowed',
    ]);
  });

  it('rejects parameters, XML and SQL/JSON', () => {
    expect(reasonsFor('SELECT $1')).toEqual([
      'query parameters ($1, $2...) are not allowed: write the values into the query',
    ]);
    expect(reasonsFor("SELECT xmlelement(name a, 'b')")).toEqual([
      'XML expressions (XMLTABLE, xmlelement...) are not allowed',
    ]);
    expect(reasonsFor("SELECT JSON_VALUE('{}', '$.a')")).toEqual(['SQL/JSON expressions are not allowed']);
  });
});

describe('withheld and personal columns', () => {
  it.each([
    ['SELECT card_id FROM transactions', 'card_id'],
    ['SELECT count(DISTINCT card_id) FROM transactions', 'card_id'],
    ["SELECT count(*) FROM transactions WHERE expiry_date LIKE '12/2%'", 'expiry_date'],
    ['SELECT max(id) - count(*) FROM transactions', 'id'],
    ['SELECT t.transaction_id FROM transactions t', 'transaction_id'],
    ['SELECT count(*) FROM transactions GROUP BY public.transactions.id', 'id'],
  ])('withholds %s', (sql, column) => {
    expect(reasonsFor(sql).some((reason) => reason.startsWith(`${column} `))).toBe(true);
  });

  it('tells the analyst what to do instead', () => {
    expect(reasonsFor('SELECT count(DISTINCT card_id) FROM transactions')).toEqual([
      'card_id is personal data and cannot be read: count distinct cards with count(DISTINCT card_key)',
    ]);
    expect(reasonsFor('SELECT max(transaction_id) FROM transactions')).toEqual([
      'transaction_id numbers transactions across all banks and cannot be read: count rows with count(*)',
    ]);
  });

  it('lets card_key be counted, and only counted', () => {
    expectAllowed('SELECT count(card_key), count(DISTINCT card_key) FROM transactions');
    expectAllowed(
      "SELECT merchant_city, count(DISTINCT card_key) FILTER (WHERE transaction_type = 'ECOM') FROM transactions GROUP BY 1 HAVING count(DISTINCT card_key) > 10",
    );
    expect(reasonsFor('SELECT card_key FROM transactions')).toEqual([
      'card_key is personal data: only count(card_key) or count(DISTINCT card_key) may use it (found in the select list)',
    ]);
  });

  it('is never returned through *, t.*, TABLE or a whole-row reference', () => {
    const star =
      'SELECT * would read card_id, expiry_date, id, transaction_id, which cannot be read: list the columns you need';
    expect(reasonsFor('SELECT * FROM transactions')).toContain(star);
    expect(reasonsFor('TABLE transactions')).toContain(star);
    expect(reasonsFor('SELECT t.* FROM transactions t')).toContain(
      't.* would read card_id, expiry_date, id, transaction_id, which cannot be read: list the columns you need',
    );
    expect(reasonsFor('SELECT t FROM transactions t')).toEqual([
      'whole-row reference t is not allowed: name the columns you need',
    ]);
    expect(reasonsFor('SELECT e FROM transactions AS t(a, b, c, d, e)')).toContain(
      'column aliases on table transactions are not allowed: name the columns you read',
    );
    expect(reasonsFor('SELECT * FROM (SELECT card_key, merchant_city FROM transactions) s')).toEqual([
      'SELECT * would put card_key (personal data) in the select list: list the columns you need',
    ]);
    // a subquery's or CTE's star is fine when its columns are
    expectAllowed('SELECT * FROM (SELECT merchant_city, count(*) AS n FROM transactions GROUP BY 1) s');
    expectAllowed('WITH s AS (SELECT merchant_city FROM transactions) SELECT s.* FROM s');
  });

  it('follows a configured list of personal columns', () => {
    const policy = { personalColumns: ['merchant_id'] };
    expect(reasonsFor('SELECT merchant_id FROM transactions', policy)).toEqual([
      'merchant_id is personal data: only count(merchant_id) or count(DISTINCT merchant_id) may use it (found in the select list)',
    ]);
    expectAllowed('SELECT card_key FROM transactions', policy);
    expectAllowed('SELECT card_key FROM transactions', { personalColumns: [] });
  });

  it('lets ORDER BY name an output column, whatever the output is called', () => {
    expectAllowed(
      'SELECT merchant_city, count(*) AS transactions FROM transactions GROUP BY 1 ORDER BY transactions DESC',
    );
    expectAllowed(
      'SELECT merchant_city, count(DISTINCT card_key) AS card_key FROM transactions GROUP BY 1 ORDER BY card_key',
    );
    expectAllowed(
      'SELECT merchant_city FROM transactions UNION SELECT mcc_category FROM transactions ORDER BY merchant_city',
    );
    expect(reasonsFor('SELECT merchant_city FROM transactions t ORDER BY t')).toEqual([
      'whole-row reference t is not allowed: name the columns you need',
    ]);
    expect(
      reasonsFor('SELECT count(*) AS n FROM transactions GROUP BY merchant_city ORDER BY card_key || 0'),
    ).toEqual([
      'card_key is personal data: only count(card_key) or count(DISTINCT card_key) may use it (found in operator || in ORDER BY)',
    ]);
  });

  it('rejects system columns', () => {
    expect(reasonsFor('SELECT ctid FROM transactions')).toEqual(['system column ctid is not allowed']);
    expect(reasonsFor('SELECT count(*) FROM transactions t WHERE t.xmin IS NOT NULL')).toEqual([
      'system column xmin is not allowed',
    ]);
  });
});
