/**
 * Authentication at the front door, through the whole app with app.request():
 * every failure is a 401 in the error envelope with a Bearer challenge, for
 * every operation of the OpenAPI document; public paths stay public. The
 * requests here never get past authentication (or reach only routes that use
 * no backend), so the app runs without Redis and PostgreSQL.
 */
import fc from 'fast-check';
import { sign } from 'hono/jwt';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../openapi/document.js';
import { backendlessApp, UNIT_JWT_SECRET } from '../testing/backendless-app.js';
import { isPublicPath } from './authenticate.js';

const SECRET = UNIT_JWT_SECRET;
const NOW = Math.floor(Date.now() / 1000);

/** The whole app without Redis or PostgreSQL: nothing below authentication is reached by these requests. */
const appWith = backendlessApp;

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const claims = { sub: 'alice', bank: 'Halyk Bank', iat: NOW, exp: NOW + 600 };
const JOB = '4b1f3c2e-8d9a-4f6b-9c1e-2a3b4c5d6e7f';

/** Every (method, path) of the OpenAPI document that needs a token, path parameters filled in. */
function protectedOperations(): Array<{ method: string; path: string }> {
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, { security?: unknown[] }>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => op.security?.length !== 0)
      .map(([method, _op]) => ({ method: method.toUpperCase(), path: path.replace('{id}', JOB) })),
  );
}

const badTokens: Array<[string, () => Promise<string>, RegExp]> = [
  ['no token', async () => '', /Bearer realm="payments-analytics", error="invalid_request"/],
  ['not a bearer credential', async () => 'Basic YWxpY2U6c2VjcmV0', /error="invalid_request"/],
  ['malformed token', async () => 'Bearer not.a.jwt', /error="invalid_token"/],
  ['expired', async () => `Bearer ${await sign({ ...claims, exp: NOW - 3_600 }, SECRET)}`, /expired/],
  ['no exp', async () => `Bearer ${await sign({ ...claims, exp: undefined }, SECRET)}`, /no expiry/],
  ['alg none', async () => `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`, /not accepted/],
  ['wrong key', async () => `Bearer ${await sign(claims, `${SECRET}-other`)}`, /signature/],
  ['no sub', async () => `Bearer ${await sign({ ...claims, sub: undefined }, SECRET)}`, /sub/],
  [
    'unknown bank',
    async () => `Bearer ${await sign({ ...claims, bank: 'Nope Bank' }, SECRET)}`,
    /issuer bank/,
  ],
  [
    'bank "*" without admin',
    async () => `Bearer ${await sign({ ...claims, bank: '*' }, SECRET)}`,
    /issuer bank/,
  ],
  ['unknown role', async () => `Bearer ${await sign({ ...claims, role: 'root' }, SECRET)}`, /role/],
  [
    'bad time zone',
    async () => `Bearer ${await sign({ ...claims, time_zone: 'Mars/Base' }, SECRET)}`,
    /time zone/,
  ],
];

