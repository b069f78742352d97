import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { errorResponse } from '../../openapi/schemas.js';

/** Any string is taken: an id that is not one of the caller's sessions answers 404, whatever its shape. */
export const sessionIdParams = z.object({
  id: z.string().openapi({
    param: { name: 'id', in: 'path', description: 'The session_id of POST /api/chat (or of a question).' },
  }),
});

export const deleteSessionRoute = createRoute({
  method: 'delete',
  path: '/{id}',
  tags: ['chat'],
  summary: 'End a chat session',
  description:
    'The session and its turns are gone at once (they would expire CHAT_SESSION_TTL_SECONDS after the last use ' +
    'anyway); a later message with the same id starts a new session. Another caller’s session is 404.',
  request: { params: sessionIdParams },
  responses: {
    204: { description: 'Ended' },
    404: errorResponse('The caller has no such session'),
  },
});

/** DELETE /api/sessions/:id — ends one of the caller's chat sessions. */
export function registerDeleteSession(app: OpenAPIHono<AppEnv>): void {
  app.openapi(deleteSessionRoute, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await c.get('deps').sessions.delete(c.get('caller'), id))) {
      throw new ApiError('not_found', `No chat session ${id}.`);
    }
    return c.body(null, 204);
  });
}
