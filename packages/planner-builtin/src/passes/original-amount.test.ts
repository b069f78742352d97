import { describe, expect, it } from 'vitest';
import { readOriginalAmount } from './original-amount.js';
import { runPass } from './testing.js';

const original = (q: string) => runPass(readOriginalAmount, q).after.draft.originalAmount;

describe('original amount pass', () => {
  it('reads an amount in a named currency as the original amount', () => {
    expect(original('median amount in USD')).toBe(true);
    expect(original('средняя сумма в лирах')).toBe(true);
    expect(original('payments above 300 EUR')).toBe(true);
    expect(original('еуромен орташа сома')).toBe(true);
    expect(original('amounts in the original currency by currency')).toBe(true);
  });

  it('keeps tenge for transactions merely in a currency', () => {
    expect(original('how many transactions in USD')).toBe(false);
    expect(original('total spend of dollar transactions')).toBe(false);
  });
});
