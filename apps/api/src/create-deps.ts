import { AbuseControl, abusePolicy, ViolationLedger } from '@pa/abuse';
import type { ApiConfig } from '@pa/config';
import { createPool } from '@pa/db';
import { createApiMetrics, type Logger } from '@pa/observability';
import {
  ChatSessionStore,
  createRedis,
  JobEventHub,
  JobEventLog,
  type QuestionJobData,
  type QueueNames,
  quietAfterClose,
  redisTarget,
} from '@pa/queue';
import { Queue } from 'bullmq';
import { createTokenVerifier } from './auth/token-verifier.js';
import type { AppDeps } from './env.js';

export interface ApiRuntime {
  deps: AppDeps;
  close(): Promise<void>;
}

/** Connections and helpers an API process needs; nothing here serves HTTP. */
export function createApiDeps(config: ApiConfig, logger: Logger): ApiRuntime {
  const names: QueueNames = { prefix: config.QUEUE_PREFIX, queue: config.QUEUE_NAME };
  // Requests fail fast (503) when Redis is gone instead of waiting for it to come back.
  const failFast = { maxRetriesPerRequest: 1, commandTimeout: 5_000 };
  // One Redis or a Redis Cluster (REDIS_CLUSTER_NODES): the same three connections either way.
  const target = redisTarget(config);
  const redis = createRedis(target, 'pa-api', failFast);
  const queueConnection = createRedis(target, 'pa-api-queue', failFast);
  const subscriber = createRedis(target, 'pa-api-events');
  const appDb = createPool({ connectionString: config.DATABASE_URL, applicationName: 'pa-api', max: 10 });
  const events = new JobEventLog(redis, names, config.JOB_EVENTS_TTL_SECONDS);
  const hub = new JobEventHub(subscriber, events, names);
  // Closing while Redis is down must not leave an unhandled rejection behind (bullmq-shutdown.ts).
  const queue = quietAfterClose(
    new Queue<QuestionJobData>(config.QUEUE_NAME, {
      connection: queueConnection,
      prefix: config.QUEUE_PREFIX,
    }),
  );
  queue.on('error', (err) => logger.error({ err }, 'queue error'));
  const deps: AppDeps = {
    config,
    logger,
    metrics: createApiMetrics(),
    redis,
    appDb,
    queue,
    names,
    events,
    hub,
    abuse: new AbuseControl(new ViolationLedger(redis, config.QUEUE_PREFIX, abusePolicy(config))),
    sessions: new ChatSessionStore(redis, names, {
      ttlSeconds: config.CHAT_SESSION_TTL_SECONDS,
      maxTurns: config.CHAT_SESSION_MAX_TURNS,
    }),
    tokens: createTokenVerifier(config, {
      onKeySetError: (err) =>
        logger.warn({ err, url: config.JWKS_URL }, 'JWKS fetch failed; keeping the previous keys'),
    }),
  };
  return {
    deps,
    async close() {
      await Promise.allSettled([queue.close(), appDb.end()]);
      redis.disconnect();
      subscriber.disconnect();
      queueConnection.disconnect();
    },
  };
}
