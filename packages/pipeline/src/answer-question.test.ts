/**
 * The caches as the pipeline uses them, with an in-memory AnswerCache (the
 * pipeline's own interface; the Redis one is tested in test/answer-cache.test.ts)
 * and counting planner, guard and executor: what a hit skips, and what it never does.
 */
import type { CachedPlan, CachedRows, Caller, JobPlan } from '@pa/contracts';
import { ExecutionError } from '@pa/db';
import type { LlmCallRecord, PlannedQuery, Planner } from '@pa/planner';
import { describe, expect, it } from 'vitest';
import {
  type AnswerCache,
  answerQuestion,
  EXECUTION_MESSAGES,
  localDateIn,
  type PipelineDeps,
} from './answer-question.js';
import { PipelineError } from './errors.js';

const halyk: Caller = {
  user_id: 'alice',
  tenant: 'Halyk Bank',
  role: 'analyst',
  time_zone: 'Asia/Almaty',
  request_id: 'r1',
};
const SQL = 'SELECT count(*) AS n FROM transactions WHERE transaction_timestamp >= current_date';

function memoryCache(): AnswerCache & { plans: Map<string, CachedPlan>; rows: Map<string, CachedRows> } {
  const plans = new Map<string, CachedPlan>();
  const rows = new Map<string, CachedRows>();
  return {
    plans,
    rows,
    getPlan: async (k) => plans.get(JSON.stringify(k)) ?? null,
    putPlan: async (k, p) => void plans.set(JSON.stringify(k), p),
    getRows: async (k) => rows.get(JSON.stringify(k)) ?? null,
    putRows: async (k, r) => void rows.set(JSON.stringify(k), r),
  };
}

function harness(cache: AnswerCache | undefined, sql = SQL, allow = (_: string) => true) {
  const calls = { plan: 0, guard: 0, execute: 0 };
  const planner: Planner = {
    name: 'counting',
    plan: async (): Promise<PlannedQuery> => {
      calls.plan++;
      return { kind: 'sql', sql, planner: 'counting', provider: 'test', model: null };
    },
  };
  const deps: PipelineDeps = {
    planner,
    maxRepairs: 0,
    now: () => new Date('2026-03-01T12:00:00Z'),
    guard: (s) => {
      calls.guard++;
      return { allowed: allow(s), reasons: allow(s) ? [] : ['refused'], sql: `${s} LIMIT 1001` };
    },
    execute: async () => {
      calls.execute++;
      return {
        columns: [{ name: 'n', type: 'bigint' }],
        rows: [[calls.execute]],
        rowCount: 1,
        truncated: false,
      };
    },
    ...(cache ? { cache } : {}),
  };
  return { deps, calls };
}

const ask = (deps: PipelineDeps, extra: { caller?: Caller; useCache?: boolean; question?: string } = {}) =>
  answerQuestion(deps, {
    question: extra.question ?? 'How many transactions today?',
    caller: extra.caller ?? halyk,
    previous: [],
    ...(extra.useCache === undefined ? {} : { useCache: extra.useCache }),
  });

