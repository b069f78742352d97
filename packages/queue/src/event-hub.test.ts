import { EventEmitter } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { JobEvent } from '@pa/contracts';
import { describe, expect, it } from 'vitest';
import type { RedisClient } from './connection.js';
import { JobEventHub } from './event-hub.js';
import type { JobEventLog, StoredEvent } from './event-log.js';
import { keys, type QueueNames } from './jobs.js';

const names: QueueNames = { prefix: 't', queue: 'questions' };
const at = '2026-11-30T00:00:00.000Z';

/** A job log in memory that counts its reads. */
class FakeLog {
  entries: StoredEvent[] = [];
  reads: Array<string | null> = [];
  private seq = 0;
  append(event: JobEvent): void {
    this.entries.push({ id: `${++this.seq}-0`, event });
  }
  async read(_jobId: string, afterId: string | null = null): Promise<StoredEvent[]> {
    this.reads.push(afterId);
    const from = afterId === null ? 0 : this.entries.findIndex((e) => e.id === afterId) + 1;
    return this.entries.slice(from);
  }
}

class FakeSubscriber extends EventEmitter {
  channels: string[] = [];
  async subscribe(channel: string): Promise<void> {
    this.channels.push(channel);
  }
  async unsubscribe(channel: string): Promise<void> {
    this.channels = this.channels.filter((c) => c !== channel);
  }
}

function setup() {
  const log = new FakeLog();
  const subscriber = new FakeSubscriber();
  const hub = new JobEventHub(subscriber as unknown as RedisClient, log as unknown as JobEventLog, names);
  const notify = (jobId: string) => subscriber.emit('message', keys.notify(names, jobId), 'x');
  return { log, subscriber, hub, notify };
}

describe('JobEventHub', () => {
  it('followers of a job share one read per event, and get the very same event objects', async () => {
    const { log, hub, notify } = setup();
    log.append({ type: 'queued', at, tenant: 'Halyk Bank', question: 'q', session_id: null });
    const got: StoredEvent[][][] = [[], [], []];
    const stops = await Promise.all(
      got.map((into) =>
        hub.follow(
          'job',
          '1-0',
          (events) => into.push(events),
          (err) => {
            throw err;
          },
        ),
      ),
    );
    await nextTurn();
    // The three joined in one turn: one first read for all of them.
    expect(log.reads).toEqual(['1-0']);

    log.append({ type: 'stage', at, stage: 'planning', attempt: 1 });
    notify('job');
    await nextTurn();
    expect(log.reads).toEqual(['1-0', '1-0']);
    for (const into of got) expect(into).toHaveLength(1);
    expect(got[1]![0]![0]).toBe(got[0]![0]![0]);
    expect(got[2]![0]![0]).toBe(got[0]![0]![0]);

    log.append({ type: 'cancelled', at });
    notify('job');
    await nextTurn();
    expect(log.reads).toEqual(['1-0', '1-0', '2-0']);
    expect(got.map((into) => into.flat().map((e) => e.event.type))).toEqual([
      ['stage', 'cancelled'],
      ['stage', 'cancelled'],
      ['stage', 'cancelled'],
    ]);
    for (const stop of stops) await stop();
  });

  it('followers at different points read from their own point; one leaving stops only its deliveries', async () => {
    const { log, hub, subscriber, notify } = setup();
    log.append({ type: 'queued', at, tenant: 'Halyk Bank', question: 'q', session_id: null });
    log.append({ type: 'stage', at, stage: 'planning', attempt: 1 });
    const fromStart: string[] = [];
    const resumed: string[] = [];
    const stopA = await hub.follow(
      'job',
      null,
      (events) => fromStart.push(...events.map((e) => e.id)),
      () => {},
    );
    const stopB = await hub.follow(
      'job',
      '1-0',
      (events) => resumed.push(...events.map((e) => e.id)),
      () => {},
    );
    await nextTurn();
    expect(log.reads.sort()).toEqual(['1-0', null].sort());
    expect(fromStart).toEqual(['1-0', '2-0']);
    expect(resumed).toEqual(['2-0']);

    await stopA();
    log.append({ type: 'cancelled', at });
    notify('job');
    await nextTurn();
    expect(fromStart).toEqual(['1-0', '2-0']);
    expect(resumed).toEqual(['2-0', '3-0']);
    await stopB();
    expect(subscriber.channels).toEqual([]);
  });
});
