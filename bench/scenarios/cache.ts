/**
 * 5. cache — a question that needs the model (fake Gemini, 500 ms) asked cold, then the same
 * question again answered from the plan and result caches. Each pair uses its own question and
 * its own SQL, so every cold answer misses both caches. Client time is submit → terminal SSE
 * event; server time is the job's event log from `queued` to its terminal event (Redis stream ids,
 * millisecond resolution). A hit the API answers itself writes its whole log at once, so for it the
 * submit alone (POST → 202, which includes all of the API's work for it) is printed as well.
 * Targets: repeated ≥ 10× faster than cold (p50, client side); server-side hit p50 ≤ 5 ms.
 */
import { JobEventLog } from '@pa/queue';
import { Redis } from 'ioredis';
import { followEvents, postJson, streamIdMs } from '../lib/client.js';
import { requireEnv, stackEnv } from '../lib/context.js';
import { geminiEnv, MODEL_QUESTION, MODEL_SQL, startSlowGemini } from '../lib/fake-llm.js';
import { fmt, line, ms, type ScenarioOutcome, summarize } from '../lib/report.js';
import type { ScenarioContext } from '../lib/scenario.js';
import { startApi, startWorker } from '../lib/stack.js';
import { benchToken } from '../lib/tokens.js';

const LATENCY_MS = 500;

interface Answer {
  clientMs: number;
  /** Submit alone: POST → 202 (a hit answered by the API itself is complete by then). */
  submitMs: number;
  serverMs: number;
  cache: { plan: string; result: string } | undefined;
}

export async function cache(ctx: ScenarioContext): Promise<ScenarioOutcome> {
  const pairs = ctx.quick ? 2 : 40;
  // Pair i's model answer: its own SQL (an extra alias), so no cold answer finds cached rows.
  const gemini = await startSlowGemini(LATENCY_MS, (n) =>
    MODEL_SQL.replace('count(*) AS transactions', `count(*) AS transactions, ${n} AS variant`),
  );
  ctx.defer(() => gemini.close());
  const db = await ctx.database();
  const prefix = ctx.prefix();
  const env = stackEnv(db.url, prefix, geminiEnv(gemini, 32));
  const api = await startApi(env);
  ctx.defer(() => api.stop());
  const worker = await startWorker(env);
  ctx.defer(() => worker.stop());
  const token = await benchToken({ sub: 'analyst@bench', bank: 'Halyk Bank' });
  const redis = new Redis(requireEnv('REDIS_URL'), { maxRetriesPerRequest: 1 });
  ctx.defer(() => redis.disconnect());
  const log = new JobEventLog(redis, { prefix, queue: 'questions' }, 3_600);

  const ask = async (question: string): Promise<Answer> => {
    const t = performance.now();
    const res = await postJson(`${api.url}/api/queries`, token, { question });
    if (res.status !== 202) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
    const submitMs = performance.now() - t;
    const { id } = res.body as { id: string };
    const events = await followEvents(api.url, id, token).done;
    const clientMs = performance.now() - t;
    const last = events.at(-1);
    if (last?.event !== 'completed') throw new Error(`question ended ${last?.event}: ${last?.data}`);
    const stored = await log.read(id);
    const serverMs = streamIdMs(stored.at(-1)!.id) - streamIdMs(stored[0]!.id);
    const result = (JSON.parse(last.data) as { result: { cache?: { plan: string; result: string } } }).result;
    return { clientMs, submitMs, serverMs, cache: result.cache };
  };

  await ask(`${MODEL_QUESTION} (warm-up)`);
  await ask(`${MODEL_QUESTION} (warm-up)`);
  const cold: Answer[] = [];
  const warm: Answer[] = [];
  for (let i = 0; i < pairs; i++) {
    const question = `${MODEL_QUESTION} (pair ${i})`;
    cold.push(await ask(question));
    warm.push(await ask(question));
  }
  const hits = warm.filter((a) => a.cache?.plan === 'hit' && a.cache.result === 'hit').length;
  const misses = cold.filter((a) => a.cache?.plan === 'miss' && a.cache.result === 'miss').length;
  const c = summarize(cold.map((a) => a.clientMs));
  const w = summarize(warm.map((a) => a.clientMs));
  const cs = summarize(cold.map((a) => a.serverMs));
  const ws = summarize(warm.map((a) => a.serverMs));
  line(`fake Gemini ${LATENCY_MS} ms per call; ${pairs} questions, each asked cold then again`);
  line(
    `cold (model + SQL): client p50 ${ms(c.p50)}, p99 ${ms(c.p99)}; server p50 ${ms(cs.p50)} (${misses}/${pairs} missed both caches)`,
  );
  line(
    `repeated (cache):   client p50 ${ms(w.p50)}, p99 ${ms(w.p99)}; server p50 ${ms(ws.p50)}, p99 ${ms(ws.p99)} (${hits}/${pairs} hit both caches)`,
  );
  const wp = summarize(warm.map((a) => a.submitMs));
  line(`repeated: submit alone (POST → 202) p50 ${ms(wp.p50)}, p99 ${ms(wp.p99)}`);
  const speedup = c.p50 / w.p50;
  line(`speed-up cold / repeated: client ×${fmt(speedup, 1)}, server ×${fmt(cs.p50 / ws.p50, 1)}`);
  return {
    figure: `×${fmt(speedup, 1)} faster from cache, server-side hit p50 ${ms(ws.p50)}`,
    target: '≥ ×10, ≤ 5 ms',
    pass: hits === pairs && speedup >= 10 && ws.p50 <= 5,
  };
}
