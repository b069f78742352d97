import type { Hono } from 'hono';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { loadJob } from '../../job-view.js';

/** GET /api/queries/:id — the job's current state, and its result once completed. */
export function registerGetQuery(app: Hono<AppEnv>): void {
  app.get('/:id', async (c) => {
    const view = await loadJob(c.get('deps'), c.req.param('id'), c.get('caller'));
    if (!view) throw new ApiError('not_found', `No question with id ${c.req.param('id')}.`);
    return c.json(view.snapshot);
  });
}
