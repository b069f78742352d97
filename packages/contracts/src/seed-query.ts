import { z } from 'zod';
import { QUESTION_MAX_CHARS } from './request.js';

/**
 * The synchronous `POST /api/query` of the system we replace (a Rust
 * service), kept field for field so that its clients keep working: the
 * request fields and the response shape below are that contract, nothing
 * more. Optional fields also take `null` (the old service's clients sent
 * `None` as null).
 */
export const SEED_WAIT_DEFAULT_MS = 30_000;
export const SEED_WAIT_MAX_MS = 120_000;

export const seedOutputTypeSchema = z.enum(['auto', 'table', 'chart', 'json']);
export type SeedOutputType = z.infer<typeof seedOutputTypeSchema>;

const flag = (name: string, fallback: boolean) =>
  z
    .boolean({ error: `${name} must be true or false` })
    .nullish()
    .transform((v) => v ?? fallback);

export const seedQueryRequestSchema = z
  .object({
    question: z
      .string({ error: 'question must be a string' })
      .trim()
      .min(1, { error: 'question must not be empty' })
      .max(QUESTION_MAX_CHARS, { error: `question must be at most ${QUESTION_MAX_CHARS} characters` }),
    include_analysis: flag('include_analysis', true),
    use_cache: flag('use_cache', true),
    include_sql: flag('include_sql', true),
    /**
     * Accepted for compatibility and ignored: who asks is the verified token's
     * subject, always. A body can never choose the user or the bank.
     */
    user_id: z.string().max(256).nullish(),
    session_id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'session_id must be 1-64 letters, digits, "-" or "_"' })
      .nullish(),
    output_type: seedOutputTypeSchema.nullish().transform((v) => v ?? 'auto'),
    /** Ours, not the old service's: how long to wait for the answer before answering 202 with the job's links. */
    wait_ms: z
      .number({ error: 'wait_ms must be a number' })
      .int({ error: 'wait_ms must be a whole number' })
      .min(0, { error: `wait_ms must be 0-${SEED_WAIT_MAX_MS}` })
      .max(SEED_WAIT_MAX_MS, { error: `wait_ms must be 0-${SEED_WAIT_MAX_MS}` })
      .nullish()
      .transform((v) => v ?? SEED_WAIT_DEFAULT_MS),
  })
  .strict();
export type SeedQueryRequest = z.infer<typeof seedQueryRequestSchema>;

export const seedSignificanceSchema = z.enum(['High', 'Medium', 'Low']);
export type SeedSignificance = z.infer<typeof seedSignificanceSchema>;

/** Chart.js-shaped chart of the old service. */
export const seedChartDataSchema = z
  .object({
    chart_type: z.string(),
    labels: z.array(z.string()),
    datasets: z.array(z.object({ label: z.string(), data: z.array(z.number().nullable()) }).strict()),
    title: z.string().optional(),
  })
  .strict();

export const seedAnalysisSchema = z
  .object({
    headline: z.string(),
    insights: z.array(
      z.object({ title: z.string(), description: z.string(), significance: seedSignificanceSchema }).strict(),
    ),
    explanation: z.string(),
    suggested_questions: z.array(z.string()),
    chart_type: z.string(),
  })
  .strict();

/** The old service's answer, exactly: `sql` is absent when include_sql is false, `analysis` when include_analysis is. */
export const seedQueryResponseSchema = z
  .object({
    question: z.string(),
    sql: z.string().optional(),
    /** Rows as objects keyed by column name. */
    data: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
    /** Markdown table ("" when output_type is json, or for a text response). */
    table: z.string(),
    /** null when output_type is table or json, when no chart fits the rows, or for a text response. */
    chart_data: seedChartDataSchema.nullable(),
    row_count: z.number().int().min(0),
    execution_time_ms: z.number().int().min(0),
    analysis: seedAnalysisSchema.optional(),
    cached: z.boolean(),
    /** For messages that are not data questions (a greeting, a refusal, a question it cannot answer); null otherwise. */
    text_response: z.string().nullable(),
  })
  .strict();
export type SeedQueryResponse = z.infer<typeof seedQueryResponseSchema>;
