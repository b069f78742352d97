import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { violationRecordSchema } from '@pa/contracts';
import type { AppEnv } from '../../env.js';
import { errorResponse, jsonContent } from '../../openapi/schemas.js';

export const listViolationsQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be 1-1000' })
    .max(1000, { error: 'limit must be 1-1000' })
    .default(100),
});

export const ViolationListSchema = z
  .object({ items: z.array(violationRecordSchema) })
  .openapi('ViolationList');

export const listViolationsRoute = createRoute({
  method: 'get',
  path: '/violations',
  tags: ['admin'],
  summary: 'Admins: the latest abuse violations of every user',
  request: { query: listViolationsQuerySchema },
  responses: {
    200: { description: 'Newest first', content: jsonContent(ViolationListSchema) },
    400: errorResponse('Invalid limit'),
    403: errorResponse('Not an admin'),
  },
});

/** GET /api/admin/violations — the latest violations of every user, newest first. */
export function registerListViolations(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listViolationsRoute, async (c) => {
    const { limit } = c.req.valid('query');
    return c.json({ items: await c.get('deps').abuse.ledger.recentViolations(limit) }, 200);
  });
}
