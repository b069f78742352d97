import { describe, expect, it } from 'vitest';
import { rateLimitField, rateLimitPolicyField } from './rate-limit-headers.js';

describe('RateLimit fields (draft-ietf-httpapi-ratelimit-headers-11)', () => {
  it('lists every policy as an sf-string item with q and w', () => {
    expect(
      rateLimitPolicyField([
        { name: 'submit-user', quota: 30, windowSeconds: 60 },
        { name: 'submit-tenant', quota: 300, windowSeconds: 60 },
      ]),
    ).toBe('"submit-user";q=30;w=60, "submit-tenant";q=300;w=60');
  });

  it('gives what is left and whole seconds until the window ends, never negative', () => {
    expect(
      rateLimitField([
        { name: 'read-user', remaining: 7, resetSeconds: 12.2 },
        { name: 'read-tenant', remaining: -3, resetSeconds: -1 },
      ]),
    ).toBe('"read-user";r=7;t=13, "read-tenant";r=0;t=0');
  });

  it('refuses a policy name that would need escaping', () => {
    expect(() => rateLimitPolicyField([{ name: 'a"b', quota: 1, windowSeconds: 1 }])).toThrow();
  });
});
