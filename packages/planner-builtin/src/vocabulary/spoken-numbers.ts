/**
 * Numbers spelled as words, the way a dictated question has them ("fifty thousand", «двадцать пятого»,
 * «екі мың жиырма бес»): number-words.ts joins a run of them into one number. One list per language.
 */
export interface SpokenNumberWords {
  /** Units, teens, tens and hundreds («двести»), each form with its value; they may open a number. */
  cardinals: Readonly<Record<string, number>>;
  /**
   * Words that multiply the number before them: "hundred", "thousand", «тысяч», «мың». They never open
   * one: a bare "thousand" after a comparator or after digits ("10 тысяч") is the numbers pass's.
   */
  multipliers: Readonly<Record<string, number>>;
  /** Ordinals, read as their number, as "5th" is: "fifth", «пятого», «бесінші». They end a number. */
  ordinals: Readonly<Record<string, number>>;
  /** The least tens a unit follows: 20 ("twenty five"; "ten five" is no number), 10 in Kazakh («он бес»). */
  unitsAfterTensFrom: number;
}

export const ENGLISH_NUMBER_WORDS: SpokenNumberWords = {
  cardinals: {
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  },
  multipliers: { hundred: 100, thousand: 1_000, million: 1_000_000 },
  ordinals: {
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    thirteenth: 13,
    fourteenth: 14,
    fifteenth: 15,
    sixteenth: 16,
    seventeenth: 17,
    eighteenth: 18,
    nineteenth: 19,
    twentieth: 20,
    thirtieth: 30,
    fortieth: 40,
    fiftieth: 50,
    sixtieth: 60,
    seventieth: 70,
    eightieth: 80,
    ninetieth: 90,
    hundredth: 100,
  },
  unitsAfterTensFrom: 20,
};

/** Each form of a Russian cardinal: nominative, then the oblique cases a question puts it in. */
const RUSSIAN_CARDINAL_FORMS: readonly (readonly [value: number, forms: readonly string[]])[] = [
  [0, ['ноль', 'нуль', 'ноля', 'нуля']],
  [1, ['один', 'одна', 'одного', 'одной', 'одну']],
  [2, ['два', 'две', 'двух', 'двум']],
  [3, ['три', 'трех', 'трем']],
  [4, ['четыре', 'четырех', 'четырем']],
  [5, ['пять', 'пяти']],
  [6, ['шесть', 'шести']],
  [7, ['семь', 'семи']],
  [8, ['восемь', 'восьми']],
  [9, ['девять', 'девяти']],
  [10, ['десять', 'десяти']],
  [11, ['одиннадцать', 'одиннадцати']],
  [12, ['двенадцать', 'двенадцати']],
  [13, ['тринадцать', 'тринадцати']],
  [14, ['четырнадцать', 'четырнадцати']],
  [15, ['пятнадцать', 'пятнадцати']],
  [16, ['шестнадцать', 'шестнадцати']],
  [17, ['семнадцать', 'семнадцати']],
  [18, ['восемнадцать', 'восемнадцати']],
  [19, ['девятнадцать', 'девятнадцати']],
  [20, ['двадцать', 'двадцати']],
  [30, ['тридцать', 'тридцати']],
  [40, ['сорок', 'сорока']],
  [50, ['пятьдесят', 'пятидесяти']],
  [60, ['шестьдесят', 'шестидесяти']],
  [70, ['семьдесят', 'семидесяти']],
  [80, ['восемьдесят', 'восьмидесяти']],
  [90, ['девяносто', 'девяноста']],
  [100, ['сто', 'ста']],
  [200, ['двести', 'двухсот']],
  [300, ['триста', 'трехсот']],
  [400, ['четыреста', 'четырехсот']],
  [500, ['пятьсот', 'пятисот']],
  [600, ['шестьсот', 'шестисот']],
  [700, ['семьсот', 'семисот']],
  [800, ['восемьсот', 'восьмисот']],
  [900, ['девятьсот', 'девятисот']],
];

/** Stems of the Russian ordinals that take the hard adjective endings below (пят-ый, втор-ой). */
const RUSSIAN_ORDINAL_STEMS: readonly (readonly [stem: string, value: number])[] = [
  ['перв', 1],
  ['втор', 2],
  ['четверт', 4],
  ['пят', 5],
  ['шест', 6],
  ['седьм', 7],
  ['восьм', 8],
  ['девят', 9],
  ['десят', 10],
  ['одиннадцат', 11],
  ['двенадцат', 12],
  ['тринадцат', 13],
  ['четырнадцат', 14],
  ['пятнадцат', 15],
  ['шестнадцат', 16],
  ['семнадцат', 17],
  ['восемнадцат', 18],
  ['девятнадцат', 19],
  ['двадцат', 20],
  ['тридцат', 30],
  ['сороков', 40],
  ['пятидесят', 50],
  ['шестидесят', 60],
  ['семидесят', 70],
  ['восьмидесят', 80],
  ['девяност', 90],
];

