import type { JobSnapshot } from '@pa/contracts';
import { type ApiClient, ApiFailure } from './api-client.js';
import { followJobEvents } from './follow-job.js';
import { advance, initialProgress, progressText } from './progress-line.js';
import type { Terminal } from './terminal.js';

export type WatchOutcome = { kind: 'ended'; job: JobSnapshot } | { kind: 'interrupted' };

/** What the first Ctrl-C does: cancel the question (the asker's own), or only stop following it. */
export type OnInterrupt = 'cancel' | 'detach';

class Interrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}

async function cancelAfterInterrupt(client: ApiClient, term: Terminal, id: string): Promise<void> {
  // A second Ctrl-C while the cancel request is on its way leaves at once.
  const leave = () => process.exit(130);
  process.once('SIGINT', leave);
  try {
    const outcome = await client.cancelJob(id);
    term.say(
      outcome.status === 'cancelled'
        ? `cancelled ${id}`
        : `cancelling ${id}: it stops at its next stage (pa status ${id})`,
    );
  } catch (err) {
    if (err instanceof ApiFailure && err.status === 409)
      term.say(`${id} had already finished (pa status ${id})`);
    else term.say(`could not cancel ${id}: ${(err as Error).message}`);
  } finally {
    process.off('SIGINT', leave);
  }
}

/**
 * Follows a job over SSE to its end, drawing the progress line on a terminal, and returns the job as
 * `GET /api/queries/:id` then reports it (the authoritative record, result included). Ctrl-C stops
 * following and, with `cancel`, cancels the job.
 */
export async function watchJob(
  client: ApiClient,
  term: Terminal,
  id: string,
  onInterrupt: OnInterrupt,
): Promise<WatchOutcome> {
  const stop = new AbortController();
  const started = Date.now();
  let progress = initialProgress(id);
  const draw = () =>
    term.progress(progressText({ ...progress, elapsedMs: Date.now() - started }, term.columns));
  const interrupt = () => stop.abort(new Interrupted());
  process.once('SIGINT', interrupt);
  const spinner = term.showsProgress
    ? setInterval(() => {
        progress = { ...progress, tick: progress.tick + 1 };
        draw();
      }, 120)
    : null;
  draw();
  try {
    await followJobEvents(client, id, {
      signal: stop.signal,
      onMessage: (message) => {
        let data: unknown = null;
        try {
          data = JSON.parse(message.data);
        } catch {
          // A message we cannot read moves nothing on.
        }
        progress = advance(progress, message.event, data);
        draw();
      },
      onReconnect: (attempt, delayMs, lastEventId) => {
        term.say(
          `the event stream dropped; reconnecting in ${(delayMs / 1000).toFixed(1)} s` +
            `${lastEventId ? ` from event ${lastEventId}` : ''} (attempt ${attempt})`,
        );
      },
    });
  } catch (err) {
    // Ctrl-C is handled below, once the progress line is gone.
    if (!(stop.signal.reason instanceof Interrupted)) throw err;
  } finally {
    if (spinner) clearInterval(spinner);
    process.off('SIGINT', interrupt);
    term.progress(null);
  }
  if (stop.signal.reason instanceof Interrupted) {
    if (onInterrupt === 'cancel') await cancelAfterInterrupt(client, term, id);
    else term.say(`stopped following ${id}; it goes on (pa status ${id}, pa cancel ${id})`);
    return { kind: 'interrupted' };
  }
  const job = await client.getJob(id);
  if (term.showsProgress) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const planner = job.result?.planner ?? progress.planner;
    const verb = job.status === 'completed' ? 'answered in' : `${job.status} after`;
    term.say(`${verb} ${seconds} s${planner ? ` · planner ${planner}` : ''} · ${id}`);
  }
  return { kind: 'ended', job };
}
