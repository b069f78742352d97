import { ERROR_STATUS, type ErrorCode, type ErrorEnvelope } from '@pa/contracts';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env.js';

/** The one error type routes throw; `app.onError` turns it into the standard envelope. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get status(): ContentfulStatusCode {
    return ERROR_STATUS[this.code] as ContentfulStatusCode;
  }
}

export function errorBody(
  c: Context<AppEnv>,
  code: string,
  message: string,
  details?: unknown,
): ErrorEnvelope {
  return {
    error: {
      code,
      message,
      ...(details === undefined ? {} : { details }),
      request_id: c.get('requestId') ?? '',
    },
  };
}

export function errorResponse(c: Context<AppEnv>, err: ApiError): Response {
  // Every 429 says when to come back: the limit that refused it puts the wait in its details.
  const wait = (err.details as { retry_after_seconds?: unknown } | undefined)?.retry_after_seconds;
  if (err.code === 'rate_limited' && typeof wait === 'number') c.header('Retry-After', String(wait));
  // So does every 503, like the one app.onError answers when Redis or PostgreSQL is unreachable.
  if (err.code === 'unavailable') c.header('Retry-After', String(typeof wait === 'number' ? wait : 5));
  return c.json(errorBody(c, err.code, err.message, err.details), err.status);
}
