/**
 * 2. pipeline — a fast question (the builtin planner's, `use_cache: false` so every one is planned
 * and executed), 20 and 100 in flight: each client submits, follows the job over SSE to its
 * terminal event, and submits again. Baseline in the same run: a bare BullMQ worker process
 * (same concurrency) whose job runs the same SQL with a plain pg client, driven the same way
 * (queue.add → completed). Targets: ≥ 0.5 of the baseline's questions/s; p99 ≤ 50 ms at 100.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { followEvents, postJson } from '../lib/client.js';
import { requireEnv, stackEnv } from '../lib/context.js';
import { fmt, line, ms, type ScenarioOutcome, summarize } from '../lib/report.js';
import type { ScenarioContext } from '../lib/scenario.js';
import { type BenchProcess, spawnProcess, startApi, startWorker } from '../lib/stack.js';
import { benchToken } from '../lib/tokens.js';

export const FAST_QUESTION = 'How many transactions were there yesterday?';
const WORKER_CONCURRENCY = 32;
const LEVELS = [20, 100];

interface LoopFigures {
  perSecond: number;
  p50: number;
  p99: number;
  done: number;
  failed: number;
}

/** `inFlight` closed loops for `seconds`: each runs `once()` again as soon as it returns. */
export async function closedLoops(
  inFlight: number,
  seconds: number,
  once: () => Promise<boolean>,
): Promise<LoopFigures> {
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        if (await once().catch(() => false)) latencies.push(performance.now() - t);
        else failed++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const s = summarize(latencies);
  return { perSecond: latencies.length / elapsed, p50: s.p50, p99: s.p99, done: latencies.length, failed };
}

/** One question through the API: submit, follow its events, true when it completed. */
export async function askOverSse(
  url: string,
  token: string,
  body: unknown,
): Promise<{ ok: boolean; sql?: string; id?: string; submitMs?: number }> {
  const t = performance.now();
  const res = await postJson(`${url}/api/queries`, token, body);
  const submitMs = performance.now() - t;
  if (res.status !== 202) return { ok: false };
  const { id } = res.body as { id: string };
  const events = await followEvents(url, id, token).done;
  const last = events.at(-1);
  if (last?.event !== 'completed') return { ok: false };
  return { ok: true, id, submitMs, sql: (JSON.parse(last.data) as { result: { sql: string } }).result.sql };
}

/**
 * Where a question's time went, from its event log's stream ids (Redis's clock, ms): waiting in
 * the queue (queued → the worker's first stage) and in the worker (first stage → terminal event).
 */
async function phases(prefix: string, ids: string[]): Promise<{ queued: number; worker: number }> {
  const redis = new Redis(requireEnv('REDIS_URL'), { maxRetriesPerRequest: 1 });
  try {
    const pipeline = redis.pipeline();
    for (const id of ids) pipeline.xrange(`${prefix}:questions:events:${id}`, '-', '+');
    const queued: number[] = [];
    const worker: number[] = [];
    for (const [, entries] of (await pipeline.exec()) ?? []) {
      const ms = (entries as Array<[string, string[]]>).map(([id]) => Number(id.split('-')[0]));
      if (ms.length < 3) continue;
      queued.push(ms[1]! - ms[0]!);
      worker.push(ms.at(-1)! - ms[1]!);
    }
    return { queued: summarize(queued).p50, worker: summarize(worker).p50 };
  } finally {
    redis.disconnect();
  }
}

async function startBareWorker(prefix: string, databaseUrl: string, sql: string): Promise<BenchProcess> {
  const bare = spawnProcess('bare-worker', 'bench/lib/bare-worker.ts', {
    BARE_PREFIX: prefix,
    BARE_SQL: sql,
    BARE_CONCURRENCY: String(WORKER_CONCURRENCY),
    DATABASE_URL: databaseUrl,
  });
  const deadline = Date.now() + 60_000;
  while (!bare.tail().includes('ready')) {
    if (bare.proc.exitCode !== null || Date.now() > deadline) throw new Error(`bare worker:\n${bare.tail()}`);
    await sleep(50);
  }
  return bare;
}

