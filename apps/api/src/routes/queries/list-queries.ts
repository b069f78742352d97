import { listHistory } from '@pa/db';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';

export const listQueriesQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be 1-100' })
    .max(100, { error: 'limit must be 1-100' })
    .default(20),
});

/** GET /api/queries — the caller's bank's latest finished questions (every bank's for an admin). */
export function registerListQueries(app: Hono<AppEnv>): void {
  app.get('/', async (c) => {
    const parsed = listQueriesQuerySchema.safeParse({ limit: c.req.query('limit') });
    if (!parsed.success) {
      throw new ApiError('validation_failed', parsed.error.issues[0]?.message ?? 'invalid query string');
    }
    const rows = await listHistory(c.get('deps').appDb, c.get('caller'), parsed.data.limit);
    return c.json({
      items: rows.map((r) => ({
        id: r.job_id,
        status: r.status,
        question: r.question,
        session_id: r.session_id,
        created_at: r.created_at.toISOString(),
        finished_at: r.finished_at?.toISOString() ?? null,
      })),
    });
  });
}
