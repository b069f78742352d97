import { liftBanRequestSchema } from '@pa/contracts';
import type { Hono } from 'hono';
import type { AppEnv } from '../../env.js';
import { parseJsonBody } from '../../read-json-body.js';

/**
 * POST /api/admin/bans/lift — ends a user's ban and clears their strikes.
 * Idempotent: `lifted` says whether there was a ban to lift.
 */
export function registerLiftBan(app: Hono<AppEnv>): void {
  app.post('/bans/lift', async (c) => {
    const deps = c.get('deps');
    const offender = await parseJsonBody(c, liftBanRequestSchema);
    const lifted = await deps.abuse.ledger.liftBan(offender);
    deps.logger.info({ ...offender, lifted, by: c.get('caller').user_id }, 'ban lifted by an admin');
    return c.json({ ...offender, lifted });
  });
}
