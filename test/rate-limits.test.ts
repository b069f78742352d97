/**
 * Rate limits shared by API replicas through Redis: two API processes with
 * one budget, per user and per bank, submissions apart from reads; the IETF
 * RateLimit fields on every limited answer and Retry-After on a 429.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, signToken } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { type ChildService, freePort, spawnApp, stackEnv, waitForHttp } from './support/stack.js';

let db: TestDatabase;
let api1: string;
let api2: string;
const children: ChildService[] = [];

async function startApiProcess(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const child = spawnApp('api', { ...env, PORT: String(port), HOST: '127.0.0.1' });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/health`, child);
  return url;
}

beforeAll(async () => {
  db = await createTestDatabase();
  // No worker: the questions stay queued, which is all a rate limit needs.
  const env = stackEnv(db.url, {
    RATE_LIMIT_WINDOW_SECONDS: '600',
    RATE_LIMIT_SUBMIT_PER_USER: '3',
    RATE_LIMIT_SUBMIT_PER_TENANT: '5',
    RATE_LIMIT_READ_PER_USER: '4',
    RATE_LIMIT_READ_PER_TENANT: '100',
  });
  [api1, api2] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
});
afterAll(async () => {
  await Promise.all(children.map((c) => c.kill('SIGKILL')));
  await db?.drop();
});

const ask = (api: string, token: string) =>
  fetch(`${api}/api/queries`, {
    method: 'POST',
    headers: bearer(token, { 'content-type': 'application/json' }),
    body: JSON.stringify({ question: 'How many transactions were there yesterday?' }),
  });

type ErrorBody = { error: { code: string; message: string; details: { policy: string } } };

describe('two API processes, one budget', () => {
  it('per user: submissions through either process count together; the next one is a 429 with Retry-After', async () => {
    const alice = await signToken({ sub: 'alice', bank: 'Halyk Bank' });
    const answers = [await ask(api1, alice), await ask(api2, alice), await ask(api1, alice)];
    expect(answers.map((r) => r.status)).toEqual([202, 202, 202]);
    for (const r of answers)
      expect(r.headers.get('ratelimit-policy')).toBe('"submit-user";q=3;w=600, "submit-tenant";q=5;w=600');
    expect(answers[1]!.headers.get('ratelimit')).toMatch(
      /^"submit-user";r=1;t=\d+, "submit-tenant";r=3;t=\d+$/,
    );
    expect(answers[2]!.headers.get('ratelimit')).toMatch(
      /^"submit-user";r=0;t=\d+, "submit-tenant";r=2;t=\d+$/,
    );

    const refused = await ask(api2, alice);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    const t = Number(/"submit-user";r=0;t=(\d+)/.exec(refused.headers.get('ratelimit') ?? '')?.[1]);
    // Retry-After does not point before the end of the window the RateLimit field announces.
    expect(retryAfter).toBeGreaterThanOrEqual(t);
    const body = (await refused.json()) as ErrorBody;
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.details.policy).toBe('submit-user');
    expect(body.error.message).toMatch(/3 every 600 s/);
  });

  it('per bank: another user of the same bank shares the bank budget; another bank does not', async () => {
    // Halyk Bank has spent 3 of its 5 submissions on alice (the refused one counted none towards the bank).
    const bob = await signToken({ sub: 'bob', bank: 'Halyk Bank' });
    const carol = await signToken({ sub: 'carol', bank: 'Halyk Bank' });
    expect((await ask(api1, bob)).status).toBe(202);
    const last = await ask(api2, bob);
    expect(last.status).toBe(202);
    const refused = await ask(api1, carol);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as ErrorBody).error.details.policy).toBe('submit-tenant');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    const kaspi = await signToken({ sub: 'dave', bank: 'Kaspi Bank' });
    expect((await ask(api2, kaspi)).status).toBe(202);
  });

  it('reads have their own budget: a user out of submissions can still read, until the read budget runs out', async () => {
    const erin = await signToken({ sub: 'erin', bank: 'Jusan Bank' });
    const read = (api: string) => fetch(`${api}/api/queries`, { headers: bearer(erin) });
    const answers = [await read(api1), await read(api2), await read(api1), await read(api2)];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(answers[0]!.headers.get('ratelimit-policy')).toBe(
      '"read-user";q=4;w=600, "read-tenant";q=100;w=600',
    );
    expect(answers[3]!.headers.get('ratelimit')).toMatch(/^"read-user";r=0;t=\d+, "read-tenant";r=96;t=\d+$/);
    const refused = await read(api1);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as ErrorBody).error.details.policy).toBe('read-user');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    // Submitting is another budget: erin has not submitted anything yet.
    expect((await ask(api2, erin)).status).toBe(202);
  });

  it('public paths are not limited and carry no RateLimit fields', async () => {
    const res = await fetch(`${api1}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit')).toBeNull();
  });
});
