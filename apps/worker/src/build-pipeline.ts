import type { WorkerConfig } from '@pa/config';
import type { QuestionOptions } from '@pa/contracts';
import {
  createSchemaCatalogCache,
  defaultExecuteLimits,
  executeReadOnly,
  findSimilarExamples,
  loadSchemaCatalog,
} from '@pa/db';
import type { Logger, WorkerMetrics } from '@pa/observability';
import type { AnswerCache, PipelineDeps } from '@pa/pipeline';
import type { OnLlmCall, Planner } from '@pa/planner';
import { createBuiltinPlanner } from '@pa/planner-builtin';
import {
  type ChatResponder,
  createBuiltinChatResponder,
  createChatResponder,
  createPlanner,
  createRedisConcurrencyLimiter,
  createRedisRateLimiter,
  LLM_MAX_REPAIRS,
  type PlannerChoice,
} from '@pa/planner-llm';
import {
  answerProfile,
  CACHE_SCHEMA_VERSION,
  type QueueNames,
  RedisAnswerCache,
  type RedisClient,
} from '@pa/queue';
import { guardSql } from '@pa/sql-guard';
import type pg from 'pg';
import { runningRelease } from './code-release.js';

export interface PipelineResources {
  analyticsDb: pg.Pool;
  appDb: pg.Pool;
  redis: RedisClient;
  logger: Logger;
  metrics?: WorkerMetrics;
  /**
   * The deployment's Redis key names: with them, plans and results are cached in Redis
   * (shared by every worker). The eval harness and benchmarks leave them out and measure
   * the planner and the database every time.
   */
  cacheNames?: QueueNames;
}

/** The schema version in every cache key (@pa/queue: the API, answering from the caches, uses it too). */
export const SCHEMA_VERSION = CACHE_SCHEMA_VERSION;

/** The card pseudonym: pa_reader can read it, but it identifies a card, so it may only be counted. */
export const PERSONAL_COLUMNS = ['card_key'];

export interface BuiltPipeline {
  /** The configured planner (LLM chain or builtin) with the configured row cap. */
  pipeline: PipelineDeps;
  llm: PlannerChoice['llm'];
  pipelineFor(options: QuestionOptions | null): PipelineDeps;
  /** Who writes the words of a conversational message: the configured model (streamed), or the builtin reply. */
  chatFor(options: QuestionOptions | null): ChatResponder;
}

/**
 * The pipeline as the worker runs it: the configured planner (with the live
 * schema catalog, similar examples and provider-wide limits), the guard and
 * the read-only executor. The eval harness and benchmarks use the same one.
 * Call `loadGuard()` before running it.
 */
