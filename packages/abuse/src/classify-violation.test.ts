import { describe, expect, it } from 'vitest';
import { guardViolation, refusalViolation } from './classify-violation.js';

describe('guard rejections that count against the asker', () => {
  it.each([
    ['only SELECT is allowed, found DROP', 'write'],
    ['only one statement is allowed, found 2', 'write'],
    ['SELECT INTO is not allowed: it creates a table', 'write'],
    [
      'card_id is personal data and cannot be read: count distinct cards with count(DISTINCT card_key)',
      'personal_data',
    ],
    [
      'card_key is personal data: only count(card_key) or count(DISTINCT card_key) may use it (found in GROUP BY)',
      'personal_data',
    ],
    [
      'transaction_id numbers transactions across all banks and cannot be read: count rows with count(*)',
      'cross_bank',
    ],
    ['relation app.question_history is not allowed', 'system_access'],
    ['relation pg_catalog.pg_roles is not allowed', 'system_access'],
    ['function set_config is not allowed', 'system_access'],
    ['function pg_sleep is not allowed', 'system_access'],
    ['current_user is not allowed', 'system_access'],
  ])('%s → %s', (reason, category) => {
    expect(guardViolation(['unknown column foo: name a column of the tables in FROM', reason])).toEqual({
      kind: 'unsafe_sql',
      category,
    });
  });

  it.each([
    'unknown column foo: name a column of the tables in FROM',
    'function lpad is not allowed',
    'SQL does not parse: syntax error at or near "FORM"',
    'SQL is nested too deeply',
    'relation merchants is not allowed',
  ])('an honest mistake does not: %s', (reason) => {
    expect(guardViolation([reason])).toBeNull();
  });
});

describe('planner refusals', () => {
  it.each(['destructive', 'personal', 'injection', 'other_banks'])('%s counts', (reason) => {
    expect(refusalViolation(reason)?.kind).toBe('planner_refusal');
  });
  it.each([undefined, null, 'off_topic', 'not_data', 'something new'])('%s does not', (reason) => {
    expect(refusalViolation(reason)).toBeNull();
  });
});
