import { DEFAULT_QUEUE_PREFIX } from '@pa/config';
import { bumpDataVersion, createRedis, splitClusterNodes } from '@pa/queue';

export type DataChangeOutcome = 'bumped' | 'skipped' | 'failed';

/**
 * Tells the answer caches that `transactions` changed (seed, import, top-up):
 * bumps the data version every cache key includes, so no answer computed from
 * the old rows is served again. Where Redis is not configured (REDIS_URL
 * unset: a database-only machine, a fresh clone before `npm run services`)
 * there is nothing cached to invalidate and this does nothing; an unreachable
 * Redis is reported, never fatal — the data is loaded either way, and cached
 * entries expire within 30 minutes.
 */
export async function announceDataChange(
  env: Record<string, string | undefined> = process.env,
  say: (line: string) => void = console.log,
): Promise<DataChangeOutcome> {
  const url = env.REDIS_URL;
  if (!url) return 'skipped';
  const clusterNodes = splitClusterNodes(env.REDIS_CLUSTER_NODES);
  const redis = createRedis({ url, clusterNodes }, 'pa-data-change', {
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 2_000,
    retryStrategy: () => null,
  });
  try {
    const names = { prefix: env.QUEUE_PREFIX || DEFAULT_QUEUE_PREFIX, queue: env.QUEUE_NAME || 'questions' };
    await bumpDataVersion(redis, names);
    return 'bumped';
  } catch (err) {
    say(
      `cached answers were not invalidated (Redis at REDIS_URL did not answer: ${err instanceof Error ? err.message : String(err)}); ` +
        'they expire within 30 minutes',
    );
    return 'failed';
  } finally {
    redis.disconnect();
  }
}