describe('every operation needs a valid token', () => {
  const app = appWith();
  for (const { method, path } of protectedOperations()) {
    for (const [name, header, challenge] of badTokens) {
      it(`${method} ${path}: ${name} → 401`, async () => {
        const authorization = await header();
        const res = await app.request(path, {
          method,
          headers: {
            'content-type': 'application/json',
            'x-request-id': 'req-123',
            ...(authorization ? { authorization } : {}),
          },
          ...(method === 'POST' ? { body: JSON.stringify({ question: 'q', rating: 'good' }) } : {}),
        });
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="payments-analytics", error="/);
        expect(res.headers.get('www-authenticate')).toMatch(challenge);
        const body = (await res.json()) as { error: { code: string; message: string; request_id: string } };
        expect(body.error.code).toBe('unauthorized');
        expect(body.error.message).toMatch(/^Unauthorized: /);
        expect(body.error.request_id).toBe('req-123');
      });
    }
  }

  it('covers every route of the document but the public ones', () => {
    expect(
      protectedOperations()
        .map((o) => `${o.method} ${o.path}`)
        .sort(),
    ).toEqual(
      [
        'GET /api/queries',
        'POST /api/queries',
        'POST /api/query',
        'POST /api/chat',
        'POST /api/context/clear',
        `DELETE /api/sessions/${JOB}`,
        `GET /api/queries/${JOB}`,
        `GET /api/queries/${JOB}/events`,
        `GET /api/queries/${JOB}/result.csv`,
        `POST /api/queries/${JOB}/cancel`,
        `POST /api/queries/${JOB}/feedback`,
        'GET /api/usage',
        'GET /api/admin/bans',
        'POST /api/admin/bans/lift',
        'GET /api/admin/violations',
      ].sort(),
    );
  });

  it('protects paths no route serves too (401, and 404 once authenticated)', async () => {
    expect((await app.request('/api/nope')).status).toBe(401);
    expect((await app.request('/admin/queues')).status).toBe(401);
    const token = await sign(claims, SECRET);
    const res = await app.request('/api/nope', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('lets an admin token through, and one that names the bank in the wrong case not', async () => {
    const admin = await sign({ sub: 'root', role: 'admin', iat: NOW, exp: NOW + 600 }, SECRET);
    expect((await app.request('/api/nope', { headers: { authorization: `Bearer ${admin}` } })).status).toBe(
      404,
    );
    const lower = await sign({ ...claims, bank: 'halyk bank' }, SECRET);
    expect((await app.request('/api/nope', { headers: { authorization: `Bearer ${lower}` } })).status).toBe(
      401,
    );
  });
});

describe('whatever Authorization header arrives', () => {
  it('answers 401 in the envelope, never a 5xx', async () => {
    const app = appWith();
    const segment = fc.string({ maxLength: 60 }).map((t) => Buffer.from(t).toString('base64url'));
    const header = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.tuple(segment, segment, segment).map(([a, b, c]) => `Bearer ${a}.${b}.${c}`),
      fc
        .tuple(fc.jsonValue(), fc.jsonValue())
        .map(([h, p]) => `Bearer ${b64(h)}.${b64(p)}.${Buffer.from('sig').toString('base64url')}`),
      fc
        .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue())
        .map((h) => `Bearer ${b64({ alg: 'HS256', ...h })}.${b64(claims)}.x`),
    );
    await fc.assert(
      fc.asyncProperty(header, async (value) => {
        if (!/^[\x20-\x7e]*$/.test(value)) return; // not a header value fetch can send
        const res = await app.request('/api/queries', { headers: { authorization: value } });
        expect(res.status).toBe(401);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
      }),
      { numRuns: 300 },
    );
  });
});

describe('public paths', () => {
  const app = appWith();

  it('health, the OpenAPI document and metrics need no token', async () => {
    expect((await app.request('/api/health')).status).toBe(200);
    expect((await app.request('/api/openapi.json')).status).toBe(200);
    expect((await app.request('/metrics')).status).toBe(200);
  });

  it('are exactly the listed ones', () => {
    for (const path of [
      '/api/health',
      '/api/ready',
      '/api/openapi.json',
      '/metrics',
      '/docs',
      '/docs/x.css',
      '/admin/queues/login',
      '/admin/queues/session',
    ])
      expect(isPublicPath(path), path).toBe(true);
    for (const path of [
      '/api/queries',
      '/api/health/',
      '/api/healthz',
      '/API/health',
      '/metrics/x',
      '/admin',
      '/admin/queues',
      '/admin/queues/api/queues',
      '/admin/queues/login/x',
    ])
      expect(isPublicPath(path), path).toBe(false);
  });
});

describe('hardening headers', () => {
  it('sets secure headers and echoes a valid X-Request-Id, replacing an invalid one', async () => {
    const app = appWith();
    const res = await app.request('/api/health', { headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const replaced = await app.request('/api/health', { headers: { 'x-request-id': 'bad id\u00e9' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is closed to other origins by default', async () => {
    const app = appWith();
    const res = await app.request('/api/health', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await app.request('/api/queries', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the allow-listed origins only, preflight included, without a token', async () => {
    const app = appWith({ CORS_ORIGINS: 'https://app.example.com' });
    const preflight = await app.request('/api/queries', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const other = await app.request('/api/health', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const denied = await app.request('/api/queries', { headers: { origin: 'https://app.example.com' } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
  });
});
