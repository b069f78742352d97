import { describe, expect, it } from 'vitest';
import { parseRetryAfter, parseRetryInfoDelay } from './retry-after.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-03-10T12:00:00Z');
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter(' 0.5 ', now)).toBe(500);
  });
  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Mon, 10 Mar 2025 12:00:07 GMT', now)).toBe(7_000);
    expect(parseRetryAfter('Mon, 10 Mar 2025 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or garbage values', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('parseRetryInfoDelay', () => {
  it('reads google.rpc.RetryInfo from a Gemini error body', () => {
    const body = JSON.stringify({
      error: {
        code: 429,
        details: [
          { '@type': 'type.googleapis.com/google.rpc.QuotaFailure' },
          { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '29s' },
        ],
      },
    });
    expect(parseRetryInfoDelay(body)).toBe(29_000);
  });
  it('is null without RetryInfo', () => {
    expect(parseRetryInfoDelay('{"error":{"code":500}}')).toBeNull();
    expect(parseRetryInfoDelay('not json')).toBeNull();
  });
});
