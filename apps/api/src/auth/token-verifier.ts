import type { ApiConfig, JwtAlgorithm } from '@pa/config';
import { isSymmetricAlgorithm } from '@pa/config';
import { decode, verify, verifyWithJwks } from 'hono/jwt';
import type { AsymmetricAlgorithm } from 'hono/utils/jwt/jwa';
import type { JWTPayload } from 'hono/utils/jwt/types';
import { JwksCache } from './jwks-cache.js';

/** A token that does not authenticate anyone; the message is safe to show the caller. */
export class TokenRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenRejected';
  }
}

export interface TokenVerifier {
  /** The verified claims of a bearer token; throws TokenRejected otherwise. */
  verify(token: string): Promise<JWTPayload>;
}

export type AuthConfig = Pick<
  ApiConfig,
  | 'JWT_SECRET'
  | 'JWKS_URL'
  | 'JWT_ALGORITHMS'
  | 'JWT_ISSUER'
  | 'JWT_AUDIENCE'
  | 'JWKS_CACHE_TTL_SECONDS'
  | 'JWT_CLOCK_TOLERANCE_SECONDS'
>;

export interface TokenVerifierOptions {
  fetch?: typeof fetch;
  /** Milliseconds since the epoch (tests move the clock). */
  now?: () => number;
  /** Least time between two key-set fetches caused by unknown key ids. */
  jwksMinRefreshMs?: number;
  onKeySetError?: (err: unknown) => void;
}

const MAX_TOKEN_LENGTH = 8_192;
/** Verified HS* tokens remembered per process (see createTokenVerifier); a few MB at most. */
const VERIFIED_TOKENS_MAX = 10_000;

/** What Hono's JWT errors mean to the person holding the token. */
const REASONS: Record<string, string> = {
  JwtTokenInvalid: 'the token is malformed or signed with an unknown key',
  JwtHeaderInvalid: 'the token header is invalid',
  JwtHeaderRequiresKid: 'the token header names no key (kid)',
  JwtAlgorithmMismatch: 'the token algorithm does not match its key',
  JwtAlgorithmNotAllowed: 'the token algorithm is not accepted',
  JwtSymmetricAlgorithmNotAllowed: 'the token algorithm is not accepted',
  JwtAlgorithmNotImplemented: 'the token algorithm is not accepted',
  JwtTokenSignatureMismatched: 'the token signature does not verify',
  JwtTokenIssuer: 'the token issuer is not accepted',
  JwtPayloadRequiresAud: 'the token has no audience',
  JwtTokenAudience: 'the token audience is not accepted',
};

/**
 * Verifies bearer JWTs with Hono's own `hono/jwt`: HS* tokens with
 * JWT_SECRET, asymmetric ones against the JWKS_URL key set (cached). Only the
 * configured algorithms pass, so `alg: none` never does, and an HS token is
 * never checked against a public key (the algorithm-confusion attack). `exp`
 * is required; `exp`, `nbf` and `iat` allow JWT_CLOCK_TOLERANCE_SECONDS of
 * clock skew; `iss` and `aud` must match when configured.
 */
export function createTokenVerifier(config: AuthConfig, options: TokenVerifierOptions = {}): TokenVerifier {
  const now = options.now ?? Date.now;
  const accepted = new Set<string>(config.JWT_ALGORITHMS);
  const asymmetric = config.JWT_ALGORITHMS.filter((a) => !isSymmetricAlgorithm(a)) as AsymmetricAlgorithm[];
  const jwks = config.JWKS_URL
    ? new JwksCache({
        url: config.JWKS_URL,
        ttlMs: config.JWKS_CACHE_TTL_SECONDS * 1000,
        now,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.jwksMinRefreshMs === undefined ? {} : { minRefreshMs: options.jwksMinRefreshMs }),
        ...(options.onKeySetError ? { onError: options.onKeySetError } : {}),
      })
    : null;
  // Time claims are checked here, with the tolerance; Hono checks the signature, iss and aud.
  const checks = {
    exp: false,
    nbf: false,
    iat: false,
    ...(config.JWT_ISSUER ? { iss: config.JWT_ISSUER } : {}),
    ...(config.JWT_AUDIENCE ? { aud: config.JWT_AUDIENCE } : {}),
  };
  const tolerance = config.JWT_CLOCK_TOLERANCE_SECONDS;
  /**
   * HS* tokens whose signature (and iss/aud) already verified: with one secret for the life of the
   * process that outcome cannot change, and a client sends the same token with every request, so
   * the HMAC (and Web Crypto's key import) runs once per token. Time claims are checked on every
   * use below. Oldest first out past the cap.
   */
  const verifiedSymmetric = new Map<string, JWTPayload>();

  async function verifySignature(token: string, alg: JwtAlgorithm, kid: unknown): Promise<JWTPayload> {
    if (isSymmetricAlgorithm(alg)) {
      if (!config.JWT_SECRET) throw new TokenRejected('the token algorithm is not accepted');
      return verify(token, config.JWT_SECRET, { alg, ...checks });
    }
    if (!jwks) throw new TokenRejected('the token algorithm is not accepted');
    if (typeof kid !== 'string' || kid.length === 0)
      throw new TokenRejected('the token header names no key (kid)');
    const keys = await jwks.keysFor(kid);
    if (keys.length === 0)
      throw new TokenRejected('the signing keys are unavailable right now; retry shortly');
    return verifyWithJwks(token, { keys, allowedAlgorithms: asymmetric, verification: checks });
  }

  return {
    async verify(token) {
      if (token.length > MAX_TOKEN_LENGTH) throw new TokenRejected('the token is too long');
      let header: { alg?: unknown; kid?: unknown };
      try {
        header = decode(token).header as { alg?: unknown; kid?: unknown };
      } catch {
        throw new TokenRejected('the token is not a JWT');
      }
      const alg = header.alg;
      if (typeof alg !== 'string' || !accepted.has(alg)) {
        throw new TokenRejected(
          `the token algorithm ${JSON.stringify(String(alg)).slice(0, 40)} is not accepted`,
        );
      }
      const symmetric = isSymmetricAlgorithm(alg as JwtAlgorithm);
      let payload = symmetric ? verifiedSymmetric.get(token) : undefined;
      if (!payload) {
        try {
          payload = await verifySignature(token, alg as JwtAlgorithm, header.kid);
        } catch (err) {
          if (err instanceof TokenRejected) throw err;
          const name = err instanceof Error ? err.name : '';
          throw new TokenRejected(REASONS[name] ?? 'the token could not be verified');
        }
        if (symmetric) {
          if (verifiedSymmetric.size >= VERIFIED_TOKENS_MAX) {
            verifiedSymmetric.delete(verifiedSymmetric.keys().next().value!);
          }
          verifiedSymmetric.set(token, payload);
        }
      }
      const seconds = Math.floor(now() / 1000);
      const { exp, nbf, iat } = payload;
      if (typeof exp !== 'number' || !Number.isFinite(exp))
        throw new TokenRejected('the token has no expiry (exp)');
      if (seconds >= exp + tolerance) {
        verifiedSymmetric.delete(token);
        throw new TokenRejected('the token has expired');
      }
      if (nbf !== undefined && (typeof nbf !== 'number' || seconds < nbf - tolerance)) {
        throw new TokenRejected('the token is not valid yet (nbf)');
      }
      if (iat !== undefined && (typeof iat !== 'number' || seconds < iat - tolerance)) {
        throw new TokenRejected('the token was issued in the future (iat)');
      }
      return payload;
    },
  };
}
