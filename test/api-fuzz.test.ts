import fc from 'fast-check';
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

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/problem+json',
  '',
);

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const bodies = fc.oneof(
  fc.string({ maxLength: 300 }),
  jsonValue.map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        question: fc.oneof(fc.string({ maxLength: 2100 }), jsonValue),
        session_id: fc.oneof(fc.string({ maxLength: 80 }), jsonValue),
        options: fc.oneof(jsonValue, fc.record({ planner: fc.string(), max_rows: fc.integer() })),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
);

describe('whatever a client sends, the API answers 2xx/4xx with the envelope, never 5xx', () => {
  it('POST /api/queries', async () => {
    await fc.assert(
      fc.asyncProperty(
        bodies,
        contentTypes,
        fc.option(fc.string({ maxLength: 140 })),
        async (body, type, key) => {
          const headers: Record<string, string> = {};
          if (type) headers['content-type'] = type;
          if (key !== null && /^[\x20-\x7e]*$/.test(key)) headers['idempotency-key'] = key;
          const res = await apiFetch(`${api.url}/api/queries`, { method: 'POST', headers, body });
          const json = (await res.json()) as { error?: { code: string; request_id: string }; id?: string };
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) {
            expect(json.error?.code).toMatch(/^[a-z_]+$/);
            expect(json.error?.request_id).toBeTruthy();
          } else {
            expect(res.status).toBe(202);
            expect(json.id).toMatch(/^[0-9a-f-]{36}$/);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('job paths, feedback and cancel with arbitrary ids and headers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 60 }),
        fc.constantFrom('', '/events', '/cancel', '/feedback'),
        fc.option(fc.string({ maxLength: 40 })),
        async (rawId, suffix, lastEventId) => {
          const id = encodeURIComponent(rawId);
          const method = suffix === '/cancel' || suffix === '/feedback' ? 'POST' : 'GET';
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (lastEventId !== null && /^[\x20-\x7e]*$/.test(lastEventId))
            headers['last-event-id'] = lastEventId;
          const res = await apiFetch(`${api.url}/api/queries/${id}${suffix}`, {
            method,
            headers,
            ...(method === 'POST' ? { body: '{"rating":"good"}' } : {}),
          });
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          await res.body?.cancel();
        },
      ),
      { numRuns: 150 },
    );
  });
});