describe('answerQuestion with caches', () => {
  it('a repeated question skips the planner and the executor, but never the guard', async () => {
    const cache = memoryCache();
    const { deps, calls } = harness(cache);
    const first = await ask(deps);
    expect(first.result).toMatchObject({
      cached: false,
      cache: { plan: 'miss', result: 'miss' },
      rows: [[1]],
    });
    const again = await ask(deps);
    expect(again.result).toMatchObject({ cached: true, cache: { plan: 'hit', result: 'hit' }, rows: [[1]] });
    expect(calls).toEqual({ plan: 1, guard: 2, execute: 1 });
    expect(again.result.planner).toBe('counting');
    expect(again.llmCalls).toEqual([]);
  });

  it('another tenant, or an admin, gets its own plan and its own rows', async () => {
    const cache = memoryCache();
    const { deps, calls } = harness(cache);
    await ask(deps);
    const kaspi = await ask(deps, { caller: { ...halyk, tenant: 'Kaspi Bank' } });
    const admin = await ask(deps, { caller: { ...halyk, tenant: '*', role: 'admin' } });
    expect(kaspi.result.cached).toBe(false);
    expect(admin.result.cached).toBe(false);
    expect(kaspi.result.rows).toEqual([[2]]);
    expect(admin.result.rows).toEqual([[3]]);
    expect(calls.execute).toBe(3);
  });

  it('use_cache false neither reads nor writes either cache', async () => {
    const cache = memoryCache();
    const { deps, calls } = harness(cache);
    await ask(deps);
    const fresh = await ask(deps, { useCache: false });
    expect(fresh.result).toMatchObject({
      cached: false,
      cache: { plan: 'bypass', result: 'bypass' },
      rows: [[2]],
    });
    expect(calls).toEqual({ plan: 2, guard: 2, execute: 2 });
    expect(cache.rows.size).toBe(1);
  });

  it('a cached plan the guard now refuses is planned afresh, not run', async () => {
    const cache = memoryCache();
    let allowCached = true;
    const { deps, calls } = harness(cache, SQL, (s) => s !== SQL || allowCached);
    await ask(deps);
    allowCached = false;
    await expect(ask(deps)).rejects.toMatchObject({ code: 'rejected_sql' });
    // the cached plan was guarded (refused), then the planner ran; nothing reached the executor
    expect(calls).toEqual({ plan: 2, guard: 3, execute: 1 });
  });

  it('follow-ups are not planned from the cache (their meaning depends on the session)', async () => {
    const cache = memoryCache();
    const { deps, calls } = harness(cache);
    await ask(deps);
    await answerQuestion(deps, {
      question: 'How many transactions today?',
      caller: halyk,
      previous: [{ question: 'Top categories yesterday', sql: 'SELECT 1' }],
    });
    expect(calls.plan).toBe(2);
    expect(calls.execute).toBe(1);
  });

  it('without a cache every question is planned and executed', async () => {
    const { deps, calls } = harness(undefined);
    await ask(deps);
    const again = await ask(deps);
    expect(again.result).toMatchObject({ cached: false, cache: { plan: 'bypass', result: 'bypass' } });
    expect(calls).toEqual({ plan: 2, guard: 2, execute: 2 });
  });
});

