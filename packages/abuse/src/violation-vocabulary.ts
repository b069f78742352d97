import type { ViolationKind } from '@pa/contracts';

/**
 * Which planner verdicts and guard findings count against the asker. Data only;
 * classify-violation.ts applies it.
 */

/** Refusal reasons that mean the question asked for harm, not just something we cannot answer. */
export const ABUSIVE_REFUSALS: Readonly<Record<string, string>> = {
  destructive: 'destructive',
  personal: 'personal_data',
  personal_data: 'personal_data',
  injection: 'prompt_injection',
  prompt_injection: 'prompt_injection',
  other_banks: 'other_banks',
};

/**
 * Guard reasons (packages/sql-guard's sentences) that mean the planner was made to
 * write something harmful: a write or a second statement, personal data, row numbers
 * across banks, the catalogs, the app schema or session functions. Mistakes a model
 * makes on its own (an unknown column, a function not on the list, SQL that does not
 * parse) are not here: they are not the asker's doing.
 */
export const UNSAFE_GUARD_REASONS: ReadonlyArray<{ category: string; pattern: RegExp }> = [
  { category: 'write', pattern: /^only SELECT is allowed, found /i },
  { category: 'write', pattern: /^only one statement is allowed/i },
  { category: 'write', pattern: /^SELECT INTO is not allowed/i },
  { category: 'personal_data', pattern: / is personal data\b/i },
  { category: 'cross_bank', pattern: / numbers transactions across all banks\b/i },
  { category: 'system_access', pattern: /^relation (?:pg_\w+|information_schema|app)\./i },
  {
    category: 'system_access',
    pattern:
      /^function (?:\w+\.)?(?:set_config|current_setting|pg_\w+|query_to_xml\w*|dblink\w*|lo_\w+|inet_\w+|version)\b.* is not allowed/i,
  },
  { category: 'system_access', pattern: /^(?:current_user|session_user|current_role|user) is not allowed/i },
];

export interface ViolationSignal {
  kind: ViolationKind;
  category: string;
}
