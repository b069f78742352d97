import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { swaggerUI } from '@hono/swagger-ui';
import type { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { OPENAPI_PATH } from '../openapi/document.js';

export const DOCS_PATH = '/docs';
/** @hono/swagger-ui loads `${baseUrl}/swagger-ui-dist/<file>`; that is this app, not a CDN. */
export const DOCS_ASSETS_BASE = `${DOCS_PATH}/assets`;
/** The only files of swagger-ui-dist the page loads. */
export const DOCS_ASSET_FILES = ['swagger-ui.css', 'swagger-ui-bundle.js'] as const;

/**
 * GET /docs — Swagger UI for GET /api/openapi.json, working offline: its two
 * files come from the swagger-ui-dist package in node_modules, served under
 * /docs/assets/ (public, like /docs: see auth/authenticate.ts).
 */
export function registerApiDocs(app: Hono<AppEnv>): void {
  const dist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  for (const file of DOCS_ASSET_FILES) {
    app.get(
      `${DOCS_ASSETS_BASE}/swagger-ui-dist/${file}`,
      async (c, next) => {
        c.header('Cache-Control', 'public, max-age=86400');
        await next();
      },
      serveStatic({ path: join(dist, file) }),
    );
  }
  app.get(
    DOCS_PATH,
    swaggerUI({ url: OPENAPI_PATH, baseUrl: DOCS_ASSETS_BASE, title: 'Payments analytics API' }),
  );
}
