import { ABUSIVE_REFUSALS, UNSAFE_GUARD_REASONS, type ViolationSignal } from './violation-vocabulary.js';

export type { ViolationSignal } from './violation-vocabulary.js';

/** A planner's refusal that counts against the asker (destructive, personal data…), or null. */
export function refusalViolation(reason: string | null | undefined): ViolationSignal | null {
  const category = reason ? ABUSIVE_REFUSALS[reason] : undefined;
  return category ? { kind: 'planner_refusal', category } : null;
}

/** The guard's refusal of a planner's SQL that counts against the asker, or null. */
export function guardViolation(reasons: readonly string[]): ViolationSignal | null {
  for (const reason of reasons) {
    const hit = UNSAFE_GUARD_REASONS.find((r) => r.pattern.test(reason));
    if (hit) return { kind: 'unsafe_sql', category: hit.category };
  }
  return null;
}
