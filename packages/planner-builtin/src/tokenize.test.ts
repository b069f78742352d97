import { describe, expect, it } from 'vitest';
import { ENUM_VALUES } from './frame.js';
import { compileLexicon, lexItems } from './lexicon.js';
import { normalizeQuestion, parseNumber, tokenize } from './tokenize.js';
import { STOP_WORDS, VOCABULARY } from './vocabulary/index.js';

describe('normalizeQuestion', () => {
  it.each([
    ['Сколько ЁЛОК?', 'сколько елок?'],
    ["What's today's total", 'what today total'],
    ['over 50 000 tenge', 'over 50000 tenge'],
    ['1 000 000 ₸', '1000000 ₸'],
    ["don't", 'do not'],
    ["I'm the intern, we're checking", 'i the intern, we checking'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeQuestion(input)).toBe(expected);
  });
});

describe('parseNumber', () => {
  it.each([
    ['50,000', 50000],
    ['1,5', 1.5],
    ['12.5', 12.5],
    ['1.000.000', 1000000],
    ['1,000.50', 1000.5],
    ['5411', 5411],
  ])('%s → %d', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });

  it('rejects what is not a number', () => {
    expect(parseNumber('1,2,3,4')).toBeNaN();
  });
});

describe('tokenize', () => {
  it('splits words, numbers with unit suffixes, hyphens and ISO dates', () => {
    expect(tokenize('Топ-5 за 2026-03-01, 100k P2P')).toEqual([
      { kind: 'word', text: 'топ' },
      { kind: 'number', text: '5', value: 5, dashBefore: true },
      { kind: 'word', text: 'за' },
      { kind: 'date', text: '2026-03-01', iso: '2026-03-01' },
      { kind: 'number', text: '100', value: 100, commaBefore: true },
      { kind: 'word', text: 'k' },
      { kind: 'word', text: 'p2p' },
    ]);
  });
});

describe('lexItems', () => {
  const meanings = (q: string) =>
    lexItems(tokenize(q)).map((i) =>
      i.kind === 'meaning' ? `${i.meaning.kind}:${i.text}` : `${i.kind}:${i.text}`,
    );

  it('prefers the longest phrase and the more specific stem', () => {
    expect(meanings('снятие наличных в банкоматах')).toEqual([
      'value:снятие наличных',
      'stop:в',
      'value:банкоматах',
    ]);
    expect(meanings('коммунальных услуг')).toEqual(['value:коммунальных услуг']);
    expect(meanings('по сравнению с прошлым')).toEqual(['compare:по сравнению с', 'periodModifier:прошлым']);
  });

  it('matches inflected Russian forms through stems', () => {
    for (const q of ['аптеки', 'аптекам', 'аптеках', 'в аптеке']) {
      expect(meanings(q).some((m) => m === `value:${q.replace('в ', '')}`)).toBe(true);
    }
    expect(meanings('в Астане')).toEqual(['stop:в', 'value:астане']);
  });

  it('marks words it does not know', () => {
    expect(meanings('transactions of unicorns')).toEqual([
      'entity:transactions',
      'stop:of',
      'unknown:unicorns',
    ]);
  });
});

describe('vocabulary data', () => {
  it('names only real enum values', () => {
    for (const entry of VOCABULARY) {
      const m = entry.meaning;
      if (m.kind === 'value' || m.kind === 'notValue') {
        const allowed: readonly string[] = ENUM_VALUES[m.column];
        for (const v of m.values) expect(allowed, `${entry.phrases[0]}`).toContain(v);
      }
    }
  });

  it('uses stems long enough not to swallow unrelated words', () => {
    for (const entry of VOCABULARY) {
      for (const phrase of entry.phrases) {
        const words = phrase.split(' ');
        for (const w of words) {
          if (w.endsWith('~') || w.endsWith('*')) {
            expect(w.length - 1, `${phrase}`).toBeGreaterThanOrEqual(words.length === 1 ? 3 : 2);
          }
        }
      }
    }
  });

  it('has every enum value reachable from at least one phrase', () => {
    const reachable = new Set<string>();
    for (const entry of VOCABULARY) {
      const m = entry.meaning;
      if (m.kind === 'value') for (const v of m.values) reachable.add(`${m.column}:${v}`);
    }
    for (const [column, values] of Object.entries(ENUM_VALUES)) {
      for (const v of values) {
        if (column === 'pos_entry_mode' && v === 'ECOM') continue; // "online" means transaction_type = 'ECOM'
        expect(reachable, `${column}:${v}`).toContain(`${column}:${v}`);
      }
    }
  });

  it('stop words are exact lower-case words', () => {
    for (const w of STOP_WORDS) expect(w).toMatch(/^[\p{Ll}']+$/u);
    expect(compileLexicon().stopWords.size).toBeGreaterThan(100);
  });

  describe('tokenize: dashes and ordinals', () => {
    it('marks a token joined to the one before by a dash, with or without spaces', () => {
      expect(tokenize('Q3–Q4 2025').map((t) => t.dashBefore ?? false)).toEqual([false, true, false]);
      expect(tokenize('2026-01-05 - 2026-01-11').map((t) => t.dashBefore ?? false)).toEqual([false, true]);
      expect(tokenize('payments, 2025').map((t) => t.dashBefore ?? false)).toEqual([false, false]);
    });

    it('drops ordinal and case endings written on a number, and only those', () => {
      expect(tokenize('21st 3-й 2-ші 5-ти').map((t) => t.text)).toEqual(['21', '3', '2', '5']);
      expect(tokenize('100k 2026г').map((t) => t.text)).toEqual(['100', 'k', '2026', 'г']);
    });
  });
});
