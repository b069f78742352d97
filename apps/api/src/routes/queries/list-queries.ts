import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { listHistory } from '@pa/db';
import type { AppEnv } from '../../env.js';
import { errorResponse, jsonContent } from '../../openapi/schemas.js';
import { decodeHistoryCursor, encodeHistoryCursor } from './history-cursor.js';

const HISTORY_STATUSES = ['completed', 'failed', 'cancelled'] as const;
type HistoryStatus = (typeof HISTORY_STATUSES)[number];

/** A date-time with its offset, or a day (its midnight UTC). */
const moment = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/, {
      error: `${name} must be a date (YYYY-MM-DD) or a date-time with its offset (2026-01-31T18:00:00+05:00)`,
    })
    .transform((v, ctx) => {
      const at = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
      if (Number.isNaN(at.getTime())) {
        ctx.addIssue({ code: 'custom', message: `${name} is not a real date` });
        return z.NEVER;
      }
      return at;
    })
    .optional();

export const listQueriesQuerySchema = z
  .object({
    limit: z.coerce
      .number({ error: 'limit must be a number' })
      .int({ error: 'limit must be a whole number' })
      .min(1, { error: 'limit must be 1-100' })
      .max(100, { error: 'limit must be 1-100' })
      .default(20),
    cursor: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined;
        const decoded = decodeHistoryCursor(v);
        if (!decoded) {
          ctx.addIssue({
            code: 'custom',
            message: 'cursor is not one this API returned (use next_cursor as is)',
          });
          return z.NEVER;
        }
        return decoded;
      })
      .openapi({ description: 'next_cursor of the previous page, as it was returned.' }),
    status: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined;
        const list = v.split(',').map((s) => s.trim());
        const bad = list.filter((s) => !(HISTORY_STATUSES as readonly string[]).includes(s));
        if (bad.length > 0 || list.length === 0) {
          ctx.addIssue({
            code: 'custom',
            message: `status must be one or more of ${HISTORY_STATUSES.join(', ')} (comma-separated)`,
          });
          return z.NEVER;
        }
        return list as HistoryStatus[];
      })
      .openapi({
        description: 'completed, failed or cancelled; several comma-separated.',
        example: 'completed',
      }),
    from: moment('from').openapi({
      description: 'Asked at or after this moment (a day means its 00:00 UTC).',
    }),
    to: moment('to').openapi({ description: 'Asked before this moment.' }),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { error: 'from must be before to', path: ['from'] });

export const QueryListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        status: z.string(),
        question: z.string(),
        tenant: z.string(),
        session_id: z.string().nullable(),
        created_at: z.string(),
        finished_at: z.string().nullable(),
      }),
    ),
    next_cursor: z
      .string()
      .nullable()
      .openapi({ description: 'Pass it as `cursor` for the next page; null on the last page.' }),
  })
  .openapi('QueryList');

export const listQueriesRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['queries'],
  summary: "The caller's own finished questions, newest first (every bank's for an admin)",
  request: { query: listQueriesQuerySchema },
  responses: {
    200: { description: 'Newest first, a page at a time', content: jsonContent(QueryListSchema) },
    400: errorResponse('Invalid limit, cursor, status or date range'),
  },
});

/** GET /api/queries — the caller's history, paged with an opaque cursor and filtered by status and dates. */
export function registerListQueries(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listQueriesRoute, async (c) => {
    const q = c.req.valid('query');
    const page = await listHistory(c.get('deps').appDb, c.get('caller'), {
      limit: q.limit,
      ...(q.cursor ? { after: q.cursor } : {}),
      ...(q.status ? { statuses: q.status } : {}),
      ...(q.from ? { from: q.from } : {}),
      ...(q.to ? { to: q.to } : {}),
    });
    return c.json(
      {
        items: page.rows.map((r) => ({
          id: r.job_id,
          status: r.status,
          question: r.question,
          tenant: r.tenant,
          session_id: r.session_id,
          created_at: r.created_at.toISOString(),
          finished_at: r.finished_at?.toISOString() ?? null,
        })),
        next_cursor: page.next ? encodeHistoryCursor(page.next) : null,
      },
      200,
    );
  });
}
