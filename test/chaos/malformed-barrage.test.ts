/**
 * Chaos: a barrage of malformed requests against an API process (issue #14): broken encodings,
 * huge headers, deep JSON, unicode tricks, bad Last-Event-IDs, slow and abandoned bodies, wrong
 * methods, bad content types, bad credentials and requests that are not HTTP at all — raw
 * sockets where fetch would refuse to send them.
 *
 * What must hold: every one gets a 4xx (or, below HTTP, the connection closed by Node's parser
 * with its 400), never a 5xx — none counted in the API's own metrics either; a bad Last-Event-ID
 * starts over with the snapshot; a slow body holds only its own connection; the process stays
 * up and answers an ordinary question afterwards.
 */
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, apiFetch, signToken } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { openSse } from '../support/sse.js';
import { stackEnv, submit, waitForTerminal } from '../support/stack.js';
import {
  type ApiProcess,
  CHAOS_LONG,
  expectAlive,
  metricValue,
  startApiProcess,
  startWorkerProcess,
  type WorkerProcess,
} from './support/processes.js';

let db: TestDatabase;
let api: ApiProcess;
let worker: WorkerProcess;
let token: string;
/** A finished job, for the event-stream cases. */
let doneJob: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const env = stackEnv(db.url);
  [api, worker] = await Promise.all([startApiProcess(env), startWorkerProcess(env)]);
  token = await adminToken();
  doneJob = (await submit(api.url, 'How many transactions were there yesterday?')).id;
  await waitForTerminal(api.url, doneJob, 60_000);
  // (Processes started together may each take up to two minutes to listen on a busy 2-core machine
  // — `waitUntilServing` allows that — so the hook allows more than one such wait.)
}, 300_000);

afterAll(async () => {
  await Promise.allSettled([api?.child.kill(), worker?.child.kill()]);
  await db?.drop();
});

/** The HTTP status, or "closed" when the connection ended without a response. */
type Outcome = number | 'closed';

async function post(body: string | Uint8Array, headers: Record<string, string> = {}, path = '/api/queries') {
  const res = await apiFetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  await res.arrayBuffer();
  return res.status;
}

async function call(method: string, path: string, headers: Record<string, string> = {}): Promise<Outcome> {
  const res = await apiFetch(`${api.url}${path}`, { method, headers });
  await res.arrayBuffer();
  return res.status;
}

/**
 * Writes `chunks` on a raw connection (pausing `gapMs` between them) and reads until the server
 * closes it or `timeoutMs` passes; answers the status of the first response.
 */
async function raw(chunks: Array<string | Buffer>, gapMs = 0, timeoutMs = 10_000): Promise<Outcome> {
  const { port } = new URL(api.url);
  const socket = connect(Number(port), '127.0.0.1');
  let received = '';
  socket.on('data', (d: Buffer) => {
    received += d.toString('latin1');
  });
  const ended = new Promise<void>((resolve) => {
    socket.once('close', () => resolve());
    socket.once('error', () => resolve());
  });
  const timer = setTimeout(() => socket.destroy(), timeoutMs);
  try {
    for (const chunk of chunks) {
      if (socket.destroyed) break;
      socket.write(chunk);
      if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
    }
    // Enough time for an answer, then give up on the connection.
    await Promise.race([ended, new Promise((r) => setTimeout(r, 2_000))]);
  } finally {
    clearTimeout(timer);
    socket.destroy();
  }
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1];
  return status ? Number(status) : 'closed';
}

const host = () => `Host: 127.0.0.1:${new URL(api.url).port}`;
const auth = () => `Authorization: Bearer ${token}`;
/** A well-formed request head for POST /api/queries with these extra header lines. */
const head = (...lines: string[]) =>
  `${['POST /api/queries HTTP/1.1', host(), auth(), ...lines].join('\r\n')}\r\n\r\n`;
const withBytes = (before: string, bytes: number[], after: string) =>
  Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);
const deep = (depth: number, open: string, close: string, inner = '1') =>
  open.repeat(depth) + inner + close.repeat(depth);

