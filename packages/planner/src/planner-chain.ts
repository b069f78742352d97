import { PlannerError, PlannerUnavailableError } from './errors.js';
import type { PlannedQuery, Planner, PlannerLogger, PlanRequest } from './planner.js';

export interface PlannerChainOptions {
  llm: Planner;
  builtin: Planner;
  logger?: PlannerLogger;
  /**
   * Whether the builtin plan may answer without the LLM. Default: kind "sql"
   * with SQL, and the builtin frame's `confident` flag (true when every content
   * word of the question was understood); a frame without the flag counts as confident.
   */
  isConfident?: (plan: PlannedQuery) => boolean;
}

export function isConfidentBuiltinPlan(plan: PlannedQuery): boolean {
  if (plan.kind !== 'sql' || !plan.sql) return false;
  const frame = plan.frame as { confident?: unknown } | null | undefined;
  if (frame && typeof frame === 'object' && typeof frame.confident === 'boolean') return frame.confident;
  return true;
}

/**
 * Builtin first, LLM when needed, builtin again when the LLM cannot be used.
 *
 * - A fresh question the builtin planner fully understands is answered by it
 *   (fast, free, deterministic): `planner: 'builtin'`.
 * - Otherwise, and for every repair, the LLM plans.
 * - When the LLM is unavailable (provider down, circuit open, no capacity) or
 *   keeps replying with garbage, a builtin plan with SQL that has not already
 *   failed is used instead (`provider: 'builtin-fallback'`); with none, the
 *   LLM's error (PlannerUnavailableError / PlannerOutputError) propagates.
 *   Its fallback part then: a greeting is still answered (the builtin's chat
 *   reply), and when the builtin planner would ask back, its ask-back message
 *   rides on the unavailable error (`fallbackHint`), so the person learns how
 *   to phrase the question for an answer now instead of only "retry later".
 */
export function createPlannerChain(options: PlannerChainOptions): Planner {
  const { llm, builtin, logger } = options;
  const isConfident = options.isConfident ?? isConfidentBuiltinPlan;

  const tryBuiltin = async (request: PlanRequest): Promise<PlannedQuery | null> => {
    try {
      return await builtin.plan(request);
    } catch (err) {
      logger?.warn({ err }, 'builtin planner failed');
      return null;
    }
  };

  return {
    name: `${builtin.name}+${llm.name}`,
    async plan(request: PlanRequest): Promise<PlannedQuery> {
      const repairing = request.context.repairs.length > 0;
      let builtinPlan: PlannedQuery | null = null;
      if (!repairing) {
        builtinPlan = await tryBuiltin(request);
        if (builtinPlan && isConfident(builtinPlan)) return { ...builtinPlan, planner: 'builtin' };
      }
      try {
        return await llm.plan(request);
      } catch (err) {
        if (!(err instanceof PlannerError)) throw err;
        // A cancelled question wants no answer, not a fallback one.
        if (request.context.signal?.aborted) throw err;
        builtinPlan ??= await tryBuiltin(request);
        const failed = new Set(request.context.repairs.map((r) => r.sql.trim()));
        if (builtinPlan?.kind === 'sql' && builtinPlan.sql && !failed.has(builtinPlan.sql.trim())) {
          logger?.warn(
            { err, llm: llm.name, code: err.code },
            'LLM planner unavailable; answering with the builtin planner',
          );
          return { ...builtinPlan, planner: 'builtin', provider: 'builtin-fallback', model: null };
        }
        if (!repairing && builtinPlan?.kind === 'chat' && builtinPlan.message) {
          return { ...builtinPlan, planner: 'builtin', provider: 'builtin-fallback', model: null };
        }
        if (
          err instanceof PlannerUnavailableError &&
          !repairing &&
          builtinPlan?.kind === 'clarify' &&
          builtinPlan.message
        ) {
          err.fallbackHint = builtinPlan.message;
        }
        throw err;
      }
    },
  };
}
