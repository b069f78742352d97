import { createServer, type Server, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { followEventsRaw } from './client.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A TCP server answering every connection with `respond`; resolves its base URL and the requests it read. */
async function serve(
  respond: (socket: Socket) => Promise<void>,
): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = [];
  server = createServer((socket) => {
    let head = '';
    socket.on('data', (b) => {
      head += b.toString('latin1');
      if (head.includes('\r\n\r\n')) {
        requests.push(head);
        void respond(socket).catch(() => socket.destroy());
      }
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  return { url: `http://127.0.0.1:${address.port}`, requests };
}

/** Writes `bytes` one at a time with a pause between, so every boundary falls inside some part. */
async function trickle(socket: Socket, bytes: Buffer): Promise<void> {
  for (const byte of bytes) {
    socket.write(Buffer.of(byte));
    await sleep(1);
  }
}

const chunk = (text: string): string => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;

describe('followEventsRaw', () => {
  it('reads a chunked event stream split at every byte, multibyte text included, up to the terminal event', async () => {
    const events =
      chunk('id: 1\nevent: snapshot\ndata: {"city":"Алматы"}\n\n') +
      chunk(': ping\n\nid: 2\nevent: progress\ndata: {"step":"планирование"}\n\n') +
      chunk('id: 3\nevent: completed\ndata: {"rows":2}\n\n');
    const { url, requests } = await serve(async (socket) => {
      await trickle(
        socket,
        Buffer.from(
          `HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n${events}`,
        ),
      );
      // No end of the body: the client must stop at the terminal event by itself.
    });
    const follow = followEventsRaw(url, '/api/queries/abc/events?x=1', 'tok');
    await follow.opened;
    const got = await follow.done;
    expect(got.map(({ id, event, data }) => ({ id, event, data }))).toEqual([
      { id: '1', event: 'snapshot', data: '{"city":"Алматы"}' },
      { id: '2', event: 'progress', data: '{"step":"планирование"}' },
      { id: '3', event: 'completed', data: '{"rows":2}' },
    ]);
    expect(got.every((e) => typeof e.receivedAt === 'number' && e.receivedAt > 0)).toBe(true);
    expect(requests[0]).toMatch(/^GET \/api\/queries\/abc\/events\?x=1 HTTP\/1\.1\r\n/);
    expect(requests[0]).toMatch(/\r\nAuthorization: Bearer tok\r\n/);
  }, 20_000);

  it('reads a body that is not chunked until the connection closes, and stops at the end without a terminal event', async () => {
    const { url } = await serve(async (socket) => {
      socket.end(
        'HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\r\nid: 1\nevent: snapshot\ndata: {}\n\n',
      );
    });
    const follow = followEventsRaw(url, '/events', 'tok');
    const got = await follow.done;
    expect(got.map((e) => e.event)).toEqual(['snapshot']);
  });

  it('ends at the last chunk of a chunked body', async () => {
    const { url } = await serve(async (socket) => {
      socket.write(
        `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${chunk('event: snapshot\ndata: {}\n\n')}0\r\n\r\n`,
      );
    });
    const got = await followEventsRaw(url, '/events', 'tok').done;
    expect(got.map((e) => e.event)).toEqual(['snapshot']);
  });

  it('rejects both promises with the status when the answer is not 200', async () => {
    const { url } = await serve(async (socket) => {
      socket.end('HTTP/1.1 401 Unauthorized\r\ncontent-length: 0\r\n\r\n');
    });
    const follow = followEventsRaw(url, '/events', 'bad');
    await expect(follow.opened).rejects.toThrow(/status 401/);
    await expect(follow.done).rejects.toThrow(/status 401/);
  });
});
