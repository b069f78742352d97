import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { resultCsv } from '@pa/contracts';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { loadJob } from '../../job-view.js';
import { errorResponse, jobIdParams } from '../../openapi/schemas.js';

export const getQueryCsvRoute = createRoute({
  method: 'get',
  path: '/{id}/result.csv',
  tags: ['queries'],
  summary: "The answer's rows as a CSV file",
  description:
    'RFC 4180, UTF-8 with a byte-order mark (so that Excel reads Cyrillic and Kazakh), a header of column ' +
    'names, every row (not only the ones in the Markdown table), sent as an attachment.',
  request: { params: jobIdParams },
  responses: {
    200: { description: 'The rows', content: { 'text/csv': { schema: z.string() } } },
    404: errorResponse('No such job'),
    409: errorResponse('The job has no answer (yet): it is still running, failed or was cancelled'),
  },
});

/** GET /api/queries/:id/result.csv — the completed job's rows, for a spreadsheet. */
export function registerGetQueryCsv(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getQueryCsvRoute, async (c) => {
    const { id } = c.req.valid('param');
    const view = await loadJob(c.get('deps'), id, c.get('caller'));
    if (!view) throw new ApiError('not_found', `No question with id ${id}.`);
    const { result, status } = view.snapshot;
    if (!result) {
      throw new ApiError('conflict', 'This question has no answer to download.', { status });
    }
    return c.body(resultCsv(result.columns, result.rows), 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="query-${id}.csv"`,
    });
  });
}
