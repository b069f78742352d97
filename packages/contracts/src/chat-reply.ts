import { z } from 'zod';
import { languageSchema } from './plan.js';

/**
 * The words a job answered with, next to (or instead of) a data result:
 * - `chat`: a conversational message (a greeting, thanks, "help", "what can you do?") answered
 *   in words, in the asker's language; there is no result;
 * - `answer`: a data question asked in a chat, answered by the query pipeline: `message` is the
 *   result's headline, and the result is next to it.
 */
export const chatReplySchema = z.object({
  kind: z.enum(['chat', 'answer']),
  message: z.string(),
  language: languageSchema,
  /** Who wrote the words: `builtin` (deterministic), a model's provider (`gemini`, `openai`), or `builtin-fallback` when the model failed. */
  provider: z.string(),
  model: z.string().nullable(),
  /** True when the words were streamed first, token by token, as `delta` events. */
  streamed: z.boolean(),
});
export type ChatReply = z.infer<typeof chatReplySchema>;
