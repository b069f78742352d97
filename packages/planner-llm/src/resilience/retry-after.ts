/**
 * Milliseconds a `Retry-After` header asks us to wait: delta-seconds ("30",
 * "1.5") or an HTTP date. Null when absent or unparseable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (value === null || value === undefined) return null;
  const v = value.trim();
  if (v === '') return null;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  if (!/[a-z]/i.test(v)) return null;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/**
 * Google APIs put the delay in the error body instead (google.rpc.RetryInfo):
 * `{"error":{"details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"29s"}]}}`.
 * Accepts the body as text or as a parsed object; null when it holds no RetryInfo.
 */
export function parseRetryInfoDelay(body: unknown): number | null {
  let parsed: unknown = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return null;
    }
  }
  const details = (parsed as { error?: { details?: unknown } } | null)?.error?.details;
  if (!Array.isArray(details)) return null;
  for (const d of details) {
    const rec = d as { '@type'?: unknown; retryDelay?: unknown };
    if (typeof rec['@type'] === 'string' && rec['@type'].endsWith('google.rpc.RetryInfo')) {
      const m = typeof rec.retryDelay === 'string' ? /^(\d+(?:\.\d+)?)s$/.exec(rec.retryDelay) : null;
      if (m) return Math.round(Number(m[1]) * 1000);
    }
  }
  return null;
}
