import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { apiEnvSchema, parseEnv, workerEnvSchema } from '@pa/config';
import { createLogger } from '@pa/observability';
import { loadGuard } from '@pa/sql-guard';
import { expect, inject, vi } from 'vitest';
import { createApp } from '../../apps/api/src/app.js';
import { createApiDeps } from '../../apps/api/src/create-deps.js';
import { startQuestionWorker } from '../../apps/worker/src/create-worker.js';
import { repoRoot } from '../../scripts/lib/root.js';
import { apiFetch, bearer, TEST_JWT_SECRET } from './auth.js';

/** Environment of one isolated stack: its own database and its own BullMQ prefix. */
export function stackEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: inject('redisUrl'),
    QUEUE_PREFIX: `test-${randomUUID()}`,
    LOG_LEVEL: 'silent',
    METRICS_PORT: '0',
    WORKER_CONCURRENCY: '4',
    // Authentication stays on: tests sign their tokens with this secret (support/auth.ts).
    AUTH_MODE: 'jwt',
    JWT_SECRET: TEST_JWT_SECRET,
    // Tests poll and submit far faster than people: the limits are tested with their own low values.
    RATE_LIMIT_SUBMIT_PER_USER: '1000000',
    RATE_LIMIT_SUBMIT_PER_TENANT: '1000000',
    RATE_LIMIT_READ_PER_USER: '1000000',
    RATE_LIMIT_READ_PER_TENANT: '1000000',
    TENANT_MAX_IN_FLIGHT: '100000',
    ...extra,
  };
}

export interface InProcessApi {
  url: string;
  close(): Promise<void>;
}

export async function startApi(env: Record<string, string>): Promise<InProcessApi> {
  const config = parseEnv(apiEnvSchema, { ...env, PORT: '0', HOST: '127.0.0.1' });
  await loadGuard();
  const runtime = createApiDeps(config, createLogger('api', config.LOG_LEVEL));
  const app = createApp(runtime.deps);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      (server as unknown as { closeAllConnections(): void }).closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
    },
  };
}

export async function startWorker(env: Record<string, string>) {
  const config = parseEnv(workerEnvSchema, env);
  return startQuestionWorker(config, createLogger('worker', config.LOG_LEVEL));
}

export interface ChildService {
  proc: ChildProcess;
  output: () => string;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs an app's main in its own Node process, as in production. */
export function spawnApp(app: 'api' | 'worker', env: Record<string, string>): ChildService {
  let output = '';
  const proc = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, `apps/${app}/src/main.ts`)], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...env,
      LOG_LEVEL: env.LOG_LEVEL === 'silent' ? 'info' : (env.LOG_LEVEL ?? 'info'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  proc.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return {
    proc,
    output: () => output,
    async kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
}

/** An API and a worker as separate processes (what `npm start` runs), the API on a free port. */
export interface SpawnedStack {
  url: string;
  api: ChildService;
  worker: ChildService;
  close(): Promise<void>;
}

export async function spawnStack(env: Record<string, string>): Promise<SpawnedStack> {
  const port = await freePort();
  const api = spawnApp('api', { ...env, PORT: String(port), HOST: '127.0.0.1' });
  const worker = spawnApp('worker', env);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/health`, api);
  return {
    url,
    api,
    worker,
    async close() {
      await Promise.all([api.kill('SIGTERM'), worker.kill('SIGTERM')]);
    },
  };
}

/** Waits until a spawned API answers its liveness probe. */
export async function waitForHttp(url: string, child?: ChildService): Promise<void> {
  await vi.waitFor(
    async () => {
      if (child && child.proc.exitCode !== null) throw new Error(`process exited early:\n${child.output()}`);
      const res = await fetch(url);
      if (!res.ok) throw new Error(`status ${res.status}`);
    },
    { timeout: 30_000, interval: 200 },
  );
}

/** Submits a question as an admin, or as the holder of `token`. */
export async function submit(
  api: string,
  question: string,
  extra: Record<string, unknown> = {},
  token?: string,
) {
  const headers = { 'content-type': 'application/json' };
  const res = await apiFetch(`${api}/api/queries`, {
    method: 'POST',
    headers: token ? bearer(token, headers) : headers,
    body: JSON.stringify({ question, ...extra }),
  });
  if (res.status !== 202) throw new Error(`submit failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; status: string; links: { self: string; events: string } };
}

export async function waitForTerminal(api: string, id: string, timeout = 30_000, token?: string) {
  return vi.waitFor(
    async () => {
      const res = await apiFetch(`${api}/api/queries/${id}`, token ? { headers: bearer(token) } : {});
      const body = (await res.json()) as { status: string; [k: string]: unknown };
      if (!['completed', 'failed', 'cancelled'].includes(body.status))
        throw new Error(`still ${body.status}`);
      return body;
    },
    { timeout, interval: 50 },
  );
}

/** A TCP port free right now on 127.0.0.1, for a child process to listen on. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Waits until the job, as the API reports it, is in `stage`. */
export async function waitForStage(api: string, id: string, stage: string, timeout = 30_000): Promise<void> {
  await vi.waitFor(
    async () => {
      const s = (await (await apiFetch(`${api}/api/queries/${id}`)).json()) as { stage: string | null };
      expect(s.stage).toBe(stage);
    },
    { timeout, interval: 50 },
  );
}
