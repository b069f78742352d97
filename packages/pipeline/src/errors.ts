import type { LlmCallRecord } from '@pa/planner';

/** Why a question could not be answered; `retryable` tells the worker whether another attempt may help. */
export type PipelineErrorCode =
  | 'unanswerable' // the planner refused or needs clarification
  | 'rejected_sql' // the guard refused every plan
  | 'sql_error' // PostgreSQL refused the statement
  | 'timeout'
  | 'too_costly'
  | 'permission'
  | 'planner_unavailable'
  | 'unavailable'
  | 'cancelled'
  | 'refused'; // the question itself was refused as abuse before planning

export interface FailureContext {
  sql?: string | null;
  planner?: string | null;
  provider?: string | null;
  model?: string | null;
  promptHash?: string | null;
  guardReasons?: string[];
  /** The planner's reason for refusing, when it refused and said why. */
  refusal?: string;
  language?: string;
  timings?: Record<string, number>;
  frame?: unknown;
  /** Tokens spent on LLM calls before the failure. */
  usage?: { input_tokens: number; output_tokens: number } | null;
  /** Plans sent back for repair before the failure. */
  repairs?: Array<{ sql: string; reason: string }>;
  /** LLM requests made before the failure. */
  llmCalls?: LlmCallRecord[];
}

export class PipelineError extends Error {
  constructor(
    readonly code: PipelineErrorCode,
    /** Written for the person who asked. */
    readonly userMessage: string,
    readonly retryable: boolean,
    readonly context: FailureContext = {},
    readonly details?: unknown,
  ) {
    super(userMessage);
    this.name = 'PipelineError';
  }
}
