import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { banRecordSchema } from '@pa/contracts';
import type { AppEnv } from '../../env.js';
import { errorResponse, jsonContent } from '../../openapi/schemas.js';

export const BanListSchema = z.object({ items: z.array(banRecordSchema) }).openapi('BanList');

export const listBansRoute = createRoute({
  method: 'get',
  path: '/bans',
  tags: ['admin'],
  summary: 'Admins: every ban still running, with the violation that brought it',
  responses: {
    200: { description: 'Soonest end first', content: jsonContent(BanListSchema) },
    403: errorResponse('Not an admin'),
  },
});

/** GET /api/admin/bans — every ban still running, soonest end first, with the violation that brought it. */
export function registerListBans(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listBansRoute, async (c) => {
    return c.json({ items: await c.get('deps').abuse.ledger.activeBans() }, 200);
  });
}
