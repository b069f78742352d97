import { LlmProviderError } from '@pa/planner';
import OpenAI from 'openai';
import { planJsonSchemaStrict } from '../prompt/model-output.js';
import { parseRetryAfter } from '../resilience/retry-after.js';
import { providerError } from './classify.js';
import {
  createLlmPlanner,
  type LlmPlanner,
  type LlmPlannerDeps,
  type ModelTransport,
} from './llm-planner.js';

export interface OpenAiPlannerOptions extends LlmPlannerDeps {
  /** Optional for local OpenAI-compatible servers that need no key. */
  apiKey?: string;
  /** Default `gpt-4o-mini`. */
  model?: string;
  /** Any OpenAI-compatible endpoint (vLLM, Ollama, LM Studio, Azure-style proxies), e.g. `http://localhost:11434/v1`. */
  baseURL?: string;
  /**
   * `json_schema` (strict structured outputs, default) or `json_object` for
   * servers that only support JSON mode.
   */
  responseFormat?: 'json_schema' | 'json_object';
  /** Label in results and metrics (default `openai`). */
  providerName?: string;
  /** Sent as `max_tokens` when set (some reasoning models reject it, so it is off by default). */
  maxOutputTokens?: number;
}

export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

function retryAfterOf(headers: Headers | undefined): number | null {
  if (!headers) return null;
  const ms = headers.get('retry-after-ms');
  if (ms && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.round(Number(ms));
  return parseRetryAfter(headers.get('retry-after'));
}

/** Classifies whatever the `openai` SDK threw (timeouts, aborts, connection failures, HTTP statuses). */
export function classifyOpenAi(provider: string, err: unknown): LlmProviderError {
  if (err instanceof LlmProviderError) return err;
  if (err instanceof OpenAI.APIConnectionTimeoutError) {
    return new LlmProviderError(provider, 'timeout', `${provider}: ${err.message}`, { cause: err });
  }
  if (err instanceof OpenAI.APIUserAbortError) {
    return new LlmProviderError(provider, 'timeout', `${provider}: request aborted`, { cause: err });
  }
  if (err instanceof OpenAI.APIConnectionError) {
    return new LlmProviderError(provider, 'network', `${provider} connection failed: ${err.message}`, {
      cause: err,
    });
  }
  if (err instanceof OpenAI.APIError && typeof err.status === 'number') {
    return providerError(provider, err, err.status, retryAfterOf(err.headers));
  }
  return providerError(provider, err, undefined, null);
}

/**
 * A planner on any OpenAI-compatible chat completions API through the
 * official `openai` SDK: strict JSON-schema structured output, temperature 0,
 * SDK retries off (our policy retries).
 */
export function createOpenAiPlanner(options: OpenAiPlannerOptions): LlmPlanner {
  const provider = options.providerName ?? 'openai';
  const model = options.model ?? DEFAULT_OPENAI_MODEL;
  const timeoutMs = options.resilience?.timeoutMs ?? 20_000;
  const client = new OpenAI({
    // The SDK insists on a key; local servers ignore it.
    apiKey: options.apiKey || 'not-needed',
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: 0,
    // Our policy's timeout fires first; this only bounds a request that ignored the abort.
    timeout: timeoutMs + 5_000,
  });
  const responseFormat =
    options.responseFormat === 'json_object'
      ? ({ type: 'json_object' } as const)
      : ({
          type: 'json_schema',
          json_schema: { name: 'query_plan', strict: true, schema: planJsonSchemaStrict },
        } as const);

  const transport: ModelTransport = {
    provider,
    model,
    classify: (err) => classifyOpenAi(provider, err),
    async generate({ system, user, signal }) {
      try {
        const completion = await client.chat.completions.create(
          {
            model,
            temperature: 0,
            // Left to the server unless asked: reasoning models reject max_tokens.
            ...(options.maxOutputTokens ? { max_tokens: options.maxOutputTokens } : {}),
            messages: [
              { role: 'system', content: system },
              { role: 'user', content: user },
            ],
            response_format: responseFormat,
          },
          { signal },
        );
        const message = completion.choices[0]?.message;
        // A structured-output refusal comes back apart from the content: it is a plan too.
        const text = message?.refusal
          ? JSON.stringify({ kind: 'refuse', message: message.refusal })
          : (message?.content ?? '');
        return {
          text,
          usage: completion.usage
            ? {
                input_tokens: completion.usage.prompt_tokens,
                output_tokens: completion.usage.completion_tokens,
              }
            : null,
        };
      } catch (err) {
        throw classifyOpenAi(provider, err);
      }
    },
  };
  return createLlmPlanner(transport, options);
}
