import { type ApiClient, ApiFailure } from './api-client.js';
import { type SseMessage, SseParser } from './sse-parser.js';

const TERMINAL_EVENTS = new Set(['completed', 'failed', 'cancelled']);
const TERMINAL_STATUSES = new Set(['completed', 'failed', 'cancelled']);

/** Whether this message ends the job: a terminal event, or a snapshot of a job already over. */
export function endsJob(message: SseMessage): boolean {
  if (TERMINAL_EVENTS.has(message.event)) return true;
  if (message.event !== 'snapshot') return false;
  try {
    return TERMINAL_STATUSES.has((JSON.parse(message.data) as { status?: string }).status ?? '');
  } catch {
    return false;
  }
}

/** Wait before reconnect `attempt` (1, 2, …): doubling from `base`, capped, with ±20 % jitter. */
export function reconnectDelay(attempt: number, baseMs: number, capMs = 8_000, random = Math.random): number {
  const plain = Math.min(capMs, baseMs * 2 ** (attempt - 1));
  return Math.round(plain * (0.8 + 0.4 * random()));
}

export class LostEventStream extends Error {
  constructor(
    readonly id: string,
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    super(
      `lost the connection to the API's event stream ${attempts} times in a row ` +
        `(${lastError instanceof Error ? lastError.message : String(lastError)}); ` +
        `the question goes on: pa status ${id} --wait`,
    );
    this.name = 'LostEventStream';
  }
}

export interface FollowOptions {
  signal: AbortSignal;
  onMessage(message: SseMessage): void;
  /** Called before each reconnect, with the id it resumes after. */
  onReconnect?(attempt: number, delayMs: number, lastEventId: string | null): void;
  /** Consecutive failed connections before giving up (a connection that delivered an event resets it). */
  maxReconnects?: number;
  baseDelayMs?: number;
  /**
   * A connection silent this long is given up and reopened: the API pings every 15 s
   * (SSE_PING_MS), so silence means a connection that died without a word (a NAT or proxy
   * forgot it), which TCP alone may not notice for minutes.
   */
  idleTimeoutMs?: number;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Failures worth a reconnect: the network, a cut stream, or a 5xx from something in between. */
function isTransient(err: unknown): boolean {
  if (err instanceof ApiFailure) return err.status >= 500;
  return true;
}

/**
 * Follows a job's Server-Sent Events until it ends, the way EventSource would but with the bearer
 * token: a dropped connection is reopened with `Last-Event-ID` (the API replays what came after it,
 * without gaps or duplicates) after a growing wait. Authentication, 404 and rate-limit answers are
 * thrown as they are; a stream lost `maxReconnects` times in a row throws LostEventStream.
 */
export async function followJobEvents(client: ApiClient, id: string, options: FollowOptions): Promise<void> {
  const parser = new SseParser();
  const maxReconnects = options.maxReconnects ?? 8;
  let failures = 0;
  for (;;) {
    const connection = new AbortController();
    const abort = () => connection.abort(options.signal.reason);
    options.signal.addEventListener('abort', abort, { once: true });
    let delivered = false;
    let ended = false;
    let lastError: unknown = new Error('the stream ended before the job did');
    const idleMs = options.idleTimeoutMs ?? 45_000;
    let silent = false;
    let watchdog: NodeJS.Timeout | undefined;
    const heard = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        silent = true;
        connection.abort();
      }, idleMs);
    };
    parser.reset();
    try {
      heard();
      const res = await client.openEvents(id, parser.lastEventId || null, connection.signal);
      // 204: the terminal event was already delivered on an earlier connection.
      if (res.status === 204 || !res.body) return;
      const decoder = new TextDecoder();
      for await (const chunk of res.body) {
        heard();
        for (const message of parser.push(decoder.decode(chunk as Uint8Array, { stream: true }))) {
          delivered = true;
          options.onMessage(message);
          if (endsJob(message)) ended = true;
        }
        if (ended) return;
      }
    } catch (err) {
      if (options.signal.aborted) throw options.signal.reason;
      if (!isTransient(err)) throw err;
      lastError = silent ? new Error(`nothing heard for ${idleMs / 1000} s`) : err;
    } finally {
      clearTimeout(watchdog);
      options.signal.removeEventListener('abort', abort);
      // Closes the socket of a stream we stop reading (the terminal event came, or we give up).
      connection.abort();
    }
    failures = delivered ? 1 : failures + 1;
    if (failures > maxReconnects) throw new LostEventStream(id, failures, lastError);
    const delay = parser.retryMs ?? reconnectDelay(failures, options.baseDelayMs ?? 250);
    options.onReconnect?.(failures, delay, parser.lastEventId || null);
    await sleep(delay, options.signal);
  }
}
