import OpenAI from 'openai';
import { classifyOpenAi, DEFAULT_OPENAI_MODEL } from '../providers/openai.js';
import { createLlmChatResponder, type LlmChatResponderDeps } from './chat-responder.js';
import type { ChatResponder, ChatTransport } from './types.js';

export interface OpenAiChatOptions extends LlmChatResponderDeps {
  /** Optional for local OpenAI-compatible servers that need no key. */
  apiKey?: string;
  /** Default `gpt-4o-mini`. */
  model?: string;
  /** Any OpenAI-compatible endpoint, e.g. `http://localhost:11434/v1`. */
  baseURL?: string;
  /** Label in results and metrics (default `openai`). */
  providerName?: string;
}

/**
 * The streaming half of an OpenAI-compatible chat reply: chat completions with `stream: true`
 * through the official SDK; each delta's content is handed on as it arrives, and the usage
 * chunk (`stream_options.include_usage`) gives the tokens. SDK retries are off: our policy retries.
 */
export function createOpenAiChatTransport(options: OpenAiChatOptions): ChatTransport {
  const provider = options.providerName ?? 'openai';
  const model = options.model ?? DEFAULT_OPENAI_MODEL;
  const timeoutMs = options.resilience?.timeoutMs ?? 20_000;
  const client = new OpenAI({
    apiKey: options.apiKey || 'not-needed',
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: 0,
    timeout: timeoutMs + 5_000,
  });
  return {
    provider,
    model,
    classify: (err) => classifyOpenAi(provider, err),
    async stream({ system, messages, signal, onText }) {
      try {
        const stream = await client.chat.completions.create(
          {
            model,
            temperature: 0.3,
            stream: true,
            stream_options: { include_usage: true },
            messages: [
              { role: 'system', content: system },
              ...messages.map((m) => ({ role: m.role, content: m.text })),
            ],
          },
          { signal },
        );
        let usage: { input_tokens: number; output_tokens: number } | null = null;
        for await (const chunk of stream) {
          const text = chunk.choices[0]?.delta?.content;
          if (text) await onText(text);
          if (chunk.usage) {
            usage = { input_tokens: chunk.usage.prompt_tokens, output_tokens: chunk.usage.completion_tokens };
          }
        }
        return { usage };
      } catch (err) {
        throw classifyOpenAi(provider, err);
      }
    },
  };
}

/** A chat reply streamed by an OpenAI-compatible server, with the deterministic reply as the fallback. */
export function createOpenAiChatResponder(options: OpenAiChatOptions): ChatResponder {
  return createLlmChatResponder(createOpenAiChatTransport(options), options);
}
