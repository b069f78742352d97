import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { ApiError } from './errors.js';

const JSON_TYPE = /^application\/([a-z.+-]*\+)?json\s*(;|$)/i;
/** The `charset` parameter of a Content-Type (quoted or not). */
const CHARSET = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i;
/**
 * Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM): invisible, never part of what
 * a person meant to ask, and a way to make two equal questions differ or to split a word the
 * abuse screening looks for.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** The same characters, literally or as JSON escapes: only then is the body rewritten. */
const MAY_HOLD_ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]|\\u(?:200[b-d]|2060|feff)/i;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Each request's body text, decoded once by readJsonText. */
const decoded = new WeakMap<object, Promise<string>>();

/**
 * The one place a JSON body's bytes become text, for every route that takes one (and the
 * idempotency fingerprint, which reads it first):
 * - a `charset` other than UTF-8 → 415 (RFC 8259: JSON exchanged between systems is UTF-8;
 *   we do not guess at Latin-1 or UTF-16), and so is a `Content-Encoding` (gzip…);
 * - bytes that are not UTF-8 → 400 `invalid_json`, never a silent U+FFFD in the question;
 * - zero-width characters are removed from every string value, before any validation.
 * The text is cached on the request, so the route's validator (`c.req.json()`) sees exactly it.
 */
export function readJsonText(c: Context<AppEnv>): Promise<string> {
  let text = decoded.get(c.req);
  if (!text) {
    text = decodeBody(c);
    decoded.set(c.req, text);
    // Hono keeps each body reading's promise here (its type says otherwise); c.req.json() reads from it.
    (c.req.bodyCache as { text?: Promise<string> }).text = text;
  }
  return text;
}

async function decodeBody(c: Context<AppEnv>): Promise<string> {
  const type = c.req.header('content-type') ?? '';
  const match = CHARSET.exec(type);
  const charset = match ? (match[1] ?? match[2] ?? '').toLowerCase() : null;
  if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') {
    throw new ApiError('unsupported_media_type', 'Send the body as JSON in UTF-8 (charset=utf-8 or none).', {
      charset,
    });
  }
  // A compressed body would otherwise be read as (broken) text: say what is wrong (RFC 9110 §15.5.16).
  const coding = c.req.header('content-encoding')?.trim().toLowerCase();
  if (coding && coding !== 'identity') {
    throw new ApiError('unsupported_media_type', 'Send the body uncompressed (no Content-Encoding).', {
      content_encoding: coding,
    });
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await c.req.arrayBuffer();
  } catch (err) {
    // The client went away mid-body, or the stream broke: the client's side, never a 5xx.
    throw new ApiError('invalid_json', 'The request body could not be read in full.', (err as Error).message);
  }
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    throw new ApiError('invalid_json', 'The request body is not valid UTF-8; send JSON encoded as UTF-8.');
  }
  return MAY_HOLD_ZERO_WIDTH.test(text) ? withoutZeroWidth(text) : text;
}

/** The body with zero-width characters taken out of its string values (unchanged when it is not JSON). */
function withoutZeroWidth(text: string): string {
  try {
    return JSON.stringify(
      JSON.parse(text, (_key, value: unknown) =>
        typeof value === 'string' ? value.replace(ZERO_WIDTH, '') : value,
      ),
    );
  } catch {
    // Not JSON (jsonBody refuses it), or nested too deep to write back (the schemas refuse it).
    return text.replace(ZERO_WIDTH, '');
  }
}

/**
 * In front of a route's body validator: 415 for another content type or charset, 400
 * `invalid_json` for bytes that are not UTF-8 or text that is not JSON, in the one error
 * envelope (the library's own checks would answer a plain 415 or 400 with another code).
 * The decoded body stays cached on the request for the validator.
 */
export function jsonBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    if (!JSON_TYPE.test(type.trim())) {
      throw new ApiError(
        'unsupported_media_type',
        'Send the body as JSON with Content-Type: application/json.',
        { content_type: type || null },
      );
    }
    try {
      JSON.parse(await readJsonText(c));
    } catch (err) {
      if (err instanceof ApiError) throw err;
      throw new ApiError('invalid_json', 'The request body is not valid JSON.', (err as Error).message);
    }
    await next();
  };
}
