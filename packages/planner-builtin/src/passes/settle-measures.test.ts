import { describe, expect, it } from 'vitest';
import { settleMeasures } from './settle-measures.js';
import { runPass } from './testing.js';

describe('settle measures pass', () => {
  it('counts transactions when nothing else is measured', () => {
    expect(runPass(settleMeasures, 'payments by bank').after.draft.measures).toEqual([{ fn: 'count' }]);
  });

  it('asks back instead of listing rows', () => {
    expect(runPass(settleMeasures, 'show all payments from yesterday').after.draft.issues).toContainEqual({
      kind: 'listing',
    });
  });

  it('keeps each measure once', () => {
    expect(runPass(settleMeasures, 'sum and total amount').after.draft.measures).toEqual([{ fn: 'sum' }]);
  });
});
