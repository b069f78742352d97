import { describe, expect, it } from 'vitest';
import { lastN, readRelativePeriods, rollingRange } from './relative-periods.js';
import { runPass } from './testing.js';

const ranges = (q: string) => runPass(readRelativePeriods, q).after.notes.timeRanges.map((t) => t.range);

describe('relative periods pass', () => {
  it('reads the last N units and rolling defaults', () => {
    expect(lastN('day', 10)).toEqual({ kind: 'last_days', n: 10 });
    expect(lastN('quarter', 2)).toEqual({ kind: 'last_units', unit: 'quarter', n: 2 });
    expect(rollingRange('week')).toEqual({ kind: 'last_days', n: 7 });
    expect(ranges('payments in the last 14 days')).toEqual([{ kind: 'last_days', n: 14 }]);
    expect(ranges('сумма за последние 2 недели')).toEqual([{ kind: 'last_units', unit: 'week', n: 2 }]);
    expect(ranges('spend over the past month')).toEqual([{ kind: 'last_days', n: 30 }]);
    expect(ranges('за 5 дней')).toEqual([{ kind: 'last_days', n: 5 }]);
  });

  it('reads this / previous units, also sharing one unit', () => {
    expect(ranges('count this quarter')).toEqual([{ kind: 'this', unit: 'quarter' }]);
    expect(ranges('на прошлой неделе')).toEqual([{ kind: 'previous', unit: 'week' }]);
    expect(ranges('this and last year')).toEqual([
      { kind: 'this', unit: 'year' },
      { kind: 'previous', unit: 'year' },
    ]);
    expect(ranges('кеше')).toEqual([{ kind: 'yesterday' }]);
  });

  it('makes "previous" without a unit an elliptical comparison, and reports "this" without one', () => {
    expect(runPass(readRelativePeriods, 'versus the previous one').after.draft.elliptical).toBe(true);
    expect(runPass(readRelativePeriods, 'spend in this category').after.draft.issues).toEqual([
      { kind: 'unknown_words', words: ['this'] },
    ]);
  });
});
