import type { AnswerCacheKey, Caller, JobEvent, QuestionRequest } from '@pa/contracts';
import { newHistoryRecord, upsertHistory } from '@pa/db';
import {
  type AnsweredQuestion,
  answerQuestion,
  completedHistoryFields,
  localDateIn,
  type PipelineDeps,
} from '@pa/pipeline';
import {
  CACHE_SCHEMA_VERSION,
  type CachedAnswer,
  keys,
  type QuestionJobData,
  RedisAnswerCache,
} from '@pa/queue';
import type { AppDeps } from '../env.js';

/**
 * A repeated question answered by the API itself, from the worker's plan and result caches,
 * without queueing it: the worker, when it answers a plain question (no session, not chat) with
 * both caches in use, leaves a pointer from the submission (bank, time zone, day, question,
 * planner and max_rows options — the data and schema versions too) to the two entries it used.
 * The API finds that pointer, runs the same pipeline on the cached plan and rows (so the result
 * is the one a worker would have given: `cached: true`, `cache: {plan: hit, result: hit}`),
 * writes the same history row and the same event log a worker writes for a cache hit, and the
 * job is completed before the 202 is sent. Anything else — a miss, a session, chat, `use_cache:
 * false`, an entry that no longer parses — goes to the queue as before.
 */

/** One cache client per app (its key names and Redis connection are the app's). */
const cachesByDeps = new WeakMap<AppDeps, RedisAnswerCache>();
function answerCacheOf(deps: AppDeps): RedisAnswerCache {
  let cache = cachesByDeps.get(deps);
  if (!cache) {
    cache = new RedisAnswerCache(deps.redis, deps.names, {
      schemaVersion: async () => CACHE_SCHEMA_VERSION,
      onError: (err) => deps.logger.warn({ err }, 'answer cache unavailable; queueing the question'),
    });
    cachesByDeps.set(deps, cache);
  }
  return cache;
}

/** Whether a submission may be answered from the caches at all (the worker writes pointers for these only). */
export function mayAnswerFromCache(input: QuestionRequest, mode: 'question' | 'chat'): boolean {
  return mode === 'question' && !input.session_id && input.options?.use_cache !== false;
}

/** The pointer's key for this submission: the same fields the worker keys it with. */
export function answerCacheKey(caller: Caller, input: QuestionRequest, now: Date): AnswerCacheKey {
  return {
    question: input.question,
    tenant: caller.tenant,
    timeZone: caller.time_zone,
    localDate: localDateIn(now, caller.time_zone),
    plannerOption: input.options?.planner ?? 'auto',
    maxRows: input.options?.max_rows ?? null,
  };
}

/** The cached plan and rows for this submission, or null. Never throws: a failing cache is a miss. */
export function lookUpAnswer(
  deps: AppDeps,
  caller: Caller,
  input: QuestionRequest,
  now: Date,
): Promise<CachedAnswer | null> {
  return answerCacheOf(deps)
    .getAnswer(answerCacheKey(caller, input, now))
    .catch(() => null);
}

const notCached = () => {
  throw new Error('not in the caches');
};

/**
 * Runs the pipeline over the cached plan and rows only: no planner, no guard run again (the
 * pointer was written after the guard accepted this very statement), no statement. Returns
 * the answer with the stage and plan events a worker would have appended, or null when the
 * pipeline did not end in an answer (the question then goes to the queue).
 */
async function answerWithCachedEntries(
  cached: CachedAnswer,
  caller: Caller,
  question: string,
  now: Date,
): Promise<{ answered: AnsweredQuestion; events: JobEvent[] } | null> {
  const events: JobEvent[] = [];
  const pipeline: PipelineDeps = {
    planner: { name: cached.plan.planner, plan: notCached },
    guard: (sql) => ({ allowed: true, reasons: [], sql }),
    execute: notCached,
    maxRepairs: 0,
    now: () => now,
    cache: {
      getPlan: async () => cached.plan,
      putPlan: async () => {},
      getRows: async () => cached.rows,
      putRows: async () => {},
    },
  };
  try {
    const answered = await answerQuestion(
      pipeline,
      { question, caller, previous: [] },
      {
        onStage: (stage, detail) => {
          events.push({
            type: 'stage',
            at: new Date().toISOString(),
            stage,
            attempt: 1,
            ...(detail ? { detail } : {}),
          });
        },
        onPlan: (sql, planner) => {
          events.push({ type: 'plan', at: new Date().toISOString(), sql, planner });
        },
      },
    );
    const { cache } = answered.result;
    return cache?.plan === 'hit' && cache.result === 'hit' ? { answered, events } : null;
  } catch {
    return null;
  }
}

/**
 * Completes job `id` from the caches, in the order a worker does: its log up to the last stage
 * (`queued`, the stages, `plan`) and, at the same time, its history row; then `completed`, so that
 * a finished job always has its row. False when the cached entries did not make an answer
 * (nothing was written then). Throws when writing failed, after removing the log again, so that
 * the id is free for the queue (a history row already written is the worker's to overwrite).
 */
export async function completeFromCache(
  deps: AppDeps,
  id: string,
  data: QuestionJobData,
  cached: CachedAnswer,
): Promise<boolean> {
  const made = await answerWithCachedEntries(cached, data.caller, data.question, new Date());
  if (!made) return false;
  const { answered, events } = made;
  const { result } = answered;
  const head: JobEvent[] = [
    {
      type: 'queued',
      at: data.created_at,
      tenant: data.caller.tenant,
      question: data.question,
      session_id: data.session_id,
    },
    ...events,
  ];
  const finishedAt = new Date();
  const row = newHistoryRecord(id, data, {
    ...completedHistoryFields(answered),
    attempts: 1,
    tokensIn: null,
    tokensOut: null,
    reply: null,
    finishedAt,
  });
  try {
    // The events are sent together on one connection, so Redis appends them in this order.
    const written = await Promise.allSettled([
      upsertHistory(deps.appDb, row),
      ...head.map((event) => deps.events.append(id, event)),
    ]);
    const failed = written.find((w) => w.status === 'rejected');
    if (failed) throw failed.reason;
    await deps.events.append(id, { type: 'completed', at: new Date().toISOString(), result });
  } catch (err) {
    await deps.redis.del(keys.events(deps.names, id)).catch(() => {});
    throw err;
  }
  return true;
}
