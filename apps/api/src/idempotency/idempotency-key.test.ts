import { describe, expect, it } from 'vitest';
import { MAX_IDEMPOTENCY_KEY_LENGTH, parseIdempotencyKey } from './idempotency-key.js';

describe('Idempotency-Key is an sf-string (IETF draft, RFC 8941 §3.3.3)', () => {
  it.each([
    ['"8e03978e-40d5-43e8-bc93-6894a57f9324"', '8e03978e-40d5-43e8-bc93-6894a57f9324'],
    ['  "with spaces inside"  ', 'with spaces inside'],
    ['"say \\"hi\\" \\\\ bye"', 'say "hi" \\ bye'],
    [`"${'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH)}"`, 'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH)],
  ])('%s → accepted', (field, key) => {
    expect(parseIdempotencyKey(field)).toEqual({ ok: true, key });
  });

  it.each([
    ['', /quoted/],
    ['retry-me-1', /quoted/],
    ['""', /empty/],
    [`"${'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH + 1)}"`, /at most/],
    ['"abc', /closing quote/],
    ['"abc";param=1', /follow/],
    ['"a", "b"', /follow/],
    ['"tab\there"', /printable/],
    ['"caf\u00e9"', /printable/],
    ['"bad \\n escape"', /escaped/],
    ['123', /quoted/],
    [':YWJj:', /quoted/],
  ])('%j → refused', (field, reason) => {
    const parsed = parseIdempotencyKey(field);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});
