import { type JobEvent, jobEventSchema } from '@pa/contracts';
import type { RedisClient } from './connection.js';
import { keys, type QueueNames } from './jobs.js';

export interface StoredEvent {
  /** Redis stream entry id; used as the SSE `id:`. */
  id: string;
  event: JobEvent;
}

const STREAM_ID = /^\d{1,20}-\d{1,20}$/;
export const isEventId = (id: string): boolean => STREAM_ID.test(id);

const TERMINAL_TYPES = new Set<JobEvent['type']>(['completed', 'failed', 'cancelled']);

/**
 * KEYS: the job's stream, the ended counter, and optionally the job's cancel flag (nothing is
 * appended, and false returned, while it exists); ARGV: event JSON, TTL, terminal ('1'/'0'), notify channel.
 */
const APPEND = `
if KEYS[3] and redis.call('EXISTS', KEYS[3]) == 1 then return false end
local id = redis.call('XADD', KEYS[1], '*', 'e', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
if ARGV[3] == '1' then redis.call('INCR', KEYS[2]) end
redis.call('PUBLISH', ARGV[4], id)
return id`;

/**
 * The per-job event log: a Redis stream the worker appends to at every state
 * change. Folding it gives the job's current state; SSE clients replay it.
 */
export class JobEventLog {
  constructor(
    private readonly redis: RedisClient,
    private readonly names: QueueNames,
    private readonly ttlSeconds: number,
  ) {}

  /**
   * Appends the event, renews the log's TTL, counts a terminal event (`keys.ended`) and wakes up
   * followers on any API replica (the stream itself is the truth) — one round trip, atomically.
   */
  async append(jobId: string, event: JobEvent): Promise<string> {
    const id = await this.redis.eval(
      APPEND,
      2,
      keys.events(this.names, jobId),
      keys.ended(this.names),
      JSON.stringify(event),
      String(this.ttlSeconds),
      TERMINAL_TYPES.has(event.type) ? '1' : '0',
      keys.notify(this.names, jobId),
    );
    if (typeof id !== 'string') throw new Error(`could not append event for job ${jobId}`);
    return id;
  }

  /**
   * Appends the event unless the job's cancel flag (`cancelKey`) is set, checked in the same atomic
   * step (a stage's cancel check and its event in one round trip); null when it was set.
   */
  async appendUnlessCancelled(jobId: string, cancelKey: string, event: JobEvent): Promise<string | null> {
    const id = await this.redis.eval(
      APPEND,
      3,
      keys.events(this.names, jobId),
      keys.ended(this.names),
      cancelKey,
      JSON.stringify(event),
      String(this.ttlSeconds),
      TERMINAL_TYPES.has(event.type) ? '1' : '0',
      keys.notify(this.names, jobId),
    );
    if (id === null) return null;
    if (typeof id !== 'string') throw new Error(`could not append event for job ${jobId}`);
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
