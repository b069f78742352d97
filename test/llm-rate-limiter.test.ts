import { randomUUID } from 'node:crypto';
import { RateLimitWaitError } from '@pa/planner';
import { createRedisConcurrencyLimiter, createRedisRateLimiter } from '@pa/planner-llm';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/** Two connections stand for two worker processes sharing one provider budget. */
let workerA: Redis;
let workerB: Redis;

beforeAll(() => {
  workerA = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
  workerB = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
});

afterAll(() => {
  workerA?.disconnect();
  workerB?.disconnect();
});

const key = (what: string) => `test-${randomUUID()}:llm:${what}:gemini`;

describe('createRedisRateLimiter', () => {
  it('lets a burst through at once, then paces calls at the rate — across workers', async () => {
    const k = key('rate');
    const a = createRedisRateLimiter(workerA, { key: k, ratePerSecond: 10, burst: 3 });
    const b = createRedisRateLimiter(workerB, { key: k, ratePerSecond: 10, burst: 3 });
    const started = performance.now();
    // The burst is there without waiting: each try gets a token at once (0 = no wait), on either worker.
    expect([await a.tryAcquire(), await b.tryAcquire(), await a.tryAcquire()]).toEqual([0, 0, 0]);
    // The bucket is shared: now the other worker is told to wait for a refill, and takes nothing.
    expect(await b.tryAcquire()).toBeGreaterThan(0);
    // The fourth and fifth calls wait for refills (100 ms each at 10/s) on either worker. Only a lower
    // bound: the limiter enforces it, while an upper bound would measure how busy the machine is.
    await b.acquire();
    await a.acquire();
    expect(performance.now() - started).toBeGreaterThanOrEqual(170);
  });

  it('reports the wait without taking a token, and gives up past the bounded wait', async () => {
    const k = key('rate');
    const limiter = createRedisRateLimiter(workerA, { key: k, ratePerSecond: 1, burst: 1, maxWaitMs: 200 });
    expect(await limiter.tryAcquire()).toBe(0);
    const wait = await limiter.tryAcquire();
    expect(wait).toBeGreaterThan(500);
    expect(wait).toBeLessThanOrEqual(1_000);
    const err = await limiter.acquire().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitWaitError);
    expect((err as RateLimitWaitError).key).toBe(k);
  });

  it('fails open when Redis does not answer', async () => {
    const dead = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: true,
    });
    dead.on('error', () => {});
    const errors: unknown[] = [];
    const limiter = createRedisRateLimiter(dead, {
      key: key('rate'),
      ratePerSecond: 1,
      burst: 1,
      redisTimeoutMs: 200,
      onError: (e) => errors.push(e),
    });
    await limiter.acquire();
    expect(errors).toHaveLength(1);
    dead.disconnect();
  });
});

describe('createRedisConcurrencyLimiter', () => {
  it('caps calls in flight across workers and hands slots on when released', async () => {
    const k = key('slots');
    const a = createRedisConcurrencyLimiter(workerA, { key: k, limit: 2, leaseMs: 10_000 });
    const b = createRedisConcurrencyLimiter(workerB, { key: k, limit: 2, leaseMs: 10_000, maxWaitMs: 2_000 });
    const r1 = await a.acquire();
    await b.acquire();
    let third = false;
    const waiting = b.acquire().then((release) => {
      third = true;
      return release;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(third).toBe(false);
    await r1();
    await (await waiting)();
    expect(third).toBe(true);
    expect(await workerA.zcard(k)).toBe(1);
  });

  it('takes back the slot of a worker that died holding it, after its lease', async () => {
    const k = key('slots');
    const limiter = createRedisConcurrencyLimiter(workerA, {
      key: k,
      limit: 1,
      leaseMs: 150,
      maxWaitMs: 1_000,
    });
    await limiter.acquire(); // never released
    const started = performance.now();
    await limiter.acquire();
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('gives up with RateLimitWaitError past the bounded wait', async () => {
    const k = key('slots');
    const limiter = createRedisConcurrencyLimiter(workerA, {
      key: k,
      limit: 1,
      leaseMs: 10_000,
      maxWaitMs: 150,
    });
    await limiter.acquire();
    await expect(limiter.acquire()).rejects.toBeInstanceOf(RateLimitWaitError);
  });
});
