import { describe, expect, it } from 'vitest';
import { isPluralWord, isSubjectOfAmount, samyjNumber } from './word-forms.js';

describe('word forms', () => {
  it('isSubjectOfAmount tells a nominative plural from the genitive after «сколько»', () => {
    expect(isSubjectOfAmount('клиенты')).toBe(true);
    expect(isSubjectOfAmount('покупатели')).toBe(true);
    expect(isSubjectOfAmount('клиентов')).toBe(false);
    expect(isSubjectOfAmount('карт')).toBe(false);
    expect(isSubjectOfAmount('customers')).toBe(false);
  });

  it('isPluralWord reads the number of the noun a ranking is over', () => {
    expect(isPluralWord('banks')).toBe(true);
    expect(isPluralWord('categories')).toBe(true);
    expect(isPluralWord('bank')).toBe(false);
    expect(isPluralWord('class')).toBe(false);
    expect(isPluralWord('городов')).toBe(true);
    expect(isPluralWord('категория')).toBe(false);
  });

  it('samyjNumber reads «самый» / «самые»', () => {
    expect(samyjNumber('самые крупные')).toBe('plural');
    expect(samyjNumber('самой большой')).toBe('singular');
    expect(samyjNumber('крупнейших')).toBe(null);
  });
});
