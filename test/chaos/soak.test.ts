/**
 * Chaos: a soak (issue #14). API and worker as processes under a steady load of questions —
 * cached and uncached, polled and followed over SSE — for ~25 s in `npm test` and 90 s with
 * CHAOS_LONG=1.
 *
 * What must hold: every question is answered; neither process's resident memory keeps growing
 * (a generous bound: a leak of a few kilobytes per question shows over hundreds of them); and
 * Redis does not keep what it was told to forget — keys without an expiry do not grow with
 * the number of questions, and every key that holds a job's data expires within the
 * configured retention.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { openSse } from '../support/sse.js';
import { stackEnv, submit, waitForTerminal } from '../support/stack.js';
import {
  type ApiProcess,
  bounded,
  eventually,
  expectAlive,
  rssBytes,
  startApiProcess,
  startWorkerProcess,
  type WorkerProcess,
} from './support/processes.js';

const SOAK_MS = bounded(25_000, 90_000);
const QUEUE = 'questions';
const CLIENTS = 4;
/** Retention the soak runs with: the event log's minimum, finished BullMQ jobs almost at once. */
const EVENTS_TTL_SECONDS = 60;
const QUESTIONS = [
  'How many transactions were there yesterday?',
  'Top 5 categories by amount in the last 30 days',
  'Сколько транзакций было вчера?',
  'Average amount by city this month',
  'Number of transactions by weekday in the last 7 days',
];

let db: TestDatabase;
let env: Record<string, string>;
let api: ApiProcess;
let worker: WorkerProcess;
let redis: Redis;

beforeAll(async () => {
  db = await createTestDatabase();
  env = stackEnv(db.url, {
    JOB_EVENTS_TTL_SECONDS: String(EVENTS_TTL_SECONDS),
    REMOVE_COMPLETED_AFTER_SECONDS: '1',
    REMOVE_FAILED_AFTER_SECONDS: '1',
  });
  redis = new Redis(inject('redisUrl'));
  [api, worker] = await Promise.all([startApiProcess(env), startWorkerProcess(env)]);
  // (Processes started together may each take up to two minutes to listen on a busy 2-core machine
  // — `waitUntilServing` allows that — so the hook allows more than one such wait.)
}, 300_000);

afterAll(async () => {
  await Promise.allSettled([api?.child.kill(), worker?.child.kill()]);
  redis?.disconnect();
  await db?.drop();
});

