import type { JobError } from '@pa/contracts';
import { type HistoryIdentity, newHistoryRecord, recentSessionTurns, upsertHistory } from '@pa/db';
import type { Logger, WorkerMetrics } from '@pa/observability';
import { type AnsweredQuestion, answerQuestion, type PipelineDeps, PipelineError } from '@pa/pipeline';
import { type JobEventLog, keys, type QuestionJobData, type QueueNames } from '@pa/queue';
import { type Job, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import type pg from 'pg';

export interface ProcessorDeps {
  pipeline: PipelineDeps;
  /** The pipeline a job's options ask for (planner choice, row cap); `pipeline` when absent. */
  pipelineFor?: (options: QuestionJobData['options']) => PipelineDeps;
  events: JobEventLog;
  redis: Redis;
  names: QueueNames;
  appDb: pg.Pool;
  logger: Logger;
  metrics: WorkerMetrics;
}

export interface ProcessedJob {
  status: 'completed' | 'failed' | 'cancelled' | 'already_finished';
  row_count?: number;
}

/** Errors that are not a PipelineError (Redis or Postgres hiccups, planner crashes) are worth retrying. */
function asPipelineError(err: unknown): PipelineError {
  if (err instanceof PipelineError) return err;
  return new PipelineError(
    'unavailable',
    'Something went wrong while answering; it will be retried.',
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
    const data = job.data;
    const attempt = job.attemptsMade + 1;
    const maxAttempts = job.opts.attempts ?? 1;
    const log = deps.logger.child({ job_id: jobId, attempt });
    const startedAt = performance.now();

    // A job whose previous run published its terminal event (and then died) must not run twice.
    const past = await deps.events.read(jobId);
    if (past.some((e) => ['completed', 'failed', 'cancelled'].includes(e.event.type))) {
      log.info('job already finished; nothing to do');
      return { status: 'already_finished' };
    }

    deps.metrics.activeJobs.inc();
    const identity: HistoryIdentity = {
      jobId,
      tenant: data.tenant,
      userId: data.user_id,
      sessionId: data.session_id,
      question: data.question,
      createdAt: new Date(data.created_at),
    };

    try {
      const previous = data.session_id
        ? (await recentSessionTurns(deps.appDb, data.tenant, data.session_id)).map((t) => ({
            question: t.question,
            sql: t.sql,
            frame: t.plan_frame ?? undefined,
          }))
        : [];
      const answered: AnsweredQuestion = await answerQuestion(
        deps.pipelineFor?.(data.options) ?? deps.pipeline,
        { question: data.question, scope: { tenantBank: data.tenant, timeZone: data.time_zone }, previous },
        {
          onStage: async (stage, detail) => {
            await deps.events.append(jobId, {
              type: 'stage',
              at: new Date().toISOString(),
              stage,
              attempt,
              ...(detail ? { detail } : {}),
            });
          },
          onPlan: async (sql, planner) => {
            await deps.events.append(jobId, { type: 'plan', at: new Date().toISOString(), sql, planner });
          },
          checkpoint: async () => {
            if ((await deps.redis.exists(keys.cancel(deps.names, jobId))) === 1) {
              throw new PipelineError('cancelled', 'The question was cancelled.', false);
            }
          },
        },
      );
      const { result } = answered;
      await upsertHistory(
        deps.appDb,
        newHistoryRecord(identity, {
          attempts: attempt,
          language: result.language,
          planner: result.planner,
          provider: result.provider,
          model: result.model,
          promptHash: answered.promptHash,
          sql: result.sql,
          rowCount: result.row_count,
          timings: result.timings,
          tokensIn: answered.usage?.input_tokens ?? null,
          tokensOut: answered.usage?.output_tokens ?? null,
          planFrame: answered.frame,
          planAttempts: answered.repairs,
          llmCalls: answered.llmCalls,
          status: 'completed',
          error: null,
          result,
          finishedAt: new Date(),
        }),
      );
      await deps.events.append(jobId, { type: 'completed', at: new Date().toISOString(), result });
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
      const failure = asPipelineError(err);
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
      if (failure.code === 'cancelled') {
        await upsertHistory(deps.appDb, newHistoryRecord(identity, { ...outcome, status: 'cancelled' }));
        await deps.events.append(jobId, { type: 'cancelled', at: new Date().toISOString() });
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
      const error: JobError = {
        code: failure.code,
        message: failure.userMessage,
        retryable: failure.retryable,
        ...(failure.details === undefined ? {} : { details: failure.details }),
        ...(ctx.guardReasons && ctx.guardReasons.length > 0
          ? { details: { reasons: ctx.guardReasons } }
          : {}),
      };
      await upsertHistory(deps.appDb, newHistoryRecord(identity, { ...outcome, status: 'failed', error }));
      await deps.events.append(jobId, { type: 'failed', at: new Date().toISOString(), error });
      deps.metrics.jobs.inc({ outcome: 'failed' });
      deps.metrics.jobSeconds.observe({ outcome: 'failed' }, (performance.now() - startedAt) / 1000);
      log.info({ code: failure.code, details: failure.details }, 'question failed');
      throw new UnrecoverableError(failure.userMessage);
    } finally {
      deps.metrics.activeJobs.dec();
    }
  };
}
