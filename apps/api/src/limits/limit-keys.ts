import type { QueueNames } from '@pa/queue';

/** Redis keys of the API's limits, under the deployment's queue prefix like every key of ours. */
export const limitKeys = {
  /** Rate-limiter counters (rate-limiter-flexible appends the partition). */
  rate: (n: QueueNames, policy: string) => `${n.prefix}:${n.queue}:rate:${policy}`,
  /** Sorted set: a bank's questions in flight, job id → enqueue time (ms). */
  inFlight: (n: QueueNames, tenant: string) => `${n.prefix}:${n.queue}:inflight:${tenant}`,
  /** Hash: LLM tokens spent on one UTC day, tenant → tokens. */
  llmSpend: (n: QueueNames, day: string) => `${n.prefix}:${n.queue}:llm-spend:${day}`,
};
