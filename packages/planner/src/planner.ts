import type { Caller, Language, PlanKind } from '@pa/contracts';
import type { LlmCallRecord } from './accounting.js';

/** A previous turn of the same session, for follow-up questions. */
export interface PreviousTurn {
  question: string;
  sql: string | null;
  /** The builtin planner's own structured frame for that turn, when it produced it. */
  frame?: unknown;
}

/** A rejection or database error fed back to a planner so that it can repair its SQL. */
export interface RepairHint {
  sql: string;
  reason: string;
}

export interface PlanContext {
  /** "Now" as the planner must see it (tests pin it). */
  now: Date;
  /** IANA zone the SQL runs in (SET LOCAL TimeZone); "today" means today there. */
  timeZone: string;
  /** Earlier turns of the session, oldest first. */
  previous: PreviousTurn[];
  /** Earlier failed attempts at this very question, oldest first. */
  repairs: RepairHint[];
  /**
   * Who asks: picks the few-shot examples the caller's bank may see (shared ones only when
   * absent) and labels LLM accounting. Never put in a prompt.
   */
  caller?: Pick<Caller, 'tenant'>;
  /** Receives a record of every request made to an LLM provider for this plan (retries included). */
  onLlmCall?: (record: LlmCallRecord) => void;
  /** Aborted when the question is cancelled: the model call in flight is aborted and none follows. */
  signal?: AbortSignal;
}

export interface PlanRequest {
  question: string;
  language: Language;
  context: PlanContext;
}

/** The structured plan every planner returns; its SQL still goes through the guard. */
export interface PlannedQuery {
  kind: PlanKind;
  sql?: string;
  explanation?: string;
  /** User-facing text for clarify / chat / refuse. */
  message?: string;
  /**
   * Why a planner refused, when it judged the asker's intent (LLM planners): `destructive`,
   * `personal` (card data), `injection`, `other_banks` count against the asker; `off_topic`
   * does not. The builtin planner does not set it: its refusals are keyword matches ("drop in
   * spending" is refused as destructive), which must not strike anyone.
   */
  refusal?: string;
  /** Which planner produced it: "builtin", "gemini", "openai". */
  planner: string;
  provider: string;
  model: string | null;
  /** Planner-specific structured frame (the builtin planner's parse), kept for follow-ups. */
  frame?: unknown;
  /** Token accounting when an LLM was called. */
  usage?: { input_tokens: number; output_tokens: number };
  /** sha256 of the prompt, for LLM planners. */
  prompt_hash?: string;
}

export interface Planner {
  readonly name: string;
  plan(request: PlanRequest): Promise<PlannedQuery>;
}

/** The part of a pino logger planners use. */
export interface PlannerLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  /** For what an operator must fix (a provider refusing our key or request); `warn` when absent. */
  error?(obj: object, msg: string): void;
}
