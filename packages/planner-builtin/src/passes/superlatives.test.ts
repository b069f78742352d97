import { describe, expect, it } from 'vitest';
import { readSuperlatives } from './superlatives.js';
import { runPass } from './testing.js';

describe('superlatives pass', () => {
  it('reads a superlative without a dimension as the extreme amount', () => {
    expect(runPass(readSuperlatives, 'the smallest payment last week').after.draft.measures).toEqual([
      { fn: 'min' },
    ]);
  });

  it('reads a superlative with a dimension as a ranking, by count when it implies one', () => {
    const { after } = runPass(readSuperlatives, 'most popular wallet');
    expect(after.notes.topDirection).toBe('desc');
    expect(after.draft.measures).toEqual([{ fn: 'count' }]);
  });

  it('reads the grammatical number of «самый» and of the interrogative', () => {
    expect(runPass(readSuperlatives, 'самые крупные банки по сумме').after.notes.pluralHint).toBe(true);
    expect(runPass(readSuperlatives, 'какой город самый крупный по сумме').after.notes.pluralHint).toBe(
      false,
    );
  });

  it('asks back about a popularity ranking of nothing', () => {
    expect(runPass(readSuperlatives, 'most popular yesterday').after.draft.issues).toEqual([
      { kind: 'unsupported', what: 'superlative_without_dimension' },
    ]);
  });
});
