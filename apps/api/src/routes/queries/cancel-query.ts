import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { isTerminal } from '@pa/contracts';
import { newHistoryRecord, upsertHistory } from '@pa/db';
import { keys } from '@pa/queue';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { loadJob } from '../../job-view.js';
import { errorResponse, jobIdParams, jsonContent } from '../../openapi/schemas.js';

export const CancelResultSchema = z
  .object({ id: z.uuid(), status: z.enum(['cancelled', 'cancelling']) })
  .openapi('CancelResult');

export const cancelQueryRoute = createRoute({
  method: 'post',
  path: '/{id}/cancel',
  tags: ['queries'],
  summary: 'Cancel a queued or running job',
  request: { params: jobIdParams },
  responses: {
    200: { description: 'Cancelled (it was still queued)', content: jsonContent(CancelResultSchema) },
    202: {
      description: 'Cancelling: a running job stops at its next stage (a model call in flight is aborted)',
      content: jsonContent(CancelResultSchema),
    },
    404: errorResponse('No such job'),
    409: errorResponse('Already finished'),
  },
});

/**
 * POST /api/queries/:id/cancel — a queued job is removed at once; an active
 * one stops at its next stage boundary, or at once while it waits for the
 * model (the worker aborts that call), and the worker publishes `cancelled`.
 */
export function registerCancelQuery(app: OpenAPIHono<AppEnv>): void {
  app.openapi(cancelQueryRoute, async (c) => {
    const deps = c.get('deps');
    const { id } = c.req.valid('param');
    const view = await loadJob(deps, id, c.get('caller'));
    if (!view) throw new ApiError('not_found', `No question with id ${id}.`);
    if (isTerminal(view.snapshot.status)) {
      throw new ApiError('conflict', `The question is already ${view.snapshot.status}.`);
    }
    await deps.redis.set(keys.cancel(deps.names, id), '1', 'EX', deps.config.JOB_EVENTS_TTL_SECONDS);
    const job = await deps.queue.getJob(id);
    const state = job ? await job.getState() : 'unknown';
    if (job && (state === 'waiting' || state === 'delayed' || state === 'prioritized')) {
      // remove() refuses a job a worker has just locked; then the worker sees the flag instead.
      const removed = await job
        .remove()
        .then(() => true)
        .catch(() => false);
      if (removed) {
        const at = new Date();
        // Its slot is freed with the event (never queued long enough to spend tokens).
        await deps.events.append(
          id,
          { type: 'cancelled', at: at.toISOString() },
          { tenant: job.data.caller.tenant, tokens: 0 },
        );
        await upsertHistory(
          deps.appDb,
          newHistoryRecord(id, job.data, { status: 'cancelled', attempts: 0, finishedAt: at }),
        );
        return c.json({ id, status: 'cancelled' as const }, 200);
      }
    }
    return c.json({ id, status: 'cancelling' as const }, 202);
  });
}
