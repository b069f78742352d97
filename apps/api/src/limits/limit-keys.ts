import { keys, type QueueNames } from '@pa/queue';

/** Redis keys of the API's limits, under the deployment's queue prefix like every key of ours. */
export const limitKeys = {
  /** Rate-limiter counters (rate-limiter-flexible appends the partition). */
  rate: (n: QueueNames, policy: string) => `${n.prefix}:${n.queue}:rate:${policy}`,
  /** The in-flight slots and the LLM spend are in @pa/queue's keys: a job's terminal event frees and charges them. */
  inFlight: keys.inFlight,
  llmSpend: keys.llmSpend,
};
