import { join } from 'node:path';
import { READER_COLUMNS, type Tenant } from '@pa/contracts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// catalog.ts / examples.ts are imported by path until @pa/db's index re-exports them.
import {
  createSchemaCatalogCache,
  loadSchemaCatalog,
  parseCheckEnumValues,
  type SchemaCatalog,
} from '../packages/db/src/catalog.js';
import {
  addExample,
  findSimilarExamples,
  goldenExamplesFromJsonl,
  jaccard,
  questionTokens,
  recordQuestionFeedback,
  seedPlannerExamples,
} from '../packages/db/src/examples.js';
import { repoRoot } from '../scripts/lib/root.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';

const KASPI = { tenant: 'Kaspi Bank' } as const;

const GOLDEN = join(repoRoot, 'test/fixtures/golden/golden.jsonl');

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('loadSchemaCatalog', () => {
  let catalog: SchemaCatalog;
  beforeAll(async () => {
    catalog = await loadSchemaCatalog(db.pool, {
      relations: ['transactions'],
      personalColumns: ['card_key'],
    });
  });

  it('describes every column of transactions pa_reader may read, with its type, nullability and comment', () => {
    const rel = catalog.relations[0]!;
    expect(rel).toMatchObject({ schema: 'public', name: 'transactions' });
    expect(rel.description).toMatch(/^Card transactions, one row each/);
    // Not card_id, expiry_date, id or transaction_id: the database would refuse them (migration 009).
    const names = rel.columns.map((c) => c.name);
    expect([...names].sort()).toEqual([...READER_COLUMNS].sort());
    // In table order: card_key was added last (migration 009).
    expect(names.at(-1)).toBe('card_key');
    const col = (name: string) => rel.columns.find((c) => c.name === name)!;
    expect(col('card_key')).toMatchObject({ type: 'text', nullable: false });
    expect(col('card_key').description).toMatch(/count\(DISTINCT card_key\)/);
    expect(col('transaction_amount_kzt')).toMatchObject({ type: 'numeric(15,2)', nullable: false });
    expect(col('transaction_amount_kzt').description).toContain('Kazakhstani tenge');
    expect(col('original_amount').nullable).toBe(true);
    expect(col('transaction_timestamp').type).toBe('timestamp with time zone');
  });

  it('reads enum values from CHECK constraints, in constraint order, for text and char columns', () => {
    const col = (name: string) => catalog.relations[0]!.columns.find((c) => c.name === name)!;
    expect(col('merchant_city').allowedValues).toEqual([
      'Almaty',
      'Astana',
      'Shymkent',
      'Karaganda',
      'Aktobe',
      'Taraz',
      'Pavlodar',
      'Oskemen',
    ]);
    expect(col('mcc_category').allowedValues).toHaveLength(13);
    expect(col('mcc_category').allowedValues).toContain('Hobby, Books, Sporting Goods');
    expect(col('transaction_currency').allowedValues).toContain('KZT');
    expect(col('wallet_type').allowedValues).toEqual(['Apple Pay', 'Google Pay', 'Samsung Pay']);
    // Ranges and regexes are not enums.
    expect(col('merchant_mcc').allowedValues).toBeNull();
    expect(col('transaction_amount_kzt').allowedValues).toBeNull();
  });

  it('marks personal columns and never reads their values', () => {
    const personal = catalog.relations[0]!.columns.filter((c) => c.personal);
    expect(personal.map((c) => c.name)).toEqual(['card_key']);
    for (const c of personal) {
      expect(c.sampleValues).toBeNull();
      expect(c.allowedValues).toBeNull();
    }
  });

  it('describes only what the reader role may SELECT, whatever the caller calls personal', async () => {
    const asked = await loadSchemaCatalog(db.pool, {
      relations: ['transactions'],
      personalColumns: ['card_id', 'expiry_date'],
    });
    const names = asked.relations[0]!.columns.map((c) => c.name);
    for (const hidden of ['card_id', 'expiry_date', 'id', 'transaction_id'])
      expect(names).not.toContain(hidden);
    // The service user itself could read them all: the filter is the reader's privileges.
    const owner = await db.pool.query<{ role: string }>('SELECT current_user AS role');
    const asOwner = await loadSchemaCatalog(db.pool, {
      relations: ['transactions'],
      personalColumns: ['card_id', 'expiry_date'],
      readerRole: owner.rows[0]!.role,
    });
    expect(asOwner.relations[0]!.columns.map((c) => c.name)).toEqual(
      expect.arrayContaining(['card_id', 'expiry_date', 'id', 'transaction_id', 'card_key']),
    );
    expect(asOwner.relations[0]!.columns.find((c) => c.name === 'card_id')!.sampleValues).toBeNull();
    // A high-cardinality text column gets no samples.
    expect(asOwner.relations[0]!.columns.find((c) => c.name === 'transaction_id')!.sampleValues).toBeNull();
  });

  it('samples a few values of low-cardinality text columns, with and without statistics', async () => {
    await db.pool.query(`CREATE TABLE public.llm_catalog_probe (
      id int,
      segment text,
      code varchar(10) CHECK (code IN ('x', 'y''s')),
      "Odd Name" text CHECK ("Odd Name" IN ('p', 'q') OR "Odd Name" IS NULL),
      secret text,
      serial text
    )`);
    await db.pool.query(`COMMENT ON TABLE public.llm_catalog_probe IS 'probe'`);
    // The catalog describes only what the reader role may read.
    await db.pool.query('GRANT SELECT ON public.llm_catalog_probe TO pa_reader');
    await db.pool.query(
      `INSERT INTO public.llm_catalog_probe
       SELECT g, (ARRAY['retail','corporate','vip'])[1 + g % 3], 'x', NULL, 'secret-' || (g % 2), 'S' || g
         FROM generate_series(1, 500) g`,
    );
    const load = () =>
      loadSchemaCatalog(db.pool, { relations: ['public.llm_catalog_probe'], personalColumns: ['secret'] });
    const col = (c: SchemaCatalog, name: string) => c.relations[0]!.columns.find((x) => x.name === name)!;

    const noStats = await load();
    expect(col(noStats, 'segment').sampleValues).toEqual(['corporate', 'retail', 'vip']);
    expect(col(noStats, 'serial').sampleValues).toBeNull(); // 500 distinct values
    expect(col(noStats, 'secret').sampleValues).toBeNull(); // personal
    expect(col(noStats, 'code').allowedValues).toEqual(['x', "y's"]); // varchar form with casts
    expect(col(noStats, 'Odd Name').allowedValues).toBeNull(); // OR-ed condition: not a plain enum
    expect(col(noStats, 'id').sampleValues).toBeNull(); // not text

    await db.pool.query('ANALYZE public.llm_catalog_probe');
    const withStats = await load();
    expect(col(withStats, 'segment').sampleValues).toEqual(['corporate', 'retail', 'vip']);
    expect(col(withStats, 'serial').sampleValues).toBeNull();
    expect(col(withStats, 'secret').sampleValues).toBeNull();
  });

  it('rejects unknown or malformed relation names', async () => {
    await expect(loadSchemaCatalog(db.pool, { relations: ['nope'], personalColumns: [] })).rejects.toThrow(
      /does not exist/,
    );
    await expect(
      loadSchemaCatalog(db.pool, { relations: ['transactions; DROP TABLE x'], personalColumns: [] }),
    ).rejects.toThrow(/invalid relation name/);
  });
});

