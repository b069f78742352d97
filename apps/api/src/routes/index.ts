import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.js';
import { createRouter } from '../openapi/router.js';
import { BEARER_AUTH } from '../openapi/schemas.js';
import { adminRoutes } from './admin/index.js';
import { registerGetHealth } from './health/get-health.js';
import { registerGetReady } from './health/get-ready.js';
import { queriesRoutes } from './queries/index.js';
import { queryRoutes } from './query/index.js';
import { usageRoutes } from './usage/index.js';

/** Every documented route under /api; needs no dependencies to build, so the document can be made without them. */
export function apiRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', BEARER_AUTH);
  registerGetHealth(app);
  registerGetReady(app);
  app.route('/queries', queriesRoutes());
  app.route('/query', queryRoutes());
  app.route('/usage', usageRoutes());
  app.route('/admin', adminRoutes());
  return app;
}
