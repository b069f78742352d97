import { canSeeTenant, feedbackRequestSchema } from '@pa/contracts';
import { addExample, findHistory, recordQuestionFeedback } from '@pa/db';
import { guardSql } from '@pa/sql-guard';
import type { Hono } from 'hono';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { isJobId, loadJob } from '../../job-view.js';
import { parseJsonBody } from '../../read-json-body.js';

/**
 * POST /api/queries/:id/feedback — rate an answer. A "good" answer whose SQL
 * the guard accepts again becomes a few-shot example for LLM planners of the
 * rater's bank only; an admin's (tenant '*') is shared with every bank.
 */
export function registerSubmitFeedback(app: Hono<AppEnv>): void {
  app.post('/:id/feedback', async (c) => {
    const deps = c.get('deps');
    const id = c.req.param('id');
    const body = await parseJsonBody(c, feedbackRequestSchema);
    const caller = c.get('caller');
    const row = isJobId(id) ? await findHistory(deps.appDb, id) : null;
    if (!row || !canSeeTenant(caller, row.tenant)) {
      // A job still running has no history row yet; a finished one always has. Another bank's
      // running job is as unknown as a job that never existed.
      const running = (await loadJob(deps, id, caller)) !== null;
      if (running)
        throw new ApiError('conflict', 'The question has not been answered yet; rate it once it completes.');
      throw new ApiError('not_found', `No question with id ${id}.`);
    }
    if (row.status !== 'completed' || !row.sql) {
      throw new ApiError('conflict', `Only answered questions can be rated; this one is ${row.status}.`);
    }
    await recordQuestionFeedback(deps.appDb, {
      jobId: id,
      rating: body.rating,
      comment: body.comment ?? null,
      caller,
    });
    let exampleAdded = false;
    if (body.rating === 'good' && guardSql(row.sql).allowed) {
      exampleAdded = await addExample(deps.appDb, {
        question: row.question,
        sql: row.sql,
        language: row.result?.language ?? null,
        source: 'feedback',
        tenant: caller.tenant,
      });
    }
    return c.json({ id, rating: body.rating, example_added: exampleAdded }, 201);
  });
}
