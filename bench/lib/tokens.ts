/** Bearer tokens for the benchmarks' stacks, which verify HS256 tokens with this secret (AUTH_MODE=jwt). */
import type { IssuerBank } from '@pa/contracts';
import { sign } from 'hono/jwt';

export const BENCH_JWT_SECRET = 'bench-only-hs256-secret-0123456789abcdefghijklmnop';

export async function benchToken(claims: {
  sub: string;
  bank?: IssuerBank;
  role?: 'admin';
}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return sign({ iat: now, exp: now + 3_600, ...claims }, BENCH_JWT_SECRET, 'HS256');
}
