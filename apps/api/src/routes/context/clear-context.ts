import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { clearContextRequestSchema, sessionStateSchema } from '@pa/contracts';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { jsonBody } from '../../json-body.js';
import { component, errorResponse, jsonContent } from '../../openapi/schemas.js';

export const ClearContextRequestSchema = component(clearContextRequestSchema, 'ClearContextRequest');
export const SessionStateSchema = component(sessionStateSchema, 'SessionState');

export const clearContextRoute = createRoute({
  method: 'post',
  path: '/clear',
  tags: ['chat'],
  summary: 'Forget a chat session’s turns (the session stays)',
  description:
    'The next message of the session starts afresh: no follow-up builds on what was said before. The session ' +
    'itself stays, and its expiry moves on. Another caller’s session, or one that expired, is 404.',
  middleware: [jsonBody()] as const,
  request: { body: { required: true, content: jsonContent(ClearContextRequestSchema) } },
  responses: {
    200: { description: 'Cleared', content: jsonContent(SessionStateSchema) },
    400: errorResponse('Invalid JSON or session_id'),
    404: errorResponse('The caller has no such session'),
    413: errorResponse('Body too large'),
    415: errorResponse('Not JSON'),
  },
});

/** POST /api/context/clear — the replaced service's "clear context", for one of the caller's sessions. */
export function registerClearContext(app: OpenAPIHono<AppEnv>): void {
  app.openapi(clearContextRoute, async (c) => {
    const { session_id } = c.req.valid('json');
    const state = await c.get('deps').sessions.clear(c.get('caller'), session_id);
    if (!state) throw new ApiError('not_found', `No chat session ${session_id}.`);
    return c.json({ session_id, turns: state.turns, expires_in_seconds: state.expiresInSeconds }, 200);
  });
}
