import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';

/** Admin routes answer 403 to everyone else (they name no tenant's resource, so 404 would hide nothing). */
export function requireAdmin(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('caller').role !== 'admin') throw new ApiError('forbidden', 'Only administrators may do this.');
    await next();
  };
}
