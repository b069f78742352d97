/**
 * 1. enqueue — POST /api/queries with authentication on, 64 connections, no worker, against raw
 * BullMQ `queue.add` of the same job data from one process with 64 adds in flight, same run.
 * The Hono health route under the same load generator shows the HTTP ceiling of one API process.
 */
import { randomUUID } from 'node:crypto';
import type { Caller } from '@pa/contracts';
import type { QuestionJobData } from '@pa/queue';
import autocannon from 'autocannon';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { requireEnv, stackEnv } from '../lib/context.js';
import { fmt, line, ms, type ScenarioOutcome } from '../lib/report.js';
import type { ScenarioContext } from '../lib/scenario.js';
import { startApi } from '../lib/stack.js';
import { benchToken } from '../lib/tokens.js';

export const CONNECTIONS = 64;
const TARGET = 0.5;

interface LoadFigures {
  perSecond: number;
  p50: number;
  p99: number;
  ok: number;
  other: number;
}

/** autocannon against one route; every request a distinct question (identical ones would share a job). */
export async function hammer(
  url: string,
  seconds: number,
  options: { method: 'GET' | 'POST'; token?: string; connections?: number },
): Promise<LoadFigures> {
  let n = 0;
  const result = await autocannon({
    url,
    connections: options.connections ?? CONNECTIONS,
    duration: seconds,
    method: options.method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.method === 'POST' ? { 'content-type': 'application/json' } : {}),
    },
    ...(options.method === 'POST'
      ? {
          requests: [
            {
              setupRequest: (req) => ({
                ...req,
                body: JSON.stringify({ question: `How many transactions were there yesterday? #${n++}` }),
              }),
            },
          ],
        }
      : {}),
  });
  const ok = options.method === 'POST' ? (result.statusCodeStats?.['202']?.count ?? 0) : result['2xx'];
  return {
    perSecond: ok / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok,
    other: result.requests.total - ok,
  };
}

/** Raw queue.add from this process: `inFlight` adds at a time for `seconds`. */
export async function rawQueueAdd(prefix: string, seconds: number, inFlight = CONNECTIONS) {
  const connection = new Redis(requireEnv('REDIS_URL'), { maxRetriesPerRequest: null });
  const queue = new Queue<QuestionJobData>('questions', { connection, prefix });
  const caller: Caller = {
    user_id: 'bench@baseline',
    tenant: 'Halyk Bank',
    role: 'analyst',
    time_zone: 'Asia/Almaty',
    request_id: 'bench',
  };
  await queue.waitUntilReady();
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let n = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        await queue.add(
          'question',
          {
            question: `How many transactions were there yesterday? #${n++}`,
            session_id: null,
            options: null,
            caller,
            created_at: new Date().toISOString(),
          },
          { jobId: randomUUID(), attempts: 3, backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 } },
        );
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await queue.close();
  connection.disconnect();
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / elapsed,
    p50: latencies[Math.floor(latencies.length / 2)] ?? Number.NaN,
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? Number.NaN,
    count: latencies.length,
  };
}

export async function enqueue(ctx: ScenarioContext): Promise<ScenarioOutcome> {
  const seconds = ctx.quick ? 1 : 10;
  const db = await ctx.database();
  const prefix = ctx.prefix();
  const api = await startApi(stackEnv(db.url, prefix));
  ctx.defer(() => api.stop());
  const token = await benchToken({ sub: 'analyst@bench', bank: 'Halyk Bank' });
  line(`load: autocannon, ${CONNECTIONS} connections, ${seconds} s per measurement; no worker runs`);

  // Warm-up (JIT, connection pools), then the measured runs.
  await hammer(`${api.url}/api/queries`, ctx.quick ? 1 : 2, { method: 'POST', token });
  const cpuBefore = api.cpuMs();
  const submit = await hammer(`${api.url}/api/queries`, seconds, { method: 'POST', token });
  const apiCpuPerRequest = (api.cpuMs() - cpuBefore) / Math.max(1, submit.ok);
  const health = await hammer(`${api.url}/api/health`, seconds, { method: 'GET' });
  const raw = await rawQueueAdd(ctx.prefix(), seconds);

  line(
    `POST /api/queries (auth on):  ${fmt(submit.perSecond)} accepted/s, p50 ${ms(submit.p50)}, p99 ${ms(submit.p99)}` +
      ` (${fmt(submit.ok)} × 202, ${fmt(submit.other)} other), API CPU ${ms(apiCpuPerRequest)} per request`,
  );
  line(
    `GET /api/health (HTTP ceiling): ${fmt(health.perSecond)} req/s, p50 ${ms(health.p50)}, p99 ${ms(health.p99)}`,
  );
  line(
    `baseline queue.add (1 process, ${CONNECTIONS} in flight): ${fmt(raw.perSecond)} adds/s, p50 ${ms(raw.p50)}, p99 ${ms(raw.p99)}`,
  );
  const r = submit.perSecond / raw.perSecond;
  line(
    `ratio submit / queue.add ${fmt(r, 2)}; health / queue.add ${fmt(health.perSecond / raw.perSecond, 2)}; ` +
      `submit / health ${fmt(submit.perSecond / health.perSecond, 2)}`,
  );
  return { figure: `ratio ${fmt(r, 2)}`, target: `≥ ${TARGET}`, pass: submit.other === 0 && r >= TARGET };
}