interface Case {
  name: string;
  run: () => Promise<Outcome>;
  /** Default: a 4xx. */
  ok?: (o: Outcome) => boolean;
}

const is4xx = (o: Outcome) => typeof o === 'number' && o >= 400 && o < 500;
/** Below HTTP: Node's parser answers 400 and closes, or just closes. */
const rejectedByParser = (o: Outcome) => o === 'closed' || is4xx(o);

const cases: Case[] = [
  // Broken encodings.
  { name: 'invalid UTF-8 byte', run: () => post(withBytes('{"question": "a', [0xff], 'b"}')) },
  { name: 'overlong UTF-8', run: () => post(withBytes('{"question": "a', [0xc0, 0xaf], 'b"}')) },
  {
    name: 'UTF-8-encoded surrogate',
    run: () => post(withBytes('{"question": "a', [0xed, 0xa0, 0x80], '"}')),
  },
  { name: 'truncated UTF-8 at the end', run: () => post(withBytes('{"question": "ab"}', [0xe2, 0x82], '')) },
  {
    name: 'charset=latin1',
    run: () => post('{"question": "caf\u00e9"}', { 'content-type': 'application/json; charset=latin1' }),
  },
  {
    name: 'UTF-16LE body declared as such',
    run: () =>
      post(Buffer.from('\ufeff{"question": "how many"}', 'utf16le'), {
        'content-type': 'application/json; charset=utf-16',
      }),
  },
  { name: 'UTF-16LE body, no charset', run: () => post(Buffer.from('{"question": "how many"}', 'utf16le')) },
  {
    name: 'UTF-32 byte order mark',
    run: () => post(withBytes('', [0xff, 0xfe, 0x00, 0x00], '{"question":"x"}')),
  },
  {
    name: 'gzip body (Content-Encoding)',
    run: () => post(gzipSync('{"question": "How many transactions today?"}'), { 'content-encoding': 'gzip' }),
  },
  { name: 'invalid \\u escape', run: () => post('{"question": "bad \\uZZZZ escape"}') },
  { name: 'raw control character in a string', run: () => post('{"question": "a\u0001b"}') },
  // Unicode that must be refused.
  {
    name: 'only zero-width characters',
    run: () => post(JSON.stringify({ question: '\u200b\u200d\ufeff\u2060' })),
  },
  { name: 'lone surrogate escape', run: () => post('{"question": "x \\ud83d y"}') },
  { name: 'NUL escape', run: () => post('{"question": "x \\u0000 y"}') },
  {
    name: '2001 emoji (4002 UTF-16 units)',
    run: () => post(JSON.stringify({ question: '📈'.repeat(2001) })),
  },
  {
    name: '2001 letters behind zero-width characters',
    run: () => post(JSON.stringify({ question: 'a\u200b'.repeat(2001) })),
  },
  // Deep, odd and oversized JSON.
  { name: 'arrays nested 5 000 deep', run: () => post(deep(5_000, '[', ']')) },
  {
    name: 'objects nested 2 000 deep as the question',
    run: () => post(`{"question": ${deep(2_000, '{"a":', '}')}}`),
  },
  {
    name: 'deep JSON with a zero-width escape (rewritten body path)',
    run: () => post(`{"question": "\\u200b", "x": ${deep(3_000, '[', ']')}}`),
  },
  { name: 'body over the limit', run: () => post(JSON.stringify({ question: 'z'.repeat(64 * 1024) })) },
  {
    name: 'chunked body over the limit',
    run: () =>
      raw([
        head('Content-Type: application/json', 'Transfer-Encoding: chunked'),
        `10000\r\n${'x'.repeat(0x10000)}\r\n0\r\n\r\n`,
      ]),
  },
  {
    name: '1 000 unknown keys',
    run: () =>
      post(JSON.stringify(Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`k${i}`, i])))),
  },
  { name: 'max_rows 1e999', run: () => post('{"question": "How many?", "options": {"max_rows": 1e999}}') },
  { name: 'question is an array', run: () => post('{"question": ["How many?"]}') },
  { name: 'question is an object', run: () => post('{"question": {"text": "How many?"}}') },
  { name: 'question is null', run: () => post('{"question": null}') },
  { name: 'empty body', run: () => post('') },
  { name: 'body "null"', run: () => post('null') },
  { name: 'trailing garbage', run: () => post('{"question": "How many?"} junk') },
  { name: 'JSON with comments', run: () => post('{"question": "How many?" /* hi */}') },
  { name: '__proto__ key', run: () => post('{"__proto__": {"role": "admin"}, "question": "How many?"}') },
  // Huge headers and URLs.
  { name: '20 KB header', run: () => call('GET', '/api/queries', { 'x-big': 'a'.repeat(20 * 1024) }) },
  {
    name: '100 KB Authorization',
    run: () => call('GET', '/api/queries', { authorization: `Bearer ${'a'.repeat(100 * 1024)}` }),
  },
  {
    name: '3 000 headers',
    run: () =>
      raw([
        `${['GET /api/health HTTP/1.1', host(), ...Array.from({ length: 3_000 }, (_, i) => `x-h${i}: ${i}`)].join('\r\n')}\r\n\r\n`,
      ]),
    ok: rejectedByParser,
  },
  { name: '20 KB URL', run: () => call('GET', `/api/queries/${'a'.repeat(20 * 1024)}`) },
  { name: '30 KB cookie', run: () => call('GET', '/api/queries', { cookie: `c=${'v'.repeat(30 * 1024)}` }) },
  // Bad content types.
  { name: 'text/plain', run: () => post('{"question": "How many?"}', { 'content-type': 'text/plain' }) },
  {
    name: 'form-urlencoded',
    run: () => post('question=How+many', { 'content-type': 'application/x-www-form-urlencoded' }),
  },
  {
    name: 'multipart/form-data',
    run: () =>
      post('--b\r\nContent-Disposition: form-data; name="question"\r\n\r\nHow many?\r\n--b--\r\n', {
        'content-type': 'multipart/form-data; boundary=b',
      }),
  },
  { name: 'no content type', run: () => raw([head('Content-Length: 2'), '{}']) },
  {
    name: 'a list of content types',
    run: () => post('{"question": "x"}', { 'content-type': 'text/html, application/json' }),
  },
  {
    name: 'application/jsonx',
    run: () => post('{"question": "x"}', { 'content-type': 'application/jsonx' }),
  },
  // Wrong methods and paths.
  { name: 'PUT /api/queries', run: () => call('PUT', '/api/queries') },
  { name: 'DELETE /api/queries', run: () => call('DELETE', '/api/queries') },
  { name: 'PATCH a job', run: () => call('PATCH', `/api/queries/${doneJob}`) },
  { name: 'DELETE a job', run: () => call('DELETE', `/api/queries/${doneJob}`) },
  { name: 'POST /api/health', run: () => call('POST', '/api/health') },
  { name: 'GET the cancel route', run: () => call('GET', `/api/queries/${doneJob}/cancel`) },
  { name: 'OPTIONS with CORS closed', run: () => call('OPTIONS', '/api/queries') },
  {
    name: 'TRACE',
    run: () => raw([`TRACE /api/queries HTTP/1.1\r\n${host()}\r\n\r\n`]),
    ok: rejectedByParser,
  },
  {
    name: 'CONNECT',
    run: () => raw([`CONNECT 127.0.0.1:22 HTTP/1.1\r\n${host()}\r\n\r\n`]),
    ok: rejectedByParser,
  },
  { name: 'not a job id', run: () => call('GET', '/api/queries/not-a-job') },
  { name: 'broken percent-encoding', run: () => call('GET', '/api/queries/%ZZ%') },
  { name: 'encoded path traversal', run: () => call('GET', '/api/queries/..%2F..%2Fetc%2Fpasswd/events') },
  { name: 'limit=abc', run: () => call('GET', '/api/queries?limit=abc') },
  { name: 'limit=-1', run: () => call('GET', '/api/queries?limit=-1') },
  { name: 'limit=1e309', run: () => call('GET', '/api/queries?limit=1e309') },
  { name: 'a forged cursor', run: () => call('GET', '/api/queries?cursor=eyJub3QiOiJhIGN1cnNvciJ9') },
  // Credentials.
  { name: 'no Authorization', run: () => call('GET', '/api/queries', { authorization: '' }) },
  { name: 'Bearer and nothing', run: () => call('GET', '/api/queries', { authorization: 'Bearer' }) },
  {
    name: 'Basic credentials',
    run: () => call('GET', '/api/queries', { authorization: 'Basic YWRtaW46YWRtaW4=' }),
  },
  {
    name: 'alg none token',
    run: () =>
      call('GET', '/api/queries', {
        authorization: `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x","role":"admin"}').toString('base64url')}.`,
      }),
  },
  {
    name: 'expired token',
    run: async () =>
      call('GET', '/api/queries', {
        authorization: `Bearer ${await signToken({ sub: 'x', role: 'admin' }, { ttlSeconds: -3_600 })}`,
      }),
  },
  {
    name: 'token signed with another secret',
    run: async () =>
      call('GET', '/api/queries', {
        authorization: `Bearer ${await signToken({ sub: 'x', role: 'admin' }, { secret: 'another-secret-0123456789-abcdefghijklmnopq' })}`,
      }),
  },
  // Idempotency keys.
  {
    name: 'unquoted Idempotency-Key',
    run: () => post('{"question": "How many?"}', { 'idempotency-key': 'abc' }),
  },
  {
    name: '300-character Idempotency-Key',
    run: () => post('{"question": "How many?"}', { 'idempotency-key': `"${'k'.repeat(300)}"` }),
  },
  {
    name: 'a list of Idempotency-Keys',
    run: () => post('{"question": "How many?"}', { 'idempotency-key': '"a", "b"' }),
  },
  // Not HTTP, or broken HTTP.
  {
    name: 'binary garbage',
    run: () => raw([Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 10, 13, 10, 13, 10])]),
    ok: rejectedByParser,
  },
  { name: 'an HTTP/2 preface', run: () => raw(['PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n']), ok: rejectedByParser },
  {
    name: 'invalid chunk size',
    run: () =>
      raw([head('Content-Type: application/json', 'Transfer-Encoding: chunked'), 'zz\r\n{}\r\n0\r\n\r\n']),
    ok: rejectedByParser,
  },
  {
    name: 'Content-Length and Transfer-Encoding (smuggling)',
    run: () =>
      raw([
        head('Content-Type: application/json', 'Content-Length: 4', 'Transfer-Encoding: chunked'),
        '0\r\n\r\n',
      ]),
    ok: rejectedByParser,
  },
  {
    name: 'two different Content-Lengths',
    run: () => raw([head('Content-Type: application/json', 'Content-Length: 2', 'Content-Length: 30'), '{}']),
    ok: rejectedByParser,
  },
  {
    name: 'negative Content-Length',
    run: () => raw([head('Content-Length: -5'), '{}']),
    ok: rejectedByParser,
  },
  { name: 'a NUL in a header', run: () => raw([head('X-Evil: a\u0000b')]), ok: rejectedByParser },
  {
    name: 'spaces in the request target',
    run: () => raw([`GET /api/queries/a b c HTTP/1.1\r\n${host()}\r\n\r\n`]),
    ok: rejectedByParser,
  },
  {
    name: 'a body cut off mid-way',
    run: () =>
      raw(
        [head('Content-Type: application/json', 'Content-Length: 1000'), '{"question": "How many tra'],
        0,
        1_000,
      ),
    ok: (o) => o === 'closed' || is4xx(o),
  },
];

