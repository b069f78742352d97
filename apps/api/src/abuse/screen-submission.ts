import type { AbuseWarning, Caller } from '@pa/contracts';
import type { AppDeps } from '../env.js';

/**
 * The submission's own check for prompt injection (the worker checks again and
 * refuses the job before planning; the question counts once). A Redis failure
 * here costs the warning in the 202, not the submission: the worker records it.
 */
export async function screenSubmission(
  deps: AppDeps,
  id: string,
  caller: Caller,
  question: string,
): Promise<AbuseWarning | null> {
  try {
    return await deps.abuse.screenQuestion({ id, caller, question });
  } catch (err) {
    deps.logger.warn({ err, job_id: id, request_id: caller.request_id }, 'abuse screening failed');
    return null;
  }
}
