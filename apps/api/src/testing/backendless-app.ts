import { apiEnvSchema, parseEnv } from '@pa/config';
import { createApiMetrics, createLogger } from '@pa/observability';
import { sign } from 'hono/jwt';
import { createApp } from '../app.js';
import { createTokenVerifier } from '../auth/token-verifier.js';
import type { AppDeps } from '../env.js';

/** The HS256 secret the backendless app verifies tokens with. */
export const UNIT_JWT_SECRET = 'unit-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
const SECRET = UNIT_JWT_SECRET;

/**
 * The whole app for app.request() tests of what happens before any backend:
 * Redis, PostgreSQL and the queue throw if a request reaches them, and no
 * caller is ever banned.
 */
export function backendlessApp(env: Record<string, string> = {}) {
  const config = parseEnv(apiEnvSchema, {
    DATABASE_URL: 'postgres://u:p@127.0.0.1:1/none',
    REDIS_URL: 'redis://127.0.0.1:1',
    JWT_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const unused = new Proxy(
    {},
    {
      get() {
        throw new Error('the request reached a backend');
      },
    },
  ) as never;
  const deps: AppDeps = {
    config,
    logger: createLogger('api', 'silent'),
    metrics: createApiMetrics(),
    tokens: createTokenVerifier(config),
    redis: unused,
    appDb: unused,
    queue: unused,
    names: { prefix: 'unit', queue: 'questions' },
    events: unused,
    hub: unused,
    sessions: unused,
    abuse: { ledger: { activeBan: async () => null } } as never,
  };
  return createApp(deps);
}

/** `Authorization` headers for a bank's analyst and for an admin, signed with the app's secret. */
export async function unitBearer(who: 'analyst' | 'admin'): Promise<Record<string, string>> {
  const now = Math.floor(Date.now() / 1000);
  const claims = who === 'admin' ? { sub: 'root', role: 'admin' } : { sub: 'alice', bank: 'Halyk Bank' };
  return { authorization: `Bearer ${await sign({ ...claims, iat: now, exp: now + 600 }, SECRET, 'HS256')}` };
}
