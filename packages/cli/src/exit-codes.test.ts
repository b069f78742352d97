import { describe, expect, it } from 'vitest';
import { ApiFailure, UnreachableApi } from './api-client.js';
import { EXIT, exitCodeForError, exitCodeForJob } from './exit-codes.js';

const failure = (status: number, code: string) => new ApiFailure(status, code, 'm', undefined, null, null);

describe('exitCodeForError', () => {
  it('maps authentication, rate limits and bans to their own codes', () => {
    expect(exitCodeForError(failure(401, 'unauthorized'))).toBe(EXIT.authentication);
    expect(exitCodeForError(failure(403, 'forbidden'))).toBe(EXIT.authentication);
    expect(exitCodeForError(failure(429, 'rate_limited'))).toBe(EXIT.limited);
    expect(exitCodeForError(failure(403, 'banned'))).toBe(EXIT.limited);
  });

  it('maps everything else to 1', () => {
    expect(exitCodeForError(failure(404, 'not_found'))).toBe(EXIT.failure);
    expect(exitCodeForError(failure(409, 'conflict'))).toBe(EXIT.failure);
    expect(exitCodeForError(failure(503, 'unavailable'))).toBe(EXIT.failure);
    expect(exitCodeForError(new UnreachableApi('http://x', 'connection refused'))).toBe(EXIT.failure);
    expect(exitCodeForError(new Error('boom'))).toBe(EXIT.failure);
  });
});

describe('exitCodeForJob', () => {
  const failed = (code: string, retryable: boolean) =>
    ({ status: 'failed', error: { code, message: 'm', retryable } }) as const;

  it('answered is 0, refused or unanswerable is 2', () => {
    expect(exitCodeForJob({ status: 'completed' })).toBe(0);
    expect(exitCodeForJob(failed('unanswerable', false))).toBe(2);
    expect(exitCodeForJob(failed('refused', false))).toBe(2);
    expect(exitCodeForJob(failed('too_costly', false))).toBe(2);
  });

  it('a failure a retry may fix, and a cancelled job, are 1; a running job is 0', () => {
    expect(exitCodeForJob(failed('unavailable', true))).toBe(1);
    expect(exitCodeForJob(failed('cancelled', false))).toBe(1);
    expect(exitCodeForJob({ status: 'cancelled' })).toBe(1);
    expect(exitCodeForJob({ status: 'active' })).toBe(0);
  });
});
