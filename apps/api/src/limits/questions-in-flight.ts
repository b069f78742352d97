import type { Caller } from '@pa/contracts';
import { llmUsageOfJobs } from '@pa/db';
import { keys } from '@pa/queue';
import type { AppDeps } from '../env.js';
import { ApiError } from '../errors.js';
import { limitKeys } from './limit-keys.js';
import { LLM_SPEND_RETENTION_SECONDS, utcDay } from './llm-budget.js';

/**
 * A slot whose job neither BullMQ nor the event log knows is kept this long:
 * the slot is taken just before the job is added, and a job removed without a
 * terminal event (queue emptied by hand) must not hold its slot for ever.
 */
const UNKNOWN_JOB_GRACE_MS = 60_000;
/**
 * A job's terminal event frees its slot itself (JobEventLog.append with a release), so the full
 * check below only looks for slots whose terminal event came without one — written by a process
 * that did not know the bank, or by an older version during a rolling update — once the bank's
 * oldest slot is this old. Questions that end sooner never cost a submission more than one round trip.
 */
const SETTLE_AFTER_MS = 5_000;
/** In-flight sets of banks that stopped asking expire after this. */
const IN_FLIGHT_TTL_SECONDS = 8 * 86_400;

/** Takes a slot when the set holds fewer than the cap: one atomic step on every replica. */
const ADMIT = `
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1`;

/** Frees a finished job's slot and charges its LLM tokens to its day, once: only the replica whose ZREM removed it charges. */
const RELEASE_AND_CHARGE = `
if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return 0 end
local tokens = tonumber(ARGV[3])
if tokens > 0 then
  redis.call('HINCRBY', KEYS[2], ARGV[2], tokens)
  redis.call('EXPIRE', KEYS[2], ARGV[4])
end
return 1`;

const TERMINAL_EVENTS = new Set(['completed', 'failed', 'cancelled']);

/** Whether each job's event log ends with its terminal event (a pipeline of XREVRANGE … COUNT 1). */
async function endedInLog(deps: AppDeps, ids: readonly string[]): Promise<boolean[]> {
  const pipeline = deps.redis.pipeline();
  for (const id of ids) pipeline.xrevrange(keys.events(deps.names, id), '+', '-', 'COUNT', 1);
  const replies = (await pipeline.exec()) ?? [];
  return replies.map(([err, entries]) => {
    if (err) throw err;
    const raw = (entries as Array<[string, string[]]>)[0]?.[1]?.[1];
    if (raw === undefined) return false;
    try {
      return TERMINAL_EVENTS.has((JSON.parse(raw) as { type?: string }).type ?? '');
    } catch {
      return false;
    }
  });
}

/**
 * Releases the slots of the bank's questions that have ended without freeing them, and charges
 * their LLM tokens (from their audit rows) to the bank's spend of the day they ended.
 * Self-healing: the set is checked against the jobs' actual state, so a worker that dies, or a
 * job that vanishes, cannot hold a slot for ever.
 */
