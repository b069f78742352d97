import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.js';
import { createRouter } from '../openapi/router.js';
import { BEARER_AUTH } from '../openapi/schemas.js';
import { adminRoutes } from './admin/index.js';
import { chatRoutes } from './chat/index.js';
import { contextRoutes } from './context/index.js';
import { registerIssueDevToken } from './dev/issue-dev-token.js';
import { registerGetHealth } from './health/get-health.js';
import { registerGetReady } from './health/get-ready.js';
import { queriesRoutes } from './queries/index.js';
import { queryRoutes } from './query/index.js';
import { sessionsRoutes } from './sessions/index.js';
import { usageRoutes } from './usage/index.js';

/** Every documented route under /api; needs no dependencies to build, so the document can be made without them. */
export function apiRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', BEARER_AUTH);
  registerGetHealth(app);
  registerGetReady(app);
  app.route('/queries', queriesRoutes());
  app.route('/query', queryRoutes());
  app.route('/chat', chatRoutes());
  app.route('/context', contextRoutes());
  app.route('/sessions', sessionsRoutes());
  app.route('/usage', usageRoutes());
  app.route('/admin', adminRoutes());
  registerIssueDevToken(app);
  return app;
}
