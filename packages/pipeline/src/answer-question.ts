import type {
  AnswerCacheKey,
  CachedPlan,
  CachedRows,
  CacheOutcome,
  Caller,
  JobPlan,
  Language,
  QueryResult,
  Stage,
} from '@pa/contracts';
import { type ExecuteResult, ExecutionError } from '@pa/db';
import {
  type LlmCallRecord,
  type PlannedQuery,
  type Planner,
  PlannerError,
  type PreviousTurn,
  type RepairHint,
} from '@pa/planner';
import { PipelineError } from './errors.js';
import { shapeResult } from './shape-result.js';
import { detectQuestionLanguage, normalizeQuestion } from './understand.js';

export interface GuardVerdict {
  allowed: boolean;
  reasons: string[];
  /** The statement to run: the accepted SQL wrapped with the row limit. */
  sql: string;
}

/** What the plan cache is looked up by (the cache hashes it with the schema and data versions). */
export interface PlanLookup {
  question: string;
  tenant: string;
  timeZone: string;
  /** The caller's calendar day in its zone, YYYY-MM-DD. */
  localDate: string;
  planner: string;
}

/** What the result cache is looked up by: the guarded statement, in one tenant and time zone. */
export interface RowsLookup {
  sql: string;
  tenant: string;
  timeZone: string;
}

/**
 * The plan and result caches as the pipeline sees them (the worker's are in
 * Redis, @pa/queue RedisAnswerCache). A failing cache must answer a miss and
 * a failing write be swallowed: a cache never fails a question.
 */
export interface AnswerCache {
  getPlan(k: PlanLookup): Promise<CachedPlan | null>;
  putPlan(k: PlanLookup, plan: CachedPlan): Promise<void>;
  getRows(k: RowsLookup): Promise<CachedRows | null>;
  putRows(k: RowsLookup, rows: CachedRows): Promise<void>;
  /** Points a submission at the plan and result entries that answered it (the worker calls it, not the pipeline). */
  putAnswer?(k: AnswerCacheKey, plan: PlanLookup, rows: RowsLookup): Promise<void>;
}

export interface PipelineDeps {
  planner: Planner;
  guard: (sql: string) => GuardVerdict;
  /** Runs guarded SQL inside the caller's tenant and time zone. */
  execute: (sql: string, caller: Pick<Caller, 'tenant' | 'time_zone'>) => Promise<ExecuteResult>;
  /** How many times a planner may repair rejected or failing SQL (LLMs: 2; the deterministic planner: 0). */
  maxRepairs: number;
  now: () => Date;
  /** Plan and result caches; without one every question is planned and executed. */
  cache?: AnswerCache;
}

export interface QuestionInput {
  question: string;
  /** Who asks, as the API built it from the verified token; the executor's settings come from it. */
  caller: Caller;
  previous: PreviousTurn[];
  /** false: the caches are neither read nor written (`use_cache: false`). Default true. */
  useCache?: boolean;
  /**
   * The plan an earlier run of the same job made and kept (`keepPlan`): tried first, and its model
   * calls and tokens count as this answer's; planned afresh if the guard or the database refuses it.
   */
  earlierPlan?: JobPlan | null;
}

export interface PipelineHooks {
  onStage?: (stage: Stage, detail?: string) => Promise<void> | void;
  onPlan?: (sql: string, planner: string) => Promise<void> | void;
  /**
   * Called with a guarded plan that cost model calls, before it runs and before `onPlan`: kept,
   * it spares a later run of the same job (a retry, a crash) the model's price (`earlierPlan`).
   */
  keepPlan?: (plan: JobPlan) => Promise<void> | void;
  /** Throws (e.g. a cancelled PipelineError) to stop between stages. */
  checkpoint?: () => Promise<void> | void;
  /** Aborted when the question is cancelled: stops the planner's model call in flight, not only between stages. */
  signal?: AbortSignal;
}

export interface AnsweredQuestion {
  result: QueryResult;
  frame: unknown;
  promptHash: string | null;
  usage: PlannedQuery['usage'] | null;
  planAttempts: number;
  /** Plans sent back for repair before the final one. */
  repairs: RepairHint[];
  /** Every request made to an LLM provider for this question, retries included. */
  llmCalls: LlmCallRecord[];
  /**
   * The plan and result cache entries that now hold this answer (found there or just written),
   * when both caches were used: what an answer pointer (RedisAnswerCache.putAnswer) points at.
   */
  cacheLookups?: { plan: PlanLookup; rows: RowsLookup };
}

