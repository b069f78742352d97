import { describe, expect, it } from 'vitest';
import { checkCoverage } from './coverage.js';
import { runPass } from './testing.js';

const issues = (q: string) => runPass(checkCoverage, q).after.draft.issues;

describe('coverage check', () => {
  it('names every word no pass accounted for', () => {
    expect(issues('spend in Almaty by frobnicated merchants')[0]).toEqual({
      kind: 'unknown_words',
      words: ['frobnicated'],
    });
  });

  it('reports a strong comparator or a multiplier with nothing to apply to', () => {
    expect(issues('spend more than usual')[0]).toEqual({
      kind: 'unknown_words',
      words: ['more than', 'usual'],
    });
    expect(issues('spend million')[0]).toEqual({ kind: 'unknown_words', words: ['million'] });
  });

  it('accepts structure words whose job is done', () => {
    expect(issues('and only online payments by city')).toEqual([]);
  });

  it('says whether anything at all was understood', () => {
    expect(runPass(checkCoverage, 'blorp zorp').after.draft.anyContent).toBe(false);
    expect(runPass(checkCoverage, 'blorp yesterday').after.draft.anyContent).toBe(true);
  });
});