interface KeyCensus {
  total: number;
  /** Keys with no expiry, by shape (job ids and digests replaced by "<id>" / "<digest>"). */
  persistent: Map<string, number>;
  /** Of those, BullMQ's finished job records (removed by age when a later job finishes). */
  jobRecords: number;
  /** Expiring keys of one job (its event log): how many, and the longest time left on one. */
  perJob: { n: number; longestTtl: number };
  /** Every other expiring key (caches, running pointers, rate limits, a bank's questions in flight). */
  shared: number;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Every key of this stack's prefix, with whether and when it expires. */
async function census(prefix: string): Promise<KeyCensus> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  const ttls = await Promise.all(keys.map((k) => redis.ttl(k)));
  const c: KeyCensus = {
    total: keys.length,
    persistent: new Map(),
    jobRecords: 0,
    perJob: { n: 0, longestTtl: 0 },
    shared: 0,
  };
  for (const [i, key] of keys.entries()) {
    const ttl = ttls[i]!;
    const shape = key
      .slice(prefix.length)
      .replace(UUID, '<id>')
      .replace(/[0-9a-f]{32,}/g, '<digest>');
    if (ttl === -1 && shape === `:${QUEUE}:<id>`) c.jobRecords++;
    else if (ttl === -1) c.persistent.set(shape, (c.persistent.get(shape) ?? 0) + 1);
    else if (shape.includes('<id>')) {
      c.perJob.n++;
      c.perJob.longestTtl = Math.max(c.perJob.longestTtl, ttl);
    } else c.shared++;
  }
  return c;
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** One client: asks, waits for the answer (polling or over SSE), asks again, until the soak ends. */
async function client(n: number, until: number, ids: string[]): Promise<void> {
  for (let i = 0; Date.now() < until; i++) {
    const question = QUESTIONS[(n + i) % QUESTIONS.length]!;
    // Every third question skips the caches, so the database is really asked again and again.
    const job = await submit(api.url, question, i % 3 === 0 ? { options: { use_cache: false } } : {});
    ids.push(job.id);
    if (i % 2 === 0) {
      const final = await waitForTerminal(api.url, job.id, 60_000);
      expect(final.status, `${question}: ${JSON.stringify(final.error)}`).toBe('completed');
    } else {
      const sse = await openSse(`${api.url}${job.links.events}`);
      const events = await sse.rest(60_000);
      expect(events.at(-1)?.event, `${question}: ${events.at(-1)?.data}`).toBe('completed');
    }
  }
}

describe('a soak under steady load', () => {
  it('answers every question with bounded memory and a bounded number of Redis keys', async () => {
    const prefix = env.QUEUE_PREFIX!;
    // Warm up: every question once for certain (on a busy machine a few seconds of the loop below did
    // not reach them all, and the keys of the questions first asked during the soak counted as growth),
    // then the loop for a while, so caches, pools and compiled code are in place.
    const warmIds: string[] = [];
    for (const question of QUESTIONS) {
      const job = await submit(api.url, question);
      warmIds.push(job.id);
      await waitForTerminal(api.url, job.id, 60_000);
    }
    await Promise.all(
      Array.from({ length: CLIENTS }, (_, n) =>
        client(n, Date.now() + Math.min(5_000, SOAK_MS / 4), warmIds),
      ),
    );
    const warm = { api: rssBytes(api.child.proc.pid!), worker: rssBytes(worker.child.proc.pid!) };
    const warmKeys = await census(prefix);

    const ids: string[] = [];
    const until = Date.now() + SOAK_MS;
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n, until, ids)));
    const end = { api: rssBytes(api.child.proc.pid!), worker: rssBytes(worker.child.proc.pid!) };
    expectAlive(api.child, worker.child);
    // BullMQ removes finished jobs older than REMOVE_COMPLETED_AFTER_SECONDS when a later job
    // finishes: once the load is over, one more question brings its job records back down.
    let endKeys = await census(prefix);
    const atEnd = endKeys.jobRecords;
    await eventually(async () => {
      const { id } = await submit(api.url, QUESTIONS[0]!, { options: { use_cache: false } });
      await waitForTerminal(api.url, id, 60_000);
      endKeys = await census(prefix);
      // Bounded, not per job: BullMQ cleans finished jobs in batches as later ones finish, so a few
      // records of the last seconds may remain while hundreds of answered questions left none.
      expect(endKeys.jobRecords).toBeLessThanOrEqual(20);
    }, 60_000);

    // Every question answered, with one history row per job (identical questions asked at the
    // same moment share a job).
    const jobs = [...new Set(ids)];
    const { rows } = await db.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM app.question_history WHERE job_id = ANY($1) AND status = 'completed'",
      [jobs],
    );
    expect(rows[0]!.n).toBe(jobs.length);
    expect(jobs.length).toBeGreaterThanOrEqual(50);

    const mb = (b: number) => Math.round(b / 1024 / 1024);
    console.info(
      `soak ${SOAK_MS / 1000} s: ${ids.length} questions (${jobs.length} jobs); RSS api ${mb(warm.api)} → ${mb(end.api)} MB, ` +
        `worker ${mb(warm.worker)} → ${mb(end.worker)} MB; Redis keys ${warmKeys.total} → ${endKeys.total} ` +
        `(without expiry ${sum(warmKeys.persistent)} → ${sum(endKeys.persistent)}; BullMQ job records ${atEnd} when ` +
        `the load stopped, ${endKeys.jobRecords} after one more job; job event logs ${endKeys.perJob.n}, expiring within ` +
        `${endKeys.perJob.longestTtl} s; other expiring keys ${warmKeys.shared} → ${endKeys.shared})`,
    );
    // Memory: generous, a leak of ~0.5 MB per second of load (or ~300 KB per question) shows.
    expect(end.api - warm.api).toBeLessThan(150 * 1024 * 1024);
    expect(end.worker - warm.worker).toBeLessThan(150 * 1024 * 1024);
    // Keys without an expiry do not grow with the number of questions (hundreds here) …
    expect(sum(endKeys.persistent)).toBeLessThanOrEqual(sum(warmKeys.persistent));
    // … every key of one job expires within the event log's retention …
    expect(endKeys.perJob.longestTtl).toBeLessThanOrEqual(EVENTS_TTL_SECONDS);
    // … and the rest do not grow with the questions asked (1 000 and more here): they are per distinct
    // question — its answer, result and plan caches and its running pointer, each question with or without
    // the cache option — plus a rate limiter's keys for two windows alive at a boundary, and a few of the
    // queue's own. (It compared with the warm-up's count plus 5; on a busy CI machine the pointers of the
    // questions in flight and a window boundary made that 25 → 35 with nothing leaking.)
    const perQuestion = 4 * 2 * QUESTIONS.length;
    expect(endKeys.shared).toBeLessThanOrEqual(perQuestion + 2 * 4 + 4);
  }, 300_000);
});
