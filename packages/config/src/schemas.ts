import { z } from 'zod';

const int = (defaultValue: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(defaultValue);

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// or postgresql:// URL' });
const redisUrl = z.string().regex(/^rediss?(\+sentinel)?:\/\//, {
  error: 'must be a redis://, rediss:// or redis+sentinel:// URL',
});

/**
 * Every Redis key of ours and BullMQ's starts with the prefix. Its braces are a Redis Cluster
 * hash tag: every key hashes to one slot, so BullMQ's multi-key scripts and our own
 * transactions work on a cluster (on a single Redis they are ordinary characters).
 */
export const DEFAULT_QUEUE_PREFIX = '{pa}';

/** A comma-separated list, blanks dropped. */
const commaList = z.string().transform((s) =>
  s
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0),
);

/** `host:port` (`[v6]:port`), the port defaulting to 6379. */
const CLUSTER_NODE = /^(\[[^\]]+\]|[^:[\]\s]+)(:\d{1,5})?$/;

/** A Redis Cluster hash tag: the first `{…}` with something inside (what the cluster hashes). */
export const hasHashTag = (prefix: string): boolean => /^[^{]*\{[^}]+\}/.test(prefix);

/** Cluster mode needs a plain URL (no Sentinel), database 0 and a hash-tagged prefix. */
function checkRedisCluster(
  env: { REDIS_URL: string; REDIS_CLUSTER_NODES?: string[] | undefined; QUEUE_PREFIX: string },
  ctx: z.RefinementCtx,
): void {
  if (!env.REDIS_CLUSTER_NODES || env.REDIS_CLUSTER_NODES.length === 0) return;
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (/^rediss?\+sentinel:/.test(env.REDIS_URL))
    issue('REDIS_URL', 'a Sentinel URL cannot be combined with REDIS_CLUSTER_NODES');
  else if (!/^rediss?:\/\/[^/]*(\/0?)?(\?.*)?$/.test(env.REDIS_URL))
    issue('REDIS_URL', 'a Redis Cluster has only database 0: drop the /<db> when REDIS_CLUSTER_NODES is set');
  if (!hasHashTag(env.QUEUE_PREFIX))
    issue(
      'QUEUE_PREFIX',
      `needs a hash tag such as ${DEFAULT_QUEUE_PREFIX} when REDIS_CLUSTER_NODES is set (BullMQ's scripts use several keys)`,
    );
}

/** Variables both processes read. */
export const commonEnvSchema = z.object({
  DATABASE_URL: postgresUrl,
  /** Where questions run (typically a read replica); defaults to DATABASE_URL. */
  ANALYTICS_DATABASE_URL: postgresUrl.optional(),
  REDIS_URL: redisUrl,
  /**
   * Seed nodes of a Redis Cluster (comma-separated `host:port`): when set, every connection is a
   * cluster client that follows the slot map (MOVED/ASK, failovers); REDIS_URL then gives the
   * credentials, TLS (`rediss://`) and one more seed. QUEUE_PREFIX must carry a hash tag.
   */
  REDIS_CLUSTER_NODES: commaList
    .pipe(z.array(z.string().regex(CLUSTER_NODE, { error: 'each node must look like host:port' })))
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** BullMQ key prefix (a Redis Cluster hash tag by default); tests give every file its own. */
  QUEUE_PREFIX: z.string().min(1).default(DEFAULT_QUEUE_PREFIX),
  QUEUE_NAME: z.string().min(1).default('questions'),
  /** Session time zone of a caller whose token names none. */
  DEFAULT_TIMEZONE: z.string().min(1).default('Asia/Almaty'),
  /** How long a job's event log and state stay in Redis (seconds). */
  JOB_EVENTS_TTL_SECONDS: int(86_400 * 2, 60),
  /** A chat session (Redis) expires this long after it was last used (seconds). */
  CHAT_SESSION_TTL_SECONDS: int(86_400, 60),
  /** Answered turns a chat session keeps, newest last. */
  CHAT_SESSION_MAX_TURNS: int(10, 1, 100),
  /** Abuse control (README, "Abuse control"): violations within this sliding window count towards a ban. */
  ABUSE_WINDOW_SECONDS: int(86_400, 60),
  /** Violations within the window that ban the user; 0 records and warns but never bans. */
  ABUSE_BAN_THRESHOLD: int(3, 0, 1_000),
  /** How long a ban lasts. */
  ABUSE_BAN_SECONDS: int(3_600, 1),
});

