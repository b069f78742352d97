import { type ApiClient, ApiFailure } from './api-client.js';

/** One Server-Sent Event as the WHATWG parsing rules read it. */
export interface ServerEvent {
  id: string | null;
  type: string;
  data: string;
}

export const TERMINAL_EVENTS: ReadonlySet<string> = new Set(['completed', 'failed', 'cancelled']);

/**
 * Reads `text/event-stream` from a fetch body: `field: value` lines, a blank line ends an event,
 * `:` lines are comments (the API's `: ping`). What EventSource does, but over a request that
 * can carry an Authorization header.
 */
export async function* readEventStream(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let event: ServerEvent = { id: null, type: 'message', data: '' };
  let hasData = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      // A \r at the very end may be the first half of \r\n: it waits for the next piece.
      const end = buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
      const lines = buffer.slice(0, end).split(/\r\n|\r|\n/);
      // The last piece is a line still arriving.
      buffer = (lines.pop() ?? '') + buffer.slice(end);
      for (const line of lines) {
        if (line === '') {
          if (hasData) yield { ...event, data: event.data.replace(/\n$/, '') };
          event = { id: event.id, type: 'message', data: '' };
          hasData = false;
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event.type = value;
        else if (field === 'id') event.id = value;
        else if (field === 'data') {
          event.data += `${value}\n`;
          hasData = true;
        }
      }
    }
  } finally {
    reader.releaseLock();
  }
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/** Reconnections in a row without a single event before the page gives up on the stream. */
const MAX_SILENT_RECONNECTS = 6;

/**
 * Follows a job's event stream until its terminal event, reconnecting with Last-Event-ID after a
 * dropped connection (the API replays what was missed, without gaps or duplicates). Throws
 * ApiFailure when the API refuses the stream (401, 403, 404) or stays unreachable.
 */
export async function followJob(
  client: ApiClient,
  id: string,
  onEvent: (event: ServerEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  let lastEventId: string | null = null;
  let silent = 0;
  while (!signal.aborted) {
    try {
      const res = await client.events(id, lastEventId, signal);
      // 204: the terminal event was the last one we had.
      if (res.status === 204 || !res.body) return;
      for await (const event of readEventStream(res.body)) {
        if (event.id) lastEventId = event.id;
        silent = 0;
        onEvent(event);
        if (TERMINAL_EVENTS.has(event.type)) return;
      }
    } catch (err) {
      if (signal.aborted) return;
      if (err instanceof ApiFailure && err.failure.kind === 'http') throw err;
      // A dropped connection (or a network error): try again below.
    }
    silent += 1;
    if (silent > MAX_SILENT_RECONNECTS) throw new ApiFailure({ kind: 'network' });
    await sleep(Math.min(500 * 2 ** silent, 8_000), signal);
  }
}
