import type { AbuseControl } from '@pa/abuse';
import type { ChatReply, JobError } from '@pa/contracts';
import { type AskedQuestion, newHistoryRecord, upsertHistory } from '@pa/db';
import type { Logger, WorkerMetrics } from '@pa/observability';
import {
  type AnsweredQuestion,
  answerQuestion,
  completedHistoryFields,
  type PipelineDeps,
  PipelineError,
} from '@pa/pipeline';
import { tokensSpent } from '@pa/planner';
import { detectLanguage } from '@pa/planner-builtin';
import type { ChatResponder } from '@pa/planner-llm';
import {
  type ChatSessionStore,
  type ChatTurn,
  type JobEventLog,
  type JobPlanStore,
  keys,
  type QuestionJobData,
  type QueueNames,
  questionJobSchema,
  type RedisClient,
} from '@pa/queue';
import { type Job, UnrecoverableError } from 'bullmq';
import type pg from 'pg';
import { answerConversation, conversationalMessage, recordTurn } from './answer-conversation.js';
import { refuseInjection, warnAbuse } from './job-abuse.js';
import { watchCancel } from './watch-cancel.js';

export interface ProcessorDeps {
  pipeline: PipelineDeps;
  /** The pipeline a job's options ask for (planner choice, row cap); `pipeline` when absent. */
  pipelineFor?: (options: QuestionJobData['options']) => PipelineDeps;
  events: JobEventLog;
  /** Plans that cost model calls, kept for the job's later runs; without it every run plans afresh. */
  plans?: JobPlanStore;
  redis: RedisClient;
  names: QueueNames;
  appDb: pg.Pool;
  logger: Logger;
  metrics: WorkerMetrics;
  /** Counts violations and warns their askers; without it nothing is counted (tests of other things). */
  abuse?: AbuseControl;
  /**
   * Chat sessions (Redis): the only source of a follow-up's earlier turns, and where answered
   * turns are recorded. Without it every question stands alone (tests of other things).
   */
  sessions?: ChatSessionStore;
  /** Who writes a conversational reply for a job's options; the builtin reply when absent. */
  chatFor?: (options: QuestionJobData['options']) => ChatResponder;
}

export interface ProcessedJob {
  status: 'completed' | 'failed' | 'cancelled' | 'already_finished';
  row_count?: number;
}

const WILL_RETRY = {
  en: 'Something went wrong while answering; it will be retried.',
  ru: 'При ответе что-то пошло не так; попытка будет повторена.',
  kk: 'Жауап беру кезінде қате шықты; әрекет қайталанады.',
} as const;

/** Errors that are not a PipelineError (Redis or Postgres hiccups, planner crashes) are worth retrying. */
function asPipelineError(err: unknown, question: string): PipelineError {
  if (err instanceof PipelineError) return err;
  return new PipelineError(
    'unavailable',
    WILL_RETRY[detectLanguage(question)],
    true,
    {},
    err instanceof Error ? err.message : String(err),
  );
}

/**
 * The BullMQ processor: unpack the job, run the pipeline, record history,
 * publish the terminal event. Retrying is BullMQ's; deciding whether a retry
 * can help is ours (UnrecoverableError when it cannot).
 */