describe('parseCheckEnumValues', () => {
  it('understands the forms pg_get_constraintdef prints', () => {
    expect(parseCheckEnumValues("CHECK ((c = ANY (ARRAY['a'::text, 'b'::text])))", 'c')).toEqual(['a', 'b']);
    expect(
      parseCheckEnumValues(
        "CHECK (((c)::text = ANY ((ARRAY['a'::character varying, 'b''c'::character varying])::text[])))",
        'c',
      ),
    ).toEqual(['a', "b'c"]);
    expect(parseCheckEnumValues("CHECK ((c = ANY (ARRAY['KZT'::bpchar, 'USD'::bpchar])))", 'c')).toEqual([
      'KZT',
      'USD',
    ]);
    expect(parseCheckEnumValues("CHECK (c IN ('a', 'b'))", 'c')).toEqual(['a', 'b']);
    expect(parseCheckEnumValues("CHECK ((c ~ '^[0-9]+$'::text))", 'c')).toBeNull();
    expect(parseCheckEnumValues('CHECK ((n = ANY (ARRAY[1, 2])))', 'n')).toBeNull();
    expect(parseCheckEnumValues("CHECK ((c = ANY (ARRAY['a'::text, d])))", 'c')).toBeNull();
    expect(parseCheckEnumValues("CHECK ((other = ANY (ARRAY['a'::text])))", 'c')).toBeNull();
  });
});

