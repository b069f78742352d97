import { randomUUID } from 'node:crypto';
import { type AbuseWarning, questionRequestSchema } from '@pa/contracts';
import { keys, type QuestionJobData } from '@pa/queue';
import type { Context, Hono } from 'hono';
import { screenSubmission } from '../../abuse/screen-submission.js';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { idempotency } from '../../idempotency/idempotency.js';
import { checkLlmBudget } from '../../limits/llm-budget.js';
import { admitQuestion, releaseQuestion, settleQuestionsInFlight } from '../../limits/questions-in-flight.js';
import { parseJsonBody } from '../../read-json-body.js';

/**
 * POST /api/queries — accept a question as a job and answer 202 at once,
 * within the bank's limits: its daily LLM budget and its questions in flight
 * (the per-user and per-bank rate limits ran before, in app.ts).
 */
export function registerSubmitQuery(app: Hono<AppEnv>): void {
  app.post('/', idempotency(), async (c) => {
    const deps = c.get('deps');
    const caller = c.get('caller');
    const input = await parseJsonBody(c, questionRequestSchema);

    // Ended questions free their slots and charge their LLM tokens before the bank's limits are read.
    await settleQuestionsInFlight(deps, caller.tenant);
    await checkLlmBudget(deps, caller, input.options?.planner ?? 'auto');
    const id = randomUUID();
    await admitQuestion(deps, caller, id);

    const now = new Date().toISOString();
    const data: QuestionJobData = {
      question: input.question,
      session_id: input.session_id ?? null,
      options: input.options ?? null,
      caller,
      created_at: now,
    };
    try {
      // The log's first event is written before the job exists, so a worker's events always follow it.
      await deps.events.append(id, {
        type: 'queued',
        at: now,
        tenant: caller.tenant,
        question: input.question,
        session_id: data.session_id,
      });
      await deps.queue.add('question', data, {
        jobId: id,
        attempts: deps.config.JOB_ATTEMPTS,
        backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
      });
    } catch (err) {
      // Nothing was accepted: the slot goes back, and a retry with the same Idempotency-Key runs again.
      await Promise.allSettled([
        releaseQuestion(deps, caller.tenant, id),
        deps.redis.del(keys.events(deps.names, id)),
      ]);
      throw new ApiError('unavailable', 'The question could not be queued; please retry.', String(err));
    }
    deps.metrics.jobsSubmitted.inc();
    // Prompt injection is counted against the asker and warned about; the worker refuses the job.
    const warning = await screenSubmission(deps, id, caller, input.question);
    return accepted(c, id, warning);
  });
}

function accepted(c: Context<AppEnv>, id: string, warning: AbuseWarning | null = null): Response {
  const self = `/api/queries/${id}`;
  c.header('Location', self);
  const links = { self, events: `${self}/events` };
  return c.json({ id, status: 'queued' as const, links, ...(warning ? { warning } : {}) }, 202);
}
