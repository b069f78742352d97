import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { withTimeout } from '@pa/queue';
import type { AppEnv } from '../../env.js';
import { jsonContent } from '../../openapi/schemas.js';

export const ReadinessSchema = z
  .object({
    status: z.enum(['ready', 'unavailable']),
    checks: z.object({ redis: z.string(), postgres: z.string() }),
  })
  .openapi('Readiness');

export const getReadyRoute = createRoute({
  method: 'get',
  path: '/ready',
  tags: ['health'],
  summary: 'Readiness: Redis and PostgreSQL reachable',
  security: [],
  responses: {
    200: { description: 'Ready', content: jsonContent(ReadinessSchema) },
    503: { description: 'A dependency is unreachable', content: jsonContent(ReadinessSchema) },
  },
});

/** GET /api/ready — Redis and PostgreSQL answer within a second or two; public. */
export function registerGetReady(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getReadyRoute, async (c) => {
    const deps = c.get('deps');
    const [redis, postgres] = await Promise.all([
      withTimeout(deps.redis.ping(), 1_000, 'redis ping')
        .then(() => 'ok')
        .catch((err: Error) => err.message),
      withTimeout(deps.appDb.query('SELECT 1'), 2_000, 'postgres ping')
        .then(() => 'ok')
        .catch((err: Error) => err.message),
    ]);
    const checks = { redis, postgres };
    return redis === 'ok' && postgres === 'ok'
      ? c.json({ status: 'ready' as const, checks }, 200)
      : c.json({ status: 'unavailable' as const, checks }, 503);
  });
}
