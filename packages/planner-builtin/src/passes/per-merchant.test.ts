import { describe, expect, it } from 'vitest';
import { buildSql } from '../build-sql.js';
import { understandQuestion } from '../builtin-planner.js';
import { frameOf, TEST_CONTEXT } from './testing.js';

describe('per merchant pass', () => {
  it.each([
    ['What was the average turnover per fuel merchant in 2026?', { fn: 'per_merchant', of: 'sum' }, []],
    [
      'Средний оборот на одного мерчанта по городам за 2025 год',
      { fn: 'per_merchant', of: 'sum' },
      ['merchant_city'],
    ],
    [
      'Average number of transactions per merchant by category',
      { fn: 'per_merchant', of: 'count' },
      ['mcc_category'],
    ],
    ['Среднее число операций на одного мерчанта в Алматы', { fn: 'per_merchant', of: 'count' }, []],
    ['мейрамханаларда бір мерчантқа келетін орташа айналым', { fn: 'per_merchant', of: 'sum' }, []],
  ])('%s', (q, measure, dimensions) => {
    const frame = frameOf(q);
    expect(frame.measures).toEqual([measure]);
    expect(frame.dimensions).toEqual(dimensions);
    expect(buildSql(frame)).toContain('/ nullif(count(DISTINCT merchant_id), 0)');
  });
  it('"turnover per merchant" with no average is a row per merchant, as "per city" is', () => {
    expect(frameOf('turnover per merchant in October 2026').dimensions).toEqual(['merchant_id']);
  });
  it('a measure with no per-merchant ratio is asked back', () => {
    expect(understandQuestion('median check per one merchant', TEST_CONTEXT).kind).not.toBe('sql');
  });
});
