import { ALL_BANKS, type Caller, callerSchema, ISSUER_BANKS, isTimeZone } from '@pa/contracts';
import type { JWTPayload } from 'hono/utils/jwt/types';
import { TokenRejected } from './token-verifier.js';

const BANKS = new Set<string>(ISSUER_BANKS);

/**
 * The Caller a verified token stands for: `sub` is the user; `role: "admin"`
 * sees every bank (tenant `*`); anyone else must name one issuer bank in
 * `bank`. An optional `time_zone` claim sets the session zone.
 */
export function callerFromClaims(
  claims: JWTPayload,
  request: { requestId: string; defaultTimeZone: string },
): Caller {
  const { sub, role, bank, time_zone: zone } = claims as Record<string, unknown>;
  if (typeof sub !== 'string' || sub.length === 0) throw new TokenRejected('the token names no user (sub)');
  if (role !== undefined && role !== 'admin' && role !== 'analyst') {
    throw new TokenRejected('the token role must be "analyst" or "admin"');
  }
  if (role !== 'admin' && (typeof bank !== 'string' || !BANKS.has(bank))) {
    throw new TokenRejected(
      `the token must name one issuer bank (bank: ${ISSUER_BANKS.join(', ')}) or role "admin"`,
    );
  }
  if (zone !== undefined && (typeof zone !== 'string' || !isTimeZone(zone))) {
    throw new TokenRejected('the token time_zone is not an IANA time zone');
  }
  const parsed = callerSchema.safeParse({
    user_id: sub,
    tenant: role === 'admin' ? ALL_BANKS : bank,
    role: role === 'admin' ? 'admin' : 'analyst',
    time_zone: zone ?? request.defaultTimeZone,
    request_id: request.requestId,
  });
  if (!parsed.success)
    throw new TokenRejected(`the token claims are invalid (${parsed.error.issues[0]?.message})`);
  return parsed.data;
}
