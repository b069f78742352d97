import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  isTerminal,
  type JobEvent,
  type JobSnapshot,
  jobEventSchema,
  type Presentation,
  presentationOf,
  presentResult,
  presentSnapshot,
} from '@pa/contracts';
import { isEventId, type StoredEvent } from '@pa/queue';
import { type SSEStreamingApi, streamSSE } from 'hono/streaming';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { loadJob } from '../../job-view.js';
import { component, errorResponse, jobIdParams, presentationQuery } from '../../openapi/schemas.js';

export const JobEventSchema = component(jobEventSchema, 'JobEvent');

export const queryEventsRoute = createRoute({
  method: 'get',
  path: '/{id}/events',
  tags: ['queries'],
  summary: 'Follow the job over Server-Sent Events',
  description:
    'Events: snapshot (JobSnapshot), stage, plan, `delta` (a chat reply as a model streams it, piece by piece), ' +
    'then one of completed / failed / cancelled, after which the stream closes. Every event has an id; send ' +
    'Last-Event-ID to resume. `: ping` comments keep it alive. `output_type`, `include_sql` and ' +
    '`include_analysis` trim the snapshot’s and the completed event’s result as on GET /api/queries/{id} ' +
    '(`include_sql=false` also drops the plan event’s SQL).',
  request: {
    params: jobIdParams,
    query: presentationQuery,
    headers: z.object({ 'Last-Event-ID': z.string().optional() }),
  },
  responses: {
    200: { description: 'An event stream', content: { 'text/event-stream': { schema: JobEventSchema } } },
    204: { description: 'Last-Event-ID is at or after the terminal event: there is nothing more to send' },
    404: errorResponse('No such job'),
  },
});

const TERMINAL = new Set<JobEvent['type']>(['completed', 'failed', 'cancelled']);

function payload(jobId: string, event: JobEvent, shown: Presentation): unknown {
  switch (event.type) {
    case 'completed':
      return {
        id: jobId,
        status: 'completed',
        at: event.at,
        ...(event.result ? { result: presentResult(event.result, shown) } : {}),
        ...(event.reply ? { reply: event.reply } : {}),
      };
    case 'plan':
      return {
        id: jobId,
        at: event.at,
        planner: event.planner,
        ...(shown.include_sql ? { sql: event.sql } : {}),
      };
    case 'failed':
      return { id: jobId, status: 'failed', at: event.at, error: event.error };
    case 'cancelled':
      return { id: jobId, status: 'cancelled', at: event.at };
    default: {
      const { type: _type, ...rest } = event;
      return { id: jobId, ...rest };
    }
  }
}

const HISTORY_TERMINAL_ID = 'history-1';

/** Whether the client's last event id is the job's terminal event (the last one it has). */
function sawTerminal(logged: StoredEvent[], lastEventId: string): boolean {
  if (logged.length === 0) return lastEventId === HISTORY_TERMINAL_ID;
  const terminal = logged.find((e) => TERMINAL.has(e.event.type));
  return terminal !== undefined && terminal.id === lastEventId;
}

/**
 * Where a resuming client continues: right after an event this job really sent. Any other id — one
 * from the future, one beyond Redis's range, another job's, garbage — would make the stream wait
 * for events that never come (or close it at once, so EventSource reconnects in a loop); such a
 * client starts over with the snapshot instead.
 */
function resumePoint(logged: StoredEvent[], lastEventId: string | undefined): string | null {
  if (!lastEventId || !isEventId(lastEventId)) return null;
  return logged.some((e) => e.id === lastEventId) ? lastEventId : null;
}

/** The terminal event a finished job's stream ends with, rebuilt from its snapshot (history). */
function terminalFromSnapshot(s: JobSnapshot): JobEvent | null {
  const at = s.finished_at ?? s.created_at;
  if (s.status === 'completed' && (s.result || s.reply))
    return {
      type: 'completed',
      at,
      ...(s.result ? { result: s.result } : {}),
      ...(s.reply ? { reply: s.reply } : {}),
    };
  if (s.status === 'failed' && s.error) return { type: 'failed', at, error: s.error };
  if (s.status === 'cancelled') return { type: 'cancelled', at };
  return null;
}

