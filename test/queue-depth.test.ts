/**
 * The queue-depth metrics KEDA scales workers on (waiting + prioritized + active) and the
 * oldest-waiting-job age an alert watches, read from a real BullMQ queue in real Redis:
 * first with a bare BullMQ worker holding one job, then through the worker process's own
 * registry (what its /metrics serves).
 */
import { randomUUID } from 'node:crypto';
import { createWorkerMetrics } from '@pa/observability';
import { createRedis } from '@pa/queue';
import { type Job, Queue, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { readQueueDepth } from '../apps/worker/src/index.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { stackEnv, startWorker } from './support/stack.js';

const redis = createRedis(inject('redisUrl'), 'pa-test-queue-depth');
const prefix = `{test-${randomUUID()}}`;
const queue = new Queue('questions', { connection: redis, prefix });

afterAll(async () => {
  await queue.obliterate({ force: true }).catch(() => {});
  await queue.close();
  redis.disconnect();
});

describe('queue depth', () => {
  it('counts waiting, prioritized, active and delayed jobs, and the oldest waiting job’s age', async () => {
    await queue.add('q', { n: 1 });
    const second = await queue.add('q', { n: 2 });
    await queue.add('q', { n: 3 });
    await queue.add('q', { n: 4 }, { priority: 5 });
    await queue.add('q', { n: 5 }, { delay: 3_600_000 });

    // One bare BullMQ worker takes the oldest waiting job and holds it.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const taken: number[] = [];
    const workerConnection = createRedis(inject('redisUrl'), 'pa-test-queue-depth-worker');
    const worker = new Worker(
      'questions',
      async (job: Job<{ n: number }>) => {
        taken.push(job.data.n);
        await held;
      },
      { connection: workerConnection, prefix, concurrency: 1 },
    );
    try {
      await vi.waitFor(() => expect(taken).toEqual([1]), { timeout: 10_000, interval: 20 });

      // The clock is the test's: the second job has waited exactly 42 s.
      const now = () => second.timestamp + 42_000;
      const depth = await readQueueDepth(queue, now);
      expect(depth.counts).toMatchObject({ waiting: 2, prioritized: 1, active: 1, delayed: 1 });
      expect(depth.oldestWaitingSeconds).toBe(42);

      const metrics = createWorkerMetrics();
      metrics.trackQueue('questions', () => readQueueDepth(queue, now));
      const text = await metrics.registry.metrics();
      expect(text).toContain('pa_queue_jobs{queue="questions",state="waiting"} 2');
      expect(text).toContain('pa_queue_jobs{queue="questions",state="prioritized"} 1');
      expect(text).toContain('pa_queue_jobs{queue="questions",state="active"} 1');
      expect(text).toContain('pa_queue_jobs{queue="questions",state="delayed"} 1');
      expect(text).toContain('pa_queue_oldest_waiting_job_age_seconds{queue="questions"} 42');
    } finally {
      release();
      await worker.close();
      workerConnection.disconnect();
    }
  });

  it('reports no age when nothing waits', async () => {
    const empty = new Queue('questions', { connection: redis, prefix: `{test-${randomUUID()}}` });
    try {
      const depth = await readQueueDepth(empty);
      expect(depth.oldestWaitingSeconds).toBe(0);
      expect(Object.values(depth.counts).every((n) => n === 0)).toBe(true);
    } finally {
      await empty.close();
    }
  });
});

describe('the worker process exports the queue depth', () => {
  let db: TestDatabase;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  const workerPrefix = `{test-${randomUUID()}}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    worker = await startWorker(stackEnv(db.url, { QUEUE_PREFIX: workerPrefix }));
  });

  afterAll(async () => {
    await worker?.close();
    await db?.drop();
  });

  it('serves pa_queue_jobs and pa_queue_oldest_waiting_job_age_seconds for its own queue', async () => {
    const own = new Queue('questions', { connection: redis, prefix: workerPrefix });
    try {
      // A job due in an hour: the worker leaves it alone, the metric must see it.
      await own.add('question', { never: 'run' }, { delay: 3_600_000 });
      const text = await worker.metrics.registry.metrics();
      expect(text).toContain('pa_queue_jobs{queue="questions",state="delayed"} 1');
      expect(text).toContain('pa_queue_jobs{queue="questions",state="waiting"} 0');
      expect(text).toContain('pa_queue_jobs{queue="questions",state="active"} 0');
      expect(text).toContain('pa_queue_oldest_waiting_job_age_seconds{queue="questions"} 0');
    } finally {
      await own.obliterate({ force: true }).catch(() => {});
      await own.close();
    }
  });
});
