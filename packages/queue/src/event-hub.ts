import type { RedisClient } from './connection.js';
import type { JobEventLog, StoredEvent } from './event-log.js';
import { keys, type QueueNames } from './jobs.js';

interface Follower {
  lastId: string | null;
  deliver: (events: StoredEvent[]) => void;
  onError: (err: unknown) => void;
  reading: boolean;
  dirty: boolean;
  closed: boolean;
}

/**
 * Lets many SSE clients follow job event logs over ONE subscriber connection
 * per API process. A Pub/Sub notification only says "something new"; the
 * events themselves are always read from the stream after the follower's last
 * id, so a missed notification delays but never loses or duplicates an event.
 */
export class JobEventHub {
  private readonly followers = new Map<string, Set<Follower>>();
  /** Followers that joined in this turn of the event loop, per job: their first read is shared. */
  private joining = new Map<string, Follower[]>();

  constructor(
    private readonly subscriber: RedisClient,
    private readonly log: JobEventLog,
    private readonly names: QueueNames,
  ) {
    subscriber.on('message', (channel: string) => {
      const prefix = keys.notify(this.names, '');
      if (!channel.startsWith(prefix)) return;
      this.poke(channel.slice(prefix.length));
    });
  }

  /** Delivers events after `afterId` as they arrive; returns a function that stops following. */
  async follow(
    jobId: string,
    afterId: string | null,
    deliver: (events: StoredEvent[]) => void,
    onError: (err: unknown) => void,
  ): Promise<() => Promise<void>> {
    const follower: Follower = {
      lastId: afterId,
      deliver,
      onError,
      reading: false,
      dirty: false,
      closed: false,
    };
    let set = this.followers.get(jobId);
    if (!set) {
      set = new Set();
      this.followers.set(jobId, set);
      try {
        await this.subscriber.subscribe(keys.notify(this.names, jobId));
      } catch (err) {
        // Leave no half-registered job behind: the next follower subscribes again.
        if (this.followers.get(jobId)?.size === 0) this.followers.delete(jobId);
        throw err;
      }
    }
    set.add(follower);
    // Anything appended before the subscription took effect is picked up by a first read, made
    // once for all the followers of the job that joined in the same turn of the event loop (a
    // hundred clients connecting at once), not once each.
    this.readSoon(jobId, follower);
    return async () => {
      follower.closed = true;
      const current = this.followers.get(jobId);
      if (!current) return;
      current.delete(follower);
      if (current.size === 0) {
        this.followers.delete(jobId);
        await this.subscriber.unsubscribe(keys.notify(this.names, jobId)).catch(() => {});
      }
    };
  }

  private readSoon(jobId: string, follower: Follower): void {
    const waiting = this.joining.get(jobId);
    if (waiting) {
      waiting.push(follower);
      return;
    }
    this.joining.set(jobId, [follower]);
    if (this.joining.size > 1) return;
    setImmediate(() => {
      const joined = this.joining;
      this.joining = new Map();
      for (const [id, followers] of joined) this.pull(id, followers);
    });
  }

  /** Re-reads every follower of a job (the SSE ping calls it too, as a safety net). */
  poke(jobId: string): void {
    this.pull(jobId, this.followers.get(jobId) ?? []);
  }

  /**
   * Reads the log after each follower's last id and delivers what is new. Followers at the same
   * id (a thousand clients of one job usually are) share one read: one XRANGE and one parse per
   * distinct id, not per client. A follower still reading is marked dirty and reads again after.
   */
  private pull(jobId: string, followers: Iterable<Follower>): void {
    const byLastId = new Map<string | null, Follower[]>();
    for (const f of followers) {
      if (f.closed) continue;
      if (f.reading) {
        f.dirty = true;
        continue;
      }
      f.reading = true;
      f.dirty = false;
      const group = byLastId.get(f.lastId);
      if (group) group.push(f);
      else byLastId.set(f.lastId, [f]);
    }
    for (const [lastId, group] of byLastId) {
      this.log
        .read(jobId, lastId)
        .then((events) => {
          const last = events.at(-1);
          if (!last) return;
          for (const f of group) {
            if (f.closed) continue;
            f.lastId = last.id;
            try {
              f.deliver(events);
            } catch (err) {
              f.onError(err);
            }
          }
        })
        .catch((err: unknown) => {
          for (const f of group) if (!f.closed) f.onError(err);
        })
        .finally(() => {
          for (const f of group) f.reading = false;
          const again = group.filter((f) => f.dirty);
          if (again.length > 0) this.pull(jobId, again);
        });
    }
  }
}
