import {
  abuseWarningSchema,
  banRecordSchema,
  errorEnvelopeSchema,
  feedbackRequestSchema,
  jobEventSchema,
  jobSnapshotSchema,
  liftBanRequestSchema,
  questionRequestSchema,
  violationRecordSchema,
} from '@pa/contracts';
import { z } from 'zod';

const schema = (s: z.ZodType, io: 'input' | 'output' = 'output') => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
};

const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
const error = (description: string) => ({ description, content: json('Error') });
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', format: 'uuid' },
  description: 'The job id returned by POST /api/queries.',
};

/** Operations anyone may call (see PUBLIC_PATHS); every other one needs a bearer token. */
const PUBLIC = { security: [] };

/** The OpenAPI 3.1 document, derived from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const doc = {
    openapi: '3.1.0',
    info: {
      title: 'Payments analytics API',
      version: '1.0.0',
      description:
        'Ask questions about card transactions in plain language (English, Russian). Questions are jobs: ' +
        'submit, then poll or follow them over Server-Sent Events. Every operation but health, readiness and ' +
        'this document needs `Authorization: Bearer <JWT>`; a token names one issuer bank (`bank`) or `role: ' +
        '"admin"` (every bank). Another bank\'s jobs answer 404, exactly as jobs that do not exist.',
    },
    security: [{ bearerAuth: [] }],
    paths: {
      '/api/queries': {
        get: {
          summary: "The latest finished questions of the caller's bank (every bank's for an admin)",
          parameters: [
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
            },
          ],
          responses: {
            '200': { description: 'Newest first', content: json('QueryList') },
            '400': error('Invalid limit'),
          },
        },
        post: {
          summary: 'Ask a question',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              schema: {
                type: 'string',
                pattern: '^"([\\x20-\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\["\\\\]){1,255}"$',
              },
              description:
                'IETF Idempotency-Key draft: a quoted Structured Field string, e.g. `"8e03978e-40d5-43e8-bc93-6894a57f9324"` ' +
                '(1–255 printable ASCII characters). The same key with the same body returns the first answer again ' +
                '(`Idempotent-Replayed: true`) for IDEMPOTENCY_TTL_SECONDS (24 h); keys belong to one user of one bank.',
            },
          ],
          requestBody: { required: true, content: json('QuestionRequest') },
          responses: {
            '202': {
              description: 'Accepted; the Location header points at the job.',
              content: json('Accepted'),
            },
            '400': error('Invalid JSON or fields, or an invalid Idempotency-Key'),
            '409': error('A request with this Idempotency-Key is still being processed'),
            '413': error('Body too large'),
            '415': error('Not JSON'),
            '422': error('This Idempotency-Key was used for a different request'),
            '429': error(
              'Rate limit, questions in flight of the bank, or its daily LLM token budget (Retry-After says when)',
            ),
            '503': error('Queue unavailable; retry'),
          },
        },
      },
      '/api/queries/{id}': {
        get: {
          summary: 'The job: state, stage, result or error',
          parameters: [idParam],
          responses: {
            '200': { description: 'The job', content: json('JobSnapshot') },
            '404': error('No such job'),
          },
        },
      },
      '/api/queries/{id}/events': {
        get: {
          summary: 'Follow the job over Server-Sent Events',
          description:
            'Events: snapshot (JobSnapshot), stage, plan, then one of completed / failed / cancelled, after which ' +
            'the stream closes. Every event has an id; send Last-Event-ID to resume. `: ping` comments keep it alive.',
          parameters: [
            idParam,
            { name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'An event stream',
              content: { 'text/event-stream': { schema: { $ref: '#/components/schemas/JobEvent' } } },
            },
            '404': error('No such job'),
          },
        },
      },
      '/api/queries/{id}/cancel': {
        post: {
          summary: 'Cancel a queued or running job',
          parameters: [idParam],
          responses: {
            '200': { description: 'Cancelled (it was still queued)' },
            '202': { description: 'Cancelling: a running job stops at its next stage' },
            '404': error('No such job'),
            '409': error('Already finished'),
          },
        },
      },
      '/api/queries/{id}/feedback': {
        post: {
          summary: 'Rate an answer; good answers become examples for LLM planners',
          parameters: [idParam],
          requestBody: { required: true, content: json('FeedbackRequest') },
          responses: {
            '201': { description: 'Recorded' },
            '400': error('Invalid rating'),
            '404': error('No such job'),
            '409': error('Not answered'),
          },
        },
      },
      '/api/usage': {
        get: {
          summary: "Admins: every bank's LLM tokens spent on a UTC day and its questions in flight",
          parameters: [
            {
              name: 'day',
              in: 'query',
              required: false,
              schema: { type: 'string', format: 'date' },
              description: 'A UTC day of the last seven; today by default.',
            },
          ],
          responses: {
            '200': { description: 'Spend and in-flight counts per bank', content: json('Usage') },
            '400': error('Invalid day'),
            '403': error('Not an admin'),
          },
        },
      },
      '/api/admin/bans': {
        get: {
          summary: 'Admins: every ban still running, with the violation that brought it',
          responses: {
            '200': { description: 'Soonest end first', content: json('BanList') },
            '403': error('Not an admin'),
          },
        },
      },
      '/api/admin/bans/lift': {
        post: {
          summary: "Admins: end a user's ban and clear their strikes",
          requestBody: { required: true, content: json('LiftBanRequest') },
          responses: {
            '200': { description: '`lifted` says whether there was a ban', content: json('LiftedBan') },
            '400': error('Invalid body'),
            '403': error('Not an admin'),
          },
        },
      },
      '/api/admin/violations': {
        get: {
          summary: 'Admins: the latest abuse violations of every user',
          parameters: [
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
            },
          ],
          responses: {
            '200': { description: 'Newest first', content: json('ViolationList') },
            '400': error('Invalid limit'),
            '403': error('Not an admin'),
          },
        },
      },
      '/api/health': {
        get: { summary: 'Liveness', ...PUBLIC, responses: { '200': { description: 'Alive' } } },
      },
      '/api/ready': {
        get: {
          summary: 'Readiness: Redis and PostgreSQL reachable',
          ...PUBLIC,
          responses: {
            '200': { description: 'Ready' },
            '503': { description: 'A dependency is unreachable' },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'HS256 (JWT_SECRET) or RS256/ES256 from JWKS_URL; `exp` required; claims `sub` and `bank` or `role: "admin"`.',
        },
      },
      schemas: {
        QueryList: {
          type: 'object',
          required: ['items'],
          properties: {
            items: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'status', 'question', 'created_at'],
                properties: {
                  id: { type: 'string', format: 'uuid' },
                  status: { type: 'string' },
                  question: { type: 'string' },
                  session_id: { type: ['string', 'null'] },
                  created_at: { type: 'string' },
                  finished_at: { type: ['string', 'null'] },
                },
              },
            },
          },
        },
        QuestionRequest: schema(questionRequestSchema, 'input'),
        FeedbackRequest: schema(feedbackRequestSchema, 'input'),
        Accepted: {
          type: 'object',
          required: ['id', 'status', 'links'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            status: { const: 'queued' },
            links: {
              type: 'object',
              properties: { self: { type: 'string' }, events: { type: 'string' } },
            },
            warning: {
              $ref: '#/components/schemas/AbuseWarning',
              description: 'Present when the question counted as abuse (it will not be answered).',
            },
          },
        },
        AbuseWarning: schema(abuseWarningSchema),
        BanList: {
          type: 'object',
          required: ['items'],
          properties: { items: { type: 'array', items: schema(banRecordSchema) } },
        },
        ViolationList: {
          type: 'object',
          required: ['items'],
          properties: { items: { type: 'array', items: schema(violationRecordSchema) } },
        },
        LiftBanRequest: schema(liftBanRequestSchema, 'input'),
        LiftedBan: {
          type: 'object',
          required: ['tenant', 'user_id', 'lifted'],
          properties: {
            tenant: { type: 'string' },
            user_id: { type: 'string' },
            lifted: { type: 'boolean' },
          },
        },
        Usage: {
          type: 'object',
          required: ['day', 'llm_daily_token_budget', 'max_in_flight', 'tenants'],
          properties: {
            day: { type: 'string', format: 'date' },
            llm_daily_token_budget: { type: 'integer' },
            max_in_flight: { type: 'integer' },
            tenants: {
              type: 'array',
              items: {
                type: 'object',
                required: ['tenant', 'llm_tokens', 'in_flight'],
                properties: {
                  tenant: { type: 'string' },
                  llm_tokens: { type: 'integer' },
                  in_flight: { type: 'integer' },
                },
              },
            },
          },
        },
        JobSnapshot: schema(jobSnapshotSchema),
        JobEvent: schema(jobEventSchema),
        Error: schema(errorEnvelopeSchema),
      },
    },
  };
  // Every operation that needs a token says how it fails without one.
  for (const [path, operations] of Object.entries(doc.paths) as Array<[string, Record<string, Operation>]>) {
    for (const op of Object.values(operations)) {
      if (op.security?.length === 0) continue;
      op.responses['401'] = {
        description:
          'Missing, malformed, expired or otherwise invalid token (WWW-Authenticate: Bearer error=…)',
        content: json('Error'),
      };
      // A banned caller gets 403 `banned` everywhere (abuse/refuse-banned.ts).
      const banned = 'banned for repeated abuse until details.banned_until (Retry-After)';
      const forbidden = op.responses['403'] as { description: string } | undefined;
      op.responses['403'] = forbidden
        ? { ...forbidden, description: `${forbidden.description}, or ${banned}` }
        : { description: `The caller is ${banned}`, content: json('Error') };
      // The rate-limited routes (see app.ts) send RateLimit-Policy and RateLimit on every answer.
      if (/^\/api\/(queries|usage)\b/.test(path))
        op.responses['429'] ??= {
          description: 'Too many requests for this user or bank; Retry-After says when to come back',
          content: json('Error'),
        };
    }
  }
  return doc;
}

interface Operation {
  security?: unknown[];
  responses: Record<string, unknown>;
}
