import { join } from 'node:path';
import {
  type LlmCallRecord,
  PlannerOutputError,
  PlannerUnavailableError,
  type PlanRequest,
} from '@pa/planner';
import {
  createGeminiPlanner,
  createOpenAiPlanner,
  type LlmPlanner,
  type LlmPlannerDeps,
} from '@pa/planner-llm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// catalog.ts / examples.ts are imported by path until @pa/db's index re-exports them.
import { createSchemaCatalogCache, loadSchemaCatalog } from '../packages/db/src/catalog.js';
import { findSimilarExamples, seedPlannerExamples } from '../packages/db/src/examples.js';
import { repoRoot } from '../scripts/lib/root.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import {
  type FakeLlmServer,
  type RecordedRequest,
  startFakeGemini,
  startFakeOpenAi,
} from './support/fake-llm/index.js';

/**
 * The real SDKs (@google/genai, openai) against fake vendor servers on a local
 * port, with the prompt grounded in a real database: the live catalog and the
 * golden examples seeded by migration 005's table.
 */

let db: TestDatabase;
let deps: LlmPlannerDeps;
/** Personal values that exist in the database and must never reach a provider. */
let personalValues: { cardIds: string[]; expiries: string[]; cardKeys: string[] };

const PERSONAL_CARD_ID = 987_654_321;
const PERSONAL_EXPIRY = '07/39';

beforeAll(async () => {
  db = await createTestDatabase();
  await db.pool.query(
    `INSERT INTO transactions (transaction_id, transaction_timestamp, card_id, expiry_date, issuer_bank_name,
       merchant_id, merchant_mcc, mcc_category, merchant_city, transaction_type, transaction_amount_kzt,
       transaction_currency, acquirer_country_iso, card_key)
     VALUES ('TXNLLMTEST0001', now(), $1, $2, 'Kaspi Bank', 1, 5411, 'Grocery & Food Markets', 'Almaty', 'POS', 1500,
       'KZT', 'KAZ', app.card_pseudonym($1))`,
    [PERSONAL_CARD_ID, PERSONAL_EXPIRY],
  );
  await seedPlannerExamples(db.pool, join(repoRoot, 'test/fixtures/golden/golden.jsonl'));
  const cards = await db.pool.query<{ v: string }>(
    `SELECT DISTINCT card_id::text AS v FROM transactions WHERE card_id >= 100000 LIMIT 200`,
  );
  const expiries = await db.pool.query<{ v: string }>(`SELECT DISTINCT expiry_date AS v FROM transactions`);
  const keys = await db.pool.query<{ v: string }>(
    `SELECT DISTINCT card_key AS v FROM transactions LIMIT 200`,
  );
  personalValues = {
    cardIds: [String(PERSONAL_CARD_ID), ...cards.rows.map((r) => r.v)],
    expiries: expiries.rows.map((r) => r.v),
    cardKeys: keys.rows.map((r) => r.v),
  };
  expect(personalValues.cardIds.length).toBeGreaterThan(50);
  expect(personalValues.expiries).toContain(PERSONAL_EXPIRY);
  expect(personalValues.cardKeys.length).toBeGreaterThan(50);
  deps = {
    catalog: createSchemaCatalogCache(() =>
      loadSchemaCatalog(db.pool, {
        relations: ['public.transactions'],
        personalColumns: ['card_key'],
      }),
    ),
    examples: (q, caller) => findSimilarExamples(db.pool, q, caller, 4),
    resilience: { timeoutMs: 400, maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 40, breakerThreshold: 100 },
  };
});

afterAll(async () => {
  await db?.drop();
});

interface ProviderCase {
  name: 'gemini' | 'openai';
  model: string;
  start: () => Promise<FakeLlmServer>;
  create: (url: string, d: LlmPlannerDeps) => LlmPlanner;
  /** The system and user text the SDK sent. */
  texts: (req: RecordedRequest) => { system: string; user: string };
}

