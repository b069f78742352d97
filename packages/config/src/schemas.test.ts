import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './env.js';
import { apiEnvSchema, workerEnvSchema } from './schemas.js';

const base = { DATABASE_URL: 'postgres://u:p@h/db', REDIS_URL: 'redis://h:6379' };
const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const api = { ...base, JWT_SECRET: SECRET };

function problems(env: Record<string, string>): string {
  try {
    parseEnv(apiEnvSchema, env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.join('\n');
  }
  return '';
}

describe('config', () => {
  it('applies defaults and coerces numbers', () => {
    const c = parseEnv(apiEnvSchema, { ...api, PORT: '8080' });
    expect(c.PORT).toBe(8080);
    expect(c.HOST).toBe('0.0.0.0');
    expect(c.BODY_LIMIT_BYTES).toBe(16 * 1024);
  });

  it('lists every bad variable at once', () => {
    try {
      parseEnv(workerEnvSchema, { DATABASE_URL: 'mysql://x', WORKER_CONCURRENCY: 'many' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('REDIS_URL');
      expect(problems).toContain('WORKER_CONCURRENCY');
    }
  });

  it('defaults the planner to gemini only when a key is set', () => {
    expect(parseEnv(workerEnvSchema, base).LLM_PROVIDER).toBe('builtin');
    expect(parseEnv(workerEnvSchema, { ...base, GEMINI_API_KEY: 'k' }).LLM_PROVIDER).toBe('gemini');
    expect(() => parseEnv(workerEnvSchema, { ...base, LLM_PROVIDER: 'gemini' })).toThrow(/GEMINI_API_KEY/);
  });

  it('treats empty variables as unset', () => {
    expect(parseEnv(workerEnvSchema, { ...base, WORKER_CONCURRENCY: '' }).WORKER_CONCURRENCY).toBe(32);
  });

  it('defaults the queue prefix to a Redis Cluster hash tag, the same for both processes', () => {
    expect(parseEnv(workerEnvSchema, base).QUEUE_PREFIX).toBe('{pa}');
    expect(parseEnv(apiEnvSchema, api).QUEUE_PREFIX).toBe('{pa}');
    // A deployment that keeps its keys under the old prefix says so.
    expect(parseEnv(workerEnvSchema, { ...base, QUEUE_PREFIX: 'pa' }).QUEUE_PREFIX).toBe('pa');
  });

  it('reads Redis Cluster seed nodes and insists on a hash-tagged prefix, database 0 and no Sentinel with them', () => {
    expect(parseEnv(workerEnvSchema, base).REDIS_CLUSTER_NODES).toBeUndefined();
    const nodes = 'redis-0:7000, redis-1:7001,[::1]:7002';
    expect(parseEnv(workerEnvSchema, { ...base, REDIS_CLUSTER_NODES: nodes }).REDIS_CLUSTER_NODES).toEqual([
      'redis-0:7000',
      'redis-1:7001',
      '[::1]:7002',
    ]);
    expect(parseEnv(apiEnvSchema, { ...api, REDIS_CLUSTER_NODES: 'redis-0' }).REDIS_CLUSTER_NODES).toEqual([
      'redis-0',
    ]);
    expect(problems({ ...api, REDIS_CLUSTER_NODES: 'redis-0:port' })).toMatch(
      /REDIS_CLUSTER_NODES.*host:port/,
    );
    expect(problems({ ...api, REDIS_CLUSTER_NODES: nodes, QUEUE_PREFIX: 'pa' })).toMatch(
      /QUEUE_PREFIX: needs a hash tag/,
    );
    expect(problems({ ...api, REDIS_CLUSTER_NODES: nodes, QUEUE_PREFIX: '{}pa' })).toMatch(/QUEUE_PREFIX/);
    expect(problems({ ...api, REDIS_CLUSTER_NODES: nodes, QUEUE_PREFIX: 'pa-{eu}' })).toBe('');
    expect(problems({ ...api, REDIS_CLUSTER_NODES: nodes, REDIS_URL: 'redis://h:6379/2' })).toMatch(
      /REDIS_URL: a Redis Cluster has only database 0/,
    );
    expect(problems({ ...api, REDIS_CLUSTER_NODES: nodes, REDIS_URL: 'redis://:pw@h:6379/0' })).toBe('');
    expect(problems({ ...api, REDIS_CLUSTER_NODES: nodes, REDIS_URL: 'redis+sentinel://s/m' })).toMatch(
      /REDIS_URL: a Sentinel URL cannot be combined/,
    );
    expect(() =>
      parseEnv(workerEnvSchema, { ...base, REDIS_CLUSTER_NODES: nodes, QUEUE_PREFIX: 'pa' }),
    ).toThrow(/QUEUE_PREFIX/);
  });

  it('turns authentication on by default and refuses to start without a way to verify tokens', () => {
    const c = parseEnv(apiEnvSchema, api);
    expect(c.AUTH_MODE).toBe('jwt');
    expect(c.JWT_ALGORITHMS).toEqual(['HS256']);
    expect(c.CORS_ORIGINS).toEqual([]);
    expect(problems(base)).toMatch(/JWT_SECRET.*JWKS_URL/);
    expect(problems({ ...base, JWT_SECRET: 'short' })).toMatch(/JWT_SECRET: must be at least 32/);
  });

  it('fixes the accepted algorithms by configuration and never accepts none', () => {
    const jwks = { ...base, JWKS_URL: 'https://id.example.com/.well-known/jwks.json' };
    expect(parseEnv(apiEnvSchema, jwks).JWT_ALGORITHMS).toEqual(['RS256', 'ES256']);
    expect(parseEnv(apiEnvSchema, { ...jwks, JWT_ALGORITHMS: 'ES384, EdDSA' }).JWT_ALGORITHMS).toEqual([
      'ES384',
      'EdDSA',
    ]);
    expect(problems({ ...api, JWT_ALGORITHMS: 'none' })).toMatch(/JWT_ALGORITHMS.*none is not accepted/);
    // An HMAC algorithm keyed by a public key is the classic confusion: it needs a secret of its own.
    expect(problems({ ...jwks, JWT_ALGORITHMS: 'RS256,HS256' })).toMatch(/HS256 needs JWT_SECRET/);
    expect(problems({ ...api, JWT_ALGORITHMS: 'RS256' })).toMatch(/RS256 needs JWKS_URL/);
    expect(problems({ ...base, JWKS_URL: 'file:///etc/keys' })).toMatch(/JWKS_URL/);
  });

  it('refuses development mode in production and without a secret', () => {
    expect(parseEnv(apiEnvSchema, { ...api, AUTH_MODE: 'dev' }).AUTH_MODE).toBe('dev');
    expect(problems({ ...api, AUTH_MODE: 'dev', NODE_ENV: 'production' })).toMatch(
      /AUTH_MODE: dev is refused when NODE_ENV=production/,
    );
    expect(problems({ ...base, AUTH_MODE: 'dev' })).toMatch(/JWT_SECRET: required when AUTH_MODE=dev/);
    expect(problems({ ...api, AUTH_MODE: 'open' })).toMatch(/AUTH_MODE/);
  });

  it('reads the CORS allow-list and refuses what is not an origin', () => {
    expect(
      parseEnv(apiEnvSchema, { ...api, CORS_ORIGINS: 'https://a.example.com, http://localhost:5173' })
        .CORS_ORIGINS,
    ).toEqual(['https://a.example.com', 'http://localhost:5173']);
    expect(problems({ ...api, CORS_ORIGINS: '*' })).toMatch(/CORS_ORIGINS/);
    expect(problems({ ...api, CORS_ORIGINS: 'https://a.example.com/path' })).toMatch(/CORS_ORIGINS/);
  });
});
