import { z } from 'zod';

/**
 * What a planner (builtin or LLM) returns. LLMs are asked for exactly this
 * shape as structured output; more optional fields are tolerated.
 */
export const planKindSchema = z.enum(['sql', 'clarify', 'chat', 'refuse']);
export type PlanKind = z.infer<typeof planKindSchema>;

export const modelPlanSchema = z
  .object({
    kind: planKindSchema,
    sql: z.string().optional(),
    explanation: z.string().optional(),
    message: z.string().optional(),
  })
  .passthrough();

export type ModelPlan = z.infer<typeof modelPlanSchema>;

export const languageSchema = z.enum(['en', 'ru', 'kk']);
export type Language = z.infer<typeof languageSchema>;
