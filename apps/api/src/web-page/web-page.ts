import { buildWebPage, type WebPage } from '@pa/web';
import type { Hono } from 'hono';
import type { AppEnv } from '../env.js';

/** Where the page's bundled files are served (public: auth/authenticate.ts PUBLIC_PREFIXES). */
export const WEB_ASSETS_PREFIX = '/assets';

/**
 * The page runs only its own files: no inline script or style, no other origin. Chart.js draws on
 * a canvas and sets element styles through the DOM, which `style-src 'self'` allows.
 */
export const WEB_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GET / — the analysts' web page (apps/web), and GET /assets/<file> — its bundled script, styles
 * and icon. The bundle is built by esbuild in memory on the first request for either, once per
 * process: no build step to forget, no dist/ to drift from the sources, nothing written to a disk
 * the production image does not let it write. Asset names carry a content hash, so they are cached
 * for a year and the page itself is revalidated. Both are public (the page asks for a token).
 */
export function registerWebPage(app: Hono<AppEnv>): void {
  let built: Promise<WebPage> | undefined;
  const page = (): Promise<WebPage> => {
    built ??= buildWebPage().catch((err: unknown) => {
      built = undefined; // the next request tries again
      throw err;
    });
    return built;
  };

  app.get('/', async (c) => {
    const html = (await page()).html({ devTokens: c.get('deps').config.AUTH_MODE === 'dev' });
    c.header('Content-Security-Policy', WEB_PAGE_CSP);
    c.header('Cache-Control', 'no-cache');
    return c.html(html);
  });
  app.get(`${WEB_ASSETS_PREFIX}/:file`, async (c) => {
    const asset = (await page()).assets.get(c.req.param('file'));
    if (!asset) return c.notFound();
    c.header('Content-Type', asset.contentType);
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(asset.body as Uint8Array<ArrayBuffer>);
  });
}
