import { randomUUID } from 'node:crypto';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AbuseWarning, abuseWarningSchema, questionRequestSchema } from '@pa/contracts';
import { keys, type QuestionJobData } from '@pa/queue';
import { screenSubmission } from '../../abuse/screen-submission.js';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { idempotency } from '../../idempotency/idempotency.js';
import { jsonBody } from '../../json-body.js';
import { checkLlmBudget } from '../../limits/llm-budget.js';
import { admitQuestion, releaseQuestion, settleQuestionsInFlight } from '../../limits/questions-in-flight.js';
import { component, errorResponse, jsonContent } from '../../openapi/schemas.js';

export const QuestionRequestSchema = component(questionRequestSchema, 'QuestionRequest');
export const AbuseWarningSchema = component(abuseWarningSchema, 'AbuseWarning');
export const AcceptedSchema = z
  .object({
    id: z.uuid(),
    status: z.literal('queued'),
    links: z.object({ self: z.string(), events: z.string() }),
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
 * POST /api/queries — accept a question as a job and answer 202 at once,
 * within the bank's limits: its daily LLM budget and its questions in flight
 * (the per-user and per-bank rate limits ran before, in app.ts).
 */
export function registerSubmitQuery(app: OpenAPIHono<AppEnv>): void {
  app.openapi(submitQueryRoute, async (c) => {
    const deps = c.get('deps');
    const caller = c.get('caller');
    const input = c.req.valid('json');

    // Ended questions free their slots and charge their LLM tokens before the bank's limits are read.
    await settleQuestionsInFlight(deps, caller.tenant);
    await checkLlmBudget(deps, caller, input.options?.planner ?? 'auto');
    const id = randomUUID();
    await admitQuestion(deps, caller, id);

    const now = new Date().toISOString();
    const data: QuestionJobData = {
      question: input.question,
      session_id: input.session_id ?? null,
      options: input.options ?? null,
      caller,
      created_at: now,
    };
    try {
      // The log's first event is written before the job exists, so a worker's events always follow it.
      await deps.events.append(id, {
        type: 'queued',
        at: now,
        tenant: caller.tenant,
        question: input.question,
        session_id: data.session_id,
      });
      await deps.queue.add('question', data, {
        jobId: id,
        attempts: deps.config.JOB_ATTEMPTS,
        backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
      });
    } catch (err) {
      // Nothing was accepted: the slot goes back, and a retry with the same Idempotency-Key runs again.
      await Promise.allSettled([
        releaseQuestion(deps, caller.tenant, id),
        deps.redis.del(keys.events(deps.names, id)),
      ]);
      throw new ApiError('unavailable', 'The question could not be queued; please retry.', String(err));
    }
    deps.metrics.jobsSubmitted.inc();
    // Prompt injection is counted against the asker and warned about; the worker refuses the job.
    const warning = await screenSubmission(deps, id, caller, input.question);
    const self = `/api/queries/${id}`;
    c.header('Location', self);
    return c.json(accepted(id, self, warning), 202);
  });
}

function accepted(id: string, self: string, warning: AbuseWarning | null) {
  const links = { self, events: `${self}/events` };
  return { id, status: 'queued' as const, links, ...(warning ? { warning } : {}) };
}
