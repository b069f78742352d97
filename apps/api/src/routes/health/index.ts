import { withTimeout } from '@pa/queue';
import { Hono } from 'hono';
import type { AppEnv } from '../../env.js';

/** GET /api/health (liveness, the seed system's path) and GET /api/ready (dependencies reachable). */
export function healthRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/ready', async (c) => {
    const deps = c.get('deps');
    const [redis, postgres] = await Promise.all([
      withTimeout(deps.redis.ping(), 1_000, 'redis ping')
        .then(() => 'ok')
        .catch((err: Error) => err.message),
      withTimeout(deps.appDb.query('SELECT 1'), 2_000, 'postgres ping')
        .then(() => 'ok')
        .catch((err: Error) => err.message),
    ]);
    const ready = redis === 'ok' && postgres === 'ok';
    return c.json(
      { status: ready ? 'ready' : 'unavailable', checks: { redis, postgres } },
      ready ? 200 : 503,
    );
  });
  return app;
}
