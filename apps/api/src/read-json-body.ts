import type { Context } from 'hono';
import type { z } from 'zod';
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

/** Reads a JSON body and validates it; zod failures become 400 `validation_failed` naming each field. */
export async function parseJsonBody<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await readJsonBody(c));
  if (!parsed.success) {
    throw new ApiError(
      'validation_failed',
      parsed.error.issues[0]?.message ?? 'the request body is invalid',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return parsed.data;
}
