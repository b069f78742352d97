import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../env.js';
import { createRouter } from '../../openapi/router.js';
import { registerLiftBan } from './lift-ban.js';
import { registerListBans } from './list-bans.js';
import { registerListViolations } from './list-violations.js';
import { requireAdmin } from './require-admin.js';

/** /api/admin/* — administrators only (403 for everyone else). */
export function adminRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  app.use(requireAdmin());
  registerListBans(app);
  registerListViolations(app);
  registerLiftBan(app);
  return app;
}
