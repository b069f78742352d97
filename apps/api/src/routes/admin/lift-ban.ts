import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { liftBanRequestSchema } from '@pa/contracts';
import type { AppEnv } from '../../env.js';
import { jsonBody } from '../../json-body.js';
import { component, errorResponse, jsonContent } from '../../openapi/schemas.js';

export const LiftBanRequestSchema = component(liftBanRequestSchema, 'LiftBanRequest');
export const LiftedBanSchema = z
  .object({ tenant: z.string(), user_id: z.string(), lifted: z.boolean() })
  .openapi('LiftedBan');

export const liftBanRoute = createRoute({
  method: 'post',
  path: '/bans/lift',
  tags: ['admin'],
  summary: "Admins: end a user's ban and clear their strikes",
  middleware: [jsonBody()] as const,
  request: { body: { required: true, content: jsonContent(LiftBanRequestSchema) } },
  responses: {
    200: { description: '`lifted` says whether there was a ban', content: jsonContent(LiftedBanSchema) },
    400: errorResponse('Invalid JSON or body'),
    403: errorResponse('Not an admin'),
    413: errorResponse('Body too large'),
    415: errorResponse('Not JSON'),
  },
});

/**
 * POST /api/admin/bans/lift — ends a user's ban and clears their strikes.
 * Idempotent: `lifted` says whether there was a ban to lift.
 */
export function registerLiftBan(app: OpenAPIHono<AppEnv>): void {
  app.openapi(liftBanRoute, async (c) => {
    const deps = c.get('deps');
    const offender = c.req.valid('json');
    const lifted = await deps.abuse.ledger.liftBan(offender);
    deps.logger.info({ ...offender, lifted, by: c.get('caller').user_id }, 'ban lifted by an admin');
    return c.json({ ...offender, lifted }, 200);
  });
}
