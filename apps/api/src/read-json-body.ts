import type { Context } from 'hono';
import type { AppEnv } from './env.js';
import { ApiError } from './errors.js';

/** Reads a JSON body: 415 for another content type, 400 for text that is not JSON. */
export async function readJsonBody(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(type.trim())) {
    throw new ApiError(
      'unsupported_media_type',
      'Send the body as JSON with Content-Type: application/json.',
      {
        content_type: type || null,
      },
    );
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ApiError('invalid_json', 'The request body is not valid JSON.', (err as Error).message);
  }
}
