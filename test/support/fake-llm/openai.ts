import { type FakeLlmServer, type RecordedRequest, startFakeServer } from './fake-server.js';

const chunk = (req: RecordedRequest, choices: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'chatcmpl-fake',
  object: 'chat.completion.chunk',
  created: 1_700_000_000,
  model: (req.body as { model?: string }).model ?? 'unknown',
  choices,
  ...extra,
});

/**
 * A fake OpenAI-compatible API for the `openai` SDK pointed at it with
 * `baseURL: <url>/v1`: `POST /v1/chat/completions`; with `stream: true`, server-sent
 * `chat.completion.chunk`s (one per piece), the usage chunk and `[DONE]`.
 */
export function startFakeOpenAi(): Promise<FakeLlmServer> {
  return startFakeServer({
    matches: (method, path) => method === 'POST' && path === '/v1/chat/completions',
    success: (text, usage, req) => ({
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: (req.body as { model?: string }).model ?? 'unknown',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: text, refusal: null },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage: {
        prompt_tokens: usage.input,
        completion_tokens: usage.output,
        total_tokens: usage.input + usage.output,
      },
    }),
    error: (status) => ({
      error: {
        message: `fake openai error ${status}`,
        type: status === 429 ? 'rate_limit_exceeded' : 'server_error',
        code: null,
      },
    }),
    stream: {
      wants: (req) => (req.body as { stream?: unknown } | null)?.stream === true,
      piece: (text, req) => [
        chunk(req, [{ index: 0, delta: { role: 'assistant', content: text }, finish_reason: null }]),
      ],
      end: (usage, req) => [
        chunk(req, [{ index: 0, delta: {}, finish_reason: 'stop' }]),
        chunk(req, [], {
          usage: {
            prompt_tokens: usage.input,
            completion_tokens: usage.output,
            total_tokens: usage.input + usage.output,
          },
        }),
        '[DONE]',
      ],
    },
  });
}
