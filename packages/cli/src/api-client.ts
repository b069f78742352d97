import type { AbuseWarning, JobSnapshot } from '@pa/contracts';

/** What `POST /api/queries` answers (202). */
export interface QuestionAccepted {
  id: string;
  status: 'queued' | 'active' | 'completed';
  links: { self: string; events: string };
  /** An identical question of the same bank was already running: this is its job. */
  shared?: true;
  warning?: AbuseWarning;
}

export interface QuestionRequest {
  question: string;
  session_id?: string;
  options?: { planner?: 'auto' | 'builtin' | 'llm'; use_cache?: boolean };
}

export interface HistoryItem {
  id: string;
  status: string;
  question: string;
  tenant: string;
  session_id: string | null;
  created_at: string;
  finished_at: string | null;
}

/** What `GET /api/queries` answers. */
export interface HistoryPage {
  items: HistoryItem[];
  next_cursor: string | null;
}

export interface HistoryQuery {
  limit?: number;
  cursor?: string;
  status?: string;
  from?: string;
  to?: string;
}

export interface CancelOutcome {
  id: string;
  status: 'cancelled' | 'cancelling';
}

/** A response in the API's error envelope (or a non-2xx without one, from a proxy in between). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
    readonly requestId: string | null,
    /** Retry-After in seconds, when the response had one. */
    readonly retryAfterSeconds: number | null,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** The API could not be reached at all (refused, reset, DNS, TLS). */
export class UnreachableApi extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`cannot reach the API at ${url}: ${reason}`);
    this.name = 'UnreachableApi';
  }
}

function retryAfterSeconds(header: string | null): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** Reads a non-2xx response into an ApiFailure, whether or not it is in the error envelope. */
export async function failureFrom(res: Response): Promise<ApiFailure> {
  const text = await res.text().catch(() => '');
  let envelope: { error?: { code?: unknown; message?: unknown; details?: unknown; request_id?: unknown } } =
    {};
  try {
    envelope = JSON.parse(text) as typeof envelope;
  } catch {
    // Not JSON: a proxy's or load balancer's page.
  }
  const e = envelope.error;
  const message =
    typeof e?.message === 'string' && e.message
      ? e.message
      : `HTTP ${res.status} ${res.statusText}${text ? `: ${text.slice(0, 200).trim()}` : ''}`;
  return new ApiFailure(
    res.status,
    typeof e?.code === 'string' ? e.code : `http_${res.status}`,
    message,
    e?.details,
    typeof e?.request_id === 'string' ? e.request_id : res.headers.get('x-request-id'),
    retryAfterSeconds(res.headers.get('retry-after')),
  );
}

/** Why fetch failed, in words: undici hides the system error in `cause`. */
function reasonOf(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused (is the API running? check PA_URL / --url)';
  if (cause?.code === 'ENOTFOUND') return 'unknown host (check PA_URL / --url)';
  return cause?.message ?? (err instanceof Error ? err.message : String(err));
}

export interface ApiClientOptions {
  baseUrl: string;
  token: string;
}

/** The few calls `pa` makes, each a plain fetch with the bearer token; non-2xx answers throw ApiFailure. */
export class ApiClient {
  private readonly baseUrl: string;

  constructor(private readonly options: ApiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  /** One request; `ok` lists the statuses that are answers rather than failures (2xx by default). */
  async request(
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal; ok?: number[] } = {},
  ): Promise<Response> {
    const url = `${this.baseUrl}${path}`;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${this.options.token}`,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...init.headers,
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        ...(init.signal ? { signal: init.signal } : {}),
      });
    } catch (err) {
      if (init.signal?.aborted) throw err;
      throw new UnreachableApi(this.baseUrl, reasonOf(err));
    }
    const ok = init.ok ? init.ok.includes(res.status) : res.ok;
    if (!ok) throw await failureFrom(res);
    return res;
  }

  async submitQuestion(body: QuestionRequest): Promise<QuestionAccepted> {
    return (await (await this.request('POST', '/api/queries', { body })).json()) as QuestionAccepted;
  }

  async getJob(id: string): Promise<JobSnapshot> {
    return (await (
      await this.request('GET', `/api/queries/${encodeURIComponent(id)}`)
    ).json()) as JobSnapshot;
  }

  async cancelJob(id: string): Promise<CancelOutcome> {
    const res = await this.request('POST', `/api/queries/${encodeURIComponent(id)}/cancel`);
    return (await res.json()) as CancelOutcome;
  }

  async listHistory(query: HistoryQuery): Promise<HistoryPage> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) params.set(key, String(value));
    }
    const qs = params.size > 0 ? `?${params}` : '';
    return (await (await this.request('GET', `/api/queries${qs}`)).json()) as HistoryPage;
  }

  /** The answer's rows as the API's CSV (RFC 4180); `text()` drops the byte-order mark. */
  async resultCsv(id: string): Promise<string> {
    return (await this.request('GET', `/api/queries/${encodeURIComponent(id)}/result.csv`)).text();
  }

  /** Opens the job's event stream (200), or learns there is nothing more to send (204). */
  openEvents(id: string, lastEventId: string | null, signal: AbortSignal): Promise<Response> {
    return this.request('GET', `/api/queries/${encodeURIComponent(id)}/events`, {
      headers: { accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
      signal,
      ok: [200, 204],
    });
  }
}
