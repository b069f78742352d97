import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimitWaitError } from '@pa/planner';
import type { Cluster, Redis } from 'ioredis';
import type { ConcurrencyLimiter, RateLimiter } from './provider-policy.js';

/**
 * Token bucket in one hash {tokens, ts}: refills at `rate` tokens per second up
 * to `burst`, takes one token when there is one. Returns 0 when a token was
 * taken, else the milliseconds until one will be there. Time is Redis's own
 * (TIME), so workers with skewed clocks share one bucket correctly.
 */
const TOKEN_BUCKET = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1])
local ts = tonumber(state[2])
if tokens == nil or ts == nil then
  tokens = burst
  ts = now
end
local elapsed = now - ts
if elapsed < 0 then elapsed = 0 end
tokens = math.min(burst, tokens + elapsed * rate / 1000)
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
else
  wait = math.ceil((1 - tokens) * 1000 / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) + 1000)
return wait
`;

/**
 * Counting semaphore in a sorted set of holder → lease expiry: expired leases
 * (a worker that died holding one) are dropped first. Returns 1 when a slot was
 * taken, else 0.
 */
const SEMAPHORE_ACQUIRE = `
local limit = tonumber(ARGV[1])
local lease = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now + lease, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], lease * 2)
  return 1
end
return 0
`;

export interface RedisRateLimiterOptions {
  /** Bucket key, one per provider, e.g. `pa:llm:rate:gemini`. */
  key: string;
  /** Sustained calls per second across every worker. */
  ratePerSecond: number;
  /** Calls that may go out at once after a quiet period. */
  burst: number;
  /** Longest wait for a token before giving up with a RateLimitWaitError (default 5 s). */
  maxWaitMs?: number;
  /** Longest wait for Redis itself; when Redis is slow or down the call goes out unlimited (default 1 s). */
  redisTimeoutMs?: number;
  /** Told when Redis failed and the limiter let a call through without a token. */
  onError?: (err: unknown) => void;
}

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: Redis did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * A provider-wide rate limit shared by every worker process: a Redis token
 * bucket. `acquire()` resolves once a token is taken, waiting (bounded) when the
 * bucket is empty, and rejects with RateLimitWaitError when the wait would pass
 * `maxWaitMs`. It fails open: if Redis cannot answer, the call is let through
 * (the provider's own 429s and our breaker still protect it).
 */
export function createRedisRateLimiter(
  redis: Redis | Cluster,
  options: RedisRateLimiterOptions,
): RateLimiter & { tryAcquire(): Promise<number> } {
  if (!(options.ratePerSecond > 0) || !(options.burst >= 1)) {
    throw new Error('rate limiter needs ratePerSecond > 0 and burst >= 1');
  }
  const maxWaitMs = options.maxWaitMs ?? 5_000;
  const redisTimeoutMs = options.redisTimeoutMs ?? 1_000;

  const tryAcquire = async (): Promise<number> => {
    const wait = await withDeadline(
      redis.eval(TOKEN_BUCKET, 1, options.key, options.ratePerSecond, options.burst) as Promise<number>,
      redisTimeoutMs,
      'rate limiter',
    );
    return Number(wait);
  };

  return {
    tryAcquire,
    async acquire() {
      const started = Date.now();
      for (;;) {
        let wait: number;
        try {
          wait = await tryAcquire();
        } catch (err) {
          options.onError?.(err);
          return;
        }
        if (wait <= 0) return;
        const waited = Date.now() - started;
        if (waited + wait > maxWaitMs) throw new RateLimitWaitError(options.key, waited);
        // A little jitter so that waiting workers do not all come back in the same millisecond.
        await sleep(wait + Math.floor(Math.random() * 10));
      }
    },
  };
}

export interface RedisConcurrencyLimiterOptions {
  /** Semaphore key, one per provider, e.g. `pa:llm:slots:gemini`. */
  key: string;
  /** Calls in flight at once across every worker. */
  limit: number;
  /** A slot held longer than this is given back by itself (a worker died); keep it above the call timeout. */
  leaseMs: number;
  /** Longest wait for a slot before giving up with a RateLimitWaitError (default 5 s). */
  maxWaitMs?: number;
  redisTimeoutMs?: number;
  onError?: (err: unknown) => void;
}

/**
 * A provider-wide cap on calls in flight, shared by every worker: a Redis
 * semaphore with leases. Fails open like the rate limiter.
 */
export function createRedisConcurrencyLimiter(
  redis: Redis | Cluster,
  options: RedisConcurrencyLimiterOptions,
): ConcurrencyLimiter {
  if (!(options.limit >= 1) || !(options.leaseMs > 0)) {
    throw new Error('concurrency limiter needs limit >= 1 and leaseMs > 0');
  }
  const maxWaitMs = options.maxWaitMs ?? 5_000;
  const redisTimeoutMs = options.redisTimeoutMs ?? 1_000;
  const noop = async () => {};

  return {
    async acquire() {
      const holder = randomUUID();
      const started = Date.now();
      let pause = 20;
      for (;;) {
        let got: number;
        try {
          got = Number(
            await withDeadline(
              redis.eval(
                SEMAPHORE_ACQUIRE,
                1,
                options.key,
                options.limit,
                options.leaseMs,
                holder,
              ) as Promise<number>,
              redisTimeoutMs,
              'concurrency limiter',
            ),
          );
        } catch (err) {
          options.onError?.(err);
          return noop;
        }
        if (got === 1) {
          return async () => {
            await withDeadline(redis.zrem(options.key, holder), redisTimeoutMs, 'concurrency limiter').catch(
              (err: unknown) => options.onError?.(err),
            );
          };
        }
        const waited = Date.now() - started;
        if (waited + pause > maxWaitMs) throw new RateLimitWaitError(options.key, waited);
        await sleep(pause + Math.floor(Math.random() * pause));
        pause = Math.min(pause * 2, 250);
      }
    },
  };
}