/** A bad Last-Event-ID on a finished job: the stream starts over with the snapshot (documented). */
const BAD_EVENT_IDS = [
  'garbage',
  '9999999999999-0',
  '18446744073709551616-0',
  '-1',
  '0-0',
  '1-1-1',
  'history-7',
  `${'9'.repeat(4_000)}-0`,
];

describe('a barrage of malformed requests', () => {
  it(`${cases.length} malformed requests get 4xx, never 5xx, and the API keeps answering`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const errorsBefore = await metricValue(api.url, 'pa_http_requests_total', { status: '5xx' });
    const outcomes: Array<{ name: string; outcome: Outcome | string }> = [];
    for (const c of cases) {
      const outcome = await c.run().catch((err: unknown) => `threw: ${String(err)}`);
      outcomes.push({ name: c.name, outcome });
    }
    const wrong = outcomes.filter((o, i) => {
      if (typeof o.outcome === 'string' && o.outcome.startsWith('threw')) return true;
      return !(cases[i]!.ok ?? is4xx)(o.outcome as Outcome);
    });
    expect(wrong).toEqual([]);
    expectAlive(api.child);
    expect(await metricValue(api.url, 'pa_http_requests_total', { status: '5xx' })).toBe(errorsBefore);
  });

  it('a bad Last-Event-ID starts the stream over with the snapshot and its terminal event', async () => {
    for (const id of BAD_EVENT_IDS) {
      const sse = await openSse(`${api.url}/api/queries/${doneJob}/events`, id);
      expect(sse.status, id).toBe(200);
      const events = await sse.rest(30_000);
      expect(
        events.map((e) => e.event),
        id,
      ).toEqual(['snapshot', 'completed']);
    }
  });

  it('slow bodies hold only their own connections while others are served, then end', async () => {
    // Five clients trickle their bodies a byte at a time; meanwhile ordinary requests are answered.
    const body = '{"question": "How many transactions were there yesterday?"}';
    const slow = Array.from({ length: 5 }, () =>
      raw(
        [
          head('Content-Type: application/json', `Content-Length: ${body.length}`),
          ...body.slice(0, 20).split(''),
        ],
        150,
        6_000,
      ),
    );
    for (let i = 0; i < 5; i++) expect(await call('GET', '/api/health')).toBe(200);
    const { id } = await submit(api.url, 'Top 5 categories by amount in the last 30 days');
    const answered = (await waitForTerminal(api.url, id, 60_000)) as { status: string; error?: unknown };
    expect(answered.status, JSON.stringify(answered.error)).toBe('completed');
    // Each gave up (our timeout) without an answer: the API was still waiting for the rest.
    expect(await Promise.all(slow)).toEqual(slow.map(() => 'closed'));
    expectAlive(api.child);
  });

  // Long form only (the API's request timeout is 30 s, checked every 30 s).
  it.runIf(CHAOS_LONG)(
    'a body trickled for ever is cut by the API: 408, not a connection held for minutes',
    async () => {
      const { port } = new URL(api.url);
      const socket = connect(Number(port), '127.0.0.1');
      let received = '';
      socket.on('data', (d: Buffer) => {
        received += d.toString('latin1');
      });
      let closedByServer = false;
      const closed = new Promise<void>((resolve) =>
        socket.once('close', () => {
          closedByServer = true;
          resolve();
        }),
      );
      socket.on('error', () => {});
      socket.write(head('Content-Type: application/json', 'Content-Length: 10000'));
      const deadline = Date.now() + 120_000;
      while (!closedByServer && Date.now() < deadline) {
        socket.write('x');
        await Promise.race([closed, new Promise((r) => setTimeout(r, 2_000))]);
      }
      socket.destroy();
      expect(closedByServer).toBe(true);
      expect(received).toMatch(/^HTTP\/1\.1 408/);
      expectAlive(api.child);
    },
    180_000,
  );

  it('afterwards the same process answers an ordinary question', async () => {
    const { id } = await submit(api.url, 'Сколько транзакций было вчера?');
    const final = (await waitForTerminal(api.url, id, 60_000)) as { status: string; error?: unknown };
    expect(final.status, JSON.stringify(final.error)).toBe('completed');
    expectAlive(api.child, worker.child);
    expect(await metricValue(api.url, 'pa_http_requests_total', { status: '5xx' })).toBe(0);
  });
});
