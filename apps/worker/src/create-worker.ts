import { AbuseControl, abusePolicy, ViolationLedger } from '@pa/abuse';
import type { WorkerConfig } from '@pa/config';
import { createPool } from '@pa/db';
import { createWorkerMetrics, type Logger } from '@pa/observability';
import {
  ChatSessionStore,
  createRedis,
  JobEventLog,
  JobPlanStore,
  type QuestionJobData,
  type QueueNames,
  quietAfterClose,
  redisTarget,
  withTimeout,
} from '@pa/queue';
import { loadGuard } from '@pa/sql-guard';
import { Queue, Worker } from 'bullmq';
import { buildPipeline } from './build-pipeline.js';
import { createQuestionProcessor, type ProcessedJob } from './process-question.js';
import { readQueueDepth } from './queue-depth.js';

export interface QuestionWorker {
  worker: Worker<QuestionJobData, ProcessedJob>;
  metrics: ReturnType<typeof createWorkerMetrics>;
  /** Stops fetching, lets active jobs finish up to the deadline, closes every connection. */
  close(): Promise<void>;
  /** Liveness: the process runs its worker loop. Not tied to Redis or PostgreSQL, so an outage never restarts it. */
  isHealthy(): boolean;
  /** Readiness: Redis and both PostgreSQL pools answer now (each within a second). */
  readiness(): Promise<Readiness>;
}

export interface Readiness {
  ready: boolean;
  checks: Record<'redis' | 'app_db' | 'analytics_db', 'ok' | 'down'>;
}

const READINESS_TIMEOUT_MS = 1_000;
/** A scrape that cannot read the queue's depth in this time reports no depth rather than waiting. */
const QUEUE_DEPTH_TIMEOUT_MS = 2_000;

