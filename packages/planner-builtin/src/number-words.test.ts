import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';
import { lexItems } from './lexicon.js';
import { readNumbers } from './passes/numbers.js';
import { frameOf, runPass, TEST_CONTEXT } from './passes/testing.js';
import { tokenize } from './tokenize.js';
import { ENGLISH_NUMBER_WORDS, KAZAKH_NUMBER_WORDS, RUSSIAN_NUMBER_WORDS } from './vocabulary/index.js';

/**
 * Numbers said in words, as a dictated question has them: runs of number words become number tokens
 * before the vocabulary reads the question. Phrasings of our own, in the three languages.
 */

/** The items of a question: a number as its value, anything else as `kind:text`. */
function itemsOf(question: string): (number | string)[] {
  return lexItems(tokenize(question), undefined, { kazakh: detectLanguage(question) === 'kk' }).map((i) =>
    i.kind === 'number'
      ? i.value
      : i.kind === 'meaning'
        ? `${i.meaning.kind}:${i.text}`
        : `${i.kind}:${i.text}`,
  );
}

/** The numbers of a question once the numbers pass has read them (multipliers applied). */
function numbersOf(question: string): number[] {
  return runPass(readNumbers, question).after.slots.flatMap((s) =>
    s.item.kind === 'number' ? [s.item.value] : [],
  );
}

const _context = TEST_CONTEXT;

describe('cardinals add up', () => {
  it.each<[string, number[]]>([
    ['payments above seventy five thousand tenge', [75_000]],
    ['refunds of three hundred forty two tenge', [342]],
    ['more than one million two hundred thousand', [1_200_000]],
    ['twenty-one days', [21]],
    ['свыше трехсот пятидесяти тысяч тенге', [350_000]],
    ['меньше двух тысяч тенге', [2_000]],
    ['до двухсот двадцати тысяч', [220_000]],
    ['две тысячи двадцать четыре', [2_024]],
    ['жиырма бес мыңнан асатын төлемдер', [25_000]],
    ['жүз елу мың теңге', [150_000]],
    ['бес жүз теңгеден аз', [500]],
    ['алпыс жеті күн', [67]],
  ])('%s', (question, numbers) => {
    expect(numbersOf(question)).toEqual(numbers);
  });

  it('keeps the words as the text of the number', () => {
    expect(lexItems(tokenize('six hundred eighty'))).toEqual([
      { kind: 'number', value: 680, text: 'six hundred eighty' },
    ]);
  });

  it('leaves a multiplier that ends the run to the numbers pass, as after digits', () => {
    expect(itemsOf('eighty thousand')).toEqual([80, 'multiplier:thousand']);
    expect(itemsOf('one million two hundred thousand')).toEqual([1_200, 'multiplier:thousand']);
    expect(itemsOf('шестидесяти тысяч')).toEqual([60, 'multiplier:тысяч']);
    expect(itemsOf('жиырма бес мыңнан')).toEqual([25, 'multiplier:мыңнан']);
    // «от сорока до девяноста тысяч» is 40 000–90 000, as «от 40 до 90 тысяч» is.
    expect(frameOf('количество операций от сорока до девяноста тысяч тенге').filters).toContainEqual({
      kind: 'amount_between',
      min: 40_000,
      max: 90_000,
    });
  });

  it('has every multiplier of a thousand or more in the vocabulary, which scales by it', () => {
    for (const list of [ENGLISH_NUMBER_WORDS, RUSSIAN_NUMBER_WORDS]) {
      for (const [word, factor] of Object.entries(list.multipliers)) {
        if (factor >= 1_000) expect(numbersOf(`seven ${word}`), word).toEqual([7 * factor]);
      }
    }
    for (const [word, factor] of Object.entries(KAZAKH_NUMBER_WORDS.multipliers))
      expect(numbersOf(`жеті ${word} теңге`), word).toEqual([7 * factor]);
  });

  it('never opens a number with a multiplier, and leaves digits as they were', () => {
    expect(itemsOf('thousand')).toEqual(['multiplier:thousand']);
    expect(itemsOf('12 тысяч тенге')).toEqual([12, 'multiplier:тысяч', 'currencyUnit:тенге']);
    expect(itemsOf('75k tenge')).toEqual([75, 'multiplier:k', 'currencyUnit:tenge']);
    expect(itemsOf('3 thousand')).toEqual([3, 'multiplier:thousand']);
  });

  it('reads a dash between two numbers as a range, not as one number', () => {
    const items = lexItems(tokenize('from fifteen-forty five'));
    expect(items.at(-1)).toMatchObject({ kind: 'number', value: 45, dashBefore: true });
    expect(numbersOf('from fifteen-forty five')).toEqual([15, 45]);
  });
});

