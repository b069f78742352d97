import { describe, expect, it } from 'vitest';
import { PlannerOutputError, PlannerUnavailableError } from './errors.js';
import type { PlannedQuery, Planner, PlanRequest } from './planner.js';
import { createPlannerChain, isConfidentBuiltinPlan } from './planner-chain.js';

const request = (repairs: PlanRequest['context']['repairs'] = []): PlanRequest => ({
  question: 'spend by city',
  language: 'en',
  context: { now: new Date('2025-03-10T12:00:00Z'), timeZone: 'Asia/Almaty', previous: [], repairs },
});

function fakePlanner(name: string, answer: () => Promise<PlannedQuery>): Planner & { calls: PlanRequest[] } {
  const calls: PlanRequest[] = [];
  return {
    name,
    calls,
    plan: (r) => {
      calls.push(r);
      return answer();
    },
  };
}

const builtinSql = (
  confident: boolean,
  sql = 'SELECT merchant_city, sum(transaction_amount_kzt) FROM transactions GROUP BY 1',
) =>
  fakePlanner('builtin', async () => ({
    kind: 'sql',
    sql,
    planner: 'builtin',
    provider: 'builtin',
    model: null,
    frame: { confident },
  }));
const llmSql = () =>
  fakePlanner('gemini', async () => ({
    kind: 'sql',
    sql: 'SELECT 1',
    planner: 'gemini',
    provider: 'gemini',
    model: 'gemini-2.5-flash',
    usage: { input_tokens: 10, output_tokens: 2 },
    prompt_hash: 'h',
  }));
const llmDown = (err: Error = new PlannerUnavailableError('gemini', 'circuit_open', 'circuit open')) =>
  fakePlanner('gemini', async () => {
    throw err;
  });

