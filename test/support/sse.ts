import { apiFetch } from './auth.js';

export interface SseMessage {
  id: string | null;
  event: string;
  data: string;
}

export interface SseConnection {
  status: number;
  headers: Headers;
  /** Resolves with the next message, or null when the stream ended. */
  next(timeoutMs?: number): Promise<SseMessage | null>;
  /** Reads messages until the stream ends. */
  rest(timeoutMs?: number): Promise<SseMessage[]>;
  comments: string[];
  close(): void;
}

/** A minimal SSE client over fetch, enough to assert on what a browser's EventSource would see. */
export async function openSse(url: string, lastEventId?: string, token?: string): Promise<SseConnection> {
  const controller = new AbortController();
  const res = await apiFetch(url, {
    headers: {
      accept: 'text/event-stream',
      ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    signal: controller.signal,
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const queue: SseMessage[] = [];
  const comments: string[] = [];
  let ended = false;

  const parseBlocks = () => {
    for (;;) {
      const idx = buffer.indexOf('\n\n');
      if (idx === -1) return;
      const block = buffer.slice(0, idx);
      buffer = buffer.slice(idx + 2);
      let id: string | null = null;
      let event = 'message';
      const data: string[] = [];
      let sawField = false;
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) {
          comments.push(line.slice(1).trim());
          continue;
        }
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        sawField = true;
        if (field === 'id') id = value;
        else if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (sawField) queue.push({ id, event, data: data.join('\n') });
    }
  };

  const next = async (timeoutMs = 30_000): Promise<SseMessage | null> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const msg = queue.shift();
      if (msg) return msg;
      if (ended) return null;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error('timed out waiting for an SSE message');
      let timer: NodeJS.Timeout | undefined;
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timed out waiting for an SSE message')), remaining);
        }),
      ]).finally(() => clearTimeout(timer));
      if (chunk.done) ended = true;
      else buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, '\n');
      parseBlocks();
    }
  };

  return {
    status: res.status,
    headers: res.headers,
    next,
    comments,
    async rest(timeoutMs = 30_000) {
      const out: SseMessage[] = [];
      for (;;) {
        const m = await next(timeoutMs);
        if (!m) return out;
        out.push(m);
      }
    },
    close() {
      controller.abort();
    },
  };
}
