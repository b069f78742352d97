import { z } from 'zod';

export const QUESTION_MAX_CHARS = 2000;

/** Body of `POST /api/queries`. */
export const questionRequestSchema = z
  .object({
    question: z
      .string({ error: 'question must be a string' })
      .trim()
      .min(1, { error: 'question must not be empty' })
      .max(QUESTION_MAX_CHARS, { error: `question must be at most ${QUESTION_MAX_CHARS} characters` }),
    session_id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'session_id must be 1-64 letters, digits, "-" or "_"' })
      .optional(),
    options: z
      .object({
        planner: z.enum(['auto', 'builtin', 'llm']).default('auto'),
        max_rows: z.number().int().min(1).max(1000).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type QuestionRequest = z.infer<typeof questionRequestSchema>;
export type QuestionOptions = NonNullable<QuestionRequest['options']>;

/** Body of `POST /api/queries/:id/feedback`. */
export const feedbackRequestSchema = z
  .object({
    rating: z.enum(['good', 'bad'], { error: 'rating must be "good" or "bad"' }),
    comment: z.string().trim().max(2000, { error: 'comment must be at most 2000 characters' }).optional(),
  })
  .strict();
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;
