import { createHash } from 'node:crypto';
import {
  type AnswerCacheKey,
  type CachedPlan,
  type CachedRows,
  cachedPlanSchema,
  cachedRowsSchema,
  READER_COLUMNS,
  TRANSACTION_ENUMS,
} from '@pa/contracts';
import type { RedisClient } from './connection.js';
import type { QueueNames } from './jobs.js';

/** Result TTL when the SQL reads the clock (`current_date`, `now()`…): "today" moves. */
export const CLOCK_RESULT_TTL_SECONDS = 5 * 60;
/** Result TTL otherwise, and the plan TTL. */
export const STABLE_RESULT_TTL_SECONDS = 30 * 60;

/**
 * SQL-standard clock keywords, PostgreSQL's clock functions and the special
 * date/time input strings. A false positive only shortens a TTL; the column
 * `transaction_timestamp` is not the function `transaction_timestamp()`.
 */
const CLOCK =
  /\b(current_date|current_time|current_timestamp|localtime|localtimestamp)\b|\b(now|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday)\s*\(|'\s*(now|today|yesterday|tomorrow)\s*'/i;

export const sqlReadsClock = (sql: string): boolean => CLOCK.test(sql);
export const resultTtlSeconds = (sql: string): number =>
  sqlReadsClock(sql) ? CLOCK_RESULT_TTL_SECONDS : STABLE_RESULT_TTL_SECONDS;

/** A question as the plan cache compares it: case, white space and trailing punctuation do not matter. */
export function normalizeForCache(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?!.。？！]+$/u, '')
    .trim();
}

export interface PlanCacheKey {
  question: string;
  /** The caller's tenant: a cached entry is never served to another tenant (nor admin `*` to a bank). */
  tenant: string;
  timeZone: string;
  /** The caller's calendar day in its zone: a plan with literal dates never outlives its day. */
  localDate: string;
  /** Which planner (chain) would answer: a builtin-only question never gets a model's plan. */
  planner: string;
}

export interface ResultCacheKey {
  /** The guarded statement exactly as the executor would run it (row limit included). */
  sql: string;
  tenant: string;
  timeZone: string;
}

/** A whole answer from the caches: the cached plan and the cached rows of its guarded statement. */
export interface CachedAnswer {
  plan: CachedPlan;
  rows: CachedRows;
}

/**
 * The schema version in every cache key: a hash of the columns the reader may read and
 * the allowed values of the enum-like ones (contracts, checked against the database's
 * grants and constraints by the integration tests), so a release that changes the
 * schema starts with fresh entries. Not the live catalog: a cache lookup must not wait
 * on the analytics database (a locked table would hold every cached answer). The worker
 * and the API (which answers repeated questions from the caches) use the same one.
 */
export const CACHE_SCHEMA_VERSION = createHash('sha256')
  .update(JSON.stringify({ READER_COLUMNS, TRANSACTION_ENUMS }))
  .digest('hex')
  .slice(0, 16);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const cacheKeys = {
  /** Counter bumped by seed, import and top-up; part of every cache key, so a bump invalidates everything. */
  dataVersion: (n: QueueNames) => `${n.prefix}:${n.queue}:cache:data-version`,
  plan: (n: QueueNames, digest: string) => `${n.prefix}:${n.queue}:cache:plan:${digest}`,
  result: (n: QueueNames, digest: string) => `${n.prefix}:${n.queue}:cache:result:${digest}`,
  /** Submission → the plan and result entries that answered it (see RedisAnswerCache.putAnswer). */
  answer: (n: QueueNames, digest: string) => `${n.prefix}:${n.queue}:cache:answer:${digest}`,
  /** The answer profile of the worker that last wrote a pointer (see RedisAnswerCacheOptions.profile). */
  answerProfile: (n: QueueNames) => `${n.prefix}:${n.queue}:cache:answer-profile`,
  /** A running job of one tenant for one question (see apps/api submit-question). */
  running: (n: QueueNames, digest: string) => `${n.prefix}:${n.queue}:running:${digest}`,
};

/** Marks the data as changed: every cached plan and result is left behind. */
export async function bumpDataVersion(redis: RedisClient, names: QueueNames): Promise<number> {
  return redis.incr(cacheKeys.dataVersion(names));
}

