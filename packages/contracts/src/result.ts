import { z } from 'zod';
import { languageSchema } from './plan.js';

/** How a cache took part in an answer: `bypass` when the question asked for `use_cache: false`. */
export const cacheOutcomeSchema = z.enum(['hit', 'miss', 'bypass']);
export type CacheOutcome = z.infer<typeof cacheOutcomeSchema>;

export const columnSchema = z.object({ name: z.string(), type: z.string() });
export type Column = z.infer<typeof columnSchema>;

export const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type Cell = z.infer<typeof cellSchema>;

export const chartSchema = z.object({
  type: z.enum(['bar', 'line', 'pie', 'none']),
  data: z.object({
    labels: z.array(z.string()),
    datasets: z.array(z.object({ label: z.string(), data: z.array(z.number().nullable()) })),
  }),
});
export type Chart = z.infer<typeof chartSchema>;

export const significanceSchema = z.enum(['High', 'Medium', 'Low']);
export type Significance = z.infer<typeof significanceSchema>;

/** One finding: a short title, a sentence that says it, and how much it matters. */
export const insightSchema = z.object({
  title: z.string(),
  description: z.string(),
  significance: significanceSchema,
});
export type Insight = z.infer<typeof insightSchema>;

/**
 * A result recorded before insights had titles carries plain sentences; read
 * one as its own description, titled by the words before its first colon (or
 * its first words), ranked Medium.
 */
const sentenceInsightSchema = z.string().transform((sentence): Insight => {
  const text = sentence.trim();
  const colon = text.indexOf(':');
  const words = text.split(/\s+/);
  const title =
    colon > 0 && colon <= 60
      ? text.slice(0, colon).trim()
      : words.length > 6
        ? `${words.slice(0, 6).join(' ')}…`
        : text;
  return { title, description: text, significance: 'Medium' };
});

export const analysisSchema = z.object({
  headline: z.string(),
  insights: z.array(z.union([insightSchema, sentenceInsightSchema])),
  explanation: z.string(),
  suggested_questions: z.array(z.string()),
});
export type Analysis = z.infer<typeof analysisSchema>;

/** Milliseconds spent in each pipeline stage. */
export const timingsSchema = z.record(z.string(), z.number());
export type Timings = z.infer<typeof timingsSchema>;

export const queryResultSchema = z.object({
  question: z.string(),
  language: languageSchema,
  sql: z.string(),
  columns: z.array(columnSchema),
  /** Array of arrays, in column order. */
  rows: z.array(z.array(cellSchema)),
  row_count: z.number().int(),
  truncated: z.boolean(),
  table: z.string(),
  chart: chartSchema,
  analysis: analysisSchema,
  timings: timingsSchema,
  planner: z.string(),
  provider: z.string(),
  model: z.string().nullable(),
  /** True when the rows came from the result cache (the executor did not run). */
  cached: z.boolean(),
  /** How the plan cache and the result cache took part (absent in results recorded before the caches). */
  cache: z.object({ plan: cacheOutcomeSchema, result: cacheOutcomeSchema }).optional(),
});
export type QueryResult = z.infer<typeof queryResultSchema>;
