import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../env.js';
import { jsonContent } from '../../openapi/schemas.js';

export const getHealthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['health'],
  summary: 'Liveness',
  security: [],
  responses: {
    200: { description: 'Alive', content: jsonContent(z.object({ status: z.literal('ok') })) },
  },
});

/** GET /api/health — liveness (the seed system's path); public. */
export function registerGetHealth(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getHealthRoute, (c) => c.json({ status: 'ok' as const }, 200));
}
