import type { HonoJsonWebKey } from 'hono/utils/jwt/jws';

export interface JwksCacheOptions {
  url: string;
  /** How long a fetched key set is used before it is fetched again. */
  ttlMs: number;
  /**
   * An unknown `kid` refreshes the set at once (the provider rotated its keys), but not more
   * often than this, so tokens with made-up key ids cannot turn into a flood of fetches.
   */
  minRefreshMs?: number;
  /** Bound on one fetch. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
  onError?: (err: unknown) => void;
}

/**
 * The identity provider's JSON Web Key Set, fetched on first use, kept for a
 * TTL and refreshed early when a token names a key it does not hold. One
 * fetch at a time; a failed refresh keeps the keys it had.
 */
export class JwksCache {
  #keys: HonoJsonWebKey[] = [];
  #fetchedAt = Number.NEGATIVE_INFINITY;
  #attemptedAt = Number.NEGATIVE_INFINITY;
  #inflight: Promise<void> | null = null;
  readonly #fetch: typeof fetch;
  readonly #now: () => number;

  constructor(private readonly options: JwksCacheOptions) {
    this.#fetch = options.fetch ?? fetch;
    this.#now = options.now ?? Date.now;
  }

  /** The keys to verify a token with `kid` against (refreshed first when stale or when `kid` is new). */
  async keysFor(kid: string | undefined): Promise<HonoJsonWebKey[]> {
    const now = this.#now();
    const stale = now - this.#fetchedAt >= this.options.ttlMs;
    const unknown = kid !== undefined && !this.#keys.some((k) => k.kid === kid);
    // Also bounds retries while the provider is down: the last keys keep serving meanwhile.
    const mayFetch = now - this.#attemptedAt >= (this.options.minRefreshMs ?? 10_000);
    if ((stale || unknown) && mayFetch) await this.refresh();
    return this.#keys;
  }

  /** Fetches the set again (joining a fetch already under way). */
  refresh(): Promise<void> {
    this.#inflight ??= this.#load().finally(() => {
      this.#inflight = null;
    });
    return this.#inflight;
  }

  async #load(): Promise<void> {
    this.#attemptedAt = this.#now();
    try {
      const res = await this.#fetch(this.options.url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
      });
      if (!res.ok) throw new Error(`JWKS endpoint answered ${res.status}`);
      const body = (await res.json()) as { keys?: unknown };
      if (!Array.isArray(body.keys)) throw new Error('JWKS response has no "keys" array');
      this.#keys = body.keys.filter(
        (k): k is HonoJsonWebKey =>
          typeof k === 'object' && k !== null && typeof (k as { kty?: unknown }).kty === 'string',
      );
      this.#fetchedAt = this.#now();
    } catch (err) {
      this.options.onError?.(err);
    }
  }
}
