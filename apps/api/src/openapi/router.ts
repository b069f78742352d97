import { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors.js';

type ValidationResult = { success: true } | { success: false; error: z.ZodError };

/**
 * The library's `defaultHook`: a request that fails its route's schemas gets
 * 400 `validation_failed` in the one error envelope, naming each field —
 * never the library's own JSON.
 */
export function validationFailed(result: ValidationResult): void {
  if (result.success) return;
  const issues = result.error.issues;
  throw new ApiError(
    'validation_failed',
    issues[0]?.message ?? 'the request is invalid',
    issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  );
}

/** An app whose routes are declared with createRoute, so the document and the validation are one thing. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationFailed });
}
