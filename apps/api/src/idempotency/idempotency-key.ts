/** Longest Idempotency-Key accepted (characters between the quotes, escapes resolved). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export type ParsedKey = { ok: true; key: string } | { ok: false; reason: string };

/**
 * Parses an Idempotency-Key field value. The IETF draft makes it an Item
 * Structured Field whose value MUST be a String (RFC 8941 §3.3.3):
 * `Idempotency-Key: "8e03978e-40d5-43e8-bc93-6894a57f9324"` — double quotes,
 * printable ASCII inside, `\"` and `\\` the only escapes. Parameters after
 * the string, a second key (a list) or an unquoted token are refused, and so
 * is an empty or over-long key.
 */
export function parseIdempotencyKey(field: string): ParsedKey {
  const value = field.trim();
  if (!value.startsWith('"')) {
    return {
      ok: false,
      reason: 'it must be a quoted string, e.g. Idempotency-Key: "8e03978e-40d5-43e8-bc93-6894a57f9324"',
    };
  }
  let key = '';
  for (let i = 1; i < value.length; i++) {
    const ch = value[i]!;
    const code = ch.charCodeAt(0);
    if (ch === '\\') {
      const next = value[i + 1];
      if (next !== '"' && next !== '\\')
        return { ok: false, reason: 'only \\" and \\\\ may be escaped in it' };
      key += next;
      i++;
    } else if (ch === '"') {
      if (i !== value.length - 1) return { ok: false, reason: 'nothing may follow the closing quote' };
      if (key.length === 0) return { ok: false, reason: 'it must not be empty' };
      if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH)
        return { ok: false, reason: `it must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters` };
      return { ok: true, key };
    } else if (code < 0x20 || code > 0x7e) {
      return { ok: false, reason: 'it may hold printable ASCII characters only' };
    } else {
      key += ch;
    }
  }
  return { ok: false, reason: 'the closing quote is missing' };
}