export async function settleQuestionsInFlight(
  deps: AppDeps,
  tenant: string,
  now = Date.now(),
): Promise<void> {
  const setKey = limitKeys.inFlight(deps.names, tenant);
  // One round trip says whether the full check below can find anything: no terminal event was
  // appended anywhere since this process last checked the bank, and no slot is past its grace.
  const replies = (await deps.redis
    .pipeline()
    .get(keys.ended(deps.names))
    .zrange(setKey, 0, 0, 'WITHSCORES')
    .exec()) ?? [[new Error('the pipeline was not run'), null]];
  for (const [err] of replies) if (err) throw err;
  const endedCount = replies[0]?.[1];
  const oldest = (replies[1]?.[1] ?? []) as string[];
  const seen = settledMarks(deps);
  const oldestAge = now - Number(oldest[1] ?? now);
  if (
    oldest.length === 0 ||
    (oldestAge <= UNKNOWN_JOB_GRACE_MS && (oldestAge <= SETTLE_AFTER_MS || seen.get(tenant) === endedCount))
  ) {
    return;
  }
  const flat = await deps.redis.zrange(setKey, 0, -1, 'WITHSCORES');
  if (flat.length === 0) return;
  const members: Array<{ id: string; since: number }> = [];
  for (let i = 0; i < flat.length; i += 2) members.push({ id: flat[i]!, since: Number(flat[i + 1]) });

  const ended = await endedInLog(
    deps,
    members.map((m) => m.id),
  );
  const finished: string[] = [];
  for (const [i, m] of members.entries()) {
    if (ended[i]) {
      finished.push(m.id);
    } else if (now - m.since > UNKNOWN_JOB_GRACE_MS) {
      const state = await deps.queue.getJobState(m.id);
      if (state === 'unknown' || state === 'completed' || state === 'failed') finished.push(m.id);
    }
  }
  if (finished.length === 0) {
    seen.set(tenant, endedCount);
    return;
  }

  const usage = new Map((await llmUsageOfJobs(deps.appDb, finished)).map((u) => [u.jobId, u]));
  for (const id of finished) {
    const used = usage.get(id);
    const day = utcDay(used?.finishedAt ?? new Date(now));
    await deps.redis.eval(
      RELEASE_AND_CHARGE,
      2,
      setKey,
      limitKeys.llmSpend(deps.names, day),
      id,
      tenant,
      String(used?.tokens ?? 0),
      String(LLM_SPEND_RETENTION_SECONDS),
    );
  }
  seen.set(tenant, endedCount);
}

/**
 * Per API process (per deps): the `keys.ended` counter as it was before each bank's last full
 * check. While it is unchanged no question of the bank can have ended since, so the full check —
 * every slot's event log, O(slots) per submission — is skipped. A Redis restart clears the
 * counter, which differs from every mark.
 */
const settledMarksByDeps = new WeakMap<AppDeps, Map<string, unknown>>();
function settledMarks(deps: AppDeps): Map<string, unknown> {
  let marks = settledMarksByDeps.get(deps);
  if (!marks) {
    marks = new Map();
    settledMarksByDeps.set(deps, marks);
  }
  return marks;
}

/** How many of the bank's questions are queued or running, after releasing the ones that ended. */
export async function questionsInFlight(deps: AppDeps, tenant: string): Promise<number> {
  await settleQuestionsInFlight(deps, tenant);
  return deps.redis.zcard(limitKeys.inFlight(deps.names, tenant));
}

/**
 * Takes one of the bank's TENANT_MAX_IN_FLIGHT slots for the job about to be
 * enqueued, or refuses with 429 while that many questions are queued or running.
 * Call after settleQuestionsInFlight so that ended questions no longer count.
 */
export async function admitQuestion(
  deps: AppDeps,
  caller: Pick<Caller, 'tenant'>,
  jobId: string,
): Promise<void> {
  const cap = deps.config.TENANT_MAX_IN_FLIGHT;
  const admitted = await deps.redis.eval(
    ADMIT,
    1,
    limitKeys.inFlight(deps.names, caller.tenant),
    String(cap),
    jobId,
    String(Date.now()),
    String(IN_FLIGHT_TTL_SECONDS),
  );
  if (admitted === 1) return;
  deps.metrics.rateLimited.inc({ limit: 'in-flight' });
  throw new ApiError(
    'rate_limited',
    `Your bank already has ${cap} questions queued or running, the most it may have at once; ` +
      'ask again when one of them has finished.',
    { limit: 'tenant_in_flight', max_in_flight: cap, retry_after_seconds: IN_FLIGHT_RETRY_AFTER_SECONDS },
  );
}

/** What a refused submission is told to wait: questions usually take seconds. */
export const IN_FLIGHT_RETRY_AFTER_SECONDS = 5;

/** Gives the slot back when the job could not be enqueued after all. */
export async function releaseQuestion(deps: AppDeps, tenant: string, jobId: string): Promise<void> {
  await deps.redis.zrem(limitKeys.inFlight(deps.names, tenant), jobId);
}