export function createQuestionProcessor(deps: ProcessorDeps) {
  return async function processQuestion(job: Job<QuestionJobData>): Promise<ProcessedJob> {
    const jobId = job.id!;
    const attempt = job.attemptsMade + 1;
    const maxAttempts = job.opts.attempts ?? 1;
    const log = deps.logger.child({ job_id: jobId, attempt, request_id: requestIdOf(job.data) });
    const startedAt = performance.now();

    // A job whose previous run published its terminal event (and then died) must not run twice.
    const past = await deps.events.read(jobId);
    if (past.some((e) => ['completed', 'failed', 'cancelled'].includes(e.event.type))) {
      log.info('job already finished; nothing to do');
      return { status: 'already_finished' };
    }

    // Whatever put the job on the queue, only a well-formed job with a valid Caller runs.
    const parsed = questionJobSchema.safeParse(job.data);
    if (!parsed.success) return rejectMalformedJob(deps, job, parsed.error.issues, log);
    const data = parsed.data;

    deps.metrics.activeJobs.inc();
    const cancelWatch = watchCancel(deps.redis, keys.cancel(deps.names, jobId));
    try {
      const injection = refuseInjection(data);
      if (injection) throw injection;
      const turns: ChatTurn[] =
        data.session_id && deps.sessions ? await deps.sessions.turns(data.caller, data.session_id) : [];
      // Follow-ups build on the session's answered data questions (not on its greetings).
      const previous = turns
        .filter((t) => t.kind === 'answer' && t.sql)
        .map((t) => ({ question: t.message, sql: t.sql, frame: t.frame }));
      // A greeting, thanks or "help" is answered in words, as a completed job, without planning.
      const understood = conversationalMessage(data, previous, new Date());
      if (understood) {
        return await answerConversation(deps, {
          jobId,
          attempt,
          data,
          understood,
          turns,
          signal: cancelWatch.signal,
          log,
          startedAt,
        });
      }
      const pipeline = deps.pipelineFor?.(data.options) ?? deps.pipeline;
      // A run that got as far as a stage may have kept a plan the model was paid for (a retry, or
      // this job taken over from a worker that died): that plan runs instead of a new model call.
      const earlierPlan =
        deps.plans && past.some((e) => e.event.type === 'stage') ? await deps.plans.get(jobId) : null;
      if (earlierPlan) log.info({ planner: earlierPlan.planner }, 'running the plan of an earlier run');
      const answered: AnsweredQuestion = await answerQuestion(
        pipeline,
        {
          question: data.question,
          caller: data.caller,
          previous,
          useCache: data.options?.use_cache !== false,
          earlierPlan,
        },
        {
          // Each stage's cancel check and its event are one atomic round trip: once the flag is set,
          // the stage is neither announced nor run.
          onStage: async (stage, detail) => {
            const appended = await deps.events.appendUnlessCancelled(jobId, keys.cancel(deps.names, jobId), {
              type: 'stage',
              at: new Date().toISOString(),
              stage,
              attempt,
              ...(detail ? { detail } : {}),
            });
            if (appended === null) throw new PipelineError('cancelled', 'The question was cancelled.', false);
          },
          keepPlan: async (plan) => {
            // Only a saving: a plan that cannot be kept costs a later run a model call, not this answer.
            await deps.plans?.put(jobId, plan).catch((err) => log.warn({ err }, 'could not keep the plan'));
          },
          onPlan: async (sql, planner) => {
            await deps.events.append(jobId, { type: 'plan', at: new Date().toISOString(), sql, planner });
          },
          signal: cancelWatch.signal,
        },
      );
      const { result } = answered;
      // In a chat, a data answer is also a reply in words: its headline.
      const reply: ChatReply | undefined =
        data.mode === 'chat'
          ? {
              kind: 'answer',
              message: result.analysis.headline,
              language: result.language,
              provider: result.provider,
              model: result.model,
              streamed: false,
            }
          : undefined;
      await upsertHistory(
        deps.appDb,
        newHistoryRecord(jobId, data, {
          ...completedHistoryFields(answered),
          attempts: attempt,
          tokensIn: answered.usage?.input_tokens ?? null,
          tokensOut: answered.usage?.output_tokens ?? null,
          reply: reply ?? null,
          finishedAt: new Date(),
        }),
      );
      await recordTurn(
        deps,
        data,
        {
          job_id: jobId,
          at: new Date().toISOString(),
          message: data.question,
          reply: result.analysis.headline,
          kind: 'answer',
          language: result.language,
          sql: result.sql,
          ...(answered.frame === null || answered.frame === undefined ? {} : { frame: answered.frame }),
        },
        log,
      );
      // A plain question (no session, not chat) now held by both caches: the API may answer the same
      // submission from them next time, without queueing it (apps/api answer-from-cache.ts).
      if (answered.cacheLookups && pipeline.cache?.putAnswer && data.mode !== 'chat' && !data.session_id) {
        await pipeline.cache.putAnswer(
          {
            question: data.question,
            tenant: data.caller.tenant,
            timeZone: data.caller.time_zone,
            localDate: answered.cacheLookups.plan.localDate,
            plannerOption: data.options?.planner ?? 'auto',
            maxRows: data.options?.max_rows ?? null,
          },
          answered.cacheLookups.plan,
          answered.cacheLookups.rows,
        );
      }
      await deps.events.append(
        jobId,
        { type: 'completed', at: new Date().toISOString(), result, ...(reply ? { reply } : {}) },
        { tenant: data.caller.tenant, tokens: tokensSpent(answered.llmCalls) },
      );
      for (const [stage, ms] of Object.entries(result.timings))
        deps.metrics.stageSeconds.observe({ stage }, ms / 1000);
      deps.metrics.jobs.inc({ outcome: 'completed' });
      deps.metrics.jobSeconds.observe({ outcome: 'completed' }, (performance.now() - startedAt) / 1000);
      log.info(
        { rows: result.row_count, planner: result.planner, timings: result.timings },
        'question answered',
      );
      return { status: 'completed', row_count: result.row_count };
    } catch (err) {
      const failure = asPipelineError(err, data.question);
      const ctx = failure.context;
      const outcome = {
        attempts: attempt,
        language: ctx.language ?? null,
        planner: ctx.planner ?? null,
        provider: ctx.provider ?? null,
        model: ctx.model ?? null,
        promptHash: ctx.promptHash ?? null,
        sql: ctx.sql ?? null,
        guardReasons: ctx.guardReasons && ctx.guardReasons.length > 0 ? ctx.guardReasons : null,
        timings: ctx.timings ?? {},
        planFrame: ctx.frame ?? null,
        planAttempts: ctx.repairs ?? [],
        llmCalls: ctx.llmCalls ?? [],
        tokensIn: ctx.usage?.input_tokens ?? null,
        tokensOut: ctx.usage?.output_tokens ?? null,
        finishedAt: new Date(),
      };
      // The terminal event below frees the job's in-flight slot and charges what its last attempt spent.
      const spent = { tenant: data.caller.tenant, tokens: tokensSpent(ctx.llmCalls ?? []) };
      if (failure.code === 'cancelled') {
        await upsertHistory(deps.appDb, newHistoryRecord(jobId, data, { ...outcome, status: 'cancelled' }));
        await deps.events.append(jobId, { type: 'cancelled', at: new Date().toISOString() }, spent);
        deps.metrics.jobs.inc({ outcome: 'cancelled' });
        return { status: 'cancelled' };
      }
      if (failure.code === 'rejected_sql') deps.metrics.guardRejections.inc();
      const final = !failure.retryable || attempt >= maxAttempts;
      if (!final) {
        deps.metrics.jobs.inc({ outcome: 'retried' });
        log.warn({ err, code: failure.code }, 'attempt failed; BullMQ will retry');
        throw err;
      }
      const warning = await warnAbuse(deps.abuse, jobId, data, failure, (e) =>
        log.warn({ err: e }, 'could not record an abuse violation'),
      );
      const error: JobError = {
        code: failure.code,
        // A refused question's warning says why and what comes next.
        message: failure.code === 'refused' && warning ? warning.message : failure.userMessage,
        retryable: failure.retryable,
        ...(failure.details === undefined ? {} : { details: failure.details }),
        ...(ctx.guardReasons && ctx.guardReasons.length > 0
          ? { details: { reasons: ctx.guardReasons } }
          : {}),
        ...(warning ? { warning } : {}),
      };
      await upsertHistory(deps.appDb, newHistoryRecord(jobId, data, { ...outcome, status: 'failed', error }));
      await deps.events.append(jobId, { type: 'failed', at: new Date().toISOString(), error }, spent);
      deps.metrics.jobs.inc({ outcome: 'failed' });
      deps.metrics.jobSeconds.observe({ outcome: 'failed' }, (performance.now() - startedAt) / 1000);
      log.info({ code: failure.code, details: failure.details }, 'question failed');
      throw new UnrecoverableError(failure.userMessage);
    } finally {
      cancelWatch.stop();
      deps.metrics.activeJobs.dec();
    }
  };
}

