import { z } from 'zod';

/**
 * What made a question count against its asker:
 * - `prompt_injection`: the question itself reads as an attack on the model or the data
 *   (instructions to the model, role-play jailbreaks, system-prompt extraction, card numbers,
 *   other banks' data, SQL payloads);
 * - `planner_refusal`: a planner refused it as destructive or as asking for personal data;
 * - `unsafe_sql`: the SQL a planner wrote for it was refused by the guard as a write, a
 *   read of personal data or a reach outside the tenant's data.
 */
export const violationKindSchema = z.enum(['prompt_injection', 'planner_refusal', 'unsafe_sql']);
export type ViolationKind = z.infer<typeof violationKindSchema>;

/**
 * Sent with a submission (202), a job's result and a job's error when the question counted
 * as a violation: what happened, in the question's language, and how close the asker is to a ban.
 */
export const abuseWarningSchema = z.object({
  kind: violationKindSchema,
  /** The class of attack, e.g. `instruction_override`, `sql_injection`, `destructive`. */
  category: z.string(),
  message: z.string(),
  /** Violations in the current window, this one included. */
  violations: z.number().int().min(1),
  /** Violations in the window that bring a ban (0: bans are off, violations are only recorded). */
  threshold: z.number().int().min(0),
  window_seconds: z.number().int().min(1),
  /** When the ban this violation brought ends; null when it brought none. */
  banned_until: z.iso.datetime().nullable(),
});
export type AbuseWarning = z.infer<typeof abuseWarningSchema>;

/** One recorded violation, as admins list them. */
export const violationRecordSchema = z.object({
  /** The job the question became (or the request id when no job was made). */
  id: z.string(),
  tenant: z.string(),
  user_id: z.string(),
  kind: violationKindSchema,
  category: z.string(),
  /** The start of the question, for the reviewer. */
  question: z.string(),
  at: z.iso.datetime(),
});
export type ViolationRecord = z.infer<typeof violationRecordSchema>;

/** An active ban, as admins list them. */
export const banRecordSchema = z.object({
  tenant: z.string(),
  user_id: z.string(),
  banned_until: z.iso.datetime(),
  /** The violation that brought the ban. */
  reason: violationRecordSchema.nullable(),
});
export type BanRecord = z.infer<typeof banRecordSchema>;

/** Body of `POST /api/admin/bans/lift`: whose ban to lift. */
export const liftBanRequestSchema = z
  .object({
    tenant: z.string().min(1).max(64),
    user_id: z.string().min(1).max(256),
  })
  .strict();
export type LiftBanRequest = z.infer<typeof liftBanRequestSchema>;
