import { Hono } from 'hono';
import type { AppEnv } from '../../env.js';
import { registerLiftBan } from './lift-ban.js';
import { registerListBans } from './list-bans.js';
import { registerListViolations } from './list-violations.js';
import { requireAdmin } from './require-admin.js';

/** /api/admin/* — administrators only (403 for everyone else). */
export function adminRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requireAdmin());
  registerListBans(app);
  registerListViolations(app);
  registerLiftBan(app);
  return app;
}
