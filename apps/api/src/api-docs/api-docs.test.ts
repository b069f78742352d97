/** Swagger UI at /docs works offline: every file the page loads is served by this app. */
import { describe, expect, it } from 'vitest';
import { backendlessApp } from '../testing/backendless-app.js';

describe('GET /docs', () => {
  const app = backendlessApp();

  it('is Swagger UI for /api/openapi.json, referencing only this server', async () => {
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain("url: '/api/openapi.json'");
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.sort()).toEqual([
      '/docs/assets/swagger-ui-dist/swagger-ui-bundle.js',
      '/docs/assets/swagger-ui-dist/swagger-ui.css',
    ]);
    for (const asset of assets) {
      const file = await app.request(asset);
      expect(file.status, asset).toBe(200);
      expect(file.headers.get('content-type'), asset).toMatch(
        asset.endsWith('.css') ? /text\/css/ : /javascript/,
      );
      expect((await file.arrayBuffer()).byteLength, asset).toBeGreaterThan(10_000);
    }
  });

  it('serves no other file of the package, and needs no token for what it serves', async () => {
    expect((await app.request('/docs/assets/swagger-ui-dist/package.json')).status).toBe(404);
    expect((await app.request('/docs/assets/swagger-ui-dist/../../package.json')).status).toBe(404);
  });
});
