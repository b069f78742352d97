import { generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiEnvSchema, parseEnv } from '@pa/config';
import { sign } from 'hono/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, TokenRejected } from './token-verifier.js';

const SECRET = 'unit-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
const NOW = 1_800_000_000; // seconds; the verifier's clock is pinned to it
const base = { DATABASE_URL: 'postgres://u:p@h/db', REDIS_URL: 'redis://h:6379' };
const claims = { sub: 'alice', bank: 'Halyk Bank', iat: NOW, exp: NOW + 600 };

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

function rejected(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => {
      throw new Error('the token was accepted');
    },
    (err: unknown) => {
      expect(err).toBeInstanceOf(TokenRejected);
      return (err as Error).message;
    },
  );
}

describe('HS256 tokens', () => {
  const config = parseEnv(apiEnvSchema, {
    ...base,
    JWT_SECRET: SECRET,
    JWT_ISSUER: 'https://id.example.com',
    JWT_AUDIENCE: 'payments-analytics',
  });
  const verifier = createTokenVerifier(config, { now: () => NOW * 1000 });
  const good = { ...claims, iss: 'https://id.example.com', aud: 'payments-analytics' };

  it('accepts a token signed with the secret, from the configured issuer and for the configured audience', async () => {
    expect(await verifier.verify(await sign(good, SECRET, 'HS256'))).toMatchObject({ sub: 'alice' });
    const twoAudiences = { ...good, aud: ['other', 'payments-analytics'] };
    expect(await verifier.verify(await sign(twoAudiences, SECRET, 'HS256'))).toMatchObject({ sub: 'alice' });
  });

  it('refuses a wrong key, a wrong issuer, a wrong audience and a tampered payload', async () => {
    expect(await rejected(verifier.verify(await sign(good, `${SECRET}x`, 'HS256')))).toMatch(/signature/);
    expect(await rejected(verifier.verify(await sign({ ...good, iss: 'https://evil' }, SECRET)))).toMatch(
      /issuer/,
    );
    expect(await rejected(verifier.verify(await sign({ ...good, iss: undefined }, SECRET)))).toMatch(
      /issuer/,
    );
    expect(await rejected(verifier.verify(await sign({ ...good, aud: 'other' }, SECRET)))).toMatch(
      /audience/,
    );
    const [h, , s] = (await sign(good, SECRET)).split('.');
    const forged = `${h}.${b64({ ...good, role: 'admin' })}.${s}`;
    expect(await rejected(verifier.verify(forged))).toMatch(/signature/);
  });

  it('refuses alg none, algorithms not configured, and garbage', async () => {
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(good)}.`;
    expect(await rejected(verifier.verify(none))).toMatch(/algorithm "none" is not accepted/);
    expect(await rejected(verifier.verify(await sign(good, SECRET, 'HS512')))).toMatch(/HS512.*not accepted/);
    for (const junk of ['abc', 'a.b.c', '..', `${b64({ alg: 'HS256' })}.notjson.x`, 'x'.repeat(9_000)]) {
      await rejected(verifier.verify(junk));
    }
  });

  it('requires exp and honours exp, nbf and iat with the configured tolerance (30 s)', async () => {
    const token = (over: Record<string, unknown>) => sign({ ...good, ...over }, SECRET);
    expect(await rejected(verifier.verify(await token({ exp: undefined })))).toMatch(/no expiry/);
    expect(await rejected(verifier.verify(await token({ exp: 'soon' })))).toMatch(/no expiry/);
    expect(await rejected(verifier.verify(await token({ exp: NOW - 31 })))).toMatch(/expired/);
    await verifier.verify(await token({ exp: NOW - 10 }));
    expect(await rejected(verifier.verify(await token({ nbf: NOW + 60 })))).toMatch(/not valid yet/);
    await verifier.verify(await token({ nbf: NOW + 10 }));
    expect(await rejected(verifier.verify(await token({ iat: NOW + 60 })))).toMatch(/future/);
    await verifier.verify(await token({ iat: NOW + 10 }));
  });
});

describe('JWKS tokens (RS256, ES256)', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const rotated = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pub = (k: typeof rsa.publicKey, kid: string, alg: string): JsonWebKey => ({
    ...k.export({ format: 'jwk' }),
    kid,
    alg,
    use: 'sig',
  });
  const priv = (k: typeof rsa.privateKey, kid: string, alg: 'RS256' | 'ES256') =>
    ({ ...k.export({ format: 'jwk' }), kid, alg }) as Parameters<typeof sign>[1];

  let keys: JsonWebKey[] = [pub(rsa.publicKey, 'rsa-1', 'RS256'), pub(ec.publicKey, 'ec-1', 'ES256')];
  let fetches = 0;
  let failing = false;
  let server: Server;
  let url: string;
  let clock = NOW * 1000;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      fetches++;
      if (failing) {
        res.writeHead(500).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const verifierFor = (extra: Record<string, string> = {}) =>
    createTokenVerifier(
      parseEnv(apiEnvSchema, { ...base, JWKS_URL: url, JWKS_CACHE_TTL_SECONDS: '60', ...extra }),
      { now: () => clock, jwksMinRefreshMs: 1_000 },
    );

  it('verifies RS256 and ES256 tokens against the key set, fetching it once within its TTL', async () => {
    const verifier = verifierFor();
    fetches = 0;
    expect(await verifier.verify(await sign(claims, priv(rsa.privateKey, 'rsa-1', 'RS256')))).toMatchObject({
      sub: 'alice',
    });
    expect(await verifier.verify(await sign(claims, priv(ec.privateKey, 'ec-1', 'ES256')))).toMatchObject({
      sub: 'alice',
    });
    expect(fetches).toBe(1);
    clock += 61_000;
    await verifier.verify(
      await sign({ ...claims, exp: clock / 1000 + 60 }, priv(ec.privateKey, 'ec-1', 'ES256')),
    );
    expect(fetches).toBe(2);
  });

  it('refetches the set at once for an unknown kid (key rotation), but not for every made-up kid', async () => {
    const verifier = verifierFor();
    const exp = clock / 1000 + 600;
    await verifier.verify(await sign({ ...claims, exp }, priv(ec.privateKey, 'ec-1', 'ES256')));
    fetches = 0;
    keys = [...keys, pub(rotated.publicKey, 'ec-2', 'ES256')];
    clock += 2_000;
    await verifier.verify(await sign({ ...claims, exp }, priv(rotated.privateKey, 'ec-2', 'ES256')));
    expect(fetches).toBe(1);
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const madeUp = (i: number) => sign({ ...claims, exp }, priv(stranger.privateKey, `ec-x${i}`, 'ES256'));
    for (let i = 0; i < 5; i++) await rejected(verifier.verify(await madeUp(i)));
    expect(fetches).toBe(1); // within jwksMinRefreshMs of the last fetch: none
    clock += 1_000;
    for (let i = 5; i < 10; i++) await rejected(verifier.verify(await madeUp(i)));
    expect(fetches).toBe(2); // one more, however many made-up kids
  });

  it('refuses algorithm confusion: an HS256 token keyed with the public key, and a key used with another alg', async () => {
    const verifier = verifierFor();
    const exp = clock / 1000 + 600;
    const publicPem = rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const hsWithPublicKey = await sign({ ...claims, exp }, publicPem, 'HS256');
    expect(await rejected(verifier.verify(hsWithPublicKey))).toMatch(/HS256.*not accepted/);
    const rsWithEcKid = await sign({ ...claims, exp }, { ...priv(rsa.privateKey, 'ec-1', 'RS256') });
    await rejected(verifier.verify(rsWithEcKid));
    // Only the configured algorithms: ES256 keys exist, but this server takes RS256 only.
    const rsOnly = verifierFor({ JWT_ALGORITHMS: 'RS256' });
    expect(
      await rejected(rsOnly.verify(await sign({ ...claims, exp }, priv(ec.privateKey, 'ec-1', 'ES256')))),
    ).toMatch(/not accepted/);
  });

  it('answers "keys unavailable" (a 401, never a crash) when the key set cannot be fetched', async () => {
    failing = true;
    try {
      const verifier = verifierFor();
      const exp = clock / 1000 + 600;
      expect(
        await rejected(verifier.verify(await sign({ ...claims, exp }, priv(ec.privateKey, 'ec-1', 'ES256')))),
      ).toMatch(/keys are unavailable/);
    } finally {
      failing = false;
    }
  });
});
