import type { Redis } from 'ioredis';

/** How often a running job looks for its cancel flag between stages' checkpoints. */
export const CANCEL_POLL_MS = 250;

export interface CancelWatch {
  /** Aborted once the job's cancel flag is set. */
  signal: AbortSignal;
  stop(): void;
}

/**
 * Polls a job's cancel flag (set by `POST /api/queries/:id/cancel`) while it
 * runs, and aborts `signal` when it appears: the model call in flight is
 * aborted then, instead of the job noticing only at its next stage. A Redis
 * error skips one look; the stage checkpoints still see the flag.
 */
export function watchCancel(redis: Redis, cancelKey: string, intervalMs = CANCEL_POLL_MS): CancelWatch {
  const controller = new AbortController();
  let looking = false;
  const timer = setInterval(() => {
    if (looking || controller.signal.aborted) return;
    looking = true;
    redis
      .exists(cancelKey)
      .then((n) => {
        if (n === 1) controller.abort();
      })
      .catch(() => {})
      .finally(() => {
        looking = false;
      });
  }, intervalMs);
  timer.unref();
  return {
    signal: controller.signal,
    stop: () => clearInterval(timer),
  };
}
