import { createHash, randomUUID } from 'node:crypto';
import type { AbuseWarning, Caller, QuestionRequest } from '@pa/contracts';
import { cacheKeys, keys, normalizeForCache, type QuestionJobData } from '@pa/queue';
import { screenSubmission } from '../abuse/screen-submission.js';
import type { AppDeps } from '../env.js';
import { ApiError } from '../errors.js';
import { checkLlmBudget } from '../limits/llm-budget.js';
import { admitQuestion, releaseQuestion, settleQuestionsInFlight } from '../limits/questions-in-flight.js';
import { completeFromCache, lookUpAnswer, mayAnswerFromCache } from './answer-from-cache.js';

/** `chat` for POST /api/chat (a conversational reply, a headline as the reply to a data question). */
export type JobMode = NonNullable<QuestionJobData['mode']>;

/** How long a running job is found by identical questions; past it they start their own (the log decides anyway). */
const RUNNING_TTL_SECONDS = 600;

export interface SubmittedQuestion {
  id: string;
  /**
   * `active` only for a shared job a worker is already answering; `completed` for a question answered
   * from the caches at submit (its result is there when the client looks).
   */
  status: 'queued' | 'active' | 'completed';
  /** True when an identical question of the same bank was already running and this is its job. */
  shared: boolean;
  warning: AbuseWarning | null;
}

/**
 * Claims the "running" pointer for a new job unless another job holds it:
 * returns the holder's id, or null when `ARGV[1]` now holds it. `ARGV[2]` is a
 * holder known to have ended, which may be replaced.
 */
const CLAIM_RUNNING = `
local current = redis.call('GET', KEYS[1])
if current and current ~= ARGV[2] then return current end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
return false`;

/** Drops the pointer only while it still names this job. */
const RELEASE_RUNNING = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * What makes two submissions "the same question" for sharing a running job:
 * the bank and its time zone, the question as the plan cache compares it, the
 * session (follow-ups depend on it) and the options. Not the user: a bank's
 * analysts asking the same thing at once share one job and one LLM call.
 */
