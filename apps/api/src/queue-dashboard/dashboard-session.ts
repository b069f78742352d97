import { createHash, randomBytes } from 'node:crypto';
import { type Caller, callerSchema } from '@pa/contracts';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppDeps, AppEnv } from '../env.js';

export const DASHBOARD_PATH = '/admin/queues';
/** HttpOnly, SameSite=Strict, scoped to the dashboard's path: scripts and other sites never see or send it. */
export const DASHBOARD_COOKIE = 'pa_queues_session';

export const isDashboardPath = (path: string): boolean =>
  path === DASHBOARD_PATH || path.startsWith(`${DASHBOARD_PATH}/`);

type SessionCaller = Omit<Caller, 'request_id'>;

/** Only the digest of a session id is stored, so reading Redis does not hand out sessions. */
const sessionKey = (deps: AppDeps, id: string) =>
  `${deps.names.prefix}:dashboard-session:${createHash('sha256').update(id).digest('hex')}`;

/** Opens a session for an admin; returns the cookie's value. */
export async function openDashboardSession(
  deps: AppDeps,
  caller: Caller,
  ttlSeconds: number,
): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  const { request_id: _request, ...stored } = caller;
  await deps.redis.set(
    sessionKey(deps, id),
    JSON.stringify(stored satisfies SessionCaller),
    'EX',
    ttlSeconds,
  );
  return id;
}

export async function closeDashboardSession(deps: AppDeps, id: string): Promise<void> {
  await deps.redis.del(sessionKey(deps, id));
}

/** The Caller of the request's dashboard cookie; null without one, or once it expired or was closed. */
export async function dashboardSessionCaller(c: Context<AppEnv>): Promise<Caller | null> {
  const id = getCookie(c, DASHBOARD_COOKIE);
  if (!id || !/^[A-Za-z0-9_-]{43}$/.test(id)) return null;
  const stored = await c.get('deps').redis.get(sessionKey(c.get('deps'), id));
  if (!stored) return null;
  const parsed = callerSchema.safeParse({ ...JSON.parse(stored), request_id: c.get('requestId') });
  return parsed.success ? parsed.data : null;
}
