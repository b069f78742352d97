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
import { isEventId, type JobEventHub, type StoredEvent } from '@pa/queue';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { loadJob } from '../../job-view.js';
import { component, errorResponse, jobIdParams, presentationQuery } from '../../openapi/schemas.js';
import { SseResponse } from './sse-response.js';

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

/** One SSE message, as Hono's `writeSSE` formats it (the data is JSON: never a line break in it). */
const frame = (id: string, event: string, data: string): Buffer =>
  Buffer.from(`event: ${event}\ndata: ${data}\nid: ${id}\n\n`);

const PING = Buffer.from(': ping\n\n');

const presentationKey = (p: Presentation): string =>
  `${p.output_type}|${p.include_sql ? 1 : 0}|${p.include_analysis ? 1 : 0}`;

/**
 * Each event's encoded message, per presentation. The hub hands the same StoredEvent objects to
 * every follower that shared a read (a thousand clients of one job, usually), so an event is
 * filtered, serialised and encoded once per distinct output_type/include_sql/include_analysis,
 * not once per client; the entry goes with the event objects.
 */
const frames = new WeakMap<StoredEvent, Map<string, Buffer>>();

function frameOf(jobId: string, ev: StoredEvent, shown: Presentation, key: string): Buffer {
  let byPresentation = frames.get(ev);
  if (!byPresentation) {
    byPresentation = new Map();
    frames.set(ev, byPresentation);
  }
  let bytes = byPresentation.get(key);
  if (!bytes) {
    bytes = frame(ev.id, ev.event.type, JSON.stringify(payload(jobId, ev.event, shown)));
    byPresentation.set(key, bytes);
  }
  return bytes;
}

/**
 * One keep-alive timer per job and hub, not one per stream: every SSE_PING_MS it re-reads the
 * job's log once for all its followers (the hub's safety net for a lost notification) and writes
 * a ping comment to each of the job's streams.
 */
interface PingGroup {
  timer: NodeJS.Timeout;
  streams: Set<() => void>;
}
const pingGroups = new WeakMap<JobEventHub, Map<string, PingGroup>>();

function joinPings(hub: JobEventHub, jobId: string, everyMs: number, ping: () => void): () => void {
  let groups = pingGroups.get(hub);
  if (!groups) {
    groups = new Map();
    pingGroups.set(hub, groups);
  }
  let group = groups.get(jobId);
  if (!group) {
    const streams = new Set<() => void>();
    const timer = setInterval(() => {
      hub.poke(jobId);
      for (const p of streams) p();
    }, everyMs);
    group = { timer, streams };
    groups.set(jobId, group);
  }
  const joined = group;
  joined.streams.add(ping);
  return () => {
    if (!joined.streams.delete(ping) || joined.streams.size > 0) return;
    clearInterval(joined.timer);
    if (groups.get(jobId) === joined) groups.delete(jobId);
  };
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
    const shown = presentationOf(c.req.valid('query'));
    const requestId = c.get('requestId');
    const stream = new SseResponse((c.env as { outgoing?: unknown } | undefined)?.outgoing);
    deps.metrics.sseClients.inc();
    followJob(stream, id, view.events, view.snapshot, resumeFrom, deps, shown)
      .catch((err: unknown) => {
        deps.logger.error({ err, request_id: requestId, job_id: id }, 'SSE stream failed');
      })
      .finally(() => {
        stream.end();
        deps.metrics.sseClients.dec();
      });
    // The headers Hono's streamSSE sent (its Cache-Control replaces the one above, as it did).
    c.header('Transfer-Encoding', 'chunked');
    c.header('Content-Type', 'text/event-stream');
    c.header('Cache-Control', 'no-cache');
    c.header('Connection', 'keep-alive');
    return c.body(stream.body, 200);
  });
}

async function followJob(
  stream: SseResponse,
  id: string,
  logged: StoredEvent[],
  snapshot: JobSnapshot,
  resumeFrom: string | null,
  deps: AppEnv['Variables']['deps'],
  shown: Presentation,
): Promise<void> {
  const key = presentationKey(shown);
  const snapshotData = JSON.stringify(presentSnapshot(snapshot, shown));

  // The log has expired: history is all there is, and the job is over.
  if (logged.length === 0) {
    const terminal = terminalFromSnapshot(snapshot);
    await stream.write(frame('history-0', 'snapshot', snapshotData));
    if (terminal)
      stream.end(frame(HISTORY_TERMINAL_ID, terminal.type, JSON.stringify(payload(id, terminal, shown))));
    return;
  }

  let from: string;
  if (resumeFrom === null) {
    // The snapshot stands for everything up to the last non-terminal event; a terminal one follows it.
    const terminalIndex = logged.findIndex((e) => TERMINAL.has(e.event.type));
    const upTo = terminalIndex === -1 ? logged.length - 1 : terminalIndex - 1;
    const snapId = logged[Math.max(upTo, 0)]!.id;
    await stream.write(frame(snapId, 'snapshot', snapshotData));
    if (isTerminal(snapshot.status) && terminalIndex !== -1) {
      stream.end(frameOf(id, logged[terminalIndex]!, shown, key));
      return;
    }
    from = logged.at(-1)!.id;
  } else {
    from = resumeFrom;
  }
  // Returned, not awaited: this frame (the job's log and snapshot as loaded) is not kept alive
  // for the stream's whole life.
  return followLive(stream, id, from, deps, shown, key);
}

/** Writes the job's events after `from` as they are appended, until the terminal one or the client leaves. */
function followLive(
  stream: SseResponse,
  id: string,
  from: string,
  deps: AppEnv['Variables']['deps'],
  shown: Presentation,
  key: string,
): Promise<void> {
  return new Promise<void>((resolve) => {
    let stop: (() => Promise<void>) | null = null;
    let leavePings: (() => void) | null = null;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      leavePings?.();
      void stop?.();
      resolve();
    };
    stream.onAbort(finish);
    if (stream.aborted) return;
    leavePings = joinPings(deps.hub, id, deps.config.SSE_PING_MS, () => {
      // A stream waiting for room has data on its way: no need to keep it alive.
      if (!stream.blocked) void stream.write(PING);
    });

    // Events arrive in order; they are written at once unless the client's side is full, then
    // queued until it drains. The terminal event goes out with the end of the response.
    const queue: StoredEvent[] = [];
    let waiting = false;
    const pump = (): void => {
      while (queue.length > 0) {
        if (finished || stream.done) return;
        const ev = queue.shift()!;
        if (ev.event.type === 'queued') continue;
        const bytes = frameOf(id, ev, shown, key);
        if (TERMINAL.has(ev.event.type)) {
          stream.end(bytes);
          finish();
          return;
        }
        const room = stream.write(bytes);
        if (room) {
          waiting = true;
          void room.then(() => {
            waiting = false;
            pump();
          });
          return;
        }
      }
    };

    deps.hub
      .follow(
        id,
        from,
        (events) => {
          if (finished) return;
          for (const ev of events) queue.push(ev);
          if (!waiting) pump();
        },
        finish,
      )
      .then((unfollow) => {
        stop = unfollow;
        if (finished) void unfollow();
      })
      .catch(finish);
  });
}
