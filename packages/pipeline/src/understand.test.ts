import { describe, expect, it } from 'vitest';
import { detectQuestionLanguage, normalizeQuestion } from './understand.js';

describe('understand', () => {
  it('detects the language by script', () => {
    expect(detectQuestionLanguage('How many transactions yesterday?')).toBe('en');
    expect(detectQuestionLanguage('Сколько транзакций было вчера в Almaty?')).toBe('ru');
    expect(detectQuestionLanguage('Кеше қанша транзакция болды?')).toBe('kk');
  });

  it('normalises whitespace and control characters', () => {
    expect(normalizeQuestion('  how\u0000 many \n\t rows ')).toBe('how many rows');
  });
});
