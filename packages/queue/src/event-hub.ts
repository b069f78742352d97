import type { Redis } from 'ioredis';
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

  constructor(
    private readonly subscriber: Redis,
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
    // Anything appended before the subscription took effect is picked up here.
    this.pull(jobId, follower);
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

  /** Re-reads every follower of a job (the SSE ping calls it too, as a safety net). */
  poke(jobId: string): void {
    for (const f of this.followers.get(jobId) ?? []) this.pull(jobId, f);
  }

  private pull(jobId: string, f: Follower): void {
    if (f.closed) return;
    if (f.reading) {
      f.dirty = true;
      return;
    }
    f.reading = true;
    f.dirty = false;
    this.log
      .read(jobId, f.lastId)
      .then((events) => {
        if (f.closed) return;
        const last = events.at(-1);
        if (last) {
          f.lastId = last.id;
          f.deliver(events);
        }
      })
      .catch((err: unknown) => {
        if (!f.closed) f.onError(err);
      })
      .finally(() => {
        f.reading = false;
        if (f.dirty) this.pull(jobId, f);
      });
  }
}
