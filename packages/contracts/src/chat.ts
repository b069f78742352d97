import { z } from 'zod';
import { abuseWarningSchema } from './abuse.js';
import { jobErrorSchema } from './job.js';
import { languageSchema } from './plan.js';
import { QUESTION_MAX_CHARS, storableTextSchema } from './request.js';
import {
  SEED_WAIT_DEFAULT_MS,
  SEED_WAIT_MAX_MS,
  seedOutputTypeSchema,
  seedQueryResponseSchema,
} from './seed-query.js';

/** A chat session's id: chosen by the client or by the server; it names a session only within one caller. */
export const sessionIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'session_id must be 1-64 letters, digits, "-" or "_"' });

/** A chat message is held to the same limits as a question (it may be one). */
export const CHAT_MESSAGE_MAX_CHARS = QUESTION_MAX_CHARS;

const flag = (name: string) =>
  z
    .boolean({ error: `${name} must be true or false` })
    .optional()
    .default(true);

/**
 * Body of `POST /api/chat` (the replaced service's chat, on the job queue): a message and,
 * optionally, the session it continues. An unknown session id starts a session under that id.
 * `output_type` / `include_sql` / `include_analysis` shape the answer when the message is a data
 * question (see Presentation); `wait_ms` is how long to wait before answering 202 with the links.
 */
export const chatRequestSchema = z
  .object({
    message: storableTextSchema('message', CHAT_MESSAGE_MAX_CHARS),
    session_id: sessionIdSchema.optional(),
    output_type: seedOutputTypeSchema.optional().default('auto'),
    include_sql: flag('include_sql'),
    include_analysis: flag('include_analysis'),
    wait_ms: z
      .number({ error: 'wait_ms must be a number' })
      .int({ error: 'wait_ms must be a whole number' })
      .min(0, { error: `wait_ms must be 0-${SEED_WAIT_MAX_MS}` })
      .max(SEED_WAIT_MAX_MS, { error: `wait_ms must be 0-${SEED_WAIT_MAX_MS}` })
      .optional()
      .default(SEED_WAIT_DEFAULT_MS),
  })
  .strict();
export type ChatRequest = z.infer<typeof chatRequestSchema>;

const jobLinksSchema = z.object({ self: z.string(), events: z.string() });

/**
 * The chat's answer: the old service's `{message, session_id, response_time_ms}`, plus what the
 * turn was taken for (`kind`), the job behind it and, for a data question, the answer in the
 * shape of `POST /api/query`.
 * - `chat`: a conversational message answered in words;
 * - `answer`: a data question, answered (`message` is the headline, `answer` the rest);
 * - `unanswered`: a message that could not be answered (the planner asked back or refused, the
 *   query failed for good, or it was refused as abuse): `message` says why, `error` has the code.
 */
export const chatResponseSchema = z
  .object({
    message: z.string(),
    session_id: sessionIdSchema,
    response_time_ms: z.number().int().min(0),
    kind: z.enum(['chat', 'answer', 'unanswered']),
    /** The language the reply is in (absent for `unanswered`, whose message is in the asker's language anyway). */
    language: languageSchema.optional(),
    /** True when this message started the session (no session_id, or one this caller did not have). */
    new_session: z.boolean(),
    /** The job that answered: GET it, or follow its events (the links keep the presentation asked for). */
    id: z.string(),
    links: jobLinksSchema,
    answer: seedQueryResponseSchema.optional(),
    error: jobErrorSchema.optional(),
    warning: abuseWarningSchema.optional(),
  })
  .strict();
export type ChatResponse = z.infer<typeof chatResponseSchema>;

/** 202 of `POST /api/chat`: not answered within `wait_ms`; the job goes on, its links say where. */
export const chatAcceptedSchema = z
  .object({
    id: z.string(),
    status: z.enum(['queued', 'active', 'completed']),
    session_id: sessionIdSchema,
    new_session: z.boolean(),
    links: jobLinksSchema,
    shared: z.literal(true).optional(),
    warning: abuseWarningSchema.optional(),
  })
  .strict();
export type ChatAccepted = z.infer<typeof chatAcceptedSchema>;

/** Body of `POST /api/context/clear`. */
export const clearContextRequestSchema = z.object({ session_id: sessionIdSchema }).strict();

/** What the session routes answer: the session and how many turns it holds now. */
export const sessionStateSchema = z
  .object({
    session_id: sessionIdSchema,
    /** Turns kept (at most CHAT_SESSION_MAX_TURNS); 0 after a clear. */
    turns: z.number().int().min(0),
    /** Seconds until the session expires unless used again (CHAT_SESSION_TTL_SECONDS after each use). */
    expires_in_seconds: z.number().int(),
  })
  .strict();
export type SessionState = z.infer<typeof sessionStateSchema>;
