import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { vi } from 'vitest';
import { freePort } from './stack.js';

const execFileAsync = promisify(execFile);

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
  /** Starts the stopped server again on the same port with the same arguments (its admin client too). */
  restart(): Promise<void>;
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
  const launch = (): ChildProcess =>
    spawn(
      redisServerBinary!,
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
  let proc = launch();
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
    async restart() {
      if (proc.exitCode === null && proc.signalCode === null) throw new Error(`redis ${port} still runs`);
      proc = launch();
      await admin.connect().catch(() => {});
      await vi.waitFor(() => admin.ping(), { timeout: 10_000, interval: 50 });
    },
  };
}

export interface OwnRedisCluster {
  /** The masters, each holding a third of the slots. */
  nodes: OwnRedis[];
  /** `127.0.0.1:<port>` of every node, as REDIS_CLUSTER_NODES lists them. */
  addresses: string[];
  /** The node that holds a key's slot. */
  ownerOf(key: string): Promise<OwnRedis>;
  stop(): Promise<void>;
}

/**
 * A real Redis Cluster of `masters` masters and no replicas, from the system binary: each node
 * on a free port with a free cluster-bus port (`cluster-port`) and its nodes.conf under `dir`,
 * joined by `redis-cli --cluster create`; resolves once every node reports `cluster_state:ok`.
 */
export async function startRedisCluster(dir: string, masters = 3): Promise<OwnRedisCluster> {
  const nodes: OwnRedis[] = [];
  const stop = async () => {
    await Promise.all(nodes.map((n) => n.stop()));
  };
  try {
    for (let i = 0; i < masters; i++) {
      const nodeDir = join(dir, `node-${i}`);
      mkdirSync(nodeDir, { recursive: true });
      const busPort = await freePort();
      nodes.push(
        await startOwnRedis([
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          join(nodeDir, 'nodes.conf'),
          '--cluster-port',
          String(busPort),
          '--cluster-node-timeout',
          '5000',
          '--dir',
          nodeDir,
          '--appendonly',
          'no',
        ]),
      );
    }
    const addresses = nodes.map((n) => `127.0.0.1:${n.port}`);
    const cli = join(dirname(redisServerBinary!), 'redis-cli');
    await execFileAsync(
      existsSync(cli) ? cli : 'redis-cli',
      ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes'],
      { timeout: 60_000 },
    );
    await vi.waitFor(
      async () => {
        for (const n of nodes) {
          const info = String(await n.admin.call('CLUSTER', 'INFO'));
          if (!/cluster_state:ok/.test(info) || !new RegExp(`cluster_known_nodes:${masters}\\b`).test(info))
            throw new Error(`node ${n.port} not ready: ${info.split('\n')[0]}`);
        }
      },
      { timeout: 60_000, interval: 200 },
    );
    return {
      nodes,
      addresses,
      async ownerOf(key) {
        const slot = Number(await nodes[0]!.admin.call('CLUSTER', 'KEYSLOT', key));
        const ranges = (await nodes[0]!.admin.call('CLUSTER', 'SLOTS')) as Array<
          [number, number, [string, number]]
        >;
        const range = ranges.find(([from, to]) => slot >= from && slot <= to);
        const owner = nodes.find((n) => n.port === Number(range?.[2][1]));
        if (!owner) throw new Error(`no node holds slot ${slot}`);
        return owner;
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
