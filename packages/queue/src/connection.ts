import { Redis, type RedisOptions } from 'ioredis';
import { isSentinelUrl, sentinelOptionsFromUrl } from './sentinel-url.js';

/**
 * A Redis connection for BullMQ and our own keys. `maxRetriesPerRequest: null`
 * is what BullMQ requires for blocking connections; commands wait for a
 * reconnect instead of failing, so callers put their own deadlines around them.
 * A `redis+sentinel://` URL connects to the master its sentinels name (sentinel-url.ts).
 */
export function createRedis(url: string, name: string, extra: RedisOptions = {}): Redis {
  const options: RedisOptions = {
    connectionName: name,
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    ...extra,
  };
  const client = isSentinelUrl(url)
    ? new Redis({ ...sentinelOptionsFromUrl(url), ...options })
    : new Redis(url, options);
  // Errors surface through the commands that fail; an unhandled 'error' event would crash the process.
  client.on('error', () => {});
  return client;
}

/** Resolves with the promise's value, or rejects after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
