/**
 * A small HTTP client for the closed-loop scenarios: keep-alive sockets, JSON submissions,
 * and Server-Sent Events read until the job's terminal event, with the moment each event arrived.
 */
import { Agent, request } from 'node:http';

export const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

export interface JsonResponse {
  status: number;
  body: unknown;
}

export function postJson(url: string, token: string, body: unknown): Promise<JsonResponse> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': String(payload.length),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // keep the text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface SseEvent {
  id: string;
  event: string;
  data: string;
  /** performance.now() when the event's last line arrived. */
  receivedAt: number;
}

const TERMINAL = new Set(['completed', 'failed', 'cancelled']);

export interface SseFollow {
  /** Resolves when the stream is open (status 200 and headers received). */
  opened: Promise<void>;
  /** Every event up to and including the terminal one. */
  done: Promise<SseEvent[]>;
  close(): void;
}

/** Follows GET /api/queries/:id/events until a terminal event (or the stream ends). */
export function followEvents(baseUrl: string, id: string, token: string, sseAgent = agent): SseFollow {
  let close = () => {};
  let markOpened: () => void = () => {};
  let failOpen: (err: unknown) => void = () => {};
  const opened = new Promise<void>((resolve, reject) => {
    markOpened = resolve;
    failOpen = reject;
  });
  const done = new Promise<SseEvent[]>((resolve, reject) => {
    const events: SseEvent[] = [];
    const req = request(
      `${baseUrl}/api/queries/${id}/events`,
      {
        method: 'GET',
        agent: sseAgent,
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      },
      (res) => {
        if (res.statusCode !== 200) {
          const err = new Error(`events of ${id}: status ${res.statusCode}`);
          failOpen(err);
          reject(err);
          res.resume();
          return;
        }
        markOpened();
        res.setEncoding('utf8');
        let buffer = '';
        let current: Partial<SseEvent> = {};
        let finished = false;
        res.on('data', (chunk: string) => {
          const now = performance.now();
          buffer += chunk;
          for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n')) {
            const raw = buffer.slice(0, nl);
            buffer = buffer.slice(nl + 1);
            if (raw === '') {
              if (current.event) {
                const ev = {
                  id: current.id ?? '',
                  event: current.event,
                  data: current.data ?? '',
                  receivedAt: now,
                };
                events.push(ev);
                if (TERMINAL.has(ev.event) && !finished) {
                  finished = true;
                  resolve(events);
                  req.destroy();
                }
              }
              current = {};
            } else if (raw.startsWith('id:')) current.id = raw.slice(3).trim();
            else if (raw.startsWith('event:')) current.event = raw.slice(6).trim();
            else if (raw.startsWith('data:')) current.data = (current.data ?? '') + raw.slice(5).trim();
          }
        });
        res.on('end', () => resolve(events));
        res.on('error', (err) => (finished ? undefined : reject(err)));
      },
    );
    req.on('error', (err) => {
      failOpen(err);
      reject(err);
    });
    req.end();
    close = () => req.destroy();
  });
  done.catch(() => {});
  opened.catch(() => {});
  return { opened, done, close: () => close() };
}

/** The millisecond timestamp in a Redis stream entry id (`1764130000000-3`). */
export const streamIdMs = (id: string): number => Number(id.split('-')[0]);
