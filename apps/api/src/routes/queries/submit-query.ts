import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { abuseWarningSchema, questionRequestSchema } from '@pa/contracts';
import type { AppEnv } from '../../env.js';
import { idempotency } from '../../idempotency/idempotency.js';
import { jsonBody } from '../../json-body.js';
import { component, errorResponse, jsonContent } from '../../openapi/schemas.js';
import { acceptedBody, submitQuestion } from '../../questions/submit-question.js';

export const QuestionRequestSchema = component(questionRequestSchema, 'QuestionRequest');
export const AbuseWarningSchema = component(abuseWarningSchema, 'AbuseWarning');
export const AcceptedSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(['queued', 'active', 'completed']).openapi({
      description:
        '`queued`; `active` only when the job is shared with a running identical question; `completed` when a repeated question was answered from the caches at submit (its result is already there)',
    }),
    links: z.object({ self: z.string(), events: z.string() }),
    shared: z
      .literal(true)
      .optional()
      .openapi({
        description:
          'Present when an identical question of the same bank (same question, session and options) was ' +
          'already queued or running: this is its job. `options.use_cache: false` never shares.',
      }),
    warning: AbuseWarningSchema.optional().openapi({
      description: 'Present when the question counted as abuse (it will not be answered).',
    }),
  })
  .openapi('Accepted');

export const idempotencyHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .optional()
    .openapi({
      pattern: '^"([\\x20-\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\["\\\\]){1,255}"$',
      description:
        'IETF Idempotency-Key draft: a quoted Structured Field string, e.g. `"8e03978e-40d5-43e8-bc93-6894a57f9324"` ' +
        '(1–255 printable ASCII characters). The same key with the same body returns the first answer again ' +
        '(`Idempotent-Replayed: true`) for IDEMPOTENCY_TTL_SECONDS (24 h); keys belong to one user of one bank.',
    }),
});

export const submitQueryRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['queries'],
  summary: 'Ask a question',
  // The key is checked (400) and replayed before the body is read.
  middleware: [idempotency(), jsonBody()] as const,
  request: {
    headers: idempotencyHeaders,
    body: { required: true, content: jsonContent(QuestionRequestSchema) },
  },
  responses: {
    202: {
      description: 'Accepted; the Location header points at the job.',
      content: jsonContent(AcceptedSchema),
    },
    400: errorResponse('Invalid JSON or fields, or an invalid Idempotency-Key'),
    409: errorResponse('A request with this Idempotency-Key is still being processed'),
    413: errorResponse('Body too large'),
    415: errorResponse('Not JSON'),
    422: errorResponse('This Idempotency-Key was used for a different request'),
    429: errorResponse(
      'Rate limit, questions in flight of the bank, or its daily LLM token budget (Retry-After says when)',
    ),
    503: errorResponse('Queue unavailable; retry'),
  },
});

/**
 * POST /api/queries — accept a question as a job and answer 202 at once
 * (questions/submit-question.ts: limits, sharing a running identical question, abuse screening).
 */
export function registerSubmitQuery(app: OpenAPIHono<AppEnv>): void {
  app.openapi(submitQueryRoute, async (c) => {
    const submitted = await submitQuestion(c.get('deps'), c.get('caller'), c.req.valid('json'));
    const body = acceptedBody(submitted);
    c.header('Location', body.links.self);
    return c.json(body, 202);
  });
}
