import { type FakeLlmServer, type RecordedRequest, startFakeServer } from './fake-server.js';

const GENERATE = /^\/v1beta\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;

/** The model name a recorded Gemini request was for. */
export function geminiModelOf(req: RecordedRequest): string | null {
  return GENERATE.exec(req.path.split('?')[0]!)?.[1] ?? null;
}

/** Whether a recorded Gemini request asked for a streamed reply (`:streamGenerateContent?alt=sse`). */
export const isGeminiStream = (req: RecordedRequest): boolean =>
  GENERATE.exec(req.path.split('?')[0]!)?.[2] === 'streamGenerateContent';

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

/**
 * A fake Gemini API (Google AI, v1beta) for `@google/genai` pointed at it with
 * `httpOptions.baseUrl`: `POST /v1beta/models/{model}:generateContent`, and
 * `:streamGenerateContent?alt=sse` answered as server-sent events, one candidate chunk per piece.
 */
export function startFakeGemini(): Promise<FakeLlmServer> {
  return startFakeServer({
    matches: (method, path) => method === 'POST' && GENERATE.test(path),
    success: (text, usage, req) => ({
      candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP', index: 0 }],
      usageMetadata: {
        promptTokenCount: usage.input,
        candidatesTokenCount: usage.output,
        totalTokenCount: usage.input + usage.output,
      },
      modelVersion: geminiModelOf(req) ?? 'unknown',
      responseId: 'fake-response',
    }),
    error: (status) => ({
      error: {
        code: status,
        message: `fake gemini error ${status}`,
        status: STATUS_NAMES[status] ?? 'UNKNOWN',
      },
    }),
    stream: {
      wants: isGeminiStream,
      piece: (text, req) => [
        {
          candidates: [{ content: { role: 'model', parts: [{ text }] }, index: 0 }],
          modelVersion: geminiModelOf(req) ?? 'unknown',
          responseId: 'fake-stream',
        },
      ],
      end: (usage, req) => [
        {
          candidates: [{ content: { role: 'model', parts: [{ text: '' }] }, finishReason: 'STOP', index: 0 }],
          usageMetadata: {
            promptTokenCount: usage.input,
            candidatesTokenCount: usage.output,
            totalTokenCount: usage.input + usage.output,
          },
          modelVersion: geminiModelOf(req) ?? 'unknown',
          responseId: 'fake-stream',
        },
      ],
    },
  });
}
