/**
 * A planner that writes something dangerous: the asker gets a clear, final
 * answer and the audit log keeps the guard's reasons. The whole way is real:
 * the API accepts the question, BullMQ carries it, the worker's own processor
 * (createQuestionProcessor) runs the pipeline, the guard and the executor,
 * and the history row lands in Postgres. Only the planner is ours: an object
 * implementing the Planner interface from @pa/planner that always answers with
 * the SQL the test gives it (there is no vendor on the other side to fake).
 */
import { randomUUID } from 'node:crypto';
import type { WorkerConfig } from '@pa/config';
import { defaultExecuteLimits, executeReadOnly } from '@pa/db';
import { createLogger, createWorkerMetrics } from '@pa/observability';
import type { PipelineDeps } from '@pa/pipeline';
import type { PlannedQuery, Planner, PlanRequest } from '@pa/planner';
import { createRedis, JobEventLog, type QueueNames } from '@pa/queue';
import { guardSql, loadGuard } from '@pa/sql-guard';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQuestionProcessor } from '../apps/worker/src/process-question.js';
import { bankToken } from './support/auth.js';
import { createSecurityDatabase, type SecurityDatabase } from './support/security/database.js';
import { type InProcessApi, stackEnv, startApi, submit, waitForTerminal } from './support/stack.js';

/** Answers every question with the SQL scripted for it. */
class ScriptedPlanner implements Planner {
  readonly name = 'scripted';
  readonly requests: PlanRequest[] = [];
  constructor(private readonly script: Record<string, string>) {}

  async plan(request: PlanRequest): Promise<PlannedQuery> {
    this.requests.push(request);
    const sql = this.script[request.question];
    if (sql === undefined) throw new Error(`no SQL scripted for ${request.question}`);
    return { kind: 'sql', sql, explanation: 'scripted', planner: this.name, provider: 'test', model: null };
  }
}

const DROP = 'Please drop the transactions table';
const CROSS = 'Pair every transaction with every other one';
const planner = new ScriptedPlanner({
  [DROP]: 'DROP TABLE transactions',
  [CROSS]: 'SELECT count(*) FROM transactions a, transactions b',
});

let db: SecurityDatabase;
/** The asker: an analyst of one bank, so the statements run under that bank's row-level security. */
let kaspi: string;
let api: InProcessApi;
let worker: Worker;
let redis: Redis;
let bullConnection: Redis;
const metrics = createWorkerMetrics();

beforeAll(async () => {
  await loadGuard();
  db = await createSecurityDatabase();
  const env = stackEnv(db.url, { JOB_ATTEMPTS: '3' });
  kaspi = await bankToken('Kaspi Bank');
  api = await startApi(env);
  const names: QueueNames = { prefix: env.QUEUE_PREFIX!, queue: 'questions' };
  redis = createRedis(env.REDIS_URL!, 'pa-test-security');
  bullConnection = createRedis(env.REDIS_URL!, 'pa-test-security-bullmq');
  const pipeline: PipelineDeps = {
    planner,
    maxRepairs: 2, // what the LLM planners get
    now: () => new Date(),
    guard: (sql) => guardSql(sql),
    // A cost limit a cross join for one bank exceeds (the default is sized for the admin scope).
    execute: (sql, scope) =>
      executeReadOnly(db.pool, sql, scope, { ...defaultExecuteLimits, maxPlanCost: 100_000 }),
  };
  const processor = createQuestionProcessor({
    pipeline,
    events: new JobEventLog(redis, names, 3_600),
    redis,
    names,
    appDb: db.pool,
    logger: createLogger('worker', 'silent' satisfies WorkerConfig['LOG_LEVEL']),
    metrics,
  });
  worker = new Worker(names.queue, processor, {
    connection: bullConnection,
    prefix: names.prefix,
    concurrency: 2,
  });
});
afterAll(async () => {
  await worker?.close();
  await api?.close();
  redis?.disconnect();
  bullConnection?.disconnect();
  await db?.drop();
});

interface FailedView {
  status: string;
  error: { code: string; message: string; retryable: boolean; details?: { reasons?: string[] } };
}

describe('a planner that writes DROP TABLE', () => {
  it('fails the question with the guard reasons, records them, and changes nothing', async () => {
    const before = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM transactions');
    const job = await submit(api.url, DROP, { session_id: `s-${randomUUID()}` }, kaspi);
    const done = (await waitForTerminal(api.url, job.id, 30_000, kaspi)) as unknown as FailedView;

    expect(done.status).toBe('failed');
    expect(done.error.code).toBe('rejected_sql');
    expect(done.error.retryable).toBe(false);
    expect(done.error.message).toMatch(/^The planned query was refused by the safety check: /);
    const reasons = done.error.details?.reasons ?? [];
    expect(reasons.length).toBeGreaterThan(0);
    expect(done.error.message).toContain(reasons[0]!);

    const history = await db.pool.query<{
      status: string;
      tenant: string;
      sql: string;
      guard_reasons: string[];
      error: { code: string; message: string };
      result: unknown;
    }>(
      'SELECT status, tenant, sql, guard_reasons, error, result FROM app.question_history WHERE job_id = $1',
      [job.id],
    );
    expect(history.rows).toHaveLength(1);
    const row = history.rows[0]!;
    expect(row).toMatchObject({
      status: 'failed',
      tenant: 'Kaspi Bank',
      sql: 'DROP TABLE transactions',
      result: null,
    });
    expect(row.guard_reasons).toEqual(reasons);
    expect(row.error).toMatchObject({ code: 'rejected_sql', message: done.error.message });

    // The planner was asked twice more, each time told why its SQL was refused.
    const asked = planner.requests.filter((r) => r.question === DROP);
    expect(asked).toHaveLength(3);
    expect(asked[2]!.context.repairs.map((r) => r.sql)).toEqual([
      'DROP TABLE transactions',
      'DROP TABLE transactions',
    ]);
    expect(asked[2]!.context.repairs[0]!.reason).toBe(reasons.join('; '));

    const rejections = await metrics.guardRejections.get();
    expect(rejections.values[0]?.value).toBe(1);
    const after = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM transactions');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });
});

describe('a planner that writes a cross join', () => {
  it('fails the question before it runs, asking for a time range or grouping', async () => {
    const job = await submit(api.url, CROSS, {}, kaspi);
    const done = (await waitForTerminal(api.url, job.id, 30_000, kaspi)) as unknown as FailedView;
    expect(done.status).toBe('failed');
    expect(done.error.code).toBe('too_costly');
    expect(done.error.retryable).toBe(false);
    expect(done.error.message).toBe('This would scan too much data — add a time range or group it.');
    const history = await db.pool.query<{
      status: string;
      guard_reasons: string[] | null;
      error: { code: string };
    }>('SELECT status, guard_reasons, error FROM app.question_history WHERE job_id = $1', [job.id]);
    expect(history.rows[0]).toMatchObject({
      status: 'failed',
      guard_reasons: null,
      error: { code: 'too_costly' },
    });
  });
});
