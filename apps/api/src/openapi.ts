import {
  errorEnvelopeSchema,
  feedbackRequestSchema,
  jobEventSchema,
  jobSnapshotSchema,
  questionRequestSchema,
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
              schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,128}$' },
              description: 'Repeating a request with the same key returns the same job (24 h).',
            },
          ],
          requestBody: { required: true, content: json('QuestionRequest') },
          responses: {
            '202': {
              description: 'Accepted; the Location header points at the job.',
              content: json('Accepted'),
            },
            '400': error('Invalid JSON or fields'),
            '413': error('Body too large'),
            '415': error('Not JSON'),
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
          },
        },
        JobSnapshot: schema(jobSnapshotSchema),
        JobEvent: schema(jobEventSchema),
        Error: schema(errorEnvelopeSchema),
      },
    },
  };
  // Every operation that needs a token says how it fails without one.
  for (const operations of Object.values(doc.paths) as Array<Record<string, Operation>>) {
    for (const op of Object.values(operations)) {
      if (op.security?.length === 0) continue;
      op.responses['401'] = {
        description:
          'Missing, malformed, expired or otherwise invalid token (WWW-Authenticate: Bearer error=…)',
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