export interface RedisAnswerCacheOptions {
  /** Changes when the catalog (columns, comments, constraints) changes; part of every key. */
  schemaVersion: () => Promise<string>;
  /** Told about Redis errors; the cache then behaves as a miss and the question is answered anyway. */
  onError?: (err: unknown) => void;
  /** Told about every lookup, for metrics. */
  onLookup?: (cache: 'plan' | 'result' | 'answer', hit: boolean) => void;
  /**
   * What, besides the submission, decides a worker's answers: its planner chain and model, its
   * row and byte caps and its code release (see `answerProfile`). A writer of answer pointers (a worker) has one: it
   * is part of every pointer's key and published with each pointer. A reader without one (the
   * API, which cannot know the workers' settings) looks pointers up under the profile the
   * workers last published, so after a worker's settings change the pointers written before
   * are never served, and with no profile published there is no hit at all.
   */
  profile?: string;
  /**
   * The release of the code that plans (a worker's; see apps/worker code-release): part of every
   * plan key, so plans made by other code, kept for up to 30 minutes, are not served after a
   * release. Results are keyed by their SQL and stay shared.
   */
  release?: string;
}

/** A worker's answer profile: the settings beyond the submission that shape its answers. */
export function answerProfile(settings: {
  planner: string;
  model: string | null;
  maxRows: number;
  maxBytes: number;
  release: string;
}): string {
  return JSON.stringify([
    settings.planner,
    settings.model,
    settings.maxRows,
    settings.maxBytes,
    settings.release,
  ]);
}

/**
 * The plan cache and the result cache, in Redis so every worker shares them.
 * Every key hashes the tenant (and time zone), the schema version and the
 * data version with what is looked up, so an entry is only ever served to the
 * tenant it was made for, and a seed or import invalidates all entries at once.
 * Values are validated on the way out; anything unreadable is a miss.
 */
export class RedisAnswerCache {
  constructor(
    private readonly redis: RedisClient,
    private readonly names: QueueNames,
    private readonly options: RedisAnswerCacheOptions,
  ) {}

  private async versions(): Promise<string> {
    const [schema, data] = await Promise.all([
      this.options.schemaVersion(),
      this.redis.get(cacheKeys.dataVersion(this.names)),
    ]);
    return `schema=${schema}\ndata=${data ?? '0'}`;
  }

  private async planKey(k: PlanCacheKey): Promise<string> {
    const text = [
      await this.versions(),
      `tenant=${k.tenant}`,
      `tz=${k.timeZone}`,
      `day=${k.localDate}`,
      `planner=${k.planner}`,
      `release=${this.options.release ?? ''}`,
      `q=${normalizeForCache(k.question)}`,
    ].join('\n');
    return cacheKeys.plan(this.names, sha256(text));
  }

  private async resultKey(k: ResultCacheKey): Promise<string> {
    const text = [await this.versions(), `tenant=${k.tenant}`, `tz=${k.timeZone}`, `sql=${k.sql}`].join('\n');
    return cacheKeys.result(this.names, sha256(text));
  }

  private answerKey(versions: string, k: AnswerCacheKey, profile: string): string {
    const text = [
      versions,
      `profile=${profile}`,
      `tenant=${k.tenant}`,
      `tz=${k.timeZone}`,
      `day=${k.localDate}`,
      `planner-option=${k.plannerOption}`,
      `max-rows=${k.maxRows ?? ''}`,
      `q=${normalizeForCache(k.question)}`,
    ].join('\n');
    return cacheKeys.answer(this.names, sha256(text));
  }

  private async read<T>(
    which: 'plan' | 'result',
    key: () => Promise<string>,
    parse: (v: unknown) => T | null,
  ): Promise<T | null> {
    try {
      const raw = await this.redis.get(await key());
      const value = raw === null ? null : parse(JSON.parse(raw));
      this.options.onLookup?.(which, value !== null);
      return value;
    } catch (err) {
      this.options.onError?.(err);
      this.options.onLookup?.(which, false);
      return null;
    }
  }

  private async write(
    key: () => Promise<string>,
    value: unknown | (() => Promise<unknown>),
    ttlSeconds: number,
  ): Promise<void> {
    try {
      const v = typeof value === 'function' ? await (value as () => Promise<unknown>)() : value;
      await this.redis.set(await key(), JSON.stringify(v), 'EX', ttlSeconds);
    } catch (err) {
      this.options.onError?.(err);
    }
  }

