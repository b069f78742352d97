import { isTerminal } from '@pa/contracts';
import { newHistoryRecord, upsertHistory } from '@pa/db';
import { keys } from '@pa/queue';
import type { Hono } from 'hono';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { loadJob } from '../../job-view.js';

/**
 * POST /api/queries/:id/cancel — a queued job is removed at once; an active
 * one stops at its next stage boundary (the worker publishes `cancelled`).
 */
export function registerCancelQuery(app: Hono<AppEnv>): void {
  app.post('/:id/cancel', async (c) => {
    const deps = c.get('deps');
    const id = c.req.param('id');
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
        await deps.events.append(id, { type: 'cancelled', at: at.toISOString() });
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
