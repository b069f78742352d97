import { type LlmCallOutcome, LlmProviderError, type ProviderFailure, RateLimitWaitError } from '@pa/planner';
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  DelegateBackoff,
  handleWhen,
  type IRetryBackoffContext,
  retry,
  TaskCancelledError,
  TimeoutStrategy,
  timeout,
} from 'cockatiel';

/** Takes one token from a rate shared by every worker; resolves when the call may go out. */
export interface RateLimiter {
  acquire(): Promise<void>;
}

/** Holds one of a limited number of slots shared by every worker; the returned function gives it back. */
export interface ConcurrencyLimiter {
  acquire(): Promise<() => Promise<void>>;
}

export interface ResilienceOptions {
  /** Per-attempt timeout; the SDK request is aborted when it fires (default 20 s). */
  timeoutMs?: number;
  /** Attempts per model call, the first included (default 3). */
  maxAttempts?: number;
  /** First backoff delay; doubles per retry, with jitter (default 250 ms). */
  initialDelayMs?: number;
  /** Longest backoff delay (default 4 s). */
  maxDelayMs?: number;
  /**
   * Longest Retry-After honoured. A provider asking for more is not retried
   * within the question; the error surfaces and the job retries later (default 10 s).
   */
  maxRetryAfterMs?: number;
  /** Consecutive transient failures that open the circuit (default 5). */
  breakerThreshold?: number;
  /** How long an open circuit refuses calls before letting one test call through (default 30 s). */
  halfOpenAfterMs?: number;
  /** Jitter source, [0, 1) (tests pin it). */
  random?: () => number;
}

export type CircuitStateName = 'closed' | 'open' | 'half_open' | 'isolated';

export interface ProviderPolicyOptions extends ResilienceOptions {
  provider: string;
  /** Turns whatever the SDK threw into a classified provider error. */
  classify: (err: unknown) => LlmProviderError;
  rateLimiter?: RateLimiter;
  concurrencyLimiter?: ConcurrencyLimiter;
  onCircuitChange?: (state: CircuitStateName) => void;
}

export interface AttemptReport {
  attempt: number;
  latencyMs: number;
  /** The classified failure of this attempt, or null when it succeeded. */
  error: LlmProviderError | null;
}

export interface ProviderPolicy {
  /**
   * Runs one model call with rate limiting, a per-attempt timeout, the
   * circuit breaker and retries. Rejects with an LlmProviderError. When
   * `signal` aborts, the request in flight is aborted, no retry follows and
   * the error's failure is `cancelled`.
   */
  execute<T>(
    call: (signal: AbortSignal) => Promise<T>,
    onAttempt?: (r: AttemptReport) => void,
    signal?: AbortSignal,
  ): Promise<T>;
  circuitState(): CircuitStateName;
  /** Longest Retry-After this policy waits out within a call; a longer one surfaces as the error. */
  readonly maxRetryAfterMs: number;
}

const STATE_NAMES: Record<CircuitState, CircuitStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Isolated]: 'isolated',
};

/** Backoff before retry `attempt` (1-based): the provider's Retry-After when given, else capped exponential with equal jitter. */
/** How a provider failure is recorded among the LLM calls (planner and chat alike). */
const CALL_OUTCOMES: Record<ProviderFailure, LlmCallOutcome> = {
  rate_limited: 'rate_limited',
  server: 'server_error',
  network: 'network_error',
  timeout: 'timeout',
  circuit_open: 'circuit_open',
  rate_limit_wait: 'rate_limit_wait',
  auth: 'client_error',
  bad_request: 'client_error',
  cancelled: 'cancelled',
  catalog_unavailable: 'error',
  unknown: 'error',
};

export function callOutcomeOf(failure: ProviderFailure): LlmCallOutcome {
  return CALL_OUTCOMES[failure] ?? 'error';
}

export function retryDelayMs(
  attempt: number,
  error: unknown,
  o: { initialDelayMs: number; maxDelayMs: number; maxRetryAfterMs: number; random: () => number },
): number {
  if (error instanceof LlmProviderError && error.retryAfterMs !== undefined) {
    return Math.min(error.retryAfterMs, o.maxRetryAfterMs);
  }
  const base = Math.min(o.maxDelayMs, o.initialDelayMs * 2 ** (attempt - 1));
  return Math.round(base / 2 + o.random() * (base / 2));
}