function requestIdOf(data: unknown): string | undefined {
  const id = (data as { caller?: { request_id?: unknown } } | null)?.caller?.request_id;
  return typeof id === 'string' ? id.slice(0, 255) : undefined;
}

/** A text field of a malformed job, if it has one, for its audit row. */
function textAt(value: unknown, fallback: string, max = 2_000): string {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, max) : fallback;
}

/**
 * A job that does not match the job schema (no valid Caller, missing fields)
 * never runs: it fails at once, without retries, with an audit row saying why.
 * Its tenant is recorded as written when it is text, so only that bank (or an
 * admin) may read the row; "(invalid)" otherwise, which only admins see.
 */
async function rejectMalformedJob(
  deps: ProcessorDeps,
  job: Job<unknown>,
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
  log: Logger,
): Promise<never> {
  const raw = (job.data ?? {}) as Record<string, unknown>;
  const caller = (raw.caller ?? {}) as Record<string, unknown>;
  const reasons = issues.slice(0, 10).map((i) => `${i.path.map(String).join('.') || '(job)'}: ${i.message}`);
  const asked: AskedQuestion = {
    caller: {
      tenant: textAt(caller.tenant, '(invalid)', 64),
      user_id: textAt(caller.user_id, '(invalid)', 256),
      ...(typeof caller.role === 'string' ? { role: caller.role.slice(0, 16) } : {}),
      ...(typeof caller.request_id === 'string' ? { request_id: caller.request_id.slice(0, 255) } : {}),
    },
    session_id: null,
    question: textAt(raw.question, '(missing)'),
    created_at: new Date(job.timestamp).toISOString(),
  };
  const error: JobError = {
    code: 'invalid_job',
    message: 'The question could not be run: the job was malformed. Please ask again.',
    retryable: false,
    details: { reasons },
  };
  const finishedAt = new Date();
  await upsertHistory(
    deps.appDb,
    newHistoryRecord(job.id!, asked, { status: 'failed', attempts: job.attemptsMade + 1, error, finishedAt }),
  );
  await deps.events.append(
    job.id!,
    { type: 'failed', at: finishedAt.toISOString(), error },
    { tenant: asked.caller.tenant, tokens: 0 },
  );
  deps.metrics.jobs.inc({ outcome: 'failed' });
  log.warn({ reasons }, 'malformed job refused');
  throw new UnrecoverableError(`malformed job: ${reasons.join('; ')}`);
}
