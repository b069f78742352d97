import { describe, expect, it } from 'vitest';
import { settlePeriods } from './settle-periods.js';
import { runPass } from './testing.js';

describe('settle periods pass', () => {
  it('lists the periods in the order the question names them', () => {
    const { after } = runPass(settlePeriods, 'spend in March 2026 versus yesterday');
    expect(after.draft.times).toEqual([
      { kind: 'dates', from: '2026-03-01', to: '2026-04-01' },
      { kind: 'yesterday' },
    ]);
    const reversed = runPass(settlePeriods, 'spend yesterday versus March 2026').after.draft.times;
    expect(reversed[0]).toEqual({ kind: 'yesterday' });
    expect(after.draft.anyContent).toBe(true);
  });
});
