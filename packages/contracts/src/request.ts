import { z } from 'zod';

export const QUESTION_MAX_CHARS = 2000;

/**
 * Text we will store: PostgreSQL refuses a NUL character in text, and a lone UTF-16 surrogate is
 * not valid Unicode, so either would be accepted here and then lost when history is written.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const noNul = (field: string) =>
  [
    (text: string) => !text.includes('\u0000'),
    { error: `${field} must not contain NUL characters` },
  ] as const;
const wellFormed = (field: string) =>
  [
    (text: string) => !LONE_SURROGATE.test(text),
    { error: `${field} must be valid Unicode (no lone surrogates)` },
  ] as const;

/**
 * Text a person typed that we will store and send on (a question, a chat message): trimmed,
 * 1–`max` characters, no NUL, no lone surrogate; errors name `field`.
 */
export const storableTextSchema = (field: string, max: number) =>
  z
    .string({ error: `${field} must be a string` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` })
    .refine(...noNul(field))
    .refine(...wellFormed(field));

/** Body of `POST /api/queries`. */
export const questionRequestSchema = z
  .object({
    question: z
      .string({ error: 'question must be a string' })
      .trim()
      .min(1, { error: 'question must not be empty' })
      .max(QUESTION_MAX_CHARS, { error: `question must be at most ${QUESTION_MAX_CHARS} characters` })
      .refine(...noNul('question'))
      .refine(...wellFormed('question')),
    session_id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'session_id must be 1-64 letters, digits, "-" or "_"' })
      .optional(),
    options: z
      .object({
        planner: z.enum(['auto', 'builtin', 'llm']).default('auto'),
        max_rows: z.number().int().min(1).max(1000).optional(),
        /** false: neither the plan cache nor the result cache is read or written, and no running job is shared. */
        use_cache: z.boolean({ error: 'use_cache must be true or false' }).optional(),
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
    comment: z
      .string()
      .trim()
      .max(2000, { error: 'comment must be at most 2000 characters' })
      .refine(...noNul('comment'))
      .refine(...wellFormed('comment'))
      .optional(),
  })
  .strict();
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;
