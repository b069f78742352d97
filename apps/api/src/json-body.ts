import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { ApiError } from './errors.js';

const JSON_TYPE = /^application\/([a-z.+-]*\+)?json\s*(;|$)/i;

/**
 * In front of a route's body validator: 415 for another content type and 400
 * `invalid_json` for text that is not JSON, in the one error envelope (the
 * library's own checks would answer a plain 415 or 400 with another code).
 * The parsed body stays cached on the request for the validator.
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
      JSON.parse(await c.req.text());
    } catch (err) {
      throw new ApiError('invalid_json', 'The request body is not valid JSON.', (err as Error).message);
    }
    await next();
  };
}
