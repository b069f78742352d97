/**
 * The API and the worker as their own Node processes (what `npm start` and the containers run),
 * with their RSS and CPU time read from /proc, and an optional V8 CPU profile
 * (BENCH_CPU_PROF=<dir>: `--cpu-prof` written there when the process exits).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../../scripts/lib/root.js';

export interface BenchProcess {
  name: string;
  proc: ChildProcess;
  /** The last few KB the process printed (its log lines), for error messages. */
  tail(): string;
  rssBytes(): number;
  /** User + system CPU time so far, in milliseconds. */
  cpuMs(): number;
  stop(): Promise<void>;
}

const TAIL_BYTES = 8_192;
const CLOCK_TICKS = 100;

/**
 * Where the API and worker are started from: this repository, or BENCH_APP_ROOT (another checkout
 * with its own node_modules), to compare two versions of the code on the same machine at the same time.
 */
const appRoot = (): string => process.env.BENCH_APP_ROOT ?? repoRoot;

export function spawnProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  root = repoRoot,
): BenchProcess {
  const profDir = process.env.BENCH_CPU_PROF;
  const args = [
    // One folder per process: the tsx loader's thread writes a profile of its own beside the main thread's.
    ...(profDir ? ['--cpu-prof', `--cpu-prof-dir=${join(profDir, name)}`] : []),
    '--import',
    'tsx',
    join(root, script),
  ];
  const proc = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (d: Buffer) => {
    tail = (tail + d.toString()).slice(-TAIL_BYTES);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    name,
    proc,
    tail: () => tail,
    rssBytes: () => {
      const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
      return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
    },
    cpuMs: () => {
      // Fields after the command name: utime is the 14th field, stime the 15th (man 5 proc).
      const stat = readFileSync(`/proc/${proc.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    },
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      const killer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(what: string, child: BenchProcess, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.proc.exitCode !== null) throw new Error(`${what} exited early:\n${child.tail()}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not become ready:\n${child.tail()}`);
    await sleep(100);
  }
}

export interface BenchApi extends BenchProcess {
  url: string;
}

export async function startApi(env: Record<string, string>): Promise<BenchApi> {
  const port = await freePort();
  const api = spawnProcess(
    'api',
    'apps/api/src/main.ts',
    { ...env, PORT: String(port), HOST: '127.0.0.1' },
    appRoot(),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor('API', api, async () => (await fetch(`${url}/api/ready`)).ok);
  return { ...api, url };
}

export async function startWorker(env: Record<string, string>): Promise<BenchProcess> {
  const port = await freePort();
  const worker = spawnProcess(
    'worker',
    'apps/worker/src/main.ts',
    { ...env, METRICS_PORT: String(port), METRICS_HOST: '127.0.0.1' },
    appRoot(),
  );
  await waitFor('worker', worker, async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok);
  return worker;
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak. */
export function sampleRss(target: BenchProcess, everyMs = 100): { stop(): number } {
  let peak = target.rssBytes();
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, target.rssBytes());
    } catch {
      // the process ended
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
