import { z } from '@hono/zod-openapi';
import { errorEnvelopeSchema, presentationQuerySchema } from '@pa/contracts';

/** How the bearer token is sent (the document's `security` names it). */
export const BEARER_AUTH = {
  type: 'http',
  scheme: 'bearer',
  bearerFormat: 'JWT',
  description:
    'HS256 (JWT_SECRET) or RS256/ES256 from JWKS_URL; `exp` required; claims `sub` and `bank` or `role: "admin"`.',
} as const;

/**
 * A schema as a named component of the document (`$ref: #/components/schemas/<name>`).
 * zod 4 copies prototype methods onto a schema when it is made, so schemas made
 * before @hono/zod-openapi added `.openapi` (the contracts') lack it; a clone has it.
 */
export const component = <S extends z.ZodType>(schema: S, name: string): S => schema.clone().openapi(name);

/** The one error envelope, as a named component. */
export const ErrorSchema = component(errorEnvelopeSchema, 'Error');

/** A response in the error envelope. */
export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** A JSON response body. */
export const jsonContent = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } });

/**
 * The job id in the path. Any string is taken: an id that is not a job's
 * answers 404 like another bank's job, so the shape of an id tells nothing.
 */
export const jobIdParams = z.object({
  id: z.string().openapi({
    param: { name: 'id', in: 'path', description: 'The job id returned by POST /api/queries.' },
    format: 'uuid',
  }),
});

/**
 * What of an answer to send (GET /api/queries/{id} and its events), as on POST /api/query:
 * `include_sql=false` drops the SQL, `include_analysis=false` the analysis, `output_type=table`
 * the chart, `output_type=json` the chart and the Markdown table. Absent: everything.
 */
export const presentationQuery = presentationQuerySchema.extend({
  output_type: presentationQuerySchema.shape.output_type.clone().openapi({
    param: { name: 'output_type', in: 'query' },
    description: '`auto` | `chart`: everything; `table`: no chart; `json`: neither chart nor Markdown table',
  }),
  include_sql: presentationQuerySchema.shape.include_sql.clone().openapi({
    param: { name: 'include_sql', in: 'query' },
    description: '`false`: the result (and the stream’s plan event) without its SQL',
  }),
  include_analysis: presentationQuerySchema.shape.include_analysis.clone().openapi({
    param: { name: 'include_analysis', in: 'query' },
    description: '`false`: the result without its analysis',
  }),
});
