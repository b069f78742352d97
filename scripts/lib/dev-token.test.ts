import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { apiEnvSchema, parseEnv } from '@pa/config';
import { describe, expect, it } from 'vitest';
import { callerFromClaims } from '../../apps/api/src/auth/caller-from-claims.js';
import { createTokenVerifier } from '../../apps/api/src/auth/token-verifier.js';
import { devAuthDefaults, mintDevToken, parseTtl } from './dev-token.js';
import { repoRoot } from './root.js';

const SECRET = 'dev-token-test-secret-0123456789abcdefghijkl';
const config = parseEnv(apiEnvSchema, {
  DATABASE_URL: 'postgres://u:p@h/db',
  REDIS_URL: 'redis://h:6379',
  AUTH_MODE: 'dev',
  JWT_SECRET: SECRET,
});
const verifier = createTokenVerifier(config);
const callerOf = async (token: string) =>
  callerFromClaims(await verifier.verify(token), { requestId: 'r', defaultTimeZone: 'Asia/Almaty' });

describe('development tokens', () => {
  it('parses lifetimes', () => {
    expect(parseTtl('1h')).toBe(3_600);
    expect(parseTtl('15m')).toBe(900);
    expect(parseTtl('90')).toBe(90);
    expect(parseTtl('7d')).toBe(604_800);
    expect(() => parseTtl('1 week')).toThrow(/ttl/);
    expect(() => parseTtl('0s')).toThrow(/between/);
  });

  it('mints tokens the API accepts, for one bank or an admin', async () => {
    expect(
      await callerOf(await mintDevToken({ secret: SECRET, bank: 'Halyk Bank', ttlSeconds: 60 })),
    ).toMatchObject({ tenant: 'Halyk Bank', role: 'analyst', user_id: 'dev-analyst@Halyk Bank' });
    expect(
      await callerOf(await mintDevToken({ secret: SECRET, bank: null, sub: 'me', ttlSeconds: 60 })),
    ).toMatchObject({
      tenant: '*',
      role: 'admin',
      user_id: 'me',
    });
    const old = await mintDevToken({
      secret: SECRET,
      bank: null,
      ttlSeconds: 60,
      now: new Date(Date.now() - 3_600_000),
    });
    await expect(verifier.verify(old)).rejects.toThrow(/expired/);
  });

  it('generates a secret only when authentication is not configured yet', () => {
    const fresh = devAuthDefaults({});
    expect(fresh.AUTH_MODE).toBe('dev');
    expect(fresh.JWT_SECRET!.length).toBeGreaterThanOrEqual(32);
    expect(devAuthDefaults({}).JWT_SECRET).not.toBe(fresh.JWT_SECRET);
    expect(devAuthDefaults({ JWT_SECRET: 'x' })).toEqual({});
    expect(devAuthDefaults({ AUTH_MODE: 'jwt' })).toEqual({});
    expect(devAuthDefaults({ JWKS_URL: 'https://id/jwks' })).toEqual({});
  });

  it('npm run token prints the token alone on its last line', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'scripts/token.ts'), '--bank', 'Kaspi Bank', '--ttl', '10m'],
      {
        cwd: repoRoot,
        env: { ...process.env, AUTH_MODE: 'dev', JWT_SECRET: SECRET, JWT_ISSUER: '', JWT_AUDIENCE: '' },
      },
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(await callerOf(lines.at(-1)!)).toMatchObject({ tenant: 'Kaspi Bank' });
  });

  it('npm run token refuses an unknown bank and a missing choice', async () => {
    const run = (args: string[]) =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', join(repoRoot, 'scripts/token.ts'), ...args],
        {
          cwd: repoRoot,
          env: { ...process.env, JWT_SECRET: SECRET },
        },
      );
    await expect(run(['--bank', 'Nope Bank'])).rejects.toThrow(/--bank must be one of/);
    await expect(run([])).rejects.toThrow(/exactly one of/);
  });
});
