import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the real SDK sent to the fake, as received. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** Parsed JSON body (the raw text when it is not JSON). */
  body: unknown;
  /** The raw body text, for "is this string anywhere in the request" assertions. */
  raw: string;
}

/** What the fake answers to one request. */
export type FakeReply =
  /** A well-formed provider response whose model text is this plan as JSON. */
  | { type: 'plan'; plan: Record<string, unknown>; usage?: { input: number; output: number } }
  /** A well-formed provider response whose model text is exactly this (prose, broken JSON...). */
  | { type: 'text'; text: string; usage?: { input: number; output: number } }
  /** An HTTP error status with an optional JSON body and headers (e.g. Retry-After). */
  | { type: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Exactly this JSON body with status 200 (vendor-specific shapes, e.g. an OpenAI refusal). */
  | { type: 'raw'; body: unknown }
  /** Answer after a pause (a slow provider). */
  | { type: 'delay'; ms: number; reply: FakeReply }
  /** Answer once `ready` settles (the test decides when), e.g. to follow a stream from its start. */
  | { type: 'after'; ready: Promise<unknown>; reply: FakeReply }
  /** Send the headers and half of a valid body, then destroy the socket. */
  | { type: 'cut' }
  /** Never answer: the request stays open until the client gives up or the server closes. */
  | { type: 'hang' }
  /**
   * A streamed reply (to a streaming request) in exactly these pieces, one server-sent event each;
   * with `cutAfter`, the socket is destroyed after that many pieces (a stream that breaks off).
   * A non-streaming request gets the pieces joined, as `text`.
   */
  | { type: 'stream'; pieces: string[]; usage?: { input: number; output: number }; cutAfter?: number };

export type FakeScript = FakeReply | ((req: RecordedRequest) => FakeReply);

export interface FakeLlmServer {
  /** Base URL to give the SDK. */
  url: string;
  requests: RecordedRequest[];
  /** Replies for the next requests, in order; when they run out, `fallback` answers. */
  enqueue(...replies: FakeScript[]): void;
  fallback: FakeScript;
  close(): Promise<void>;
}

export interface FakeDialect {
  /** Whether this path is the fake's model endpoint. */
  matches(method: string, path: string): boolean;
  /** A successful provider response carrying `text` as the model's reply. */
  success(text: string, usage: { input: number; output: number }, req: RecordedRequest): unknown;
  /** The vendor's error body for a status. */
  error(status: number): unknown;
  /** Streaming (server-sent events), when the vendor's SDK asked for it. */
  stream?: {
    /** Whether this request asked for a streamed reply. */
    wants(req: RecordedRequest): boolean;
    /** The `data:` payloads of one piece of text. */
    piece(text: string, req: RecordedRequest): unknown[];
    /** The `data:` payloads that end a stream (finish reason, usage; `[DONE]` as a string). */
    end(usage: { input: number; output: number }, req: RecordedRequest): unknown[];
  };
}

const DEFAULT_USAGE = { input: 120, output: 30 };

export async function startFakeServer(dialect: FakeDialect): Promise<FakeLlmServer> {
  const queue: FakeScript[] = [];
  const requests: RecordedRequest[] = [];
  const state: { fallback: FakeScript } = {
    fallback: { type: 'status', status: 500, body: { error: { message: 'no scripted reply left' } } },
  };

  /** Writes the pieces as server-sent events, one write each, yielding between them. */
  const streamPieces = async (
    res: ServerResponse,
    pieces: string[],
    usage: { input: number; output: number },
    req: RecordedRequest,
    cutAfter?: number,
  ): Promise<void> => {
    const stream = dialect.stream!;
    const event = (data: unknown) =>
      `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\r\n\r\n`;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    for (const [i, piece] of pieces.entries()) {
      if (cutAfter !== undefined && i >= cutAfter) {
        res.socket?.destroy();
        return;
      }
      if (res.destroyed) return;
      res.write(stream.piece(piece, req).map(event).join(''));
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (cutAfter !== undefined) {
      res.socket?.destroy();
      return;
    }
    res.end(stream.end(usage, req).map(event).join(''));
  };

  const send = (res: ServerResponse, reply: FakeReply, req: RecordedRequest): void => {
    if (res.destroyed || res.writableEnded) return;
    if (
      dialect.stream?.wants(req) &&
      (reply.type === 'plan' || reply.type === 'text' || reply.type === 'stream')
    ) {
      const pieces =
        reply.type === 'stream'
          ? reply.pieces
          : (reply.type === 'plan' ? JSON.stringify(reply.plan) : reply.text).split(/(?<= )/);
      void streamPieces(
        res,
        pieces,
        reply.usage ?? DEFAULT_USAGE,
        req,
        reply.type === 'stream' ? reply.cutAfter : undefined,
      );
      return;
    }
    switch (reply.type) {
      case 'stream':
        send(
          res,
          { type: 'text', text: reply.pieces.join(''), ...(reply.usage ? { usage: reply.usage } : {}) },
          req,
        );
        return;
      case 'plan':
      case 'text': {
        const text = reply.type === 'plan' ? JSON.stringify(reply.plan) : reply.text;
        const body = JSON.stringify(dialect.success(text, reply.usage ?? DEFAULT_USAGE, req));
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        return;
      }
      case 'raw': {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
        return;
      }
      case 'status': {
        const body = JSON.stringify(reply.body ?? dialect.error(reply.status));
        res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(body);
        return;
      }
      case 'delay': {
        const timer = setTimeout(() => send(res, reply.reply, req), reply.ms);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'after': {
        void reply.ready.then(
          () => send(res, reply.reply, req),
          () => send(res, reply.reply, req),
        );
        return;
      }
      case 'hang':
        return;
      case 'cut': {
        const body = JSON.stringify(dialect.success('{"kind":"sql","sql":"SELECT 1"}', DEFAULT_USAGE, req));
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
        });
        res.write(body.slice(0, Math.floor(body.length / 2)), () => {
          res.socket?.destroy();
        });
        return;
      }
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // keep the raw text
      }
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body,
        raw,
      };
      if (!dialect.matches(recorded.method, recorded.path.split('?')[0]!)) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify(dialect.error(404)));
        return;
      }
      requests.push(recorded);
      const script = queue.shift() ?? state.fallback;
      send(res, typeof script === 'function' ? script(recorded) : script, recorded);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    get fallback() {
      return state.fallback;
    },
    set fallback(s: FakeScript) {
      state.fallback = s;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