describe('createPlannerChain', () => {
  it('answers with the builtin planner alone when it fully understands the question', async () => {
    const builtin = builtinSql(true);
    const llm = llmSql();
    const plan = await createPlannerChain({ llm, builtin }).plan(request());
    expect(plan).toMatchObject({ planner: 'builtin', provider: 'builtin' });
    expect(llm.calls).toHaveLength(0);
  });

  it('asks the LLM when the builtin planner is not confident or has no SQL', async () => {
    for (const builtin of [
      builtinSql(false),
      fakePlanner('builtin', async () => ({
        kind: 'clarify',
        message: '?',
        planner: 'builtin',
        provider: 'builtin',
        model: null,
      })),
    ]) {
      const llm = llmSql();
      const plan = await createPlannerChain({ llm, builtin }).plan(request());
      expect(plan).toMatchObject({ planner: 'gemini', sql: 'SELECT 1' });
      expect(llm.calls).toHaveLength(1);
    }
  });

  it('sends repairs straight to the LLM', async () => {
    const builtin = builtinSql(true);
    const llm = llmSql();
    await createPlannerChain({ llm, builtin }).plan(
      request([{ sql: 'SELECT card_id FROM transactions', reason: 'personal' }]),
    );
    expect(builtin.calls).toHaveLength(0);
    expect(llm.calls[0]?.context.repairs).toHaveLength(1);
  });

  it('falls back to the builtin SQL when the LLM is unavailable or returns garbage', async () => {
    for (const err of [
      new PlannerUnavailableError('gemini', 'server', 'HTTP 503'),
      new PlannerOutputError('gemini', 'not JSON', 'Sure!'),
    ]) {
      const warnings: string[] = [];
      const chain = createPlannerChain({
        llm: llmDown(err),
        builtin: builtinSql(false),
        logger: { info: () => {}, warn: (_, msg) => warnings.push(msg) },
      });
      const plan = await chain.plan(request());
      expect(plan).toMatchObject({
        kind: 'sql',
        planner: 'builtin',
        provider: 'builtin-fallback',
        model: null,
      });
      expect(warnings).toHaveLength(1);
    }
  });

  it('throws a retryable PlannerUnavailableError when there is nothing to fall back to', async () => {
    const builtin = fakePlanner('builtin', async () => ({
      kind: 'refuse',
      planner: 'builtin',
      provider: 'builtin',
      model: null,
    }));
    const err = await createPlannerChain({ llm: llmDown(), builtin })
      .plan(request())
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlannerUnavailableError);
    expect(err).toMatchObject({ retryable: true, code: 'planner_unavailable' });
    expect((err as PlannerUnavailableError).messageFor('ru')).toMatch(/недоступен/);
  });

  it('still answers a greeting with the builtin reply while the LLM is down', async () => {
    const builtin = fakePlanner('builtin', async () => ({
      kind: 'chat',
      message: 'Hello! Ask me about card transactions.',
      planner: 'builtin',
      provider: 'builtin',
      model: null,
    }));
    const plan = await createPlannerChain({ llm: llmDown(), builtin }).plan(request());
    expect(plan).toMatchObject({ kind: 'chat', provider: 'builtin-fallback', message: /Hello/ });
  });

  it("adds the builtin planner's ask-back to the unavailable message, in the asker's language", async () => {
    const builtin = fakePlanner('builtin', async () => ({
      kind: 'clarify',
      message: 'Which measure: the number of transactions or the amount?',
      planner: 'builtin',
      provider: 'builtin',
      model: null,
    }));
    const err = (await createPlannerChain({ llm: llmDown(), builtin })
      .plan(request())
      .catch((e: unknown) => e)) as PlannerUnavailableError;
    expect(err).toBeInstanceOf(PlannerUnavailableError);
    expect(err.retryable).toBe(true);
    expect(err.messageFor('en')).toMatch(
      /temporarily unavailable.*Meanwhile the builtin planner can answer without it: Which measure/,
    );
    expect(err.messageFor('kk')).toMatch(/уақытша қолжетімсіз.*кірістірілген жоспарлаушы.*Which measure/);
  });

  it('gives no ask-back hint for a repair (the builtin planner was not asked)', async () => {
    const builtin = fakePlanner('builtin', async () => ({
      kind: 'clarify',
      message: 'Which measure?',
      planner: 'builtin',
      provider: 'builtin',
      model: null,
    }));
    const err = (await createPlannerChain({ llm: llmDown(), builtin })
      .plan(request([{ sql: 'SELECT 1', reason: 'x' }]))
      .catch((e: unknown) => e)) as PlannerUnavailableError;
    expect(err.fallbackHint).toBeUndefined();
    expect(err.messageFor('en')).not.toMatch(/Meanwhile/);
  });

  it('does not fall back to builtin SQL that already failed', async () => {
    const sql = 'SELECT merchant_city, sum(transaction_amount_kzt) FROM transactions GROUP BY 1';
    const chain = createPlannerChain({ llm: llmDown(), builtin: builtinSql(true, sql) });
    await expect(chain.plan(request([{ sql, reason: 'column does not exist' }]))).rejects.toBeInstanceOf(
      PlannerUnavailableError,
    );
  });

  it('does not answer a cancelled question with the builtin fallback', async () => {
    const cancelled = new PlannerUnavailableError('gemini', 'cancelled', 'call cancelled by the caller');
    const req = request();
    req.context.signal = AbortSignal.abort();
    const err = await createPlannerChain({ llm: llmDown(cancelled), builtin: builtinSql(false) })
      .plan(req)
      .catch((e: unknown) => e);
    expect(err).toBe(cancelled);
    expect(cancelled.retryable).toBe(false);
  });

  it('lets programming errors through instead of hiding them behind a fallback', async () => {
    const chain = createPlannerChain({ llm: llmDown(new TypeError('bug')), builtin: builtinSql(false) });
    await expect(chain.plan(request())).rejects.toBeInstanceOf(TypeError);
  });

  it('survives a crashing builtin planner', async () => {
    const builtin = fakePlanner('builtin', async () => {
      throw new Error('builtin bug');
    });
    const plan = await createPlannerChain({ llm: llmSql(), builtin }).plan(request());
    expect(plan.planner).toBe('gemini');
  });
});

describe('isConfidentBuiltinPlan', () => {
  const base = { planner: 'builtin', provider: 'builtin', model: null } as const;
  it('reads the frame confidence flag, and trusts SQL plans without a frame', () => {
    expect(
      isConfidentBuiltinPlan({ ...base, kind: 'sql', sql: 'SELECT 1', frame: { confident: true } }),
    ).toBe(true);
    expect(
      isConfidentBuiltinPlan({ ...base, kind: 'sql', sql: 'SELECT 1', frame: { confident: false } }),
    ).toBe(false);
    expect(isConfidentBuiltinPlan({ ...base, kind: 'sql', sql: 'SELECT 1' })).toBe(true);
    expect(isConfidentBuiltinPlan({ ...base, kind: 'refuse', frame: { confident: true } })).toBe(false);
  });
});
