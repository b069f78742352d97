import type { JobEvent } from '@pa/contracts';
import type { AppDeps } from '../env.js';

export type TerminalEvent = Extract<JobEvent, { type: 'completed' | 'failed' | 'cancelled' }>;

const isTerminalEvent = (e: JobEvent): e is TerminalEvent =>
  e.type === 'completed' || e.type === 'failed' || e.type === 'cancelled';

/**
 * The job's terminal event, or null after `waitMs` (or when `signal` aborts:
 * the client went away). Follows the job's event log through the process's
 * one event hub, like SSE, so it costs no polling and no extra connection;
 * the log is read from its start, so an event already written is found too.
 */
export async function waitForOutcome(
  deps: AppDeps,
  jobId: string,
  waitMs: number,
  signal?: AbortSignal,
): Promise<TerminalEvent | null> {
  if (waitMs <= 0 || signal?.aborted) return null;
  let following: Promise<() => Promise<void>> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  try {
    return await new Promise<TerminalEvent | null>((resolve, reject) => {
      timer = setTimeout(() => resolve(null), waitMs);
      onAbort = () => resolve(null);
      signal?.addEventListener('abort', onAbort, { once: true });
      following = deps.hub.follow(
        jobId,
        null,
        (events) => {
          const terminal = events.map((e) => e.event).find(isTerminalEvent);
          if (terminal) resolve(terminal);
        },
        reject,
      );
      following.catch(reject);
    });
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    // follow() may still be subscribing when the wait ends: stop following as soon as it has.
    void following?.then((unfollow) => unfollow()).catch(() => {});
  }
}
