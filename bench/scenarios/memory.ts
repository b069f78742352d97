/**
 * 7. memory — RSS of the API and the worker processes idle, under scenario 1's load (POST
 * /api/queries, 64 connections; the worker answers them) and under scenario 3's (model questions
 * with a 1 s fake LLM, 500 in flight). Baseline in the same run: a Node process started the same
 * way (`--import tsx`) that does nothing. Target: every peak within the container limits of
 * k8s/base/api.yaml (512 MiB) and k8s/base/worker.yaml (768 MiB).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { fmt, line, mib, type ScenarioOutcome } from '../lib/report.js';
import type { ScenarioContext } from '../lib/scenario.js';
import { sampleRss, spawnProcess } from '../lib/stack.js';
import { benchToken } from '../lib/tokens.js';
import { hammer } from './enqueue.js';
import { modelBurst, startModelStack } from './io-concurrency.js';

const API_LIMIT = 512 * 2 ** 20;
const WORKER_LIMIT = 768 * 2 ** 20;

export async function memory(ctx: ScenarioContext): Promise<ScenarioOutcome> {
  const seconds = ctx.quick ? 1 : 10;
  const questions = ctx.quick ? 30 : 500;
  const bare = spawnProcess('idle-node', 'bench/lib/idle-node.ts', {});
  ctx.defer(() => bare.stop());
  const { api, worker, prefix } = await startModelStack(ctx, 1_000, 500);
  while (!bare.tail().includes('ready')) await sleep(50);

  // Idle: started, one question answered, then left alone for a moment.
  await modelBurst(api, prefix, 1, 'idle');
  await sleep(ctx.quick ? 500 : 3_000);
  const idle = { api: api.rssBytes(), worker: worker.rssBytes(), bare: bare.rssBytes() };

  const token = await benchToken({ sub: 'analyst@bench', bank: 'Halyk Bank' });
  let apiPeak = sampleRss(api);
  let workerPeak = sampleRss(worker);
  await hammer(`${api.url}/api/queries`, seconds, { method: 'POST', token });
  const load1 = { api: apiPeak.stop(), worker: workerPeak.stop() };

  apiPeak = sampleRss(api);
  workerPeak = sampleRss(worker);
  await modelBurst(api, prefix, questions, 'memory');
  const load3 = { api: apiPeak.stop(), worker: workerPeak.stop() };

  line(`baseline: an idle \`node --import tsx\` process ${mib(idle.bare)}`);
  line(
    `idle:                   API ${mib(idle.api)} (×${fmt(idle.api / idle.bare, 1)} of bare), worker ${mib(idle.worker)} (×${fmt(idle.worker / idle.bare, 1)})`,
  );
  line(`load 1 (enqueue ${seconds} s): API peak ${mib(load1.api)}, worker peak ${mib(load1.worker)}`);
  line(`load 3 (${questions} model questions): API peak ${mib(load3.api)}, worker peak ${mib(load3.worker)}`);
  const apiMax = Math.max(idle.api, load1.api, load3.api);
  const workerMax = Math.max(idle.worker, load1.worker, load3.worker);
  return {
    figure: `peak RSS API ${mib(apiMax)}, worker ${mib(workerMax)}`,
    target: `API ≤ ${mib(API_LIMIT)}, worker ≤ ${mib(WORKER_LIMIT)}`,
    pass: apiMax <= API_LIMIT && workerMax <= WORKER_LIMIT,
  };
}
