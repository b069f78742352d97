import { describe, expect, it } from 'vitest';
import { readNumbers } from './numbers.js';
import type { Reading } from './reading.js';
import { runPass } from './testing.js';

const numbers = (r: Reading) => r.slots.flatMap((s) => (s.item.kind === 'number' ? [s.item.value] : []));

describe('numbers pass', () => {
  it('reads number words in every language', () => {
    expect(numbers(runPass(readNumbers, 'the five largest banks').after)).toEqual([5]);
    expect(numbers(runPass(readNumbers, 'три самых популярных города').after)).toEqual([3]);
    expect(numbers(runPass(readNumbers, 'ең көп бес қала').after)).toEqual([5]);
  });

  it('scales a number by the multiplier after it and uses the multiplier up', () => {
    const { after } = runPass(readNumbers, 'purchases above 2.5 million tenge');
    expect(numbers(after)).toEqual([2_500_000]);
    const scaled = after.slots.findIndex((s) => s.item.kind === 'number');
    expect(after.notes.factors.get(scaled)).toBe(1_000_000);
    expect(after.slots[scaled + 1]).toMatchObject({ item: { kind: 'stop' }, used: true });
  });

  it('reads a spelled-out multiplier after a comparator as the number itself', () => {
    expect(numbers(runPass(readNumbers, 'платежи свыше миллиона').after)).toEqual([1_000_000]);
    // …but not a bare "k" somewhere else.
    expect(numbers(runPass(readNumbers, 'сумма k').after)).toEqual([]);
  });
});
