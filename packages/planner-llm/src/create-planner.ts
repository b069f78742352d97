import type { Caller } from '@pa/contracts';
import type { OnLlmCall, Planner, PlannerLogger } from '@pa/planner';
import { createPlannerChain } from '@pa/planner';
import { createBuiltinPlanner } from '@pa/planner-builtin';
import type { PromptCatalog, PromptExample } from './prompt/types.js';
import { createGeminiPlanner, DEFAULT_GEMINI_MODEL } from './providers/gemini.js';
import type { LlmPlanner, LlmPlannerDeps } from './providers/llm-planner.js';
import { createOpenAiPlanner, DEFAULT_OPENAI_MODEL } from './providers/openai.js';
import type { ConcurrencyLimiter, RateLimiter, ResilienceOptions } from './resilience/provider-policy.js';

/** The worker config fields planners read (WorkerConfig has all of them). */
export interface PlannerSettings {
  LLM_PROVIDER: 'gemini' | 'openai' | 'builtin';
  GEMINI_API_KEY?: string | undefined;
  GEMINI_MODEL?: string | undefined;
  GEMINI_BASE_URL?: string | undefined;
  OPENAI_API_KEY?: string | undefined;
  OPENAI_BASE_URL?: string | undefined;
  OPENAI_MODEL?: string | undefined;
  /** Optional tuning; defaults in ResilienceOptions. */
  LLM_TIMEOUT_MS?: number | undefined;
  LLM_MAX_ATTEMPTS?: number | undefined;
  LLM_BREAKER_THRESHOLD?: number | undefined;
  LLM_BREAKER_HALF_OPEN_MS?: number | undefined;
  LLM_PROMPT_TOKEN_BUDGET?: number | undefined;
}

/** What LLM planners need from the process: the live catalog, examples, shared limits, accounting. */
export interface PlannerDeps {
  catalog: () => Promise<PromptCatalog>;
  examples?: (question: string, caller: Pick<Caller, 'tenant'>) => Promise<PromptExample[]>;
  rateLimiter?: RateLimiter;
  concurrencyLimiter?: ConcurrencyLimiter;
  onCall?: OnLlmCall;
  /** Replaces the builtin planner (tests). */
  builtin?: Planner;
  /** Overrides the resilience settings derived from PlannerSettings (tests). */
  resilience?: ResilienceOptions;
}

export interface PlannerChoice {
  planner: Planner;
  /** How many times the pipeline may ask this planner to repair rejected or failing SQL. */
  maxRepairs: number;
  /** The LLM planner inside the chain, when there is one (its circuit state is worth a metric). */
  llm?: LlmPlanner;
}

/** Repairs an LLM chain gets: the model sees the failed SQL and the reason and corrects it. */
export const LLM_MAX_REPAIRS = 2;

/**
 * Picks the planner the process was configured with. `builtin`: the
 * deterministic planner alone, no repairs (it would produce the same SQL
 * again). `gemini` / `openai`: a chain — builtin when it fully understands the
 * question, the LLM otherwise and for repairs, builtin again when the LLM is
 * unavailable — with two repairs. LLM providers need `deps`.
 */
export function createPlanner(
  settings: PlannerSettings,
  logger: PlannerLogger,
  deps?: PlannerDeps,
): PlannerChoice {
  const builtin = deps?.builtin ?? createBuiltinPlanner();
  if (settings.LLM_PROVIDER === 'builtin') {
    logger.info({ planner: 'builtin' }, 'using the builtin deterministic planner');
    return { planner: builtin, maxRepairs: 0 };
  }
  if (!deps) {
    throw new Error(
      `LLM_PROVIDER=${settings.LLM_PROVIDER} needs planner dependencies (schema catalog, examples); pass them to createPlanner`,
    );
  }

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
  const common: LlmPlannerDeps = {
    catalog: deps.catalog,
    logger,
    resilience,
    ...(deps.examples ? { examples: deps.examples } : {}),
    ...(deps.rateLimiter ? { rateLimiter: deps.rateLimiter } : {}),
    ...(deps.concurrencyLimiter ? { concurrencyLimiter: deps.concurrencyLimiter } : {}),
    ...(deps.onCall ? { onCall: deps.onCall } : {}),
    ...(settings.LLM_PROMPT_TOKEN_BUDGET ? { promptTokenBudget: settings.LLM_PROMPT_TOKEN_BUDGET } : {}),
  };

  let llm: LlmPlanner;
  if (settings.LLM_PROVIDER === 'gemini') {
    if (!settings.GEMINI_API_KEY) throw new Error('LLM_PROVIDER=gemini needs GEMINI_API_KEY');
    llm = createGeminiPlanner({
      ...common,
      apiKey: settings.GEMINI_API_KEY,
      model: settings.GEMINI_MODEL || DEFAULT_GEMINI_MODEL,
      ...(settings.GEMINI_BASE_URL ? { baseUrl: settings.GEMINI_BASE_URL } : {}),
    });
  } else {
    if (!settings.OPENAI_API_KEY && !settings.OPENAI_BASE_URL) {
      throw new Error('LLM_PROVIDER=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server)');
    }
    llm = createOpenAiPlanner({
      ...common,
      ...(settings.OPENAI_API_KEY ? { apiKey: settings.OPENAI_API_KEY } : {}),
      model: settings.OPENAI_MODEL || DEFAULT_OPENAI_MODEL,
      ...(settings.OPENAI_BASE_URL ? { baseURL: settings.OPENAI_BASE_URL } : {}),
    });
  }
  logger.info(
    {
      planner: 'chain',
      provider: llm.provider,
      model: llm.model,
      fallback: builtin.name,
      rate_limited: Boolean(deps.rateLimiter),
      max_repairs: LLM_MAX_REPAIRS,
    },
    'using the LLM planner with the builtin planner as fast path and fallback',
  );
  return { planner: createPlannerChain({ llm, builtin, logger }), maxRepairs: LLM_MAX_REPAIRS, llm };
}
