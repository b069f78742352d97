import { z } from 'zod';
import { type JobSnapshot, jobSnapshotSchema } from './job.js';
import { type QueryResult, queryResultSchema } from './result.js';
import { type SeedOutputType, seedOutputTypeSchema } from './seed-query.js';

/**
 * What a caller asked to see of an answer — the replaced service's `output_type`,
 * `include_sql` and `include_analysis`, honoured by every route that returns one
 * (POST /api/query and POST /api/chat in the body; GET /api/queries/{id} and its
 * event stream as query parameters). Stored results are always whole; only what
 * is sent is trimmed:
 * - `include_sql: false` — no `sql` (nor the SQL of the stream's `plan` event);
 * - `include_analysis: false` — no `analysis`;
 * - `output_type: "table"` — no `chart`; `"json"` — neither `chart` nor the Markdown `table`
 *   (the rows are the answer); `"chart"` and `"auto"` — everything.
 */
export interface Presentation {
  output_type: SeedOutputType;
  include_sql: boolean;
  include_analysis: boolean;
}

export const FULL_PRESENTATION: Presentation = {
  output_type: 'auto',
  include_sql: true,
  include_analysis: true,
};

/** A query-string boolean: `true` / `false` (also `1` / `0`). */
const flagParam = (name: string) =>
  z
    .enum(['true', 'false', '1', '0'], { error: `${name} must be true or false` })
    .transform((v) => v === 'true' || v === '1');

/** The presentation as query parameters (GET /api/queries/{id} and /events); absent ones show everything. */
export const presentationQuerySchema = z.object({
  output_type: seedOutputTypeSchema.optional(),
  include_sql: flagParam('include_sql').optional(),
  include_analysis: flagParam('include_analysis').optional(),
});
export type PresentationQuery = z.infer<typeof presentationQuerySchema>;

export function presentationOf(q: Partial<Presentation>): Presentation {
  return {
    output_type: q.output_type ?? FULL_PRESENTATION.output_type,
    include_sql: q.include_sql ?? FULL_PRESENTATION.include_sql,
    include_analysis: q.include_analysis ?? FULL_PRESENTATION.include_analysis,
  };
}

/** Whether the presentation leaves anything out. */
export const isFullPresentation = (p: Presentation): boolean =>
  p.output_type === 'auto' && p.include_sql && p.include_analysis;

/** The same presentation as a query string ("" when it shows everything), for links that must keep it. */
export function presentationQueryString(p: Presentation): string {
  const params = new URLSearchParams();
  if (p.output_type !== 'auto') params.set('output_type', p.output_type);
  if (!p.include_sql) params.set('include_sql', 'false');
  if (!p.include_analysis) params.set('include_analysis', 'false');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A result as sent: the fields the presentation leaves out are absent. */
export const presentedResultSchema = queryResultSchema.partial({
  sql: true,
  analysis: true,
  table: true,
  chart: true,
});
export type PresentedResult = z.infer<typeof presentedResultSchema>;

export function presentResult(result: QueryResult, p: Presentation): PresentedResult {
  const { sql, analysis, table, chart, ...rest } = result;
  return {
    ...rest,
    ...(p.include_sql ? { sql } : {}),
    ...(p.output_type === 'json' ? {} : { table }),
    ...(p.output_type === 'table' || p.output_type === 'json' ? {} : { chart }),
    ...(p.include_analysis ? { analysis } : {}),
  };
}

/** What GET /api/queries/{id} and the stream's `snapshot` send: the job with its result presented. */
export const presentedJobSnapshotSchema = jobSnapshotSchema.extend({
  result: presentedResultSchema.optional(),
});
export type PresentedJobSnapshot = z.infer<typeof presentedJobSnapshotSchema>;

export function presentSnapshot(snapshot: JobSnapshot, p: Presentation): PresentedJobSnapshot {
  if (!snapshot.result || isFullPresentation(p)) return snapshot;
  return { ...snapshot, result: presentResult(snapshot.result, p) };
}