const cases: ProviderCase[] = [
  {
    name: 'gemini',
    model: 'gemini-test',
    start: startFakeGemini,
    create: (url, d) => createGeminiPlanner({ ...d, apiKey: 'test-key', model: 'gemini-test', baseUrl: url }),
    texts: (req) => {
      const body = req.body as {
        systemInstruction: { parts: Array<{ text: string }> };
        contents: Array<{ parts: Array<{ text: string }> }>;
      };
      return { system: body.systemInstruction.parts[0]!.text, user: body.contents[0]!.parts[0]!.text };
    },
  },
  {
    name: 'openai',
    model: 'gpt-test',
    start: startFakeOpenAi,
    create: (url, d) =>
      createOpenAiPlanner({ ...d, apiKey: 'test-key', model: 'gpt-test', baseURL: `${url}/v1` }),
    texts: (req) => {
      const body = req.body as { messages: Array<{ role: string; content: string }> };
      return {
        system: body.messages.find((m) => m.role === 'system')!.content,
        user: body.messages.find((m) => m.role === 'user')!.content,
      };
    },
  },
];

const request = (question: string, over: Partial<PlanRequest['context']> = {}): PlanRequest => ({
  question,
  language: /[а-яё]/i.test(question) ? 'ru' : 'en',
  context: {
    now: new Date('2025-06-15T08:00:00Z'),
    timeZone: 'Asia/Almaty',
    previous: [],
    repairs: [],
    caller: { tenant: 'Kaspi Bank' },
    ...over,
  },
});

const GOOD_SQL =
  "SELECT count(*) AS transactions FROM transactions WHERE merchant_city = 'Astana' AND transaction_timestamp >= current_date - 6";

