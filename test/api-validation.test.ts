import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch } from './support/auth.js';
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

async function post(body: string | Uint8Array, contentType = 'application/json') {
  const res = await apiFetch(`${api.url}/api/queries`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  return {
    status: res.status,
    body: (await res.json()) as { error: { code: string; message: string; request_id: string } },
  };
}

function expectEnvelope(
  body: { error: { code: string; message: string; request_id: string } },
  code: string,
) {
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
  expect(body.error.request_id).toMatch(/.+/);
}

describe('bad input gets a clear 4xx in the error envelope', () => {
  it('invalid JSON → 400 invalid_json', async () => {
    const r = await post('{"question": "how many', 'application/json');
    expect(r.status).toBe(400);
    expectEnvelope(r.body, 'invalid_json');
  });

  it('missing question → 400 validation_failed naming the field', async () => {
    const r = await post(JSON.stringify({ session_id: 'abc' }));
    expect(r.status).toBe(400);
    expectEnvelope(r.body, 'validation_failed');
    expect(JSON.stringify(r.body.error)).toContain('question');
  });

  it('empty and whitespace-only question → 400', async () => {
    for (const question of ['', '   \n\t ']) {
      const r = await post(JSON.stringify({ question }));
      expect(r.status).toBe(400);
      expectEnvelope(r.body, 'validation_failed');
      expect(r.body.error.message).toMatch(/empty/);
    }
  });

  it('5 000-character question → 400 mentioning the 2000 limit', async () => {
    const r = await post(JSON.stringify({ question: 'x'.repeat(5000) }));
    expect(r.status).toBe(400);
    expectEnvelope(r.body, 'validation_failed');
    expect(r.body.error.message).toContain('2000');
  });

  it('a question of exactly 2000 characters is accepted', async () => {
    const res = await apiFetch(`${api.url}/api/queries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'y'.repeat(2000) }),
    });
    expect(res.status).toBe(202);
  });

  it('non-string question and unknown fields → 400', async () => {
    expect((await post(JSON.stringify({ question: 42 }))).status).toBe(400);
    expect((await post(JSON.stringify({ question: 'ok', tenant: 'Kaspi Bank' }))).status).toBe(400);
    expect((await post(JSON.stringify(['how many?']))).status).toBe(400);
  });

  it('wrong content type → 415', async () => {
    const r = await post('question=how+many', 'application/x-www-form-urlencoded');
    expect(r.status).toBe(415);
    expectEnvelope(r.body, 'unsupported_media_type');
    const plain = await post(JSON.stringify({ question: 'how many' }), 'text/plain');
    expect(plain.status).toBe(415);
  });

  it('1 MB body → 413', async () => {
    const r = await post(JSON.stringify({ question: 'z'.repeat(1024 * 1024) }));
    expect(r.status).toBe(413);
    expectEnvelope(r.body, 'payload_too_large');
  });

  it('unknown id → 404 for state and events; malformed id → 404', async () => {
    for (const path of [
      '/api/queries/4b1f3c2e-8d9a-4f6b-9c1e-2a3b4c5d6e7f',
      '/api/queries/4b1f3c2e-8d9a-4f6b-9c1e-2a3b4c5d6e7f/events',
      '/api/queries/not-a-job',
      '/api/queries/..%2F..%2Fetc/events',
    ]) {
      const res = await apiFetch(`${api.url}${path}`);
      expect(res.status, path).toBe(404);
      expectEnvelope((await res.json()) as never, 'not_found');
    }
  });

  it('unknown route → 404 envelope', async () => {
    const res = await apiFetch(`${api.url}/api/nope`);
    expect(res.status).toBe(404);
    expectEnvelope((await res.json()) as never, 'not_found');
  });

  it('accepted question → 202 with Location and links', async () => {
    const res = await apiFetch(`${api.url}/api/queries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ question: 'How many transactions were there yesterday?' }),
    });
    expect(res.status).toBe(202);
    const body = (await res.json()) as {
      id: string;
      status: string;
      links: { self: string; events: string };
    };
    expect(body.status).toBe('queued');
    expect(res.headers.get('location')).toBe(`/api/queries/${body.id}`);
    expect(body.links.events).toBe(`/api/queries/${body.id}/events`);
    const state = (await (await apiFetch(`${api.url}${body.links.self}`)).json()) as {
      status: string;
      question: string;
    };
    expect(state.status).toBe('queued');
    expect(state.question).toBe('How many transactions were there yesterday?');
  });

  it('the same Idempotency-Key returns the same job', async () => {
    const send = () =>
      apiFetch(`${api.url}/api/queries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': '"retry-me-1"' },
        body: JSON.stringify({ question: 'How many transactions were there today?' }),
      }).then((r) => r.json() as Promise<{ id: string }>);
    const a = await send();
    const b = await send();
    expect(b.id).toBe(a.id);
  });

  it('serves its OpenAPI document', async () => {
    const res = await apiFetch(`${api.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/queries/{id}/events']).toBeDefined();
  });

  it('health and readiness', async () => {
    expect((await apiFetch(`${api.url}/api/health`)).status).toBe(200);
    const ready = await apiFetch(`${api.url}/api/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { checks: unknown }).checks).toEqual({ redis: 'ok', postgres: 'ok' });
  });
});

describe('when Redis is gone', () => {
  it('submitting answers 503 with the envelope quickly, and readiness says why', async () => {
    const dead = await startApi({ ...stackEnv(db.url), REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const started = Date.now();
      const res = await apiFetch(`${dead.url}/api/queries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'How many transactions were there yesterday?' }),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expectEnvelope((await res.json()) as never, 'unavailable');
      expect(Date.now() - started).toBeLessThan(10_000);
      const ready = await apiFetch(`${dead.url}/api/ready`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { checks: { redis: string } }).checks.redis).not.toBe('ok');
      expect((await apiFetch(`${dead.url}/api/health`)).status).toBe(200);
    } finally {
      await dead.close();
    }
  });
});