/** The hard adjective endings, every gender, case and number («пятый», «пятого», «пятое», «пятом», «пятая»). */
const RUSSIAN_ORDINAL_ENDINGS: readonly string[] = [
  'ый',
  'ой',
  'ого',
  'ому',
  'ым',
  'ом',
  'ая',
  'ую',
  'ое',
  'ые',
  'ых',
  'ыми',
];

/** «третий» declines as a soft adjective of its own. */
const RUSSIAN_THIRD: readonly string[] = [
  'третий',
  'третьего',
  'третьему',
  'третьим',
  'третьем',
  'третья',
  'третью',
  'третье',
  'третьи',
  'третьих',
  'третьей',
];

const formsOf = (pairs: readonly (readonly [number, readonly string[]])[]): Record<string, number> =>
  Object.fromEntries(pairs.flatMap(([value, forms]) => forms.map((form) => [form, value])));

export const RUSSIAN_NUMBER_WORDS: SpokenNumberWords = {
  cardinals: formsOf(RUSSIAN_CARDINAL_FORMS),
  multipliers: formsOf([
    [1_000, ['тысяча', 'тысячи', 'тысяч', 'тысячу']],
    [1_000_000, ['миллион', 'миллиона', 'миллионов', 'миллиону']],
  ]),
  ordinals: formsOf([
    ...RUSSIAN_ORDINAL_STEMS.map(
      ([stem, value]) => [value, RUSSIAN_ORDINAL_ENDINGS.map((ending) => stem + ending)] as const,
    ),
    [3, RUSSIAN_THIRD],
  ]),
  unitsAfterTensFrom: 20,
};

/**
 * Kazakh numbers. Only the last word of a Kazakh number takes a case ending («елу мыңнан», «жиырма
 * бестен»); number-words.ts reads it through its stems. «он» (ten) is also a Russian pronoun and
 * «тоқсан» (ninety) also the quarter: these words are read only in a Kazakh question.
 */
export const KAZAKH_NUMBER_WORDS: SpokenNumberWords = {
  cardinals: {
    нөл: 0,
    бір: 1,
    екі: 2,
    үш: 3,
    төрт: 4,
    бес: 5,
    алты: 6,
    жеті: 7,
    сегіз: 8,
    тоғыз: 9,
    он: 10,
    жиырма: 20,
    отыз: 30,
    қырық: 40,
    елу: 50,
    алпыс: 60,
    жетпіс: 70,
    сексен: 80,
    тоқсан: 90,
    // «жүз» is a hundred by itself, as «сто» is, and multiplies a unit before it («бес жүз»).
    жүз: 100,
  },
  multipliers: { мың: 1_000, миллион: 1_000_000 },
  ordinals: {
    бірінші: 1,
    екінші: 2,
    үшінші: 3,
    төртінші: 4,
    бесінші: 5,
    алтыншы: 6,
    жетінші: 7,
    сегізінші: 8,
    тоғызыншы: 9,
    оныншы: 10,
    жиырмасыншы: 20,
    отызыншы: 30,
    қырқыншы: 40,
    елуінші: 50,
    алпысыншы: 60,
    жетпісінші: 70,
    сексенінші: 80,
    тоқсаныншы: 90,
    жүзінші: 100,
  },
  unitsAfterTensFrom: 10,
};

/**
 * Kazakh number words not read as numbers when typed without the Kazakh letters: «бир» ("one" before a
 * noun is an article the vocabulary reads, «бир картага» = per card) and «токсан», which is «тоқсан», a
 * quarter, as often as ninety.
 */
export const KAZAKH_NOT_FOLDED: readonly string[] = ['бир', 'токсан'];

/** Words between a day and its month: "the first of September", "September the first". */
export const MONTH_DAY_LINKS: readonly string[] = ['the', 'of'];

/**
 * Halves of a multiplier: "half a million", «пол-миллиона», «полмиллиона», Kazakh «жарты миллион» (0.5),
 * and "one and a half million", «полтора / полутора миллиона», «бір жарым миллион» (1.5). Read as the
 * number before the multiplier word, as "0.5 million" and "1.5 million" are.
 */
export const HALF_WORDS: readonly string[] = ['half', 'пол', 'полу', 'жарты'];
/** Between "half" and its multiplier: "half a million". */
export const HALF_LINKS: readonly string[] = ['a', 'an'];
export const ONE_AND_A_HALF: readonly (readonly string[])[] = [
  ['one', 'and', 'a', 'half'],
  ['one', 'and', 'half'],
  ['полтора'],
  ['полторы'],
  ['полутора'],
  ['бір', 'жарым'],
];
/** «полмиллиона», «полумиллиона», «полтысячи»: the half written together with its multiplier. */
export const JOINED_HALF = /^(пол|полу)(миллион|миллиард|тысяч)/;
