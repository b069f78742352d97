/**
 * The benchmarks of issue #14 in their short smoke form (`npm run bench -- --quick`): every
 * scenario runs end to end against its own processes and prints its summary line, and leaves no
 * scratch database or Redis key behind. PASS or FAIL is a finding of the full run on a quiet
 * machine (BENCHMARKS.md), never asserted here, and neither is any timing.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../scripts/lib/root.js';

const SCENARIOS = ['enqueue', 'pipeline', 'io-concurrency', 'sse-fanout', 'cache', 'sql', 'memory'];

function runBench(
  args: string[],
): Promise<{ code: number | null; pid: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'bench/run.ts'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: inject('databaseUrl'), REDIS_URL: inject('redisUrl') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, pid: child.pid!, stdout, stderr }));
  });
}

describe('npm run bench -- --quick', () => {
  it('runs every scenario, each ending with its summary line, and cleans up after itself', async () => {
    const { code, pid, stdout, stderr } = await runBench(['--quick']);
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toMatch(/^machine: \d+ CPUs/m);
    for (const scenario of SCENARIOS) {
      expect(stdout).toMatch(new RegExp(`^bench ${scenario}: .+ \\(target .+\\) (PASS|FAIL)$`, 'm'));
    }

    const admin = new pg.Client({ connectionString: inject('databaseUrl') });
    await admin.connect();
    try {
      const left = await admin.query('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [
        `bench_${pid}_`,
      ]);
      expect(left.rows).toEqual([]);
    } finally {
      await admin.end();
    }
    const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
    try {
      const left: string[] = [];
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `bench-${pid}-*`, 'COUNT', 10_000);
        cursor = next;
        left.push(...keys);
      } while (cursor !== '0');
      expect(left).toEqual([]);
    } finally {
      redis.disconnect();
    }
  }, 300_000);

  it('refuses an unknown scenario by name', async () => {
    const { code, stderr } = await runBench(['no-such-scenario', '--quick']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown scenario no-such-scenario/);
  });
});
