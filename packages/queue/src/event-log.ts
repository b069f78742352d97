import { type JobEvent, jobEventSchema } from '@pa/contracts';
import type { RedisClient } from './connection.js';
import { keys, LLM_SPEND_RETENTION_SECONDS, type QueueNames, utcDay } from './jobs.js';

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
 * A terminal event that also frees the job's in-flight slot and charges the LLM tokens it spent to
 * its bank's spend of the day — in the same atomic step, and only when the slot was still there, so
 * a job is charged once whoever frees it (the API's settle does the same for jobs that vanish).
 * KEYS: the job's stream, the ended counter, the bank's in-flight set, the day's spend hash;
 * ARGV: event JSON, TTL, notify channel, job id, tenant, tokens, spend TTL.
 */
const APPEND_TERMINAL = `
local id = redis.call('XADD', KEYS[1], '*', 'e', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('INCR', KEYS[2])
if redis.call('ZREM', KEYS[3], ARGV[4]) == 1 then
  local tokens = tonumber(ARGV[6])
  if tokens > 0 then
    redis.call('HINCRBY', KEYS[4], ARGV[5], tokens)
    redis.call('EXPIRE', KEYS[4], ARGV[7])
  end
end
redis.call('PUBLISH', ARGV[3], id)
return id`;

/** Who a job's terminal event frees a slot for: the job's bank and the LLM tokens the job spent. */
export interface SlotRelease {
  tenant: string;
  tokens: number;
}

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
   * A terminal event given `release` also frees the job's in-flight slot and charges its tokens.
   */
  async append(jobId: string, event: JobEvent, release?: SlotRelease): Promise<string> {
    const id =
      release && TERMINAL_TYPES.has(event.type)
        ? await this.appendTerminal(jobId, event, release)
        : await this.redis.eval(
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

  private appendTerminal(jobId: string, event: JobEvent, release: SlotRelease): Promise<unknown> {
    return this.redis.eval(
      APPEND_TERMINAL,
      4,
      keys.events(this.names, jobId),
      keys.ended(this.names),
      keys.inFlight(this.names, release.tenant),
      keys.llmSpend(this.names, utcDay(new Date())),
      JSON.stringify(event),
      String(this.ttlSeconds),
      keys.notify(this.names, jobId),
      jobId,
      release.tenant,
      String(Math.max(0, Math.round(release.tokens))),
      String(LLM_SPEND_RETENTION_SECONDS),
    );
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
