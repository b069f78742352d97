import { z } from 'zod';
import { cellSchema, columnSchema } from './result.js';

/**
 * What the plan cache keeps (Redis, shared by every worker): a plan whose SQL
 * the guard accepted and the executor ran. A hit skips the planner (and so the
 * LLM); its SQL still goes through the guard and the executor.
 */
export const cachedPlanSchema = z.object({
  sql: z.string().min(1),
  explanation: z.string().optional(),
  planner: z.string(),
  provider: z.string(),
  model: z.string().nullable(),
  frame: z.unknown().optional(),
});
export type CachedPlan = z.infer<typeof cachedPlanSchema>;

/**
 * A job's plan as it was guarded, kept for the job's own later runs (a BullMQ retry, or another
 * worker taking the job over after a crash) when making it cost model calls: a later run executes
 * it instead of paying the model again, and carries the tokens and calls it cost into the job's
 * audit row (the LLM budget counts them). Only what the model answered can be kept; a call cut off
 * in flight is paid again.
 */
export const jobPlanSchema = cachedPlanSchema.extend({
  prompt_hash: z.string().optional(),
  usage: z.object({ input_tokens: z.number().min(0), output_tokens: z.number().min(0) }).optional(),
  /** The provider requests that made it (the planner's LlmCallRecord objects). */
  llm_calls: z.array(z.record(z.string(), z.unknown())),
});
export type JobPlan = z.infer<typeof jobPlanSchema>;

/** What the result cache keeps: the rows one guarded statement returned in one tenant and time zone. */
export const cachedRowsSchema = z.object({
  columns: z.array(columnSchema),
  rows: z.array(z.array(cellSchema)),
  rowCount: z.number().int().min(0),
  truncated: z.boolean(),
});
export type CachedRows = z.infer<typeof cachedRowsSchema>;

/**
 * What one submission asks, as the answer pointer is keyed (the queue's `putAnswer`; the pipeline's `putAnswer` is handed the same key): everything the
 * API knows before a worker sees the question — the bank and its time zone, the caller's day,
 * the question as the plan cache compares it and the options that change the answer.
 */
export interface AnswerCacheKey {
  question: string;
  tenant: string;
  timeZone: string;
  /** The caller's calendar day in its zone, YYYY-MM-DD (the plan's own key has it too). */
  localDate: string;
  /** `options.planner` as asked (`auto` when absent), not the planner that answered. */
  plannerOption: string;
  /** `options.max_rows` as asked, null when absent. */
  maxRows: number | null;
}
