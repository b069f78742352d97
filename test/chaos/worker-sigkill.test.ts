/**
 * Chaos: a worker is SIGKILLed with questions in flight across two workers (issue #14).
 *
 * Every question needs the LLM (the builtin planner does not understand it), answered by a
 * stand-in Gemini server after a pause, so the kill lands while the victim holds jobs in every
 * stage, several of them inside their model call. Each worker uses its own API key, so every
 * request the provider received says which worker paid for it and for which question.
 *
 * What must hold: every question completes, with exactly one history row; the survivor takes
 * the victim's jobs over (BullMQ's stalled-job check). What is true of LLM payments, and is
 * asserted as such: delivery is at least once, and a model call cut off in flight by the kill was
 * paid for an answer nobody received, so the survivor asks again. A plan the victim did receive
 * is kept for the job before it runs (JobPlanStore), and the survivor runs it without a model
 * call. So a job is paid twice only when the victim died inside its model call (its log then
 * holds one plan, the survivor's); a job whose log shows the victim's plan too was paid once;
 * every job the victim did not hold at the kill is paid exactly once, and no worker ever pays
 * twice for one job.
 */
import { randomUUID } from 'node:crypto';
import { keys } from '@pa/queue';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, lockTransactions, lockWaiters, type TestDatabase } from '../support/db.js';
import { type FakeLlmServer, type RecordedRequest, startFakeGemini } from '../support/fake-llm/index.js';
import { stackEnv, submit, waitForTerminal } from '../support/stack.js';
import {
  type ApiProcess,
  bounded,
  eventually,
  expectAlive,
  expectOneHistoryRowEach,
  startApiProcess,
  startWorkerProcess,
  type WorkerProcess,
} from './support/processes.js';

const QUESTIONS = bounded(40, 100);
const CONCURRENCY = 8;
/** How long the stand-in model takes per answer: long enough for the kill to find calls in flight. */
const MODEL_LATENCY_MS = 400;
const SQL =
  'SELECT merchant_city, count(*) AS transactions FROM transactions WHERE transaction_timestamp >= current_date - 6 GROUP BY merchant_city ORDER BY transactions DESC';

let db: TestDatabase;
let gemini: FakeLlmServer;
let api: ApiProcess;
let victim: WorkerProcess;
let survivor: WorkerProcess;
/** The second test's victim (killed there; here too, should that test fail before it). */
let second: WorkerProcess | undefined;
let env: Record<string, string>;
let redis: Redis;
/** When each model request arrived (for the report: answered before the kill, or cut by it). */
const arrivals = new Map<RecordedRequest, number>();

beforeAll(async () => {
  db = await createTestDatabase();
  gemini = await startFakeGemini();
  gemini.fallback = (req) => {
    arrivals.set(req, Date.now());
    return {
      type: 'delay',
      ms: MODEL_LATENCY_MS,
      reply: { type: 'plan', plan: { kind: 'sql', sql: SQL, explanation: 'Busiest cities this week.' } },
    };
  };
  redis = new Redis(inject('redisUrl'));
  env = stackEnv(db.url, {
    LLM_PROVIDER: 'gemini',
    GEMINI_MODEL: 'gemini-chaos',
    GEMINI_BASE_URL: gemini.url,
    WORKER_CONCURRENCY: String(CONCURRENCY),
    // A dead worker's jobs are taken over within seconds, not the default 30 s.
    WORKER_LOCK_DURATION_MS: '5000',
    WORKER_STALLED_INTERVAL_MS: '1000',
    // The shared LLM limits must not be what paces the burst (the slots a killed worker held
    // are leased for LLM_TIMEOUT_MS + 5 s).
    LLM_RATE_PER_SECOND: '1000',
    LLM_BURST: '1000',
    LLM_MAX_CONCURRENCY: '100',
    LLM_TIMEOUT_MS: '10000',
    // The second test holds statements on a table lock for as long as it takes.
    STATEMENT_TIMEOUT_MS: '120000',
  });
  api = await startApiProcess(env);
  [victim, survivor] = await Promise.all([
    startWorkerProcess({ ...env, GEMINI_API_KEY: 'victim-key' }),
    startWorkerProcess({ ...env, GEMINI_API_KEY: 'survivor-key' }),
  ]);
  // (Processes started together may each take up to two minutes to listen on a busy 2-core machine
  // — `waitUntilServing` allows that — so the hook allows more than one such wait.)
}, 300_000);

