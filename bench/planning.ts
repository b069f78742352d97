/**
 * Planning time of the builtin planner (issue #11 item 7: under 2 ms per question): a benchmark, not a
 * timed test. Standalone — no database, no Redis, no other process:
 *
 *   npx tsx bench/planning.ts [--quick]
 *
 * Every question of the golden and fresh sets is planned warm, many times, with `understandQuestion`
 * (what the planner's `plan()` runs, without its promise). Each question is timed in batches (a batch:
 * several plans of that question in a row), and its time is the median of its batches, so one GC or
 * scheduler pause does not become a question's time. The headline is the p99 over questions: the
 * slowest shapes of question the sets contain.
 *
 * Two clocks: CPU time of this process (process.cpuUsage — the work planning costs, which other
 * processes on a shared machine cannot inflate) and wall-clock time (what a caller waits; on a busy
 * machine it includes the time the process was not scheduled). The verdict is on CPU time; on an idle
 * machine the two agree.
 *
 * Baseline, measured in the same run on the same questions: `tokenize()` alone — normalisation and
 * the regular-expression split every plan starts with, the cheapest stage that reads the whole
 * question. A slower machine slows both; the ratio planner / tokenizer moves only when the planner's
 * own stages (lexicon, passes, frame, SQL) get slower. (JSON.parse of the question would be a baseline
 * of the JavaScript engine only, not of reading a question.)
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tokenize, understandQuestion } from '@pa/planner-builtin';

export const PLANNING_TARGET_MS = 2;

const SETS = ['golden', 'fresh'];

function readQuestions(): string[] {
  const questions: string[] = [];
  for (const set of SETS) {
    const file = new URL(`../test/fixtures/golden/${set}.jsonl`, import.meta.url);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim()) questions.push((JSON.parse(line) as { question: string }).question);
    }
  }
  return questions;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

interface Stats {
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    mean: sorted.reduce((s, v) => s + v, 0) / sorted.length,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

const median = (values: readonly number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

interface Timing {
  cpu: number;
  wall: number;
}

/** Mean CPU and wall-clock time in ms of `reps` runs of `work`. */
function batch(work: () => unknown, reps: number): Timing {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (let r = 0; r < reps; r++) work();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000 / reps, wall: (performance.now() - wall) / reps };
}

export interface PlanningOutcome {
  figure: string;
  target: string;
  pass: boolean;
}

export function runPlanningBench(
  options: { quick?: boolean; log?: (line: string) => void } = {},
): PlanningOutcome {
  const log = options.log ?? console.log;
  const rounds = options.quick ? 5 : 40;
  const reps = options.quick ? 5 : 10;
  const questions = readQuestions();
  const context = { now: new Date(), timeZone: 'Asia/Almaty', previous: [] };
  const plan = (q: string) => understandQuestion(q, context);

  // Warm-up: JIT, the lexicon compiled on first use.
  for (let w = 0; w < 3; w++) {
    for (const q of questions) {
      plan(q);
      tokenize(q);
    }
  }
  const planBatches = questions.map((): Timing[] => []);
  const tokenBatches = questions.map((): Timing[] => []);
  for (let round = 0; round < rounds; round++) {
    questions.forEach((q, i) => {
      tokenBatches[i]!.push(batch(() => tokenize(q), reps * 10));
      planBatches[i]!.push(batch(() => plan(q), reps));
    });
  }
  const perQuestion = (batches: Timing[][], clock: keyof Timing) =>
    batches.map((b) => median(b.map((t) => t[clock])));
  const planCpu = perQuestion(planBatches, 'cpu');
  const p = stats(planCpu);
  const pw = stats(perQuestion(planBatches, 'wall'));
  const t = stats(perQuestion(tokenBatches, 'cpu'));
  const tw = stats(perQuestion(tokenBatches, 'wall'));
  const ms = (v: number) => v.toFixed(3).padStart(8);
  const row = (label: string, s: Stats) =>
    log(`  ${label.padEnd(30)}${ms(s.p50)}  ${ms(s.p99)}  ${ms(s.mean)}  ${ms(s.max)}`);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(0)}×`.padStart(8);

  log(
    `planning ${questions.length} questions (${SETS.join(' + ')}), ${rounds} rounds × ${reps} plans each, warm; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  log(`  per-question time, ms             p50       p99      mean       max`);
  row('planner, CPU', p);
  row('baseline (tokenize), CPU', t);
  log(
    `  ${'planner / baseline, CPU'.padEnd(30)}${ratio(p.p50, t.p50)}  ${ratio(p.p99, t.p99)}  ${ratio(p.mean, t.mean)}`,
  );
  row('planner, wall clock', pw);
  row('baseline (tokenize), wall clock', tw);
  const slowest = planCpu
    .map((time, i) => ({ time, question: questions[i]! }))
    .sort((a, b) => b.time - a.time)
    .slice(0, 3);
  log('  slowest questions (CPU):');
  for (const s of slowest) log(`    ${s.time.toFixed(3)} ms  ${s.question}`);

  const pass = p.p99 < PLANNING_TARGET_MS;
  const outcome = { figure: `${p.p99.toFixed(3)} ms`, target: `< ${PLANNING_TARGET_MS} ms`, pass };
  log(`bench planning: ${outcome.figure} (target ${outcome.target}) ${pass ? 'PASS' : 'FAIL'}`);
  return outcome;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  const outcome = runPlanningBench({ quick: values.quick });
  process.exitCode = outcome.pass ? 0 : 1;
}
