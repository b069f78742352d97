/**
 * What every scenario runs against: a scratch database (migrated, seeded, dropped at the end)
 * on the local PostgreSQL, and a key prefix of its own on the local Redis (its keys deleted at
 * the end), so a benchmark never touches development data.
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadDotEnv } from '@pa/config';
import { migrate, readMigrations } from '@pa/db';
import { seedTransactions } from '@pa/seed';
import { Redis } from 'ioredis';
import pg from 'pg';
import { repoRoot } from '../../scripts/lib/root.js';
import { dropScratchDatabase, withDatabase } from '../../scripts/lib/scratch-database.js';
import { BENCH_JWT_SECRET } from './tokens.js';

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** The same fixed end for every seed, so row counts and answers repeat from run to run. */
export const SEED_END = new Date();

/** A scratch database `bench_<pid>_<tag>`: migrated, `rows` synthetic transactions, analysed. */
export async function createBenchDatabase(tag: string, rows: number): Promise<BenchDatabase> {
  const baseUrl = requireEnv('DATABASE_URL');
  const name = `bench_${process.pid}_${tag}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await dropScratchDatabase(admin, name);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(baseUrl, name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await migrate(client, readMigrations(join(repoRoot, 'migrations')));
    if (rows > 0) await seedTransactions(client, { rows, seed: 7, end: SEED_END });
    await client.query('ANALYZE transactions');
  } finally {
    await client.end();
  }
  return {
    name,
    url,
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      try {
        await dropScratchDatabase(c, name);
      } finally {
        await c.end();
      }
    },
  };
}

/** A Redis key prefix of the benchmark's own; `cleanup()` deletes every key under it. */
export function benchPrefix(): string {
  return `bench-${process.pid}-${randomBytes(3).toString('hex')}`;
}

export async function deleteKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (batch.length > 0) deleted += await redis.unlink(...batch);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run \`npm run services\` first`);
  return value;
}

/** Environment of one benchmark stack: authentication on, the limits out of the way of the load. */
export function stackEnv(databaseUrl: string, prefix: string, extra: Record<string, string> = {}) {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: requireEnv('REDIS_URL'),
    QUEUE_PREFIX: prefix,
    // What production runs with: the worker logs one line per question.
    LOG_LEVEL: 'info',
    METRICS_PORT: '0',
    AUTH_MODE: 'jwt',
    JWT_SECRET: BENCH_JWT_SECRET,
    NODE_ENV: 'production',
    RATE_LIMIT_SUBMIT_PER_USER: '100000000',
    RATE_LIMIT_SUBMIT_PER_TENANT: '100000000',
    RATE_LIMIT_READ_PER_USER: '100000000',
    RATE_LIMIT_READ_PER_TENANT: '100000000',
    TENANT_MAX_IN_FLIGHT: '100000000',
    LLM_DAILY_TOKEN_BUDGET: '1000000000000',
    ...extra,
  } satisfies Record<string, string>;
}

export function loadBenchEnv(): void {
  loadDotEnv(repoRoot);
}

/** One line about the machine and how busy it is right now (it is shared with other engineers). */
export function machineLine(): string {
  const cpu = cpus();
  return (
    `machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `Node ${process.versions.node}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`
  );
}