afterAll(async () => {
  await Promise.allSettled([
    api?.child.kill(),
    victim?.child.kill('SIGKILL'),
    second?.child.kill('SIGKILL'),
    survivor?.child.kill(),
  ]);
  redis?.disconnect();
  await gemini?.close();
  await db?.drop();
});

/** How many plan events the job's log holds: one per run that got its plan. */
async function planEventsOf(id: string): Promise<number> {
  const names = { prefix: env.QUEUE_PREFIX!, queue: env.QUEUE_NAME ?? 'questions' };
  const entries = await redis.xrange(keys.events(names, id), '-', '+');
  return entries.filter(([, fields]) => fields[1]?.includes('"type":"plan"')).length;
}

const WORKER_OF_KEY: Record<string, string> = {
  'victim-key': 'victim',
  'survivor-key': 'survivor',
  'second-victim-key': 'second victim',
};
const workerOf = (r: RecordedRequest) => WORKER_OF_KEY[String(r.headers['x-goog-api-key'])] ?? 'unknown';

describe('a worker SIGKILLed with questions in flight', () => {
  it('every question completes once; an LLM call is repeated only for a job the dead worker held', async () => {
    const run = randomUUID().slice(0, 8);
    // Unique words the builtin planner does not know: the model is needed, and no two questions
    // share a job or a cached plan.
    const tags = Array.from({ length: QUESTIONS }, (_, i) => `ref${run}x${String(i).padStart(3, '0')}`);
    const jobs = await Promise.all(
      tags.map((tag) => submit(api.url, `Where do cardholders shop the most lately, city-wise? ${tag}`)),
    );
    const ids = jobs.map((j) => j.id);

    // Both workers are planning before the kill.
    await eventually(() => {
      expect(gemini.requests.filter((r) => workerOf(r) === 'victim').length).toBeGreaterThanOrEqual(
        CONCURRENCY / 2,
      );
      expect(gemini.requests.filter((r) => workerOf(r) === 'survivor').length).toBeGreaterThanOrEqual(
        CONCURRENCY / 2,
      );
    });
    const killedAt = Date.now();
    await victim.child.kill('SIGKILL');

    const finals = await Promise.all(ids.map((id) => waitForTerminal(api.url, id, 120_000)));
    expect(finals.map((f) => f.status)).toEqual(ids.map(() => 'completed'));
    await expectOneHistoryRowEach(db.pool, ids);
    expectAlive(api.child, survivor.child);

    // Who paid for which question.
    const plans = await Promise.all(ids.map(planEventsOf));
    const paid = tags.map((tag, i) => {
      const calls = gemini.requests.filter((r) => r.raw.includes(tag));
      return {
        tag,
        plans: plans[i]!,
        victim: calls.filter((r) => workerOf(r) === 'victim').length,
        survivor: calls.filter((r) => workerOf(r) === 'survivor').length,
        victimFirst: calls.length === 2 && workerOf(calls[0]!) === 'victim',
      };
    });
    expect(gemini.requests.every((r) => workerOf(r) !== 'unknown')).toBe(true);
    // Every question was planned by the model, and no worker paid twice for one job.
    expect(paid.filter((p) => p.victim + p.survivor === 0)).toEqual([]);
    expect(paid.filter((p) => p.victim > 1 || p.survivor > 1)).toEqual([]);
    // A question paid twice was the victim's first, and the victim held at most CONCURRENCY jobs.
    const twice = paid.filter((p) => p.victim + p.survivor === 2);
    expect(twice.every((p) => p.victimFirst)).toBe(true);
    expect(twice.length).toBeLessThanOrEqual(CONCURRENCY);
    // Nothing the victim never touched was paid for twice: total calls = questions + repeats.
    expect(gemini.requests.length).toBe(QUESTIONS + twice.length);
    // A repeated call is one the kill cut off: the victim never got that plan, so the log holds one.
    expect(twice.filter((p) => p.plans !== 1)).toEqual([]);
    // A plan the victim got was run by the survivor without asking the model again.
    const resumed = paid.filter((p) => p.plans > 1);
    expect(resumed.filter((p) => p.victim + p.survivor !== 1)).toEqual([]);
    // For the report only (timing is not asserted): how many of the repeated calls the fake model had
    // answered before the kill (the answer was on its way, not yet received: paid again all the same).
    const answeredBeforeKill = twice.filter((p) => {
      const first = gemini.requests.find((r) => r.raw.includes(p.tag))!;
      return (arrivals.get(first) ?? Number.POSITIVE_INFINITY) + MODEL_LATENCY_MS < killedAt;
    }).length;
    console.info(
      `worker SIGKILL: ${QUESTIONS} questions, ${gemini.requests.length} LLM calls; ${twice.length} paid twice ` +
        `(cut off by the kill; ${answeredBeforeKill} of those had been sent before it); ` +
        `${resumed.length} plans the killed worker got were run by the survivor without a new call`,
    );
  }, 180_000);

  it('a plan the killed worker had received is run by the worker that takes its job over, without a new call', async () => {
    // Two workers: the survivor and a second victim (the first one is gone: killed by the test above,
    // or here when this test runs alone).
    await victim.child.kill('SIGKILL');
    second = await startWorkerProcess({ ...env, GEMINI_API_KEY: 'second-victim-key' });
    const run = randomUUID().slice(0, 8);
    const tags = Array.from(
      { length: 4 * CONCURRENCY },
      (_, i) => `kept${run}x${String(i).padStart(3, '0')}`,
    );
    const paidFor = (tag: string) => gemini.requests.filter((r) => r.raw.includes(tag));
    const ask = (tag: string) =>
      submit(api.url, `Which cities lead in card spend, roughly? ${tag}`, { options: { use_cache: false } });
    // Warm-up: both workers have asked the model and answered, so each has read what it reads once
    // before planning (the schema catalog) — the lock below holds back only the execution. (Rounds of
    // questions until both have: a new worker may take no job of the first round.)
    let round = 0;
    await eventually(async () => {
      round += 1;
      const warm = await Promise.all(
        Array.from({ length: CONCURRENCY }, (_, i) => ask(`warm${run}r${round}x${i}`)),
      );
      await Promise.all(warm.map((j) => waitForTerminal(api.url, j.id, 60_000)));
      const asked = gemini.requests.filter((r) => r.raw.includes(`warm${run}`)).map(workerOf);
      expect(asked).toContain('second victim');
      expect(asked).toContain('survivor');
    }, 120_000);
    // The lock is taken before the questions are asked, so every one of them, once its plan is received
    // and kept, waits in execution: each worker fills its CONCURRENCY slots so, the rest stay queued, and
    // no model call is in flight when the second victim is killed. (Taken after the questions, it let
    // some of them finish first on a busy machine, and fewer than 2 × CONCURRENCY ever waited.)
    const release = await lockTransactions(db.pool);
    let ids: string[];
    try {
      ids = (await Promise.all(tags.map(ask))).map((j) => j.id);
      await eventually(async () => expect(await lockWaiters(db.pool)).toHaveLength(2 * CONCURRENCY), 90_000);
      await second.child.kill('SIGKILL');
    } finally {
      await release();
    }

    const finals = await Promise.all(ids.map((id) => waitForTerminal(api.url, id, 120_000)));
    expect(finals.map((f) => f.status)).toEqual(ids.map(() => 'completed'));
    await expectOneHistoryRowEach(db.pool, ids);
    expectAlive(api.child, survivor.child);

    // Not one question was paid twice: the killed worker's jobs ran the plans it had kept.
    expect(tags.filter((tag) => paidFor(tag).length !== 1)).toEqual([]);
    const plans = await Promise.all(ids.map(planEventsOf));
    const resumed = tags.filter((_, i) => plans[i]! > 1);
    expect(resumed).toHaveLength(CONCURRENCY);
    expect(resumed.every((tag) => workerOf(paidFor(tag)[0]!) === 'second victim')).toBe(true);
  }, 360_000);
});
