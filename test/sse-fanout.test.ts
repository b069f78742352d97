/**
 * Many SSE clients of one job on one API process: the hub reads the job's log once for all of them
 * and each event is serialised once per presentation, then written to every stream. These pin that
 * the shared work never mixes up what each client asked for, and that clients coming and going
 * leave the others (and the open-stream count) right.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { openSse, type SseConnection, type SseMessage } from './support/sse.js';
import { type InProcessApi, stackEnv, startApi, startWorker, submit } from './support/stack.js';

let db: TestDatabase;
let api: InProcessApi;
let env: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase();
  env = stackEnv(db.url, { SSE_PING_MS: '200' });
  api = await startApi(env);
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const openClients = async (): Promise<string> => {
  const metrics = await (await apiFetch(`${api.url}/metrics`)).text();
  return /^pa_sse_clients (\d+)$/m.exec(metrics)?.[1] ?? '?';
};

/** Waits until the number of open streams the API reports is `expected`. */
async function openClientsBecome(expected: number, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await openClients();
    if (now === String(expected)) return;
    if (Date.now() > deadline) throw new Error(`pa_sse_clients is ${now}, not ${expected}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('SSE fan-out: many clients of one job', () => {
  it('clients with different output options each get their own filtering of the same events', async () => {
    const job = await submit(api.url, 'How many transactions were there yesterday?');
    const urls = {
      full: `${api.url}${job.links.events}`,
      trimmed: `${api.url}${job.links.events}?include_sql=false&output_type=json&include_analysis=false`,
      table: `${api.url}${job.links.events}?output_type=table`,
    };
    // Two clients per option set, all following before the job runs (one shared read per event).
    const streams = await Promise.all(
      [urls.full, urls.trimmed, urls.table, urls.full, urls.trimmed, urls.table].map((u) => openSse(u)),
    );
    for (const s of streams) expect((await s.next())?.event).toBe('snapshot');

    const worker = await startWorker(env);
    let got: SseMessage[][];
    try {
      got = await Promise.all(streams.map((s) => s.rest()));
    } finally {
      for (const s of streams) s.close();
      await worker.close();
    }
    const [full, trimmed, table, full2, trimmed2, table2] = got;
    // Same option set → byte-identical messages; every client sees the same ids in the same order.
    expect(full2).toEqual(full);
    expect(trimmed2).toEqual(trimmed);
    expect(table2).toEqual(table);
    expect(trimmed!.map((m) => m.id)).toEqual(full!.map((m) => m.id));
    expect(table!.map((m) => m.id)).toEqual(full!.map((m) => m.id));

    const data = (messages: SseMessage[], event: string) =>
      JSON.parse(messages.find((m) => m.event === event)!.data) as Record<string, unknown>;
    expect(data(full!, 'plan')).toHaveProperty('sql');
    expect(data(table!, 'plan')).toHaveProperty('sql');
    expect(data(trimmed!, 'plan')).not.toHaveProperty('sql');

    const result = (messages: SseMessage[]) => data(messages, 'completed').result as Record<string, unknown>;
    expect(Object.keys(result(full!))).toEqual(
      expect.arrayContaining(['sql', 'table', 'chart', 'analysis', 'rows']),
    );
    expect(result(table!)).toHaveProperty('table');
    expect(result(table!)).not.toHaveProperty('chart');
    expect(result(table!)).toHaveProperty('sql');
    for (const gone of ['sql', 'table', 'chart', 'analysis'])
      expect(result(trimmed!)).not.toHaveProperty(gone);
    expect(result(trimmed!).rows).toEqual(result(full!).rows);
    await openClientsBecome(0);
  });

  it('clients leaving do not disturb the others; pings reach every open stream; the count goes back to 0', async () => {
    const job = await submit(api.url, 'How many transactions were there today?');
    const url = `${api.url}${job.links.events}`;
    const streams = await Promise.all([openSse(url), openSse(url), openSse(url), openSse(url)]);
    for (const s of streams) {
      const first = await s.next();
      expect(first?.event).toBe('snapshot');
      expect(JSON.parse(first!.data).status).toBe('queued');
    }
    await openClientsBecome(4);
    const [gone, pinged1, pinged2, stays] = streams as [
      SseConnection,
      SseConnection,
      SseConnection,
      SseConnection,
    ];

    // One leaves at once; two others are pinged while the job waits, then leave too.
    gone.close();
    await openClientsBecome(3);
    // (A read that times out loses what it would have read: these two are not read again.)
    await expect(pinged1.next(700)).rejects.toThrow(/timed out/);
    await expect(pinged2.next(300)).rejects.toThrow(/timed out/);
    for (const s of [pinged1, pinged2]) {
      expect(s.comments.length).toBeGreaterThan(0);
      expect(s.comments.every((c) => c === 'ping')).toBe(true);
      s.close();
    }
    await openClientsBecome(1);

    const worker = await startWorker(env);
    try {
      const rest = await stays.rest();
      const types = rest.map((m) => m.event);
      expect(types.filter((t) => t === 'stage')).toHaveLength(5);
      expect(types.at(-1)).toBe('completed');
    } finally {
      stays.close();
      await worker.close();
    }
    await openClientsBecome(0);
  });
});
