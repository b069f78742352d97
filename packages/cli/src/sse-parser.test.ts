import { describe, expect, it } from 'vitest';
import { SseParser } from './sse-parser.js';

describe('SseParser', () => {
  it('dispatches an event at the blank line, with its type, data and id', () => {
    const p = new SseParser();
    expect(p.push('event: stage\ndata: {"stage":"planning"}\nid: 17-0\n')).toEqual([]);
    expect(p.push('\n')).toEqual([{ id: '17-0', event: 'stage', data: '{"stage":"planning"}' }]);
    expect(p.lastEventId).toBe('17-0');
  });

  it('reassembles lines split across chunks, CRLF split between them included', () => {
    const p = new SseParser();
    const chunks = ['ev', 'ent: plan\r', '\ndata: a\r', '\ndata: b\r\nid: 1', '-0\r\n\r', '\n'];
    const out = chunks.flatMap((c) => p.push(c));
    expect(out).toEqual([{ id: '1-0', event: 'plan', data: 'a\nb' }]);
  });

  it('accepts lone CR line ends', () => {
    expect(new SseParser().push('data: x\rid: 2-0\r\r')).toEqual([
      { id: '2-0', event: 'message', data: 'x' },
    ]);
  });

  it('skips comments (the API pings with them) and events without data, keeping their id', () => {
    const p = new SseParser();
    expect(p.push(': ping\n\nid: 5-0\n\ndata: later\n\n')).toEqual([
      { id: '5-0', event: 'message', data: 'later' },
    ]);
  });

  it('keeps the last event id for events that carry none, and reads retry advice', () => {
    const p = new SseParser();
    const out = p.push('id: 9-1\ndata: a\n\nretry: 1500\ndata: b\n\n');
    expect(out.map((m) => m.id)).toEqual(['9-1', '9-1']);
    expect(p.retryMs).toBe(1500);
  });

  it('does not dispatch an event the stream cut off before its blank line', () => {
    expect(new SseParser().push('event: completed\ndata: {"status":"completed"}\n')).toEqual([]);
  });

  it('drops what a cut connection left half-sent when a new one starts, keeping the last id', () => {
    const p = new SseParser();
    p.push('id: 3-0\ndata: whole\n\nevent: stage\ndata: {"stage":"plan');
    p.reset();
    expect(p.push('event: completed\ndata: {}\nid: 4-0\n\n')).toEqual([
      { id: '4-0', event: 'completed', data: '{}' },
    ]);
    p.reset();
    expect(p.lastEventId).toBe('4-0');
  });
});
