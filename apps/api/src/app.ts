import type { Readable } from 'node:stream';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { refuseBanned } from './abuse/refuse-banned.js';
import { registerApiDocs } from './api-docs/api-docs.js';
import { authenticate } from './auth/authenticate.js';
import type { AppDeps, AppEnv } from './env.js';
import { ApiError, errorBody, errorResponse } from './errors.js';
import { RATE_LIMITED_PREFIXES, rateLimits } from './limits/rate-limits.js';
import { OPENAPI_PATH, openApiDocument } from './openapi/document.js';
import { createRouter } from './openapi/router.js';
import { registerQueueDashboard } from './queue-dashboard/queue-dashboard.js';
import { apiRoutes } from './routes/index.js';
import { registerWebPage } from './web-page/web-page.js';

/** Builds the HTTP app from ready-made dependencies; does no I/O itself. */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();

  app.use(requestId({ headerName: 'X-Request-Id' }));
  app.use(async (c, next) => {
    c.set('deps', deps);
    const started = performance.now();
    await next();
    const route = c.req.routePath || 'unmatched';
    deps.metrics.requests.inc({ route, method: c.req.method, status: `${Math.floor(c.res.status / 100)}xx` });
    deps.metrics.requestSeconds.observe(
      { route, method: c.req.method },
      (performance.now() - started) / 1000,
    );
  });
  app.use(secureHeaders());
  // Closed unless CORS_ORIGINS lists origins; a preflight is answered before authentication.
  if (deps.config.CORS_ORIGINS.length > 0) {
    app.use(
      cors({
        origin: [...deps.config.CORS_ORIGINS],
        allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Last-Event-ID', 'X-Request-Id'],
        exposeHeaders: [
          'Location',
          'X-Request-Id',
          'Retry-After',
          'WWW-Authenticate',
          'RateLimit',
          'RateLimit-Policy',
          'Idempotent-Replayed',
        ],
        maxAge: 600,
      }),
    );
  }
  app.use(authenticate());
  // Banned callers: 403 on every authenticated route (abuse/refuse-banned.ts).
  app.use(refuseBanned());
  // Rate limits on the routes that reach Redis or PostgreSQL (limits/rate-limits.ts).
  const limited = rateLimits();
  for (const prefix of RATE_LIMITED_PREFIXES) app.use(`${prefix}/*`, limited);
  // Every body: the API's JSON and the queue dashboard's sign-in form and actions.
  const limitBody = bodyLimit({
    maxSize: deps.config.BODY_LIMIT_BYTES,
    onError: (c) => {
      // The rest of the body is never read, so the connection cannot be reused.
      c.header('Connection', 'close');
      return errorResponse(
        c as never,
        new ApiError(
          'payload_too_large',
          `The request body is larger than ${deps.config.BODY_LIMIT_BYTES} bytes.`,
        ),
      );
    },
  });
  // A GET or HEAD has no body (@hono/node-server gives it none), so the limit has nothing to count;
  // asking for `req.raw.body` would only build a full Fetch Request and AbortController per request,
  // kept for as long as the connection is open — an SSE stream's whole life.
  app.use((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));

  app.route('/api', apiRoutes());
  // Generated from the routes this app serves, once, on the first request for it.
  let document: Record<string, unknown> | undefined;
  app.get(OPENAPI_PATH, (c) => {
    document ??= openApiDocument(app);
    return c.json(document);
  });
  registerApiDocs(app);
  registerQueueDashboard(app, deps);
  registerWebPage(app);
  app.get('/metrics', async (c) => {
    c.header('content-type', deps.metrics.registry.contentType);
    return c.body(await deps.metrics.registry.metrics());
  });

  app.notFound((c) => c.json(errorBody(c, 'not_found', `No route for ${c.req.method} ${c.req.path}.`), 404));
  app.onError((err, c) => {
    // The request stream itself broke (a malformed chunk, a client gone mid-body): whatever the
    // reader threw — the body limit's counter reads it before any route — it is the client's side.
    // Node 24 hands such requests to the app before its parser gives up; never count them as 5xx.
    if (requestStreamBroke(c.env)) {
      c.header('Connection', 'close');
      return c.json(errorBody(c, 'bad_request', 'The request body could not be read in full.'), 400);
    }
    if (err instanceof ApiError) {
      if (err.status >= 500) deps.logger.error({ err, request_id: c.get('requestId') }, err.message);
      return errorResponse(c, err);
    }
    if (err instanceof HTTPException && err.status < 500) {
      return c.json(errorBody(c, 'bad_request', err.message || 'Bad request.'), err.status);
    }
    if (isBackendUnavailable(err)) {
      deps.logger.warn({ err, request_id: c.get('requestId'), path: c.req.path }, 'backend unavailable');
      c.header('Retry-After', '5');
      return c.json(
        errorBody(c, 'unavailable', 'The service is temporarily unavailable; please retry shortly.'),
        503,
      );
    }
    deps.logger.error({ err, request_id: c.get('requestId'), path: c.req.path }, 'unhandled error');
    return c.json(errorBody(c, 'internal', 'Something went wrong on our side; please retry.'), 500);
  });
  return app;
}

/** The Node request behind this context errored or was aborted while its body was being read. */
function requestStreamBroke(env: unknown): boolean {
  const incoming = (env as { incoming?: Readable & { aborted?: boolean } } | undefined)?.incoming;
  if (!incoming || typeof incoming !== 'object') return false;
  return Boolean(incoming.errored) || incoming.readableAborted === true || incoming.aborted === true;
}

/**
 * Redis or PostgreSQL unreachable: the request may succeed later, so 503 rather than 500. A Redis
 * Cluster client says so in its own words (down, reconnecting, no slot map, mid-failover).
 */
function isBackendUnavailable(err: Error): boolean {
  const code = (err as { code?: string }).code ?? '';
  return (
    err.name === 'MaxRetriesPerRequestError' ||
    /Command timed out|Connection is closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|timeout exceeded when trying to connect/i.test(
      err.message,
    ) ||
    /Cluster isn't ready|CLUSTERDOWN|TRYAGAIN|Failed to refresh slots cache|None of startup nodes is available|Too many Cluster redirections/.test(
      err.message,
    ) ||
    /^(08|57P)/.test(code)
  );
}
