import { Hono } from 'hono';
import type { AppEnv } from '../../env.js';
import { registerGetUsage } from './get-usage.js';

export function usageRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  registerGetUsage(app);
  return app;
}
