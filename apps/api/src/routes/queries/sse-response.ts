/**
 * The body of one Server-Sent Events response, written without Web Streams on the hot path.
 *
 * Hono's `streamSSE` puts every write through a TransformStream's writer, its readable, a second
 * ReadableStream and @hono/node-server's reader before it reaches the node response: a dozen
 * promises and queue steps per write, per stream. With a thousand clients of one job that was most of
 * the time between the job's terminal event and its delivery. Here the handler still returns an
 * ordinary Response (so every middleware sets its headers as before), whose body is a ReadableStream
 * with no queue (`highWaterMark: 0`): @hono/node-server writes the head and only then asks it for a
 * chunk. From that moment the node response itself is the sink — `write` is `outgoing.write`, `end`
 * is `outgoing.end`, one call each, as a bare node:http server does. Until then (and wherever there is
 * no node response, e.g. `app.request()` in tests) chunks go through the ReadableStream.
 *
 * Backpressure: `write` returns a promise only when the sink is full (the node response's buffer
 * over its high-water mark, or a chunk not yet read off the ReadableStream); it resolves on `drain`
 * (or the next read), or when the client goes away.
 */

/** The part of a node `ServerResponse` (or `Http2ServerResponse`) this uses. */
interface NodeOutgoing {
  readonly headersSent: boolean;
  readonly writableEnded: boolean;
  readonly destroyed: boolean;
  write(chunk: Uint8Array): boolean;
  end(chunk?: Uint8Array): unknown;
  once(event: 'drain', listener: () => void): unknown;
  removeListener(event: 'drain', listener: () => void): unknown;
}

const isNodeOutgoing = (o: unknown): o is NodeOutgoing =>
  typeof o === 'object' &&
  o !== null &&
  typeof (o as NodeOutgoing).write === 'function' &&
  typeof (o as NodeOutgoing).end === 'function' &&
  typeof (o as NodeOutgoing).once === 'function' &&
  'headersSent' in o;

type Mode = 'pending' | 'node' | 'web';

/**
 * Bodies to close once the current fan-out is written: a job's terminal event ends a thousand
 * responses in one loop, and each body's close (a read resolved, @hono/node-server's reader ending)
 * need not come between one response's write and the next.
 */
let toClose: SseResponse[] = [];
function closeLater(s: SseResponse): void {
  toClose.push(s);
  if (toClose.length > 1) return;
  setImmediate(() => {
    const closing = toClose;
    toClose = [];
    for (const c of closing) c.closeBody();
  });
}

export class SseResponse {
  /** The Response body to return from the handler. */
  readonly body: ReadableStream<Uint8Array>;
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  private readonly outgoing: NodeOutgoing | null;
  private mode: Mode;
  /** Chunks written before the node response's head went out, and whether `end` came too. */
  private early: Uint8Array[] = [];
  private endRequested = false;
  private readonly abortListeners: Array<() => void> = [];
  /** Resolvers of writes waiting for room (drain / the next read / abort). */
  private waiters: Array<() => void> = [];
  private onDrain: (() => void) | null = null;
  /** Ended by us or aborted by the client: nothing more is written. */
  done = false;
  aborted = false;

  /** `outgoing`: the node response behind the request (`c.env.outgoing` under @hono/node-server), if any. */
  constructor(outgoing: unknown) {
    this.outgoing = isNodeOutgoing(outgoing) ? outgoing : null;
    this.mode = this.outgoing ? 'pending' : 'web';
    this.body = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          this.controller = controller;
        },
        pull: () => this.pulled(),
        cancel: () => this.abort(),
      },
      { highWaterMark: 0 },
    );
  }

  /** Whether a write now would wait (the sink is full). */
  get blocked(): boolean {
    return this.waiters.length > 0;
  }

  /** Calls `listener` once when the client goes away (not when the stream ends normally). */
  onAbort(listener: () => void): void {
    if (this.aborted) listener();
    else this.abortListeners.push(listener);
  }

  /** Writes a chunk; a promise when the sink is full and the next write should wait for it. */
  write(chunk: Uint8Array): Promise<void> | undefined {
    if (this.done) return undefined;
    switch (this.mode) {
      case 'node': {
        const out = this.outgoing!;
        if (out.destroyed || out.writableEnded) {
          this.abort();
          return undefined;
        }
        if (out.write(chunk)) return undefined;
        if (!this.onDrain) {
          this.onDrain = () => {
            this.onDrain = null;
            this.release();
          };
          out.once('drain', this.onDrain);
        }
        return this.waitForRoom();
      }
      case 'web':
        this.controller.enqueue(chunk);
        return (this.controller.desiredSize ?? 0) < 0 ? this.waitForRoom() : undefined;
      default:
        // A client gone before @hono/node-server even started on the body: it never reads (nor
        // cancels) this stream, so the next write (a ping at the latest) finds out here.
        if (this.outgoing!.destroyed) {
          this.abort();
          return undefined;
        }
        this.early.push(chunk);
        return undefined;
    }
  }

  /** Writes the last chunk (if any) and ends the response. */
  end(chunk?: Uint8Array): void {
    if (this.done) return;
    this.done = true;
    switch (this.mode) {
      case 'node': {
        const out = this.outgoing!;
        if (!out.destroyed && !out.writableEnded) out.end(chunk);
        // The body's reader only ends the (ended) response: after the other streams' writes.
        closeLater(this);
        break;
      }
      case 'web':
        if (chunk) this.controller.enqueue(chunk);
        this.closeBody();
        break;
      default:
        if (chunk) this.early.push(chunk);
        this.endRequested = true;
    }
    this.release();
  }

  /** The response is being read: the first time, pick the sink. */
  private pulled(): Promise<void> | undefined {
    if (this.mode === 'pending') {
      const out = this.outgoing!;
      const early = this.early;
      this.early = [];
      if (out.headersSent && !out.writableEnded && !out.destroyed) {
        // @hono/node-server has written the head and waits on this stream; from now on, write
        // to the response directly. This stream is only closed at the end (its reader ends
        // the response, a no-op by then) or cancelled when the client goes away.
        this.mode = 'node';
        const last = this.endRequested ? early.pop() : undefined;
        for (const chunk of early) out.write(chunk);
        if (this.endRequested) {
          out.end(last);
          this.closeBody();
        }
        return new Promise<void>(() => {});
      }
      // Read by something else than @hono/node-server (or before the head went out): stay a stream.
      this.mode = 'web';
      for (const chunk of early) this.controller.enqueue(chunk);
      if (this.endRequested) this.closeBody();
      return undefined;
    }
    if (this.mode === 'web') this.release();
    return undefined;
  }

  private waitForRoom(): Promise<void> {
    return new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private release(): void {
    if (this.waiters.length === 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  /** @internal */
  closeBody(): void {
    try {
      this.controller.close();
    } catch {
      // Already closed or cancelled.
    }
  }

  /** The client went away (the body was cancelled) or the response can no longer be written. */
  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.done = true;
    if (this.onDrain) this.outgoing?.removeListener('drain', this.onDrain);
    this.onDrain = null;
    this.release();
    const listeners = this.abortListeners.splice(0);
    for (const listener of listeners) {
      try {
        listener();
      } catch {
        // A listener's failure is not the stream's.
      }
    }
  }
}
