import type { Hono } from 'hono';
import type { AppEnv } from '../../env.js';

/** GET /api/admin/bans — every ban still running, soonest end first, with the violation that brought it. */
export function registerListBans(app: Hono<AppEnv>): void {
  app.get('/bans', async (c) => {
    return c.json({ items: await c.get('deps').abuse.ledger.activeBans() });
  });
}
