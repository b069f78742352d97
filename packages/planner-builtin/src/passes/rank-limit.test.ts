import { describe, expect, it } from 'vitest';
import { readRankLimit } from './rank-limit.js';
import { runPass } from './testing.js';

const top = (q: string) => runPass(readRankLimit, q).after.draft.top;

describe('rank limit pass', () => {
  it('takes a number left over as the N of a ranking', () => {
    expect(top('4 banks with the lowest spend')).toEqual({ direction: 'asc', limit: 4, plural: true });
    expect(top('пять крупнейших категорий')).toEqual({ direction: 'desc', limit: 5, plural: true });
  });

  it('reads the grammatical number when there is no N', () => {
    expect(top('which bank has the highest spend')).toMatchObject({ limit: null, plural: false });
    expect(top('top categories by count')).toMatchObject({ limit: null, plural: true });
  });

  it('reports a number that is neither a date, an amount nor a rank', () => {
    expect(runPass(readRankLimit, 'spend 42 Almaty').after.draft.issues).toEqual([
      { kind: 'unknown_words', words: ['42'] },
    ]);
  });
});
