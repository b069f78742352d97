import type { AbuseControl } from '@pa/abuse';
import type { ApiConfig } from '@pa/config';
import type { Caller } from '@pa/contracts';
import type { ApiMetrics, Logger } from '@pa/observability';
import type {
  ChatSessionStore,
  JobEventHub,
  JobEventLog,
  QuestionJobData,
  QueueNames,
  RedisClient,
} from '@pa/queue';
import type { Queue } from 'bullmq';
import type pg from 'pg';
import type { TokenVerifier } from './auth/token-verifier.js';

/** Everything a route may use; built once in main (or by a test) and handed to createApp. */
export interface AppDeps {
  config: ApiConfig;
  logger: Logger;
  metrics: ApiMetrics;
  redis: RedisClient;
  appDb: pg.Pool;
  queue: Queue<QuestionJobData>;
  names: QueueNames;
  events: JobEventLog;
  hub: JobEventHub;
  /** Verifies bearer tokens (its JWKS cache lives as long as the process). */
  tokens: TokenVerifier;
  /** Prompt-injection screening, violations and bans (shared with the workers through Redis). */
  abuse: AbuseControl;
  /** Chat sessions, per caller (Redis; the workers read and extend them). */
  sessions: ChatSessionStore;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    deps: AppDeps;
    /** Who is asking, from the verified token; set on every route but the public ones. */
    caller: Caller;
  };
};
