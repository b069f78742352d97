import { randomBytes } from 'node:crypto';
import { ISSUER_BANKS, type IssuerBank } from '@pa/contracts';
import { sign } from 'hono/jwt';

/** `30s`, `15m`, `1h`, `7d` or plain seconds → seconds. */
export function parseTtl(text: string): number {
  const m = /^(\d+)\s*([smhd]?)$/.exec(text.trim());
  if (!m) throw new Error(`--ttl ${text}: use e.g. 30s, 15m, 1h or 7d`);
  const seconds =
    Number(m[1]) * { '': 1, s: 1, m: 60, h: 3_600, d: 86_400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  if (seconds < 1 || seconds > 30 * 86_400) throw new Error(`--ttl ${text}: between 1s and 30d`);
  return seconds;
}

export const isIssuerBank = (bank: string): bank is IssuerBank =>
  (ISSUER_BANKS as readonly string[]).includes(bank);

export interface DevTokenRequest {
  secret: string;
  /** One issuer bank, or null for an admin of every bank. */
  bank: IssuerBank | null;
  sub?: string;
  ttlSeconds: number;
  issuer?: string | undefined;
  audience?: string | undefined;
  now?: Date;
}

/**
 * An HS256 token the API accepts in development mode (and in `jwt` mode with
 * the same JWT_SECRET): `sub`, `bank` or `role: "admin"`, `iat`, `exp`, and
 * `iss` / `aud` when the server requires them.
 */
export function mintDevToken(r: DevTokenRequest): Promise<string> {
  const iat = Math.floor((r.now ?? new Date()).getTime() / 1000);
  return sign(
    {
      sub: r.sub ?? (r.bank ? `dev-analyst@${r.bank}` : 'dev-admin'),
      ...(r.bank ? { bank: r.bank } : { role: 'admin' }),
      iat,
      exp: iat + r.ttlSeconds,
      ...(r.issuer ? { iss: r.issuer } : {}),
      ...(r.audience ? { aud: r.audience } : {}),
    },
    r.secret,
    'HS256',
  );
}

/**
 * What `npm run services` / `npm start` add to .env for development mode: a
 * random HS256 secret, generated once. Nothing when authentication is already
 * configured (AUTH_MODE, JWT_SECRET or JWKS_URL set in .env or the environment).
 */
export function devAuthDefaults(env: NodeJS.ProcessEnv): Record<string, string> {
  if (env.AUTH_MODE || env.JWT_SECRET || env.JWKS_URL) return {};
  return { AUTH_MODE: 'dev', JWT_SECRET: randomBytes(32).toString('base64url') };
}
