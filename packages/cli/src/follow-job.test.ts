import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ApiClient } from './api-client.js';
import { endsJob, followJobEvents, LostEventStream, reconnectDelay } from './follow-job.js';

describe('endsJob', () => {
  it('is true for the terminal events and for a snapshot of a finished job', () => {
    expect(endsJob({ id: '1', event: 'completed', data: '{}' })).toBe(true);
    expect(endsJob({ id: '1', event: 'cancelled', data: '{}' })).toBe(true);
    expect(endsJob({ id: '1', event: 'snapshot', data: '{"status":"failed"}' })).toBe(true);
    expect(endsJob({ id: '1', event: 'snapshot', data: '{"status":"active"}' })).toBe(false);
    expect(endsJob({ id: '1', event: 'stage', data: '{"stage":"planning"}' })).toBe(false);
    expect(endsJob({ id: '1', event: 'snapshot', data: 'not json' })).toBe(false);
  });
});

describe('reconnectDelay', () => {
  it('doubles from the base up to the cap, within ±20 %', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => reconnectDelay(n, 250, 8_000, mid))).toEqual([
      250, 500, 1_000, 2_000, 4_000, 8_000, 8_000,
    ]);
    expect(reconnectDelay(1, 1_000, 8_000, () => 0)).toBe(800);
    expect(reconnectDelay(1, 1_000, 8_000, () => 1)).toBe(1_200);
  });
});

describe('followJobEvents', () => {
  it('gives up after the allowed reconnects in a row, saying the question goes on', async () => {
    // A port nothing listens on: every connection is refused.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));

    const client = new ApiClient({ baseUrl: `http://127.0.0.1:${port}`, token: 't' });
    const reconnects: number[] = [];
    const following = followJobEvents(client, 'job-1', {
      signal: new AbortController().signal,
      onMessage: () => {},
      onReconnect: (attempt) => reconnects.push(attempt),
      maxReconnects: 3,
      baseDelayMs: 1,
    });
    await expect(following).rejects.toThrow(LostEventStream);
    await expect(following).rejects.toThrow(/4 times in a row .*connection refused.*pa status job-1 --wait/);
    expect(reconnects).toEqual([1, 2, 3]);
  });

  it('gives up on a connection that has gone silent and opens another', async () => {
    // A peer that accepts and then says nothing, as a connection a NAT has forgotten looks.
    const connections: Socket[] = [];
    const server = createServer((socket) => {
      connections.push(socket);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as { port: number };
    try {
      const client = new ApiClient({ baseUrl: `http://127.0.0.1:${port}`, token: 't' });
      const following = followJobEvents(client, 'job-2', {
        signal: new AbortController().signal,
        onMessage: () => {},
        maxReconnects: 1,
        baseDelayMs: 1,
        idleTimeoutMs: 100,
      });
      await expect(following).rejects.toThrow(/2 times in a row \(nothing heard for 0.1 s\)/);
      expect(connections.length).toBeGreaterThanOrEqual(2);
    } finally {
      for (const c of connections) c.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
