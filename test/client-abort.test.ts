/**
 * A client that goes away in the middle of sending its body is the client's
 * doing: it must not count as a server error (5xx) in the HTTP metrics, and the
 * API goes on serving. Raw sockets, because fetch cannot stop half-way.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminToken, bearer } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { type InProcessApi, stackEnv, startApi } from './support/stack.js';

let db: TestDatabase;
let api: InProcessApi;
beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApi(stackEnv(db.url));
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

/** Sends the headers and part of a JSON body, then closes the connection. */
async function abandonBody(token: string): Promise<void> {
  const { port } = new URL(api.url);
  const socket = connect(Number(port), '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.write(
    [
      'POST /api/queries HTTP/1.1',
      `Host: 127.0.0.1:${port}`,
      `Authorization: Bearer ${token}`,
      'Content-Type: application/json',
      'Content-Length: 1000',
      '',
      '{"question": "How many tra',
    ].join('\r\n'),
  );
  await new Promise<void>((resolve) => socket.end(resolve));
  socket.destroy();
}

const serverErrors = async (): Promise<number> => {
  const text = await (await fetch(`${api.url}/metrics`)).text();
  return [...text.matchAll(/^pa_http_requests_total\{[^}]*status="5xx"[^}]*\} (\d+)/gm)].reduce(
    (sum, m) => sum + Number(m[1]),
    0,
  );
};

describe('a client that disconnects mid-body', () => {
  it('is not a server error, and the API keeps answering', async () => {
    const token = await adminToken();
    const before = await serverErrors();
    for (let i = 0; i < 5; i++) await abandonBody(token);
    // The requests are counted once the server has given up on their bodies.
    await vi.waitFor(
      async () => {
        const text = await (await fetch(`${api.url}/metrics`)).text();
        expect(text).toMatch(/pa_http_requests_total\{[^}]*method="POST"[^}]*\} \d+/);
      },
      { timeout: 20_000, interval: 100 },
    );
    expect(await serverErrors()).toBe(before);
    const res = await fetch(`${api.url}/api/queries`, {
      method: 'POST',
      headers: bearer(token, { 'content-type': 'application/json' }),
      body: JSON.stringify({ question: 'How many transactions were there yesterday?' }),
    });
    expect(res.status).toBe(202);
  });
});
