/**
 * Text at the edge (issue #14 fault 3): every JSON body becomes text in one place
 * (apps/api/src/json-body.ts), so what holds for a question holds for a feedback comment and
 * for any later route that takes JSON:
 * - zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are removed before validation;
 * - a Content-Type whose charset is not UTF-8, or a Content-Encoding → 415 in the error envelope;
 * - bytes that are not UTF-8 → 400, never a question with U+FFFD where the bytes were;
 * - NUL characters and lone surrogates are still refused (400), not answered and lost.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import {
  type InProcessApi,
  stackEnv,
  startApi,
  startWorker,
  submit,
  waitForTerminal,
} from './support/stack.js';

let db: TestDatabase;
let api: InProcessApi;
let worker: Awaited<ReturnType<typeof startWorker>>;

beforeAll(async () => {
  db = await createTestDatabase();
  const env = stackEnv(db.url);
  api = await startApi(env);
  worker = await startWorker(env);
});
afterAll(async () => {
  await worker?.close();
  await api?.close();
  await db?.drop();
});

interface Envelope {
  error: { code: string; message: string; details?: unknown; request_id: string };
}

async function post(
  body: string | Uint8Array,
  contentType = 'application/json',
  headers: Record<string, string> = {},
  path = '/api/queries',
) {
  const res = await apiFetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  });
  return { status: res.status, body: (await res.json()) as Envelope & { id?: string } };
}

/** A JSON body's UTF-8 bytes with `bad` spliced in where `@@` stands. */
function withBytes(json: string, bad: number[]): Uint8Array {
  const [before, after] = json.split('@@') as [string, string];
  const enc = new TextEncoder();
  return new Uint8Array([...enc.encode(before), ...bad, ...enc.encode(after)]);
}

const question = async (id: string) =>
  ((await (await apiFetch(`${api.url}/api/queries/${id}`)).json()) as { question: string }).question;

describe('zero-width characters are not text', () => {
  it('are removed from a question, written literally or as JSON escapes, before it is validated and stored', async () => {
    const literal = await post(
      JSON.stringify({
        question: '\ufeffHow\u200b many trans\u200dactions\u2060 were there yester\u200cday?',
      }),
    );
    expect(literal.status).toBe(202);
    expect(await question(literal.body.id!)).toBe('How many transactions were there yesterday?');

    const escaped = await post('{"question": "How\\u200B many transactions were there \\uFEFFyesterday?"}');
    expect(escaped.status).toBe(202);
    expect(await question(escaped.body.id!)).toBe('How many transactions were there yesterday?');

    // Answered as the question without them, and recorded that way.
    const final = await waitForTerminal(api.url, literal.body.id!, 60_000);
    expect(final.status, JSON.stringify(final.error)).toBe('completed');
    const rows = await db.pool.query<{ question: string }>(
      'SELECT question FROM app.question_history WHERE job_id = $1',
      [literal.body.id],
    );
    expect(rows.rows.map((r) => r.question)).toEqual(['How many transactions were there yesterday?']);
  });

  it('a question of nothing but zero-width characters is empty → 400', async () => {
    const r = await post(JSON.stringify({ question: '\u200b\u200c\u200d\u2060\ufeff' }));
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation_failed');
    expect(r.body.error.message).toMatch(/empty/);
  });

  it('are removed from a feedback comment; a NUL in a comment is still a 400', async () => {
    const { id } = await submit(api.url, 'How many transactions were there today?');
    expect((await waitForTerminal(api.url, id, 60_000)).status).toBe('completed');
    const ok = await post(
      JSON.stringify({ rating: 'bad', comment: 'wro\u200bng\ufeff period' }),
      'application/json',
      {},
      `/api/queries/${id}/feedback`,
    );
    expect(ok.status).toBe(201);
    const stored = await db.pool.query<{ comment: string }>(
      'SELECT comment FROM app.question_feedback WHERE job_id = $1',
      [id],
    );
    expect(stored.rows.map((r) => r.comment)).toEqual(['wrong period']);
    const nul = await post(
      JSON.stringify({ rating: 'bad', comment: 'a\u0000b' }),
      'application/json',
      {},
      `/api/queries/${id}/feedback`,
    );
    expect(nul.status).toBe(400);
    expect(nul.body.error.code).toBe('validation_failed');
  });
});

