import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { SseResponse } from './sse-response.js';

const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString();

/** Enough of a node ServerResponse: records writes, says "full" when told to. */
class FakeOutgoing extends EventEmitter {
  headersSent = false;
  writableEnded = false;
  destroyed = false;
  full = false;
  written: Uint8Array[] = [];
  endedWith: Uint8Array | undefined;
  write(chunk: Uint8Array): boolean {
    this.written.push(chunk);
    return !this.full;
  }
  end(chunk?: Uint8Array): void {
    this.endedWith = chunk;
    this.writableEnded = true;
  }
}

describe('SseResponse without a node response (a plain ReadableStream body)', () => {
  it('streams what is written, then ends', async () => {
    const s = new SseResponse(undefined);
    s.write(Buffer.from('a\n\n'));
    s.end(Buffer.from('b\n\n'));
    expect(await new Response(s.body).text()).toBe('a\n\nb\n\n');
    expect(s.done).toBe(true);
    expect(s.aborted).toBe(false);
  });

  it('makes a writer wait while nothing reads, and tells it when the reader goes away', async () => {
    const s = new SseResponse(undefined);
    const aborted: string[] = [];
    s.onAbort(() => aborted.push('gone'));
    const reader = s.body.getReader();
    const room = s.write(Buffer.from('x'));
    expect(room).toBeInstanceOf(Promise);
    expect(s.blocked).toBe(true);
    expect(text([(await reader.read()).value!])).toBe('x');
    // Room again once the reader asks for more.
    const nextRead = reader.read();
    await room;
    expect(s.blocked).toBe(false);
    expect(s.write(Buffer.from('y'))).toBeUndefined();
    expect(text([(await nextRead).value!])).toBe('y');
    const next = s.write(Buffer.from('y'));
    await reader.cancel();
    await next;
    expect(aborted).toEqual(['gone']);
    expect(s.write(Buffer.from('z'))).toBeUndefined();
  });
});

describe('SseResponse over a node response', () => {
  it('holds writes until the head is out and the body is read, then writes to the response directly', async () => {
    const out = new FakeOutgoing();
    const s = new SseResponse(out);
    s.write(Buffer.from('snapshot\n\n'));
    expect(out.written).toEqual([]);
    out.headersSent = true;
    const reader = s.body.getReader();
    const read = reader.read();
    await Promise.resolve();
    expect(text(out.written)).toBe('snapshot\n\n');
    expect(s.write(Buffer.from('stage\n\n'))).toBeUndefined();
    expect(text(out.written)).toBe('snapshot\n\nstage\n\n');
    s.end(Buffer.from('completed\n\n'));
    expect(text([out.endedWith!])).toBe('completed\n\n');
    expect((await read).done).toBe(true);
  });

  it('an end before the body is read is written with the held chunks', async () => {
    const out = new FakeOutgoing();
    const s = new SseResponse(out);
    s.write(Buffer.from('snapshot\n\n'));
    s.end(Buffer.from('completed\n\n'));
    out.headersSent = true;
    const { done } = await s.body.getReader().read();
    expect(done).toBe(true);
    expect(text(out.written)).toBe('snapshot\n\n');
    expect(text([out.endedWith!])).toBe('completed\n\n');
  });

  it('waits for drain when the response is full; a cancelled body (client gone) releases it', async () => {
    const out = new FakeOutgoing();
    const s = new SseResponse(out);
    out.headersSent = true;
    const reader = s.body.getReader();
    void reader.read();
    await Promise.resolve();
    out.full = true;
    const room = s.write(Buffer.from('big'));
    expect(room).toBeInstanceOf(Promise);
    out.full = false;
    out.emit('drain');
    await room;
    expect(s.blocked).toBe(false);

    out.full = true;
    const again = s.write(Buffer.from('big'));
    let gone = false;
    s.onAbort(() => {
      gone = true;
    });
    await reader.cancel();
    await again;
    expect(gone).toBe(true);
    expect(out.listenerCount('drain')).toBe(0);
  });

  it('falls back to the stream when read before the head went out', async () => {
    const out = new FakeOutgoing();
    const s = new SseResponse(out);
    s.write(Buffer.from('a'));
    s.end(Buffer.from('b'));
    expect(await new Response(s.body).text()).toBe('ab');
    expect(out.written).toEqual([]);
  });
});

describe('SseResponse when the client is gone before the body is read', () => {
  it('finds out at the next write', () => {
    const out = new FakeOutgoing();
    const s = new SseResponse(out);
    let gone = false;
    s.onAbort(() => {
      gone = true;
    });
    s.write(Buffer.from('snapshot\n\n'));
    out.destroyed = true;
    s.write(Buffer.from(': ping\n\n'));
    expect(gone).toBe(true);
    expect(s.done).toBe(true);
  });
});
