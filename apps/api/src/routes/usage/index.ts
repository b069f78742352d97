import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../env.js';
import { createRouter } from '../../openapi/router.js';
import { registerGetUsage } from './get-usage.js';

export function usageRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerGetUsage(app);
  return app;
}
