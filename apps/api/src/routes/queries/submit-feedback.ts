import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { canSeeTenant, feedbackRequestSchema } from '@pa/contracts';
import { addExample, findHistory, recordQuestionFeedback } from '@pa/db';
import { guardSql } from '@pa/sql-guard';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { isJobId, loadJob } from '../../job-view.js';
import { jsonBody } from '../../json-body.js';
import { component, errorResponse, jobIdParams, jsonContent } from '../../openapi/schemas.js';

export const FeedbackRequestSchema = component(feedbackRequestSchema, 'FeedbackRequest');
export const FeedbackRecordedSchema = z
  .object({ id: z.uuid(), rating: z.enum(['good', 'bad']), example_added: z.boolean() })
  .openapi('FeedbackRecorded');

export const submitFeedbackRoute = createRoute({
  method: 'post',
  path: '/{id}/feedback',
  tags: ['queries'],
  summary: 'Rate an answer; good answers become examples for LLM planners',
  middleware: [jsonBody()] as const,
  request: {
    params: jobIdParams,
    body: { required: true, content: jsonContent(FeedbackRequestSchema) },
  },
  responses: {
    201: { description: 'Recorded', content: jsonContent(FeedbackRecordedSchema) },
    400: errorResponse('Invalid JSON or rating'),
    404: errorResponse('No such job'),
    409: errorResponse('Not answered'),
    413: errorResponse('Body too large'),
    415: errorResponse('Not JSON'),
  },
});

/**
 * POST /api/queries/:id/feedback — rate an answer. A "good" answer whose SQL
 * the guard accepts again becomes a few-shot example for LLM planners of the
 * rater's bank only; an admin's (tenant '*') is shared with every bank.
 */
export function registerSubmitFeedback(app: OpenAPIHono<AppEnv>): void {
  app.openapi(submitFeedbackRoute, async (c) => {
    const deps = c.get('deps');
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
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