export function buildPipeline(config: WorkerConfig, res: PipelineResources): BuiltPipeline {
  const { analyticsDb, appDb, redis, logger, metrics, cacheNames } = res;
  const provider = config.LLM_PROVIDER;
  const catalog = createSchemaCatalogCache(
    () =>
      loadSchemaCatalog(analyticsDb, {
        relations: ['public.transactions'],
        personalColumns: PERSONAL_COLUMNS,
      }),
    {
      ttlMs: 300_000,
      onError: (err) => logger.warn({ err }, 'schema catalog refresh failed; serving the previous one'),
    },
  );
  // Planning and chat replies share the provider-wide limits.
  const rateLimiter = createRedisRateLimiter(redis, {
    key: `${config.QUEUE_PREFIX}:llm:rate:${provider}`,
    ratePerSecond: config.LLM_RATE_PER_SECOND,
    burst: config.LLM_BURST,
    onError: (err) => logger.warn({ err }, 'LLM rate limiter unavailable'),
  });
  const concurrencyLimiter = createRedisConcurrencyLimiter(redis, {
    key: `${config.QUEUE_PREFIX}:llm:slots:${provider}`,
    limit: config.LLM_MAX_CONCURRENCY,
    leaseMs: config.LLM_TIMEOUT_MS + 5_000,
  });
  const onCall: OnLlmCall | undefined = metrics
    ? (call) => {
        const labels = { provider: call.provider, model: call.model, tenant: call.tenant ?? 'unknown' };
        metrics.llmCalls.inc({ ...labels, outcome: call.outcome });
        metrics.llmTokens.inc({ ...labels, direction: 'input' }, call.inputTokens);
        metrics.llmTokens.inc({ ...labels, direction: 'output' }, call.outputTokens);
        metrics.llmSeconds.observe({ provider: call.provider, outcome: call.outcome }, call.latencyMs / 1000);
      }
    : undefined;
  const chat = createChatResponder(config, logger, {
    rateLimiter,
    concurrencyLimiter,
    ...(onCall ? { onCall } : {}),
  });
  const builtinChat = createBuiltinChatResponder();
  const { planner, maxRepairs, llm } = createPlanner(config, logger, {
    catalog,
    examples: (question, caller) => findSimilarExamples(appDb, question, caller, 4),
    rateLimiter,
    concurrencyLimiter,
    ...(onCall ? { onCall } : {}),
  });
  if (llm && metrics) metrics.trackCircuit(llm.provider, () => llm.circuitState());

  const release = cacheNames ? runningRelease() : '';
  const cache: AnswerCache | undefined = cacheNames
    ? new RedisAnswerCache(redis, cacheNames, {
        schemaVersion: async () => SCHEMA_VERSION,
        // Plans made by an earlier release of the code are not served by this one.
        release,
        onError: (err) => logger.warn({ err }, 'answer cache unavailable; answering without it'),
        // The API answers repeated questions only from pointers this profile wrote (or the newest).
        profile: answerProfile({
          planner: planner.name,
          model: llm ? `${llm.provider}/${llm.model}` : null,
          maxRows: config.MAX_RESULT_ROWS,
          maxBytes: config.MAX_RESULT_BYTES,
          release,
        }),
        ...(metrics
          ? {
              onLookup: (which, hit) =>
                metrics.cacheLookups.inc({ cache: which, outcome: hit ? 'hit' : 'miss' }),
            }
          : {}),
      })
    : undefined;

  const builtin = createBuiltinPlanner();
  const noModel: Planner = {
    name: 'none',
    plan: async (request) => ({
      kind: 'refuse',
      message:
        request.language === 'en'
          ? 'This server has no language model configured; ask again with planner "auto" or "builtin".'
          : 'На этом сервере не настроена языковая модель; спросите снова с planner "auto" или "builtin".',
      planner: 'none',
      provider: 'none',
      model: null,
    }),
  };

  // One frozen policy per row cap, so the guard compiles each once rather than for every statement
  // (a job's options build their own pipeline, so per pipeline would still be per job).
  const guardPolicies = new Map<number, Readonly<{ maxRows: number; personalColumns: readonly string[] }>>();
  const guardPolicyFor = (maxRows: number) => {
    let policy = guardPolicies.get(maxRows);
    if (!policy) {
      policy = Object.freeze({ maxRows, personalColumns: Object.freeze([...PERSONAL_COLUMNS]) });
      guardPolicies.set(maxRows, policy);
    }
    return policy;
  };

  /** The pipeline for one row cap and planner choice; the guard and the executor agree on the cap. */
  const pipelineWith = (maxRows: number, choice: { planner: Planner; maxRepairs: number }): PipelineDeps => {
    const limits = {
      ...defaultExecuteLimits,
      statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
      maxRows,
      maxBytes: config.MAX_RESULT_BYTES,
    };
    const policy = guardPolicyFor(maxRows);
    return {
      ...choice,
      now: () => new Date(),
      guard: (sql) => guardSql(sql, policy),
      execute: (sql, caller) => {
        metrics?.executedStatements.inc();
        return executeReadOnly(analyticsDb, sql, caller, limits);
      },
      ...(cache ? { cache } : {}),
    };
  };
  const pipeline = pipelineWith(config.MAX_RESULT_ROWS, { planner, maxRepairs });

  return {
    llm,
    pipeline,
    /** `planner: "builtin"` never calls a model, for chat replies either. */
    chatFor: (options) => (options?.planner === 'builtin' ? builtinChat : chat),
    /** What a question's `options` ask for: a smaller row cap, or one planner only. */
    pipelineFor(options) {
      const maxRows = Math.min(config.MAX_RESULT_ROWS, options?.max_rows ?? config.MAX_RESULT_ROWS);
      switch (options?.planner ?? 'auto') {
        case 'builtin':
          return pipelineWith(maxRows, { planner: builtin, maxRepairs: 0 });
        case 'llm':
          return pipelineWith(
            maxRows,
            llm ? { planner: llm, maxRepairs: LLM_MAX_REPAIRS } : { planner: noModel, maxRepairs: 0 },
          );
        default:
          return maxRows === config.MAX_RESULT_ROWS
            ? pipeline
            : pipelineWith(maxRows, { planner, maxRepairs });
      }
    },
  };
}