/**
 * GET /api/queries/:id/events — Server-Sent Events: a snapshot of the job's
 * state, then each change, then one terminal event, then the stream closes.
 * `Last-Event-ID` resumes right after the given event, without the snapshot.
 */
export function registerQueryEvents(app: OpenAPIHono<AppEnv>): void {
  app.openapi(queryEventsRoute, async (c) => {
    const deps = c.get('deps');
    const { id } = c.req.valid('param');
    const view = await loadJob(deps, id, c.get('caller'));
    if (!view) throw new ApiError('not_found', `No question with id ${id}.`);
    const lastEventId = c.req.header('last-event-id')?.trim();
    const resumeFrom = resumePoint(view.events, lastEventId);
    // A client that already received the terminal event (EventSource reconnects on its own when
    // the stream closes) gets 204, which tells it to stop reconnecting.
    if (lastEventId && sawTerminal(view.events, lastEventId)) return c.body(null, 204);

    c.header('X-Accel-Buffering', 'no');
    c.header('Cache-Control', 'no-cache, no-transform');
    // HEAD runs this GET handler too, but nobody reads a body: a stream started here would follow
    // the job (a subscription, a timer, an open-client count) until the job ends, or for ever.
    if (c.req.method === 'HEAD') {
      c.header('Content-Type', 'text/event-stream');
      return c.body(null, 200);
    }
    return streamSSE(c, async (stream) => {
      deps.metrics.sseClients.inc();
      try {
        const shown = presentationOf(c.req.valid('query'));
        await followJob(stream, id, view.events, view.snapshot, resumeFrom, c.get('deps'), shown);
      } finally {
        deps.metrics.sseClients.dec();
      }
    });
  });
}

async function followJob(
  stream: SSEStreamingApi,
  id: string,
  logged: StoredEvent[],
  snapshot: JobSnapshot,
  resumeFrom: string | null,
  deps: AppEnv['Variables']['deps'],
  shown: Presentation,
): Promise<void> {
  const send = (ev: StoredEvent) =>
    stream.writeSSE({ id: ev.id, event: ev.event.type, data: JSON.stringify(payload(id, ev.event, shown)) });
  const snapshotData = JSON.stringify(presentSnapshot(snapshot, shown));

  // The log has expired: history is all there is, and the job is over.
  if (logged.length === 0) {
    const terminal = terminalFromSnapshot(snapshot);
    await stream.writeSSE({ id: 'history-0', event: 'snapshot', data: snapshotData });
    if (terminal) await send({ id: HISTORY_TERMINAL_ID, event: terminal });
    return;
  }

  let from: string;
  if (resumeFrom === null) {
    // The snapshot stands for everything up to the last non-terminal event; a terminal one follows it.
    const terminalIndex = logged.findIndex((e) => TERMINAL.has(e.event.type));
    const upTo = terminalIndex === -1 ? logged.length - 1 : terminalIndex - 1;
    const snapId = logged[Math.max(upTo, 0)]!.id;
    await stream.writeSSE({ id: snapId, event: 'snapshot', data: snapshotData });
    if (isTerminal(snapshot.status) && terminalIndex !== -1) {
      await send(logged[terminalIndex]!);
      return;
    }
    from = logged.at(-1)!.id;
  } else {
    from = resumeFrom;
  }

  await new Promise<void>((resolve) => {
    let done = false;
    let stop: (() => Promise<void>) | null = null;
    const finish = () => {
      if (done) return;
      done = true;
      clearInterval(ping);
      void stop?.();
      resolve();
    };
    const ping = setInterval(() => {
      void stream.write(': ping\n\n').catch(finish);
      deps.hub.poke(id);
    }, deps.config.SSE_PING_MS);
    stream.onAbort(finish);
    let chain = Promise.resolve();
    deps.hub
      .follow(
        id,
        from,
        (events) => {
          chain = chain.then(async () => {
            for (const ev of events) {
              if (done) return;
              if (ev.event.type === 'queued') continue;
              await send(ev);
              if (TERMINAL.has(ev.event.type)) {
                finish();
                return;
              }
            }
          });
          chain.catch(finish);
        },
        finish,
      )
      .then((unfollow) => {
        stop = unfollow;
        if (done) void unfollow();
      })
      .catch(finish);
  });
}
