import type { Planner } from './planner.js';
import { createBuiltinPlanner } from './builtin/index.js';

export interface PlannerSettings {
  LLM_PROVIDER: 'gemini' | 'openai' | 'builtin';
}

export interface PlannerChoice {
  planner: Planner;
  /** How many times the pipeline may ask this planner to repair rejected or failing SQL. */
  maxRepairs: number;
}

interface LoggerLike {
  info(obj: object, msg: string): void;
}

/** Picks the planner the process was configured with. */
export function createPlanner(settings: PlannerSettings, logger: LoggerLike): PlannerChoice {
  if (settings.LLM_PROVIDER !== 'builtin') {
    throw new Error(`LLM_PROVIDER=${settings.LLM_PROVIDER} is not available in this build yet; use builtin`);
  }
  logger.info({ provider: 'builtin' }, 'using the builtin deterministic planner');
  // The deterministic planner would produce the same SQL again: no repairs.
  return { planner: createBuiltinPlanner(), maxRepairs: 0 };
}