describe('two two-digit numbers said one after the other are one', () => {
  it.each<[string, number]>([
    ['merchant category code fifty four eleven', 5411],
    ['spend in twenty twenty four', 2024],
    ['nineteen ninety nine', 1999],
    ['мсс пятьдесят пять сорок один', 5541],
    ['код восемьдесят девять девяносто девять', 8999],
    ['мсс коды елу төрт он бір', 5411],
    ['жиырма жиырма алты жыл', 2026],
  ])('%s → %d', (question, number) => {
    expect(numbersOf(question)).toEqual([number]);
  });
  it.each(['between eleven and twelve thirty', 'at ten fifteen'])(
    '%s: an hour and its minutes are not joined into one number',
    (question) => {
      expect(numbersOf(question)).not.toContain(1230);
      expect(numbersOf(question)).not.toContain(1015);
    },
  );
});

describe('ordinals are their number', () => {
  it.each<[string, number[]]>([
    ['seventy fifth percentile', [75]],
    ['the fortieth percentile', [40]],
    ['twenty second and ninety ninth', [22, 99]],
    ['восьмидесятый процентиль', [80]],
    ['десятого и девяностого процентилей', [10, 90]],
    ['тридцать третьей', [33]],
    ['елуінші процентиль', [50]],
    ['жетпіс бесінші процентиль', [75]],
    ['тоқсаныншы', [90]],
  ])('%s', (question, numbers) => {
    expect(numbersOf(question)).toEqual(numbers);
  });
});

describe('a two-digit ordinal before the year is a year of this century', () => {
  it.each<[string, number]>([
    ['за двадцать четвертый год', 2024],
    ['продажи двадцать третьего года', 2023],
    ['в двадцать шестом году', 2026],
    ['жиырма бесінші жылы', 2025],
    ['екі мың жиырма төртінші жылы', 2024],
  ])('%s → %d', (question, year) => {
    expect(numbersOf(question)).toEqual([year]);
  });

  it('not a cardinal: «двадцать пять лет» is 25 years', () => {
    expect(numbersOf('за двадцать пять лет')).toEqual([25]);
  });
});

describe('a lone ordinal the vocabulary reads as a word', () => {
  it.each([
    ['first half of the year', 'ordinal:first'],
    ['second quarter', 'ordinal:second'],
    ['второй квартал', 'ordinal:второй'],
    ['второе полугодие', 'ordinal:второе'],
    ['бірінші тоқсан', 'ordinal:бірінші'],
    ['the first week of may', 'ordinal:first'],
    ['қазанның бірінші аптасы', 'ordinal:бірінші'],
  ])('%s: stays a word', (question, word) => {
    expect(itemsOf(question)).toContain(word);
    expect(numbersOf(question)).toEqual([]);
  });

  it.each<[string, number[]]>([
    ['since october the second', [2]],
    ['june third', [3]],
    ['from the first to the tenth of march', [1, 10]],
    ['первого декабря', [1]],
    ['со второго по десятое октября', [2, 10]],
    ['с третьего по 9 ноября', [3, 9]],
  ])('%s: is a day of the month', (question, numbers) => {
    expect(numbersOf(question)).toEqual(numbers);
  });

  it('ends a compound ordinal: "twenty first", «тридцать первого»', () => {
    expect(numbersOf('the twenty first of may')).toEqual([21]);
    expect(numbersOf('тридцать первого августа')).toEqual([31]);
  });
});

