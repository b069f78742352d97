import { describe, expect, it } from 'vitest';
import { SEED_WAIT_DEFAULT_MS, seedQueryRequestSchema } from './seed-query.js';

describe('POST /api/query request (the replaced service’s fields, plus wait_ms)', () => {
  it('defaults what old clients leave out, and takes null as absent', () => {
    expect(seedQueryRequestSchema.parse({ question: ' How many? ' })).toEqual({
      question: 'How many?',
      include_analysis: true,
      use_cache: true,
      include_sql: true,
      output_type: 'auto',
      wait_ms: SEED_WAIT_DEFAULT_MS,
    });
    const old = seedQueryRequestSchema.parse({
      question: 'q',
      include_analysis: null,
      use_cache: false,
      include_sql: false,
      user_id: 'someone',
      session_id: null,
      output_type: null,
      wait_ms: null,
    });
    expect(old).toMatchObject({
      include_analysis: true,
      use_cache: false,
      include_sql: false,
      output_type: 'auto',
    });
    expect(old.user_id).toBe('someone');
  });

  it.each([
    [{ question: '' }, 'question'],
    [{ question: 'q', output_type: 'csv' }, 'output_type'],
    [{ question: 'q', wait_ms: 120_001 }, 'wait_ms'],
    [{ question: 'q', wait_ms: -1 }, 'wait_ms'],
    [{ question: 'q', include_sql: 'yes' }, 'include_sql'],
    [{ question: 'q', session_id: 'a b' }, 'session_id'],
    [{ question: 'q', tenant: 'Kaspi Bank' }, ''],
  ])('refuses %j', (body, field) => {
    const parsed = seedQueryRequestSchema.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join('.')).toBe(field);
  });
});
