import { describe, expect, it } from 'vitest';
import { createWorkerMetrics, type QueueDepthSnapshot } from './metrics.js';

const snapshot: QueueDepthSnapshot = {
  counts: { waiting: 7, prioritized: 2, active: 3, delayed: 1 },
  oldestWaitingSeconds: 42.5,
};

/** The exposition lines of one metric, as Prometheus scrapes them. */
async function linesOf(metrics: ReturnType<typeof createWorkerMetrics>, name: string): Promise<string[]> {
  const text = await metrics.registry.metrics();
  return text.split('\n').filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `));
}

describe('worker metrics: queue depth', () => {
  it('exposes the job count of every state and the oldest waiting age, read at scrape time', async () => {
    const metrics = createWorkerMetrics();
    let current = snapshot;
    metrics.trackQueue('questions', async () => current);
    expect(await linesOf(metrics, 'pa_queue_jobs')).toEqual([
      'pa_queue_jobs{queue="questions",state="waiting"} 7',
      'pa_queue_jobs{queue="questions",state="prioritized"} 2',
      'pa_queue_jobs{queue="questions",state="active"} 3',
      'pa_queue_jobs{queue="questions",state="delayed"} 1',
    ]);
    expect(await linesOf(metrics, 'pa_queue_oldest_waiting_job_age_seconds')).toEqual([
      'pa_queue_oldest_waiting_job_age_seconds{queue="questions"} 42.5',
    ]);
    current = { counts: { waiting: 0, prioritized: 0, active: 1, delayed: 0 }, oldestWaitingSeconds: 0 };
    expect(await linesOf(metrics, 'pa_queue_jobs')).toContain(
      'pa_queue_jobs{queue="questions",state="waiting"} 0',
    );
    expect(await linesOf(metrics, 'pa_queue_oldest_waiting_job_age_seconds')).toEqual([
      'pa_queue_oldest_waiting_job_age_seconds{queue="questions"} 0',
    ]);
  });

  it('reads the queue once per scrape for both gauges', async () => {
    const metrics = createWorkerMetrics();
    let reads = 0;
    metrics.trackQueue('questions', async () => {
      reads++;
      return snapshot;
    });
    await metrics.registry.metrics();
    expect(reads).toBe(1);
    await metrics.registry.metrics();
    expect(reads).toBe(2);
  });

  it('drops the series instead of reporting stale numbers when the queue cannot be read', async () => {
    const metrics = createWorkerMetrics();
    let fail = false;
    metrics.trackQueue('questions', async () => {
      if (fail) throw new Error('redis down');
      return snapshot;
    });
    expect(await linesOf(metrics, 'pa_queue_jobs')).toHaveLength(4);
    fail = true;
    // The scrape still succeeds (other metrics stay visible); only the queue's series are gone.
    const text = await metrics.registry.metrics();
    expect(text).toContain('pa_jobs_total');
    expect(await linesOf(metrics, 'pa_queue_jobs')).toEqual([]);
    expect(await linesOf(metrics, 'pa_queue_oldest_waiting_job_age_seconds')).toEqual([]);
  });
});
