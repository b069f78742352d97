import type { QueueDepthSnapshot } from '@pa/observability';
import type { Queue } from 'bullmq';

/**
 * Job states the worker reports (`pa_queue_jobs{state}`). Autoscaling reads waiting +
 * prioritized + active: a pod busy with long LLM calls has active jobs, and must not be
 * scaled in just because the wait list is empty.
 */
export const QUEUE_DEPTH_STATES = [
  'waiting',
  'prioritized',
  'active',
  'delayed',
  'paused',
  'completed',
  'failed',
] as const;

/**
 * The queue's job counts by state and the age of the oldest job still waiting to start
 * (the tail of the wait list, or the head of the prioritized set; 0 when nothing waits).
 * A job retried after a failure keeps its first enqueue time, so its age counts from
 * when it was asked.
 */
export async function readQueueDepth(
  queue: Queue,
  now: () => number = Date.now,
): Promise<QueueDepthSnapshot> {
  const [counts, oldestWaiting, oldestPrioritized] = await Promise.all([
    queue.getJobCounts(...QUEUE_DEPTH_STATES),
    // Ascending order: the first job is the one that has waited longest.
    queue.getJobs(['waiting'], 0, 0, true),
    queue.getJobs(['prioritized'], 0, 0, true),
  ]);
  const enqueuedAt = [...oldestWaiting, ...oldestPrioritized]
    .map((job) => job?.timestamp)
    .filter((t): t is number => typeof t === 'number' && Number.isFinite(t));
  const oldest = enqueuedAt.length > 0 ? Math.min(...enqueuedAt) : null;
  return {
    counts: Object.fromEntries(QUEUE_DEPTH_STATES.map((state) => [state, counts[state] ?? 0])),
    oldestWaitingSeconds: oldest === null ? 0 : Math.max(0, (now() - oldest) / 1000),
  };
}