/** JWT signature algorithms Hono verifies; `none` is not one of them and never will be. */
export const JWT_ALGORITHMS = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;
export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];
export const isSymmetricAlgorithm = (alg: JwtAlgorithm): boolean => alg.startsWith('HS');

const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

export const apiEnvSchema = commonEnvSchema
  .extend({
    PORT: int(3000, 0, 65_535),
    HOST: z.string().default('0.0.0.0'),
    BODY_LIMIT_BYTES: int(16 * 1024, 256),
    /** SSE keep-alive comment interval. */
    SSE_PING_MS: int(15_000, 50),
    JOB_ATTEMPTS: int(3, 1, 20),
    NODE_ENV: z.string().optional(),
    /** `jwt`: tokens from your identity provider; `dev`: HS256 tokens minted locally with `npm run token`. */
    AUTH_MODE: z.enum(['jwt', 'dev']).default('jwt'),
    /** HS256/384/512 shared secret. */
    JWT_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
    /** JSON Web Key Set of the identity provider, for RS*, PS*, ES* and EdDSA tokens. */
    JWKS_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    /** Algorithms a token may be signed with; by default HS256 with a secret, RS256 and ES256 with a JWKS URL. */
    JWT_ALGORITHMS: commaList
      .pipe(
        z.array(
          z.enum(JWT_ALGORITHMS, {
            error: (issue) =>
              `${String(issue.input)} is not accepted; use some of ${JWT_ALGORITHMS.join(', ')}`,
          }),
        ),
      )
      .optional(),
    /** Required `iss` of every token, when set. */
    JWT_ISSUER: z.string().min(1).optional(),
    /** Required `aud` of every token (one of the token's audiences), when set. */
    JWT_AUDIENCE: z.string().min(1).optional(),
    /** How long a fetched key set is trusted before it is fetched again (an unknown `kid` refreshes it sooner). */
    JWKS_CACHE_TTL_SECONDS: int(600, 10, 86_400),
    /** Clock skew tolerated for `exp`, `nbf` and `iat`. */
    JWT_CLOCK_TOLERANCE_SECONDS: int(30, 0, 300),
    /** Browser origins allowed to call the API (comma-separated); none by default. */
    CORS_ORIGINS: commaList
      .pipe(z.array(z.string().regex(ORIGIN, { error: 'each origin must look like https://host[:port]' })))
      .default([]),
    /** Rate limits: requests per window, counted in Redis so every API replica shares them (README, "Limits"). */
    RATE_LIMIT_WINDOW_SECONDS: int(60, 1, 86_400),
    RATE_LIMIT_SUBMIT_PER_USER: int(30, 1),
    RATE_LIMIT_SUBMIT_PER_TENANT: int(300, 1),
    RATE_LIMIT_READ_PER_USER: int(1_200, 1),
    RATE_LIMIT_READ_PER_TENANT: int(12_000, 1),
    /** Questions of one bank queued or running at once. */
    TENANT_MAX_IN_FLIGHT: int(20, 1),
    /** LLM tokens (input + output) one bank may spend per UTC day. */
    LLM_DAILY_TOKEN_BUDGET: int(1_000_000, 0),
    /** How long an Idempotency-Key and its response are kept. */
    IDEMPOTENCY_TTL_SECONDS: int(86_400, 60),
    /** How long a queue-dashboard session (cookie) lasts; never longer than the token it was opened with. */
    DASHBOARD_SESSION_TTL_SECONDS: int(900, 60, 43_200),
  })
  .transform((env) => ({
    ...env,
    JWT_ALGORITHMS:
      env.JWT_ALGORITHMS && env.JWT_ALGORITHMS.length > 0
        ? env.JWT_ALGORITHMS
        : ([
            ...(env.JWT_SECRET ? ['HS256'] : []),
            ...(env.JWKS_URL ? ['RS256', 'ES256'] : []),
          ] as JwtAlgorithm[]),
  }))
  .superRefine((env, ctx) => {
    checkRedisCluster(env, ctx);
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (env.AUTH_MODE === 'dev') {
      if (env.NODE_ENV === 'production') issue('AUTH_MODE', 'dev is refused when NODE_ENV=production');
      if (!env.JWT_SECRET)
        issue('JWT_SECRET', 'required when AUTH_MODE=dev (npm run services writes one to .env)');
    } else if (!env.JWT_SECRET && !env.JWKS_URL) {
      issue('JWT_SECRET', 'AUTH_MODE=jwt needs JWT_SECRET (HS256) or JWKS_URL (RS256/ES256)');
    }
    for (const alg of env.JWT_ALGORITHMS) {
      if (isSymmetricAlgorithm(alg) && !env.JWT_SECRET) issue('JWT_ALGORITHMS', `${alg} needs JWT_SECRET`);
      if (!isSymmetricAlgorithm(alg) && !env.JWKS_URL) issue('JWT_ALGORITHMS', `${alg} needs JWKS_URL`);
    }
  });
