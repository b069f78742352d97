import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { presentationOf, presentedJobSnapshotSchema, presentSnapshot } from '@pa/contracts';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { loadJob } from '../../job-view.js';
import {
  component,
  errorResponse,
  jobIdParams,
  jsonContent,
  presentationQuery,
} from '../../openapi/schemas.js';

export const JobSnapshotSchema = component(presentedJobSnapshotSchema, 'JobSnapshot');

export const getQueryRoute = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['queries'],
  summary: 'The job: state, stage, result or error',
  description:
    '`output_type`, `include_sql` and `include_analysis` trim the result as on POST /api/query (absent: everything).',
  request: { params: jobIdParams, query: presentationQuery },
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
    return c.json(presentSnapshot(view.snapshot, presentationOf(c.req.valid('query'))), 200);
  });
}
