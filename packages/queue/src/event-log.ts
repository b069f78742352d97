import { type JobEvent, jobEventSchema } from '@pa/contracts';
import type { Redis } from 'ioredis';
import { keys, type QueueNames } from './jobs.js';

export interface StoredEvent {
  /** Redis stream entry id; used as the SSE `id:`. */
  id: string;
  event: JobEvent;
}

const STREAM_ID = /^\d{1,20}-\d{1,20}$/;
export const isEventId = (id: string): boolean => STREAM_ID.test(id);

/**
 * The per-job event log: a Redis stream the worker appends to at every state
 * change. Folding it gives the job's current state; SSE clients replay it.
 */
export class JobEventLog {
  constructor(
    private readonly redis: Redis,
    private readonly names: QueueNames,
    private readonly ttlSeconds: number,
  ) {}

  async append(jobId: string, event: JobEvent): Promise<string> {
    const key = keys.events(this.names, jobId);
    const res = await this.redis
      .multi()
      .xadd(key, '*', 'e', JSON.stringify(event))
      .expire(key, this.ttlSeconds)
      .exec();
    const id = res?.[0]?.[1];
    if (typeof id !== 'string') throw new Error(`could not append event for job ${jobId}`);
    // Wake up followers on any API replica; the stream itself is the truth.
    await this.redis.publish(keys.notify(this.names, jobId), id);
    return id;
  }

  /** Events after `afterId` (exclusive), or all when null. */
  async read(jobId: string, afterId: string | null = null): Promise<StoredEvent[]> {
    const start = afterId === null ? '-' : `(${afterId}`;
    const entries = await this.redis.xrange(keys.events(this.names, jobId), start, '+');
    const out: StoredEvent[] = [];
    for (const [id, fields] of entries) {
      const raw = fields[1];
      if (fields[0] !== 'e' || raw === undefined) continue;
      const parsed = jobEventSchema.safeParse(JSON.parse(raw));
      if (parsed.success) out.push({ id, event: parsed.data });
    }
    return out;
  }

  async exists(jobId: string): Promise<boolean> {
    return (await this.redis.exists(keys.events(this.names, jobId))) === 1;
  }
}
