import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiFetch } from './support/auth.js';
import { createTestDatabase, lockTransactions, type TestDatabase } from './support/db.js';
import { openSse } from './support/sse.js';
import {
  type InProcessApi,
  stackEnv,
  startApi,
  startWorker,
  submit,
  waitForTerminal,
} from './support/stack.js';

let db: TestDatabase;
let api: InProcessApi;
let env: Record<string, string>;
let redis: Redis;

beforeAll(async () => {
  db = await createTestDatabase();
  env = stackEnv(db.url, { SSE_PING_MS: '300' });
  api = await startApi(env);
  redis = new Redis(inject('redisUrl'));
});
afterAll(async () => {
  redis?.disconnect();
  await api?.close();
  await db?.drop();
});

/** For a job that must wait for a worker: a question already answered is otherwise completed from the caches on submission. */
const NO_CACHE = { options: { use_cache: false } };

/** The job's event log as stored in Redis: [id, type] pairs. */
async function logged(id: string): Promise<Array<[string, string]>> {
  const entries = await redis.xrange(`${env.QUEUE_PREFIX}:questions:events:${id}`, '-', '+');
  return entries.map(([eid, fields]) => [eid, JSON.parse(fields[1]!).type as string]);
}

describe('Server-Sent Events', () => {
  it('a client connected before the job runs sees snapshot → stages → completed, then the stream ends', async () => {
    const job = await submit(api.url, 'How many transactions were there yesterday?');
    const sse = await openSse(`${api.url}${job.links.events}`);
    expect(sse.status).toBe(200);
    expect(sse.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect(sse.headers.get('x-accel-buffering')).toBe('no');
    const first = await sse.next();
    expect(first?.event).toBe('snapshot');
    expect(JSON.parse(first!.data).status).toBe('queued');

    const worker = await startWorker(env);
    try {
      const rest = await sse.rest();
      const types = rest.map((m) => m.event);
      expect(types.filter((t) => t === 'stage')).toHaveLength(5);
      expect(types.at(-1)).toBe('completed');
      expect(types.indexOf('plan')).toBeGreaterThan(types.indexOf('stage'));
      const stages = rest.filter((m) => m.event === 'stage').map((m) => JSON.parse(m.data).stage);
      expect(stages).toEqual(['understanding', 'planning', 'guarding', 'executing', 'shaping']);
      // Every event has an id, strictly increasing, and the ids are exactly the log's.
      const log = await logged(job.id);
      expect([first!.id, ...rest.map((m) => m.id)]).toEqual(log.map(([eid]) => eid));
      const completed = JSON.parse(rest.at(-1)!.data);
      expect(completed.result.rows.length).toBe(1);
    } finally {
      sse.close();
      await worker.close();
    }
  });

  it('reconnecting with Last-Event-ID mid-job gets exactly the missed events, no gap and no duplicate', async () => {
    const release = await lockTransactions(db.pool);
    const worker = await startWorker(env);
    try {
      // Answered earlier in this file: uncached, so that it really waits on the lock.
      const job = await submit(api.url, 'How many transactions were there today?', {
        options: { use_cache: false },
      });
      const sse = await openSse(`${api.url}${job.links.events}`);
      const seen = [await sse.next()];
      // Read until the job is blocked executing (the lock holds it there), then drop the connection.
      // The snapshot already says "executing" when the worker got there before this client connected.
      const executing = (m: { event: string; data: string } | null | undefined) =>
        (m?.event === 'stage' || m?.event === 'snapshot') && JSON.parse(m.data).stage === 'executing';
      while (!executing(seen.at(-1))) {
        seen.push(await sse.next());
      }
      // Resume after the last event seen: the job is held in "executing", so everything after it
      // (shaping, completed) happens while no one listens. (How many stage events came before depends
      // on how fast the worker was compared with this client's connect: the snapshot covers those.)
      const lastSeen = seen.at(-1)!.id!;
      sse.close();
      await release();
      const resumed = await openSse(`${api.url}${job.links.events}`, lastSeen);
      const rest = await resumed.rest();
      expect(rest.map((m) => m.event)).not.toContain('snapshot');
      const log = await logged(job.id);
      const after = log.slice(log.findIndex(([eid]) => eid === lastSeen) + 1);
      expect(after.length).toBeGreaterThanOrEqual(2);
      expect(rest.map((m) => [m.id, m.event])).toEqual(after);
      expect(rest.at(-1)?.event).toBe('completed');
    } finally {
      await release();
      await worker.close();
    }
  });

  it('a client connecting after completion gets the snapshot and the terminal event, then the stream ends', async () => {
    const worker = await startWorker(env);
    try {
      const job = await submit(api.url, 'How many transactions were there yesterday?');
      await waitForTerminal(api.url, job.id);
      const sse = await openSse(`${api.url}${job.links.events}`);
      const all = await sse.rest(5_000);
      expect(all.map((m) => m.event)).toEqual(['snapshot', 'completed']);
      expect(JSON.parse(all[0]!.data).status).toBe('completed');
      expect(all[0]!.id).not.toBe(all[1]!.id);
      expect(JSON.parse(all[1]!.data).result.row_count).toBe(1);
    } finally {
      await worker.close();
    }
  });

  it('a client reconnecting after the terminal event gets 204, so EventSource stops reconnecting', async () => {
    const worker = await startWorker(env);
    try {
      const job = await submit(api.url, 'How many transactions were there today?');
      await waitForTerminal(api.url, job.id);
      const all = await (await openSse(`${api.url}${job.links.events}`)).rest(5_000);
      const terminalId = all.at(-1)!.id!;
      const again = await apiFetch(`${api.url}${job.links.events}`, {
        headers: { 'last-event-id': terminalId },
      });
      expect(again.status).toBe(204);
      // An id before the terminal event still replays what follows it.
      const resumed = await openSse(`${api.url}${job.links.events}`, all[0]!.id!);
      expect((await resumed.rest(5_000)).at(-1)?.event).toBe('completed');
    } finally {
      await worker.close();
    }
  });

  it('sends keep-alive ping comments while a job waits', async () => {
    // use_cache false: answered once above, the question would otherwise be completed from the caches at once.
    const job = await submit(api.url, 'How many transactions were there yesterday?', NO_CACHE);
    const sse = await openSse(`${api.url}${job.links.events}`);
    await sse.next();
    await expect(sse.next(1_000)).rejects.toThrow(/timed out/);
    expect(sse.comments).toContain('ping');
    sse.close();
  });

  it('HEAD on the events of a job answers the headers and leaves no stream behind', async () => {
    // No worker: the job stays queued, so a stream started by HEAD would follow it for ever.
    const job = await submit(api.url, 'How many transactions were there yesterday?', NO_CACHE);
    for (let i = 0; i < 20; i++) {
      const res = await apiFetch(`${api.url}${job.links.events}`, { method: 'HEAD' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    }
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    expect(metrics).toMatch(/^pa_sse_clients 0$/m);
  });

  it('a Last-Event-ID this job never sent (from the future, past Redis ids, garbage) starts over with the snapshot', async () => {
    const job = await submit(api.url, 'How many transactions were there yesterday?', NO_CACHE);
    for (const bogus of ['9999999999999-0', '18446744073709551616-0', '1-0', 'not-an-id']) {
      const sse = await openSse(`${api.url}${job.links.events}`, bogus);
      expect(sse.status, bogus).toBe(200);
      const first = await sse.next(10_000);
      expect(first?.event, bogus).toBe('snapshot');
      expect(JSON.parse(first!.data).status).toBe('queued');
      sse.close();
    }
    // And once the job is over, such an id gets the snapshot and the terminal event, not a 204 loop.
    const worker = await startWorker(env);
    try {
      await waitForTerminal(api.url, job.id);
      const after = await openSse(`${api.url}${job.links.events}`, '9999999999999-0');
      expect((await after.rest(5_000)).map((m) => m.event)).toEqual(['snapshot', 'completed']);
    } finally {
      await worker.close();
    }
  });
});
