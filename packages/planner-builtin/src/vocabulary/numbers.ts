import type { VocabularyEntry } from '../meaning.js';
import { e, num } from './entry.js';

/** Number words, multipliers ("10 тысяч"), the tenge as the unit of amounts, the original currency. */
export const NUMBER_WORDS: readonly VocabularyEntry[] = [
  // ── numbers ─────────────────────────────────────────────────────────────────────────────────
  e(['one', 'один', 'одна', 'одного', 'одну', 'одной'], num(1)),
  e(['two', 'два', 'две', 'двух', 'двум'], num(2)),
  e(['three', 'три', 'трех', 'трем'], num(3)),
  e(['four', 'четыре', 'четырех'], num(4)),
  e(['five', 'пять', 'пяти'], num(5)),
  e(['six', 'шесть', 'шести'], num(6)),
  e(['seven', 'семь', 'семи'], num(7)),
  e(['eight', 'восемь', 'восьми'], num(8)),
  e(['nine', 'девять', 'девяти'], num(9)),
  e(['ten', 'десять', 'десяти'], num(10)),
  e(['twelve', 'двенадцать', 'двенадцати'], num(12)),
  e(['fifteen', 'пятнадцать', 'пятнадцати'], num(15)),
  e(['twenty', 'двадцать', 'двадцати'], num(20)),
  e(['thirty', 'тридцать', 'тридцати'], num(30)),
  e(['k', 'к', 'thousand', 'thousands', 'тыс', 'тысяч~', 'тысяча'], { kind: 'multiplier', factor: 1_000 }),
  e(['m', 'mn', 'mln', 'million~', 'млн', 'миллион~'], { kind: 'multiplier', factor: 1_000_000 }),
  e(['bn', 'billion~', 'млрд', 'миллиард~'], { kind: 'multiplier', factor: 1_000_000_000 }),
  e(
    [
      'tenge',
      'kzt',
      'тенге',
      'тг',
      '₸',
      'tg',
      // "tenge equivalent", «в тенговом эквиваленте»: the amount in tenge of payments in other currencies
      'tenge equivalent',
      'kzt equivalent',
      'tenge equiv',
      'kzt equiv',
      'тенгов~ эквивалент~',
      'эквивалент~ в тенге',
      'эквивалент~ в kzt',
      // «оборот в эквиваленте»: the tenge equivalent, said alone
      'эквивалент~',
    ],
    { kind: 'currencyUnit' },
  ),
  e(
    [
      'original currency',
      // "in the original EUR amount": the currency may stand between
      'original',
      'not converted to tenge',
      // ("in som, that is in the original currency rather than in tenge")
      'rather than in tenge',
      'rather than tenge',
      'rather than in their tenge equivalent',
      'rather than their tenge equivalent',
      'rather than in kzt',
      'not converted',
      'original amount~',
      'original amt~',
      'orig amount~',
      'orig amt~',
      'orig currency',
      'transaction currency',
      // "per currency in that currency", «в самой валюте»: the amount in each payment's own currency
      'in that currency',
      'in the currency itself',
      'in the same currency',
      'in its own currency',
      'in their own currency',
      'in own currency',
      'in the respective currency',
      // "the amount in USD itself, not tenge", "the som amounts themselves"
      'itself',
      'themselves',
      'в сам~ валют~',
      'в то~ же валют~',
      'в сво~ валют~',
      'в эт~ валют~',
      'в соответствующ~ валют~',
      'исходн~ валют~',
      'оригинальн~ валют~',
      // (the currency of the payment, a noun: «валютные операции», the adjective, are payments in a
      // foreign currency)
      ...['валюта', 'валюте', 'валюты', 'валютой', 'валюту'].flatMap((w) => [
        `${w} операци~`,
        `${w} транзакци~`,
        `${w} платеж~`,
      ]),
      'в валюте операци~',
      'в валюте транзакци~',
      'в валюте платеж~',
      'в исходн~ валют~',
      'в оригинальн~ валют~',
      'исходн~ сумм~',
      'оригинальн~ сумм~',
    ],
    { kind: 'originalAmount' },
  ),
];

/**
 * Ordinal and case endings written on a number, dropped by the tokenizer: "1st", "90th", «3-й»,
 * «2-х», «5-ти», «10-го», «3-ші», «1-інші».
 */
export const ORDINAL_SUFFIXES: readonly string[] = [
  // English
  'st',
  'nd',
  'rd',
  'th',
  // Russian
  'й',
  'я',
  'е',
  'ю',
  'го',
  'му',
  'м',
  'х',
  'ой',
  'ей',
  'ый',
  'ий',
  'ая',
  'ое',
  'ые',
  'ых',
  'ом',
  'ого',
  'ому',
  'ти',
  'ми',
  // Kazakh
  'ші',
  'шы',
  'інші',
  'ыншы',
  'нші',
  'ншы',
];

/**
 * The endings of ORDINAL_SUFFIXES that a cardinal number takes in Russian («2-х», «5-ти», «7-ми», «5-ю»):
 * a number with any other ending is an ordinal — a place or a day, never a quantity of money.
 */
export const CARDINAL_CASE_ENDINGS: readonly string[] = ['х', 'ти', 'ми', 'ю'];

/**
 * The Kazakh possessive on a day of a month, hyphenated to it with no space: «қазан айының 1-і мен 15-і»,
 * «қарашаның 20-сы» ("2026 - I mean …" keeps its "I").
 */
export const KAZAKH_DAY_POSSESSIVES: readonly string[] = ['і', 'i', 'ы', 'сы', 'сі'];

/** «в валюте»: "in currency" — after an amount word, the amount in the transaction's own currency. */
export const IN_CURRENCY: readonly string[] = ['в валюте'];

/** The word "one" as an article: «одной транзакции», «бір транзакция». */
export const SINGLE_WORDS: readonly string[] = ['одной', 'одного', 'одна', 'один', 'бір'];
