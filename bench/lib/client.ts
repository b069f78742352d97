/**
 * A small HTTP client for the closed-loop scenarios: keep-alive sockets, JSON submissions,
 * and Server-Sent Events read until the job's terminal event, with the moment each event arrived.
 */
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { StringDecoder } from 'node:string_decoder';

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

/**
 * Reads an event stream's text as it arrives: calls `onEvent` with each complete event, stamped
 * with the moment the chunk holding its last line arrived.
 */
function sseReader(onEvent: (ev: SseEvent) => void): (text: string, now: number) => void {
  let buffer = '';
  let current: Partial<SseEvent> = {};
  return (text, now) => {
    buffer += text;
    for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n')) {
      const raw = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (raw === '') {
        if (current.event) {
          onEvent({ id: current.id ?? '', event: current.event, data: current.data ?? '', receivedAt: now });
        }
        current = {};
      } else if (raw.startsWith('id:')) current.id = raw.slice(3).trim();
      else if (raw.startsWith('event:')) current.event = raw.slice(6).trim();
      else if (raw.startsWith('data:')) current.data = (current.data ?? '') + raw.slice(5).trim();
    }
  };
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
        let finished = false;
        const read = sseReader((ev) => {
          events.push(ev);
          if (TERMINAL.has(ev.event) && !finished) {
            finished = true;
            resolve(events);
            req.destroy();
          }
        });
        res.on('data', (chunk: string) => read(chunk, performance.now()));
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

/**
 * The same as `followEvents`, over a bare TCP socket with the HTTP/1.1 response read by hand
 * (status line, headers, chunked framing). For the fan-out scenario, where a thousand clients
 * share one process: node's HTTP client spends ~0.1 ms per chunk per stream, so in one process a
 * thousand of them measure the client's own queue (p99 ~100–170 ms for a server that wrote every
 * stream in ~17 ms), not the delivery. Each client here only stamps the chunk's arrival and scans
 * its bytes. The socket is closed after the reads of the same turn, not between them.
 */
export function followEventsRaw(baseUrl: string, path: string, token: string): SseFollow {
  const url = new URL(path, baseUrl);
  let markOpened: () => void = () => {};
  let failOpen: (err: unknown) => void = () => {};
  const opened = new Promise<void>((resolve, reject) => {
    markOpened = resolve;
    failOpen = reject;
  });
  const socket = connect(Number(url.port), url.hostname);
  const done = new Promise<SseEvent[]>((resolve, reject) => {
    const events: SseEvent[] = [];
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      resolve(events);
      setImmediate(() => socket.destroy());
    };
    const read = sseReader((ev) => {
      events.push(ev);
      if (TERMINAL.has(ev.event)) finish();
    });
    const decoder = new StringDecoder('utf8');
    let head: Buffer | null = Buffer.alloc(0);
    let chunked = false;
    // Chunked framing: a size line, that many bytes of data, a CRLF; a size of 0 ends the body.
    let state: 'size' | 'data' | 'crlf' = 'size';
    let sizeLine = '';
    let left = 0;
    const body = (bytes: Buffer, now: number) => {
      if (!chunked) {
        read(decoder.write(bytes), now);
        return;
      }
      let at = 0;
      while (at < bytes.length) {
        if (state === 'size') {
          const eol = bytes.indexOf(0x0a, at);
          sizeLine += bytes.subarray(at, eol === -1 ? bytes.length : eol).toString('latin1');
          if (eol === -1) return;
          at = eol + 1;
          left = Number.parseInt(sizeLine.trim(), 16);
          sizeLine = '';
          if (!(left > 0)) return finish();
          state = 'data';
        } else if (state === 'data') {
          const take = Math.min(left, bytes.length - at);
          read(decoder.write(bytes.subarray(at, at + take)), now);
          at += take;
          left -= take;
          if (left === 0) {
            state = 'crlf';
            left = 2;
          }
        } else {
          const take = Math.min(left, bytes.length - at);
          at += take;
          left -= take;
          if (left === 0) state = 'size';
        }
      }
    };
    socket.on('connect', () => {
      socket.write(
        `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\n` +
          `Authorization: Bearer ${token}\r\nAccept: text/event-stream\r\nConnection: close\r\n\r\n`,
      );
    });
    socket.on('data', (bytes: Buffer) => {
      const now = performance.now();
      if (head === null) return body(bytes, now);
      head = Buffer.concat([head, bytes]);
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) return;
      const lines = head.subarray(0, end).toString('latin1').split('\r\n');
      const rest = head.subarray(end + 4);
      head = null;
      const status = Number(lines[0]?.split(' ')[1]);
      if (status !== 200) {
        const err = new Error(`${url.pathname}: status ${status}`);
        failOpen(err);
        reject(err);
        socket.destroy();
        return;
      }
      chunked = lines.some((l) => /^transfer-encoding:\s*chunked/i.test(l));
      markOpened();
      if (rest.length > 0) body(rest, now);
    });
    socket.on('end', finish);
    socket.on('error', (err) => {
      failOpen(err);
      if (!finished) reject(err);
    });
  });
  done.catch(() => {});
  opened.catch(() => {});
  return { opened, done, close: () => socket.destroy() };
}

/** The millisecond timestamp in a Redis stream entry id (`1764130000000-3`). */
export const streamIdMs = (id: string): number => Number(id.split('-')[0]);
