/**
 * The queue dashboard refuses everyone but admins, in the error envelope,
 * before bull-board (or the queue) is touched. What an admin sees, and the
 * session cookie a browser uses, need Redis: test/queue-dashboard.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { backendlessApp, unitBearer } from '../testing/backendless-app.js';

type Envelope = { error: { code: string; message: string; request_id: string } };

describe('/admin/queues without an admin', () => {
  const app = backendlessApp();

  it.each(['/admin/queues', '/admin/queues/', '/admin/queues/api/queues', '/admin/queues/static/x.js'])(
    '%s: no token → 401 pointing at the sign-in page; an analyst → 403',
    async (path) => {
      const anonymous = await app.request(path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer /);
      const body = (await anonymous.json()) as Envelope;
      expect(body.error.code).toBe('unauthorized');
      expect(body.error.message).toContain('/admin/queues/login');

      const analyst = await app.request(path, { headers: await unitBearer('analyst') });
      expect(analyst.status).toBe(403);
      expect(((await analyst.json()) as Envelope).error.code).toBe('forbidden');
    },
  );

  it('the sign-in page is public, self-contained, and posts the token in the body', async () => {
    const res = await app.request('/admin/queues/login');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<form method="post" action="/admin/queues/session">');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('an analyst cannot open a session (403), a bad token gets 401', async () => {
    const analyst = await app.request('/admin/queues/session', {
      method: 'POST',
      headers: await unitBearer('analyst'),
    });
    expect(analyst.status).toBe(403);
    expect(analyst.headers.get('set-cookie')).toBeNull();
    const junk = await app.request('/admin/queues/session', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'token=abc.def.ghi',
    });
    expect(junk.status).toBe(401);
    expect(((await junk.json()) as Envelope).error.code).toBe('unauthorized');
  });

  it("another site's form cannot post to the dashboard (Sec-Fetch-Site)", async () => {
    const res = await app.request('/admin/queues/session', {
      method: 'POST',
      headers: { ...(await unitBearer('admin')), 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