describe('a job run again executes the plan its earlier run kept (the model is paid once per job)', () => {
  const call: LlmCallRecord = {
    provider: 'gemini',
    model: 'm',
    tenant: 'Halyk Bank',
    inputTokens: 900,
    outputTokens: 40,
    latencyMs: 800,
    outcome: 'ok',
    attempt: 1,
    promptHash: 'h',
  };
  /** A planner that pays the model once per plan: one call record and its tokens. */
  function paidHarness(sql = SQL) {
    const h = harness(undefined, sql);
    h.deps.planner = {
      name: 'llm',
      plan: async (request): Promise<PlannedQuery> => {
        h.calls.plan++;
        request.context.onLlmCall?.(call);
        return {
          kind: 'sql',
          sql,
          explanation: 'Transactions today.',
          planner: 'llm',
          provider: 'gemini',
          model: 'm',
          prompt_hash: 'h',
          usage: { input_tokens: 900, output_tokens: 40 },
        };
      },
    };
    return h;
  }
  const input = (earlierPlan: JobPlan | null = null) => ({
    question: 'How many transactions today?',
    caller: halyk,
    previous: [],
    earlierPlan,
  });

  it('keeps a plan that cost model calls, before it runs, with its calls and tokens', async () => {
    const { deps, calls } = paidHarness();
    const kept: Array<{ plan: JobPlan; executedBefore: number }> = [];
    await answerQuestion(deps, input(), {
      keepPlan: (plan) => void kept.push({ plan, executedBefore: calls.execute }),
    });
    expect(kept).toHaveLength(1);
    expect(kept[0]!.executedBefore).toBe(0);
    expect(kept[0]!.plan).toMatchObject({
      sql: SQL,
      explanation: 'Transactions today.',
      planner: 'llm',
      provider: 'gemini',
      prompt_hash: 'h',
      usage: { input_tokens: 900, output_tokens: 40 },
      llm_calls: [call],
    });
  });

  it('does not keep a plan that cost nothing (the builtin planner plans again for free)', async () => {
    const { deps } = harness(undefined);
    const kept: JobPlan[] = [];
    await answerQuestion(deps, input(), { keepPlan: (plan) => void kept.push(plan) });
    expect(kept).toEqual([]);
  });

  it('runs the kept plan without the planner, and counts what the earlier run paid', async () => {
    const first = paidHarness();
    const kept: JobPlan[] = [];
    await answerQuestion(first.deps, input(), { keepPlan: (plan) => void kept.push(plan) });

    const again = paidHarness();
    const stages: Array<string | undefined> = [];
    const keptAgain: JobPlan[] = [];
    const answered = await answerQuestion(again.deps, input(kept[0]), {
      onStage: (stage, detail) => void (stage === 'planning' && stages.push(detail)),
      keepPlan: (plan) => void keptAgain.push(plan),
    });
    expect(again.calls.plan).toBe(0);
    expect(again.calls.execute).toBe(1);
    expect(stages).toEqual(['plan of an earlier run']);
    expect(answered.result.sql).toBe(SQL);
    expect(answered.result.provider).toBe('gemini');
    expect(answered.usage).toEqual({ input_tokens: 900, output_tokens: 40 });
    expect(answered.llmCalls).toEqual([call]);
    expect(answered.promptHash).toBe('h');
    expect(keptAgain).toEqual([]);
  });

  it("plans afresh when the guard now refuses the kept plan, and counts both runs' calls", async () => {
    const refused = 'SELECT card_id FROM transactions';
    const h = paidHarness();
    h.deps.guard = (s) => ({ allowed: s !== refused, reasons: s === refused ? ['personal'] : [], sql: s });
    const earlier: JobPlan = {
      sql: refused,
      planner: 'llm',
      provider: 'gemini',
      model: 'm',
      usage: { input_tokens: 100, output_tokens: 10 },
      llm_calls: [{ ...call, inputTokens: 100, outputTokens: 10 }],
    };
    const answered = await answerQuestion(h.deps, input(earlier));
    expect(h.calls.plan).toBe(1);
    expect(answered.result.sql).toBe(SQL);
    expect(answered.usage).toEqual({ input_tokens: 1000, output_tokens: 50 });
    expect(answered.llmCalls).toHaveLength(2);
  });
});

describe('localDateIn', () => {
  it('is the calendar day in the zone, not in UTC', () => {
    expect(localDateIn(new Date('2026-03-01T20:00:00Z'), 'Asia/Almaty')).toBe('2026-03-02');
    expect(localDateIn(new Date('2026-03-01T20:00:00Z'), 'UTC')).toBe('2026-03-01');
  });
});

describe('answerQuestion speaks the asker’s language when it cannot answer', () => {
  const failing = (failure: 'timeout' | 'too_costly' | 'permission' | 'sql' | 'unavailable') => {
    const { deps } = harness(undefined);
    deps.execute = async () => {
      throw new ExecutionError(failure, `simulated ${failure}`);
    };
    return deps;
  };
  const questions = {
    en: 'How many transactions were there yesterday?',
    ru: 'Сколько транзакций было вчера?',
    kk: 'Кеше қанша транзакция болды?',
  } as const;

  for (const failure of ['timeout', 'too_costly', 'permission', 'sql', 'unavailable'] as const) {
    it(`says "${failure}" in English, Russian and Kazakh`, async () => {
      for (const [language, question] of Object.entries(questions) as [keyof typeof questions, string][]) {
        const err = await ask(failing(failure), { question }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(PipelineError);
        expect((err as PipelineError).message).toBe(EXECUTION_MESSAGES[failure][language]);
      }
    });
  }

  it('a refused plan says so in Kazakh to a Kazakh asker', async () => {
    const { deps } = harness(undefined, SQL, () => false);
    const err = (await ask(deps, { question: questions.kk }).catch((e: unknown) => e)) as PipelineError;
    expect(err.message).toMatch(/^Құрылған сұранысты қауіпсіздік тексерісі қабылдамады: refused/);
  });
});