/**
 * The history row's fields of a completed answer, as the worker and the API's answer from the caches
 * both write them; the caller adds the attempt, the tokens, the chat reply and the finishing time.
 */
export function completedHistoryFields(answered: AnsweredQuestion) {
  const { result } = answered;
  return {
    language: result.language,
    planner: result.planner,
    provider: result.provider,
    model: result.model,
    promptHash: answered.promptHash,
    sql: result.sql,
    rowCount: result.row_count,
    timings: result.timings,
    planFrame: answered.frame,
    planAttempts: answered.repairs,
    llmCalls: answered.llmCalls,
    status: 'completed' as const,
    error: null,
    result,
  };
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than formatting with it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day `now` falls on in `timeZone`, YYYY-MM-DD. */
export function localDateIn(now: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    // Time zones are few (callers' zones are validated); the bound only guards against a flood of them.
    if (dayFormats.size >= 1_000) dayFormats.clear();
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

const elapsed = (start: number) => Math.round((performance.now() - start) * 100) / 100;

/** A message for the person who asked, in each language the service answers in. */
type Localized = Readonly<Record<Language, string>>;

const UNANSWERABLE: Localized = {
  en: "I can't answer that yet; try 'How many transactions were there yesterday?' or 'Top 5 categories by amount in the last 30 days'.",
  ru: 'Пока не могу ответить на этот вопрос; попробуйте «Сколько транзакций было вчера?» или «Топ-5 категорий по сумме за последние 30 дней».',
  kk: 'Бұл сұраққа әзірге жауап бере алмаймын; «Кеше қанша транзакция болды?» немесе «Соңғы 30 күнде сома бойынша үздік 5 санат» деп сұрап көріңіз.',
};

export const EXECUTION_MESSAGES = {
  timeout: {
    en: 'The query took too long and was stopped. Add a time range or group the results.',
    ru: 'Запрос выполнялся слишком долго и был остановлен. Добавьте период или группировку.',
    kk: 'Сұраныс тым ұзақ орындалып, тоқтатылды. Кезеңді көрсетіңіз немесе нәтижелерді топтаңыз.',
  },
  too_costly: {
    en: 'This would scan too much data — add a time range or group it.',
    ru: 'Этот запрос просмотрел бы слишком много данных — добавьте период или группировку.',
    kk: 'Бұл сұраныс тым көп деректі қарап шығар еді — кезеңді көрсетіңіз немесе топтаңыз.',
  },
  permission: {
    en: 'The database refused this query.',
    ru: 'База данных отклонила этот запрос.',
    kk: 'Дерекқор бұл сұранысты қабылдамады.',
  },
  sql: {
    en: 'The planned query was not valid for this database.',
    ru: 'Сформированный запрос не подошёл для базы данных.',
    kk: 'Құрылған сұраныс бұл дерекқорға жарамсыз болды.',
  },
  unavailable: {
    en: 'The database is temporarily unavailable; please retry.',
    ru: 'База данных временно недоступна; повторите попытку.',
    kk: 'Дерекқор уақытша қолжетімсіз; қайталап көріңіз.',
  },
} as const satisfies Record<string, Localized>;

const CANCELLED: Localized = {
  en: 'The question was cancelled.',
  ru: 'Вопрос отменён.',
  kk: 'Сұрақ тоқтатылды.',
};

const REFUSED_BY_GUARD: Localized = {
  en: 'The planned query was refused by the safety check:',
  ru: 'Сформированный запрос отклонён проверкой безопасности:',
  kk: 'Құрылған сұранысты қауіпсіздік тексерісі қабылдамады:',
};

function executionFailure(err: ExecutionError, language: Language): PipelineError {
  const m = EXECUTION_MESSAGES;
  switch (err.failure) {
    case 'timeout':
      return new PipelineError('timeout', m.timeout[language], false);
    case 'too_costly':
      return new PipelineError('too_costly', m.too_costly[language], false, {}, err.message);
    case 'permission':
      return new PipelineError('permission', m.permission[language], false, {}, err.message);
    case 'sql':
      return new PipelineError('sql_error', m.sql[language], false, {}, err.message);
    default:
      return new PipelineError('unavailable', m.unavailable[language], true, {}, err.message);
  }
}

/**
 * understand → plan → guard → execute → shape. Recording is the caller's
 * (the worker's) job, so that this function needs neither Redis nor BullMQ.
 */
export async function answerQuestion(
  deps: PipelineDeps,
  input: QuestionInput,
  hooks: PipelineHooks = {},
): Promise<AnsweredQuestion> {
  const timings: Record<string, number> = {};
  const stage = async (s: Stage, detail?: string) => {
    await hooks.checkpoint?.();
    await hooks.onStage?.(s, detail);
  };

  await stage('understanding');
  let t = performance.now();
  const question = normalizeQuestion(input.question);
  const language = detectQuestionLanguage(question);
  timings.understanding = elapsed(t);

  const repairs: RepairHint[] = [];
  let plan: PlannedQuery | null = null;
  let verdict: GuardVerdict | null = null;
  let executed: ExecuteResult | null = null;
  let rowsLookup: RowsLookup | null = null;
  let planAttempts = 0;
  let usage = null as { input_tokens: number; output_tokens: number } | null;
  const llmCalls: LlmCallRecord[] = [];
  const ctx = () => ({
    usage,
    llmCalls: [...llmCalls],
    repairs: [...repairs],
    sql: plan?.sql ?? null,
    planner: plan?.planner ?? deps.planner.name,
    provider: plan?.provider ?? null,
    model: plan?.model ?? null,
    promptHash: plan?.prompt_hash ?? null,
    guardReasons: verdict && !verdict.allowed ? verdict.reasons : [],
    ...(plan?.kind === 'refuse' && plan.refusal ? { refusal: plan.refusal } : {}),
    language,
    timings,
    frame: plan?.frame,
  });

  // Follow-ups depend on their session's earlier turns: their plans are not cached (their rows still are).
  const cache = input.useCache === false ? undefined : deps.cache;
  const planLookup: PlanLookup | null =
    cache && input.previous.length === 0
      ? {
          question,
          tenant: input.caller.tenant,
          timeZone: input.caller.time_zone,
          localDate: localDateIn(deps.now(), input.caller.time_zone),
          planner: deps.planner.name,
        }
      : null;
  const cacheUse: { plan: CacheOutcome; result: CacheOutcome } = {
    plan: cache ? 'miss' : 'bypass',
    result: cache ? 'miss' : 'bypass',
  };
  const earlier = input.earlierPlan ?? null;
  if (earlier) {
    // Paid by the earlier run: they are this answer's cost, whatever happens to the plan now.
    usage = earlier.usage ?? null;
    llmCalls.push(...(earlier.llm_calls as unknown as LlmCallRecord[]));
  }
  /**
   * A plan made before (the earlier run's, else the plan cache's), until it has been tried once:
   * a plan the guard or the database refuses now is planned afresh.
   */
  let reused: { plan: CachedPlan & { prompt_hash?: string }; source: 'earlier run' | 'cache' } | null =
    earlier
      ? { plan: earlier, source: 'earlier run' }
      : planLookup && cache
        ? await cache
            .getPlan(planLookup)
            .then((hit) => (hit ? { plan: hit, source: 'cache' as const } : null))
        : null;

  for (;;) {
    const reusing = reused !== null;
    const fromCache = reused?.source === 'cache';
    if (!reusing) planAttempts++;
    await stage(
      'planning',
      planAttempts > 1
        ? `repair ${planAttempts - 1}`
        : reused
          ? reused.source === 'cache'
            ? 'cached plan'
            : 'plan of an earlier run'
          : undefined,
    );
    t = performance.now();
    if (reused) {
      const { sql, explanation, planner, provider, model, frame, prompt_hash } = reused.plan;
      plan = {
        kind: 'sql',
        sql,
        planner,
        provider,
        model,
        ...(explanation === undefined ? {} : { explanation }),
        ...(frame === undefined ? {} : { frame }),
        ...(prompt_hash === undefined ? {} : { prompt_hash }),
      };
      reused = null;
    } else
      try {
        plan = await deps.planner.plan({
          question,
          language,
          context: {
            now: deps.now(),
            timeZone: input.caller.time_zone,
            previous: input.previous,
            repairs: [...repairs],
            caller: input.caller,
            onLlmCall: (call) => llmCalls.push(call),
            ...(hooks.signal ? { signal: hooks.signal } : {}),
          },
        });
      } catch (err) {
        if (hooks.signal?.aborted) throw new PipelineError('cancelled', CANCELLED[language], false, ctx());
        if (!(err instanceof PlannerError)) throw err;
        const code = err.code === 'planner_unavailable' ? 'planner_unavailable' : 'unanswerable';
        throw new PipelineError(code, err.messageFor(language), err.retryable, ctx(), err.message);
      }
    if (plan.usage) {
      // Every attempt's tokens count, repairs included.
      usage = {
        input_tokens: (usage?.input_tokens ?? 0) + plan.usage.input_tokens,
        output_tokens: (usage?.output_tokens ?? 0) + plan.usage.output_tokens,
      };
    }
    timings.planning = (timings.planning ?? 0) + elapsed(t);

    if (plan.kind !== 'sql' || !plan.sql) {
      throw new PipelineError('unanswerable', plan.message?.trim() || UNANSWERABLE[language], false, ctx());
    }

    await stage('guarding');
    t = performance.now();
    verdict = deps.guard(plan.sql);
    timings.guarding = (timings.guarding ?? 0) + elapsed(t);
    if (!verdict.allowed) {
      if (reusing) continue;
      if (planAttempts <= deps.maxRepairs) {
        repairs.push({ sql: plan.sql, reason: verdict.reasons.join('; ') });
        continue;
      }
      const reasons = verdict.reasons.join('; ');
      throw new PipelineError('rejected_sql', `${REFUSED_BY_GUARD[language]} ${reasons}`, false, ctx());
    }
    if (!reusing && hooks.keepPlan && (llmCalls.length > 0 || usage !== null)) {
      await hooks.keepPlan({
        ...cachedPlanOf(plan, plan.sql),
        ...(plan.prompt_hash === undefined ? {} : { prompt_hash: plan.prompt_hash }),
        ...(usage === null ? {} : { usage }),
        llm_calls: llmCalls.map((call) => ({ ...call })),
      });
    }
    await hooks.onPlan?.(plan.sql, plan.planner);

    await stage('executing');
    t = performance.now();
    rowsLookup = {
      sql: verdict.sql,
      tenant: input.caller.tenant,
      timeZone: input.caller.time_zone,
    };
    try {
      const hit = cache ? await cache.getRows(rowsLookup) : null;
      if (hit) cacheUse.result = 'hit';
      executed = hit ?? (await deps.execute(verdict.sql, input.caller));
      timings.executing = (timings.executing ?? 0) + elapsed(t);
      if (cache && !hit) await cache.putRows(rowsLookup, executed);
      if (fromCache) cacheUse.plan = 'hit';
      else if (planLookup && cache) {
        await cache.putPlan(planLookup, cachedPlanOf(plan, plan.sql));
      }
      break;
    } catch (err) {
      timings.executing = (timings.executing ?? 0) + elapsed(t);
      if (!(err instanceof ExecutionError)) throw err;
      if (reusing) continue;
      const repairable = err.failure === 'sql' || err.failure === 'timeout' || err.failure === 'too_costly';
      if (repairable && planAttempts <= deps.maxRepairs) {
        repairs.push({ sql: plan.sql, reason: err.message });
        continue;
      }
      const failure = executionFailure(err, language);
      throw new PipelineError(failure.code, failure.userMessage, failure.retryable, ctx(), failure.details);
    }
  }

  await stage('shaping');
  t = performance.now();
  const shaped = shapeResult({
    question,
    language,
    columns: executed.columns,
    rows: executed.rows,
    truncated: executed.truncated,
    explanation: plan.explanation,
    sql: plan.sql,
    now: deps.now(),
    timeZone: input.caller.time_zone,
  });
  timings.shaping = elapsed(t);

  return {
    result: {
      question,
      language,
      sql: plan.sql,
      columns: executed.columns,
      rows: executed.rows,
      row_count: executed.rowCount,
      truncated: executed.truncated,
      ...shaped,
      timings,
      planner: plan.planner,
      provider: plan.provider,
      model: plan.model,
      cached: cacheUse.result === 'hit',
      cache: cacheUse,
    },
    frame: plan.frame ?? null,
    promptHash: plan.prompt_hash ?? null,
    usage,
    planAttempts,
    repairs,
    llmCalls,
    ...(planLookup && rowsLookup ? { cacheLookups: { plan: planLookup, rows: rowsLookup } } : {}),
  };
}

/** What of a plan another run can execute again: its SQL, who made it, its explanation and frame. */
function cachedPlanOf(plan: PlannedQuery, sql: string): CachedPlan {
  return {
    sql,
    planner: plan.planner,
    provider: plan.provider,
    model: plan.model,
    ...(plan.explanation === undefined ? {} : { explanation: plan.explanation }),
    ...(plan.frame === undefined ? {} : { frame: plan.frame }),
  };
}
