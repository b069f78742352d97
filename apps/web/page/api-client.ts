import type { AbuseWarning, JobSnapshot } from '@pa/contracts';
import type { Failure, HttpFailure } from './failures.js';

/** A request that did not get the answer it wanted; `failure` says why, for describeFailure. */
export class ApiFailure extends Error {
  constructor(readonly failure: Exclude<Failure, { kind: 'job' }>) {
    super(
      failure.kind === 'http' ? `${failure.status} ${failure.code}: ${failure.message}` : 'network error',
    );
    this.name = 'ApiFailure';
  }
}

export interface Accepted {
  id: string;
  status: 'queued' | 'active' | 'completed';
  shared?: true;
  warning?: AbuseWarning;
}

export interface HistoryItem {
  id: string;
  status: 'completed' | 'failed' | 'cancelled';
  question: string;
  tenant: string;
  session_id: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface HistoryPage {
  items: HistoryItem[];
  next_cursor: string | null;
}

export interface DevToken {
  token: string;
  expires_at: string;
  sub: string;
  bank: string | null;
  role: 'analyst' | 'admin';
}

export interface ApiClientOptions {
  /** Where the API is; the page's own origin ('') unless given (Node tests). */
  baseUrl?: string;
  /** The bearer token to send, or null for none. */
  token: () => string | null;
  /**
   * Called once when a request gets 401; resolves true when it found a fresh token (a development
   * token that had expired), and the request is sent again with it.
   */
  renewToken?: () => Promise<boolean>;
}

async function failureOf(res: Response): Promise<HttpFailure> {
  const retryAfter = Number(res.headers.get('retry-after'));
  let error: { code?: unknown; message?: unknown; details?: unknown } = {};
  try {
    error = ((await res.json()) as { error?: typeof error }).error ?? {};
  } catch {
    // Not the envelope (a proxy's page): the status says enough.
  }
  return {
    kind: 'http',
    status: res.status,
    code: typeof error.code === 'string' ? error.code : `http_${res.status}`,
    message: typeof error.message === 'string' ? error.message : res.statusText,
    details: error.details,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  };
}

/**
 * The API as the page uses it: every call carries `Authorization: Bearer …` (never the URL: the
 * event stream is read with fetch, not EventSource, for that reason); every failure is an ApiFailure.
 */
export class ApiClient {
  constructor(private readonly options: ApiClientOptions) {}

  private url(path: string): string {
    return `${this.options.baseUrl ?? ''}${path}`;
  }

  /** A response with a 2xx status (or one of `accept`), else throws ApiFailure. */
  async request(path: string, init: RequestInit = {}, accept: number[] = []): Promise<Response> {
    const send = async () => {
      const headers = new Headers(init.headers);
      const token = this.options.token();
      if (token) headers.set('Authorization', `Bearer ${token}`);
      try {
        return await fetch(this.url(path), { ...init, headers });
      } catch (err) {
        if (init.signal?.aborted) throw err;
        throw new ApiFailure({ kind: 'network' });
      }
    };
    let res = await send();
    if (res.status === 401 && this.options.renewToken && (await this.options.renewToken()))
      res = await send();
    if (res.ok || accept.includes(res.status)) return res;
    throw new ApiFailure(await failureOf(res));
  }

  private async json<T>(path: string, init: RequestInit = {}): Promise<T> {
    return (await (await this.request(path, init)).json()) as T;
  }

  submit(question: string, sessionId: string): Promise<Accepted> {
    return this.json('/api/queries', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question, session_id: sessionId }),
    });
  }

  job(id: string, signal?: AbortSignal): Promise<JobSnapshot> {
    return this.json(`/api/queries/${encodeURIComponent(id)}`, signal ? { signal } : {});
  }

  async cancel(id: string): Promise<void> {
    // 409: it had already finished, which the event stream is about to say.
    await this.request(`/api/queries/${encodeURIComponent(id)}/cancel`, { method: 'POST' }, [409]);
  }

  history(cursor: string | null, limit = 20): Promise<HistoryPage> {
    const params = new URLSearchParams({ limit: String(limit) });
    if (cursor) params.set('cursor', cursor);
    return this.json(`/api/queries?${params}`);
  }

  /** The job's event stream (200), or 204 when `lastEventId` was its terminal event. */
  events(id: string, lastEventId: string | null, signal: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (lastEventId) headers['Last-Event-ID'] = lastEventId;
    return this.request(`/api/queries/${encodeURIComponent(id)}/events`, { headers, signal });
  }

  /** The answer's rows as a CSV file, with the name the API gives it. */
  async csv(id: string): Promise<{ blob: Blob; filename: string }> {
    const res = await this.request(`/api/queries/${encodeURIComponent(id)}/result.csv`);
    const disposition = res.headers.get('content-disposition') ?? '';
    const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `query-${id}.csv`;
    return { blob: await res.blob(), filename };
  }

  /** A development token (AUTH_MODE=dev, this machine only); sent without a token. */
  async devToken(bank: string | null): Promise<DevToken> {
    let res: Response;
    try {
      res = await fetch(this.url('/api/dev/token'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(bank ? { bank } : {}),
      });
    } catch {
      throw new ApiFailure({ kind: 'network' });
    }
    if (!res.ok) throw new ApiFailure(await failureOf(res));
    return (await res.json()) as DevToken;
  }
}
