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

/** The OpenAPI 3.1 document, derived from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Payments analytics API',
      version: '1.0.0',
      description:
        'Ask questions about card transactions in plain language (English, Russian). Questions are jobs: ' +
        'submit, then poll or follow them over Server-Sent Events.',
    },
    paths: {
      '/api/queries': {
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
      '/api/health': { get: { summary: 'Liveness', responses: { '200': { description: 'Alive' } } } },
      '/api/ready': {
        get: {
          summary: 'Readiness: Redis and PostgreSQL reachable',
          responses: {
            '200': { description: 'Ready' },
            '503': { description: 'A dependency is unreachable' },
          },
        },
      },
    },
    components: {
      schemas: {
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
}
