import { describe, expect, it } from 'vitest';
import { readListMode } from './list-mode.js';
import { runPass, unusedWords } from './testing.js';

describe('list mode pass', () => {
  it('turns a list "separately" into a breakdown over it', () => {
    const { after } = runPass(readListMode, 'spend in Kaspi and Forte separately');
    expect(after.draft.dimensions).toEqual(['issuer_bank_name']);
  });

  it('keeps one total for "combined"', () => {
    const { after } = runPass(readListMode, 'сумма по Алматы и Астане вместе');
    expect(after.draft.dimensions).toEqual([]);
    expect(unusedWords(after)).not.toContain('вместе');
  });

  it('leaves the word not understood when there is no list', () => {
    expect(unusedWords(runPass(readListMode, 'spend in Almaty separately').after)).toContain('separately');
  });
});
