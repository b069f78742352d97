/**
 * The web page as the API serves it, without a browser: `/` and its files are public, local (no
 * CDN) and load under the page's Content-Security-Policy (no inline script); the development
 * token route exists only in AUTH_MODE=dev and only for this machine. The page in a browser is
 * test/web-browser.test.ts.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { verify } from 'hono/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendlessApp, UNIT_JWT_SECRET } from '../apps/api/src/testing/backendless-app.js';

type App = ReturnType<typeof backendlessApp>;

/** The app on a real socket (the dev token route checks the peer's address). */
async function listen(app: App): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A POST with a Host header of our choosing (fetch does not let one set it). */
function postWithHost(port: number, host: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { host, 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

describe('GET / and its files', () => {
  const app = backendlessApp();

  it('is an HTML page that needs no token, loads only its own files, and sets a strict CSP', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).toContain('data-auth-mode="jwt"');
    expect(html).not.toMatch(/https?:\/\//);
    // Every script is a file of this server; none is inline (the CSP would block it).
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBe(1);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\/assets\//);
      expect(body!.trim()).toBe('');
    }
    const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(files.map((f) => f.replace(/-[A-Za-z0-9]+\./, '-#.')).sort()).toEqual([
      '/assets/app-#.js',
      '/assets/favicon-#.svg',
      '/assets/styles-#.css',
    ]);
    for (const file of files) {
      const asset = await app.request(file);
      expect(asset.status, file).toBe(200);
      expect(asset.headers.get('cache-control'), file).toContain('immutable');
      const type = asset.headers.get('content-type') ?? '';
      expect(type, file).toMatch(
        file.endsWith('.js') ? /javascript/ : file.endsWith('.css') ? /text\/css/ : /svg/,
      );
      const text = await asset.text();
      if (file.endsWith('.js')) {
        // Chart.js is inside the bundle, not fetched from anywhere.
        expect(text).toContain('Chart.js v4');
        expect(text.length).toBeGreaterThan(100_000);
        // The only addresses are in the licence notices; nothing is loaded from them.
        const urls = text.match(/https?:\/\/[^\s"'`)]+/g) ?? [];
        expect(
          urls.every((u) => u.startsWith('https://www.chartjs.org') || u.includes('github.com/kurkle')),
        ).toBe(true);
      }
    }
  });

  it('tells the page when the API hands out development tokens', async () => {
    const dev = backendlessApp({ AUTH_MODE: 'dev' });
    expect(await (await dev.request('/')).text()).toContain('data-auth-mode="dev"');
  });

  it('answers 404 in the error envelope for a file that is not part of the page', async () => {
    for (const path of ['/assets/nope.js', '/assets/..%2fpackage.json', '/assets/app.js']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });
});

describe('POST /api/dev/token', () => {
  let devServer: Awaited<ReturnType<typeof listen>>;
  let jwtServer: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    devServer = await listen(backendlessApp({ AUTH_MODE: 'dev' }));
    jwtServer = await listen(backendlessApp());
  });
  afterAll(async () => {
    await devServer?.close();
    await jwtServer?.close();
  });

  it('does not exist outside development mode (404, whatever the body)', async () => {
    for (const body of ['{}', '{"bank":"nope"}', 'not json']) {
      const res = await fetch(`${jwtServer.url}/api/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });

  it('in development mode hands this machine an admin token valid for an hour, or a bank analyst’s', async () => {
    const admin = await fetch(`${devServer.url}/api/dev/token`, { method: 'POST' });
    expect(admin.status).toBe(200);
    expect(admin.headers.get('cache-control')).toBe('no-store');
    const body = (await admin.json()) as {
      token: string;
      role: string;
      bank: string | null;
      expires_at: string;
    };
    expect(body).toMatchObject({ role: 'admin', bank: null, sub: 'dev-admin' });
    const claims = await verify(body.token, UNIT_JWT_SECRET, 'HS256');
    expect(claims.role).toBe('admin');
    expect(Number(claims.exp) - Number(claims.iat)).toBe(3_600);
    expect(new Date(body.expires_at).getTime()).toBe(Number(claims.exp) * 1000);

    const analyst = await fetch(`${devServer.url}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ bank: 'Kaspi Bank' }),
    });
    const a = (await analyst.json()) as { token: string; role: string };
    expect(a.role).toBe('analyst');
    expect((await verify(a.token, UNIT_JWT_SECRET, 'HS256')).bank).toBe('Kaspi Bank');

    const unknown = await fetch(`${devServer.url}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ bank: 'Bank of Elsewhere' }),
    });
    expect(unknown.status).toBe(400);
  });

  it('refuses a Host that is not localhost (DNS rebinding), and a request with no socket to check', async () => {
    expect(await postWithHost(devServer.port, 'evil.example', '/api/dev/token')).toBe(403);
    expect(await postWithHost(devServer.port, `localhost:${devServer.port}`, '/api/dev/token')).toBe(200);
    const res = await backendlessApp({ AUTH_MODE: 'dev' }).request('/api/dev/token', { method: 'POST' });
    expect(res.status).toBe(403);
  });
});
