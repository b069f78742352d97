import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../env.js';
import { ApiError } from '../errors.js';
import { requireAdmin } from '../routes/admin/require-admin.js';
import { registerDashboardLogin } from './dashboard-login.js';
import { DASHBOARD_PATH } from './dashboard-session.js';

/**
 * /admin/queues — the BullMQ dashboard (@bull-board/hono) over the question
 * queue, with its static files served by this app. Admins only: no
 * credentials → 401, another role → 403 (both in the error envelope). A
 * browser signs in at /admin/queues/login (dashboard-login.ts).
 */
export function registerQueueDashboard(app: Hono<AppEnv>, deps: AppDeps): void {
  app.use(DASHBOARD_PATH, sameOriginWrites());
  app.use(`${DASHBOARD_PATH}/*`, sameOriginWrites());
  // Registered before the board, whose admin check would otherwise run in front of the sign-in form.
  registerDashboardLogin(app);

  const board = new Hono<AppEnv>();
  board.use(requireAdmin());
  // Built on the first admin's visit: creating the app touches neither the queue nor the disk.
  let dashboard: Hono | undefined;
  board.all('*', async (c) => {
    dashboard ??= bullBoard(deps);
    const res = await dashboard.fetch(c.req.raw, c.env);
    if (!res.headers.get('content-type')?.startsWith('text/html')) return res;
    // The page's one outside file is a web font; without it the page falls back to the system font,
    // and an admin's browser tells no third party when the dashboard is opened.
    const html = (await res.text()).replace(/<link [^>]*href="https:\/\/fonts\.googleapis\.com\/[^>]*>/g, '');
    return c.html(html, res.status as 200);
  });
  app.route(DASHBOARD_PATH, board);
}

/** bull-board's own app, its routes under DASHBOARD_PATH; its errors go to this app's onError. */
function bullBoard(deps: AppDeps): Hono {
  const adapter = new HonoAdapter(serveStatic).setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: [new BullMQAdapter(deps.queue)],
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Questions queue' } },
  });
  const app = new Hono().route(DASHBOARD_PATH, adapter.registerPlugin());
  app.onError((err) => {
    throw err;
  });
  return app;
}

/**
 * The dashboard can retry, promote and delete jobs. Its cookie is
 * SameSite=Strict already; a browser's request that changes something must
 * also come from the dashboard's own pages (Sec-Fetch-Site), so another site
 * cannot make an admin's browser act.
 */
function sameOriginWrites(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const site = c.req.header('sec-fetch-site');
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && site && site !== 'same-origin') {
      throw new ApiError('forbidden', 'The queue dashboard accepts changes only from its own pages.');
    }
    await next();
  };
}
