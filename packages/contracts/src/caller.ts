import { z } from 'zod';
import { ISSUER_BANKS } from './transactions.js';

/** The tenant of an administrator: every bank. */
export const ALL_BANKS = '*';

/** Whose rows a caller may see: one issuer bank, or `*` (all banks, administrators only). */
export const tenantSchema = z.union([z.enum(ISSUER_BANKS), z.literal(ALL_BANKS)]);
export type Tenant = z.infer<typeof tenantSchema>;

export const callerRoleSchema = z.enum(['analyst', 'admin']);
export type CallerRole = z.infer<typeof callerRoleSchema>;

/**
 * Zones already found valid: building an Intl.DateTimeFormat costs tens of microseconds, and
 * every authenticated request checks its caller's zone. Bounded, since zones come from tokens
 * (the IANA list has about 600, but case variants are accepted too).
 */
const knownTimeZones = new Set<string>();
const KNOWN_TIME_ZONES_MAX = 1_000;

/** Whether `zone` is an IANA time zone this runtime (and so PostgreSQL's list, in practice) knows. */
export function isTimeZone(zone: string): boolean {
  if (knownTimeZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return false;
  }
  if (knownTimeZones.size < KNOWN_TIME_ZONES_MAX) knownTimeZones.add(zone);
  return true;
}

/**
 * Who is asking: built by the API from a verified token, carried unchanged in
 * the job, validated again by the worker, and handed to the executor, which
 * turns `tenant` and `time_zone` into `SET LOCAL` settings. Nothing a caller
 * types or a model writes ever fills one of these fields.
 */
export const callerSchema = z
  .object({
    /** The token's `sub`. */
    user_id: z
      .string()
      .min(1)
      .max(256)
      .regex(/^[^\p{Cc}]+$/u, { error: 'user_id must not contain control characters' }),
    tenant: tenantSchema,
    role: callerRoleSchema,
    /** IANA zone the question's SQL runs in ("today" means today there). */
    time_zone: z.string().min(1).max(64).refine(isTimeZone, { error: 'time_zone must be an IANA time zone' }),
    /** The HTTP request that submitted the job (X-Request-Id), for following it through the logs. */
    request_id: z.string().min(1).max(255),
  })
  .strict()
  .refine((c) => (c.role === 'admin') === (c.tenant === ALL_BANKS), {
    error: 'an admin has tenant "*", and only an admin has it',
    path: ['tenant'],
  });
export type Caller = z.infer<typeof callerSchema>;

/** Whether the caller may see what `tenant` owns (its own bank's jobs; an admin sees every bank's). */
export function canSeeTenant(caller: Pick<Caller, 'tenant'>, tenant: string): boolean {
  return caller.tenant === ALL_BANKS || caller.tenant === tenant;
}
