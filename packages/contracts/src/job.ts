import { z } from 'zod';
import { abuseWarningSchema } from './abuse.js';
import { chatReplySchema } from './chat-reply.js';
import { queryResultSchema } from './result.js';

export const JOB_STATUSES = ['queued', 'active', 'completed', 'failed', 'cancelled'] as const;
export const jobStatusSchema = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const STAGES = ['understanding', 'planning', 'guarding', 'executing', 'shaping'] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

export const TERMINAL_STATUSES: readonly JobStatus[] = ['completed', 'failed', 'cancelled'];
export const isTerminal = (s: JobStatus): boolean => TERMINAL_STATUSES.includes(s);

export const jobErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  retryable: z.boolean(),
  details: z.unknown().optional(),
  /** Present when the question counted as abuse against its asker (see abuseWarningSchema). */
  warning: abuseWarningSchema.optional(),
});
export type JobError = z.infer<typeof jobErrorSchema>;

/** What `GET /api/queries/:id` returns and what the SSE `snapshot` event carries. */
export const jobSnapshotSchema = z.object({
  id: z.string(),
  status: jobStatusSchema,
  stage: stageSchema.nullable(),
  question: z.string(),
  session_id: z.string().nullable(),
  attempt: z.number().int(),
  created_at: z.string(),
  finished_at: z.string().nullable().optional(),
  result: queryResultSchema.optional(),
  /** The words the job answered with: a chat reply, or a chat's data answer in words (see chatReplySchema). */
  reply: chatReplySchema.optional(),
  /** While a model streams a chat reply: the text so far (the `delta` events up to the snapshot). */
  reply_so_far: z.string().optional(),
  error: jobErrorSchema.optional(),
});
export type JobSnapshot = z.infer<typeof jobSnapshotSchema>;

/** Events as stored in the per-job log in Redis and sent over SSE. */
export const jobEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('queued'),
    at: z.string(),
    /** Tenant that asked; only that tenant (or admin) may read the job. */
    tenant: z.string(),
    question: z.string(),
    session_id: z.string().nullable(),
  }),
  z.object({
    type: z.literal('stage'),
    at: z.string(),
    stage: stageSchema,
    attempt: z.number().int(),
    detail: z.string().optional(),
  }),
  z.object({ type: z.literal('plan'), at: z.string(), sql: z.string(), planner: z.string() }),
  /**
   * A chat reply, streamed: the next piece of the reply's text, in order. Sent only while a model
   * streams it; the `completed` event's `reply` is the whole text (and wins when a model failed
   * mid-stream and the builtin reply took over).
   */
  z.object({ type: z.literal('delta'), at: z.string(), text: z.string() }),
  /** `result` for a data answer; `reply` for a conversational message (no result), or both for a chat's data answer. */
  z.object({
    type: z.literal('completed'),
    at: z.string(),
    result: queryResultSchema.optional(),
    reply: chatReplySchema.optional(),
  }),
  z.object({ type: z.literal('failed'), at: z.string(), error: jobErrorSchema }),
  z.object({ type: z.literal('cancelled'), at: z.string() }),
]);
export type JobEvent = z.infer<typeof jobEventSchema>;

/** Folds a job's event log into its current snapshot. */
export function foldJobEvents(id: string, events: readonly JobEvent[]): JobSnapshot | null {
  const first = events[0];
  if (first?.type !== 'queued') return null;
  const snap: JobSnapshot = {
    id,
    status: 'queued',
    stage: null,
    question: first.question,
    session_id: first.session_id,
    attempt: 0,
    created_at: first.at,
    finished_at: null,
  };
  for (const ev of events.slice(1)) {
    if (snap.status !== 'queued' && snap.status !== 'active') break;
    switch (ev.type) {
      case 'stage':
        snap.status = 'active';
        snap.stage = ev.stage;
        snap.attempt = ev.attempt;
        break;
      case 'completed':
        snap.status = 'completed';
        snap.finished_at = ev.at;
        if (ev.result) snap.result = ev.result;
        if (ev.reply) snap.reply = ev.reply;
        break;
      case 'failed':
        snap.status = 'failed';
        snap.finished_at = ev.at;
        snap.error = ev.error;
        break;
      case 'cancelled':
        snap.status = 'cancelled';
        snap.finished_at = ev.at;
        break;
      case 'delta':
        snap.reply_so_far = (snap.reply_so_far ?? '') + ev.text;
        break;
      default:
        break;
    }
  }
  // A finished job's words are its reply (or its error); the streamed text was only news.
  if (isTerminal(snap.status)) delete snap.reply_so_far;
  return snap;
}
