import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { ALL_BANKS, ISSUER_BANKS } from '@pa/contracts';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors.js';
import { LLM_SPEND_RETENTION_SECONDS, llmSpendOn, utcDay } from '../../limits/llm-budget.js';
import { questionsInFlight } from '../../limits/questions-in-flight.js';
import { errorResponse, jsonContent } from '../../openapi/schemas.js';
import { requireAdmin } from '../admin/require-admin.js';

export const usageQuerySchema = z.object({
  day: z.iso
    .date({ error: 'day must be a date, YYYY-MM-DD' })
    .optional()
    .openapi({ description: 'A UTC day of the last seven; today by default.' }),
});

export const UsageSchema = z
  .object({
    day: z.iso.date(),
    llm_daily_token_budget: z.int(),
    max_in_flight: z.int(),
    tenants: z.array(z.object({ tenant: z.string(), llm_tokens: z.int(), in_flight: z.int() })),
  })
  .openapi('Usage');

export const getUsageRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['admin'],
  summary: "Admins: every bank's LLM tokens spent on a UTC day and its questions in flight",
  middleware: [requireAdmin()] as const,
  request: { query: usageQuerySchema },
  responses: {
    200: { description: 'Spend and in-flight counts per bank', content: jsonContent(UsageSchema) },
    400: errorResponse('Invalid day'),
    403: errorResponse('Not an admin'),
  },
});

/**
 * GET /api/usage — admins only: every bank's LLM tokens spent on a UTC day
 * (today unless `day` names one of the last seven) against the daily budget,
 * and its questions in flight against the cap.
 */
export function registerGetUsage(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getUsageRoute, async (c) => {
    const deps = c.get('deps');
    const today = utcDay(new Date());
    const day = c.req.valid('query').day ?? today;
    const oldest = utcDay(new Date(Date.now() - LLM_SPEND_RETENTION_SECONDS * 1000 + 86_400_000));
    if (day > today || day < oldest) {
      throw new ApiError('validation_failed', `day must be between ${oldest} and ${today} (UTC)`);
    }
    // Counting what is in flight also settles questions that ended, so their tokens are in the spend.
    const tenants = [...ISSUER_BANKS, ALL_BANKS];
    const inFlight = await Promise.all(tenants.map((t) => questionsInFlight(deps, t)));
    const spend = await llmSpendOn(deps, day);
    const names = [...new Set([...tenants, ...Object.keys(spend)])];
    return c.json(
      {
        day,
        llm_daily_token_budget: deps.config.LLM_DAILY_TOKEN_BUDGET,
        max_in_flight: deps.config.TENANT_MAX_IN_FLIGHT,
        tenants: names.map((tenant) => ({
          tenant,
          llm_tokens: spend[tenant] ?? 0,
          in_flight: inFlight[tenants.indexOf(tenant as (typeof tenants)[number])] ?? 0,
        })),
      },
      200,
    );
  });
}
