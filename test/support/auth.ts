/**
 * Tokens and callers for tests. Every stack a test starts verifies HS256
 * tokens with TEST_JWT_SECRET (see stackEnv), so tests sign their own tokens
 * the way an identity provider would; nothing weakens authentication.
 */
import { ALL_BANKS, type Caller, callerSchema, type IssuerBank, type Tenant } from '@pa/contracts';
import { sign } from 'hono/jwt';

export const TEST_JWT_SECRET = 'test-only-hs256-secret-0123456789abcdefghijklmnop';

/** A Caller as the API would build it from a token, for tests that run the pipeline or executor directly. */
export function testCaller(tenant: Tenant, overrides: Partial<Caller> = {}): Caller {
  return callerSchema.parse({
    user_id: tenant === ALL_BANKS ? 'test-admin' : `test-analyst@${tenant}`,
    tenant,
    role: tenant === ALL_BANKS ? 'admin' : 'analyst',
    time_zone: 'Asia/Almaty',
    request_id: 'test-request',
    ...overrides,
  });
}

export interface SignOptions {
  secret?: string;
  /** Seconds from now until `exp` (negative: already expired). */
  ttlSeconds?: number;
}

/** An HS256 token with the given claims, `iat` now and `exp` in an hour unless the claims say otherwise. */
export async function signToken(claims: Record<string, unknown>, options: SignOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return sign(
    { iat: now, exp: now + (options.ttlSeconds ?? 3_600), ...claims },
    options.secret ?? TEST_JWT_SECRET,
    'HS256',
  );
}

export const bankToken = (bank: IssuerBank, sub = `analyst@${bank}`) => signToken({ sub, bank });
export const adminToken = (sub = 'admin@test') => signToken({ sub, role: 'admin' });

/** Headers with the token as a bearer credential (and any others given). */
export function bearer(token: string, headers: Record<string, string> = {}): Record<string, string> {
  return { ...headers, authorization: `Bearer ${token}` };
}

/** fetch with an admin token unless the request carries its own Authorization header. */
export async function apiFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('authorization')) headers.set('authorization', `Bearer ${await adminToken()}`);
  return fetch(url, { ...init, headers });
}
