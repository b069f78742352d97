import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';

export const listViolationsQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be 1-1000' })
    .max(1000, { error: 'limit must be 1-1000' })
    .default(100),
});

/** GET /api/admin/violations — the latest violations of every user, newest first. */
export function registerListViolations(app: Hono<AppEnv>): void {
  app.get('/violations', async (c) => {
    const parsed = listViolationsQuerySchema.safeParse({ limit: c.req.query('limit') });
    if (!parsed.success) {
      throw new ApiError('validation_failed', parsed.error.issues[0]?.message ?? 'invalid query string');
    }
    return c.json({ items: await c.get('deps').abuse.ledger.recentViolations(parsed.data.limit) });
  });
}
