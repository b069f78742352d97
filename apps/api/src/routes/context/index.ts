import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../env.js';
import { createRouter } from '../../openapi/router.js';
import { registerClearContext } from './clear-context.js';

/** /api/context: the replaced service's context reset, over chat sessions. */
export function contextRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerClearContext(app);
  return app;
}
