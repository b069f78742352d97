import { ALL_BANKS, type Caller } from '@pa/contracts';
import type { OnLlmCall, PlannedQuery, Planner, PlannerLogger, PlanRequest } from '@pa/planner';
import { type LlmProviderError, PlannerOutputError, PlannerUnavailableError } from '@pa/planner';
import { buildPlanPrompt, hashPrompt } from '../prompt/build-plan-prompt.js';
import { parseModelOutput } from '../prompt/model-output.js';
import type { PromptCatalog, PromptExample } from '../prompt/types.js';
import {
  type CircuitStateName,
  type ConcurrencyLimiter,
  callOutcomeOf,
  createProviderPolicy,
  type RateLimiter,
  type ResilienceOptions,
} from '../resilience/provider-policy.js';

/** One request to a model: system instructions and the user turn; the signal aborts it. */
export interface ModelRequest {
  system: string;
  user: string;
  signal: AbortSignal;
}

export interface ModelResponse {
  /** The model's text (expected: one JSON object). */
  text: string;
  usage: { input_tokens: number; output_tokens: number } | null;
}

/** The provider-specific part of an LLM planner: one HTTP call through the vendor's SDK. */
export interface ModelTransport {
  provider: string;
  model: string;
  generate(request: ModelRequest): Promise<ModelResponse>;
  /** Classifies whatever `generate` threw (status, Retry-After, network, ...). */
  classify(err: unknown): LlmProviderError;
}

/** What every LLM planner needs besides its provider settings. */
export interface LlmPlannerDeps {
  /** The live schema catalog (cached by the caller). */
  catalog: () => Promise<PromptCatalog>;
  /** Few-shot examples most similar to a question that the caller's bank may see, most similar first. */
  examples?: (question: string, caller: Pick<Caller, 'tenant'>) => Promise<PromptExample[]>;
  rateLimiter?: RateLimiter;
  concurrencyLimiter?: ConcurrencyLimiter;
  onCall?: OnLlmCall;
  logger?: PlannerLogger;
  resilience?: ResilienceOptions;
  /** Estimated prompt token cap (default 6 000). */
  promptTokenBudget?: number;
}

export interface LlmPlanner extends Planner {
  readonly provider: string;
  readonly model: string;
  circuitState(): CircuitStateName;
}

/** Model replies per plan() call: the first, and one more when the first was not a usable plan. */
const OUTPUT_ATTEMPTS = 2;

/**
 * A planner backed by a model: grounds the prompt in the live catalog and
 * similar examples, calls the model through the resilience policy, and accepts
 * only a reply that parses as a plan. Shared by every provider.
 */
