import { randomUUID } from 'node:crypto';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { chatAcceptedSchema, chatRequestSchema, chatResponseSchema } from '@pa/contracts';
import { chatAccepted, chatResponse } from '../../chat/chat-response.js';
import type { AppEnv } from '../../env.js';
import { idempotency } from '../../idempotency/idempotency.js';
import { jsonBody } from '../../json-body.js';
import { component, errorResponse, jsonContent } from '../../openapi/schemas.js';
import { submitQuestion } from '../../questions/submit-question.js';
import { waitForOutcome } from '../../questions/wait-for-outcome.js';
import { idempotencyHeaders } from '../queries/submit-query.js';

export const ChatRequestSchema = component(chatRequestSchema, 'ChatRequest');
export const ChatResponseSchema = component(chatResponseSchema, 'ChatResponse');
export const ChatAcceptedSchema = component(chatAcceptedSchema, 'ChatAccepted');

export const postChatRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['chat'],
  summary: 'Send a chat message and wait for the reply',
  description:
    'A message is a job like a question (same limits, abuse screening, Idempotency-Key; its events — `delta` ' +
    'pieces while a model streams the reply — on the links). A greeting, thanks or "help" is answered in words, ' +
    'in the message’s language; a data question is answered by the query pipeline (`answer`, shaped by ' +
    '`output_type`, `include_sql`, `include_analysis`); a follow-up ("and yesterday?") builds on the session’s ' +
    'earlier answers. Sessions belong to the caller (bank and user), keep the last CHAT_SESSION_MAX_TURNS (10) ' +
    'turns and expire CHAT_SESSION_TTL_SECONDS (24 h) after their last use; an unknown `session_id` (or another ' +
    'caller’s) starts a session of this caller under that id. Past `wait_ms`: 202 with the links.',
  middleware: [idempotency(), jsonBody()] as const,
  request: {
    headers: idempotencyHeaders,
    body: { required: true, content: jsonContent(ChatRequestSchema) },
  },
  responses: {
    200: {
      description: 'The reply; Content-Location names the job',
      content: jsonContent(ChatResponseSchema),
    },
    202: {
      description: 'Not answered within wait_ms: the job goes on; follow its links',
      content: jsonContent(ChatAcceptedSchema),
    },
    400: errorResponse(
      'Invalid JSON or fields (an empty or too long message), or an invalid Idempotency-Key',
    ),
    409: errorResponse('The message was cancelled, or its Idempotency-Key is still being processed'),
    413: errorResponse('Body too large'),
    415: errorResponse('Not JSON'),
    422: errorResponse('This Idempotency-Key was used for a different request'),
    429: errorResponse('Rate limit, questions in flight of the bank, or its daily LLM token budget'),
    503: errorResponse('Queue unavailable, or the reply failed in a way a retry may fix'),
  },
});

/** POST /api/chat — the replaced service's chat, on the job queue (chat/chat-response.ts maps the outcome). */
export function registerPostChat(app: OpenAPIHono<AppEnv>): void {
  app.openapi(postChatRoute, async (c) => {
    const started = performance.now();
    const deps = c.get('deps');
    const caller = c.get('caller');
    const { message, session_id, wait_ms, ...presentation } = c.req.valid('json');
    const sessionId = session_id ?? randomUUID();
    const { created } = await deps.sessions.open(caller, sessionId);
    const submitted = await submitQuestion(
      deps,
      caller,
      { question: message, session_id: sessionId },
      'chat',
    );
    const turn = { submitted, sessionId, newSession: created, presentation, elapsedMs: 0 };
    const outcome = await waitForOutcome(deps, submitted.id, wait_ms, c.req.raw.signal);
    if (!outcome) {
      const accepted = chatAccepted(turn);
      c.header('Location', accepted.links.self);
      return c.json(accepted, 202);
    }
    c.header('Content-Location', `/api/queries/${submitted.id}`);
    return c.json(chatResponse(outcome, { ...turn, elapsedMs: performance.now() - started }), 200);
  });
}
