import { describe, expect, it } from 'vitest';
import { kazakhStems } from './kazakh-stem.js';

describe('kazakhStems', () => {
  it.each([
    ['аптада', 'апта'],
    ['аптадағы', 'апта'],
    ['қалалардың', 'қала'],
    ['қалаларда', 'қала'],
    ['транзакциялардың', 'транзакция'],
    ['санаттар', 'санат'],
    ['сомасы', 'сома'],
    ['сомасының', 'сома'],
    ['айындағы', 'ай'],
    ['кешегі', 'кеше'],
    ['биылғы', 'биыл'],
    ['банктерді', 'банк'],
    ['барлығы', 'барлық'],
    ['теңгеден', 'теңге'],
    ['картасы', 'карта'],
  ])('%s can be read as %s', (word, stem) => {
    expect(kazakhStems(word)).toContain(stem);
  });

  it('keeps the word itself first', () => {
    expect(kazakhStems('апта')[0]).toBe('апта');
  });

  it('does not strip a negation: "есептемегенде" (not counting) is never "есепте" (count)', () => {
    expect(kazakhStems('есептемегенде')).not.toContain('есепте');
  });

  it('never strips below two letters', () => {
    for (const s of kazakhStems('ала')) expect(s.length).toBeGreaterThanOrEqual(2);
  });
});
