import type { EventEmitter } from 'node:events';
import type { Queue, QueueEvents, Worker } from 'bullmq';

type BullOwner = Queue | Worker | QueueEvents;

/**
 * BullMQ 5 re-emits a failed connection start as an 'error' event of its connection wrapper, and
 * `close()` removes the wrapper's listeners. When the client ends after that — Redis is down and a
 * connect attempt is in flight at shutdown — the re-emit finds no listener and throws, and the
 * process gets an unhandled rejection (`connect ECONNREFUSED`; a test run counts it as a failure).
 * BullMQ 6 emits only when someone listens; this gives a queue, worker or event reader of v5 the
 * same rule, right after it is made. The wrappers are BullMQ's own fields (`connection`, and a
 * worker's `blockingConnection`); if a release renames them this throws instead of doing nothing.
 */
export function quietAfterClose<T extends BullOwner>(owner: T): T {
  const fields = owner as unknown as Record<string, EventEmitter | undefined>;
  const wrappers = [fields.connection, fields.blockingConnection].filter((w) => w !== undefined);
  if (wrappers.length === 0 || !wrappers.every((w) => typeof w.emit === 'function'))
    throw new Error('BullMQ no longer keeps its connection wrapper in `connection`; see bullmq-shutdown.ts');
  for (const wrapper of wrappers) {
    const emit = wrapper.emit.bind(wrapper);
    wrapper.emit = (event: string | symbol, ...args: unknown[]) =>
      event === 'error' && wrapper.listenerCount('error') === 0 ? false : emit(event, ...args);
  }
  return owner;
}
