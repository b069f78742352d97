import { describe, expect, it } from 'vitest';
import { decodeHistoryCursor, encodeHistoryCursor } from './history-cursor.js';
import { listQueriesQuerySchema } from './list-queries.js';

const cursor = { createdAt: '2026-01-31T18:00:00.123456Z', jobId: '6f0c2a51-0b5e-4d55-9c3f-2b8f6f4f1a10' };
const messages = (input: Record<string, string>) => {
  const parsed = listQueriesQuerySchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('history cursor', () => {
  it('round-trips and is opaque (URL-safe)', () => {
    const text = encodeHistoryCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeHistoryCursor(text)).toEqual(cursor);
  });

  it.each([
    ['not base64url', '***'],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['another shape', Buffer.from('{"t":"yesterday","id":"x"}').toString('base64url')],
    [
      'an extra field',
      Buffer.from(`{"t":"${cursor.createdAt}","id":"x","tenant":"*"}`).toString('base64url'),
    ],
    ['too long', 'a'.repeat(500)],
  ])('refuses %s', (_what, text) => {
    expect(decodeHistoryCursor(text)).toBeNull();
  });
});

describe('GET /api/queries query', () => {
  it('takes limit, cursor, statuses and a date range', () => {
    const parsed = listQueriesQuerySchema.parse({
      limit: '5',
      cursor: encodeHistoryCursor(cursor),
      status: 'completed,failed',
      from: '2026-01-01',
      to: '2026-02-01T00:00:00+05:00',
    });
    expect(parsed).toEqual({
      limit: 5,
      cursor,
      status: ['completed', 'failed'],
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-01-31T19:00:00Z'),
    });
    expect(listQueriesQuerySchema.parse({})).toEqual({ limit: 20 });
  });

  it('names each bad field', () => {
    expect(messages({ cursor: 'nope!' })).toEqual([
      'cursor: cursor is not one this API returned (use next_cursor as is)',
    ]);
    expect(messages({ status: 'running' })[0]).toMatch(
      /^status: status must be one or more of completed, failed/,
    );
    expect(messages({ status: 'completed,' })[0]).toMatch(/^status:/);
    expect(messages({ from: 'last week' })[0]).toMatch(/^from: from must be a date/);
    expect(messages({ to: '2026-13-45' })[0]).toMatch(/^to: to is not a real date/);
    expect(messages({ from: '2026-02-01', to: '2026-01-01' })).toEqual(['from: from must be before to']);
    expect(messages({ limit: '0' })).toEqual(['limit: limit must be 1-100']);
  });
});
