import type { WorkerConfig } from '@pa/config';
import {
  createSchemaCatalogCache,
  defaultExecuteLimits,
  executeReadOnly,
  findSimilarExamples,
  loadSchemaCatalog,
} from '@pa/db';
import {
  createPlanner,
  createRedisConcurrencyLimiter,
  createRedisRateLimiter,
  type PlannerChoice,
} from '@pa/llm';
import type { Logger, WorkerMetrics } from '@pa/observability';
import type { PipelineDeps } from '@pa/pipeline';
import { guardSql } from '@pa/sql-guard';
import type { Redis } from 'ioredis';
import type pg from 'pg';

export interface PipelineResources {
  analyticsDb: pg.Pool;
  appDb: pg.Pool;
  redis: Redis;
  logger: Logger;
  metrics?: WorkerMetrics;
}

export const PERSONAL_COLUMNS = ['card_id', 'expiry_date'];

/**
 * The pipeline as the worker runs it: the configured planner (with the live
 * schema catalog, similar examples and provider-wide limits), the guard and
 * the read-only executor. The eval harness and benchmarks use the same one.
 * Call `loadGuard()` before running it.
 */
export function buildPipeline(
  config: WorkerConfig,
  res: PipelineResources,
): { pipeline: PipelineDeps; llm: PlannerChoice['llm'] } {
  const { analyticsDb, appDb, redis, logger, metrics } = res;
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
  const { planner, maxRepairs, llm } = createPlanner(config, logger, {
    catalog,
    examples: (question) => findSimilarExamples(appDb, question, 4),
    rateLimiter: createRedisRateLimiter(redis, {
      key: `${config.QUEUE_PREFIX}:llm:rate:${provider}`,
      ratePerSecond: config.LLM_RATE_PER_SECOND,
      burst: config.LLM_BURST,
      onError: (err) => logger.warn({ err }, 'LLM rate limiter unavailable'),
    }),
    concurrencyLimiter: createRedisConcurrencyLimiter(redis, {
      key: `${config.QUEUE_PREFIX}:llm:slots:${provider}`,
      limit: config.LLM_MAX_CONCURRENCY,
      leaseMs: config.LLM_TIMEOUT_MS + 5_000,
    }),
    ...(metrics
      ? {
          onCall: (call) => {
            const labels = { provider: call.provider, model: call.model, tenant: call.tenant ?? 'unknown' };
            metrics.llmCalls.inc({ ...labels, outcome: call.outcome });
            metrics.llmTokens.inc({ ...labels, direction: 'input' }, call.inputTokens);
            metrics.llmTokens.inc({ ...labels, direction: 'output' }, call.outputTokens);
            metrics.llmSeconds.observe(
              { provider: call.provider, outcome: call.outcome },
              call.latencyMs / 1000,
            );
          },
        }
      : {}),
  });
  if (llm && metrics) metrics.trackCircuit(llm.provider, () => llm.circuitState());

  const limits = {
    ...defaultExecuteLimits,
    statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
    maxRows: config.MAX_RESULT_ROWS,
    maxBytes: config.MAX_RESULT_BYTES,
  };
  return {
    llm,
    pipeline: {
      planner,
      maxRepairs,
      now: () => new Date(),
      guard: (sql) => guardSql(sql, { maxRows: config.MAX_RESULT_ROWS, personalColumns: PERSONAL_COLUMNS }),
      execute: (sql, scope) => executeReadOnly(analyticsDb, sql, scope, limits),
    },
  };
}