export async function pipeline(ctx: ScenarioContext): Promise<ScenarioOutcome> {
  const seconds = ctx.quick ? 1 : 15;
  const db = await ctx.database();
  const env = stackEnv(db.url, ctx.prefix(), { WORKER_CONCURRENCY: String(WORKER_CONCURRENCY) });
  const api = await startApi(env);
  ctx.defer(() => api.stop());
  const worker = await startWorker(env);
  ctx.defer(() => worker.stop());
  const token = await benchToken({ sub: 'analyst@bench', bank: 'Halyk Bank' });
  const body = { question: FAST_QUESTION, options: { use_cache: false } };

  // Warm-up, and the SQL the pipeline runs for this question (the baseline runs the same).
  const first = await askOverSse(api.url, token, body);
  if (!first.ok || !first.sql) throw new Error('the warm-up question did not complete');
  await closedLoops(20, ctx.quick ? 1 : 3, async () => (await askOverSse(api.url, token, body)).ok);
  line(
    `question: "${FAST_QUESTION}" (builtin planner, use_cache false); worker concurrency ${WORKER_CONCURRENCY}`,
  );
  line(`SQL: ${first.sql}`);

  const app: Record<number, LoopFigures & { apiCpu: number; workerCpu: number }> = {};
  for (const inFlight of LEVELS) {
    const cpu0 = [api.cpuMs(), worker.cpuMs()];
    const ids: string[] = [];
    const submits: number[] = [];
    const f = await closedLoops(inFlight, seconds, async () => {
      const r = await askOverSse(api.url, token, body);
      if (r.id) ids.push(r.id);
      if (r.submitMs !== undefined) submits.push(r.submitMs);
      return r.ok;
    });
    app[inFlight] = {
      ...f,
      apiCpu: (api.cpuMs() - cpu0[0]!) / Math.max(1, f.done),
      workerCpu: (worker.cpuMs() - cpu0[1]!) / Math.max(1, f.done),
    };
    const p = await phases(env.QUEUE_PREFIX, ids.slice(-500));
    line(
      `${inFlight} in flight, p50 of each part: submit ${ms(summarize(submits).p50)} (client), ` +
        `queued → first stage ${ms(p.queued)}, first stage → terminal event ${ms(p.worker)} (event log)`,
    );
  }
  await worker.stop();

  // Baseline: bare BullMQ round trip + the same SQL with a plain pg client.
  const barePrefix = ctx.prefix();
  const bare = await startBareWorker(barePrefix, db.url, first.sql);
  ctx.defer(() => bare.stop());
  const connection = new Redis(requireEnv('REDIS_URL'), { maxRetriesPerRequest: null });
  const queue = new Queue('questions', { connection, prefix: barePrefix });
  const queueEvents = new QueueEvents('questions', {
    connection: connection.duplicate(),
    prefix: barePrefix,
  });
  ctx.defer(async () => {
    await queueEvents.close();
    await queue.close();
    connection.disconnect();
  });
  // Every waiting round trip listens on both (BullMQ's waitUntilFinished).
  queue.setMaxListeners(1_000);
  queueEvents.setMaxListeners(1_000);
  await queueEvents.waitUntilReady();
  const roundTrip = async () => {
    const job = await queue.add(
      'question',
      { question: FAST_QUESTION },
      { removeOnComplete: { age: 3_600 } },
    );
    await job.waitUntilFinished(queueEvents, 30_000);
    return true;
  };
  await closedLoops(20, ctx.quick ? 1 : 3, roundTrip);
  const base: Record<number, LoopFigures> = {};
  for (const inFlight of LEVELS) base[inFlight] = await closedLoops(inFlight, seconds, roundTrip);

  let pass = true;
  for (const inFlight of LEVELS) {
    const a = app[inFlight]!;
    const b = base[inFlight]!;
    const r = a.perSecond / b.perSecond;
    pass &&= r >= 0.5 && a.failed === 0;
    line(
      `${inFlight} in flight: API ${fmt(a.perSecond)} questions/s, p50 ${ms(a.p50)}, p99 ${ms(a.p99)} (${fmt(a.done)} completed, ${a.failed} not)` +
        ` | baseline ${fmt(b.perSecond)}/s, p50 ${ms(b.p50)}, p99 ${ms(b.p99)} | ratio ${fmt(r, 2)}` +
        ` | CPU per question: API ${ms(a.apiCpu)}, worker ${ms(a.workerCpu)}`,
    );
  }
  const at100 = app[100]!;
  pass &&= at100.p99 <= 50;
  const worst = Math.min(...LEVELS.map((l) => app[l]!.perSecond / base[l]!.perSecond));
  return {
    figure: `throughput ratio ${fmt(worst, 2)} (lower of 20/100 in flight), p99 ${ms(at100.p99)} at 100`,
    target: '≥ 0.5, p99 ≤ 50 ms',
    pass,
  };
}
