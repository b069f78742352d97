import { describe, expect, it } from 'vitest';
import { understandQuestion } from './builtin-planner.js';
import { correctKazakhTypo } from './kazakh-typos.js';

const context = { now: new Date('2026-05-20T08:00:00Z'), timeZone: 'Asia/Almaty', previous: [] };

const ENDINGS = new Set(['', 'лар', 'лер', 'дың', 'ның', 'ы', 'і', 'да', 'дағы']);
const isEndings = (rest: string) => ENDINGS.has(rest);

describe('a Kazakh word with a vowel left out', () => {
  it('is read as the known stem with its endings as typed, when only one stem fits', () => {
    const stems = ['операция', 'категория', 'бойынша'];
    const known = (s: string) => stems.includes(s);
    expect(correctKazakhTypo('операцялар', stems, known, isEndings)).toBe('операциялар');
    expect(correctKazakhTypo('категорялардың', stems, known, isEndings)).toBeNull(); // «лардың» is no ending here
    expect(correctKazakhTypo('бойнша', stems, known, isEndings)).toBe('бойынша');
    expect(correctKazakhTypo('бойынш', stems, known, isEndings)).toBe('бойынша');
    expect(correctKazakhTypo('операциялар', stems, known, isEndings)).toBeNull(); // read as it is
  });

  it('is left alone when the slip is a consonant, an ending, a short stem, or two stems fit', () => {
    const stems = ['бастап', 'отырды', 'киім', 'шетел', 'аударма', 'аудырма'];
    const known = (s: string) => stems.includes(s);
    expect(correctKazakhTypo('басталды', stems, known, isEndings)).toBeNull(); // «п» typed as «л»
    expect(correctKazakhTypo('отырысы', stems, known, isEndings)).toBeNull(); // «д» left out
    expect(correctKazakhTypo('кімдер', stems, known, isEndings)).toBeNull(); // «киім» is short
    expect(correctKazakhTypo('шетелдк', stems, known, isEndings)).toBeNull(); // the slip is in the ending
    expect(correctKazakhTypo('аудрма', stems, known, isEndings)).toBeNull(); // «аударма» or «аудармы»
  });
});

describe('Kazakh questions typed fast', () => {
  it.each([
    ['Банктер бойнша операциялар саны, наурыз', 'GROUP BY issuer_bank_name', 'бойнша'],
    ['Шымкенттегі транзакцялардың сомасы наурызда', "merchant_city = 'Shymkent'", 'транзакцялардың'],
    ['сәуірдегі шетелдк төлемдер саны', "acquirer_country_iso <> 'KAZ'", 'шетелдк'],
  ])('%s is answered, and the answer says which word was read as what', (question, sql, typed) => {
    const result = understandQuestion(question, context);
    expect(result.kind).toBe('sql');
    if (result.kind !== 'sql') return;
    expect(result.sql).toContain(sql);
    expect(result.explanation).toContain(typed);
  });

  it.each([
    'Клиенттердің жынысы бойынша айналым, наурыз', // gender: not «жиынысы»
    'Жасы бойынша наурыздағы операциялар саны', // age: not a short stem one letter off
  ])('%s is not answered by reading a real word as another', (question) => {
    expect(understandQuestion(question, context).kind).not.toBe('sql');
  });
});

describe('a share «әр банктегі … үлесі» with the genitive left out', () => {
  it.each([
    ['әр банктегі ECOM транзакциялар үлесі', "FILTER (WHERE transaction_type = 'ECOM')", 'issuer_bank_name'],
    ['әрбір қаладағы контактісіз төлемдер үлесі наурызда', 'FILTER (WHERE', 'merchant_city'],
  ])('%s is the part within each group', (question, part, group) => {
    const result = understandQuestion(question, context);
    expect(result.kind).toBe('sql');
    if (result.kind !== 'sql') return;
    expect(result.sql).toContain(part);
    expect(result.sql).toContain(`GROUP BY ${group}`);
  });

  it('«банктер бойынша … үлесі» still spreads the part over the groups', () => {
    const result = understandQuestion('банктер бойынша ECOM транзакциялар үлесі', context);
    expect(result.kind).toBe('sql');
    if (result.kind !== 'sql') return;
    expect(result.sql).toContain('OVER ()');
  });
});
