/** One dispatched Server-Sent Event. */
export interface SseMessage {
  /** The last event id at dispatch (`id:` of this event or of an earlier one), as EventSource keeps it. */
  id: string;
  event: string;
  data: string;
}

const LINE_END = /\r\n|\r|\n/;

/**
 * The event-stream format of the HTML standard, fed text as it arrives: lines end in CRLF, LF or
 * CR (also split across chunks), `:` lines are comments, a blank line dispatches the event, an
 * event without data is not dispatched, and the last event id carries over to later events.
 */
export class SseParser {
  lastEventId = '';
  /** The server's `retry:` advice in milliseconds, if it gave any. */
  retryMs: number | null = null;
  private buffer = '';
  private data: string[] = [];
  private event = '';
  private afterCr = false;

  /** A new connection: what the old one left half-sent is dropped; the last event id and retry advice stay. */
  reset(): void {
    this.buffer = '';
    this.data = [];
    this.event = '';
    this.afterCr = false;
  }

  push(text: string): SseMessage[] {
    // The LF of a CRLF whose CR ended the previous chunk.
    this.buffer += this.afterCr && text.startsWith('\n') ? text.slice(1) : text;
    this.afterCr = false;
    const out: SseMessage[] = [];
    for (;;) {
      const match = LINE_END.exec(this.buffer);
      if (!match) break;
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      if (match[0] === '\r' && this.buffer === '') this.afterCr = true;
      const message = this.line(line);
      if (message) out.push(message);
    }
    return out;
  }

  private line(line: string): SseMessage | null {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.retryMs = Number(value);
    return null;
  }

  private dispatch(): SseMessage | null {
    const message =
      this.data.length === 0
        ? null
        : { id: this.lastEventId, event: this.event || 'message', data: this.data.join('\n') };
    this.data = [];
    this.event = '';
    return message;
  }
}
