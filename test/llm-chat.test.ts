/**
 * Chat replies written by a model, streamed: the Gemini and OpenAI chat-reply functions against
 * stand-in vendor servers spoken to by the real SDKs (`@google/genai` streamGenerateContent over
 * SSE, `openai` chat completions with `stream: true`), then POST /api/chat end to end with a
 * worker configured for each provider: `delta` events on the job's stream while the model
 * writes, the whole reply in `completed`, the tokens in the audit row, and the builtin reply
 * when the model fails.
 */
import type { LlmCallRecord } from '@pa/planner';
import {
  type ChatReplyRequest,
  type ChatResponder,
  createGeminiChatResponder,
  createOpenAiChatResponder,
  MAX_CHAT_REPLY_CHARS,
} from '@pa/planner-llm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bankToken, bearer } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import {
  type FakeLlmServer,
  isGeminiStream,
  startFakeGemini,
  startFakeOpenAi,
} from './support/fake-llm/index.js';
import { openSse } from './support/sse.js';
import { type InProcessApi, stackEnv, startApi, startWorker, waitForTerminal } from './support/stack.js';

const FALLBACK = 'Hi! Ask me about card transactions.';
const fast = { timeoutMs: 5_000, maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 5, breakerThreshold: 100 };

interface Provider {
  name: 'gemini' | 'openai';
  start: () => Promise<FakeLlmServer>;
  responder: (fake: FakeLlmServer) => ChatResponder;
  /** The conversation as the SDK sent it: [role, text] pairs, system instruction apart. */
  conversation: (body: unknown) => { system: string; turns: Array<[string, string]> };
  streamed: (req: FakeLlmServer['requests'][number]) => boolean;
}

const PROVIDERS: Provider[] = [
  {
    name: 'gemini',
    start: startFakeGemini,
    responder: (fake) =>
      createGeminiChatResponder({ apiKey: 'k', model: 'gemini-chat', baseUrl: fake.url, resilience: fast }),
    conversation: (body) => {
      const b = body as {
        systemInstruction: { parts: Array<{ text: string }> };
        contents: Array<{ role: string; parts: Array<{ text: string }> }>;
      };
      return {
        system: b.systemInstruction.parts.map((p) => p.text).join(''),
        turns: b.contents.map((c) => [c.role, c.parts.map((p) => p.text).join('')]),
      };
    },
    streamed: (req) => isGeminiStream(req) && req.path.includes('alt=sse'),
  },
  {
    name: 'openai',
    start: startFakeOpenAi,
    responder: (fake) =>
      createOpenAiChatResponder({
        apiKey: 'k',
        model: 'gpt-chat',
        baseURL: `${fake.url}/v1`,
        resilience: fast,
      }),
    conversation: (body) => {
      const b = body as { messages: Array<{ role: string; content: string }> };
      return {
        system: b.messages
          .filter((m) => m.role === 'system')
          .map((m) => m.content)
          .join(''),
        turns: b.messages.filter((m) => m.role !== 'system').map((m) => [m.role, m.content]),
      };
    },
    streamed: (req) => {
      const b = req.body as { stream?: boolean; stream_options?: { include_usage?: boolean } };
      return b.stream === true && b.stream_options?.include_usage === true;
    },
  },
];

function request(extra: Partial<ChatReplyRequest> = {}) {
  const deltas: string[] = [];
  const calls: LlmCallRecord[] = [];
  const req: ChatReplyRequest = {
    message: 'Hello there!',
    language: 'en',
    history: [],
    fallback: FALLBACK,
    caller: { tenant: 'Halyk Bank' },
    onDelta: (text) => {
      deltas.push(text);
    },
    onLlmCall: (call) => calls.push(call),
    ...extra,
  };
  return { req, deltas, calls };
}

