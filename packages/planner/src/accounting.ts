/** How one request to an LLM provider ended. */
export type LlmCallOutcome =
  | 'ok' // a valid plan came back
  | 'invalid_output' // the provider answered, but not with a usable plan
  | 'rate_limited'
  | 'server_error'
  | 'network_error'
  | 'timeout'
  | 'circuit_open'
  | 'rate_limit_wait'
  | 'client_error'
  | 'cancelled' // the question was cancelled while the request was in flight
  | 'error';

/**
 * One request to a provider (every retry is its own record), for metrics and
 * cost accounting. Labels are bounded: provider, model, outcome.
 */
export interface LlmCallRecord {
  provider: string;
  model: string;
  /** The tenant the question ran for, when the caller passed it in the plan context. */
  tenant?: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  outcome: LlmCallOutcome;
  /** 1 for the first request of a plan() call, 2 for its first retry, and so on. */
  attempt: number;
  promptHash: string;
}

export type OnLlmCall = (record: LlmCallRecord) => void;

/** Input plus output tokens of the given requests: what a question costs its bank's daily LLM budget. */
export function tokensSpent(
  calls: ReadonlyArray<Pick<LlmCallRecord, 'inputTokens' | 'outputTokens'>>,
): number {
  let total = 0;
  for (const c of calls) total += (c.inputTokens || 0) + (c.outputTokens || 0);
  return Math.round(total);
}
