import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { type QuestionRequest, seedQueryRequestSchema, seedQueryResponseSchema } from '@pa/contracts';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { idempotency } from '../../idempotency/idempotency.js';
import { jsonBody } from '../../json-body.js';
import { component, errorResponse, jsonContent } from '../../openapi/schemas.js';
import { acceptedBody, submitQuestion } from '../../questions/submit-question.js';
import { waitForOutcome } from '../../questions/wait-for-outcome.js';
import { toSeedQueryResponse, toSeedTextResponse } from '../../seed-compat/seed-query-response.js';
import { AcceptedSchema, idempotencyHeaders } from '../queries/submit-query.js';

export const SeedQueryRequestSchema = component(seedQueryRequestSchema, 'SeedQueryRequest');
export const SeedQueryResponseSchema = component(seedQueryResponseSchema, 'SeedQueryResponse');

export const postQueryRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['queries'],
  summary: 'Ask and wait for the answer (the replaced service’s synchronous contract)',
  description:
    'The same job as POST /api/queries (same limits, sharing, abuse screening and Idempotency-Key), then ' +
    'waits for its end up to `wait_ms` (default 30 000, at most 120 000). `user_id` is accepted for ' +
    'compatibility and ignored: who asks is always the token’s subject. Past the wait: 202 with the ' +
    'job’s links, and the job goes on. A message that is not a data question gets 200 with `text_response`.',
  middleware: [idempotency(), jsonBody()] as const,
  request: {
    headers: idempotencyHeaders,
    body: { required: true, content: jsonContent(SeedQueryRequestSchema) },
  },
  responses: {
    200: {
      description: 'The answer; Content-Location names the job (GET /api/queries/{id})',
      content: jsonContent(SeedQueryResponseSchema),
    },
    202: {
      description: 'Not answered within wait_ms: the job goes on; follow its links',
      content: jsonContent(AcceptedSchema),
    },
    400: errorResponse('Invalid JSON or fields, or an invalid Idempotency-Key'),
    409: errorResponse('The question was cancelled, or its Idempotency-Key is still being processed'),
    413: errorResponse('Body too large'),
    415: errorResponse('Not JSON'),
    422: errorResponse('This Idempotency-Key was used for a different request'),
    429: errorResponse('Rate limit, questions in flight of the bank, or its daily LLM token budget'),
    503: errorResponse('Queue unavailable, or the answer failed in a way a retry may fix'),
  },
});

/** POST /api/query — the synchronous answer old clients expect, on top of the job queue. */
export function registerPostQuery(app: OpenAPIHono<AppEnv>): void {
  app.openapi(postQueryRoute, async (c) => {
    const deps = c.get('deps');
    const body = c.req.valid('json');
    // body.user_id is deliberately unused: identity comes from the token only.
    const input: QuestionRequest = {
      question: body.question,
      ...(body.session_id ? { session_id: body.session_id } : {}),
      ...(body.use_cache ? {} : { options: { planner: 'auto', use_cache: false } }),
    };
    const started = performance.now();
    const submitted = await submitQuestion(deps, c.get('caller'), input);
    const accepted = acceptedBody(submitted);
    const outcome = await waitForOutcome(deps, submitted.id, body.wait_ms, c.req.raw.signal);
    if (!outcome) {
      c.header('Location', accepted.links.self);
      return c.json(accepted, 202);
    }
    c.header('Content-Location', accepted.links.self);
    switch (outcome.type) {
      case 'completed':
        // A greeting (or thanks, "help") is answered in words: text_response, no rows.
        return outcome.result
          ? c.json(toSeedQueryResponse(outcome.result, body), 200)
          : c.json(
              toSeedTextResponse(body.question, outcome.reply?.message ?? '', performance.now() - started),
              200,
            );
      case 'failed':
        if (outcome.error.retryable) {
          throw new ApiError('unavailable', outcome.error.message, { ...accepted, error: outcome.error });
        }
        return c.json(
          toSeedTextResponse(body.question, outcome.error.message, performance.now() - started),
          200,
        );
      default:
        throw new ApiError('conflict', 'The question was cancelled before it was answered.', accepted);
    }
  });
}
