import { ApiError, GoogleGenAI } from '@google/genai';
import { planJsonSchema } from '../prompt/model-output.js';
import { parseRetryAfter, parseRetryInfoDelay } from '../resilience/retry-after.js';
import { providerError } from './classify.js';
import {
  createLlmPlanner,
  type LlmPlanner,
  type LlmPlannerDeps,
  type ModelTransport,
} from './llm-planner.js';

export interface GeminiPlannerOptions extends LlmPlannerDeps {
  apiKey: string;
  /** Default `gemini-flash-latest`. */
  model?: string;
  /** Another endpoint for the Gemini API (a proxy, or a fake in tests). */
  baseUrl?: string;
  /** API version path segment (default: the SDK's, `v1beta`). */
  apiVersion?: string;
  /** Cap on the reply's tokens; unset by default (on 2.5 models thinking counts against it). */
  maxOutputTokens?: number;
  /** Thinking token budget for 2.5 models (0 turns thinking off on Flash); the model's default when unset. */
  thinkingBudget?: number;
}

/** Google's alias for its current Flash model; pin a versioned id (e.g. gemini-2.5-flash) in production if you need stability. */
export const DEFAULT_GEMINI_MODEL = 'gemini-flash-latest';

/**
 * A planner on Google's Gemini API through `@google/genai`: JSON mode with the
 * plan's JSON Schema, the rules and schema as system instruction, temperature 0.
 * The SDK's own retries are off (our policy retries); a per-call fetch wrapper
 * reads Retry-After, which the SDK's ApiError does not expose.
 */
export function createGeminiPlanner(options: GeminiPlannerOptions): LlmPlanner {
  const model = options.model ?? DEFAULT_GEMINI_MODEL;
  const ai = new GoogleGenAI({
    apiKey: options.apiKey,
    httpOptions: {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}),
    },
  });

  const transport: ModelTransport = {
    provider: 'gemini',
    model,
    classify: (err) => providerError('gemini', err, err instanceof ApiError ? err.status : undefined, null),
    async generate({ system, user, signal }) {
      let retryAfterMs: number | null = null;
      const recordingFetch: typeof fetch = async (input, init) => {
        const res = await fetch(input, init);
        if (!res.ok) retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
        return res;
      };
      try {
        const res = await ai.models.generateContent({
          model,
          contents: [{ role: 'user', parts: [{ text: user }] }],
          config: {
            systemInstruction: system,
            temperature: 0,
            candidateCount: 1,
            ...(options.maxOutputTokens ? { maxOutputTokens: options.maxOutputTokens } : {}),
            ...(options.thinkingBudget !== undefined
              ? { thinkingConfig: { thinkingBudget: options.thinkingBudget } }
              : {}),
            responseMimeType: 'application/json',
            responseJsonSchema: planJsonSchema,
            abortSignal: signal,
            httpOptions: { fetch: recordingFetch },
          },
        });
        const meta = res.usageMetadata;
        return {
          text: res.text ?? '',
          usage: meta
            ? {
                input_tokens: meta.promptTokenCount ?? 0,
                // Thinking tokens are billed as output.
                output_tokens: (meta.candidatesTokenCount ?? 0) + (meta.thoughtsTokenCount ?? 0),
              }
            : null,
        };
      } catch (err) {
        if (err instanceof ApiError) {
          // Google puts the delay in the body (RetryInfo) more often than in a header.
          const delay = retryAfterMs ?? parseRetryInfoDelay(err.message);
          throw providerError('gemini', err, err.status, delay);
        }
        throw providerError('gemini', err, undefined, null);
      }
    },
  };
  return createLlmPlanner(transport, options);
}
