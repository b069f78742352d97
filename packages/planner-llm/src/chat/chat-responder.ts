import { type LlmCallOutcome, LlmProviderError, type OnLlmCall, type PlannerLogger } from '@pa/planner';
import { hashPrompt } from '../prompt/build-plan-prompt.js';
import {
  type ConcurrencyLimiter,
  callOutcomeOf,
  createProviderPolicy,
  type RateLimiter,
  type ResilienceOptions,
} from '../resilience/provider-policy.js';
import { buildChatPrompt } from './chat-prompt.js';
import type { ChatReplyRequest, ChatReplyText, ChatResponder, ChatTransport } from './types.js';

/** Longest chat reply kept from a model; pieces past it are not streamed and the text ends with an ellipsis. */
export const MAX_CHAT_REPLY_CHARS = 1_000;

export interface LlmChatResponderDeps {
  logger?: PlannerLogger;
  resilience?: ResilienceOptions;
  rateLimiter?: RateLimiter;
  concurrencyLimiter?: ConcurrencyLimiter;
  onCall?: OnLlmCall;
}

/** The deterministic reply, as a responder: what a service without a model answers. */
export function createBuiltinChatResponder(): ChatResponder {
  return {
    provider: 'builtin',
    model: null,
    reply: async (request) => ({
      text: request.fallback,
      provider: 'builtin',
      model: null,
      streamed: false,
      usage: null,
    }),
  };
}

/**
 * A conversational reply streamed by a model: each piece goes to `onDelta` as it arrives. Calls go
 * through the same kind of policy as planning (shared rate and concurrency limits, a timeout, a
 * circuit breaker, retries) — but a call is retried only before its first piece went out, so a
 * client never sees a reply start twice. A model that fails, or says nothing, is replaced by the
 * deterministic reply (`provider: "builtin-fallback"`): a greeting is always answered. Only a
 * cancelled job ends without one.
 */
export function createLlmChatResponder(
  transport: ChatTransport,
  deps: LlmChatResponderDeps = {},
): ChatResponder {
  const { provider, model } = transport;
  const policy = createProviderPolicy({
    ...deps.resilience,
    provider,
    classify: (err) => transport.classify(err),
    ...(deps.rateLimiter ? { rateLimiter: deps.rateLimiter } : {}),
    ...(deps.concurrencyLimiter ? { concurrencyLimiter: deps.concurrencyLimiter } : {}),
    onCircuitChange: (state) =>
      deps.logger?.warn({ provider, model, circuit: state, use: 'chat' }, 'LLM circuit changed state'),
  });

  return {
    provider,
    model,
    async reply(request: ChatReplyRequest): Promise<ChatReplyText> {
      const prompt = buildChatPrompt(request);
      const promptHash = hashPrompt(prompt.system, JSON.stringify(prompt.messages));
      const record = (r: {
        inputTokens: number;
        outputTokens: number;
        latencyMs: number;
        outcome: LlmCallOutcome;
        attempt: number;
      }) => {
        const call = {
          provider,
          model,
          promptHash,
          ...(request.caller ? { tenant: request.caller.tenant } : {}),
          ...r,
        };
        for (const sink of [deps.onCall, request.onLlmCall]) {
          try {
            sink?.(call);
          } catch {
            // Accounting must never fail a reply.
          }
        }
      };

      let sent = '';
      let attempt = 0;
      let okLatency = 0;
      try {
        const out = await policy.execute(
          async (signal) => {
            let text = '';
            try {
              const { usage } = await transport.stream({
                system: prompt.system,
                messages: prompt.messages,
                signal,
                onText: async (piece) => {
                  if (text.length >= MAX_CHAT_REPLY_CHARS) return;
                  const kept = piece.slice(0, MAX_CHAT_REPLY_CHARS - text.length);
                  text += kept;
                  sent += kept;
                  if (kept) await request.onDelta?.(kept);
                },
              });
              return { text, usage };
            } catch (err) {
              // Pieces already went out: another attempt would start the reply over. Not retried.
              if (text)
                throw new LlmProviderError(provider, 'unknown', `${provider}: the stream broke off`, {
                  cause: err,
                });
              throw err;
            }
          },
          (r) => {
            attempt++;
            if (r.error) {
              const outcome = callOutcomeOf(r.error.failure);
              record({ inputTokens: 0, outputTokens: 0, latencyMs: r.latencyMs, outcome, attempt });
            } else okLatency = r.latencyMs;
          },
          request.signal,
        );
        const usage = out.usage
          ? { input_tokens: out.usage.input_tokens, output_tokens: out.usage.output_tokens }
          : null;
        const text = out.text.trim();
        record({
          inputTokens: usage?.input_tokens ?? 0,
          outputTokens: usage?.output_tokens ?? 0,
          latencyMs: okLatency,
          outcome: text ? 'ok' : 'invalid_output',
          attempt,
        });
        if (!text) return fallback(request, usage);
        const clipped =
          text.length >= MAX_CHAT_REPLY_CHARS ? `${text.slice(0, MAX_CHAT_REPLY_CHARS - 1)}…` : text;
        return { text: clipped, provider, model, streamed: true, usage };
      } catch (err) {
        if (request.signal?.aborted) throw err;
        deps.logger?.warn(
          {
            provider,
            model,
            err: err instanceof Error ? err.message : String(err),
            streamed_chars: sent.length,
          },
          'chat reply from the model failed; answering with the builtin reply',
        );
        return fallback(request, null);
      }
    },
  };
}

function fallback(request: ChatReplyRequest, usage: ChatReplyText['usage']): ChatReplyText {
  return { text: request.fallback, provider: 'builtin-fallback', model: null, streamed: false, usage };
}
