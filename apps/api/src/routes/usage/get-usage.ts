import { ALL_BANKS, ISSUER_BANKS } from '@pa/contracts';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { LLM_SPEND_RETENTION_SECONDS, llmSpendOn, utcDay } from '../../limits/llm-budget.js';
import { questionsInFlight } from '../../limits/questions-in-flight.js';

export const usageQuerySchema = z.object({
  day: z.iso.date({ error: 'day must be a date, YYYY-MM-DD' }).optional(),
});

/**
 * GET /api/usage — admins only: every bank's LLM tokens spent on a UTC day
 * (today unless `day` names one of the last seven) against the daily budget,
 * and its questions in flight against the cap.
 */
export function registerGetUsage(app: Hono<AppEnv>): void {
  app.get('/', async (c) => {
    const deps = c.get('deps');
    if (c.get('caller').role !== 'admin') throw new ApiError('forbidden', 'Only admins may see usage.');
    const parsed = usageQuerySchema.safeParse({ day: c.req.query('day') });
    if (!parsed.success)
      throw new ApiError('validation_failed', parsed.error.issues[0]?.message ?? 'bad day');
    const today = utcDay(new Date());
    const day = parsed.data.day ?? today;
    const oldest = utcDay(new Date(Date.now() - LLM_SPEND_RETENTION_SECONDS * 1000 + 86_400_000));
    if (day > today || day < oldest) {
      throw new ApiError('validation_failed', `day must be between ${oldest} and ${today} (UTC)`);
    }
    // Counting what is in flight also settles questions that ended, so their tokens are in the spend.
    const tenants = [...ISSUER_BANKS, ALL_BANKS];
    const inFlight = await Promise.all(tenants.map((t) => questionsInFlight(deps, t)));
    const spend = await llmSpendOn(deps, day);
    const names = [...new Set([...tenants, ...Object.keys(spend)])];
    return c.json({
      day,
      llm_daily_token_budget: deps.config.LLM_DAILY_TOKEN_BUDGET,
      max_in_flight: deps.config.TENANT_MAX_IN_FLIGHT,
      tenants: names.map((tenant) => ({
        tenant,
        llm_tokens: spend[tenant] ?? 0,
        in_flight: inFlight[tenants.indexOf(tenant as (typeof tenants)[number])] ?? 0,
      })),
    });
  });
}
