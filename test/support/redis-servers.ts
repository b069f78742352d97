import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { vi } from 'vitest';
import { freePort } from './stack.js';

/** The redis-server binary, or null (tests that need a server of their own skip then). */
export const redisServerBinary: string | null = (() => {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
})();

export interface OwnRedis {
  port: number;
  url: string;
  /** A client of the test's (one command retry, errors swallowed). */
  admin: Redis;
  stop(): Promise<void>;
}

/**
 * A redis-server of the test's own on a free port (`args` after `--port`), answering PING
 * before this returns; `stop()` ends exactly that process.
 */
export async function startOwnRedis(args: string[], firstArg?: string): Promise<OwnRedis> {
  if (!redisServerBinary) throw new Error('redis-server is not installed');
  const port = await freePort();
  // A directory of its own: a replica writes the RDB it receives from its primary there (never the checkout).
  const dir = args.includes('--dir') ? [] : ['--dir', mkdtempSync(join(tmpdir(), 'pa-redis-'))];
  const proc: ChildProcess = spawn(
    redisServerBinary,
    [
      ...(firstArg ? [firstArg] : []),
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      ...dir,
      ...args,
    ],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  const admin = new Redis(url, { maxRetriesPerRequest: 1 });
  admin.on('error', () => {});
  await vi.waitFor(() => admin.ping(), { timeout: 10_000, interval: 50 });
  return {
    port,
    url,
    admin,
    async stop() {
      admin.disconnect();
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill('SIGTERM');
      await exited;
    },
  };
}
