/**
 * The authentication matrix, generated from the OpenAPI document: for every
 * path and method it lists (a real job id in place of {id}), each kind of bad
 * token gets a 401 in the error envelope with a Bearer challenge, another
 * bank's token gets 404 on the job, and the job's own bank and an admin get
 * the route's answer. A route added to the document without a row in
 * EXPECTED fails here, so no route can skip authentication.
 *
 * Outside the document, on purpose: GET /docs and its files, the web page at
 * / and its files under /assets/ (test/web-page.test.ts), GET
 * /api/openapi.json and /metrics (public: auth/authenticate.ts PUBLIC_PATHS),
 * and the queue dashboard under /admin/queues — an HTML application with
 * bull-board's own JSON API, not an operation of this API. Its 401 / 403 /
 * admin / session-cookie cases are in test/queue-dashboard.test.ts and
 * apps/api/src/queue-dashboard/queue-dashboard.test.ts.
 */
import { sign } from 'hono/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../apps/api/src/openapi/document.js';
import { apiFetch, signToken, TEST_JWT_SECRET } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import {
  type InProcessApi,
  stackEnv,
  startApi,
  startWorker,
  submit,
  waitForTerminal,
} from './support/stack.js';

const ISSUER = 'https://id.test.example';

let db: TestDatabase;
let api: InProcessApi;
let worker: Awaited<ReturnType<typeof startWorker>>;
let jobId: string;
/** The owner's chat sessions that POST /api/context/clear and DELETE /api/sessions/{id} are called on. */
const sessionToClear = 'matrix-clear';
const sessionToDelete = 'matrix-delete';

const now = () => Math.floor(Date.now() / 1000);
const owner = () => signToken({ sub: 'kaspi-analyst', bank: 'Kaspi Bank', iss: ISSUER });
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** Authorization headers that must not authenticate anyone, and what the challenge says. */
const BAD: Record<string, { header: () => Promise<string | null>; error: string }> = {
  'no token': { header: async () => null, error: 'invalid_request' },
  'malformed token': { header: async () => 'Bearer abc.def', error: 'invalid_token' },
  expired: {
    header: async () =>
      `Bearer ${await signToken({ sub: 'x', role: 'admin', iss: ISSUER }, { ttlSeconds: -3_600 })}`,
    error: 'invalid_token',
  },
  'alg none': {
    header: async () =>
      `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', role: 'admin', iss: ISSUER, exp: now() + 600 })}.`,
    error: 'invalid_token',
  },
  'wrong key': {
    header: async () =>
      `Bearer ${await signToken({ sub: 'x', role: 'admin', iss: ISSUER }, { secret: `${TEST_JWT_SECRET}-not` })}`,
    error: 'invalid_token',
  },
  'wrong issuer': {
    header: async () => `Bearer ${await signToken({ sub: 'x', role: 'admin', iss: 'https://evil.example' })}`,
    error: 'invalid_token',
  },
  'HS256 token for an alg this server does not take': {
    header: async () =>
      `Bearer ${await sign({ sub: 'x', role: 'admin', iss: ISSUER, exp: now() + 600 }, TEST_JWT_SECRET, 'HS512')}`,
    error: 'invalid_token',
  },
};

/** What the job's own bank and an admin get from each operation on the (completed) job; `owner` when the bank gets another answer than the admin (admin-only routes). */
const EXPECTED: Record<string, { status: number; otherBank: number; owner?: number }> = {
  'GET /api/queries': { status: 200, otherBank: 200 },
  'POST /api/queries': { status: 202, otherBank: 202 },
  'POST /api/query': { status: 200, otherBank: 200 },
  'POST /api/chat': { status: 200, otherBank: 200 },
  // Sessions belong to one caller: another bank's analyst and an admin have no such session.
  'POST /api/context/clear': { status: 404, otherBank: 404, owner: 200 },
  'DELETE /api/sessions/{id}': { status: 404, otherBank: 404, owner: 204 },
  'GET /api/queries/{id}': { status: 200, otherBank: 404 },
  'GET /api/queries/{id}/events': { status: 200, otherBank: 404 },
  'GET /api/queries/{id}/result.csv': { status: 200, otherBank: 404 },
  'POST /api/queries/{id}/cancel': { status: 409, otherBank: 404 },
  'POST /api/queries/{id}/feedback': { status: 201, otherBank: 404 },
  'GET /api/health': { status: 200, otherBank: 200 },
  'GET /api/ready': { status: 200, otherBank: 200 },
  // Public, and only in AUTH_MODE=dev for a client on this machine: 404 here (AUTH_MODE=jwt); test/web-page.test.ts covers dev mode.
  'POST /api/dev/token': { status: 404, otherBank: 404 },
  'GET /api/usage': { status: 200, otherBank: 403, owner: 403 },
  'GET /api/admin/bans': { status: 200, otherBank: 403, owner: 403 },
  'POST /api/admin/bans/lift': { status: 200, otherBank: 403, owner: 403 },
  'GET /api/admin/violations': { status: 200, otherBank: 403, owner: 403 },
};

