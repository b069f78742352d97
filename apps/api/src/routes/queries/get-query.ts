import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { jobSnapshotSchema } from '@pa/contracts';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { loadJob } from '../../job-view.js';
import { component, errorResponse, jobIdParams, jsonContent } from '../../openapi/schemas.js';

export const JobSnapshotSchema = component(jobSnapshotSchema, 'JobSnapshot');

export const getQueryRoute = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['queries'],
  summary: 'The job: state, stage, result or error',
  request: { params: jobIdParams },
  responses: {
    200: { description: 'The job', content: jsonContent(JobSnapshotSchema) },
    404: errorResponse('No such job'),
  },
});

/** GET /api/queries/:id — the job's current state, and its result once completed. */
export function registerGetQuery(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getQueryRoute, async (c) => {
    const { id } = c.req.valid('param');
    const view = await loadJob(c.get('deps'), id, c.get('caller'));
    if (!view) throw new ApiError('not_found', `No question with id ${id}.`);
    return c.json(view.snapshot, 200);
  });
}
