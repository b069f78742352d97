/**
 * The RateLimit-Policy and RateLimit response fields of
 * draft-ietf-httpapi-ratelimit-headers-11 (Structured Field Lists of Items
 * named by an sf-string): `"name";q=<quota>;w=<window s>` and
 * `"name";r=<remaining>;t=<seconds until the window ends>`.
 */
export interface QuotaPolicy {
  /** Policy name; letters, digits and `-` only, so it needs no escaping as an sf-string. */
  name: string;
  quota: number;
  windowSeconds: number;
}

export interface ServiceLimit {
  name: string;
  remaining: number;
  resetSeconds: number;
}

const POLICY_NAME = /^[a-z0-9-]+$/;

function quoted(name: string): string {
  if (!POLICY_NAME.test(name)) throw new Error(`policy name ${JSON.stringify(name)} is not a plain token`);
  return `"${name}"`;
}

const nonNegative = (n: number) => Math.max(0, Math.floor(n));

export function rateLimitPolicyField(policies: readonly QuotaPolicy[]): string {
  return policies
    .map((p) => `${quoted(p.name)};q=${nonNegative(p.quota)};w=${Math.max(1, Math.ceil(p.windowSeconds))}`)
    .join(', ');
}

export function rateLimitField(limits: readonly ServiceLimit[]): string {
  return limits
    .map((l) => `${quoted(l.name)};r=${nonNegative(l.remaining)};t=${nonNegative(Math.ceil(l.resetSeconds))}`)
    .join(', ');
}
