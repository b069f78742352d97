import { LlmProviderError, type ProviderFailure } from '@pa/planner';

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/**
 * Whether an error is a transport failure: refused or reset connections, DNS
 * failures, a response cut mid-body (undici's "terminated" / "other side closed").
 */
export function isNetworkError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (
      name === 'TypeError' &&
      typeof message === 'string' &&
      /fetch failed|terminated|network/i.test(message)
    ) {
      return true;
    }
    if (name === 'SocketError') return true;
  }
  return false;
}

/** The failure class of an HTTP status from a provider. */
export function failureForStatus(status: number): ProviderFailure {
  if (status === 429) return 'rate_limited';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'server';
  if (status === 401 || status === 403) return 'auth';
  if (status >= 400) return 'bad_request';
  return 'unknown';
}

export function providerError(
  provider: string,
  err: unknown,
  status: number | undefined,
  retryAfterMs: number | null,
): LlmProviderError {
  const message = err instanceof Error ? err.message : String(err);
  if (status !== undefined) {
    return new LlmProviderError(
      provider,
      failureForStatus(status),
      `${provider} answered HTTP ${status}: ${message}`,
      {
        status,
        ...(retryAfterMs !== null ? { retryAfterMs } : {}),
        cause: err,
      },
    );
  }
  if (isNetworkError(err)) {
    return new LlmProviderError(provider, 'network', `${provider} connection failed: ${message}`, {
      cause: err,
    });
  }
  return new LlmProviderError(provider, 'unknown', `${provider} call failed: ${message}`, { cause: err });
}
