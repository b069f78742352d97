import type { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { callerFromClaims } from '../auth/caller-from-claims.js';
import { TokenRejected } from '../auth/token-verifier.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors.js';
import {
  closeDashboardSession,
  DASHBOARD_COOKIE,
  DASHBOARD_PATH,
  openDashboardSession,
} from './dashboard-session.js';
import { LOGIN_PAGE } from './login-page.js';

export const LOGIN_PATH = `${DASHBOARD_PATH}/login`;
export const SESSION_PATH = `${DASHBOARD_PATH}/session`;
export const LOGOUT_PATH = `${DASHBOARD_PATH}/logout`;

/**
 * A browser cannot put a bearer token on a page it navigates to, nor on the
 * dashboard's own fetches, so an admin trades the token for a session cookie:
 * GET /admin/queues/login is a form that POSTs the token (in the body, never
 * the URL, so it stays out of logs, history and Referer) to /admin/queues/session,
 * which checks it exactly as a bearer token, requires the admin role and sets
 * an HttpOnly, SameSite=Strict cookie for /admin/queues only, lasting
 * DASHBOARD_SESSION_TTL_SECONDS and never past the token's `exp`.
 * `Authorization: Bearer` works on /admin/queues/session too (scripts, curl).
 */
export function registerDashboardLogin(app: Hono<AppEnv>): void {
  app.get(LOGIN_PATH, (c) => {
    c.header('Cache-Control', 'no-store');
    return c.html(LOGIN_PAGE);
  });

  app.post(SESSION_PATH, async (c) => {
    const deps = c.get('deps');
    const form = /^application\/x-www-form-urlencoded/i.test(c.req.header('content-type') ?? '');
    const fromHeader = /^Bearer +(\S+) *$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const fromForm = form ? (await c.req.parseBody()).token : undefined;
    const token = fromHeader ?? (typeof fromForm === 'string' ? fromForm.trim() : '');
    if (!token)
      throw new ApiError(
        'unauthorized',
        'Unauthorized: send an admin token in the form or as a bearer token.',
      );
    let claims: Awaited<ReturnType<typeof deps.tokens.verify>>;
    try {
      claims = await deps.tokens.verify(token);
    } catch (err) {
      const reason = err instanceof TokenRejected ? err.message : 'the token could not be verified';
      throw new ApiError('unauthorized', `Unauthorized: ${reason}.`);
    }
    const caller = (() => {
      try {
        return callerFromClaims(claims, {
          requestId: c.get('requestId'),
          defaultTimeZone: deps.config.DEFAULT_TIMEZONE,
        });
      } catch (err) {
        throw new ApiError('unauthorized', `Unauthorized: ${(err as Error).message}.`);
      }
    })();
    if (caller.role !== 'admin')
      throw new ApiError('forbidden', 'Only administrators may open the queue dashboard.');
    const untilExp = typeof claims.exp === 'number' ? claims.exp - Math.floor(Date.now() / 1000) : 0;
    const ttl = Math.min(deps.config.DASHBOARD_SESSION_TTL_SECONDS, untilExp);
    if (ttl < 1) throw new ApiError('unauthorized', 'Unauthorized: the token expires too soon.');
    const id = await openDashboardSession(deps, caller, ttl);
    setCookie(c, DASHBOARD_COOKIE, id, {
      path: DASHBOARD_PATH,
      httpOnly: true,
      sameSite: 'Strict',
      secure: isHttps(c.req.url, c.req.header('x-forwarded-proto')),
      maxAge: ttl,
    });
    deps.logger.info({ user_id: caller.user_id, ttl }, 'queue dashboard session opened');
    c.header('Cache-Control', 'no-store');
    if (form) return c.redirect(DASHBOARD_PATH, 303);
    return c.json({ expires_at: new Date(Date.now() + ttl * 1000).toISOString() }, 200);
  });

  // Needs the session (or a bearer token) like every dashboard path: it is not public.
  app.post(LOGOUT_PATH, async (c) => {
    const id = getCookie(c, DASHBOARD_COOKIE);
    if (id) await closeDashboardSession(c.get('deps'), id);
    deleteCookie(c, DASHBOARD_COOKIE, { path: DASHBOARD_PATH });
    return c.redirect(LOGIN_PATH, 303);
  });
}

/** The cookie is Secure whenever the browser reached us over TLS (directly or through a proxy that says so). */
function isHttps(url: string, forwardedProto: string | undefined): boolean {
  return url.startsWith('https:') || forwardedProto?.split(',')[0]?.trim() === 'https';
}
