/**
 * How the web page reads a job's event stream (apps/web/page/event-stream.ts: fetch with the
 * Authorization header, since EventSource cannot send one), run in Node: the parser over any split
 * of the bytes, and, against a real API and worker, a connection dropped mid-question resumed with
 * Last-Event-ID — nothing missed, nothing twice.
 */
import { ApiClient, followJob, readEventStream, type ServerEvent } from '@pa/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { type InProcessApi, stackEnv, startApi, startWorker, submit } from './support/stack.js';

/** A body that delivers `bytes` in pieces of `size`. */
function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

describe('readEventStream', () => {
  it('reads the same events however the bytes are split (comments, CRLF, multi-line data, Cyrillic)', async () => {
    const text =
      ': ping\n\n' +
      'id: 1-0\nevent: stage\ndata: {"stage":"planning"}\n\n' +
      'id: 2-0\r\nevent: plan\r\ndata: Сколько\r\ndata: транзакций\r\n\r\n' +
      ': ping\n\ndata:no space\n\n';
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 5, 64, bytes.length]) {
      const events: ServerEvent[] = [];
      for await (const event of readEventStream(chunked(bytes, size))) events.push(event);
      expect(events, `pieces of ${size}`).toEqual([
        { id: '1-0', type: 'stage', data: '{"stage":"planning"}' },
        { id: '2-0', type: 'plan', data: 'Сколько\nтранзакций' },
        // The last event id carries over, as in EventSource.
        { id: '2-0', type: 'message', data: 'no space' },
      ]);
    }
  });
});

describe('followJob against the API', () => {
  let db: TestDatabase;
  let api: InProcessApi;
  let env: Record<string, string>;
  let worker: Awaited<ReturnType<typeof startWorker>> | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    env = stackEnv(db.url, { LLM_PROVIDER: 'builtin' });
    api = await startApi(env);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('resumes a dropped stream after the last event it got, with nothing missed or repeated', async () => {
    const token = await adminToken();
    // No worker yet: the question waits in the queue.
    const { id } = await submit(api.url, 'Top 5 categories by amount in the last 30 days', {}, token);
    const asked: Array<string | null> = [];

    /** The first connection delivers the snapshot and then drops, as a flaky network would. */
    class DroppingClient extends ApiClient {
      override async events(
        jobId: string,
        lastEventId: string | null,
        signal: AbortSignal,
      ): Promise<Response> {
        asked.push(lastEventId);
        const res = await super.events(jobId, lastEventId, signal);
        if (asked.length > 1 || !res.body) return res;
        const reader = res.body.getReader();
        let text = '';
        const decoder = new TextDecoder();
        while (!text.includes('\n\n')) {
          const { value, done } = await reader.read();
          if (done) break;
          text += decoder.decode(value, { stream: true });
        }
        await reader.cancel();
        return new Response(text.slice(0, text.indexOf('\n\n') + 2), { headers: res.headers });
      }
    }

    const events: ServerEvent[] = [];
    const controller = new AbortController();
    await followJob(
      new DroppingClient({ token: () => token, baseUrl: api.url }),
      id,
      (event) => {
        events.push(event);
        // Work starts only once the page has lost its connection.
        if (event.type === 'snapshot') void startWorker(env).then((w) => (worker = w));
      },
      controller.signal,
    );

    expect(events[0]?.type).toBe('snapshot');
    expect(JSON.parse(events[0]!.data)).toMatchObject({ id, status: 'queued' });
    expect(asked).toEqual([null, events[0]!.id]);
    expect(events.at(-1)?.type).toBe('completed');
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(events.filter((e) => e.type === 'stage').map((e) => JSON.parse(e.data).stage)).toEqual([
      'understanding',
      'planning',
      'guarding',
      'executing',
      'shaping',
    ]);
    expect(events.filter((e) => e.type === 'plan')).toHaveLength(1);
    const completed = JSON.parse(events.at(-1)!.data) as { result: { rows: unknown[] } };
    expect(completed.result.rows.length).toBeGreaterThan(0);
  });
});
