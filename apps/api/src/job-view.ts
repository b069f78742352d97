import { type Caller, canSeeTenant, foldJobEvents, type JobSnapshot } from '@pa/contracts';
import { findHistory } from '@pa/db';
import type { StoredEvent } from '@pa/queue';
import type { AppDeps } from './env.js';

const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isJobId = (id: string): boolean => JOB_ID.test(id);

export interface JobView {
  snapshot: JobSnapshot;
  /** The job's event log in Redis; empty once it expired and the snapshot came from history. */
  events: StoredEvent[];
}

/**
 * The job's current state: its event log in Redis, or its history row once the
 * log has expired. Null when there is no such job *or the caller may not see
 * it* (another bank's): routes answer both with the same 404, so a caller
 * cannot even learn that another bank's job exists.
 */
export async function loadJob(
  deps: AppDeps,
  id: string,
  caller: Pick<Caller, 'tenant'>,
): Promise<JobView | null> {
  if (!isJobId(id)) return null;
  const events = await deps.events.read(id);
  const folded = foldJobEvents(
    id,
    events.map((e) => e.event),
  );
  const first = events[0]?.event;
  if (folded && first?.type === 'queued') {
    return canSeeTenant(caller, first.tenant) ? { snapshot: folded, events } : null;
  }
  const row = await findHistory(deps.appDb, id);
  if (!row || !canSeeTenant(caller, row.tenant)) return null;
  return {
    events: [],
    snapshot: {
      id,
      status: row.status,
      stage: null,
      question: row.question,
      session_id: row.session_id,
      attempt: row.attempts,
      created_at: row.created_at.toISOString(),
      finished_at: row.finished_at?.toISOString() ?? null,
      ...(row.result ? { result: row.result } : {}),
      ...(row.reply ? { reply: row.reply } : {}),
      ...(row.error ? { error: row.error } : {}),
    },
  };
}
