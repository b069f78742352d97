import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft.js';
import { PASSES } from '../interpret.js';
import { lexItems } from '../lexicon.js';
import { tokenize } from '../tokenize.js';
import { startReading } from './reading.js';

/** The draft after every pass up to and including "per card". */
function draftOf(question: string): Draft {
  const reading = startReading(lexItems(tokenize(question)), {
    now: new Date('2026-05-20T08:00:00Z'),
    timeZone: 'Asia/Almaty',
  });
  for (const [name, pass] of PASSES) {
    pass.step(reading);
    if (name === 'per card') break;
  }
  return reading.draft;
}

describe('per card pass', () => {
  it('divides a total, a count or an average of either by the distinct cards', () => {
    expect(draftOf('spend per card').measures).toEqual([{ fn: 'per_card', of: 'sum' }]);
    expect(draftOf('average spend per card').measures).toEqual([{ fn: 'per_card', of: 'sum' }]);
    expect(draftOf('transactions per card').measures).toEqual([{ fn: 'per_card', of: 'count' }]);
    const averaged = draftOf('average number of transactions per card');
    expect(averaged.measures).toEqual([{ fn: 'per_card', of: 'count' }]);
    expect(averaged.issues).toEqual([]);
  });
  it('refuses a listing or a ranking with nothing to group by, and measures without a ratio', () => {
    expect(draftOf('show spend per card').issues).toContainEqual({ kind: 'per_card' });
    expect(draftOf('highest spend per card').issues).toContainEqual({ kind: 'per_card' });
    expect(draftOf('median spend per card').issues).toContainEqual({ kind: 'per_card' });
  });
  it('ranks groups by the ratio', () => {
    const draft = draftOf('top 3 banks by spend per card');
    expect(draft.issues).toEqual([]);
    expect(draft.measures).toEqual([{ fn: 'per_card', of: 'sum' }]);
  });
});
