import type { Caller } from '@pa/contracts';
import { utcDay } from '@pa/queue';
import type { AppDeps } from '../env.js';
import { ApiError } from '../errors.js';
import { limitKeys } from './limit-keys.js';

export { LLM_SPEND_RETENTION_SECONDS, utcDay } from '@pa/queue';

export function secondsUntilNextUtcDay(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}

/** Tokens each tenant spent on `day` (tenants that spent nothing are absent). */
export async function llmSpendOn(deps: AppDeps, day: string): Promise<Record<string, number>> {
  const raw = await deps.redis.hgetall(limitKeys.llmSpend(deps.names, day));
  return Object.fromEntries(Object.entries(raw).map(([tenant, tokens]) => [tenant, Number(tokens)]));
}

/**
 * Refuses (429) a question that may need the LLM once the caller's bank has
 * spent its daily token budget. Questions asked with planner "builtin" never
 * call a model and are always let through.
 */
export async function checkLlmBudget(
  deps: AppDeps,
  caller: Pick<Caller, 'tenant'>,
  planner: 'auto' | 'builtin' | 'llm',
  now = new Date(),
): Promise<void> {
  if (planner === 'builtin') return;
  const budget = deps.config.LLM_DAILY_TOKEN_BUDGET;
  const spent = Number(
    (await deps.redis.hget(limitKeys.llmSpend(deps.names, utcDay(now)), caller.tenant)) ?? 0,
  );
  if (spent < budget) return;
  const retryAfter = secondsUntilNextUtcDay(now);
  deps.metrics.rateLimited.inc({ limit: 'llm-budget' });
  throw new ApiError(
    'rate_limited',
    `Your bank has used today's language-model budget (${budget} tokens); it renews at 00:00 UTC. ` +
      'Questions asked with the option planner "builtin" are still answered.',
    { limit: 'llm_daily_tokens', budget, spent, day: utcDay(now), retry_after_seconds: retryAfter },
  );
}
