import { ApiError, GoogleGenAI } from '@google/genai';
import { providerError } from '../providers/classify.js';
import { DEFAULT_GEMINI_MODEL } from '../providers/gemini.js';
import { parseRetryAfter, parseRetryInfoDelay } from '../resilience/retry-after.js';
import { createLlmChatResponder, type LlmChatResponderDeps } from './chat-responder.js';
import type { ChatResponder, ChatTransport } from './types.js';

export interface GeminiChatOptions extends LlmChatResponderDeps {
  apiKey: string;
  /** Default `gemini-flash-latest`. */
  model?: string;
  /** Another endpoint for the Gemini API (a proxy, or a fake in tests). */
  baseUrl?: string;
  apiVersion?: string;
  /** Thinking token budget for 2.5 models (0 turns thinking off on Flash); the model's default when unset. */
  thinkingBudget?: number;
}

/**
 * The streaming half of a Gemini chat reply: `generateContentStream` of `@google/genai`
 * (`:streamGenerateContent?alt=sse`), each chunk's text handed on as it arrives, the usage
 * of the last chunk kept. Errors are classified like the planner's (status, RetryInfo, network).
 */
export function createGeminiChatTransport(options: GeminiChatOptions): ChatTransport {
  const model = options.model ?? DEFAULT_GEMINI_MODEL;
  const ai = new GoogleGenAI({
    apiKey: options.apiKey,
    httpOptions: {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}),
    },
  });
  return {
    provider: 'gemini',
    model,
    classify: (err) => providerError('gemini', err, err instanceof ApiError ? err.status : undefined, null),
    async stream({ system, messages, signal, onText }) {
      let retryAfterMs: number | null = null;
      const recordingFetch: typeof fetch = async (input, init) => {
        const res = await fetch(input, init);
        if (!res.ok) retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
        return res;
      };
      try {
        const stream = await ai.models.generateContentStream({
          model,
          contents: messages.map((m) => ({
            role: m.role === 'assistant' ? 'model' : 'user',
            parts: [{ text: m.text }],
          })),
          config: {
            systemInstruction: system,
            temperature: 0.3,
            candidateCount: 1,
            ...(options.thinkingBudget !== undefined
              ? { thinkingConfig: { thinkingBudget: options.thinkingBudget } }
              : {}),
            abortSignal: signal,
            httpOptions: { fetch: recordingFetch },
          },
        });
        let usage: { input_tokens: number; output_tokens: number } | null = null;
        for await (const chunk of stream) {
          const text = chunk.candidates?.[0]?.content?.parts
            ?.filter((p) => typeof p.text === 'string' && !p.thought)
            .map((p) => p.text)
            .join('');
          if (text) await onText(text);
          const meta = chunk.usageMetadata;
          if (meta) {
            usage = {
              input_tokens: meta.promptTokenCount ?? 0,
              // Thinking tokens are billed as output.
              output_tokens: (meta.candidatesTokenCount ?? 0) + (meta.thoughtsTokenCount ?? 0),
            };
          }
        }
        return { usage };
      } catch (err) {
        if (err instanceof ApiError) {
          throw providerError('gemini', err, err.status, retryAfterMs ?? parseRetryInfoDelay(err.message));
        }
        throw providerError('gemini', err, undefined, null);
      }
    },
  };
}

/** A chat reply streamed by Gemini, with the deterministic reply as the fallback. */
export function createGeminiChatResponder(options: GeminiChatOptions): ChatResponder {
  return createLlmChatResponder(createGeminiChatTransport(options), options);
}
