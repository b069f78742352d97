/**
 * The benchmarks of issue #14. Each scenario prints its figures beside a baseline measured in
 * the same run (as a ratio), and ends with `bench <scenario>: <figure> (target …) PASS|FAIL`.
 *
 *   npm run bench -- [scenario …] [--quick]      (no scenario: all of them, in order)
 *
 * Scenarios start their own API and worker processes against the local Redis and PostgreSQL
 * (`npm run services`), in scratch databases and under Redis key prefixes of their own, all
 * removed at the end. `--quick` is the short smoke form CI runs; its figures mean little.
 * BENCH_CPU_PROF=<dir> writes a V8 CPU profile of every API and worker process into <dir>.
 * Figures and what changed them: BENCHMARKS.md.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { loadBenchEnv, machineLine, requireEnv } from './lib/context.js';
import { ms, type ScenarioOutcome, summarize, summaryLine } from './lib/report.js';
import {
  dropSharedDatabase,
  type ScenarioContext,
  type ScenarioRunner,
  scenarioRunner,
} from './lib/scenario.js';
import { cache } from './scenarios/cache.js';
import { enqueue } from './scenarios/enqueue.js';
import { ioConcurrency } from './scenarios/io-concurrency.js';
import { memory } from './scenarios/memory.js';
import { pipeline } from './scenarios/pipeline.js';
import { sql } from './scenarios/sql.js';
import { sseFanout } from './scenarios/sse-fanout.js';

const SCENARIOS: Record<string, (ctx: ScenarioContext) => Promise<ScenarioOutcome>> = {
  enqueue,
  pipeline,
  'io-concurrency': ioConcurrency,
  'sse-fanout': sseFanout,
  cache,
  sql,
  memory,
};

const loadLine = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/**
 * How long one Redis round trip takes right now (200 PINGs one after another): every question
 * makes a few dozen, so on a busy shared machine this, more than CPU, sets the figures.
 */
async function redisRoundTrip(): Promise<string> {
  const redis = new Redis(requireEnv('REDIS_URL'), { maxRetriesPerRequest: 1 });
  try {
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await redis.ping();
      times.push(performance.now() - t);
    }
    const s = summarize(times);
    return `Redis PING round trip p50 ${ms(s.p50)}, p99 ${ms(s.p99)}`;
  } finally {
    redis.disconnect();
  }
}

/** The scenario running now: Ctrl-C or SIGTERM still stops its processes and drops its databases. */
let current: ScenarioRunner | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`bench: ${signal}, cleaning up`);
    void (async () => {
      await current?.finish().catch(() => {});
      await dropSharedDatabase().catch(() => {});
      process.exit(130);
    })();
  });
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(`usage: npm run bench -- [${Object.keys(SCENARIOS).join('|')} …] [--quick]`);
    return 0;
  }
  const unknown = positionals.filter((p) => !(p in SCENARIOS));
  if (unknown.length > 0) {
    console.error(
      `bench: unknown scenario ${unknown.join(', ')}; one of ${Object.keys(SCENARIOS).join(', ')}`,
    );
    return 2;
  }
  loadBenchEnv();
  const chosen = positionals.length > 0 ? positionals : Object.keys(SCENARIOS);
  console.log(`${machineLine()}; ${new Date().toISOString()}${values.quick ? '; --quick (smoke form)' : ''}`);
  const summaries: string[] = [];
  let failed = false;
  try {
    for (const name of chosen) {
      console.log(`\n== ${name} (load average ${loadLine()}; ${await redisRoundTrip()})`);
      const runner = scenarioRunner(values.quick);
      current = runner;
      try {
        const outcome = await SCENARIOS[name]!(runner.context);
        const summary = summaryLine(name, outcome);
        summaries.push(summary);
        // The machine is shared: a load average far above its CPU count means disturbed figures.
        console.log(`  load average after: ${loadLine()}`);
        console.log(summary);
      } catch (err) {
        failed = true;
        console.error(
          `bench ${name}: error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
        );
      } finally {
        current = null;
        await runner.finish();
      }
    }
  } finally {
    await dropSharedDatabase();
  }
  if (summaries.length > 1) console.log(`\n${summaries.join('\n')}`);
  // PASS/FAIL is a finding, not an error: only a scenario that could not run fails the command.
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