  getPlan(k: PlanCacheKey): Promise<CachedPlan | null> {
    return this.read(
      'plan',
      () => this.planKey(k),
      (v) => cachedPlanSchema.safeParse(v).data ?? null,
    );
  }

  putPlan(k: PlanCacheKey, plan: CachedPlan): Promise<void> {
    return this.write(() => this.planKey(k), plan, STABLE_RESULT_TTL_SECONDS);
  }

  getRows(k: ResultCacheKey): Promise<CachedRows | null> {
    return this.read(
      'result',
      () => this.resultKey(k),
      (v) => cachedRowsSchema.safeParse(v).data ?? null,
    );
  }

  putRows(k: ResultCacheKey, rows: CachedRows): Promise<void> {
    return this.write(() => this.resultKey(k), rows, resultTtlSeconds(k.sql));
  }

  /**
   * Records which plan entry and which result entry answered a submission (a pointer, not a
   * copy), for as long as the rows are kept: the API then answers the same submission from
   * the caches without a worker (`getAnswer`). Both entries keep their own TTLs and keys, so
   * the pointer never outlives them: when either is gone, the lookup is a miss. Keyed with this
   * writer's profile (none: no pointer is written).
   */
  async putAnswer(k: AnswerCacheKey, plan: PlanCacheKey, rows: ResultCacheKey): Promise<void> {
    const profile = this.options.profile;
    // Only a writer that knows its own settings may point at an answer.
    if (profile === undefined) return;
    // The profile outlives every pointer written with it: both are written now, the pointer for
    // at most as long.
    await Promise.all([
      this.write(async () => cacheKeys.answerProfile(this.names), profile, STABLE_RESULT_TTL_SECONDS),
      this.write(
        async () => this.answerKey(await this.versions(), k, profile),
        async () => ({ plan: await this.planKey(plan), rows: await this.resultKey(rows) }),
        resultTtlSeconds(rows.sql),
      ),
    ]);
  }

  /** This writer's profile, or the one the workers last published (null: none is). */
  private async publishedProfile(): Promise<string | null> {
    if (this.options.profile !== undefined) return this.options.profile;
    const raw = await this.redis.get(cacheKeys.answerProfile(this.names));
    const profile: unknown = raw === null ? null : JSON.parse(raw);
    return typeof profile === 'string' ? profile : null;
  }

  /** The cached plan and rows that answered this submission before, or null (a miss). */
  async getAnswer(k: AnswerCacheKey): Promise<CachedAnswer | null> {
    try {
      const [versions, profile] = await Promise.all([this.versions(), this.publishedProfile()]);
      if (profile === null) {
        this.options.onLookup?.('answer', false);
        return null;
      }
      const raw = await this.redis.get(this.answerKey(versions, k, profile));
      const pointer = raw === null ? null : (JSON.parse(raw) as { plan?: unknown; rows?: unknown });
      const prefix = `${this.names.prefix}:${this.names.queue}:cache:`;
      if (
        !pointer ||
        typeof pointer.plan !== 'string' ||
        typeof pointer.rows !== 'string' ||
        !pointer.plan.startsWith(`${prefix}plan:`) ||
        !pointer.rows.startsWith(`${prefix}result:`)
      ) {
        this.options.onLookup?.('answer', false);
        return null;
      }
      // Two GETs sent together (one round trip); not MGET, which a cluster refuses across slots.
      const [planRaw, rowsRaw] = await Promise.all([
        this.redis.get(pointer.plan),
        this.redis.get(pointer.rows),
      ]);
      const plan = planRaw === null ? null : (cachedPlanSchema.safeParse(JSON.parse(planRaw)).data ?? null);
      const rows = rowsRaw === null ? null : (cachedRowsSchema.safeParse(JSON.parse(rowsRaw)).data ?? null);
      const hit = plan !== null && rows !== null;
      this.options.onLookup?.('answer', hit);
      return hit ? { plan, rows } : null;
    } catch (err) {
      this.options.onError?.(err);
      this.options.onLookup?.('answer', false);
      return null;
    }
  }
}
