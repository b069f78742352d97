import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './env.js';
import { apiEnvSchema, workerEnvSchema } from './schemas.js';

const base = { DATABASE_URL: 'postgres://u:p@h/db', REDIS_URL: 'redis://h:6379' };

describe('config', () => {
  it('applies defaults and coerces numbers', () => {
    const c = parseEnv(apiEnvSchema, { ...base, PORT: '8080' });
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
});
