import { describe, expect, it } from 'vitest';
import { readComparedValues } from './compared-values.js';
import { runPass } from './testing.js';

describe('compared values pass', () => {
  it('turns two compared values into a breakdown over them', () => {
    const { draft } = runPass(readComparedValues, 'Halyk vs Kaspi spend').after;
    expect(draft).toMatchObject({ compare: true, comparedValues: true, dimensions: ['issuer_bank_name'] });
  });

  it('leaves two compared periods a comparison', () => {
    const { draft } = runPass(readComparedValues, 'сравни этот месяц с прошлым').after;
    expect(draft).toMatchObject({ compare: true, comparedValues: false, dimensions: [] });
  });
});
