import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { listHistory } from '@pa/db';
import type { AppEnv } from '../../env.js';
import { errorResponse, jsonContent } from '../../openapi/schemas.js';

export const listQueriesQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be 1-100' })
    .max(100, { error: 'limit must be 1-100' })
    .default(20),
});

export const QueryListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        status: z.string(),
        question: z.string(),
        session_id: z.string().nullable(),
        created_at: z.string(),
        finished_at: z.string().nullable(),
      }),
    ),
  })
  .openapi('QueryList');

export const listQueriesRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['queries'],
  summary: "The latest finished questions of the caller's bank (every bank's for an admin)",
  request: { query: listQueriesQuerySchema },
  responses: {
    200: { description: 'Newest first', content: jsonContent(QueryListSchema) },
    400: errorResponse('Invalid limit'),
  },
});

/** GET /api/queries — the caller's bank's latest finished questions (every bank's for an admin). */
export function registerListQueries(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listQueriesRoute, async (c) => {
    const rows = await listHistory(c.get('deps').appDb, c.get('caller'), c.req.valid('query').limit);
    return c.json(
      {
        items: rows.map((r) => ({
          id: r.job_id,
          status: r.status,
          question: r.question,
          session_id: r.session_id,
          created_at: r.created_at.toISOString(),
          finished_at: r.finished_at?.toISOString() ?? null,
        })),
      },
      200,
    );
  });
}
