import { banMessage } from '@pa/abuse';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { ApiError, errorResponse } from '../errors.js';

/**
 * A banned caller gets 403 `banned` on every authenticated route, reading their
 * own results included (the simplest rule to state and to check: a ban is a
 * pause of the whole account), with the ban's end in `details.banned_until` and
 * `Retry-After`. Public paths never reach here with a caller, so health,
 * readiness and the documentation stay open.
 */
export function refuseBanned(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const caller = c.get('caller');
    if (!caller) return next();
    const ban = await c.get('deps').abuse.ledger.activeBan(caller);
    if (!ban) return next();
    c.header('Retry-After', String(Math.max(1, Math.ceil((ban.until.getTime() - Date.now()) / 1000))));
    return errorResponse(
      c,
      new ApiError('banned', banMessage(ban.until), {
        banned_until: ban.until.toISOString(),
        reason: ban.reason ? { kind: ban.reason.kind, category: ban.reason.category } : null,
      }),
    );
  };
}
