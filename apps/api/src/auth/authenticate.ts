import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { errorBody } from '../errors.js';
import { dashboardSessionCaller, isDashboardPath } from '../queue-dashboard/dashboard-session.js';
import { callerFromClaims } from './caller-from-claims.js';
import { TokenRejected } from './token-verifier.js';

/**
 * Paths anyone may call. Everything else needs a valid token, including paths
 * no route serves (they answer 401, then 404 with a token), so a new route is
 * protected unless it is added here on purpose.
 */
export const PUBLIC_PATHS: ReadonlySet<string> = new Set([
  '/api/health',
  '/api/ready',
  '/api/openapi.json',
  '/metrics',
  '/docs',
  // The web page (web-page/), and the development token it asks for (checks AUTH_MODE=dev and localhost itself).
  '/',
  '/api/dev/token',
  // The queue dashboard's sign-in form, and where it trades an admin token for a session (it checks the token itself).
  '/admin/queues/login',
  '/admin/queues/session',
]);
/** Prefixes of public static files (the API documentation page's assets, the web page's). */
export const PUBLIC_PREFIXES: readonly string[] = ['/docs/', '/assets/'];

export const isPublicPath = (path: string): boolean =>
  PUBLIC_PATHS.has(path) || PUBLIC_PREFIXES.some((prefix) => path.startsWith(prefix));

const REALM = 'payments-analytics';
const BEARER = /^Bearer +([A-Za-z0-9\-_.~+/]+=*) *$/i;

/** 401 in the error envelope with the RFC 6750 challenge. */
function unauthorized(c: Context<AppEnv>, error: 'invalid_request' | 'invalid_token', description: string) {
  const quoted = description.replace(/[\\"]/g, '\\$&');
  c.header('WWW-Authenticate', `Bearer realm="${REALM}", error="${error}", error_description="${quoted}"`);
  c.header('Cache-Control', 'no-store');
  return c.json(errorBody(c, 'unauthorized', `Unauthorized: ${description}.`), 401);
}

/**
 * Authentication: the bearer token is verified (see createTokenVerifier) and
 * turned into the request's Caller. Every failure is a 401, never a 5xx.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (isPublicPath(c.req.path)) return next();
    const deps = c.get('deps');
    const header = c.req.header('authorization');
    if (!header && isDashboardPath(c.req.path)) {
      // A browser on the queue dashboard carries its session cookie instead (queue-dashboard/).
      const caller = await dashboardSessionCaller(c);
      if (caller) {
        c.set('caller', caller);
        return next();
      }
      return unauthorized(
        c,
        'invalid_request',
        'send a bearer token, or sign in to the queue dashboard at /admin/queues/login',
      );
    }
    if (!header)
      return unauthorized(c, 'invalid_request', 'send a bearer token (Authorization: Bearer <token>)');
    const token = BEARER.exec(header)?.[1];
    if (!token)
      return unauthorized(c, 'invalid_request', 'the Authorization header must be "Bearer <token>"');
    try {
      const claims = await deps.tokens.verify(token);
      c.set(
        'caller',
        callerFromClaims(claims, {
          requestId: c.get('requestId'),
          defaultTimeZone: deps.config.DEFAULT_TIMEZONE,
        }),
      );
    } catch (err) {
      if (err instanceof TokenRejected) return unauthorized(c, 'invalid_token', err.message);
      deps.logger.warn({ err, request_id: c.get('requestId') }, 'token verification failed unexpectedly');
      return unauthorized(c, 'invalid_token', 'the token could not be verified');
    }
    await next();
  };
}
