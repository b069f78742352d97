import type { ChatReply, Language } from '@pa/contracts';
import { newHistoryRecord, upsertHistory } from '@pa/db';
import type { Logger } from '@pa/observability';
import { PipelineError } from '@pa/pipeline';
import { type LlmCallRecord, tokensSpent } from '@pa/planner';
import { detectLanguage, understandQuestion } from '@pa/planner-builtin';
import { createBuiltinChatResponder } from '@pa/planner-llm';
import type { ChatTurn, QuestionJobData } from '@pa/queue';
import type { ProcessedJob, ProcessorDeps } from './process-question.js';

/** A conversational message as the builtin planner understood it: its deterministic reply and language. */
export interface Conversational {
  message: string;
  language: Language;
}

/**
 * Whether the message is conversational — a greeting, thanks, "help", "what can you do?" in
 * English, Russian or Kazakh — as the builtin planner understands it (no model is asked to
 * decide this): its localized reply, or null for anything else, which the query pipeline answers.
 */
export function conversationalMessage(
  data: QuestionJobData,
  previous: Array<{ question: string; sql: string | null; frame?: unknown }>,
  now: Date,
): Conversational | null {
  const understood = understandQuestion(data.question, { now, timeZone: data.caller.time_zone, previous });
  if (understood.kind !== 'chat') return null;
  // The builtin reply is written in the language the builtin detects, so the two always agree.
  return { message: understood.message, language: detectLanguage(data.question) };
}

export interface ConversationTurn {
  jobId: string;
  attempt: number;
  data: QuestionJobData;
  understood: Conversational;
  /** The session's turns so far (history for the model). */
  turns: ChatTurn[];
  signal: AbortSignal;
  log: Logger;
  startedAt: number;
}

/**
 * Answers a conversational message as a completed job: the words come from the configured
 * responder (a model's reply streamed as `delta` events, or the builtin reply), then the audit
 * row, the session's new turn and the `completed` event with the reply (and no result). A greeting
 * is an answered turn, never a failed job; only a cancel ends it otherwise.
 */
export async function answerConversation(deps: ProcessorDeps, turn: ConversationTurn): Promise<ProcessedJob> {
  const { jobId, attempt, data, understood } = turn;
  await deps.events.append(jobId, {
    type: 'stage',
    at: new Date().toISOString(),
    stage: 'understanding',
    attempt,
  });
  const responder = deps.chatFor?.(data.options) ?? createBuiltinChatResponder();
  const llmCalls: LlmCallRecord[] = [];
  const started = performance.now();
  let written: Awaited<ReturnType<typeof responder.reply>>;
  try {
    written = await responder.reply({
      message: data.question,
      language: understood.language,
      history: turn.turns.map((t) => ({ message: t.message, reply: t.reply })),
      fallback: understood.message,
      caller: data.caller,
      signal: turn.signal,
      onDelta: async (text) => {
        await deps.events.append(jobId, { type: 'delta', at: new Date().toISOString(), text });
      },
      onLlmCall: (call) => llmCalls.push(call),
    });
  } catch (err) {
    if (turn.signal.aborted)
      throw new PipelineError('cancelled', 'The question was cancelled.', false, { llmCalls });
    throw err;
  }
  const timings = { understanding: Math.round((performance.now() - started) * 100) / 100 };
  const reply: ChatReply = {
    kind: 'chat',
    message: written.text,
    language: understood.language,
    provider: written.provider,
    model: written.model,
    streamed: written.streamed,
  };
  const finishedAt = new Date();
  await upsertHistory(
    deps.appDb,
    newHistoryRecord(jobId, data, {
      attempts: attempt,
      language: reply.language,
      planner: 'chat',
      provider: reply.provider,
      model: reply.model,
      timings,
      tokensIn: written.usage?.input_tokens ?? null,
      tokensOut: written.usage?.output_tokens ?? null,
      llmCalls,
      status: 'completed',
      error: null,
      reply,
      finishedAt,
    }),
  );
  await recordTurn(
    deps,
    data,
    {
      job_id: jobId,
      at: finishedAt.toISOString(),
      message: data.question,
      reply: reply.message,
      kind: 'chat',
      language: reply.language,
      sql: null,
    },
    turn.log,
  );
  await deps.events.append(
    jobId,
    { type: 'completed', at: finishedAt.toISOString(), reply },
    { tenant: data.caller.tenant, tokens: tokensSpent(llmCalls) },
  );
  deps.metrics.jobs.inc({ outcome: 'completed' });
  deps.metrics.jobSeconds.observe({ outcome: 'completed' }, (performance.now() - turn.startedAt) / 1000);
  turn.log.info({ provider: reply.provider, streamed: reply.streamed }, 'conversational message answered');
  return { status: 'completed', row_count: 0 };
}

/**
 * Adds an answered turn to the asker's session (when the job has one), before the `completed`
 * event goes out, so a follow-up sent the moment the answer arrives already sees it. A Redis
 * failure here costs the follow-up its context, not the answer.
 */
export async function recordTurn(
  deps: ProcessorDeps,
  data: QuestionJobData,
  turn: ChatTurn,
  log: Logger,
): Promise<void> {
  if (!data.session_id || !deps.sessions) return;
  try {
    await deps.sessions.append(data.caller, data.session_id, turn);
  } catch (err) {
    log.warn({ err, session_id: data.session_id }, 'could not record the turn in its chat session');
  }
}
