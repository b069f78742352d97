import type { Caller } from '@pa/contracts';
import type { MiddlewareHandler } from 'hono';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppDeps, AppEnv } from '../env.js';
import { ApiError } from '../errors.js';
import { limitKeys } from './limit-keys.js';
import { type QuotaPolicy, rateLimitField, rateLimitPolicyField } from './rate-limit-headers.js';

/** The paths (and everything under them) whose every answer is rate-limited: they reach Redis or PostgreSQL. */
export const RATE_LIMITED_PREFIXES: readonly string[] = [
  '/api/queries',
  '/api/query',
  '/api/chat',
  '/api/context',
  '/api/sessions',
  '/api/usage',
];

/** Submissions enqueue work (and may cost LLM tokens); reads are every other request. */
export type Budget = 'submit' | 'read';

/** `METHOD path` of every route that enqueues work; a later submission route adds itself here. */
export const SUBMISSION_ROUTES: ReadonlySet<string> = new Set([
  'POST /api/queries',
  'POST /api/query',
  'POST /api/chat',
]);

export const budgetOf = (method: string, path: string): Budget =>
  SUBMISSION_ROUTES.has(`${method.toUpperCase()} ${path}`) ? 'submit' : 'read';

type Scope = 'user' | 'tenant';

interface Limiter {
  policy: QuotaPolicy;
  scope: Scope;
  limiter: RateLimiterRedis;
}

function buildLimiters(deps: AppDeps): Record<Budget, Limiter[]> {
  const { config } = deps;
  const make = (budget: Budget, scope: Scope, quota: number): Limiter => {
    const name = `${budget}-${scope}`;
    return {
      policy: { name, quota, windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS },
      scope,
      limiter: new RateLimiterRedis({
        storeClient: deps.redis,
        keyPrefix: limitKeys.rate(deps.names, name),
        points: quota,
        duration: config.RATE_LIMIT_WINDOW_SECONDS,
      }),
    };
  };
  return {
    submit: [
      make('submit', 'user', config.RATE_LIMIT_SUBMIT_PER_USER),
      make('submit', 'tenant', config.RATE_LIMIT_SUBMIT_PER_TENANT),
    ],
    read: [
      make('read', 'user', config.RATE_LIMIT_READ_PER_USER),
      make('read', 'tenant', config.RATE_LIMIT_READ_PER_TENANT),
    ],
  };
}

const partition = (caller: Caller, scope: Scope) =>
  scope === 'user' ? `${caller.tenant}:${caller.user_id}` : caller.tenant;

/** A RateLimiterRes is the library's "over the limit"; anything else (Redis down) propagates as is. */
async function consume(
  limiter: RateLimiterRedis,
  key: string,
): Promise<{ allowed: boolean; res: RateLimiterRes }> {
  try {
    return { allowed: true, res: await limiter.consume(key) };
  } catch (err) {
    if (err instanceof RateLimiterRes) return { allowed: false, res: err };
    throw err;
  }
}

/**
 * Spends one unit of each budget in order (user, then bank), stopping at the
 * first that refuses: a user past their own limit does not also use up their
 * bank's budget, which would lock their colleagues out. A budget not reached
 * is only read, for the RateLimit field.
 */
async function spend(
  active: Limiter[],
  caller: Caller,
): Promise<Array<{ allowed: boolean; res: RateLimiterRes }>> {
  const outcomes: Array<{ allowed: boolean; res: RateLimiterRes }> = [];
  for (const l of active) {
    const key = partition(caller, l.scope);
    if (outcomes.some((o) => !o.allowed)) {
      const seen = await l.limiter.get(key);
      outcomes.push({
        allowed: true,
        res: seen ?? new RateLimiterRes(l.policy.quota, l.policy.windowSeconds * 1000, 0, false),
      });
    } else {
      outcomes.push(await consume(l.limiter, key));
    }
  }
  return outcomes;
}

function tooManyMessage(budget: Budget, scope: Scope, policy: QuotaPolicy, retryAfter: number): string {
  const what = budget === 'submit' ? 'questions' : 'requests';
  const who = scope === 'user' ? 'you' : 'your bank';
  return (
    `Too many ${what}: ${who} may send ${policy.quota} every ${policy.windowSeconds} s ` +
    `(${scope === 'user' ? 'per user' : 'for the whole bank'}). Try again in ${retryAfter} s.`
  );
}

/**
 * Rate limits shared by every API replica (counters in Redis): each
 * authenticated request spends one unit of its user's and its bank's budget,
 * submissions and reads separately. Every limited response says where the
 * caller stands (RateLimit-Policy, RateLimit); a refused one is a 429 in the
 * error envelope with Retry-After. Redis unreachable → the error propagates
 * (503 by app.onError), never a silent pass.
 */
export function rateLimits(): MiddlewareHandler<AppEnv> {
  // Built on first use: createApp does no I/O and touches no connection.
  let limiters: Record<Budget, Limiter[]> | null = null;
  return async (c, next) => {
    const caller = c.get('caller');
    if (!caller) return next();
    const deps = c.get('deps');
    limiters ??= buildLimiters(deps);
    const budget = budgetOf(c.req.method, c.req.path);
    const active = limiters[budget];
    const outcomes = await spend(active, caller);
    c.header('RateLimit-Policy', rateLimitPolicyField(active.map((l) => l.policy)));
    c.header(
      'RateLimit',
      rateLimitField(
        outcomes.map((o, i) => ({
          name: active[i]!.policy.name,
          remaining: o.res.remainingPoints,
          resetSeconds: o.res.msBeforeNext / 1000,
        })),
      ),
    );
    const refused = outcomes
      .map((o, i) => ({ ...o, limit: active[i]! }))
      .filter((o) => !o.allowed)
      .sort((a, b) => b.res.msBeforeNext - a.res.msBeforeNext)[0];
    if (refused) {
      const retryAfter = Math.max(1, Math.ceil(refused.res.msBeforeNext / 1000));
      c.header('Retry-After', String(retryAfter));
      deps.metrics.rateLimited.inc({ limit: refused.limit.policy.name });
      throw new ApiError(
        'rate_limited',
        tooManyMessage(budget, refused.limit.scope, refused.limit.policy, retryAfter),
        {
          policy: refused.limit.policy.name,
          quota: refused.limit.policy.quota,
          window_seconds: refused.limit.policy.windowSeconds,
          retry_after_seconds: retryAfter,
        },
      );
    }
    await next();
  };
}
