import type { ApiConfig } from '@pa/config';
import type { ApiMetrics, Logger } from '@pa/observability';
import type { JobEventHub, JobEventLog, QuestionJobData, QueueNames } from '@pa/queue';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type pg from 'pg';

/** Everything a route may use; built once in main (or by a test) and handed to createApp. */
export interface AppDeps {
  config: ApiConfig;
  logger: Logger;
  metrics: ApiMetrics;
  redis: Redis;
  appDb: pg.Pool;
  queue: Queue<QuestionJobData>;
  names: QueueNames;
  events: JobEventLog;
  hub: JobEventHub;
}

/** Server-decided identity of the caller (from a verified token once authentication is on). */
export interface Principal {
  userId: string;
  tenant: string;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    deps: AppDeps;
    principal: Principal;
  };
};