describe('createSchemaCatalogCache', () => {
  const catalog = (tag: string): SchemaCatalog => ({ relations: [], loadedAt: tag });

  it('loads once per TTL, shares a load in flight, and serves the last good catalog when a refresh fails', async () => {
    let clock = 0;
    let loads = 0;
    let failing = false;
    const errors: unknown[] = [];
    const get = createSchemaCatalogCache(
      async () => {
        loads++;
        if (failing) throw new Error('db down');
        return catalog(`v${loads}`);
      },
      { ttlMs: 1_000, now: () => clock, onError: (e) => errors.push(e) },
    );
    const [a, b] = await Promise.all([get(), get()]);
    expect(a.loadedAt).toBe('v1');
    expect(b).toBe(a);
    expect(loads).toBe(1);
    clock = 999;
    expect((await get()).loadedAt).toBe('v1');
    clock = 1_000;
    expect((await get()).loadedAt).toBe('v2');
    failing = true;
    clock = 2_500;
    expect((await get()).loadedAt).toBe('v2');
    expect(errors).toHaveLength(1);
  });

  it('rejects a first load that fails', async () => {
    const get = createSchemaCatalogCache(async () => {
      throw new Error('db down');
    });
    await expect(get()).rejects.toThrow('db down');
  });
});

describe('planner examples', () => {
  let seeded: { examples: number; written: number };
  beforeAll(async () => {
    seeded = await seedPlannerExamples(db.pool, GOLDEN);
  });

  it('keeps stand-alone golden lines: no refusals, no follow-ups', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(GOLDEN, 'utf8');
    const lines = text.split('\n').filter((l) => l.trim());
    const kept = goldenExamplesFromJsonl(text);
    expect(kept.length).toBeGreaterThan(100);
    expect(kept.length).toBeLessThan(lines.length);
    expect(kept.every((e) => e.source === 'golden' && e.sql.length > 0)).toBe(true);
    expect(kept.map((e) => e.question)).not.toContain('Delete all transactions');
    expect(kept.map((e) => e.question)).not.toContain('and today?');
  });

  it('seeds the golden set idempotently', async () => {
    expect(seeded.written).toBe(seeded.examples);
    // Again, on a plain client as the migrate script holds one: nothing changed, nothing written.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      expect(await seedPlannerExamples(client, GOLDEN)).toEqual({ examples: seeded.examples, written: 0 });
    } finally {
      await client.end();
    }
    const count = await db.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM app.planner_examples WHERE source = 'golden'",
    );
    expect(count.rows[0]!.n).toBe(seeded.examples);
  });

  it('finds the most similar examples first, in either language, deterministically', async () => {
    const ru = await findSimilarExamples(db.pool, 'Сколько транзакций было позавчера в Астане?', KASPI, 3);
    expect(ru).toHaveLength(3);
    expect(ru[0]!.question).toBe('Сколько транзакций было вчера?');

    const en = await findSimilarExamples(
      db.pool,
      'How many transactions were there last week in Astana?',
      KASPI,
      4,
    );
    expect(en[0]!.question).toBe('How many transactions were there last week?');
    expect(
      await findSimilarExamples(db.pool, 'How many transactions were there last week in Astana?', KASPI, 4),
    ).toEqual(en);
  });

  it('fills with golden examples when nothing is similar', async () => {
    const none = await findSimilarExamples(db.pool, 'zzzz qqqq', KASPI, 2);
    expect(none).toHaveLength(2);
    expect(none.every((e) => e.source === 'golden')).toBe(true);
    expect(await findSimilarExamples(db.pool, 'zzzz qqqq', KASPI, 2, { fillWithGolden: false })).toEqual([]);
  });

  it('stores feedback examples without ever overwriting a golden one', async () => {
    const golden = 'How many transactions were there yesterday?';
    expect(
      await addExample(db.pool, { question: golden, sql: 'SELECT 42', source: 'feedback', tenant: '*' }),
    ).toBe(false);
    expect(
      await addExample(db.pool, {
        question: golden,
        sql: 'SELECT 42',
        source: 'feedback',
        tenant: 'Kaspi Bank',
      }),
    ).toBe(false);
    const row = await db.pool.query<{ sql: string; source: string }>(
      'SELECT sql, source FROM app.planner_examples WHERE question = $1',
      [golden],
    );
    expect(row.rows).toHaveLength(1);
    expect(row.rows[0]!.source).toBe('golden');
    expect(row.rows[0]!.sql).not.toBe('SELECT 42');

    const q = 'Средний чек по кошелькам за вчера';
    const sql =
      'SELECT wallet_type, round(avg(transaction_amount_kzt), 2) AS avg_check FROM transactions WHERE transaction_timestamp >= current_date - 1 AND transaction_timestamp < current_date GROUP BY wallet_type';
    expect(
      await addExample(db.pool, {
        question: q,
        sql,
        language: 'ru',
        source: 'feedback',
        tenant: 'Kaspi Bank',
      }),
    ).toBe(true);
    const found = await findSimilarExamples(db.pool, 'Средний чек по кошелькам за неделю', KASPI, 1);
    expect(found[0]).toEqual({ question: q, sql, language: 'ru', source: 'feedback', tenant: 'Kaspi Bank' });
  });

  it("shows a bank's feedback examples to that bank only, and an admin's to every bank", async () => {
    const question = 'Сумма покупок через Samsung Pay по городам за квартал';
    const sql =
      "SELECT merchant_city, sum(transaction_amount_kzt) FROM transactions WHERE wallet_type = 'Samsung Pay' GROUP BY 1";
    const similar = 'Сумма покупок через Samsung Pay по городам за месяц';
    const questions = async (tenant: Tenant) =>
      (await findSimilarExamples(db.pool, similar, { tenant }, 10, { fillWithGolden: false })).map(
        (e) => e.question,
      );

    expect(await addExample(db.pool, { question, sql, source: 'feedback', tenant: 'Halyk Bank' })).toBe(true);
    expect(await questions('Halyk Bank')).toContain(question);
    for (const other of ['Kaspi Bank', 'ForteBank', '*'] as const)
      expect(await questions(other)).not.toContain(question);

    // The same question rated good by an admin is promoted: shared with every bank.
    expect(await addExample(db.pool, { question, sql, source: 'feedback', tenant: '*' })).toBe(true);
    for (const bank of ['Kaspi Bank', 'Halyk Bank', '*'] as const)
      expect(await questions(bank)).toContain(question);
  });

  it('records feedback ratings and refuses unknown ones', async () => {
    await recordQuestionFeedback(db.pool, {
      jobId: 'job-1',
      rating: 'good',
      comment: 'exactly right',
      caller: { tenant: 'Kaspi Bank', user_id: 'alice' },
    });
    const rows = await db.pool.query(
      'SELECT job_id, rating, comment, tenant, user_id FROM app.question_feedback',
    );
    expect(rows.rows).toEqual([
      { job_id: 'job-1', rating: 'good', comment: 'exactly right', tenant: 'Kaspi Bank', user_id: 'alice' },
    ]);
    await expect(
      recordQuestionFeedback(db.pool, {
        jobId: 'job-2',
        rating: 'meh' as 'good',
        caller: { tenant: 'Kaspi Bank', user_id: 'alice' },
      }),
    ).rejects.toThrow(/check constraint/);
  });

  it('keeps example tables out of the reader role', async () => {
    const res = await db.pool.query<{ select: boolean }>(
      "SELECT has_table_privilege('pa_reader', 'app.planner_examples', 'SELECT') AS select",
    );
    expect(res.rows[0]!.select).toBe(false);
  });
});

describe('question tokens', () => {
  it('stems, folds case and drops stop words', () => {
    expect(questionTokens('How many Transactions were there in Almaty?')).toEqual([
      'almaty',
      'how',
      'many',
      'transa',
    ]);
    expect(questionTokens('Сколько транзакций в Алматы?')).toEqual(
      questionTokens('сколько транзакции алматы'),
    );
    expect(jaccard(['a', 'b'], ['b', 'c'])).toBeCloseTo(1 / 3);
    expect(jaccard([], [])).toBe(0);
  });
});
