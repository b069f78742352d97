/**
 * The Idempotency-Key middleware in front of a route, with app.request(): a
 * key that is not an sf-string is refused (400 in the envelope) before any
 * backend is touched, and a request without a key goes straight through.
 * Replays, 409 and 422 need Redis: test/idempotency.test.ts.
 */
import { apiEnvSchema, parseEnv } from '@pa/config';
import { callerSchema } from '@pa/contracts';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppDeps, AppEnv } from '../env.js';
import { ApiError, errorResponse } from '../errors.js';
import { idempotency } from './idempotency.js';

function appWithRoute() {
  const config = parseEnv(apiEnvSchema, {
    DATABASE_URL: 'postgres://u:p@127.0.0.1:1/none',
    REDIS_URL: 'redis://127.0.0.1:1',
    JWT_SECRET: 'unit-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz',
  });
  const unused = new Proxy(
    {},
    {
      get() {
        throw new Error('the request reached a backend');
      },
    },
  ) as never;
  const deps = { config, redis: unused, names: { prefix: 'unit', queue: 'questions' } } as unknown as AppDeps;
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('requestId', 'req-1');
    c.set(
      'caller',
      callerSchema.parse({
        user_id: 'alice',
        tenant: 'Halyk Bank',
        role: 'analyst',
        time_zone: 'Asia/Almaty',
        request_id: 'req-1',
      }),
    );
    await next();
  });
  app.post('/submit', idempotency(), (c) => c.json({ ran: true }, 202));
  app.onError((err, c) => (err instanceof ApiError ? errorResponse(c, err) : c.text(String(err), 500)));
  return app;
}

describe('idempotency middleware without a backend', () => {
  const app = appWithRoute();

  it.each(['plain-token', '""', `"${'x'.repeat(256)}"`, '"a";p=1', '"a", "b"', '"unterminated'])(
    'Idempotency-Key: %s → 400 bad_request, the route does not run',
    async (key) => {
      const res = await app.request('/submit', {
        method: 'POST',
        headers: { 'idempotency-key': key, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string; request_id: string } };
      expect(body.error).toMatchObject({ code: 'bad_request', request_id: 'req-1' });
      expect(body.error.message).toMatch(/^Invalid Idempotency-Key: /);
    },
  );

  it('without the header the route runs and nothing is stored', async () => {
    const res = await app.request('/submit', { method: 'POST', body: '{}' });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ ran: true });
  });
});
