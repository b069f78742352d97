/**
 * What the chaos tests share: API and worker processes started (and restarted) on known ports,
 * the bounded and long forms, and the checks every scenario ends with.
 */
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { expect, vi } from 'vitest';
import { type ChildService, freePort, spawnApp } from '../../support/stack.js';

/** `CHAOS_LONG=1` runs the long forms (more questions, longer soaks); `npm test` runs the bounded ones. */
export const CHAOS_LONG = process.env.CHAOS_LONG === '1';
/** The bounded figure in `npm test`, the long one with CHAOS_LONG=1. */
export const bounded = <T>(short: T, long: T): T => (CHAOS_LONG ? long : short);

export interface ApiProcess {
  child: ChildService;
  url: string;
  port: number;
}

/** An API process on `port` (a free one unless given, so a restart can take the same one again). */
export async function startApiProcess(env: Record<string, string>, port?: number): Promise<ApiProcess> {
  const p = port ?? (await freePort());
  const child = spawnApp('api', { ...env, PORT: String(p), HOST: '127.0.0.1' });
  const url = `http://127.0.0.1:${p}`;
  await waitUntilServing(`${url}/api/health`, child);
  return { child, url, port: p };
}

export interface WorkerProcess {
  child: ChildService;
  /** Its metrics, liveness and readiness endpoint. */
  metricsUrl: string;
}

/** A worker process with its metrics endpoint on a free port; resolves once it says it is alive. */
export async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const port = await freePort();
  const child = spawnApp('worker', { ...env, METRICS_PORT: String(port), METRICS_HOST: '127.0.0.1' });
  const metricsUrl = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${metricsUrl}/healthz`, child);
  return { child, metricsUrl };
}

/**
 * Waits for a started process to answer its liveness probe. Generous: on a busy 2-core machine
 * several processes compiling their TypeScript at once take tens of seconds to listen.
 */
async function waitUntilServing(url: string, child: ChildService): Promise<void> {
  await vi.waitFor(
    async () => {
      if (child.proc.exitCode !== null)
        throw new Error(`process exited early:\n${child.output().slice(-4_000)}`);
      const res = await fetch(url);
      if (!res.ok) throw new Error(`status ${res.status}`);
    },
    { timeout: 120_000, interval: 200 },
  );
}

/** The processes have not exited (with their output when one has). */
export function expectAlive(...children: ChildService[]): void {
  for (const c of children) {
    expect(c.proc.exitCode, `a process exited:\n${c.output().slice(-4_000)}`).toBeNull();
    expect(c.proc.signalCode, `a process was killed:\n${c.output().slice(-4_000)}`).toBeNull();
  }
}

/** Resident set size of a process, in bytes (Linux /proc). */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for ${pid}`);
  return Number(kb) * 1024;
}

/** The value of one Prometheus sample (the sum over label sets matching `labels`), 0 when absent. */
export async function metricValue(
  url: string,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const set = m[2] ?? '';
    if (Object.entries(labels).every(([k, v]) => set.includes(`${k}="${v}"`))) sum += Number(m[3]);
  }
  return sum;
}

/** History rows per job id (exactly one is expected for every accepted question). */
export async function historyByJob(
  pool: pg.Pool,
  ids: string[],
): Promise<Map<string, Array<{ status: string; attempts: number }>>> {
  const { rows } = await pool.query<{ job_id: string; status: string; attempts: number }>(
    'SELECT job_id, status, attempts FROM app.question_history WHERE job_id = ANY($1)',
    [ids],
  );
  const byJob = new Map<string, Array<{ status: string; attempts: number }>>();
  for (const r of rows) byJob.set(r.job_id, [...(byJob.get(r.job_id) ?? []), r]);
  return byJob;
}

/** Every job has exactly one history row, with this status. */
export async function expectOneHistoryRowEach(
  pool: pg.Pool,
  ids: string[],
  status = 'completed',
): Promise<void> {
  const byJob = await historyByJob(pool, ids);
  const wrong = ids.filter((id) => byJob.get(id)?.length !== 1 || byJob.get(id)![0]!.status !== status);
  expect(wrong, `jobs without exactly one "${status}" history row`).toEqual([]);
}

/** Polls `check` until it holds (a deadline, never a fixed sleep). */
export async function eventually<T>(
  check: () => Promise<T> | T,
  timeout = 60_000,
  interval = 100,
): Promise<T> {
  return vi.waitFor(check, { timeout, interval });
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
