import type { Caller, Language } from '@pa/contracts';
import type { LlmProviderError, OnLlmCall } from '@pa/planner';

/** An earlier turn of the conversation: what the person wrote and what they got. */
export interface ChatHistoryTurn {
  message: string;
  reply: string;
}

export interface ChatReplyRequest {
  /** The conversational message (a greeting, thanks, "help", "what can you do?"). */
  message: string;
  /** The language to reply in (the message's). */
  language: Language;
  /** Earlier turns of the session, oldest first. */
  history: ChatHistoryTurn[];
  /** The deterministic reply in that language: the answer when no model is configured or the model fails. */
  fallback: string;
  /** Labels LLM accounting; never put in a prompt. */
  caller?: Pick<Caller, 'tenant'>;
  /** Aborted when the job is cancelled: the stream in flight is aborted. */
  signal?: AbortSignal;
  /** Receives each piece of the reply as the model streams it, in order. */
  onDelta?: (text: string) => Promise<void> | void;
  /** Receives a record of every request made to the provider (retries included). */
  onLlmCall?: OnLlmCall;
}

export interface ChatReplyText {
  text: string;
  /** `builtin`, the model's provider, or `builtin-fallback` when the model failed. */
  provider: string;
  model: string | null;
  /** True when the text reached `onDelta` piece by piece (the model streamed it). */
  streamed: boolean;
  usage: { input_tokens: number; output_tokens: number } | null;
}

/** Writes the words of a conversational turn. */
export interface ChatResponder {
  readonly provider: string;
  readonly model: string | null;
  reply(request: ChatReplyRequest): Promise<ChatReplyText>;
}

/** One streamed request to a model: system instructions, the conversation, the pieces as they come. */
export interface ChatStreamRequest {
  system: string;
  messages: Array<{ role: 'user' | 'assistant'; text: string }>;
  signal: AbortSignal;
  onText: (text: string) => Promise<void> | void;
}

/** The provider-specific part of a streaming chat reply: one streamed HTTP call through the vendor's SDK. */
export interface ChatTransport {
  provider: string;
  model: string;
  /** Streams the reply to `onText`; resolves with the token usage the provider reported. */
  stream(
    request: ChatStreamRequest,
  ): Promise<{ usage: { input_tokens: number; output_tokens: number } | null }>;
  /** Classifies whatever `stream` threw (status, Retry-After, network, ...). */
  classify(err: unknown): LlmProviderError;
}