export function createLlmPlanner(transport: ModelTransport, deps: LlmPlannerDeps): LlmPlanner {
  const { provider, model } = transport;
  const policy = createProviderPolicy({
    ...deps.resilience,
    provider,
    classify: (err) => transport.classify(err),
    ...(deps.rateLimiter ? { rateLimiter: deps.rateLimiter } : {}),
    ...(deps.concurrencyLimiter ? { concurrencyLimiter: deps.concurrencyLimiter } : {}),
    onCircuitChange: (state) =>
      deps.logger?.warn({ provider, model, circuit: state }, 'LLM circuit changed state'),
  });

  const emit: OnLlmCall = (record) => {
    try {
      deps.onCall?.(record);
    } catch {
      // Accounting must never fail a question.
    }
  };

  /** The planner's error for a provider call that failed for good. */
  const unavailable = (err: unknown): PlannerUnavailableError => {
    const e = err as LlmProviderError;
    const failure = e.failure ?? 'unknown';
    // A provider that asks for a longer wait than we honour within a call is not asked again by
    // the job's retries seconds later: the question fails now, saying when to ask again.
    const longWait =
      e.transient && e.retryAfterMs !== undefined && e.retryAfterMs > policy.maxRetryAfterMs
        ? { retryAfterMs: e.retryAfterMs }
        : {};
    const error = new PlannerUnavailableError(provider, failure, e.message, { cause: err, ...longWait });
    if (error.isConfigurationError) {
      const log = deps.logger?.error ?? deps.logger?.warn;
      log?.call(
        deps.logger,
        { provider, model, failure, status: e.status, err: e.message },
        'LLM provider rejected the request: check its API key, model and settings',
      );
    }
    return error;
  };

  return {
    name: provider,
    provider,
    model,
    circuitState: () => policy.circuitState(),
    async plan(request: PlanRequest): Promise<PlannedQuery> {
      const record: OnLlmCall = (call) => {
        emit(call);
        try {
          request.context.onLlmCall?.(call);
        } catch {
          // Accounting must never fail a question.
        }
      };
      let catalog: PromptCatalog;
      try {
        catalog = await deps.catalog();
      } catch (err) {
        const why = 'the schema catalog could not be read';
        throw new PlannerUnavailableError(provider, 'catalog_unavailable', why, { cause: err });
      }
      let examples: PromptExample[] = [];
      if (deps.examples) {
        try {
          examples = await deps.examples(request.question, request.context.caller ?? { tenant: ALL_BANKS });
        } catch (err) {
          deps.logger?.warn({ err, provider }, 'few-shot examples unavailable; planning without them');
        }
      }
      const prompt = buildPlanPrompt({
        question: request.question,
        language: request.language,
        context: request.context,
        catalog,
        examples,
        ...(deps.promptTokenBudget ? { tokenBudget: deps.promptTokenBudget } : {}),
      });

      const usage = { input_tokens: 0, output_tokens: 0 };
      let attempt = 0;
      let lastReason = '';
      let lastText = '';
      for (let round = 1; round <= OUTPUT_ATTEMPTS; round++) {
        const user =
          round === 1
            ? prompt.user
            : `${prompt.user}\n\nYour previous reply could not be used: ${lastReason}. Reply with exactly one JSON ` +
              'object in the format described in the instructions, and nothing else.';
        const promptHash = round === 1 ? prompt.hash : hashPrompt(prompt.system, user);
        const base = {
          provider,
          model,
          promptHash,
          ...(request.context.caller ? { tenant: request.context.caller.tenant } : {}),
        };
        let okLatency = 0;
        let okAttempt = 0;
        let response: ModelResponse;
        try {
          response = await policy.execute(
            (signal) => transport.generate({ system: prompt.system, user, signal }),
            (r) => {
              attempt++;
              if (r.error) {
                record({
                  ...base,
                  inputTokens: 0,
                  outputTokens: 0,
                  latencyMs: r.latencyMs,
                  outcome: callOutcomeOf(r.error.failure),
                  attempt,
                });
              } else {
                okLatency = r.latencyMs;
                okAttempt = attempt;
              }
            },
            request.context.signal,
          );
        } catch (err) {
          throw unavailable(err);
        }
        const tokensIn = response.usage?.input_tokens ?? 0;
        const tokensOut = response.usage?.output_tokens ?? 0;
        usage.input_tokens += tokensIn;
        usage.output_tokens += tokensOut;
        const parsed = parseModelOutput(response.text);
        record({
          ...base,
          inputTokens: tokensIn,
          outputTokens: tokensOut,
          latencyMs: okLatency,
          outcome: parsed.ok ? 'ok' : 'invalid_output',
          attempt: okAttempt,
        });
        if (parsed.ok) {
          const p = parsed.plan;
          return {
            kind: p.kind,
            ...(p.sql !== undefined ? { sql: p.sql } : {}),
            ...(p.explanation !== undefined ? { explanation: p.explanation } : {}),
            ...(p.message !== undefined ? { message: p.message } : {}),
            ...(p.kind === 'refuse' && typeof p.reason === 'string' ? { refusal: p.reason } : {}),
            planner: provider,
            provider,
            model,
            usage,
            prompt_hash: promptHash,
          };
        }
        lastReason = parsed.reason;
        lastText = response.text;
        deps.logger?.warn(
          { provider, model, reason: parsed.reason, round },
          'model reply was not a usable plan',
        );
      }
      throw new PlannerOutputError(
        provider,
        `${provider} did not return a usable plan: ${lastReason}`,
        lastText.slice(0, 2_000),
      );
    },
  };
}
