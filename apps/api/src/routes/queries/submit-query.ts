import { randomUUID } from 'node:crypto';
import { questionRequestSchema } from '@pa/contracts';
import { keys, type QuestionJobData } from '@pa/queue';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { parseJsonBody } from '../../read-json-body.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{1,128}$/;
const IDEMPOTENCY_TTL_SECONDS = 86_400;

/** POST /api/queries — accept a question as a job and answer 202 at once. */
export function registerSubmitQuery(app: Hono<AppEnv>): void {
  app.post('/', async (c) => {
    const deps = c.get('deps');
    const caller = c.get('caller');
    const input = await parseJsonBody(c, questionRequestSchema);

    const id = randomUUID();
    const idempotencyKey = c.req.header('idempotency-key');
    let claimedKey: string | null = null;
    if (idempotencyKey !== undefined) {
      if (!IDEMPOTENCY_KEY.test(idempotencyKey)) {
        throw new ApiError('bad_request', 'Idempotency-Key must be 1-128 letters, digits or "_.:-"');
      }
      const key = keys.idempotency(deps.names, `${caller.tenant}:${caller.user_id}:${idempotencyKey}`);
      const claimed = await deps.redis.set(key, id, 'EX', IDEMPOTENCY_TTL_SECONDS, 'NX');
      if (claimed !== null) {
        claimedKey = key;
      } else {
        const existing = await deps.redis.get(key);
        if (existing) return accepted(c, existing);
      }
    }

    const now = new Date().toISOString();
    const data: QuestionJobData = {
      question: input.question,
      session_id: input.session_id ?? null,
      options: input.options ?? null,
      caller,
      created_at: now,
    };
    // The log's first event is written before the job exists, so a worker's events always follow it.
    await deps.events.append(id, {
      type: 'queued',
      at: now,
      tenant: caller.tenant,
      question: input.question,
      session_id: data.session_id,
    });
    try {
      await deps.queue.add('question', data, {
        jobId: id,
        attempts: deps.config.JOB_ATTEMPTS,
        backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
      });
    } catch (err) {
      // Nothing was accepted: a retry with the same Idempotency-Key must be able to try again.
      await deps.redis.del(keys.events(deps.names, id), ...(claimedKey ? [claimedKey] : [])).catch(() => {});
      throw new ApiError('unavailable', 'The question could not be queued; please retry.', String(err));
    }
    deps.metrics.jobsSubmitted.inc();
    return accepted(c, id);
  });
}

function accepted(c: Context<AppEnv>, id: string): Response {
  const self = `/api/queries/${id}`;
  c.header('Location', self);
  return c.json({ id, status: 'queued' as const, links: { self, events: `${self}/events` } }, 202);
}
