import { type JobPlan, jobPlanSchema } from '@pa/contracts';
import type { RedisClient } from './connection.js';
import { keys, type QueueNames } from './jobs.js';

/**
 * Plans that cost model calls, kept per job until its event log expires: a job run again (a BullMQ
 * retry, or the stalled-job check handing a dead worker's job to another) executes the plan its
 * earlier run made instead of paying the model for it twice.
 */
export class JobPlanStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly names: QueueNames,
    private readonly ttlSeconds: number,
  ) {}

  async put(jobId: string, plan: JobPlan): Promise<void> {
    await this.redis.set(keys.plan(this.names, jobId), JSON.stringify(plan), 'EX', this.ttlSeconds);
  }

  /** The job's kept plan; null when there is none or it cannot be read (the job is planned afresh). */
  async get(jobId: string): Promise<JobPlan | null> {
    const raw = await this.redis.get(keys.plan(this.names, jobId));
    if (raw === null) return null;
    try {
      const parsed = jobPlanSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
