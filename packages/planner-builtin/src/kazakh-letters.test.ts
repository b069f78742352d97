import { describe, expect, it } from 'vitest';
import { understandQuestion } from './builtin-planner.js';
import { detectLanguage } from './detect-language.js';
import { foldKazakhLetters, restoreKazakhLetters } from './kazakh-letters.js';

const context = { now: new Date('2026-05-20T08:00:00Z'), timeZone: 'Asia/Almaty', previous: [] };

function sqlOf(question: string): string {
  const result = understandQuestion(question, context);
  if (result.kind !== 'sql') throw new Error(`${question}: ${result.kind} ${result.message}`);
  return result.sql;
}

describe('Kazakh typed without its own letters', () => {
  it('restores a word when exactly one spelling is known', () => {
    const known = (s: string) => ['қанша', 'өткен', 'ай'].includes(s);
    expect(restoreKazakhLetters('канша', known)).toBe('қанша');
    expect(restoreKazakhLetters('откен', known)).toBe('өткен');
    expect(restoreKazakhLetters('қанша', known)).toBeNull(); // has its letters already
    expect(restoreKazakhLetters('стол', known)).toBeNull(); // nothing known
  });
  it('leaves a word alone when two spellings would be different known words', () => {
    const known = (s: string) => s === 'қол' || s === 'көл';
    expect(restoreKazakhLetters('кол', known)).toBeNull();
  });
  it('spells the endings in harmony with the stem, though the stemmer reads both spellings', () => {
    const known = (s: string) => ['еуро', 'карта', 'теңге', 'үй'].includes(s);
    expect(restoreKazakhLetters('еуродагы', known)).toBe('еуродағы');
    expect(restoreKazakhLetters('карталардагы', known)).toBe('карталардағы');
    expect(restoreKazakhLetters('уйдеги', known)).toBe('үйдегі');
  });
  it('folds each Kazakh letter to the one typed for it', () => {
    expect(foldKazakhLetters('өткен айдағы қанша')).toBe('откен айдагы канша');
  });
  it.each([
    'Откен айда Астанада канша операция болды?',
    'биыл онлайн толемдер саны',
    'Кеше сагат сайын канша транзакция болды',
  ])('%s is read as Kazakh', (q) => {
    expect(detectLanguage(q)).toBe('kk');
  });
  it.each(['Сколько операций в Алматы вчера?', 'сумма платежей в долларах за ноябрь'])(
    '%s stays Russian',
    (q) => {
      expect(detectLanguage(q)).toBe('ru');
    },
  );
  it('answers as the same question typed with the letters', () => {
    const pairs: [string, string][] = [
      ['Откен айда Астанада канша операция болды?', 'Өткен айда Астанада қанша операция болды?'],
      ['Биыл банкоматтан канша рет акша алынды?', 'Биыл банкоматтан қанша рет ақша алынды?'],
      ['откен айдагы сомасынын медианасы', 'өткен айдағы сомасының медианасы'],
    ];
    for (const [plain, kazakh] of pairs) expect(sqlOf(plain)).toBe(sqlOf(kazakh));
  });
});

describe('a word with some Kazakh letters lacking others (unseen68)', () => {
  it('is spelled with them, but a loan keeps its «и»', () => {
    const known = (s: string) => ['үлес', 'өзгеріс', 'тік'].includes(s);
    expect(restoreKazakhLetters('улесі', known)).toBe('үлесі');
    expect(restoreKazakhLetters('озгеріс', known)).toBe('өзгеріс');
    expect(restoreKazakhLetters('тикеті', known)).toBeNull();
  });
});
