import type { JobSnapshot } from '@pa/contracts';
import { ApiFailure } from './api-client.js';

/** What `pa` exits with; scripts branch on these (README, "Command-line client"). */
export const EXIT = {
  /** Answered (or, for cancel / history / status, done what was asked). */
  ok: 0,
  /** Anything else: the API unreachable, a bad argument, a failure a retry may fix, a cancelled job. */
  failure: 1,
  /** The question was refused or cannot be answered as asked. */
  cannotAnswer: 2,
  /** No token, or the API refused it (401, 403). */
  authentication: 3,
  /** Rate-limited (429) or banned for abuse (403 `banned`). */
  limited: 4,
  /** Interrupted with Ctrl-C (128 + SIGINT). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit code for an error the API answered with (or any other error). */
export function exitCodeForError(err: unknown): ExitCode {
  if (!(err instanceof ApiFailure)) return EXIT.failure;
  if (err.status === 429 || err.code === 'banned') return EXIT.limited;
  if (err.status === 401 || err.status === 403) return EXIT.authentication;
  return EXIT.failure;
}

/**
 * The exit code for a job as it stands: answered 0; failed for good (refused, asked back,
 * unanswerable, refused by the guard, too costly…) 2; failed in a way a retry may fix, or
 * cancelled, 1; still queued or running 0 (`pa status` reported it).
 */
export function exitCodeForJob(job: Pick<JobSnapshot, 'status' | 'error'>): ExitCode {
  switch (job.status) {
    case 'completed':
      return EXIT.ok;
    case 'failed':
      return job.error?.retryable || job.error?.code === 'cancelled' ? EXIT.failure : EXIT.cannotAnswer;
    case 'cancelled':
      return EXIT.failure;
    default:
      return EXIT.ok;
  }
}