export type ApiConfig = z.infer<typeof apiEnvSchema>;

export const workerEnvSchema = commonEnvSchema
  .extend({
    WORKER_CONCURRENCY: int(32, 1, 1000),
    /** BullMQ lock: a job whose worker stops renewing it for this long is taken over. */
    WORKER_LOCK_DURATION_MS: int(30_000, 1000),
    WORKER_STALLED_INTERVAL_MS: int(30_000, 500),
    SHUTDOWN_TIMEOUT_MS: int(25_000, 100),
    METRICS_PORT: int(9091, 0, 65_535),
    METRICS_HOST: z.string().default('0.0.0.0'),
    LLM_PROVIDER: z.enum(['gemini', 'openai', 'builtin']).optional(),
    GEMINI_API_KEY: z.string().optional(),
    GEMINI_MODEL: z.string().default('gemini-flash-latest'),
    GEMINI_BASE_URL: z.string().url().optional(),
    OPENAI_API_KEY: z.string().optional(),
    OPENAI_BASE_URL: z.string().url().optional(),
    OPENAI_MODEL: z.string().default('gpt-4o-mini'),
    LLM_TIMEOUT_MS: int(20_000, 1000),
    LLM_MAX_ATTEMPTS: int(3, 1, 10),
    LLM_BREAKER_THRESHOLD: int(5, 1),
    LLM_BREAKER_HALF_OPEN_MS: int(30_000, 1000),
    LLM_PROMPT_TOKEN_BUDGET: int(6_000, 1_000),
    /** Provider-wide call rate shared by every worker (Redis token bucket). */
    LLM_RATE_PER_SECOND: z.coerce.number().positive().default(5),
    LLM_BURST: int(10, 1),
    /** Provider-wide calls in flight at once, across every worker. */
    LLM_MAX_CONCURRENCY: int(8, 1),
    STATEMENT_TIMEOUT_MS: int(5_000, 100, 600_000),
    MAX_RESULT_ROWS: int(1_000, 1, 100_000),
    MAX_RESULT_BYTES: int(5 * 1024 * 1024, 1024),
    /** Keep finished jobs in BullMQ this long; after that, results are read from history. */
    REMOVE_COMPLETED_AFTER_SECONDS: int(3_600, 0),
    REMOVE_FAILED_AFTER_SECONDS: int(86_400, 0),
  })
  .transform((env) => ({
    ...env,
    LLM_PROVIDER: env.LLM_PROVIDER ?? (env.GEMINI_API_KEY ? ('gemini' as const) : ('builtin' as const)),
  }))
  .superRefine((env, ctx) => {
    checkRedisCluster(env, ctx);
    if (env.LLM_PROVIDER === 'gemini' && !env.GEMINI_API_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['GEMINI_API_KEY'],
        message: 'required when LLM_PROVIDER=gemini',
      });
    }
    if (env.LLM_PROVIDER === 'openai' && !env.OPENAI_API_KEY && !env.OPENAI_BASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPENAI_API_KEY'],
        message: 'required when LLM_PROVIDER=openai (or set OPENAI_BASE_URL for a local server)',
      });
    }
  });
export type WorkerConfig = z.infer<typeof workerEnvSchema>;