describe('the body must be UTF-8', () => {
  it('a charset other than UTF-8 → 415 in the error envelope, naming the charset', async () => {
    // «Сколько» in windows-1251 would decode to nonsense as UTF-8; we refuse rather than guess.
    const cp1251 = withBytes('{"question": "@@ today?"}', [0xd1, 0xea, 0xee, 0xeb, 0xfc, 0xea, 0xee]);
    for (const type of [
      'application/json; charset=windows-1251',
      'application/json; charset=ISO-8859-1',
      'application/json;charset="utf-16"',
    ]) {
      const r = await post(cp1251, type);
      expect(r.status, type).toBe(415);
      expect(r.body.error.code).toBe('unsupported_media_type');
      expect(r.body.error.message).toMatch(/UTF-8/);
      expect(r.body.error.request_id).toMatch(/.+/);
    }
  });

  it('a compressed body (Content-Encoding) → 415, not bytes read as broken text', async () => {
    const r = await post(
      gzipSync(JSON.stringify({ question: 'How many transactions today?' })),
      'application/json',
      {
        'content-encoding': 'gzip',
      },
    );
    expect(r.status).toBe(415);
    expect(r.body.error.code).toBe('unsupported_media_type');
    expect(r.body.error.details).toEqual({ content_encoding: 'gzip' });
    const identity = await post(
      JSON.stringify({ question: 'How many transactions today?' }),
      'application/json',
      {
        'content-encoding': 'identity',
      },
    );
    expect(identity.status).toBe(202);
  });

  it('charset=utf-8 in any spelling, or none, is accepted', async () => {
    const body = JSON.stringify({ question: 'Сколько транзакций было вчера?' });
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset=UTF-8',
      'application/json;charset="utf-8"',
      'application/json; charset=utf8',
    ]) {
      expect((await post(body, type)).status, type).toBe(202);
    }
  });

  it('bytes that are not UTF-8 → 400, with or without an Idempotency-Key; never a question with U+FFFD', async () => {
    const cases: Array<[string, number[]]> = [
      ['a lone continuation byte', [0x80]],
      ['0xff', [0xff, 0xfe]],
      ['an overlong "/"', [0xc0, 0xaf]],
      ['a truncated two-byte sequence', [0xd0]],
      ['an encoded surrogate (CESU-8)', [0xed, 0xa0, 0x80]],
      ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
      ['Latin-1 é sent as UTF-8', [0xe9]],
    ];
    for (const [name, bytes] of cases) {
      const body = withBytes('{"question": "How many@@ transactions today?"}', bytes);
      const plain = await post(body);
      expect(plain.status, name).toBe(400);
      expect(plain.body.error.code, name).toBe('invalid_json');
      expect(plain.body.error.message, name).toMatch(/UTF-8/);
      const keyed = await post(body, 'application/json', {
        'idempotency-key': `"utf8-${name.length}-${bytes[0]}"`,
      });
      expect(keyed.status, name).toBe(400);
    }
    // The same through the synchronous route.
    const sync = await post(
      withBytes('{"question": "How many@@?"}', [0xff]),
      'application/json',
      {},
      '/api/query',
    );
    expect(sync.status).toBe(400);
    expect(sync.body.error.code).toBe('invalid_json');
  });

  it('a UTF-8 byte order mark before the JSON is ignored (RFC 8259 allows a parser to)', async () => {
    const r = await post(
      withBytes('@@{"question": "How many transactions were there yesterday?"}', [0xef, 0xbb, 0xbf]),
    );
    expect(r.status).toBe(202);
  });

  it('NUL characters and lone surrogates are still refused with 400', async () => {
    for (const body of [
      JSON.stringify({ question: 'How many\u0000 today?' }),
      '{"question": "How many \\u0000 today?"}',
      '{"question": "How many \\ud800 today?"}',
      '{"question": "How many \\udc00 today?"}',
    ]) {
      const r = await post(body);
      expect(r.status, body).toBe(400);
      expect(r.body.error.code).toBe('validation_failed');
    }
  });
});
