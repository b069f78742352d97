/**
 * 3. io-concurrency — a fake LLM that answers after 1 s, one worker process, 500 questions that
 * need the model (`planner: "llm"`, `use_cache: false`), all submitted at once: questions/s from
 * the first submission to the last terminal event. The worker must not serialise on I/O.
 * Baseline in the same run: the same number of calls made straight to the fake through the
 * same SDK from one process, all at once — the I/O ceiling. Target ≥ 150 questions/s.
 */
import { GoogleGenAI } from '@google/genai';
import { Redis } from 'ioredis';
import { postJson } from '../lib/client.js';
import { requireEnv, stackEnv } from '../lib/context.js';
import { type FakeLlmServer, geminiEnv, MODEL_QUESTION, startSlowGemini } from '../lib/fake-llm.js';
import { fmt, line, ms, type ScenarioOutcome } from '../lib/report.js';
import type { ScenarioContext } from '../lib/scenario.js';
import { type BenchApi, type BenchProcess, startApi, startWorker } from '../lib/stack.js';
import { benchToken } from '../lib/tokens.js';

const TARGET = 150;
const LATENCY_MS = 1_000;

export interface BurstFigures {
  perSecond: number;
  elapsedMs: number;
  completed: number;
  failed: number;
  submitMs: number;
  /** The first failed job's error code and message, if any failed. */
  firstFailure: string | undefined;
}

/**
 * Submits `count` model questions at once (64 submissions in flight) and waits until every job's
 * event log holds its terminal event (read straight from Redis, one check per job).
 */
export async function modelBurst(
  api: BenchApi,
  prefix: string,
  count: number,
  tag: string,
): Promise<BurstFigures> {
  const token = await benchToken({ sub: `analyst-${tag}@bench`, bank: 'Halyk Bank' });
  const redis = new Redis(requireEnv('REDIS_URL'), { maxRetriesPerRequest: 1 });
  try {
    const started = performance.now();
    const ids: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (next < count) {
          const i = next++;
          const res = await postJson(`${api.url}/api/queries`, token, {
            question: `${MODEL_QUESTION} (${tag} ${i})`,
            options: { planner: 'llm', use_cache: false },
          });
          if (res.status !== 202) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
          ids.push((res.body as { id: string }).id);
        }
      }),
    );
    const submitMs = performance.now() - started;
    const pending = new Set(ids);
    let completed = 0;
    let failed = 0;
    let firstFailure: string | undefined;
    const deadline = started + 120_000;
    while (pending.size > 0) {
      if (performance.now() > deadline) throw new Error(`${pending.size} of ${count} questions never ended`);
      const batch = [...pending];
      const pipeline = redis.pipeline();
      for (const id of batch) pipeline.xrevrange(`${prefix}:questions:events:${id}`, '+', '-', 'COUNT', 1);
      const replies = (await pipeline.exec()) ?? [];
      batch.forEach((id, i) => {
        const raw = (replies[i]?.[1] as Array<[string, string[]]> | undefined)?.[0]?.[1]?.[1];
        const event = raw
          ? (JSON.parse(raw) as { type: string; error?: { code: string; message: string } })
          : null;
        const type = event?.type ?? '';
        if (type === 'completed') completed++;
        else if (type === 'failed' || type === 'cancelled') {
          failed++;
          firstFailure ??= `${event?.error?.code}: ${event?.error?.message}`;
        } else return;
        pending.delete(id);
      });
      if (pending.size > 0) await new Promise((r) => setTimeout(r, 20));
    }
    const elapsedMs = performance.now() - started;
    return { perSecond: (count * 1000) / elapsedMs, elapsedMs, completed, failed, submitMs, firstFailure };
  } finally {
    redis.disconnect();
  }
}

/** The I/O ceiling: `count` generateContent calls through @google/genai to the fake, all at once. */
async function directCalls(gemini: FakeLlmServer, count: number): Promise<number> {
  const ai = new GoogleGenAI({ apiKey: 'bench-key', httpOptions: { baseUrl: gemini.url } });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      ai.models.generateContent({ model: 'gemini-bench', contents: `${MODEL_QUESTION} (direct ${i})` }),
    ),
  );
  return (count * 1000) / (performance.now() - started);
}

/**
 * The model's plan in this scenario: a cheap indexed count, so that what is measured is how many
 * model calls the worker keeps waiting at once, not how fast PostgreSQL groups rows on 2 cores.
 */
export const CHEAP_SQL =
  'SELECT count(*) AS transactions FROM transactions WHERE transaction_timestamp >= current_date - 1 AND transaction_timestamp < current_date';

export async function startModelStack(
  ctx: ScenarioContext,
  latencyMs: number,
  inFlight: number,
): Promise<{ api: BenchApi; worker: BenchProcess; prefix: string; gemini: FakeLlmServer }> {
  const gemini = await startSlowGemini(latencyMs, () => CHEAP_SQL);
  ctx.defer(() => gemini.close());
  const db = await ctx.database();
  const prefix = ctx.prefix();
  const env = stackEnv(db.url, prefix, {
    ...geminiEnv(gemini, inFlight),
    WORKER_CONCURRENCY: String(inFlight),
  });
  const api = await startApi(env);
  ctx.defer(() => api.stop());
  const worker = await startWorker(env);
  ctx.defer(() => worker.stop());
  return { api, worker, prefix, gemini };
}

export async function ioConcurrency(ctx: ScenarioContext): Promise<ScenarioOutcome> {
  const count = ctx.quick ? 30 : 500;
  const inFlight = 500;
  const { api, worker, prefix, gemini } = await startModelStack(ctx, LATENCY_MS, inFlight);
  line(
    `fake Gemini ${LATENCY_MS} ms per call; one worker, WORKER_CONCURRENCY=${inFlight}, LLM_MAX_CONCURRENCY=${inFlight}; ${count} questions`,
  );
  line(`model's SQL: ${CHEAP_SQL}`);
  await modelBurst(api, prefix, Math.min(count, 20), 'warm-up');
  const cpu0 = worker.cpuMs();
  const calls0 = gemini.requests.length;
  const app = await modelBurst(api, prefix, count, 'run');
  const workerCpu = (worker.cpuMs() - cpu0) / count;
  const llmCalls = gemini.requests.length - calls0;
  const direct = await directCalls(gemini, count);
  line(
    `pipeline: ${fmt(app.perSecond, 1)} questions/s (${fmt(app.completed)} completed, ${app.failed} failed, ` +
      `${fmt(llmCalls)} model calls, all ended in ${ms(app.elapsedMs)}; submissions took ${ms(app.submitMs)}), ` +
      `worker CPU ${ms(workerCpu)} per question`,
  );
  if (app.firstFailure) line(`first failure: ${app.firstFailure}`);
  line(
    `baseline: ${count} direct SDK calls at once ${fmt(direct, 1)} calls/s | ratio ${fmt(app.perSecond / direct, 2)}`,
  );
  return {
    figure: `${fmt(app.perSecond, 1)} questions/s`,
    target: `≥ ${TARGET}/s`,
    pass: app.failed === 0 && app.perSecond >= TARGET,
  };
}
