import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** One registry per process; label values come from small fixed sets. */
export function createWorkerMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    jobs: new Counter({
      name: 'pa_jobs_total',
      help: 'Question jobs finished by this worker, by outcome (completed, failed, retried, cancelled).',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    stageSeconds: new Histogram({
      name: 'pa_stage_duration_seconds',
      help: 'Time spent in each pipeline stage.',
      labelNames: ['stage'] as const,
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    jobSeconds: new Histogram({
      name: 'pa_job_duration_seconds',
      help: 'Time from a job being picked up to its terminal state.',
      labelNames: ['outcome'] as const,
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    }),
    guardRejections: new Counter({
      name: 'pa_guard_rejections_total',
      help: 'Planned statements refused by the SQL guard.',
      registers: [registry],
    }),
    cacheLookups: new Counter({
      name: 'pa_cache_lookups_total',
      help: 'Lookups in the shared plan cache and result cache (Redis), by cache (plan, result) and outcome (hit, miss).',
      labelNames: ['cache', 'outcome'] as const,
      registers: [registry],
    }),
    executedStatements: new Counter({
      name: 'pa_executed_statements_total',
      help: 'Guarded statements run against the analytics database (result-cache hits are not).',
      registers: [registry],
    }),
    activeJobs: new Gauge({
      name: 'pa_worker_active_jobs',
      help: 'Jobs this worker is processing right now.',
      registers: [registry],
    }),
    llmCalls: new Counter({
      name: 'pa_llm_requests_total',
      help: 'Requests to the LLM provider (retries included), by outcome.',
      labelNames: ['provider', 'model', 'tenant', 'outcome'] as const,
      registers: [registry],
    }),
    llmTokens: new Counter({
      name: 'pa_llm_tokens_total',
      help: 'Tokens sent to (input) and received from (output) the LLM provider.',
      labelNames: ['provider', 'model', 'tenant', 'direction'] as const,
      registers: [registry],
    }),
    llmSeconds: new Histogram({
      name: 'pa_llm_request_duration_seconds',
      help: 'Latency of LLM provider requests.',
      labelNames: ['provider', 'outcome'] as const,
      buckets: [0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30],
      registers: [registry],
    }),
    /** Exposes a provider's circuit breaker state (1 = open or isolated). */
    trackCircuit(provider: string, state: () => string) {
      new Gauge({
        name: 'pa_llm_circuit_open',
        help: 'Whether the circuit breaker of the LLM provider is open (1) or not (0).',
        labelNames: ['provider'] as const,
        registers: [registry],
        collect() {
          const s = state();
          this.set({ provider }, s === 'open' || s === 'isolated' ? 1 : 0);
        },
      });
    },
    /**
     * Exposes the queue's depth by state and the age of its oldest waiting job, read from
     * Redis on every scrape (KEDA scales workers on it; alerts watch the age). The values
     * are queue-wide, so every worker reports the same numbers: aggregate with `max`, not
     * `sum`. When Redis does not answer, the series are dropped rather than left stale.
     */
    trackQueue(queue: string, read: () => Promise<QueueDepthSnapshot>) {
      let pending: Promise<QueueDepthSnapshot | null> | null = null;
      // Both gauges are collected in the same scrape: one read of Redis serves them.
      const snapshot = () => {
        pending ??= read()
          .catch(() => null)
          .finally(() => {
            pending = null;
          });
        return pending;
      };
      new Gauge({
        name: 'pa_queue_jobs',
        help: 'Question jobs in the queue by BullMQ state (waiting, prioritized, active, delayed, paused, completed, failed); queue-wide.',
        labelNames: ['queue', 'state'] as const,
        registers: [registry],
        async collect() {
          const s = await snapshot();
          this.reset();
          if (s) for (const [state, count] of Object.entries(s.counts)) this.set({ queue, state }, count);
        },
      });
      new Gauge({
        name: 'pa_queue_oldest_waiting_job_age_seconds',
        help: 'How long the oldest question still waiting for a worker has been in the queue (0 when none waits); queue-wide.',
        labelNames: ['queue'] as const,
        registers: [registry],
        async collect() {
          const s = await snapshot();
          this.reset();
          if (s) this.set({ queue }, s.oldestWaitingSeconds);
        },
      });
    },
  };
}
export type WorkerMetrics = ReturnType<typeof createWorkerMetrics>;

/** What `trackQueue` reads from the queue at scrape time. */
export interface QueueDepthSnapshot {
  /** Jobs per state; the states are a small fixed set. */
  counts: Record<string, number>;
  oldestWaitingSeconds: number;
}

export function createApiMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: 'pa_http_requests_total',
      help: 'HTTP requests by route pattern, method and status class.',
      labelNames: ['route', 'method', 'status'] as const,
      registers: [registry],
    }),
    requestSeconds: new Histogram({
      name: 'pa_http_request_duration_seconds',
      help: 'HTTP request latency until the response headers are sent.',
      labelNames: ['route', 'method'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    jobsSubmitted: new Counter({
      name: 'pa_jobs_submitted_total',
      help: 'Questions accepted and enqueued.',
      registers: [registry],
    }),
    sseClients: new Gauge({
      name: 'pa_sse_clients',
      help: 'Open Server-Sent Events connections on this API process.',
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'pa_rate_limited_total',
      help: 'Requests refused with 429, by the limit they hit (submit-user, submit-tenant, read-user, read-tenant, in-flight, llm-budget).',
      labelNames: ['limit'] as const,
      registers: [registry],
    }),
  };
}
export type ApiMetrics = ReturnType<typeof createApiMetrics>;
