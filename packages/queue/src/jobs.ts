import { callerSchema, questionRequestSchema } from '@pa/contracts';
import { z } from 'zod';

/**
 * What the API puts in a question job, and what the worker checks before it
 * runs one. Who asks (`caller`) comes from the verified token, never from the body.
 */
export const questionJobSchema = z
  .object({
    question: questionRequestSchema.shape.question,
    session_id: z.string().max(64).nullable(),
    options: questionRequestSchema.shape.options.unwrap().nullable(),
    caller: callerSchema,
    created_at: z.iso.datetime(),
    /**
     * `chat` (POST /api/chat): a conversational message gets a reply streamed by the model when
     * one is configured, and a data question's answer carries its headline as the reply. Absent
     * for questions (POST /api/queries, POST /api/query), and in jobs queued before chat existed.
     */
    mode: z.enum(['question', 'chat']).optional(),
  })
  .strict();
export type QuestionJobData = z.infer<typeof questionJobSchema>;

export interface QueueNames {
  prefix: string;
  queue: string;
}

/** Redis keys of our own, next to BullMQ's under the same prefix. */
export const keys = {
  events: (n: QueueNames, jobId: string) => `${n.prefix}:${n.queue}:events:${jobId}`,
  notify: (n: QueueNames, jobId: string) => `${n.prefix}:${n.queue}:notify:${jobId}`,
  cancel: (n: QueueNames, jobId: string) => `${n.prefix}:${n.queue}:cancel:${jobId}`,
  idempotency: (n: QueueNames, key: string) => `${n.prefix}:${n.queue}:idem:${key}`,
  /** A job's guarded plan that cost model calls, for the job's later runs (JobPlanStore). */
  plan: (n: QueueNames, jobId: string) => `${n.prefix}:${n.queue}:plan:${jobId}`,
  /** Counter of terminal events ever appended (any job): "has any question ended since I last looked?" */
  ended: (n: QueueNames) => `${n.prefix}:${n.queue}:ended`,
  /** Sorted set: a bank's questions in flight, job id → enqueue time (ms). Taken by the API, freed by the terminal event. */
  inFlight: (n: QueueNames, tenant: string) => `${n.prefix}:${n.queue}:inflight:${tenant}`,
  /** Hash: LLM tokens spent on one UTC day (`YYYY-MM-DD`), tenant → tokens. */
  llmSpend: (n: QueueNames, day: string) => `${n.prefix}:${n.queue}:llm-spend:${day}`,
};

/** A bank's LLM spend per day is kept this long, so admins can look a week back. */
export const LLM_SPEND_RETENTION_SECONDS = 8 * 86_400;

/** The UTC day of a moment, `YYYY-MM-DD`: budgets reset at 00:00 UTC. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);