describe.each(cases)('$name planner through the real SDK', (pc) => {
  let server: FakeLlmServer;
  let calls: LlmCallRecord[];
  const planner = (over: Partial<LlmPlannerDeps> = {}) =>
    pc.create(server.url, { ...deps, onCall: (r) => calls.push(r), ...over });

  beforeEach(async () => {
    server = await pc.start();
    calls = [];
  });
  afterEach(async () => {
    await server.close();
  });

  it('returns the plan with usage, hash and labels, and asks for structured JSON at temperature 0', async () => {
    server.enqueue({
      type: 'plan',
      plan: { kind: 'sql', sql: `${GOOD_SQL};`, explanation: 'Counts last week in Astana.' },
      usage: { input: 1234, output: 56 },
    });
    const plan = await planner().plan(request('How many transactions were there last week in Astana?'));
    expect(plan).toEqual({
      kind: 'sql',
      sql: GOOD_SQL,
      explanation: 'Counts last week in Astana.',
      planner: pc.name,
      provider: pc.name,
      model: pc.model,
      usage: { input_tokens: 1234, output_tokens: 56 },
      prompt_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(calls).toEqual([
      expect.objectContaining({
        provider: pc.name,
        model: pc.model,
        tenant: 'Kaspi Bank',
        inputTokens: 1234,
        outputTokens: 56,
        outcome: 'ok',
        attempt: 1,
        promptHash: plan.prompt_hash,
      }),
    ]);

    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    if (pc.name === 'gemini') {
      expect(req.path).toBe('/v1beta/models/gemini-test:generateContent');
      expect(req.headers['x-goog-api-key']).toBe('test-key');
      expect(req.body).toMatchObject({
        generationConfig: {
          temperature: 0,
          responseMimeType: 'application/json',
          responseJsonSchema: { type: 'object', required: ['kind'] },
        },
      });
    } else {
      expect(req.path).toBe('/v1/chat/completions');
      expect(req.headers.authorization).toBe('Bearer test-key');
      expect(req.body).toMatchObject({
        model: 'gpt-test',
        temperature: 0,
        response_format: { type: 'json_schema', json_schema: { name: 'query_plan', strict: true } },
      });
    }
  });

  it('grounds the prompt in the live schema and similar examples, without personal values', async () => {
    server.enqueue({ type: 'plan', plan: { kind: 'sql', sql: GOOD_SQL } });
    await planner().plan(request('How many transactions were there last week in Astana?'));
    const { system, user } = pc.texts(server.requests[0]!);

    // Schema from the catalog: comments and CHECK-constraint values of migration 001.
    expect(system).toContain('<schema>');
    expect(system).toContain('table transactions — Card transactions, one row each.');
    expect(system).toMatch(
      /- merchant_city text NOT NULL — City of the merchant\..*\n {2}allowed values: 'Almaty', 'Astana'/,
    );
    expect(system).toContain("'Bank CenterCredit'");
    // The card pseudonym is described as countable only; what pa_reader cannot read is not described at all.
    expect(system).toMatch(/- card_key text NOT NULL — PERSONAL DATA: only inside count\(/);
    expect(system).toContain('Personal columns (card_key) identify a card');
    expect(system).toMatch(/^- merchant_id integer NOT NULL/m);
    for (const unreadable of ['card_id', 'expiry_date', 'id', 'transaction_id'])
      expect(system).not.toMatch(new RegExp(`^- ${unreadable} `, 'm'));
    // Rules and date.
    expect(system).toContain('current_date is today there');
    expect(user).toContain('Today is 2025-06-15 (Sunday) in Asia/Almaty.');
    // Similar golden examples, as labelled data.
    expect(user).toContain('<data label="examples">');
    expect(user).toContain('Question: How many transactions were there last week?');
    expect(user).toContain('<question>\nHow many transactions were there last week in Astana?\n</question>');

    const raw = server.requests[0]!.raw;
    expect(raw).not.toContain(String(PERSONAL_CARD_ID));
    expect(raw).not.toContain(PERSONAL_EXPIRY);
    for (const id of personalValues.cardIds) expect(raw).not.toMatch(new RegExp(`\\b${id}\\b`));
    for (const expiry of personalValues.expiries) expect(raw).not.toContain(expiry);
    for (const key of personalValues.cardKeys) expect(raw).not.toContain(key);
  });

  it('sends the same prompt (and hash) for the same inputs', async () => {
    server.fallback = { type: 'plan', plan: { kind: 'sql', sql: GOOD_SQL } };
    const p = planner();
    const a = await p.plan(request('Сколько транзакций было вчера в Астане?'));
    const b = await p.plan(request('Сколько транзакций было вчера в Астане?'));
    expect(a.prompt_hash).toBe(b.prompt_hash);
    expect(server.requests[0]!.raw).toBe(server.requests[1]!.raw);
    const other = await p.plan(request('Сколько транзакций было позавчера?'));
    expect(other.prompt_hash).not.toBe(a.prompt_hash);
  });

  it('puts earlier turns and failed attempts in the prompt, as data, for a repair', async () => {
    server.enqueue({ type: 'plan', plan: { kind: 'sql', sql: GOOD_SQL } });
    const failedSql = 'SELECT card_key, transaction_amount_kzt FROM transactions';
    const reason = 'card_key is personal data: only count(card_key) or count(DISTINCT card_key) may use it';
    await planner().plan(
      request('and in Astana?', {
        previous: [
          {
            question: 'How many transactions last week in Almaty?',
            sql: "SELECT count(*) FROM transactions WHERE merchant_city = 'Almaty'",
          },
        ],
        repairs: [{ sql: failedSql, reason }],
      }),
    );
    const { user } = pc.texts(server.requests[0]!);
    expect(user).toContain(
      '<data label="previous turns">\nTurn 1 question: How many transactions last week in Almaty?',
    );
    expect(user).toContain(
      `<data label="failed attempts">\nAttempt 1 SQL: ${failedSql}\nAttempt 1 failed because: ${reason}`,
    );
    expect(user).toContain('Return a corrected plan');
  });

  it('returns a refusal as a plan (the pipeline stops on it)', async () => {
    server.enqueue({ type: 'plan', plan: { kind: 'refuse', message: 'I can only read transaction data.' } });
    const plan = await planner().plan(request('Delete all transactions'));
    expect(plan).toMatchObject({ kind: 'refuse', message: 'I can only read transaction data.' });
    expect(plan.sql).toBeUndefined();
  });

  it('asks again once after a malformed reply, and counts the tokens of both', async () => {
    server.enqueue(
      {
        type: 'text',
        text: '{"kind": "sql", "sql": "SELECT count(*) FROM transactions"',
        usage: { input: 100, output: 10 },
      },
      { type: 'plan', plan: { kind: 'sql', sql: GOOD_SQL }, usage: { input: 110, output: 12 } },
    );
    const plan = await planner().plan(request('How many transactions were there last week in Astana?'));
    expect(plan.sql).toBe(GOOD_SQL);
    expect(plan.usage).toEqual({ input_tokens: 210, output_tokens: 22 });
    expect(server.requests).toHaveLength(2);
    expect(pc.texts(server.requests[1]!).user).toContain(
      'Your previous reply could not be used: the reply was not valid JSON',
    );
    expect(calls.map((c) => c.outcome)).toEqual(['invalid_output', 'ok']);
  });

  it('gives up with PlannerOutputError when the model answers in prose twice — nothing to execute', async () => {
    server.fallback = {
      type: 'text',
      text: 'Sure! You can run SELECT * FROM transactions to see everything.',
    };
    const err = await planner()
      .plan(request('Show me everything'))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlannerOutputError);
    expect(err).toMatchObject({ retryable: false, code: 'planner_invalid_output' });
    expect(server.requests).toHaveLength(2);
  });

  it('waits as long as a 429 Retry-After asks, then succeeds', async () => {
    server.enqueue(
      { type: 'status', status: 429, headers: { 'retry-after': '1' } },
      { type: 'plan', plan: { kind: 'sql', sql: GOOD_SQL } },
    );
    const started = performance.now();
    const plan = await planner().plan(request('How many transactions were there last week in Astana?'));
    expect(plan.kind).toBe('sql');
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
    expect(calls.map((c) => c.outcome)).toEqual(['rate_limited', 'ok']);
  });

  it('does not retry within the question when Retry-After is longer than the cap', async () => {
    server.fallback = { type: 'status', status: 429, headers: { 'retry-after': '3600' } };
    const err = await planner()
      .plan(request('How many transactions?'))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlannerUnavailableError);
    // Not for the job's retries either: they would ask again within seconds of "come back in an hour".
    expect(err).toMatchObject({ retryable: false, failure: 'rate_limited', retryAfterMs: 3_600_000 });
    expect((err as PlannerUnavailableError).messageFor('en')).toMatch(/wait 60 minutes; please retry after/);
    expect((err as PlannerUnavailableError).messageFor('en')).not.toMatch(/temporarily unavailable/);
    expect(server.requests).toHaveLength(1);
  });

  it('retries 500s with backoff and gives up with a retryable PlannerUnavailableError', async () => {
    server.enqueue(
      { type: 'status', status: 500 },
      { type: 'status', status: 503 },
      {
        type: 'plan',
        plan: { kind: 'sql', sql: GOOD_SQL },
      },
    );
    expect((await planner().plan(request('How many transactions?'))).kind).toBe('sql');
    expect(calls.map((c) => c.outcome)).toEqual(['server_error', 'server_error', 'ok']);

    server.fallback = { type: 'status', status: 500 };
    calls = [];
    const before = server.requests.length;
    const err = await planner()
      .plan(request('How many transactions?'))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlannerUnavailableError);
    expect(err).toMatchObject({ retryable: true, failure: 'server' });
    expect(server.requests.length - before).toBe(3);
    expect((err as PlannerUnavailableError).messageFor('en')).toMatch(/temporarily unavailable/);
  });

  it('times out a slow response and retries', async () => {
    server.enqueue(
      { type: 'delay', ms: 3_000, reply: { type: 'plan', plan: { kind: 'sql', sql: 'SELECT 1' } } },
      { type: 'plan', plan: { kind: 'sql', sql: GOOD_SQL } },
    );
    const plan = await planner().plan(request('How many transactions?'));
    // The slow first answer (3 s, far past the 400 ms timeout) was abandoned, not awaited: its SQL never
    // came back, the call was recorded as a timeout and the retry answered. No stopwatch needed.
    expect(plan.sql).toBe(GOOD_SQL);
    expect(calls.map((c) => c.outcome)).toEqual(['timeout', 'ok']);
  });

  it('treats a connection cut mid-response as a network error and retries', async () => {
    server.enqueue({ type: 'cut' }, { type: 'plan', plan: { kind: 'sql', sql: GOOD_SQL } });
    const plan = await planner().plan(request('How many transactions?'));
    expect(plan.sql).toBe(GOOD_SQL);
    expect(calls.map((c) => c.outcome)).toEqual(['network_error', 'ok']);
  });

  it('does not retry an authentication failure', async () => {
    server.fallback = { type: 'status', status: 401 };
    const err = await planner()
      .plan(request('How many transactions?'))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'PlannerUnavailableError', failure: 'auth', retryable: false });
    expect(server.requests).toHaveLength(1);
    const message = (err as PlannerUnavailableError).messageFor('en');
    expect(message).toMatch(/configuration problem/);
    expect(message).not.toMatch(/temporarily unavailable|retry in a minute/);
  });

  it.each([400, 403])(
    'logs a %i as an error for the operator and tells the user it is configuration',
    async (status) => {
      server.fallback = { type: 'status', status };
      const errors: string[] = [];
      const logger = { info: () => {}, warn: () => {}, error: (_: object, msg: string) => errors.push(msg) };
      const err = await planner({ logger })
        .plan(request('How many transactions?'))
        .catch((e: unknown) => e);
      expect(err).toMatchObject({ name: 'PlannerUnavailableError', retryable: false });
      expect((err as PlannerUnavailableError).messageFor('en')).toMatch(/configuration problem/);
      expect(errors).toEqual([expect.stringMatching(/rejected the request/)]);
      expect(server.requests).toHaveLength(1);
    },
  );

  it('opens the circuit after repeated failures and stops calling the provider', async () => {
    server.fallback = { type: 'status', status: 503 };
    const p = planner({
      resilience: { ...deps.resilience, maxAttempts: 1, breakerThreshold: 2, halfOpenAfterMs: 60_000 },
    });
    await expect(p.plan(request('q1'))).rejects.toMatchObject({ failure: 'server' });
    await expect(p.plan(request('q2'))).rejects.toMatchObject({ failure: 'server' });
    expect(p.circuitState()).toBe('open');
    const err = await p.plan(request('q3')).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'PlannerUnavailableError', failure: 'circuit_open', retryable: true });
    expect(server.requests).toHaveLength(2);
    expect(calls.at(-1)?.outcome).toBe('circuit_open');
  });
});

