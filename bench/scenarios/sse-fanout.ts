/**
 * 4. sse-fanout — 1 000 clients follow one queued job over SSE on one API process (no worker);
 * then the job's terminal event is appended to its log the way the worker does
 * (JobEventLog.append). Figure: delay from that append to each client receiving the event,
 * and the API's RSS per open stream. Baseline in the same run: a bare node:http SSE server
 * with one Redis subscriber (bench/lib/bare-sse-server.ts) and the same clients.
 * Target: p99 delay ≤ 100 ms.
 *
 * The clients are bare sockets reading the response by hand (`followEventsRaw`): all thousand share
 * this process, and with node's HTTP client each one's chunk cost ~0.1 ms here, so the last client
 * was measuring the 999 before it, not the server (see BENCHMARKS.md, sse-fanout).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { JobEventLog } from '@pa/queue';
import { Redis } from 'ioredis';
import { followEventsRaw, postJson, type SseEvent, type SseFollow } from '../lib/client.js';
import { requireEnv, stackEnv } from '../lib/context.js';
import { fmt, line, mib, ms, type ScenarioOutcome, summarize } from '../lib/report.js';
import type { ScenarioContext } from '../lib/scenario.js';
import { type BenchProcess, freePort, spawnProcess, startApi } from '../lib/stack.js';
import { benchToken } from '../lib/tokens.js';

const TARGET_MS = 100;

interface FanoutFigures {
  p50: number;
  p99: number;
  max: number;
  delivered: number;
  bytesPerStream: number;
}

/** Opens `count` streams (100 connecting at a time), waits until every one is open, measures the RSS growth. */
async function openStreams(
  count: number,
  server: BenchProcess,
  open: () => SseFollow,
): Promise<{ streams: SseFollow[]; bytesPerStream: number }> {
  await sleep(500);
  const before = server.rssBytes();
  const streams: SseFollow[] = [];
  for (let i = 0; i < count; i += 100) {
    const batch = Array.from({ length: Math.min(100, count - i) }, () => open());
    await Promise.all(batch.map((s) => s.opened));
    streams.push(...batch);
  }
  // Let the server finish its per-stream setup (subscriptions, the snapshot write).
  await sleep(1_000);
  return { streams, bytesPerStream: (server.rssBytes() - before) / count };
}

async function deliveries(streams: SseFollow[], t0: number): Promise<FanoutFigures & { delivered: number }> {
  // One deadline for every stream: a stream that never gets its event counts as not delivered.
  const giveUp = new AbortController();
  const deadline = sleep(30_000, [] as SseEvent[], { signal: giveUp.signal }).catch(() => [] as SseEvent[]);
  const results = await Promise.all(
    streams.map((s) =>
      Promise.race([s.done, deadline]).then((events) => {
        const terminal = events.find((e) => e.event === 'cancelled');
        return terminal ? terminal.receivedAt - t0 : null;
      }),
    ),
  );
  giveUp.abort();
  const delays = results.filter((d): d is number => d !== null);
  const s = summarize(delays);
  return { p50: s.p50, p99: s.p99, max: s.max, delivered: delays.length, bytesPerStream: 0 };
}

export async function sseFanout(ctx: ScenarioContext): Promise<ScenarioOutcome> {
  const count = ctx.quick ? 100 : 1_000;
  const db = await ctx.database();
  const prefix = ctx.prefix();
  const api = await startApi(stackEnv(db.url, prefix, { LOG_LEVEL: 'warn' }));
  ctx.defer(() => api.stop());
  const token = await benchToken({ sub: 'analyst@bench', bank: 'Halyk Bank' });
  const redis = new Redis(requireEnv('REDIS_URL'), { maxRetriesPerRequest: 1 });
  ctx.defer(() => redis.disconnect());
  const log = new JobEventLog(redis, { prefix, queue: 'questions' }, 3_600);

  const submitted = await postJson(`${api.url}/api/queries`, token, {
    question: 'How many transactions were there yesterday?',
  });
  if (submitted.status !== 202) throw new Error(`submit: ${submitted.status}`);
  const { id } = submitted.body as { id: string };
  const app = await openStreams(count, api, () =>
    followEventsRaw(api.url, `/api/queries/${id}/events`, token),
  );
  const t0 = performance.now();
  await log.append(id, { type: 'cancelled', at: new Date().toISOString() });
  const appFig = await deliveries(app.streams, t0);

  // Baseline: the bare server, same clients, same Redis.
  const port = await freePort();
  const channel = `${prefix}:bare-sse`;
  const bare = spawnProcess('bare-sse', 'bench/lib/bare-sse-server.ts', {
    BARE_CHANNEL: channel,
    PORT: String(port),
  });
  ctx.defer(() => bare.stop());
  while (!bare.tail().includes('ready')) {
    if (bare.proc.exitCode !== null) throw new Error(`bare SSE server:\n${bare.tail()}`);
    await sleep(50);
  }
  const bareUrl = `http://127.0.0.1:${port}`;
  const base = await openStreams(count, bare, () => followEventsRaw(bareUrl, '/events', token));
  const t1 = performance.now();
  await redis.publish(channel, `${Date.now()}-0`);
  const baseFig = await deliveries(base.streams, t1);

  line(`${count} SSE clients on one job, one API process; terminal event appended as the worker does`);
  line(
    `API: delivered ${appFig.delivered}/${count}; delay p50 ${ms(appFig.p50)}, p99 ${ms(appFig.p99)}, max ${ms(appFig.max)}; ` +
      `RSS ${mib(app.bytesPerStream * 1024)} per 1 024 streams (${fmt(app.bytesPerStream / 1024, 1)} KiB each)`,
  );
  line(
    `baseline bare SSE server: delivered ${baseFig.delivered}/${count}; delay p50 ${ms(baseFig.p50)}, p99 ${ms(baseFig.p99)}, max ${ms(baseFig.max)}; ` +
      `${fmt(base.bytesPerStream / 1024, 1)} KiB per stream`,
  );
  line(
    `ratio API / bare: p99 ×${fmt(appFig.p99 / baseFig.p99, 1)}, memory per stream ×${fmt(app.bytesPerStream / base.bytesPerStream, 1)}`,
  );
  return {
    figure: `p99 ${ms(appFig.p99)} to ${count} clients, ${fmt(app.bytesPerStream / 1024, 1)} KiB per stream`,
    target: `p99 ≤ ${TARGET_MS} ms`,
    pass: appFig.delivered === count && appFig.p99 <= TARGET_MS,
  };
}