/** Builds every dependency of a worker process from its parsed config; starts processing. */
export async function startQuestionWorker(config: WorkerConfig, logger: Logger): Promise<QuestionWorker> {
  await loadGuard();
  const names: QueueNames = { prefix: config.QUEUE_PREFIX, queue: config.QUEUE_NAME };
  // One Redis or a Redis Cluster (REDIS_CLUSTER_NODES); BullMQ duplicates bullConnection for its blocking reads.
  // Hundreds of jobs in flight each send their stage events, rate-limiter and semaphore scripts and
  // cancel checks on this one connection: auto-pipelining writes every command issued in the same
  // tick with one socket write instead of one write each (order per connection is unchanged). No
  // blocking command runs on it; BullMQ's own connection below is left as BullMQ wants it.
  const redis = createRedis(redisTarget(config), 'pa-worker', { enableAutoPipelining: true });
  const bullConnection = createRedis(redisTarget(config), 'pa-worker-bullmq');
  const appDb = createPool({ connectionString: config.DATABASE_URL, applicationName: 'pa-worker', max: 10 });
  const analyticsDb = createPool({
    connectionString: config.ANALYTICS_DATABASE_URL ?? config.DATABASE_URL,
    applicationName: 'pa-worker-analytics',
    kind: 'analytics',
    max: Math.min(config.WORKER_CONCURRENCY, 20),
  });
  const metrics = createWorkerMetrics();
  // Queue-wide depth for autoscaling and alerts (pa_queue_jobs, pa_queue_oldest_waiting_job_age_seconds).
  const depthQueue = quietAfterClose(
    new Queue(config.QUEUE_NAME, { connection: redis, prefix: config.QUEUE_PREFIX }),
  );
  depthQueue.on('error', (err) => logger.warn({ err }, 'queue depth reader error'));
  metrics.trackQueue(config.QUEUE_NAME, () =>
    withTimeout(readQueueDepth(depthQueue), QUEUE_DEPTH_TIMEOUT_MS, 'reading queue depth'),
  );
  const events = new JobEventLog(redis, names, config.JOB_EVENTS_TTL_SECONDS);
  const { pipeline, pipelineFor, chatFor } = buildPipeline(config, {
    analyticsDb,
    appDb,
    redis,
    logger,
    metrics,
    cacheNames: names,
  });

  // Closing while Redis is down must not leave an unhandled rejection behind (bullmq-shutdown.ts).
  const worker = quietAfterClose(
    new Worker<QuestionJobData, ProcessedJob>(
      config.QUEUE_NAME,
      createQuestionProcessor({
        pipeline,
        pipelineFor,
        chatFor,
        sessions: new ChatSessionStore(redis, names, {
          ttlSeconds: config.CHAT_SESSION_TTL_SECONDS,
          maxTurns: config.CHAT_SESSION_MAX_TURNS,
        }),
        events,
        plans: new JobPlanStore(redis, names, config.JOB_EVENTS_TTL_SECONDS),
        redis,
        names,
        appDb,
        logger,
        metrics,
        abuse: new AbuseControl(new ViolationLedger(redis, config.QUEUE_PREFIX, abusePolicy(config))),
      }),
      {
        connection: bullConnection,
        prefix: config.QUEUE_PREFIX,
        concurrency: config.WORKER_CONCURRENCY,
        lockDuration: config.WORKER_LOCK_DURATION_MS,
        stalledInterval: config.WORKER_STALLED_INTERVAL_MS,
        maxStalledCount: 2,
        removeOnComplete: { age: config.REMOVE_COMPLETED_AFTER_SECONDS },
        removeOnFail: { age: config.REMOVE_FAILED_AFTER_SECONDS },
      },
    ),
  );
  let running = true;
  worker.on('error', (err) => logger.error({ err }, 'worker error'));
  // Failures our processor did not publish (stalled too often, Redis or Postgres down at the end)
  // still reach clients as a terminal event.
  worker.on('failed', (job, err) => {
    if (!job || err.name === 'UnrecoverableError') return;
    if (job.attemptsMade < (job.opts.attempts ?? 1) && !/stalled/i.test(err.message)) return;
    const tenant = (job.data as { caller?: { tenant?: unknown } } | null)?.caller?.tenant;
    void events
      .append(
        job.id!,
        {
          type: 'failed',
          at: new Date().toISOString(),
          error: {
            code: 'unavailable',
            message: 'The question could not be answered; please retry.',
            retryable: true,
          },
        },
        // Its audit row (if any) was written by the attempt that spent the tokens; the slot is freed here.
        typeof tenant === 'string' ? { tenant, tokens: 0 } : undefined,
      )
      .catch((e: unknown) => logger.error({ err: e }, 'could not publish failure'));
  });

  return {
    worker,
    metrics,
    isHealthy: () => running && worker.isRunning(),
    async readiness() {
      const probe = (work: Promise<unknown>, what: string) =>
        withTimeout(work, READINESS_TIMEOUT_MS, what).then(
          () => 'ok' as const,
          () => 'down' as const,
        );
      const [redisCheck, appCheck, analyticsCheck] = await Promise.all([
        probe(redis.ping(), 'redis ping'),
        probe(appDb.query('SELECT 1'), 'app database'),
        probe(analyticsDb.query('SELECT 1'), 'analytics database'),
      ]);
      const checks = { redis: redisCheck, app_db: appCheck, analytics_db: analyticsCheck };
      return { ready: running && Object.values(checks).every((c) => c === 'ok'), checks };
    },
    async close() {
      running = false;
      try {
        await withTimeout(worker.close(), config.SHUTDOWN_TIMEOUT_MS, 'finishing active jobs');
      } catch (err) {
        logger.warn({ err }, 'active jobs did not finish in time; they will be picked up by another worker');
        await withTimeout(worker.close(true), 2_000, 'forced worker close').catch(() => {});
      }
      await Promise.allSettled([
        withTimeout(depthQueue.close(), 2_000, 'closing queue depth reader'),
        withTimeout(appDb.end(), 3_000, 'closing app pool'),
        withTimeout(analyticsDb.end(), 3_000, 'closing analytics pool'),
      ]);
      redis.disconnect();
      bullConnection.disconnect();
    },
  };
}
