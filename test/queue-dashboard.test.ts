/**
 * The BullMQ dashboard at /admin/queues (bull-board) over the question queue,
 * against real Redis: an admin's bearer token opens it, with its static files
 * served by the API itself; a browser trades an admin token for a short
 * session cookie at /admin/queues/session and uses the dashboard with that
 * cookie alone, until it signs out. It is not an operation of the OpenAPI
 * document (an HTML application with bull-board's own JSON API), so the auth
 * matrix does not list it; apps/api/src/queue-dashboard/queue-dashboard.test.ts
 * covers 401/403 without a backend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, bankToken, bearer, signToken } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { type InProcessApi, stackEnv, startApi, submit } from './support/stack.js';

let db: TestDatabase;
let api: InProcessApi;
let queueName: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const env = stackEnv(db.url);
  api = await startApi(env);
  // No worker: the question waits in the queue, where the dashboard shows it.
  await submit(api.url, 'How many transactions were there yesterday?', {}, await adminToken());
  queueName = env.QUEUE_NAME ?? 'questions';
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const cookieOf = (res: Response) =>
  /pa_queues_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];

describe('an admin with a bearer token', () => {
  it('gets the dashboard page, every static file it references, and the queue through its API', async () => {
    const headers = bearer(await adminToken());
    const page = await fetch(`${api.url}/admin/queues`, { headers });
    expect(page.status).toBe(200);
    const html = await page.text();
    const base = new URL(/<base href="([^"]+)"/.exec(html)?.[1] ?? '/', api.url);
    expect(base.pathname).toBe('/admin/queues/');
    const assets = [...html.matchAll(/<(?:script|link)[^>]*(?:src|href)="([^"]+)"/g)]
      .map((m) => new URL(m[1]!, base))
      .filter((u) => u.protocol !== 'data:');
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) {
      // Nothing from another server (bull-board's web-font link is taken out).
      expect(asset.origin, asset.href).toBe(new URL(api.url).origin);
      expect(asset.pathname).toMatch(/^\/admin\/queues\//);
      const file = await fetch(asset, { headers });
      expect(file.status, asset.href).toBe(200);
      await file.arrayBuffer();
    }
    const queues = await fetch(`${api.url}/admin/queues/api/queues`, { headers });
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: Array<{ name: string; counts: Record<string, number> }> };
    expect(body.queues.map((q) => q.name)).toEqual([queueName]);
    expect(body.queues[0]!.counts.waiting).toBeGreaterThanOrEqual(1);
  });

  it('an analyst token gets 403 in the envelope', async () => {
    const res = await fetch(`${api.url}/admin/queues/api/queues`, {
      headers: bearer(await bankToken('Halyk Bank')),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  });
});

describe('a browser signing in', () => {
  it('posts the token from the form, gets a cookie for /admin/queues only, and uses the dashboard with it', async () => {
    const signIn = await fetch(`${api.url}/admin/queues/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ token: await adminToken() }).toString(),
      redirect: 'manual',
    });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/admin/queues');
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/admin\/queues/);
    expect(Number(/Max-Age=(\d+)/.exec(setCookie)?.[1])).toBeLessThanOrEqual(900);
    const cookie = `pa_queues_session=${cookieOf(signIn)}`;

    expect((await fetch(`${api.url}/admin/queues`, { headers: { cookie } })).status).toBe(200);
    const queues = await fetch(`${api.url}/admin/queues/api/queues`, { headers: { cookie } });
    expect(queues.status).toBe(200);
    // The cookie is the dashboard's alone: the API does not take it.
    expect((await fetch(`${api.url}/api/queries`, { headers: { cookie } })).status).toBe(401);

    const signOut = await fetch(`${api.url}/admin/queues/logout`, {
      method: 'POST',
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
      redirect: 'manual',
    });
    expect(signOut.status).toBe(303);
    expect((await fetch(`${api.url}/admin/queues`, { headers: { cookie } })).status).toBe(401);
  });

  it('a session never outlives the token it was opened with', async () => {
    const shortToken = await signToken({ sub: 'short@test', role: 'admin' }, { ttlSeconds: 120 });
    const res = await fetch(`${api.url}/admin/queues/session`, {
      method: 'POST',
      headers: bearer(shortToken),
    });
    expect(res.status).toBe(200);
    const maxAge = Number(/Max-Age=(\d+)/.exec(res.headers.get('set-cookie') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(120);
  });

  it('a made-up or analyst session cookie opens nothing', async () => {
    const made = `pa_queues_session=${'A'.repeat(43)}`;
    expect((await fetch(`${api.url}/admin/queues`, { headers: { cookie: made } })).status).toBe(401);
    const analyst = await fetch(`${api.url}/admin/queues/session`, {
      method: 'POST',
      headers: bearer(await bankToken('Kaspi Bank')),
    });
    expect(analyst.status).toBe(403);
    expect(cookieOf(analyst)).toBeUndefined();
  });
});