type Operation = { key: string; method: string; template: string; isPublic: boolean };
const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, { security?: unknown[] }>> };
const operations: Operation[] = Object.entries(doc.paths).flatMap(([template, ops]) =>
  Object.entries(ops).map(([method, op]) => ({
    key: `${method.toUpperCase()} ${template}`,
    method: method.toUpperCase(),
    template,
    isPublic: op.security?.length === 0,
  })),
);

function call(op: Operation, authorization: string | null): Promise<Response> {
  const body =
    op.template === '/api/queries' || op.template === '/api/query'
      ? JSON.stringify({ question: 'How many transactions today?' })
      : op.template === '/api/chat'
        ? JSON.stringify({ message: 'How many transactions today?' })
        : op.template === '/api/context/clear'
          ? JSON.stringify({ session_id: sessionToClear })
          : op.template === '/api/admin/bans/lift'
            ? JSON.stringify({ tenant: 'Kaspi Bank', user_id: 'nobody' })
            : JSON.stringify({ rating: 'good' });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization) headers.authorization = authorization;
  // Plain fetch: these requests carry exactly the credentials under test.
  const id = op.template.startsWith('/api/sessions/') ? sessionToDelete : jobId;
  return fetch(`${api.url}${op.template.replace('{id}', id)}`, {
    method: op.method,
    headers,
    ...(op.method === 'POST' ? { body } : {}),
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  const env = stackEnv(db.url, { JWT_ISSUER: ISSUER });
  api = await startApi(env);
  worker = await startWorker(env);
  const token = await owner();
  jobId = (await submit(api.url, 'How many transactions were there yesterday?', {}, token)).id;
  expect(((await waitForTerminal(api.url, jobId, 30_000, token)) as { status: string }).status).toBe(
    'completed',
  );
  for (const session_id of [sessionToClear, sessionToDelete]) {
    const res = await fetch(`${api.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ message: 'Hello', session_id }),
    });
    expect(res.status).toBe(200);
  }
});
afterAll(async () => {
  await worker?.close();
  await api?.close();
  await db?.drop();
});

describe('the matrix covers the document', () => {
  it('has an expectation for every operation, and only for operations the document lists', () => {
    expect(operations.map((o) => o.key).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(operations.filter((o) => o.isPublic).map((o) => o.key)).toEqual([
      'GET /api/health',
      'GET /api/ready',
      'POST /api/dev/token',
    ]);
  });
});

describe.each(operations.filter((o) => !o.isPublic))('$key', (op) => {
  it.each(Object.keys(BAD))('%s → 401 with the envelope and a Bearer challenge', async (kind) => {
    const bad = BAD[kind]!;
    const res = await call(op, await bad.header());
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(
      new RegExp(`^Bearer realm="payments-analytics", error="${bad.error}"`),
    );
    const body = (await res.json()) as { error: { code: string; message: string; request_id: string } };
    expect(body.error.code).toBe('unauthorized');
    expect(body.error.message).toMatch(/^Unauthorized: /);
    expect(body.error.request_id).toBe(res.headers.get('x-request-id'));
  });

  it("another bank's token → the job stays hidden (404 envelope)", async () => {
    const other = await signToken({ sub: 'halyk-analyst', bank: 'Halyk Bank', iss: ISSUER });
    const res = await call(op, `Bearer ${other}`);
    expect(res.status).toBe(EXPECTED[op.key]!.otherBank);
    if (res.status === 404) {
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    } else if (op.key === 'GET /api/queries') {
      const items = ((await res.json()) as { items: Array<{ id: string }> }).items;
      expect(items.map((i) => i.id)).not.toContain(jobId);
    } else {
      await res.body?.cancel();
    }
  });

  it.each([
    ['the owning bank', owner, 'owner'],
    ['an admin', () => signToken({ sub: 'root', role: 'admin', iss: ISSUER }), 'admin'],
  ])('%s → the route answers', async (_who, token, who) => {
    const res = await call(op, `Bearer ${await token()}`);
    const expected = EXPECTED[op.key]!;
    expect(res.status).toBe(who === 'owner' ? (expected.owner ?? expected.status) : expected.status);
    if (op.key === 'GET /api/queries') {
      const items = ((await res.json()) as { items: Array<{ id: string }> }).items;
      expect(items.map((i) => i.id)).toContain(jobId);
    } else {
      await res.body?.cancel();
    }
  });
});

describe.each(operations.filter((o) => o.isPublic))('$key (public)', (op) => {
  it('answers without a token, and a bad token does not matter', async () => {
    expect((await call(op, null)).status).toBe(EXPECTED[op.key]!.status);
    expect((await call(op, 'Bearer junk')).status).toBe(EXPECTED[op.key]!.status);
  });
});

it('a token without an issuer → 401 when JWT_ISSUER is set', async () => {
  // apiFetch's default admin token names no issuer.
  const res = await apiFetch(`${api.url}/api/queries/${jobId}`);
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toMatch(/issuer/);
});
