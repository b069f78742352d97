import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { ISSUER_BANKS } from '@pa/contracts';
import type { Context, MiddlewareHandler } from 'hono';
import { sign } from 'hono/jwt';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { errorResponse, jsonContent } from '../../openapi/schemas.js';

/** Short-lived on purpose: the page asks for a new one when it expires. */
export const DEV_TOKEN_TTL_SECONDS = 3_600;

export const DevTokenRequestSchema = z
  .object({
    bank: z
      .enum(ISSUER_BANKS, { error: `bank must be one of: ${ISSUER_BANKS.join(', ')}` })
      .optional()
      .openapi({ description: "An analyst of this bank; without it, an admin (every bank's data)." }),
  })
  .strict()
  .openapi('DevTokenRequest');

export const DevTokenSchema = z
  .object({
    token: z.string(),
    token_type: z.literal('Bearer'),
    expires_at: z.iso.datetime(),
    sub: z.string(),
    bank: z.enum(ISSUER_BANKS).nullable(),
    role: z.enum(['analyst', 'admin']),
  })
  .openapi('DevToken');

export const issueDevTokenRoute = createRoute({
  method: 'post',
  path: '/dev/token',
  tags: ['dev'],
  summary: 'A development token for the web page (AUTH_MODE=dev only)',
  description:
    'What `npm run token` prints, for the web page at `/` to pre-fill: an HS256 token signed with JWT_SECRET, ' +
    `valid ${DEV_TOKEN_TTL_SECONDS / 60} minutes. Only when AUTH_MODE=dev (which NODE_ENV=production refuses) ` +
    '— otherwise 404, as for a route that does not exist — and only to a client on this machine: the ' +
    'connection must come from a loopback address and the Host header must name localhost (which also ' +
    'defeats DNS rebinding). Public: the point is to get a token without one.',
  security: [],
  middleware: [devModeOnly()] as const,
  request: { body: { required: false, content: jsonContent(DevTokenRequestSchema) } },
  responses: {
    200: { description: 'A token', content: jsonContent(DevTokenSchema) },
    400: errorResponse('Unknown bank'),
    403: errorResponse('The request did not come from this machine (localhost)'),
    404: errorResponse('Not in development mode (AUTH_MODE is not dev)'),
  },
});

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const isLoopbackAddress = (a: string | undefined) =>
  a !== undefined && (a === '::1' || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(a));

/** Whether both the TCP peer and the name the browser used are this machine. */
function fromThisMachine(c: Context<AppEnv>): boolean {
  let remote: string | undefined;
  try {
    remote = getConnInfo(c).remote.address;
  } catch {
    // No socket (app.request() in tests): nobody to trust.
    return false;
  }
  return isLoopbackAddress(remote) && LOOPBACK_HOSTS.has(new URL(c.req.url).hostname);
}

/** Runs before the body is validated, so outside development mode the route is indistinguishable from none. */
function devModeOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('deps').config.AUTH_MODE !== 'dev')
      throw new ApiError('not_found', `No route for ${c.req.method} ${c.req.path}.`);
    if (!fromThisMachine(c))
      throw new ApiError(
        'forbidden',
        'Development tokens are handed out only to a browser on this machine (http://localhost); ' +
          'elsewhere mint one with `npm run token`.',
      );
    await next();
  };
}

/** POST /api/dev/token — a short-lived token in development mode, for the web page (public, loopback only). */
export function registerIssueDevToken(app: OpenAPIHono<AppEnv>): void {
  app.openapi(issueDevTokenRoute, async (c) => {
    const { config } = c.get('deps');
    const bank = c.req.valid('json').bank ?? null;
    const iat = Math.floor(Date.now() / 1000);
    const exp = iat + DEV_TOKEN_TTL_SECONDS;
    const sub = bank ? `dev-analyst@${bank}` : 'dev-admin';
    const token = await sign(
      {
        sub,
        ...(bank ? { bank } : { role: 'admin' }),
        iat,
        exp,
        ...(config.JWT_ISSUER ? { iss: config.JWT_ISSUER } : {}),
        ...(config.JWT_AUDIENCE ? { aud: config.JWT_AUDIENCE } : {}),
      },
      // AUTH_MODE=dev cannot start without it (packages/config).
      config.JWT_SECRET!,
      'HS256',
    );
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        token,
        token_type: 'Bearer' as const,
        expires_at: new Date(exp * 1000).toISOString(),
        sub,
        bank,
        role: bank ? ('analyst' as const) : ('admin' as const),
      },
      200,
    );
  });
}