describe('words that are numbers only sometimes', () => {
  it('«тоқсан» is the quarter alone, ninety before another number word', () => {
    expect(itemsOf('осы тоқсанда')).toEqual(['periodModifier:осы', 'timeUnit:тоқсанда']);
    expect(itemsOf('үшінші тоқсан')).toEqual(['ordinal:үшінші', 'timeUnit:тоқсан']);
    expect(numbersOf('тоқсан жеті процентиль')).toEqual([97]);
    expect(numbersOf('тоқсан мыңнан жоғары')).toEqual([90_000]);
  });

  it('«он» is ten in Kazakh only; in Russian it is "he"', () => {
    expect(numbersOf('соңғы он үш күн')).toEqual([13]);
    expect(itemsOf('сколько он потратил')).toContain('unknown:он');
    expect(numbersOf('он потратил десять тысяч')).toEqual([10_000]);
  });

  it('a lone word the vocabulary knows stays in its phrases', () => {
    expect(itemsOf('one row per bank')).toEqual(['groupBy:one row per', 'dimension:bank']);
    expect(itemsOf('на одну карту')).toEqual(['perCard:на одну карту']);
    expect(itemsOf('per second')).toContain('ordinal:second');
  });
});

describe('end to end', () => {
  it('an amount and a rolling period', () => {
    const frame = frameOf('number of payments above seventy five thousand tenge in the last twenty one days');
    expect(frame.filters).toContainEqual({ kind: 'amount', op: '>', value: 75_000 });
    expect(frame.time).toEqual({ kind: 'last_days', n: 21 });
  });

  it('an MCC said in pairs and a spoken Russian year', () => {
    const frame = frameOf('средний чек по мсс пятьдесят четыре одиннадцать за двадцать четвертый год');
    expect(frame.filters).toContainEqual({
      kind: 'ids',
      column: 'merchant_mcc',
      negated: false,
      values: [5411],
    });
    expect(frame.time).toEqual({ kind: 'dates', from: '2024-01-01', to: '2025-01-01' });
  });

  it('a percentile and a day of a month', () => {
    const frame = frameOf('eightieth percentile of grocery purchase amounts since october second');
    expect(frame.measures).toEqual([{ fn: 'percentile', p: 0.8 }]);
    expect(frame.time).toEqual({ kind: 'dates', from: '2025-10-02', to: null });
  });

  it('a range of days said in ordinals', () => {
    expect(frameOf('количество переводов со второго по десятое марта').time).toEqual({
      kind: 'dates',
      from: '2026-03-02',
      to: '2026-03-11',
    });
  });

  it('Kazakh: an amount over a spoken number, the last days', () => {
    const frame = frameOf('соңғы он бес күндегі жиырма бес мыңнан асатын төлемдер саны');
    expect(frame.filters).toContainEqual({ kind: 'amount', op: '>', value: 25_000 });
    expect(frame.time).toEqual({ kind: 'last_days', n: 15 });
  });

  it('a year said in pairs after a quarter named by a word', () => {
    expect(frameOf('turnover in the second quarter of twenty twenty five').time).toEqual({
      kind: 'dates',
      from: '2025-04-01',
      to: '2025-07-01',
    });
  });
});

describe('a spoken Russian year right after a month or a season (unseen66)', () => {
  it.each([
    ['сколько карт пользовались самсунг пэй в сентябре двадцать пятого', '2025-09-01'],
    ['сколько клиенты потратили в ресторанах за лето двадцать пятого', '2025-06-01'],
    ['максимальная операция по каждому типу транзакций за октябрь двадцать шестого', '2026-10-01'],
  ])('%s', (q, from) => {
    expect(frameOf(q).time).toMatchObject({ kind: 'dates', from });
  });
  it('«двадцать пятого ноября» stays a day; English "october twenty fifth" too', () => {
    expect(frameOf('сколько операций было двадцать пятого ноября 2026').time).toEqual({
      kind: 'dates',
      from: '2026-11-25',
      to: '2026-11-26',
    });
    expect(frameOf('how many payments on october twenty fifth 2026').time).toEqual({
      kind: 'dates',
      from: '2026-10-25',
      to: '2026-10-26',
    });
  });
});