function runningDigest(caller: Caller, input: QuestionRequest, mode: JobMode): string {
  const o = input.options;
  const text = [
    `tenant=${caller.tenant}`,
    `tz=${caller.time_zone}`,
    // Sessions belong to one user: a follow-up depends on its asker's own session.
    `session=${input.session_id ? `${caller.user_id}\n${input.session_id}` : ''}`,
    `mode=${mode}`,
    `planner=${o?.planner ?? 'auto'}`,
    `max_rows=${o?.max_rows ?? ''}`,
    `q=${normalizeForCache(input.question)}`,
  ].join('\n');
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Queued or running: its event log exists and has no terminal event, and — while no worker has taken
 * it — its BullMQ job exists. A log whose job was never added (Redis went away between the two writes
 * of a submission, so its cleanup could not run either) is not a running question: an identical one
 * makes its own job instead of waiting on one that never runs.
 */
async function stillRunning(deps: AppDeps, id: string): Promise<'queued' | 'active' | null> {
  const events = await deps.events.read(id);
  const first = events[0]?.event;
  if (first?.type !== 'queued') return null;
  let status: 'queued' | 'active' = 'queued';
  for (const { event } of events) {
    if (event.type === 'completed' || event.type === 'failed' || event.type === 'cancelled') return null;
    if (event.type === 'stage') status = 'active';
  }
  if (status === 'queued' && !(await deps.queue.getJob(id))) return null;
  return status;
}

/**
 * Accepts a question as a job, within the bank's limits (its daily LLM budget
 * and its questions in flight; the rate limits ran before, in app.ts), and
 * screens it for abuse. Used by every submission route (POST /api/queries,
 * POST /api/query), so they cannot drift apart.
 *
 * An identical question (see runningDigest) that the bank already has queued
 * or running is not asked twice: its job id comes back with `shared: true`,
 * and no slot is taken. `use_cache: false` never shares. Two identical
 * submissions at the very same moment may still make two jobs (never lose one).
 */
export async function submitQuestion(
  deps: AppDeps,
  caller: Caller,
  input: QuestionRequest,
  mode: JobMode = 'question',
): Promise<SubmittedQuestion> {
  const sharing = input.options?.use_cache !== false;
  const runningKey = sharing ? cacheKeys.running(deps.names, runningDigest(caller, input, mode)) : null;
  // Read at the same time as the limits below (one round trip less); used only once they let the question in.
  const running = runningKey ? deps.redis.get(runningKey) : Promise.resolve(null);
  running.catch(() => {});
  // A repeated plain question may be answered here from the caches (answer-from-cache.ts); looked up
  // at the same time as the limits too, and used only once they and the running check let it through.
  const cached = mayAnswerFromCache(input, mode) ? lookUpAnswer(deps, caller, input, new Date()) : null;
  // Ended questions free their slots and charge their LLM tokens before the bank's limits are read.
  await settleQuestionsInFlight(deps, caller.tenant);
  await checkLlmBudget(deps, caller, input.options?.planner ?? 'auto');

  const shared = async (id: string, status: 'queued' | 'active'): Promise<SubmittedQuestion> => {
    const warning = await screenSubmission(deps, id, caller, input.question);
    return { id, status, shared: true, warning };
  };
  let ended = '';
  if (runningKey) {
    const holder = await running;
    if (holder) {
      const status = await stillRunning(deps, holder);
      if (status) return shared(holder, status);
      ended = holder;
    }
  }

  const id = randomUUID();
  await admitQuestion(deps, caller, id);
  const now = new Date().toISOString();
  const data: QuestionJobData = {
    question: input.question,
    session_id: input.session_id ?? null,
    options: input.options ?? null,
    caller,
    created_at: now,
    ...(mode === 'chat' ? { mode } : {}),
  };

  // Screened before it is answered from the caches: a question that counts as abuse goes to the
  // queue (the worker refuses it), and counts once.
  let screened: { warning: AbuseWarning | null } | null = null;
  const hit = cached ? await cached : null;
  if (hit) {
    screened = { warning: await screenSubmission(deps, id, caller, input.question) };
    if (!screened.warning) {
      let answered = false;
      try {
        answered = await completeFromCache(deps, id, data, hit);
      } catch (err) {
        // Nothing of it is left in the log: the question is queued instead, as if it had missed.
        deps.logger.warn(
          { err, job_id: id, request_id: caller.request_id },
          'answering from the caches failed',
        );
      }
      if (answered) {
        // Its terminal event is in the log already: the slot is free again at once.
        await releaseQuestion(deps, caller.tenant, id).catch(() => {});
        deps.metrics.jobsSubmitted.inc();
        deps.logger.info({ job_id: id, request_id: caller.request_id }, 'question answered from the caches');
        return { id, status: 'completed', shared: false, warning: null };
      }
    }
  }

  if (runningKey) {
    const holder = (await deps.redis.eval(
      CLAIM_RUNNING,
      1,
      runningKey,
      id,
      ended,
      String(RUNNING_TTL_SECONDS),
    )) as string | null;
    if (holder) {
      // Another replica claimed it a moment ago: its job is about to be queued.
      await releaseQuestion(deps, caller.tenant, id);
      return shared(holder, 'queued');
    }
  }

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
      ...(runningKey ? [deps.redis.eval(RELEASE_RUNNING, 1, runningKey, id)] : []),
    ]);
    throw new ApiError('unavailable', 'The question could not be queued; please retry.', String(err));
  }
  deps.metrics.jobsSubmitted.inc();
  // Prompt injection is counted against the asker and warned about; the worker refuses the job.
  const warning = screened ? screened.warning : await screenSubmission(deps, id, caller, input.question);
  return { id, status: 'queued', shared: false, warning };
}

/** The 202 body of every submission route: the job's id, state and links. */
export function acceptedBody(submitted: SubmittedQuestion) {
  const self = `/api/queries/${submitted.id}`;
  return {
    id: submitted.id,
    status: submitted.status,
    links: { self, events: `${self}/events` },
    ...(submitted.shared ? { shared: true as const } : {}),
    ...(submitted.warning ? { warning: submitted.warning } : {}),
  };
}