describe('provider specifics', () => {
  it('gemini: reads the retry delay from a RetryInfo error body', async () => {
    const server = await startFakeGemini();
    try {
      server.enqueue(
        {
          type: 'status',
          status: 429,
          body: {
            error: {
              code: 429,
              status: 'RESOURCE_EXHAUSTED',
              message: 'quota',
              details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '1s' }],
            },
          },
        },
        { type: 'plan', plan: { kind: 'sql', sql: GOOD_SQL } },
      );
      const p = createGeminiPlanner({ ...deps, apiKey: 'k', model: 'gemini-test', baseUrl: server.url });
      const started = performance.now();
      await p.plan(request('How many transactions?'));
      expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    } finally {
      await server.close();
    }
  });

  it('openai: a structured-output refusal becomes a refuse plan; a key-less local server works', async () => {
    const server = await startFakeOpenAi();
    try {
      server.enqueue({
        type: 'raw',
        body: {
          id: 'chatcmpl-refusal',
          object: 'chat.completion',
          created: 1_700_000_000,
          model: 'local-model',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: null, refusal: 'I cannot help with that.' },
              finish_reason: 'stop',
              logprobs: null,
            },
          ],
          usage: { prompt_tokens: 50, completion_tokens: 5, total_tokens: 55 },
        },
      });
      const p = createOpenAiPlanner({ ...deps, model: 'local-model', baseURL: `${server.url}/v1` });
      const plan = await p.plan(request('Tell me a joke'));
      expect(plan).toMatchObject({ kind: 'refuse', message: 'I cannot help with that.', provider: 'openai' });
      expect(server.requests[0]!.headers.authorization).toBe('Bearer not-needed');
    } finally {
      await server.close();
    }
  });
});