describe.each(PROVIDERS)('$name chat reply, streamed through the real SDK', (provider) => {
  let fake: FakeLlmServer;
  let responder: ChatResponder;
  beforeAll(async () => {
    fake = await provider.start();
    responder = provider.responder(fake);
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('hands each piece on as it arrives; the reply is the pieces joined, with the tokens', async () => {
    const pieces = ['Hello! ', 'I answer questions ', 'about card transactions.'];
    fake.enqueue({ type: 'stream', pieces, usage: { input: 50, output: 12 } });
    const { req, deltas, calls } = request({
      history: [{ message: 'How many transactions yesterday?', reply: '1 234 transactions.' }],
    });
    const reply = await responder.reply(req);
    expect(deltas).toEqual(pieces);
    expect(reply).toMatchObject({
      text: pieces.join('').trim(),
      provider: provider.name,
      streamed: true,
      usage: { input_tokens: 50, output_tokens: 12 },
    });
    expect(calls).toEqual([
      expect.objectContaining({
        outcome: 'ok',
        inputTokens: 50,
        outputTokens: 12,
        tenant: 'Halyk Bank',
        attempt: 1,
      }),
    ]);
    const sent = fake.requests.at(-1)!;
    expect(provider.streamed(sent)).toBe(true);
    const { system, turns } = provider.conversation(sent.body);
    expect(system).toMatch(/in English/);
    expect(system).toMatch(/never state a figure/);
    // Earlier turns as the conversation, then the message.
    expect(turns.map(([, text]) => text)).toEqual([
      'How many transactions yesterday?',
      '1 234 transactions.',
      'Hello there!',
    ]);
    expect(sent.raw).not.toContain('Halyk');
  });

  it('asks in the message’s language', async () => {
    fake.enqueue({ type: 'stream', pieces: ['Сәлеметсіз бе!'] });
    const reply = await responder.reply(request({ message: 'Сәлем', language: 'kk' }).req);
    expect(reply.text).toBe('Сәлеметсіз бе!');
    expect(provider.conversation(fake.requests.at(-1)!.body).system).toMatch(/in Kazakh/);
  });

  it('retries a failure before the first piece; the client sees the reply once', async () => {
    const before = fake.requests.length;
    fake.enqueue({ type: 'status', status: 503 }, { type: 'stream', pieces: ['Hi ', 'again.'] });
    const { req, deltas, calls } = request();
    const reply = await responder.reply(req);
    expect(fake.requests.length - before).toBe(2);
    expect(deltas).toEqual(['Hi ', 'again.']);
    expect(reply.provider).toBe(provider.name);
    expect(calls.map((c) => c.outcome)).toEqual(['server_error', 'ok']);
  });

  it('a stream that breaks off is not started over: the builtin reply takes its place', async () => {
    const before = fake.requests.length;
    fake.enqueue({ type: 'stream', pieces: ['Hel', 'lo, I ', 'answer'], cutAfter: 2 });
    const { req, deltas } = request();
    const reply = await responder.reply(req);
    expect(fake.requests.length - before).toBe(1);
    expect(deltas).toEqual(['Hel', 'lo, I ']);
    expect(reply).toMatchObject({
      text: FALLBACK,
      provider: 'builtin-fallback',
      model: null,
      streamed: false,
    });
  });

  it('a provider that keeps failing → the builtin reply, never an error', async () => {
    fake.enqueue({ type: 'status', status: 500 }, { type: 'status', status: 500 });
    const { req, deltas, calls } = request();
    const reply = await responder.reply(req);
    expect(reply).toMatchObject({ text: FALLBACK, provider: 'builtin-fallback' });
    expect(deltas).toEqual([]);
    expect(calls.map((c) => c.outcome)).toEqual(['server_error', 'server_error']);
  });

  it('a reply longer than the cap is cut, and nothing past the cap is streamed', async () => {
    fake.enqueue({
      type: 'stream',
      pieces: ['x'.repeat(MAX_CHAT_REPLY_CHARS - 10), 'y'.repeat(100), 'z'.repeat(10)],
    });
    const { req, deltas } = request();
    const reply = await responder.reply(req);
    expect(deltas.join('')).toHaveLength(MAX_CHAT_REPLY_CHARS);
    expect(reply.text).toHaveLength(MAX_CHAT_REPLY_CHARS);
    expect(reply.text.endsWith('…')).toBe(true);
  });

  it('a cancel aborts the stream in flight and ends without a reply', async () => {
    const controller = new AbortController();
    fake.enqueue({ type: 'hang' });
    const pending = responder.reply(request({ signal: controller.signal }).req);
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toThrow();
  });
});

describe.each(PROVIDERS)('POST /api/chat with LLM_PROVIDER=$name', (provider) => {
  let db: TestDatabase;
  let fake: FakeLlmServer;
  let api: InProcessApi;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    fake = await provider.start();
    fake.fallback = { type: 'status', status: 500 };
    const env = stackEnv(db.url, {
      LLM_PROVIDER: provider.name,
      ...(provider.name === 'gemini'
        ? { GEMINI_API_KEY: 'test-key', GEMINI_MODEL: 'gemini-chat', GEMINI_BASE_URL: fake.url }
        : { OPENAI_API_KEY: 'test-key', OPENAI_MODEL: 'gpt-chat', OPENAI_BASE_URL: `${fake.url}/v1` }),
      LLM_MAX_ATTEMPTS: '1',
    });
    api = await startApi(env);
    worker = await startWorker(env);
    token = await bankToken('Halyk Bank');
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await fake?.close();
    await db?.drop();
  });

  const chat = async (body: Record<string, unknown>) => {
    const res = await fetch(`${api.url}/api/chat`, {
      method: 'POST',
      headers: bearer(token, { 'content-type': 'application/json' }),
      body: JSON.stringify(body),
    });
    return {
      res,
      body: (await res.json()) as Record<string, unknown> & { id: string; links: { events: string } },
    };
  };

  it('a greeting: `delta` events on the job’s stream as the model writes, then `completed` with the whole reply', async () => {
    let go!: () => void;
    const ready = new Promise<void>((resolve) => {
      go = resolve;
    });
    const pieces = ['Hello! ', 'Ask me about ', 'card transactions.'];
    fake.enqueue({
      type: 'after',
      ready,
      reply: { type: 'stream', pieces, usage: { input: 80, output: 9 } },
    });
    const { res, body } = await chat({ message: 'Hello!', wait_ms: 0 });
    expect(res.status).toBe(202);
    // Following from before the model answers: every piece arrives as its own event.
    const sse = await openSse(`${api.url}${body.links.events}`, undefined, token);
    expect((await sse.next())?.event).toBe('snapshot');
    go();
    const events = await sse.rest();
    const deltas = events
      .filter((e) => e.event === 'delta')
      .map((e) => JSON.parse(e.data) as { text: string });
    expect(deltas.map((d) => d.text)).toEqual(pieces);
    const completed = JSON.parse(events.at(-1)!.data) as { status: string; reply: Record<string, unknown> };
    expect(events.at(-1)!.event).toBe('completed');
    expect(completed.reply).toMatchObject({
      kind: 'chat',
      message: pieces.join('').trim(),
      language: 'en',
      provider: provider.name,
      streamed: true,
    });
    // The tokens are in the audit row, so the bank's daily LLM budget counts them.
    const row = await db.pool.query(
      'SELECT status, tokens_in, tokens_out, llm_calls FROM app.question_history WHERE job_id = $1',
      [body.id],
    );
    expect(row.rows[0]).toMatchObject({ status: 'completed', tokens_in: 80, tokens_out: 9 });
    expect(row.rows[0].llm_calls).toEqual([expect.objectContaining({ outcome: 'ok', tenant: 'Halyk Bank' })]);
    // A snapshot taken mid-stream carries the text so far; a finished job's, the reply only.
    const job = (await waitForTerminal(api.url, body.id, 30_000, token)) as Record<string, unknown>;
    expect(job.reply_so_far).toBeUndefined();
  });

  it('a model that fails: the greeting is still answered, with the builtin reply in the asker’s language', async () => {
    fake.enqueue({ type: 'status', status: 500 });
    const { res, body } = await chat({ message: 'Привет!' });
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ kind: 'chat', language: 'ru' });
    expect(String(body.message)).toMatch(/^Здравствуйте!/);
    const job = (await waitForTerminal(api.url, body.id, 30_000, token)) as unknown as {
      reply: { provider: string };
    };
    expect(job.reply.provider).toBe('builtin-fallback');
  });

  it('a data question the builtin planner understands is answered without the model', async () => {
    const before = fake.requests.length;
    const { res, body } = await chat({ message: 'How many transactions were there yesterday?' });
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ kind: 'answer', answer: { row_count: 1 } });
    expect(fake.requests.length).toBe(before);
  });

  it('the conversation so far goes to the model with the next greeting', async () => {
    fake.enqueue({ type: 'stream', pieces: ['First.'] }, { type: 'stream', pieces: ['Second.'] });
    const first = await chat({ message: 'hi' });
    await chat({ message: 'thanks', session_id: first.body.session_id });
    const { turns } = provider.conversation(fake.requests.at(-1)!.body);
    expect(turns.map(([, text]) => text)).toEqual(['hi', 'First.', 'thanks']);
  });
});