/** One policy per provider and process: the circuit breaker's state is shared by every call through it. */
export function createProviderPolicy(options: ProviderPolicyOptions): ProviderPolicy {
  const o = {
    timeoutMs: options.timeoutMs ?? 20_000,
    maxAttempts: Math.max(1, options.maxAttempts ?? 3),
    initialDelayMs: options.initialDelayMs ?? 250,
    maxDelayMs: options.maxDelayMs ?? 4_000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 10_000,
    breakerThreshold: options.breakerThreshold ?? 5,
    halfOpenAfterMs: options.halfOpenAfterMs ?? 30_000,
    random: options.random ?? Math.random,
  };
  const { provider, classify } = options;

  const isTransient = (e: Error) => e instanceof LlmProviderError && e.transient;
  const breaker = circuitBreaker(handleWhen(isTransient), {
    halfOpenAfter: o.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(o.breakerThreshold),
  });
  breaker.onStateChange((s) => options.onCircuitChange?.(STATE_NAMES[s]));

  const retryPolicy = retry(
    handleWhen((e) => isTransient(e) && ((e as LlmProviderError).retryAfterMs ?? 0) <= o.maxRetryAfterMs),
    {
      maxAttempts: o.maxAttempts - 1,
      backoff: new DelegateBackoff<IRetryBackoffContext<unknown>>((ctx) =>
        retryDelayMs(ctx.attempt, 'error' in ctx.result ? ctx.result.error : undefined, o),
      ),
    },
  );
  const timeoutPolicy = timeout(o.timeoutMs, TimeoutStrategy.Aggressive);

  const toProviderError = (err: unknown): LlmProviderError => {
    if (err instanceof LlmProviderError) return err;
    if (err instanceof RateLimitWaitError) {
      return new LlmProviderError(provider, 'rate_limit_wait', `${provider}: ${err.message}`, { cause: err });
    }
    // instanceof, not cockatiel's is*Error helpers: in 3.2 isTaskCancelledError tests the wrong marker.
    if (err instanceof BrokenCircuitError) {
      return new LlmProviderError(
        provider,
        'circuit_open',
        `${provider}: circuit open, not calling the provider`,
        {
          cause: err,
        },
      );
    }
    if (err instanceof TaskCancelledError) {
      return new LlmProviderError(provider, 'timeout', `${provider}: no answer within ${o.timeoutMs} ms`, {
        cause: err,
      });
    }
    return classify(err);
  };

  return {
    circuitState: () => STATE_NAMES[breaker.state],
    maxRetryAfterMs: o.maxRetryAfterMs,
    execute<T>(
      call: (signal: AbortSignal) => Promise<T>,
      onAttempt?: (r: AttemptReport) => void,
      cancel?: AbortSignal,
    ) {
      const cancelled = (cause?: unknown) =>
        new LlmProviderError(provider, 'cancelled', `${provider}: call cancelled by the caller`, { cause });
      return retryPolicy.execute(async ({ attempt }) => {
        // A cancel during a backoff delay: no new request goes out.
        if (cancel?.aborted) throw cancelled();
        const started = performance.now();
        const report = (error: LlmProviderError | null) => {
          try {
            onAttempt?.({ attempt: attempt + 1, latencyMs: Math.round(performance.now() - started), error });
          } catch {
            // Accounting must never change the outcome of a call.
          }
        };
        try {
          const value = await breaker.execute(async () => {
            await options.rateLimiter?.acquire();
            const release = await options.concurrencyLimiter?.acquire();
            let abortedWhenFailed = false;
            try {
              if (cancel?.aborted) throw cancelled();
              // The timeout's signal is derived from `cancel`: either aborts the SDK request.
              return await timeoutPolicy.execute(
                ({ signal }) =>
                  call(signal).catch((err: unknown) => {
                    abortedWhenFailed = signal.aborted;
                    throw err;
                  }),
                cancel,
              );
            } catch (err) {
              if (cancel?.aborted) throw cancelled(err);
              // Otherwise only our timeout aborts the signal while the call runs; the SDK then rejects
              // with its own abort error, possibly before the policy reports the timeout.
              if (abortedWhenFailed) {
                throw new LlmProviderError(
                  provider,
                  'timeout',
                  `${provider}: no answer within ${o.timeoutMs} ms`,
                  {
                    cause: err,
                  },
                );
              }
              throw toProviderError(err);
            } finally {
              await release?.().catch(() => {});
            }
          });
          report(null);
          return value;
        } catch (err) {
          const e = cancel?.aborted
            ? err instanceof LlmProviderError && err.failure === 'cancelled'
              ? err
              : cancelled(err)
            : toProviderError(err);
          report(e);
          throw e;
        }
      }, cancel);
    },
  };
}
