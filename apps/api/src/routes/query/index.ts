import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../env.js';
import { createRouter } from '../../openapi/router.js';
import { registerPostQuery } from './post-query.js';

/** /api/query: the replaced service's synchronous contract. */
export function queryRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerPostQuery(app);
  return app;
}
