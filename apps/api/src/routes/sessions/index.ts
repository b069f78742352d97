import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../env.js';
import { createRouter } from '../../openapi/router.js';
import { registerDeleteSession } from './delete-session.js';

/** /api/sessions: the caller's chat sessions. */
export function sessionsRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerDeleteSession(app);
  return app;
}
