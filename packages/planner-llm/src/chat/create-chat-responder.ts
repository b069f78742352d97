import type { OnLlmCall, PlannerLogger } from '@pa/planner';
import type { PlannerSettings } from '../create-planner.js';
import { DEFAULT_GEMINI_MODEL } from '../providers/gemini.js';
import { DEFAULT_OPENAI_MODEL } from '../providers/openai.js';
import type { ConcurrencyLimiter, RateLimiter, ResilienceOptions } from '../resilience/provider-policy.js';
import { createBuiltinChatResponder } from './chat-responder.js';
import { createGeminiChatResponder } from './gemini-chat.js';
import { createOpenAiChatResponder } from './openai-chat.js';
import type { ChatResponder } from './types.js';

export interface ChatResponderDeps {
  rateLimiter?: RateLimiter;
  concurrencyLimiter?: ConcurrencyLimiter;
  onCall?: OnLlmCall;
  /** Overrides the resilience settings derived from PlannerSettings (tests). */
  resilience?: ResilienceOptions;
}

/**
 * The responder for conversational messages of the configured provider: `builtin` answers with
 * the deterministic reply; `gemini` / `openai` stream the model's reply and fall back to the
 * deterministic one. Calls share the planner's provider-wide rate and concurrency limits.
 */
export function createChatResponder(
  settings: PlannerSettings,
  logger: PlannerLogger,
  deps: ChatResponderDeps = {},
): ChatResponder {
  if (settings.LLM_PROVIDER === 'builtin') return createBuiltinChatResponder();
  const resilience: ResilienceOptions = {
    ...(settings.LLM_TIMEOUT_MS !== undefined ? { timeoutMs: settings.LLM_TIMEOUT_MS } : {}),
    ...(settings.LLM_MAX_ATTEMPTS !== undefined ? { maxAttempts: settings.LLM_MAX_ATTEMPTS } : {}),
    ...(settings.LLM_BREAKER_THRESHOLD !== undefined
      ? { breakerThreshold: settings.LLM_BREAKER_THRESHOLD }
      : {}),
    ...(settings.LLM_BREAKER_HALF_OPEN_MS !== undefined
      ? { halfOpenAfterMs: settings.LLM_BREAKER_HALF_OPEN_MS }
      : {}),
    ...deps.resilience,
  };
  const common = {
    logger,
    resilience,
    ...(deps.rateLimiter ? { rateLimiter: deps.rateLimiter } : {}),
    ...(deps.concurrencyLimiter ? { concurrencyLimiter: deps.concurrencyLimiter } : {}),
    ...(deps.onCall ? { onCall: deps.onCall } : {}),
  };
  if (settings.LLM_PROVIDER === 'gemini') {
    if (!settings.GEMINI_API_KEY) throw new Error('LLM_PROVIDER=gemini needs GEMINI_API_KEY');
    return createGeminiChatResponder({
      ...common,
      apiKey: settings.GEMINI_API_KEY,
      model: settings.GEMINI_MODEL || DEFAULT_GEMINI_MODEL,
      ...(settings.GEMINI_BASE_URL ? { baseUrl: settings.GEMINI_BASE_URL } : {}),
    });
  }
  if (!settings.OPENAI_API_KEY && !settings.OPENAI_BASE_URL) {
    throw new Error('LLM_PROVIDER=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server)');
  }
  return createOpenAiChatResponder({
    ...common,
    ...(settings.OPENAI_API_KEY ? { apiKey: settings.OPENAI_API_KEY } : {}),
    model: settings.OPENAI_MODEL || DEFAULT_OPENAI_MODEL,
    ...(settings.OPENAI_BASE_URL ? { baseURL: settings.OPENAI_BASE_URL } : {}),
  });
}
