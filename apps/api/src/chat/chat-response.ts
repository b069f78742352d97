import {
  type ChatAccepted,
  type ChatResponse,
  type Presentation,
  presentationQueryString,
} from '@pa/contracts';
import { ApiError } from '../errors.js';
import type { SubmittedQuestion } from '../questions/submit-question.js';
import type { TerminalEvent } from '../questions/wait-for-outcome.js';
import { toSeedQueryResponse } from '../seed-compat/seed-query-response.js';

export interface ChatTurnContext {
  submitted: SubmittedQuestion;
  sessionId: string;
  newSession: boolean;
  presentation: Presentation;
  /** Milliseconds since the request arrived. */
  elapsedMs: number;
}

/** The job's links, keeping the presentation asked for, so that following them shows the answer the same way. */
export function chatLinks(id: string, presentation: Presentation) {
  const self = `/api/queries/${id}`;
  const query = presentationQueryString(presentation);
  return { self: `${self}${query}`, events: `${self}/events${query}` };
}

/** 202: the reply is not there within wait_ms; the job goes on. */
export function chatAccepted(turn: ChatTurnContext): ChatAccepted {
  const { submitted } = turn;
  return {
    id: submitted.id,
    status: submitted.status,
    session_id: turn.sessionId,
    new_session: turn.newSession,
    links: chatLinks(submitted.id, turn.presentation),
    ...(submitted.shared ? { shared: true as const } : {}),
    ...(submitted.warning ? { warning: submitted.warning } : {}),
  };
}

/**
 * A chat turn's outcome in the chat's shape: the words (`message`), what the turn was taken for
 * (`kind`), and for a data question its answer as POST /api/query gives it. A failure a retry may
 * fix is a 503 and a cancelled turn a 409, in the error envelope (the job's links in `details`).
 */
export function chatResponse(outcome: TerminalEvent, turn: ChatTurnContext): ChatResponse {
  const { submitted } = turn;
  const base = {
    session_id: turn.sessionId,
    response_time_ms: Math.max(0, Math.round(turn.elapsedMs)),
    new_session: turn.newSession,
    id: submitted.id,
    links: chatLinks(submitted.id, turn.presentation),
    ...(submitted.warning ? { warning: submitted.warning } : {}),
  };
  switch (outcome.type) {
    case 'completed': {
      const { result, reply } = outcome;
      if (result) {
        return {
          ...base,
          kind: 'answer',
          message: reply?.message ?? result.analysis.headline,
          language: result.language,
          answer: toSeedQueryResponse(result, turn.presentation),
        };
      }
      return {
        ...base,
        kind: 'chat',
        message: reply?.message ?? '',
        ...(reply ? { language: reply.language } : {}),
      };
    }
    case 'failed': {
      const { error } = outcome;
      if (error.retryable) {
        throw new ApiError('unavailable', error.message, { ...chatAccepted(turn), error });
      }
      return {
        ...base,
        kind: 'unanswered',
        message: error.message,
        error,
        ...(error.warning && !submitted.warning ? { warning: error.warning } : {}),
      };
    }
    default:
      throw new ApiError('conflict', 'The message was cancelled before it was answered.', chatAccepted(turn));
  }
}
