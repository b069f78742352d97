/**
 * GET /api/queries: the caller's own questions, newest first, paged with an
 * opaque cursor, filtered by status and date range; an admin sees every bank's.
 * Rows are written with the worker's own repository function (no jobs needed).
 */
import { randomUUID } from 'node:crypto';
import { newHistoryRecord, upsertHistory } from '@pa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch, bankToken, bearer, signToken } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { type InProcessApi, stackEnv, startApi } from './support/stack.js';

let db: TestDatabase;
let api: InProcessApi;
const alice = 'alice@halyk';
const mine: string[] = []; // alice's ids, newest first
const ids: Record<string, string> = {};

type Page = {
  items: Array<{ id: string; status: string; created_at: string; tenant: string }>;
  next_cursor: string | null;
};

async function list(
  token: string,
  query: string,
): Promise<{ status: number; body: Page & { error?: { code: string; message: string } } }> {
  const res = await apiFetch(`${api.url}/api/queries?${query}`, { headers: bearer(token) });
  return { status: res.status, body: (await res.json()) as never };
}

async function row(tenant: string, user: string, at: string, status: 'completed' | 'failed' | 'cancelled') {
  const id = randomUUID();
  await upsertHistory(
    db.pool,
    newHistoryRecord(
      id,
      { caller: { tenant, user_id: user }, session_id: null, question: `q at ${at}`, created_at: at },
      { status, attempts: 1, finishedAt: new Date(at) },
    ),
  );
  return id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApi(stackEnv(db.url));
  // Seven of alice's, one minute apart, two of them at the very same moment (the cursor breaks the tie).
  const times = [
    '2026-01-01T10:00:00.000Z',
    '2026-01-01T10:01:00.000Z',
    '2026-01-01T10:02:00.000Z',
    '2026-01-01T10:02:00.000Z',
    '2026-01-02T09:00:00.000Z',
    '2026-01-03T09:00:00.000Z',
    '2026-01-04T09:00:00.000Z',
  ];
  const statuses = [
    'completed',
    'failed',
    'completed',
    'cancelled',
    'completed',
    'failed',
    'completed',
  ] as const;
  const made: Array<{ id: string; at: string }> = [];
  for (const [i, at] of times.entries())
    made.push({ id: await row('Halyk Bank', alice, at, statuses[i]!), at });
  made.sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1));
  mine.push(...made.map((m) => m.id));
  ids.colleague = await row('Halyk Bank', 'bob@halyk', '2026-01-02T12:00:00.000Z', 'completed');
  ids.kaspi = await row('Kaspi Bank', alice, '2026-01-02T12:00:00.000Z', 'completed');
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

describe('GET /api/queries', () => {
  it('pages through the caller’s own questions, newest first, without repeats or gaps', async () => {
    const token = await bankToken('Halyk Bank', alice);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { status, body } = await list(token, `limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(status).toBe(200);
      expect(body.items.length).toBeLessThanOrEqual(3);
      seen.push(...body.items.map((i) => i.id));
      cursor = body.next_cursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(mine);
    expect(seen).not.toContain(ids.colleague); // a colleague's question is theirs
    expect(seen).not.toContain(ids.kaspi);
  });

  it('filters by status and by date range', async () => {
    const token = await bankToken('Halyk Bank', alice);
    const failed = await list(token, 'status=failed');
    expect(failed.body.items.map((i) => i.status)).toEqual(['failed', 'failed']);
    const two = await list(token, 'status=failed,cancelled');
    expect(new Set(two.body.items.map((i) => i.status))).toEqual(new Set(['failed', 'cancelled']));
    expect(two.body.items).toHaveLength(3);
    const day = await list(token, 'from=2026-01-01&to=2026-01-02');
    expect(day.body.items).toHaveLength(4);
    expect(day.body.items.every((i) => i.created_at.startsWith('2026-01-01'))).toBe(true);
    const offset = await list(token, `from=${encodeURIComponent('2026-01-03T14:00:00+05:00')}`);
    expect(offset.body.items.map((i) => i.created_at)).toEqual([
      '2026-01-04T09:00:00.000Z',
      '2026-01-03T09:00:00.000Z',
    ]);
  });

  it('an admin sees every bank’s questions', async () => {
    const { body } = await list(await signToken({ sub: 'root', role: 'admin' }), 'limit=100');
    expect(body.items.map((i) => i.id)).toEqual(expect.arrayContaining([...mine, ids.colleague, ids.kaspi]));
    expect(body.next_cursor).toBeNull();
  });

  it.each([
    ['cursor=not-a-cursor', 'cursor'],
    [`cursor=${Buffer.from('{"t":"2026","id":"x"}').toString('base64url')}`, 'cursor'],
    ['status=running', 'status'],
    ['from=yesterday', 'from'],
    ['from=2026-02-01&to=2026-01-01', 'from'],
    ['limit=101', 'limit'],
  ])('%s → 400 in the envelope naming %s', async (query, field) => {
    const res = await apiFetch(`${api.url}/api/queries?${query}`, {
      headers: bearer(await bankToken('Halyk Bank', alice)),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { code: string; details: Array<{ path: string }>; request_id: string };
    };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details[0]?.path).toBe(field);
    expect(body.error.request_id).toBe(res.headers.get('x-request-id'));
  });
});
