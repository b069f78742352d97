import type { VocabularyEntry } from '../meaning.js';
import { YES_NO_LEAD_INS } from './comparisons.js';
import { e } from './entry.js';
import { KAZAKH_WHICH } from './kazakh.js';
import { HOW_MUCH_MORE } from './measures.js';
import { KAZAKH_EACH } from './morphology.js';
import { TO_TODAY } from './time.js';

/**
 * «барлық типтер», «барлық операция типтері» (all types, all transaction types): every type, no condition —
 * but «… бойынша» right after them, "by all types", is a row per type (list-mode.ts).
 */
export const KAZAKH_ALL_TYPES: readonly string[] = [
  'барлық типтер',
  'барлық типтері',
  'барлық операция типтері',
  'барлық транзакция типтері',
  'барлық операция түрлері',
  'барлық транзакция түрлері',
  'барлық операция типтерін',
  'барлық операция түрлерін',
];

/** Structure words: by, not, and, follow-up openers, only, separately / combined, which, list. */
/** "one row per", «по строке на»: a breakdown, its column the rows of the answer. */
export const ROW_PER_WORDS: readonly string[] = [
  'one row per',
  'a row per',
  'one row for each',
  'a row for each',
  'row per',
  'one line per',
  'по строке на',
  'строка на',
  'одна строка на',
  'по одной строке на',
];

/** "as rows", "in rows": after the column word that is the rows («города строками» is read as rows counted). */
export const AS_ROWS_WORDS: readonly string[] = ['as rows', 'in rows'];

/** Negations written before what they negate ("except Almaty", «кроме Алматы», «без кошелька»). */
export const NEGATION_PHRASES: readonly string[] = [
  'not',
  'за исключением',
  // "<>", "!=" as the tokenizer writes them
  '≠',
  'except',
  'excluding',
  'exclude',
  'without',
  'excl',
  'w o',
  'other than',
  'не считая',
  'anything but',
  // "Distinct cards that withdrew cash anywhere but Almaty"
  'anywhere but',
  'anywhere except',
  'everywhere but',
  'everywhere except',
  'non',
  'outside',
  'outside of',
  'leave out',
  'leaving out',
  'skip',
  'skip the ones',
  'leave aside',
  'omit',
  'omitting',
  'ignoring',
  'ignore',
  'disregarding',
  'disregard',
  'вне',
  // «за пределами Алматы» (beyond Almaty)
  'за пределами',
  'кроме',
  // «не считая операций по магнитной полосе» (not counting …)
  'не считая',
  'исключая',
  'исключив',
  // «в валюте, отличной от тенге» (in a currency other than the tenge)
  'отличной от',
  'отличная от',
  'отличные от',
  'отличных от',
  'отличном от',
  'за исключением',
  'не',
  'без',
  'без учета',
];
/** Single negation words ("without", «без») that may open a phrase of the vocabulary. */
export const NEGATION_LEADS: ReadonlySet<string> = new Set([
  ...NEGATION_PHRASES.filter((p) => !p.includes(' ')),
  'no',
]);

/** Russian "which", of one row and of several: «в каком городе была самая крупная операция» ranks the cities. */
const RUSSIAN_WHICH_ONE: readonly string[] = [
  'какой',
  'какая',
  'какое',
  'каком',
  'какого',
  'какую',
  'какой именно',
  // («… самый высокий средний чек … и какой он?»: "and what is it" — the figure of the one ranked first)
  'какой он',
  'какая она',
  'какое оно',
];
const RUSSIAN_WHICH_SEVERAL: readonly string[] = ['какие', 'каких', 'каким'];
/** «каким»: the singular instrumental («каким кошельком») and the plural dative («каким банкам»). */
export const RUSSIAN_WHICH_EITHER: readonly string[] = ['каким'];
export const RUSSIAN_WHICH: readonly string[] = [...RUSSIAN_WHICH_ONE, ...RUSSIAN_WHICH_SEVERAL];

/**
 * "nationwide", «по всей стране», «бүкіл ел бойынша»: the whole of the data. Stop words, unless set beside
 * a city ("in Oskemen, and how many across the whole country": passes/share.ts, readWholeBeside).
 */
export const WHOLE_COUNTRY_PHRASES: readonly string[] = [
  'nationwide',
  'national',
  'country-wide',
  'countrywide',
  'across the country',
  'across the whole country',
  'in the whole country',
  'по всей стране',
  'в целом по стране',
  'по стране в целом',
  'всей страны',
  'по республике',
  'по всей республике',
  'республика бойынша',
  'бүкіл ел бойынша',
  'бүкіл елдегі',
  'ел көлемінде',
];

export const STRUCTURE_WORDS: readonly VocabularyEntry[] = [
  // «… не подскажете?» (would you tell me): a polite request, no negation
  e(['не подскажете', 'не подскажешь'], { kind: 'stop' }),
  // «Не могли бы вы показать …», «Могли бы вы …» (could you show …): a polite request, no negation
  e(['не могли бы', 'могли бы', 'не можете ли', 'не сможете ли'], { kind: 'stop' }),
  // «Какой на самом деле?» (what is it really): the figure itself, asked after a claim about it
  e(['на самом деле'], { kind: 'stop' }),

  // What the asker does not mind, and that nothing more is wanted: "the order doesn't matter", «сортировка
  // не важна», «реті маңызды емес», "nothing else", «этого достаточно», «осы жеткілікті».
  e(
    [
      "the order doesn't matter",
      "order doesn't matter",
      'the order does not matter',
      'order does not matter',
      'in any order',
      'any order is fine',
      'is perfect',
      'would be perfect',
      // ("One figure per bank would be great", "Rounded to two decimals would be nice, no particular order
      // needed", "One row for each city and type combination")
      'would be great',
      'would be nice',
      'would be ideal',
      'would be enough',
      'would help',
      'no particular order needed',
      'in no particular order',
      'no particular order',
      'combination',
      'combinations',
      // ("Not sure if this makes sense, but could you check …": the request after a doubt set aside)
      'but could you',
      'but can you',
      'but would you',
      'nothing else',
      "that's all",
      'that is all',
      "that's it",
      'сортировка не важна',
      'порядок не важен',
      'порядок неважен',
      'в любом порядке',
      'этого достаточно',
      'больше ничего не нужно',
      'реті маңызды емес',
      'ретінің маңызы жоқ',
      'осы жеткілікті',
      'жеткілікті',
      'басқа ештеңе керек емес',
    ],
    { kind: 'stop' },
  ),
  // Hedges around a request: "if possible", «если не сложно», «можно …?», «мүмкін болса».
  e(
    [
      'if possible',
      'if you can',
      'if you could',
      "if it's not too much trouble",
      'if it is not too much trouble',
      // (Not "sorry" alone: "…, sorry I mean Pavlodar" corrects what was said.)
      'sorry to bother you',
      // ("Could you maybe show …", "I was wondering if you could …", «Подскажите пожалуста», «Кешіріңіз, …»)
      'maybe',
      'possibly',
      'perhaps',
      'by any chance',
      'i was wondering',
      'was wondering',
      "i'm wondering",
      'i am wondering',
      'i wonder',
      'wondering',
      'if that makes sense',
      'if this makes sense',
      "if that's ok",
      'if that is ok',
      "if that's okay",
      "if that's possible",
      'if that is possible',
      // a formal, old-fashioned request: "I should be grateful if you would let me have …", "if you
      // please", "… will suffice", «будьте добры», «буду признателен, если Вы сообщите …»
      'if you please',
      'if you would',
      'if you will',
      'if you would be so kind',
      'if you would kindly',
      'be so kind as to',
      'i should be grateful if you would',
      'i should be grateful if you could',
      'i would be grateful if you would',
      'i would be grateful if you could',
      "i'd be grateful if you could",
      'i should be grateful for',
      'i should be grateful',
      'i would be grateful',
      'i should like',
      'i should be glad to know',
      'i should be glad of',
      'i should be obliged if you would',
      'would you kindly',
      'would you be so kind as to',
      'if you would be so good',
      'is all i require',
      'all i require',
      'pray',
      'furnish',
      'let me have',
      'will suffice',
      'would suffice',
      'will do nicely',
      'will do',
      'would do',
      'будьте добры',
      'будьте любезны',
      'буду признателен',
      'буду признательна',
      'буду благодарен',
      'буду благодарна',
      'если вы сообщите',
      'если вы подскажете',
      'пожалуста',
      'извините',
      'простите',
      'кешіріңіз',
      'кешіріңізші',
      'если не сложно',
      'если не трудно',
      'если можно',
      'если возможно',
      'если вас не затруднит',
      'можно',
      'можно ли',
      'мүмкін болса',
      'мүмкіндік болса',
      'мүмкіндігінше',
    ],
    { kind: 'stop' },
  ),
  // "average ticket next to the median", "show the avg next to each": beside, as "and" says
  e(['next to each', 'next to every', 'next to each one'], { kind: 'stop' }),
  e(['next to', 'alongside'], { kind: 'conjunction' }),
  // "where do people shop", "cardholders shop more on Fridays": the verb after its subject, not a shop.
  e(['people shop', 'customers shop', 'clients shop', 'cardholders shop'], { kind: 'stop' }),
  e(
    [
      'alphabetically',
      'listed alphabetically',
      'sorted alphabetically',
      'ordered alphabetically',
      'sort alphabetically',
      'alphabetical',
      'in alphabetical order',
      'in alphabetic order',
      'a to z',
      'a-z',
      'по алфавиту',
      'отсортируй по алфавиту',
      'отсортируйте по алфавиту',
      'отсортировать по алфавиту',
      'сортировка по алфавиту',
      'в алфавитном порядке',
      'алфавитном порядке',
    ],
    { kind: 'alphabetical' },
  ),
  // ── structure words ─────────────────────────────────────────────────────────────────────────
  e(
    [
      'by',
      'per',
      'each',
      'every',
      'across',
      'split by',
      // «сплит по банкам»: the English word in Cyrillic
      'сплит по',
      'broken down by',
      'break down by',
      'breakdown by',
      'grouped by',
      'по',
      'в разрезе',
      // («Показатель: …; Период: …; Разрез: город»: a report form's field of the breakdown.)
      'разрез',
      'в разбивке по',
      'с разбивкой по',
      'разбивк~ по',
      'кажд~',
      'для кажд~',
      'на кажд~',
      'за кажд~',
      'разбей по',
      'разбить по',
      'с разбивкой по',
      'сгруппир* по',
    ],
    { kind: 'groupBy' },
  ),
  e([...NEGATION_PHRASES], { kind: 'negation' }),
  // after what they leave out: «…, Алматы не учитываем», «…, Алматы исключить»
  // ("…, QR excluded", "China excluded", «Алматы не считаем», «(иностранные не считаем)»)
  e(
    [
      'не учитываем',
      'не учитывать',
      'не включать',
      'не включайте',
      'исключить',
      'не считаем',
      'не считать',
      'не берем',
      'не брать',
      'excluded',
      'not counted',
      'not included',
      // "('Unknown' left out)"
      'left out',
      'omitted',
    ],
    {
      kind: 'negation',
      after: true,
    },
  ),
  // '⁄': a slash between two words ("POS/ECOM"), as the tokenizer writes it (LIST_SLASH).
  e(
    [
      'and',
      'or',
      'и',
      'или',
      'а также',
      'as well as',
      'plus',
      'плюс',
      '⁄',
      // "bank x month", «город × месяц»: a breakdown by both
      'x',
      '×',
      // "… together with the total", «вместе со значением среднего чека»: and
      'together with',
      'along with',
      'вместе с',
      'вместе со',
    ],
    { kind: 'conjunction' },
  ),
  e(
    [
      'what about',
      'how about',
      'and what about',
      'now',
      'same',
      'the same',
      'same but',
      'also',
      'too',
      'instead',
      'а',
      'а если',
      'а что',
      'теперь',
      'тоже',
      'также',
      'то же',
      'то же самое',
      'то же самое но',
      'а теперь',
      'and if',
      'и еще',
    ],
    { kind: 'followUp' },
  ),
  e(['side by side', 'рядом', 'next to each other', 'друг рядом с другом', 'next to it'], {
    kind: 'sideBySide',
  }),
  // «Посчитаю сам — дай обе суммы рядом», «дальше сам», «Өзім есептеймін», "I'll do the math": the asker works
  // out what the two figures asked for make — nothing the plan computes.
  e(
    [
      'посчитаю сам',
      'сам посчитаю',
      'посчитаю',
      'дальше сам',
      'дальше я сам',
      'өзім есептеймін',
      'өзім есептеп аламын',
      "i'll do the math",
      "i'll work it out",
      "i'll work it out myself",
      "i'll compute it myself",
      // «…, сағат ретімен шығаршы» (output it): a colloquial request
      'шығаршы',
      'шығарыңызшы',
    ],
    { kind: 'stop' },
  ),
  // "bands as columns", «диапазоны столбцами», «бағандарда»: a column each (a two-way split or bands).
  e(
    [
      'as columns',
      'in columns',
      'as separate columns',
      // "Almaty and Astana in separate columns", «в отдельных колонках», «бөлек бағандарда»
      'in separate columns',
      'separate columns',
      'in different columns',
      'in their own columns',
      'each in its own column',
      'в отдельных колонках',
      'отдельными колонками',
      'в отдельных столбцах',
      'отдельными столбцами',
      'в разных колонках',
      'в разных столбцах',
      'бөлек бағандарда',
      'жеке бағандарда',
      'столбцами',
      'в столбцах',
      'колонками',
      'в колонках',
      'бағандарда',
      'бағандар бойынша',
      'бағанмен',
    ],
    { kind: 'sideBySide' },
  ),
  e(['add', 'also add', 'add the', 'добавь', 'добавьте', 'добавить', 'и добавь'], { kind: 'addMeasure' }),
  e(['without the breakdown', 'without a breakdown', 'no breakdown', 'без разбивки', 'без разбиения'], {
    kind: 'noBreakdown',
  }),
  e(
    [
      'hotel~',
      'motel~',
      'отел~',
      'гостиниц~',
      'fast food',
      'фастфуд~',
      'авиакомпани~',
      // "Public transport (MCC 4111)", "Airline tickets (MCC 4511)": named beside the code they are
      'public transport',
      'общественн~ транспорт~',
      // «MCC 4111 (городской транспорт)»: "city transport" is the code's name, no city in it
      'city transport',
      'urban transport',
      'городск~ транспорт~',
      'қалалық көлік',
      'airline ticket~',
      'air ticket~',
      'авиабилет~',
    ],
    { kind: 'gloss' },
  ),
  // "how many cards was that?", «какая это доля от всех POS-покупок?»: words that point back at the
  // previous answer, wherever they stand.
  e(
    [
      'is that',
      'was that',
      'sort it',
      'sort them',
      'order it',
      'instead of',
      'rather than',
      'вместо',
      'were those',
      'are those',
      'of that',
      'of those',
      'from that',
      'for that',
      'for those',
      'это',
      'этого',
      'от этого',
      'из этого',
      'из них',
    ],
    { kind: 'followUp', anywhere: true },
  ),
  e(['only', 'just', 'exclusively', 'только', 'лишь', 'исключительно'], { kind: 'only' }),
  e(
    [
      'separately',
      'each separately',
      'individually',
      'one by one',
      'отдельно',
      'по отдельности',
      'раздельно',
      'каждый отдельно',
      // "Kaspi vs Halyk, one row each", «по строке на каждый»: a row per value named
      'one row each',
      'a row each',
      'one line each',
      'two rows',
      'as two rows',
      'в две строки',
      'по строке на каждый',
      'по строке на каждую',
      'по строке на каждое',
      'по строке на каждую сторону',
      'a row per side',
      'one row per side',
      // «әрқайсысы бөлек жолда» (each on a row of its own)
      'бөлек жолда',
      'бөлек жолдарда',
      'бөлек жолмен',
      'бөлек жолдармен',
      // "Contactless, QR and Swipe as separate rows", «Halyk и Kaspi отдельными строками» (not the
      // singular «отдельной строкой», which sets the blanks or a pair apart in its own row)
      'as separate rows',
      'in separate rows',
      'on separate rows',
      'separate rows',
      'as separate lines',
      'on separate lines',
      'each on its own row',
      'each in its own row',
      'each on a separate row',
      'on its own row',
      'отдельными строками',
      'в отдельных строках',
      'бөлек жолмен',
      'бөлек жолдармен',
      'жеке жолда',
      'жеке жолдарда',
      'жеке жолмен',
    ],
    {
      kind: 'listMode',
      mode: 'each',
    },
  ),
  e(
    [
      'with the totals',
      'with totals',
      'with the total',
      'with the counts',
      'with counts',
      'with the count',
      'with the averages',
      'with averages',
      'show the averages too',
      'show the averages',
      'show the totals',
      'show the counts',
      'with the amounts',
      'with amounts',
      'and their totals',
      'and their counts',
      'with the card counts',
      'with the values',
      'with the value',
      'со значением',
      'с значением',
      'с суммами',
      'с суммой',
      'с количеством',
      'с их суммами',
      'с их количеством',
      'с цифрами',
      'со значениями',
      // "cities where … exceeded 30 million, with the total", «…, сомасымен бірге»
      'with the total',
      'with the totals',
      'with totals',
      'with the sum',
      'сомасымен бірге',
      'сомасымен қоса',
    ],
    { kind: 'showMeasure' },
  ),
  e(
    [
      'round',
      'rounded',
      'rounding',
      'round off',
      'rounded off',
      'округли',
      'округлить',
      'округлите',
      'округлив',
      'округленн~',
      'округлённ~',
      'с округлением',
    ],
    { kind: 'roundWord' },
  ),
  e(
    [
      'decimal',
      'decimals',
      'decimal place',
      'decimal places',
      'dp',
      'decimal digits',
      'digits after the point',
      'знак~',
      'знак~ после запят~',
      'цифр~ после запят~',
      'десятичн~ знак~',
    ],
    { kind: 'decimalsWord' },
  ),
  // «всё до целых», "rounded to whole numbers", "no decimals", «без копеек», «бүтін санға дейін»: no decimals.
  e(
    [
      'до целых',
      'до целого',
      'до целых чисел',
      'в целых числах',
      'целыми числами',
      'без копеек',
      'без дробной части',
      'без знаков после запятой',
      'to whole numbers',
      'to the nearest whole number',
      'to a whole number',
      'a whole number',
      'whole number',
      'as whole numbers',
      'whole numbers',
      'to the nearest tenge',
      'to the tenge',
      'to whole tenge',
      'to a whole tenge',
      'to full tenge',
      'до тенге',
      'до целого тенге',
      'до целых тенге',
      'no decimals',
      'without decimals',
      'бүтін санға дейін',
      'бүтін сан',
      'бүтін санмен',
      'бүтінге дейін',
      'бүтін сандармен',
      'тиынсыз',
    ],
    { kind: 'decimalsSaid', decimals: 0 },
  ),
  // «с одним знаком», «одним знаком после запятой», «двумя знаками»: the number said as a word.
  e(
    [
      'одним знаком',
      'с одним знаком',
      'до одного знака',
      'одним знаком после запятой',
      'с одним знаком после запятой',
      'до одного знака после запятой',
      'one decimal',
      'one decimal place',
      'бір таңба',
      'бір таңбамен',
    ],
    {
      kind: 'decimalsSaid',
      decimals: 1,
    },
  ),
  e(
    [
      'двумя знаками',
      'с двумя знаками',
      'до двух знаков',
      'двумя знаками после запятой',
      'с двумя знаками после запятой',
      'до двух знаков после запятой',
      'two decimals',
      'two decimal places',
      'екі таңба',
      'екі таңбамен',
    ],
    {
      kind: 'decimalsSaid',
      decimals: 2,
    },
  ),
  // «именно в таком порядке», "in that order": the columns as listed, which they are.
  e(
    [
      'в таком порядке',
      'именно в таком порядке',
      'в этом порядке',
      'in that order',
      'in this order',
      'in the order given',
      'осы ретпен',
    ],
    {
      kind: 'stop',
    },
  ),
  e(
    [
      'one row',
      'in one row',
      'a single row',
      'in a single row',
      'single row',
      'on one line',
      'in one line',
      'одной строкой',
      'в одной строке',
      'одна строка',
      'в одну строку',
      'одной строчкой',
    ],
    { kind: 'oneRow' },
  ),
  // "all seven days with the total", «все 7 дней»: the whole week (or day) in the ranking, not the last
  // seven days.
  // ("…? show all days", «Покажи все дни», «все часы»: every one, in the ranking's order.)
  e(
    [
      'all seven days',
      'all 7 days',
      'all seven weekdays',
      'all 24 hours',
      'all days',
      'all the days',
      'all weekdays',
      'all the weekdays',
      'all hours',
      'all the hours',
      'show all days',
      'show all hours',
      'list all days',
      // ("… Show all weekdays.": said after "show all", which a listing took first — the weekdays were read
      // as Monday to Friday.)
      'show all weekdays',
      'show all the weekdays',
      'show all the days',
      'show all the hours',
      'show all seven days',
      'show all 7 days',
      'show all seven weekdays',
      'show all 7 weekdays',
      'list all seven weekdays',
      'all 7 weekdays',
      'show all days of the week',
      'all days of the week',
      'list all weekdays',
      'list all hours',
      'покажи все дни',
      'покажи все дни недели',
      'покажите все дни недели',
      'покажите все дни',
      'покажи все часы',
      'все семь дней',
      'все 7 дней',
      'все дни',
      'все дни недели',
      'все часы',
      'все 24 часа',
      'барлық күндер',
      'барлық күндерді',
      'барлық сағаттар',
      'барлық сағаттарды',
    ],
    { kind: 'wholeCycle' },
  ),
  // "the last 7 days vs the 7 days before that", «за последние 3 дня против 3 дней до этого»: after a
  // number of days, the span right before the one said first (read by relative-periods).
  e(['before that', 'before it', 'before then', 'до этого', 'до того', 'перед этим', 'перед ними'], {
    kind: 'priorSpan',
  }),
  e([...ROW_PER_WORDS], { kind: 'groupBy' }),
  // "cities as rows": the column said before its role.
  e([...AS_ROWS_WORDS], { kind: 'groupBy', after: true }),
  e(
    [
      'chronological',
      'chronologically',
      'in chronological order',
      // "…, months in chronological order", "weeks in order"
      'months in chronological order',
      'months in order',
      'weeks in chronological order',
      'days in chronological order',
      'quarters in chronological order',
      'in time order',
      'in date order',
      'in month order',
      'in day order',
      'in week order',
      'in quarter order',
      'in hour order',
      'in order of hours',
      'hours in order',
      'in weekday order',
      'by date order',
      'ordered by date',
      'ordered by time',
      'oldest first',
      'хронологически',
      'в хронологическом порядке',
      'по порядку дат',
      'месяцы по порядку',
      'дни по порядку',
      'недели по порядку',
      'по порядку',
      'по порядку месяцев',
      'по порядку недель',
      'по порядку кварталов',
      'в порядке месяцев',
      'в порядке недель',
      'в порядке дней',
      'в порядке кварталов',
      'в хронологии',
      'по порядку дней',
      // «по порядку дней недели», «в порядке дней недели»: the weekdays' own order
      'по порядку дней недели',
      'в порядке дней недели',
      'дни недели по порядку',
      // «по порядку часов», «в порядке часов», «часы по порядку»: the hours' own order
      'по порядку часов',
      'по порядку чисел',
      'в порядке чисел',
      'в порядке часов',
      'часы по порядку',
      // «по числам месяца …, числа по порядку»: the days of the month in their own order
      'числа по порядку',
      'числа месяца по порядку',
      'days of the month in order',
      'по датам по порядку',
      'в порядке дат',
      // "sorted by month", «по возрастанию часа», «месяцы по возрастанию», "oldest day first": the
      // time unit named with the order is the timeline's own order.
      'sorted by date',
      'sorted by day',
      'sorted by month',
      'sorted by hour',
      'sorted by week',
      'sorted by weekday',
      // SQL's "asc" said with it: "sorted by hour asc"; "sorted by day number"
      'sorted by date asc',
      'sorted by day asc',
      'sorted by month asc',
      'sorted by hour asc',
      'sorted by week asc',
      'sorted by weekday asc',
      'sorted by hour ascending',
      'sorted by day ascending',
      'sorted by month ascending',
      'sorted by day number',
      'sorted by hour number',
      'sorted by weekday number',
      'oldest day first',
      'earliest first',
      'earliest day first',
      'oldest month first',
      'months ascending',
      'hours ascending',
      'days ascending',
      'по возрастанию даты',
      'по возрастанию дня',
      'по возрастанию месяца',
      'по возрастанию часа',
      'по возрастанию недели',
      'даты по возрастанию',
      'дни по возрастанию',
      'месяцы по возрастанию',
      'часы по возрастанию',
      'недели по возрастанию',
      'по номеру дня',
      'по номеру месяца',
      'по номеру часа',
      // "how it changed over the quarters", «динамика по месяцам»: a timeline, in time order.
      'динамик~',
      'менял~',
      'менялось',
      // "the trend of …", "daily series of …", «помесячный ряд …»: a timeline; without a unit of time
      // ("the trend of turnover in November") it is asked back, not answered as one total.
      'trend',
      'trends',
      'dynamics',
      'evolution',
      'series',
      'time series',
      'ряд',
      'ряда',
      'временной ряд',
      'временного ряда',
    ],
    { kind: 'timeOrder' },
  ),
  e(
    [
      'both numbers',
      'both values',
      'both totals',
      'both figures',
      'both periods',
      'both amounts',
      'both counts',
      // "both averages, one row", «Оба средних в одну строку» (not «оба города», two values of an earlier
      // answer pointed back at)
      'both averages',
      'оба средних',
      'оба средние',
      'оба количества',
      'the two totals',
      'two totals',
      'the two numbers',
      'two numbers',
      'the two figures',
      'two figures',
      'two values',
      'два числа',
      // «двумя столбцами», «по столбцу на месяц» (a column per period): both periods
      'двумя столбцами',
      'двумя колонками',
      'в две колонки',
      'в двух колонках',
      'в двух столбцах',
      'две колонки',
      'двумя числами',
      'двумя цифрами',
      'по столбцу на месяц',
      'по столбцу на квартал',
      'по столбцу на год',
      'one column per month',
      'one column per quarter',
      'one column per half year',
      'one column per year',
      'one column per period',
      'one column each',
      'a column per period',
      'a column each',
      'two columns',
      'two count columns',
      'two amount columns',
      'as two columns',
      'in two columns',
      'два столбца',
      'по одному на месяц',
      'по одному на период',
      'по одному на квартал',
      'по одному на год',
      'в два столбца',
      'две суммы',
      'две цифры',
      'оба числа',
      'обе суммы',
      'оба значения',
      'оба периода',
      'обе цифры',
      // "show both quarters and the change", «покажи оба месяца»: the periods compared, named by unit
      'both months',
      'both quarters',
      'both years',
      'both weeks',
      'both days',
      // "show both halves", "with both half-years shown": H1 against H1
      'both halves',
      'both half-years',
      'both half years',
      'both half-years shown',
      'both half years shown',
      'both halves shown',
      'оба полугодия',
      // «с обеими цифрами», «с обеими суммами» (with both figures), "both quarters shown"
      'с обеими цифрами',
      'с обеими суммами',
      'обеими цифрами',
      'обеими суммами',
      'с обоими значениями',
      'both months shown',
      'both quarters shown',
      'both years shown',
      'with both months shown',
      'with both quarters shown',
      'екі жарты жылды да',
      'оба месяца',
      // «с обоими месяцами», «с обоими периодами» (with both months): the instrumental
      'обоими месяцами',
      'обоими периодами',
      'обоими кварталами',
      'обоими годами',
      'оба квартала',
      'оба года',
      'обе недели',
      'оба дня',
      'екі айды да',
      'екі тоқсанды да',
      'екі жылды да',
      'екі кезеңді де',
      // «Екі кезең және өзгерісі пайызбен» (both periods and the change in %)
      'екі кезең',
      'екі кезеңді',
      'екі кезеңі',
      // («Екі кезеңнің айналымын және өзгерісті пайызбен», the two periods' turnover: the genitive)
      // (Not «екі айдың», read with its noun where it stands: «Екі айдың санын және …».)
      'екі кезеңнің',
      // («Екі кезеңмен және пайызбен», with both periods and in %: the instrumental)
      'екі кезеңмен',
      'екі аймен',
      'екі тоқсанмен',
      'екі жылмен',
      // («Екі тоқсан және өзгеріс», the two quarters and the change: not the second quarter)
      'екі тоқсан',
      'екі ай',
      'екі жыл',
      'екі апта',
      'the two quarters',
      'the two months',
      'the two years',
      'the two periods',
    ],
    { kind: 'compareOutput', output: 'both' },
  ),
  e(
    [
      'difference',
      'the difference',
      // "by how many tenge did … exceed …? Just that gap."
      'gap',
      'the gap',
      'that gap',
      'diff',
      'minus',
      'exceed',
      'exceeded',
      'by how much',
      'by how many tenge',
      // "how much bigger was Kaspi's turnover than Halyk's", "how many more transactions …"
      ...HOW_MUCH_MORE,
      'разница',
      'разницу',
      'разницы',
      'разница в',
      'минус',
      'на сколько тенге',
      'на сколько больше',
      // «На сколько оборот Халыка больше, чем у Форте?»: the words between do not change the question
      'на сколько',
      'насколько',
    ],
    { kind: 'compareOutput', output: 'difference' },
  ),
  e(
    [
      'percent change',
      'percentage change',
      '% change',
      'change in percent',
      'change in %',
      'by what percent',
      'by what percentage',
      // second-language English: "on how much percent changed …"
      'how much percent',
      'on how much percent',
      'how many percent',
      'on how many percent',
      'by how many percentage points',
      'by what %',
      'by how many %',
      'by how much %',
      'by how many percent',
      'by how much percent',
      'growth in percent',
      'growth rate',
      'growth %',
      'на сколько процентов',
      'на сколько %',
      'изменение в процентах',
      // «как в процентах изменилось …» (how, in percent, did … change)
      'как в процентах',
      'in percentage terms',
      'in percent terms',
      'насколько в процентах',
      'изменение в %',
      // chat shorthand: «изм. в %», «+ изм %»
      'изм в %',
      'изм в процентах',
      'изм %',
      // "q3 2025 vs q3 2026 chg%", "chg %"
      'chg %',
      'pct chg',
      // "YTD turnover vs the same period last year, % chg"
      '% chg',
      'прирост в процентах',
      'рост в процентах',
      'процентное изменение',
      'прирост в %',
    ],
    { kind: 'compareOutput', output: 'change' },
  ),
  e(
    [
      'change',
      'changed',
      // "How did Apple Pay's share move from 2025 to 2026?": from one period to the other, compared (it was
      // one figure over both years; "move month by month" stays a timeline)
      'move from',
      'moved from',
      'evolve from',
      'evolved from',
      'shift from',
      'shifted from',
      'grow',
      'grew',
      'growth',
      // "only the growers", "the top gainers", "decliners" (the ones that grew or fell; "growers" is no
      // typo of "grocers")
      'growers',
      'gainers',
      'decliners',
      'fallers',
      'increase',
      'increased',
      'decrease',
      'decreased',
      // "which category dropped the most" ("declined" is also a refused payment: not here)
      'dropped',
      // "the biggest drop in QR payments from Q2 to Q3" (a fall, not the SQL action; "declines" alone
      // stay refused payments)
      'drop in',
      'drops in',
      'decline in',
      'declines in',
      'изменилась',
      'изменился',
      'изменилось',
      'изменились',
      'изменение',
      'вырос',
      'выросла',
      'выросло',
      'выросли',
      // «Только выросшие, обе суммы» (only the ones that grew), «только упавшие»
      'выросшие',
      'выросших',
      'упавшие',
      'упавших',
      'прирост',
      'снизился',
      'снизилась',
      'снизилось',
      'упал',
      'упала',
      'упало',
      'упали',
      'снизились',
      'увеличился',
      'увеличилась',
      'увеличилось',
      'увеличились',
      'уменьшился',
      'уменьшилась',
      'уменьшилось',
      'уменьшились',
      // "Did QR payments go up from October to November?"
      'go up',
      'goes up',
      'went up',
      'gone up',
      'go down',
      'goes down',
      'went down',
      'gone down',
      'rise',
      'rose',
      'risen',
      // "which bank lost the most turnover", «где сильнее всего просело»
      'lost',
      'gained',
      'просел',
      'просела',
      'просело',
      'просели',
      // «какие банки сильнее всего потеряли …», «какой банк рос быстрее всего»
      'потерял',
      'потеряла',
      'потеряло',
      'потеряли',
      'рос',
      'росла',
      'росло',
      'росли',
      'grown',
      'рост',
      'роста',
      'росту',
      // «с ростом в процентах» (with the growth in percent)
      'ростом',
      // «Насколько выросло число QR-платежей …?» (how much did … grow)
      'насколько выросло',
      'насколько выросла',
      'насколько вырос',
      'насколько выросли',
      'насколько изменилось',
      'насколько изменился',
      'насколько изменилась',
      'насколько изменились',
      // marketing's word for the growth a campaign brought
      'uplift',
      'lift',
      'приростом',
      'yoy',
      'год к году',
      // «г/г» (year on year), split at the slash
      'г/г',
      'г г',
      'year over year',
      'year-over-year',
      'year on year',
      'year-on-year',
      'mom',
      'wow',
      'w/w',
      'week over week',
      'week-over-week',
      'qoq',
      'quarter over quarter',
      'quarter-over-quarter',
      'месяц к месяцу',
      // «м/м», «к/к», «н/н» (month, quarter, week on the one before), split at the slash as «г/г» is
      'м/м',
      'м м',
      'к/к',
      'к к',
      'н/н',
      'н н',
      'квартал к кварталу',
      'жылдан жылға',
      'айдан айға',
    ],
    { kind: 'compare', change: true },
  ),
  e(
    [
      'at least one transaction',
      'at least one payment',
      'at least one operation',
      'at least 1 transaction',
      'хотя бы одну операцию',
      'хотя бы одну',
      'хотя бы один',
      'хотя бы одна',
      'хотя бы одной операцией',
      'хотя бы с одной операцией',
      'с хотя бы одной операцией',
      'at least once',
      // "paid by QR minimum one time": second-language English for at least once
      'minimum one time',
      'minimum once',
      // "cards with at least one ECOM purchase": any
      'at least one',
      'at least 1',
      'хотя бы одну транзакцию',
      'хотя бы одну оплату',
      'хотя бы один платеж',
      'хотя бы один платёж',
      'минимум одну операцию',
      'хотя бы раз',
      'хотя бы один раз',
      'хоть раз',
      'хоть один раз',
      // «число магазинов (без повторов)»: what a distinct count counts anyway
      'без повторов',
      'без повторений',
      'without repeats',
      'without duplicates',
    ],
    { kind: 'atLeastOne' },
  ),
  // "large payments (over 500k)", «крупных операций (больше полумиллиона)», «ірі төлемдер (1 млн-нан
  // асатын)»: the size word labels the amount condition beside it.
  e(['large', 'big', 'крупных', 'крупные', 'крупной', 'крупным', 'ірі'], { kind: 'sizeWord' }),
  // "Which wallets were never used for ECOM?", «ни разу не», «не было ни одной операции»
  e(['never', 'ни разу', 'ни одной', 'ни одного', 'ни единой', 'ни единого'], { kind: 'noneAtAll' }),
  e(
    [
      'т е',
      'i e',
      // ("foreign-currency transactions, that is to say those not in KZT")
      'that is to say',
      // "… i mean the original amount": a filler, not the mean
      'i mean',
      // "Taraz vs the rest of the country", "Kaspi vs the rest of the market": the other cities or
      // banks (REST_WORDS), not a country or a market
      'rest of the country',
      'rest of the market',
      'as of today',
      // the day a reporting period ends (AS_AT_WORDS), read with the dates
      'as at',
      'as of',
      'по состоянию на',
      '+',
      'plus',
      'as a time series',
      'time series',
      'the start of',
      'the beginning of',
      'скользящ~ окн~',
      'то есть',
      'между собой',
      'с использованием',
      // "from 18:00 onwards": the open end is said already
      'onwards',
      'onward',
      'на время',
      'за период',
      'период',
      // «средний чек по итогам 2025 года», «жыл қорытындысы бойынша» (as the year ended): the period said,
      // no total of its own — one was added beside the average.
      'по итогам',
      // "between 00:00 and 04:59 local time": the clock of the tenant's zone, which times are read in
      'local time',
      'in local time',
      'по местному времени',
      'жергілікті уақыт бойынша',
      'қорытындысы бойынша',
      'қорытындысында',
      // "P2P (in or out)": both directions, which the transfers already are.
      'in or out',
      'in and out',
      'incoming or outgoing',
      'incoming and outgoing',
      'входящие и исходящие',
      'входящие или исходящие',
      'входящих и исходящих',
      'quick one',
      'quick question',
      // "Is it true that …", «Правда ли, что …»: the claim checked is the question (a yes/no one).
      ...YES_NO_LEAD_INS,
      'quick q',
      'so far',
      // ("2026 thus far"): as "so far"
      'thus far',
      // "in the data", "in the whole table", «в данных»: the table itself, all of it
      'in the data',
      'in the whole table',
      'in the table',
      'в данных',
      // "nationwide", «по всей стране»: the whole of the data (one country's cardholders), not a row per
      // acquirer country («по странам», «елдер бойынша»; «по стране и валюте» too: «по стране» alone is
      // the whole country, which the dimensions pass decides).
      ...WHOLE_COUNTRY_PHRASES,
      // "for the whole of 2025": the period named after it, all of it
      'the whole of',
      'to date',
      'until now',
      'up to now',
      // "from 1 November to today", «с начала года по сегодня», «жыл басынан бүгінге дейін»: the period
      // runs up to now (calendar-dates reads it after a date).
      ...TO_TODAY,
      'на сегодня',
      'на данный момент',
      'по сей день',
      'пока что',
      // «мерчантов с оборотом», "merchants with transactions": every merchant counted here has some.
      'с оборотом',
      'с операциями',
      'с транзакциями',
      'with turnover',
      'with transactions',
      'with sales',
      // "paid by card", «расплачивались картой»: every transaction here is a card payment.
      'how big', // "how big was X's share"
      // "(including no wallet)", «включая без кошелька», «с учётом оплат без кошелька»: nothing is left
      // out anyway (a breakdown by wallet keeps the row of payments without one)
      'including no wallet',
      'including without a wallet',
      'incl no wallet',
      'incl plain card no wallet',
      'включая без кошелька',
      'включая оплаты без кошелька',
      'с учетом оплат без кошелька',
      'с учетом платежей без кошелька',
      'с указанием', // «… по типу кошелька (… ), с указанием количества»: «указанием» introduces the measures
      'paid by card',
      'pay by card',
      'paying by card',
      'paid with a card',
      'with a card',
      'with card',
      'with cards',
      'with their cards',
      'картой',
      'картами',
    ],
    { kind: 'stop' },
  ),
  // "Which wallets appear in October?", «Какие валюты встречаются в операциях Halyk?»: the values of a
  // column that occur (a list, no measure).
  e(
    [
      'appear',
      'appears',
      'appeared',
      'occur',
      'occurs',
      'occurred',
      'are present',
      'were present',
      'show up',
      'shows up',
      'встречаются',
      'встречались',
      'встречается',
      'встречалась',
      'встречалось',
      'присутствуют',
      'присутствовали',
      // "which currencies did we see", "which wallets were used", «какие кошельки использовались»
      'did we see',
      'do we see',
      'we saw',
      'were seen',
      'were used',
      'was used',
      // "which currencies showed up in Karaganda"
      'showed up',
      'show up',
      'shows up',
      'turned up',
      'got used',
      'gets used',
      'get used',
      'is used',
      'are used',
      'использовались',
      'использовался',
      'использовалась',
      // «какие валюты были в Павлодаре» (which currencies there were)
      'были',
      // «в каких валютах проходили платежи» (in which currencies payments went through)
      'проходили',
      'проходят',
      'қолданылды',
      'пайдаланылды',
      // «қандай валюталарда операциялар жүргізілді» (in which currencies were operations conducted)
      'жүргізілді',
    ],
    { kind: 'occurs' },
  ),
  // Reconciliation and control checks: what the figures are for, not what they are ("Yesterday's control
  // total: count and amount", «Сверка за 15 октября: количество и сумма», «Тексеру үшін: …»). The
  // measures are named beside them; without any, the planner asks what to compute.
  e(
    [
      'control total',
      'control totals',
      'control figures',
      'control check',
      'control figure',
      'scope check',
      'data quality check',
      'data-quality check',
      'reconciliation',
      'for reconciliation',
      'контрольная сумма',
      'контрольные суммы',
      'контрольные итоги',
      'контрольные цифры',
      'контрольный итог',
      'сверка',
      'сверки',
      'для сверки',
      'выгрузка для сверки',
      'выгрузка',
      'бақылау сомасы',
      'бақылау сомалары',
      'тексеру үшін',
      'салыстыру үшін',
      // data stewards' checks of the feed before analysts use it: the rows they count are its rows
      'sanity check',
      // a dashboard's parts, named by whoever checks it: "KPI tile", "Slicers: city=Almaty", «Плитка
      // «Оборот»», «Фильтр: банк — Kaspi», «Сүзгі: …», "Drill-down, level 2", «Детализация, уровень 2»
      'tile',
      'tiles',
      'kpi',
      'kpi tile',
      'kpi tiles',
      'comparison tile',
      'the tile shows',
      'the tile show',
      'tile show',
      'what value should the tile show',
      'what does the tile show',
      'the tile',
      'slicer~',
      'filters',
      'filter',
      'drill down',
      'drill-down',
      'плиткасы',
      'плиткасында',
      'шығуы керек',
      // («… плиткасында қандай сан шығуы керек?»: what number should show — the figure, not a count)
      'қандай сан',
      'плитк~',
      // «Виджет: число активных карт …»
      'виджет~',
      'слайсер~',
      'фильтр~',
      'детализаци~',
      'сүзгі~',
      'quick check',
      'a quick check',
      'just a quick check',
      'quick sanity check',
      'outlier check',
      'consistency check',
      'completeness check',
      'value distribution check',
      'distribution check',
      'load check',
      'feed check',
      'the load',
      'load',
      'the feed',
      'feed',
      'the whole feed',
      'whole feed',
      'in the feed',
      'проверка выгрузки',
      'проверка полноты',
      'проверка полноты выгрузки',
      'полнота выгрузки',
      'в выгрузке',
      'выгрузки',
      'жүктеме',
      'жүктемені тексеру',
      'жүктеменің толықтығы',
      'жүктеме толықтығы',
    ],
    { kind: 'stop' },
  ),
  // "total value in tenge, of which paid online", «количество …, в том числе бесконтактных», «жалпы
  // саны, оның ішінде Қытай эквайерлері бойынша»: the total and the part of it, two columns.
  e(['of which', 'of them', 'of these', 'в том числе', 'в т ч', 'из них', 'оның ішінде', 'олардың ішінде'], {
    kind: 'ofWhich',
  }),
  // "how many …, if any", «если такие вообще были», «… болды ма? болса қанша», "0 if nobody did": the
  // count asked may be 0, which it shows; the hedge asks nothing more.
  e(
    [
      'if any',
      'if there were any',
      'if there are any',
      'if there was any',
      'if there is any',
      'if there were some',
      'if none',
      'if nobody did',
      'if no one did',
      'if there were none',
      'expecting none',
      'если такие вообще были',
      'если такие были',
      'если они были',
      'если таковые были',
      'если такие есть',
      'если вообще были',
      // («болса» alone stays unknown: «болса тізімі: уақыты, қаласы, сомасы» asks for a list of payments)
      'бар болса',
    ],
    { kind: 'stop' },
  ),
  // "the reporting year 2025", «за отчётный период», «есепті кезең»: the period named after it.
  e(
    [
      'reporting year',
      'reporting period',
      'reporting month',
      'reporting quarter',
      'the reporting period',
      'for the reporting period',
      'отчетный период',
      'отчетного периода',
      'за отчетный период',
      'отчетный год',
      'отчетного года',
      'отчетный месяц',
      'отчетный квартал',
      'есепті кезең',
      'есепті кезеңде',
      'есепті кезеңдегі',
      'есепті жыл',
      'есепті ай',
      'есепті тоқсан',
    ],
    { kind: 'stop' },
  ),
  // "Apple Pay or Google Pay, which one …?", «Халык или Каспи — у кого выше …?»: "which" of the two named.
  e(['which one', 'which of them', 'which of the two', 'у кого', 'у какого из них', 'кайсысында'], {
    kind: 'stop',
  }),
  // "(any transaction type)", «любого типа», "(all transaction types)": no condition on the type (nor on
  // the wallet when said either way).
  e(
    [
      'any transaction type',
      // ("weekly active cards (distinct cards, any txn type)": the shorthand of the same.)
      'any txn type',
      'any trx type',
      'any tx type',
      'all txn types',
      'any type',
      'of any type',
      'of any transaction type',
      'любого типа',
      'любых типов',
      'всех типов операций',
      'кез келген түрдегі',
      // ("How many transactions …, counting every type?", "all transaction types together": every type
      // summed, not a row per type.)
      'counting every type',
      'counting all types',
      'counting every transaction type',
      'counting all transaction types',
      'counting every type of transaction',
      'counting all types of transaction',
      'counting all types of transactions',
      'counting every kind of transaction',
      'including every transaction type',
      'including all transaction types',
      'all transaction types included',
      'all transaction types together',
      'all transaction types combined',
      'regardless of transaction type',
      'regardless of type',
      'с учетом всех типов операций',
      'с учётом всех типов операций',
      'все типы операций вместе',
      'барлық операция түрлерін қоса алғанда',
      // («Барлық типтер есепке алынсын», let all types be counted; «(барлық операция типтері)»)
      ...KAZAKH_ALL_TYPES,
      'барлық типтер есепке алынсын',
      // ("… were contactless, with or without a wallet": either way — no condition, no split.)
      'with or without a wallet',
      'with or without wallet',
      'with or without a phone wallet',
      'с кошельком или без',
      'с кошельком или без него',
      'әмиянмен немесе әмиянсыз',
    ],
    { kind: 'stop' },
  ),
  // The document the figures go into, said after them with no comma ("… by bank for the ledger",
  // «… в разрезе банков для отчёта», «… есеп үшін»): it names no column or value; a comma-free purpose
  // is not a clause context-split.ts could set aside, and its document word is an aside only there.
  e(
    [
      'for the ledger',
      'for our ledger',
      'for the books',
      'for the report',
      'for a report',
      'for our report',
      'for the records',
      'for the record',
      'for our records',
      'for the deck',
      'for the slides',
      'for the presentation',
      // (…a slide, a tile or a note of a document: "it's for the board slide", "one number for the title
      // slide", "for the KPI tile", "for the appendix", "just the list for a footnote", "for the headline".)
      'for the slide',
      'for a slide',
      'for the board slide',
      "it's for the board slide",
      'its for the board slide',
      'for the title slide',
      'for the cash slide',
      'for the kpi tile',
      'for a kpi tile',
      'for the appendix',
      'for an appendix',
      'for the footnote',
      'for a footnote',
      'for the headline',
      'for a headline',
      'for the board deck',
      'for the board pack',
      'для отчет~',
      'для отчетност~',
      'в отчет',
      'для презентаци~',
      'для доклад~',
      'для слайд~',
      'есеп үшін',
      'есепке',
      'есептілік үшін',
      'баяндама үшін',
      'баяндамаға',
      'презентация үшін',
      'презентацияға',
    ],
    { kind: 'purpose' },
  ),
  // How the answer should look: every answer comes as a table with a chart beside it, so "as a table",
  // «таблицей», «кестемен», "as a bar chart" ask for nothing the plan would change.
  e(
    [
      'as a table',
      'in a table',
      'as table',
      'in table form',
      'in tabular form',
      'tabular',
      'table',
      'as a chart',
      'on a chart',
      'in a chart',
      'as a graph',
      'on a graph',
      'chart',
      'graph',
      'bar chart',
      'бағанды диаграмма',
      'line chart',
      'pie chart',
      'в виде таблицы',
      'в таблице',
      'таблиц~',
      'табличк~',
      'в виде графика',
      'на графике',
      'график~',
      'в виде диаграммы',
      'на диаграмме',
      'диаграмм~',
      'кесте',
      'кестемен',
      'кестеде',
      'кесте түрінде',
      'кесте арқылы',
      'график түрінде',
      'графикпен',
      'диаграмма түрінде',
      'диаграммамен',
      // "for a heatmap column", "a city × category matrix", «для сводной таблицы», «сызықтық графикке»,
      // «айналым кестесі керек» (a turnover table is needed)
      'heatmap',
      'heat map',
      'matrix',
      // "Management pack for October: …", "One-line summary for Q3: …", "Columns: …", «Сводка за октябрь»
      'management pack',
      'summary',
      'one-line summary',
      'one line summary',
      'columns',
      'cols',
      'сводка',
      'сводку',
      'столбцы',
      'колонки',
      'pivot',
      'pivot table',
      'сводн~ таблиц~',
      'сводн~',
      'матриц~',
      'тепловой карты',
      'тепловая карта',
      'сызықтық графикке',
      'сызықтық график',
      'графикке',
      'кестесі',
      'кестеге',
      'кестесін',
      // The kind of picture and the verb that asks for it, in every language (unseen95: people who want a
      // picture for a slide): "pie of …", "line graph: …", "bar chart", «построй график», «круговая
      // диаграмма», «столбиками», «линия», «гистограмма» (a bar chart in Russian office speech),
      // «диаграмма сал», «графигін құр», «бағаналы диаграмма», «дөңгелек диаграмма».
      'pie',
      'pie of',
      'a pie of',
      'pie graph',
      'donut chart',
      'line',
      'line graph',
      'a line graph',
      'line plot',
      'two lines on one chart',
      'lines',
      'bar',
      'bars',
      'two bars',
      'bar graph',
      'a bar chart',
      'column chart',
      'one bar per day',
      'one bar per month',
      'one bar per city',
      'plot',
      'plot of',
      'draw',
      'visual',
      'a visual',
      'visualisation',
      'visualization',
      'small table',
      'one small table per city',
      'построй~',
      'постройте',
      'построить',
      'нарисуй~',
      'сделай',
      'сделайте',
      'таблицу сделай',
      'сделай таблицу',
      'выведи таблицу',
      'выведи',
      'круговая',
      'круговую',
      'круговой',
      'круговая диаграмма',
      'круговая не подойдет',
      'круговая не подойдёт',
      'столбчатая',
      'столбчатую',
      'столбчатой',
      'столбчатая диаграмма',
      'столбик~',
      'столбцами',
      'линия',
      'линией',
      'линию',
      'нужна линия',
      'линейный',
      'линейный график',
      'линейная диаграмма',
      'гистограмм~',
      'визуализаци~',
      'покажи списком',
      'просто списком',
      'выведи списком',
      'списком',
      'диаграмма сал',
      'диаграмма салыңыз',
      'диаграммасын сал',
      'диаграммасын салыңыз',
      'диаграммасы',
      'диаграммасын',
      'график құр',
      'график құрыңыз',
      'графигін құр',
      'графигін құрыңыз',
      'графигін сал',
      'графигі',
      'графигін',
      'бағаналы',
      'бағаналы диаграмма',
      'дөңгелек диаграмма',
      'дөңгелек',
      'сызықтық',
      'тізіммен',
      'тізім түрінде',
      // The widget a BI developer rebuilds, named before what it shows (unseen191): "table widget: …",
      // "donut: share of …", "stacked bar: …", "KPI pair: …", «кольцевая диаграмма: …», «фильтр-список: …».
      'widget',
      'table widget',
      'chart widget',
      'kpi widget',
      'kpi',
      'kpi pair',
      'kpi tiles',
      'donut',
      'doughnut',
      'doughnut chart',
      'stacked bar',
      'stacked bars',
      'stacked bar chart',
      'stacked column chart',
      'кольцевая',
      'кольцевая диаграмма',
      'кольцевую диаграмму',
      'фильтр список',
      'список фильтр',
    ],
    { kind: 'stop' },
  ),
  e(
    [
      'all time',
      'whole history',
      'the whole history',
      'entire history',
      'all history',
      'за всю историю',
      'of all time',
      'all-time',
      'ever',
      'for all time',
      'over all time',
      // "for whole period", "for the whole period": second-language English for all of the data
      'whole period',
      'the whole period',
      'entire period',
      'the entire period',
      'whole dataset',
      'whole table',
      'the whole table',
      'entire table',
      'the entire table',
      'по всей таблице',
      'вся таблица',
      'the whole dataset',
      'entire dataset',
      'across the whole dataset',
      'all the data',
      'за все время',
      'за всё время',
      'за весь период',
      'за все периоды',
      'за всю историю',
    ],
    { kind: 'allTime' },
  ),
  // (…and the order of a breakdown by weekday: "Monday first", «по порядку с понедельника»; alone,
  // «с понедельника» starts a period and is asked back.)
  e(
    [
      'mon sun',
      'monday sunday',
      'monday to sunday',
      'mon to sun',
      'пн вс',
      'пн по вс',
      'с пн по вс',
      'monday first',
      'mon first',
      // «по порядку дней недели (понедельник первым)»
      'понедельник первым',
      'понедельник первый',
      'с понедельника первым',
      'monday first through sunday',
      'monday first to sunday',
      'monday through sunday',
      'mon through sun',
      'дүйсенбіден жексенбіге дейін',
      'дүйсенбіден жексенбіге дейін ретімен',
      'starting with monday',
      'starting from monday',
      'по порядку с понедельника',
      'по порядку с пн',
      // («по порядку с понедельника по воскресенье»: the whole phrase, or «по воскресенье» filtered Sundays)
      'по порядку с понедельника по воскресенье',
      'в порядке с понедельника по воскресенье',
      'по порядку с пн по вс',
      // («по порядку от понедельника к воскресенью», «от понедельника до воскресенья»)
      'от понедельника к воскресенью',
      'от понедельника до воскресенья',
      'с понедельника по воскресенье',
      'от пн до вс',
      'в порядке с понедельника',
      'дүйсенбіден бастап ретімен',
      // («по дням недели, начиная с понедельника», «апта күндері бойынша, дүйсенбіден бастап»: said of a
      // breakdown by weekday, the order; with none, still asked back — it may be "since Monday". Not «с
      // понедельника» alone, which opens «с понедельника по пятницу», the weekdays kept.)
      'начиная с понедельника',
      'дүйсенбіден бастап',
      'starting monday',
      'weeks start monday',
      // ("weekly, weeks start on Monday", «(неделя начинается с понедельника)», «(апталар дүйсенбіден
      // басталады)»: how the weeks of a breakdown by week run — date_trunc's, Monday to Sunday.)
      'weeks start on monday',
      'weeks starting on monday',
      'weeks starting monday',
      'week starts on monday',
      'неделя начинается с понедельника',
      'недели начинаются с понедельника',
      'недели с понедельника',
      // ("weeks start Mon", «(неделя с понедельника)»: shorter)
      'weeks start mon',
      'weeks starting mon',
      'week starts monday',
      'week starts mon',
      'неделя с понедельника',
      // («… за прошлую неделю? Неделя с понедельника по воскресенье.»: which days a week is, not Sunday kept)
      'неделя с понедельника по воскресенье',
      'недели с понедельника по воскресенье',
      'неделя с пн по вс',
      'week is monday to sunday',
      // ("weekly …, weeks Mon-Sun")
      'weeks mon sun',
      'weeks monday sunday',
      'weeks monday to sunday',
      'weeks mon to sun',
      'weeks are monday to sunday',
      'weeks run monday to sunday',
      'week runs monday to sunday',
      'апта дүйсенбіден жексенбіге дейін',
      'неделя с пн',
      'недели с пн',
      'апталар дүйсенбіден басталады',
      'апта дүйсенбіден басталады',
    ],
    {
      kind: 'calendarWeek',
    },
  ),
  e(
    [
      'most first',
      'most used first',
      'busiest first',
      'most popular first',
      'biggest first',
      'best first',
      'largest first',
      'highest first',
      'descending',
      'high to low',
      'highest to lowest',
      'from the highest down',
      'from highest down',
      'from the highest to the lowest',
      'from the largest down',
      'from the biggest down',
      'largest to smallest',
      'most to least',
      'from most to least',
      'from the most to the least',
      'from highest to lowest',
      'from largest to smallest',
      'from biggest to smallest',
      'biggest to smallest',
      'in descending order',
      'sorted descending',
      'desc',
      'по убыванию',
      // (before "sorted by" takes «по» for its own: «отсортируйте по убыванию»)
      'отсортируйте по убыванию',
      'отсортировать по убыванию',
      'отсортируй по убыванию',
      'сортировка по убыванию',
      'с сортировкой по убыванию',
      'упорядочить по убыванию',
      'в порядке убывания',
      // («доля …, от большей к меньшей»: agreeing with the feminine or plural noun ranked)
      'от больш~ к меньш~',
      'от наибольш~ к наименьш~',
      'от самого большого к самому маленькому',
      'от самого большого к самому малому',
      // («доля …, от самой высокой доли к самой низкой», «от высоких к низким»)
      'от сам~ высок~ к сам~ низк~',
      'от сам~ высок~ дол~ к сам~ низк~',
      'от высок~ к низк~',
      'от самых больших к самым маленьким',
      'от самого загруженного',
      'үлкеннен кішіге',
      'үлкенінен кішісіне',
      'көбінен азына',
      'сначала самые большие',
      // «…по дням недели, самый загруженный день первым»
      'самый загруженный день первым',
      'самый загруженный первым',
      'самые загруженные первыми',
      // «Покажи все дни недели, начиная с самого загруженного»
      'начиная с самого загруженного',
      'начиная с самого большого',
      'начиная с самого крупного',
      'начиная с наибольшего',
      'начиная с самых загруженных',
    ],
    { kind: 'largestFirst' },
  ),
  e(['distribution', 'распределение', 'распределения', 'распределению'], { kind: 'distribution' }),
  e(
    [
      'sort by',
      'sorted by',
      'sort on',
      'order by',
      'ordered by',
      'отсортируйте по',
      'отсортировать по',
      'отсортируй по',
      'отсортированные по',
      'отсортированы по',
      'сортировка по',
      'с сортировкой по',
      'упорядочить по',
      'упорядочьте по',
    ],
    { kind: 'sortBy' },
  ),
  e(
    [
      'ascending',
      'asc',
      'in ascending order',
      'sorted ascending',
      'smallest first',
      // "dropped the most …, worst first": the lowest first, as a fall is ranked
      'worst first',
      'lowest first',
      'least first',
      'fewest first',
      'low to high',
      'lowest to highest',
      'smallest to largest',
      'least to most',
      'from least to most',
      'from the least to the most',
      'from lowest to highest',
      'from smallest to largest',
      'fewest to most',
      'from the lowest up',
      'from lowest up',
      'from the lowest to the highest',
      'from the smallest to the largest',
      'по возрастанию',
      'отсортируйте по возрастанию',
      'отсортировать по возрастанию',
      'отсортируй по возрастанию',
      'сортировка по возрастанию',
      'с сортировкой по возрастанию',
      'упорядочить по возрастанию',
      'в порядке возрастания',
      'от меньш~ к больш~',
      'от наименьш~ к наибольш~',
      'от самого маленького к самому большому',
      'от сам~ низк~ к сам~ высок~',
      'от сам~ низк~ дол~ к сам~ высок~',
      'от низк~ к высок~',
      'кішіден үлкенге',
      'кішісінен үлкеніне',
      'азынан көбіне',
      'сначала самые маленькие',
      // «Покажи все банки, начиная с наименьшего»
      'начиная с наименьшего',
      'начиная с самого маленького',
      'начиная с самого малого',
      'начиная с наименее загруженного',
    ],
    { kind: 'smallestFirst' },
  ),
  // "in buckets: under 5k, 5–20k, 20k+", «по диапазонам»: the ranges listed are bands of the amount.
  e(
    [
      'bucket~',
      'bins',
      'band',
      'bands',
      'amount bands',
      'amount ranges',
      'ranges',
      'brackets',
      'диапазон~',
      'интервал~',
      'корзин~',
      'бакет~',
      // ("Split … into three groups: under 5000, …", «… үш топқа бөліңіз: …. Әр топтағы …»: the groups
      // are the bands listed — Kazakh «топ» with a case ending is a group, not a top.)
      'groups',
      'топқа',
      'топтарға',
      'топтағы',
      'топтардағы',
    ],
    { kind: 'bandWord' },
  ),
  e(
    [
      'inclusive',
      'inclusively',
      'both inclusive',
      'both days inclusive',
      // "1 March 2026 to 31 May 2026, both dates inclusive"
      'both dates inclusive',
      'both dates included',
      'both ends inclusive',
      'ends inclusive',
      'inclusive of both ends',
      'границы включительно',
      'шекараларын қоса',
      'шекарасын қоса',
      'обе даты включительно',
      'обе даты',
      'both days included',
      'inclusive of both days',
      'включительно',
      'оба включительно',
      'оба дня включительно',
      // ("(both ends included)", «(обе границы включительно)», «(екі шеті де қоса)», «(екі шегі де қоса)»)
      'both ends included',
      'ends included',
      // ("between 5,000 and 10,000 tenge (both included)", "both bounds inclusive", «обе включительно»)
      'both included',
      'both bounds included',
      'both bounds inclusive',
      'including both ends',
      'including both bounds',
      'обе включительно',
      'включая обе границы',
      'включая границы',
      'обе границы включительно',
      'екі шеті де қоса',
      'екі шегі де қоса',
      // «(екі күнді де қоса)» (both days included)
      'екі күнді де қоса',
      'екі күні де қоса',
      'екі күнді қоса',
    ],
    {
      kind: 'inclusive',
    },
  ),
  // "1–15 November, end date exclusive", «по 15 ноября 2026 г. не включая»: the end day said as left out
  // (with nothing for it, it was read as included, or as "exclusively").
  e(
    [
      'exclusive',
      'end exclusive',
      'end date exclusive',
      'the end date exclusive',
      'end day exclusive',
      'exclusive of the end date',
      'not inclusive',
      'but not including',
      'не включая',
      'не включительно',
      'исключая конечную дату',
      'соңғы күнді қоспағанда',
    ],
    { kind: 'exclusive' },
  ),
  e(
    [
      'combined',
      'together',
      'lumped together',
      'вместе',
      'в совокупности',
      'вместе взятые',
      'вместе взятых',
      'one number',
      'a single number',
      'single number',
      'as one number',
      'in one number',
      'one total',
      'одним числом',
      'одной суммой',
      'одной цифрой',
      'цифру одну',
      'одну цифру',
      'одной общей цифрой',
      'одна цифра',
      // («…, и мне не хватает одной цифры»: the one figure a lead-in says is missing)
      'одной цифры',
      'одной общей суммой',
      'одним общим числом',
      'one combined',
      'one figure',
      'a single figure',
      'as one figure',
      'общей суммой',
      'одним итогом',
      // "Just the number.", «Только число.»: the figure alone, not "the number of" anything.
      'just the number',
      'only the number',
      'the number only',
      'number only',
      'just the figure',
      'only the figure',
      'just a number',
      'только число',
      'только цифру',
      'только цифра',
      'только итог',
      'лишь число',
      'лишь цифру',
      'одно число',
      'одну цифру',
    ],
    {
      kind: 'listMode',
      mode: 'together',
    },
  ),
  e([...RUSSIAN_WHICH_ONE, 'самый', 'самая', 'самое', 'самом'], { kind: 'grammaticalNumber', plural: false }),
  e([...RUSSIAN_WHICH_SEVERAL, 'самые', 'самых'], { kind: 'grammaticalNumber', plural: true }),

  e(
    [
      'list',
      'show',
      'display',
      // "For the audit memo: state the 95th percentile of …"
      'state',
      'show all',
      'list all',
      'export',
      'покажи',
      'покажите',
      'показать',
      'выведи',
      'выведите',
      'вывести',
      'перечисли',
      'перечислите',
      // «Прошу предоставить перечень категорий, …» (the list of)
      'перечень',
      'выгрузи',
      'выгрузите',
      'покажи все',
      'выведи все',
    ],
    { kind: 'listVerb' },
  ),
];

/** "in" before a currency or a period: "amount in EUR", «сумма в юанях», «транзакций в тенге». */
export const IN_WORDS: readonly string[] = ['in', 'в', 'во'];
/** The tenge in the Kazakh instrumental or locative, "in tenge": «теңгемен жасалған», «теңгедегі». */
export const KAZAKH_IN_TENGE: readonly string[] = [
  'теңгемен',
  'теңгеде',
  'теңгедегі',
  'тенгемен',
  'тенгедегі',
];
/** Words that join a lead-in of context to the question: "we plan the budget, so: …", «…, сондықтан …». */
/**
 * Words that may open what a question is for after it, with no comma before them: «… в разрезе городов
 * для ежемесячной справки финансовому директору», "… as a single figure for the regional slide". The
 * question may be cut before them (what follows is set aside only if it says who asks or why).
 */
export const PURPOSE_OPENERS: readonly string[] = ['для', 'for the', 'for our', 'for a'];
/** "for" after "this" / "it" in a clause saying what the answer is for ("It's for the memo"). */
export const PURPOSE_FOR: readonly string[] = ['for', 'для'];
export const CONTEXT_JOINERS: readonly string[] = [
  'so',
  'сондықтан',
  'поэтому',
  'так что',
  // «По поручению Председателя Правления просим …», "On behalf of the CEO, please …": the request
  // after a lead-in of who asks
  'просим',
  'прошу',
  'please',
  // "The Chairman has asked for …", "The CEO would like …", «Руководство интересует …»
  'has asked for',
  'asked for',
  'asks for',
  'would like',
  'would like to know',
  'wants to know',
  'интересует',
  // «Басқарма төрағасының тапсырмасы бойынша …» (on the instruction of the board's chairman)
  'тапсырмасы бойынша',
  'тапсырмасымен',
  // "For a planning memo I need to know which cities …", "… and would be grateful if you could tell me
  // the average …", "A colleague from our branch asked me how many …": the request after a lead-in
  // that runs into it with no comma
  'i need to know',
  'we need to know',
  'need to know',
  'if you could',
  'could you',
  'can you',
  'would you',
  'asked me',
  'подскажите',
];
/** "paid by QR code", "made by Apple Pay": after these verbs "by" names the means, not a breakdown. */
export const MEANS_VERBS: readonly string[] = ['paid', 'made', 'done', 'settled', 'processed', 'completed'];
/**
 * "by", «по», «бойынша» that also name whose transactions or by what means, not a breakdown: "by Kaspi Bank
 * cards", «по Jusan Bank», "by mobile wallet".
 */
export const PLAIN_BY: readonly string[] = ['by', 'по', 'бойынша'];
/**
 * "(no-wallet payments as their own row)", «без кошелька — отдельной строкой»: the blank kept as a row of
 * the breakdown, not a filter.
 */
export const OWN_ROW_WORDS: readonly string[] = [
  'own row',
  'separate row',
  'own line',
  'отдельной строкой',
  'отдельная строка',
  'отдельной строке',
  'бөлек жол',
];
/**
 * A speaker taking back what was just said: "in almaty no wait shymkent", «за октябрь ой за ноябрь»,
 * «алматыда жоқ астанада» (corrections.ts). The openers, then words that may follow them.
 */
export const CORRECTION_OPENERS: readonly string[] = [
  'no',
  'sorry',
  'wait',
  'ой',
  'нет',
  'вернее',
  'точнее',
  'жоқ',
];
/** "i.e.", «т.е.», «то есть», «яғни»: what follows says again what came before, in other words. */
export const RESTATING_WORDS: readonly string[] = [
  'i e',
  'ie',
  'т е',
  'то есть',
  'яғни',
  'namely',
  'that is to say',
];
export const CORRECTION_CONTINUERS: readonly string[] = [
  'wait',
  'sorry',
  'no',
  'нет',
  'жоқ',
  'то есть',
  'яғни',
];
/** Blank and filled columns (blanks.ts): "no", "null", «пустые», «бос»; «заполненные», «толтырылған». */
export const BLANK_WORDS: readonly string[] = [
  'no',
  'null',
  'nulls',
  'empty',
  'blank',
  'blanks',
  'missing',
  'пустые',
  'пустых',
  'пустым',
  'пустой',
  'пустая',
  'пустое',
  'пусты',
  'незаполненные',
  'незаполненных',
  'бос',
  'көрсетілмеген',
  'толтырылмаған',
];
/** Kazakh «басқа» (other) as the rest: only before its column's word («басқа қалалар»). */
export const KAZAKH_REST: readonly string[] = ['басқа'];

/** "Almaty vs the other cities", «против остальных», «қалғандары»: every other value of a column. */
export const REST_WORDS: readonly string[] = [
  'other',
  'others',
  'rest',
  'остальные',
  'остальных',
  'остальным',
  'остальными',
  'прочие',
  'прочих',
  'қалғандары',
  'қалғандарының',
  'қалғандарымен',
  'қалған',
  // «Тараз және басқа қалалар» (Taraz and the other cities): after "and" or "vs" only — «Алматыдан басқа»
  // is an exclusion
  ...KAZAKH_REST,
  'rest of the country',
  'rest of the market',
];
/** "compare Kaspi with the other banks", «сравнить Kaspi Bank с остальными банками»: the rest after "with". */
/**
 * The phrases of showing a figure that name a count ("with the count", «с количеством»): a condition
 * said right after one is on each group's number of payments («Банки с количеством снятий больше 1000»).
 */
export const COUNT_SHOWN_WORDS: readonly string[] = [
  'with the counts',
  'with counts',
  'with the count',
  'show the counts',
  'and their counts',
  'с количеством',
  'с их количеством',
];
export const REST_WITH: readonly string[] = ['with', 'to', 'с', 'со'];
/**
 * A row said for one side of a value set against the rest: "one row for Kaspi and one for the rest",
 * «строка для Алматы и строка для остальных».
 */
export const SIDE_ROW_WORDS: readonly string[] = ['row', 'line', 'строка', 'строку', 'строкой', 'жол'];
/**
 * "the regions", «регионы», «өңірлер»: the cities other than the big ones — which, only the exception
 * said beside it tells («регионы (все города кроме Алматы и Астаны)»); alone it is asked back.
 */
export const REGION_WORDS: readonly string[] = [
  'regions',
  'region',
  'регионы',
  'регионов',
  'регионах',
  'регионам',
  'регионами',
  'өңірлер',
  'өңірлердегі',
  'өңірлерде',
  'өңірлердің',
  'өңірлерге',
];
/** "excluding blanks", "ignore nulls", «без пустых»: words right before a blank word that leave it out. */
export const BLANKS_LEFT_OUT: readonly string[] = [
  'excluding',
  // "txns by wallet excl blanks" (chat shorthand)
  'excl',
  'exclude',
  'without',
  'ignore',
  'ignoring',
  'no',
  'except',
  'без',
  'кроме',
  'исключая',
];
/** «не» before a word of filled (blanks.ts): «wallet_type не заполнен» is blank. */
export const NOT_FILLED_LEADS: readonly string[] = ['не'];

/** Articles: between "in" and a share's whole ("in the total number of …"); before each figure said aloud ("the total the count …"). */
export const ARTICLES: readonly string[] = ['the', 'a'];

export const FILLED_WORDS: readonly string[] = [
  'filled',
  'populated',
  'заполненные',
  'заполненных',
  'заполнен',
  'заполнено',
  'заполненным',
  'заполненной',
  'заполненными',
  'толтырылған',
  'көрсетілген',
];
/** "values", «значения», «мәндер», "column": between a word of blankness and its column. */
const VALUE_NOUNS: readonly string[] = ['values', 'значения', 'значений', 'мәндер', 'мәндері', 'мәндерді'];
export const VALUE_WORDS: readonly string[] = [
  ...VALUE_NOUNS,
  'мәндердің',
  'column',
  'столбце',
  'колонке',
  'бағанындағы',
  'бағанында',
];
/** Kazakh "how many" («неше», «қанша») and "how many of them" («қаншасы», «нешеуі»), after the noun. */
export const KAZAKH_HOW_MANY: readonly string[] = ['неше', 'қанша', 'нешеу'];
export const KAZAKH_HOW_MANY_OF: readonly string[] = ['қаншасы', 'нешеуі'];
/** Verbs of the groups taking their part: "what share of ECOM turnover did each bank take". */
export const TAKE_VERBS: readonly string[] = [
  'take',
  'took',
  'get',
  'got',
  'capture',
  'captured',
  'hold',
  'held',
];
/** «было», «были»: "there were", between a noun of payments and a comparison of their number. */
export const WERE_WORDS: readonly string[] = ['было', 'были'];
/** «в самих юанях», «в самой валюте»: "in the currency itself". */
export const ITSELF_WORDS: readonly string[] = ['самих', 'самой', 'самом'];
/** "including those with no …", "NULL included", «включая пустые»: the blank kept as a row. */
// ("keep the no-wallet ones as their own row")
export const INCLUDING_WORDS: readonly string[] = [
  'including',
  'incl',
  'included',
  'keep',
  'keeping',
  'включая',
  'бірге',
  // «бос мәндерді қоса» (the blank values included)
  'қоса',
  'қосып',
  // «…, пустые тоже», "blanks too": kept beside the others
  'тоже',
  'too',
  // «бос мәндер де» (the blank values too): the Kazakh particle
  'де',
  'да',
  'те',
  'та',
];
/** Words that open a relative clause ("…, where …", «…, у которых …»): a condition, never context. */
export const RELATIVE_OPENERS: readonly string[] = [
  'where',
  'whose',
  'где',
  'у',
  // «Банки, у кого ТО ECOM в ноябре ниже, чем в октябре»: the colloquial «у которых»
  'у кого',
  'которые',
  'которых',
  'чьи',
];
/** Words that ask for something: a clause with one is a request, never an aside set apart as context. */
export const REQUEST_WORDS: readonly string[] = [
  'give',
  'tell',
  'provide',
  'name',
  'дай',
  'дайте',
  'назови',
  'назовите',
  'скажи',
  'скажите',
  'перечисли',
  'перечислите',
  'беріңіз',
  'берші',
  'атаңыз',
  'айтыңыз',
  'айтшы',
];
/** «было», «были»: the Russian "there were" after a noun of payments in the genitive (group-conditions). */
export const RUSSIAN_WAS_WORDS: readonly string[] = ['было', 'были'];
/** English counts said after the noun they count: "merchant count". */
export const NOUN_COUNT_WORDS: readonly string[] = ['count', 'counts'];
/** Interrogatives before a time unit that ask for it as a column: "which day…", "what month…". */
export const WHICH_WORDS: readonly string[] = ['which', 'what'];
/** "which" before a number of months or quarters: «Какие три месяца 2025 года …», "Which 3 months …". */
export const WHICH_OF_UNITS: readonly string[] = ['which', 'what', 'какие', 'каких', 'қай', 'қандай'];
/**
 * The interrogatives of a choice, right before the words they ask about: "which foreign countries",
 * «каких иностранных стран», «қай шетел».
 */
export const ASKING_WHICH: readonly string[] = [...WHICH_WORDS, ...RUSSIAN_WHICH, ...KAZAKH_WHICH];

/**
 * Prepositions that open a phrase of their own: in "spend except pharmacies in Almaty" /
 * «кроме аптек в Алматы» the city is not part of what is excepted.
 */
export const PHRASE_PREPOSITIONS: readonly string[] = ['in', 'at', 'on', 'for', 'в', 'во', 'на', 'у', 'для'];

/** Prepositions of a period: a comparator with one of these before its number compares no amount. */
export const PERIOD_PREPOSITIONS: readonly string[] = ['за', 'в', 'во', 'in', 'for', 'during'];

/** «общий», «суммарный», «совокупный» (overall, by stem): one figure, whatever "by" lists. */
export const OVERALL_STEMS: readonly string[] = ['общ', 'суммарн', 'совокупн'];

/** Kazakh «одан» (than that), in «… және одан жоғары» (and above that). */
export const KAZAKH_THAN_THAT = 'одан';

/** «по картам» after a noun of money or transactions: the turnover on cards, not per card. */
export const CARD_TURNOVER: readonly [by: string, cards: string] = ['по', 'картам'];

/** "or" between listed values: any of them, one set («Алматы, Астана немесе Шымкент»). */
export const OR_WORDS: readonly string[] = ['or', 'или', 'либо', 'немесе', 'не болмаса', 'әлде'];

/** «число» as the day of a month: «на каждое число», «по каждому числу» (dimensions pass). */
export const DAY_OF_MONTH_NOUNS: readonly string[] = ['число', 'числу', 'числа'];

/** Words that name each group of a breakdown as such: "per bank", «по каждому банку», «әр банктегі». */
export const EACH_GROUP_WORDS: readonly string[] = [
  'each',
  'every',
  'per',
  'каждому',
  'каждой',
  'каждого',
  'каждый',
  'для каждого',
  'для каждой',
  'в каждом',
  'в каждой',
  // «в каждом городе»: the preposition is a stop word of its own
  'каждом',
  'по каждому',
  'по каждой',
  'у каждого',
  'у каждой',
  'на каждый',
  'на каждую',
  'на каждое',
  'for each',
  'in each',
  'within each',
  'әр',
  'әрбір',
];

/** "transfers in": the noun of transfers with "in" (not "p2p in", the incoming kind's own name). */
export const TRANSFER_NOUN_IN = /^transfers? in$/;

/** "in each city", "in every bank": the English words of each group one by one ("per" is a breakdown). */
export const EACH_ONE_WORDS: readonly string[] = ['each', 'every'];

/** Words of "each", the group words and Kazakh «әр», «әрбір»: a ranking within each group. */
export const EACH_WORDS: readonly string[] = [...EACH_GROUP_WORDS, ...KAZAKH_EACH];

/** Kazakh «бөліп» (splitting into), after a column word in the dative: a breakdown by it. */
export const KAZAKH_SPLIT_VERBS: readonly string[] = ['бөліп', 'бөлгенде', 'бөлу'];

/** "in total", «суммарно», «жалпы»: said of what cards spent, a condition on each card's total. */
/**
 * «города с оборотом», "merchants with turnover": a filler (every one has some), unless a comparison
 * follows — «города с оборотом больше 150 млн» is a condition on each city's total.
 */
/**
 * A clause of refusal: a word of "no" and a word of need around the figure or breakdown declined ("the
 * amounts aren't needed", "no counts needed", «сомасы қажет емес», «бөлудің қажеті жоқ»).
 */
export const DECLINED_NO_WORDS: readonly string[] = [
  'no',
  'not',
  "don't",
  'dont',
  "aren't",
  "isn't",
  'без',
  'не',
  'емес',
  'жоқ',
];
export const DECLINED_NEED_WORDS: readonly string[] = [
  'needed',
  'need',
  'required',
  'нужна',
  'нужно',
  'нужен',
  'нужны',
  'надо',
  'требуется',
  'керек',
  'қажет',
  'қажеті',
];

/** Prepositions before "each group" that make it "for each": «по каждому банку», «для каждого города», «в каждом городе доля …». */
export const FOR_EACH_LEADS: readonly string[] = ['по', 'для', 'for', 'в', 'in'];

/** "What" (not "which"): it picks among the groups only when their word follows it. */
export const WHAT_WORDS: readonly string[] = ['what'];

/** "took in", "brought in": the particle after a verb of money coming in. */
export const TAKEN_IN: readonly string[] = ['in'];

/**
 * «получили оплат на сумму больше 10 млн», «приняли платежей больше чем на 5 млн»: the payments received,
 * in the genitive of quantity after a verb of taking — what the groups took in all, not each payment.
 */
export const RECEIVED_GENITIVE: readonly string[] = [
  'оплат',
  'платежей',
  'покупок',
  'операций',
  'транзакций',
];

/** Between "each" and the period it divides: "for each of the last 7 days", «за каждый из последних». */
export const EACH_OF_LINKS: readonly string[] = ['of', 'the', 'из'];

/** "all", said after a verb of showing and before the groups: "show all cities", «выведите все банки». */
export const SHOW_ALL_WORDS: readonly string[] = ['all', 'все', 'всех', 'every', 'барлық'];

/** "show both and the difference", «екеуін де, айырмасын да көрсет»: both figures compared, named bare. */
export const BOTH_SHOWN_WORDS: readonly string[] = ['both', 'екеуін де', 'екеуі де'];

export const WITH_TURNOVER_WORDS: readonly string[] = ['с оборотом', 'with turnover', 'with sales'];

/**
 * «в операциях этого города», «сол банктің барлық жолдарындағы»: "this" / "that" before a column word the
 * question names twice points at each group's own rows, not a period (passes/flags.ts).
 */
export const GROUP_DEMONSTRATIVES: readonly string[] = ['этого', 'этой', 'этих', 'того', 'той', 'сол'];

/** SQL's own "having count(*) > 6000" after a breakdown: a condition on each group, as "only where" is. */
export const HAVING_WORDS: readonly string[] = ['having'];

/**
 * Verbs of money coming in, said of the groups before a sum in tenge: "merchants that took more than
 * 1 million tenge", «мерчанты, которые получили больше 5 млн тенге» — each group's total, not payments
 * above it. ("in" after them: "took in".)
 */
export const TAKING_VERBS: readonly string[] = [
  'took',
  'take',
  'takes',
  'taken',
  'received',
  'receive',
  'receives',
  'earned',
  'earn',
  'earns',
  'collected',
  'generated',
  'brought',
  // ("How many merchants processed more than 1 million tenge": the money they took through them.)
  'processed',
  'process',
  'accepted',
  'accept',
  'handled',
  'получили',
  'получил',
  'получила',
  'получившие',
  'приняли',
  'принял',
  'приняла',
  'принявшие',
  'заработали',
  'заработал',
  'собрали',
  'собрал',
  'принесли',
  'принёс',
  'принес',
  'провели',
  'обработали',
];

export const CARD_TOTAL_WORDS: readonly string[] = [
  'in total',
  'altogether',
  'total',
  'суммарно',
  'в сумме',
  'в общей сложности',
  'всего',
  'жалпы',
  'барлығы',
];

/** "in all", «всего»: with "all" before a column word, the total over every value. */
export const IN_TOTAL_WORDS: readonly string[] = ['in total', 'altogether', 'всего', 'итого', 'барлығы'];

/** Kazakh «барлық» / «барлығы»: "all" as well as "in total". */
export const ALL_TOTAL_WORDS: readonly string[] = ['барлық', 'барлығы'];

/** The Kazakh year word of a year that describes what comes after it: «2025 жылдың», «2025 жылғы». */
// («2025 ж. 3-тоқсан»: «ж.» is the written abbreviation.)
export const KAZAKH_YEAR_OF: readonly string[] = ['жылдың', 'жылғы', 'ж'];

/**
 * Words that ask about someone, or about cards one by one: with a card or customer word, a request for
 * personal data. («кто» / «кім» — who; "rank", "individual", «поименно» — one by one.)
 */
export const ONE_BY_ONE: readonly string[] = [
  'who',
  'whom',
  'whose',
  'rank',
  'ranking',
  'individual',
  'individually',
  'кто',
  'кого',
  'кому',
  'чей',
  'чьи',
  'поименно',
  'ранжируй',
  'ранжировать',
  'кім',
  'кімге',
  'кімнің',
  'кімдер',
];

/** Who: the interrogative about a person. */
export const WHO_WORDS: readonly string[] = ['who', 'whom', 'кто', 'кого', 'кім', 'кімдер'];

/**
 * Words of a fall: "fell", "dropped", «снизился», «упал», «азайды», «төмендеді». "fell" and "falls" are
 * also stop words ("what share fell on weekends"); with two periods they say how a figure changed.
 */
export const DECLINE =
  /^(fell|fall|falls|fallers|drop|decline|shrink|shrank|dip|decreas|lost|went down|go down|goes down|gone down|снизил|упал|уменьшил|сократил|просел|потерял|упавш|снизивш|сокративш|просевш|азай|төменде|кеміді)/;

/** A noun of the change ("growth", «прирост», «рост», «өсім»): it asks for the change itself (passes/change-sign.ts). */
export const CHANGE_NOUN = /^(growth|increase in|рост|прирост|өсім)/;

/** The change asked as a question: "by how many percent", «на сколько процентов», «неше пайызға». */
export const CHANGE_ASKED = /(how|сколько|насколько|неше|қанша)/;

/** The tenge named as the unit ("in tenge", «в тенге», «теңгемен»). */
export const TENGE_UNIT = /^(tenge|kzt|тенге|теңге|тенгов)/;

/**
 * The country said once, in the singular: "the country's total", «по стране», «ел бойынша». Under a share
 * of a city it is the whole, not a row per acquirer country ("by country", «по странам» stay rows).
 */
/** The nouns of a column's values in an exclusion ("foreign currencies", «зарубежных стран»). */
export const COLUMN_VALUES_NOUN = /(^|\s)(currenc|валют|countr|стран)/;

/** A Kazakh past participle (-ған, -ген, -қан, -кен): «өскен қалалар», the cities that grew. */
export const KAZAKH_PARTICIPLE = /(ған|ген|қан|кен)$/;

/** "per" right after a share word: a breakdown ("ECOM share per bank"), not "each group's share". */
export const PER_WORDS: readonly string[] = ['per'];

/** "by" before the means of paying: "were paid by QR code" (not a breakdown). */
export const MEANS_BY: readonly string[] = ['by'];

/** The means after a noun of payments, in English or Russian: "payments by swipe", «операций по магнитной полосе». */
export const MEANS_PREPOSITIONS: readonly string[] = [...MEANS_BY, 'по'];

/** «барлығы» (all of them) after the rest's column word: «басқа қалалардың барлығы». */
export const ALL_OF_THEM: readonly string[] = ['барлығы'];

/** "that", "which", "where" opening a relative clause after the groups: "cities that grew". */
export const THAT_WORDS: readonly string[] = ['that', 'which', 'where', 'whose'];

export const COUNTRY_AS_WHOLE: readonly string[] = [
  'country',
  'стране',
  'ел',
  // («Өскеменнің елдің жалпы айналымындағы үлесі», Oskemen's share of the country's total turnover)
  'елдің',
  'елдегі',
  'елде',
];
/** «по стране»: the whole country when nothing stands beside it (dimensions pass). */
export const RUSSIAN_COUNTRY_SINGULAR = 'стране';

/** The tenge after a unit of amounts, also as its sign or short form: «млн тг», «тыс. ₸». */
export const TENGE_UNIT_OR_SIGN = /^(tenge|kzt|тенге|теңге|тг|₸)/;

/** The turnover of a group, not an amount of single payments: «айналымы», «оборот», "turnover", "sales". */
export const TURNOVER_WORD = /^(айналым|оборот|turnover|sales)/;

/** "not", «не», «емес» of "X, not tenge": the contrast of a unit with the one named before it. */
export const UNIT_NOT: readonly string[] = ['not', 'не', 'емес'];

/** "with", «с»: in "with and without a wallet", the word for "with" before the conjunction. */
export const WITH_WORDS: readonly string[] = ['with', 'с', 'со'];

/** The label words that name a number: "day number", «номер дня», «MCC нөмірі». */
export const NUMBER_LABEL_WORDS: readonly string[] = ['number', 'номер', 'нөмірі', 'нөмір'];
/**
 * "by number", "in number", "their number", "the total number": the word "number" as how many right
 * after these (count-number.ts); anywhere else it is a label's word or unknown.
 */
export const COUNT_NUMBER_WORDS: readonly string[] = ['number', 'numbers'];
/**
 * The words before "number" that make it how many: the basis counted ("by number", "in number"), or the
 * things named before ("… as well as their number").
 */
export const COUNTED_BY_WORDS: readonly string[] = ['by', 'in', 'their', 'its'];
/** Kazakh «ғана» (only) follows the word it limits: «сағатты ғана көрсетіңіз», show only the hour. */
export const KAZAKH_ONLY_AFTER: readonly string[] = ['ғана', 'қана'];
/** Words by a label that say the same ("just the weekday number", «только номер дня», "the city names"). */
export const LABEL_WORDS: readonly string[] = [
  ...NUMBER_LABEL_WORDS,
  'name',
  'names',
  'название',
  'названия',
  'атауы',
];

/** "split" after a list of values: a list split is one row per value. */
export const LIST_SPLIT_WORDS: readonly string[] = ['split'];

/** Words that attach a condition to the noun before them: "cities with …", «города с …», "whose". */
export const ATTACHING_WORDS: readonly string[] = [
  'with',
  'whose',
  'where',
  'having',
  'that',
  'which',
  // "which categories had turnover above 10 million"
  'had',
  'have',
  'has',
  'с',
  'со',
  'у',
  // «какие категории дали / имели оборот больше 100 млн»
  'дали',
  'дают',
  'имели',
  'имеют',
  'которых',
  'где',
  'чей',
  'чья',
  'чьи',
];

/** «в которых», «среди которых»: a preposition before the groups' relative word, which attaches the condition. */
export const WHICH_PREPOSITIONS: readonly string[] = ['в', 'на', 'среди'];

/** Kazakh participles of having or making, before the column word they describe: «… болған банктер». */
// («10-нан көп төлем қабылдаған мерчанттар», merchants that accepted more than 10 payments)
export const HAD_PARTICIPLES: readonly string[] = [
  'болған',
  'жасалған',
  'өткен',
  'жасаған',
  'бар',
  'қабылдаған',
];

/** "those", «те»: the groups of a breakdown, before a condition on them. */
export const THOSE_WORDS: readonly string[] = ['those', 'ones', 'те', 'тех', 'тем'];

/** «те, что больше …», «те, которые …», «те, где больше 200», "those where …": the "that" after «те». */
export const THOSE_THAT_WORDS: readonly string[] = ['что', 'которые', 'у которых', 'где', 'where'];

/**
 * The machines cash is taken from, as places counted: "how many different ATMs", «сколько разных
 * банкоматов», «қанша түрлі банкомат» — ATMs are merchants of their own in the table.
 */
export const ATM_PLACE_WORDS: readonly string[] = [
  'atm',
  'atms',
  'банкомат',
  'банкомата',
  'банкоматов',
  'банкоматы',
  'банкоматтар',
  'банкоматтардың',
];

/**
 * «из них» (of them): a follow-up word at the head of a question, "of which" after a figure the question
 * asks itself («Сколько карт платили в валюте, и сколько из них в юанях?»).
 */
export const OWN_FIGURE_OF_WHICH: readonly string[] = ['из них'];

/**
 * «болғандары» (those that were / had): Kazakh says "those" after the comparison — «тек 100-ден көп
 * болғандары», only the groups with more than 100.
 */
export const KAZAKH_THOSE_AFTER: readonly string[] = ['болғандары', 'болғандарын', 'болғандар'];

/** "accepted", "took", «принимали», «қабылдады»: payments taken by the places that took them. */
/**
 * "received at least one card payment", «получили хотя бы одну оплату»: places that received payments —
 * only with the payments (or "at least one") right after (passes/distinct-places.ts).
 */
export const RECEIVED_VERBS: readonly string[] = ['received', 'получили', 'получало', 'получал', 'получала'];

export const ACCEPTED_VERBS: readonly string[] = [
  'accepted',
  'accepting',
  'accept',
  'accepts',
  'took',
  'take',
  'takes',
  'taking',
  'принимали',
  'принимались',
  'принимают',
  'принимает',
  // («сколько разных аптек приняли оплату»: the perfective past, and its participles)
  'приняли',
  'принял',
  'приняла',
  'принявших',
  'принимавших',
  'қабылданды',
  'қабылдады',
  'қабылдаған',
  'қабылданған',
];

/** "had", "made", "processed": verbs of places with their payments after them ("how many cafes had sales"). */
export const HELD_PAYMENTS_VERBS: readonly string[] = ['had', 'made', 'recorded', 'processed', 'handled'];

/**
 * Verbs of payments happening, right after a negation in a "which" question: "which wallets were not
 * used for ECOM", «в каких городах не было операций в лирах» — none of those payments, not the other
 * payments (the negation is of the verb, not of the value after it).
 */
export const OCCURRENCE_VERBS: readonly string[] = [
  'have',
  'had',
  'use',
  'used',
  'see',
  'seen',
  'record',
  'recorded',
  'process',
  'processed',
  'было',
  'были',
  'был',
  'была',
  'использовались',
  'использовался',
  'использовалась',
  'использовали',
  'проводили',
  'проводились',
  'осуществлялись',
  'совершали',
  'совершались',
  'встречались',
  'встречалось',
  'встречался',
  'встречалась',
  // («қандай шет елдердің эквайерлері арқылы операциялар өтті?», through which countries' acquirers did
  // payments pass)
  'өтті',
];

/**
 * Words of being there ("which currencies are there", «какие валюты есть», «қандай валюталар бар»): with
 * "which" before one column and nothing measured, the values that occur (passes/value-list.ts).
 */
// («қандай валюталарда операциялар болды?», in which currencies were there payments)
export const EXISTENCE_WORDS: readonly string[] = [
  'there',
  // ("Which cities had payments in CNY in 2026?", "in which cities was payments in CNY": the places such
  // payments were in, with nothing counted.)
  'had',
  'was',
  'were',
  'есть',
  'имеются',
  'бар',
  'болды',
  'болған',
  // («қандай валюталармен операциялар жасалды», with which currencies were payments made)
  'жасалды',
  'жасалған',
  // ("In which currencies did Jusan cards pay?", «В каких валютах платили карты Jusan?», «Jusan карталары
  // қандай валюталарда төлем жасады?»: the values the cards paid in.)
  'pay',
  'paid',
  'платили',
  'жасады',
  // "Which cities accepted yuan payments?", «В каких городах принимали платежи в юанях?», «Қай
  // қалаларда юаньмен төлем қабылданды?»: where such payments were taken, the places they occur.
  ...ACCEPTED_VERBS,
  // («в каких валютах проводились операции ECOM», "which wallets were used": payments happening.)
  ...OCCURRENCE_VERBS,
];

/**
 * A column's values asked by those words (passes/value-list.ts): "What distinct values does
 * pos_entry_mode hold?", «Какие значения встречаются в поле wallet_type?», «… бағанында қандай мәндер
 * бар?» — the values noun, the column's own noun, and verbs of a column holding them.
 */
export const COLUMN_VALUE_NOUNS: readonly string[] = [...VALUE_NOUNS, 'value'];
export const COLUMN_NOUNS: readonly string[] = [
  'column',
  'field',
  'поле',
  'поля',
  'столбце',
  'столбец',
  'колонке',
  'колонка',
  'бағанында',
  'бағанындағы',
  'бағаны',
  'өрісінде',
];
export const HOLD_VERBS: readonly string[] = ['hold', 'holds', 'contain', 'contains', 'take', 'takes'];

/**
 * Relative words after a column's noun that ask for its values as "which" does: "the list of currencies
 * in which payments were made", «города, в которых не проводились операции в AMD».
 */
export const RELATIVE_WHICH: readonly string[] = [
  'which',
  'that',
  'которых',
  'которые',
  'котором',
  'которой',
];
/**
 * Kazakh participles of payments happening, right before a column's noun: «юаньмен төлемдер
 * қабылданған қалаларды» (the cities where yuan payments were accepted) asks for those cities.
 */
export const KAZAKH_OCCURRED_PARTICIPLES: readonly string[] = [
  'болған',
  'жасалған',
  'қабылданған',
  'қабылдаған',
];
/** "just the list", «только список», «тек тізімі»: the values alone, after "only". */
export const LIST_WORDS: readonly string[] = ['list', 'список', 'списком', 'тізімі', 'тізім'];
/** "distinct values of transaction_type": the "of" between the values noun and the column word. */
export const VALUES_OF_WORDS: readonly string[] = ['of'];
/** "List the distinct MCC codes", «перечисли уникальные …»: verbs that list the distinct values rather than count them. */
export const LISTING_VERBS: readonly string[] = ['list', 'перечисли', 'перечислите', 'тізімде', 'тізімдеп'];
/** "just the names", «только названия», «тек атаулары»: the values alone, after "only" (and the column's word). */
export const NAMES_WORDS: readonly string[] = ['names', 'названия', 'атаулары', 'атаулар'];

/** After "not": "not a single transaction", "not one payment" — none at all. */
export const NONE_AT_ALL_AFTER_NOT: readonly string[] = ['single', 'one'];

/**
 * Kazakh verbs in the negative past ("болмады", «жасалмаған», «кездеспеді»): the verb a «бірде-бір» /
 * «мүлдем» / «ешқашан» goes with (the stem, the negation -ма/-ме/-ба/-бе/-па/-пе, a past ending).
 */

/** "per month", «в месяц»: a rate in a unit of time, not a breakdown by it (passes/per-card.ts). */
export const RATE_WORDS: readonly string[] = ['per', 'a', 'в', 'за'];

/** The slash between values, as the tokenizer writes it ("Apple Pay / Google Pay"). */
export const SLASH_WORDS: readonly string[] = ['⁄', '/'];

/** The end word of a range before "today": «по сегодня», "to today", "through today". */
export const RANGE_TO_WORDS: readonly string[] = ['по', 'to', 'through', 'until', 'till', 'до'];

/** «оплачена кошельком», «мобильным кошельком» (with a wallet): the Russian instrumental of a wallet word. */
export const WALLET_INSTRUMENTAL = /^(мобильн\S* )?кошельк(ом|ами)$/;

/** "the code", «код», «кодтар»: the label of a breakdown by MCC code (passes/labels-only.ts). */
export const CODE_WORDS: readonly string[] = [
  'code',
  'codes',
  'код',
  'коды',
  'кода',
  'коду',
  'кодам',
  'кодом',
  'кодтар',
  'кодтары',
  'кодтарын',
  'кодты',
  'коды mcc',
];

/** "current week included", «включая текущий», «(осы айды қосқанда)»: the current unit said to be among the last N. */
export const INCLUDED_WORDS: readonly string[] = [
  'included',
  'including',
  'incl',
  'включая',
  'включительно',
  'қосқанда',
  'қоса',
  // (typed without Kazakh letters)
  'косканда',
  // «текущий месяц тоже считаем», «осы апта да кірсін» (let this week be in)
  'тоже',
  'кірсін',
];

/** "at merchants", «у мерчантов», «на ТСП»: where the payments were made, before a merchants word. */
export const AT_PLACE_WORDS: readonly string[] = ['at', 'у', 'на'];
/** "at" before a clock time: "… came in at 18:00 or later". */
export const CLOCK_AT_WORDS: readonly string[] = ['at'];
/** …and before a clock hour with its unit: «приходится на 20 часов», «в 18 часов» (passes/rank-limit.ts). */
export const CLOCK_HOUR_AT_WORDS: readonly string[] = [...CLOCK_AT_WORDS, 'на', 'в'];

/** "each" said alone of a list before it: "for each", «по каждому», «для каждого» (passes/list-mode.ts). */
export const EACH_ALONE_WORDS: readonly string[] = ['each', 'каждому', 'каждого', 'каждой'];

/** "card-not-present", "CNP": online payments, by how the card was (not) read (passes/value-filters.ts). */
export const CARD_NOT_PRESENT: readonly string[] = ['card not present', 'card-not-present', 'cnp'];

/** «первая половина ноября»: a half of a named month (passes/month-parts.ts). */
export const MONTH_HALF_WORDS: readonly string[] = [
  'половина',
  'половину',
  'половине',
  'половины',
  'половиной',
];

/**
 * «первая декада ноября», «қарашаның бірінші онкүндігі»: a third of a named month, ten days (the last
 * one to the month's end) (passes/month-parts.ts).
 */
export const MONTH_DECADE_WORDS: readonly string[] = [
  'декада',
  'декаду',
  'декады',
  'декаде',
  'декадой',
  'онкүндік',
  'онкүндігі',
  'онкүндігінде',
  'онкүндікте',
];

/** «с 1 по 15 число», «1–15 числа»: the word after a range of days of a month (passes/month-parts.ts). */
export const DAY_OF_MONTH_WORDS: readonly string[] = ['число', 'числа', 'чисел', 'числам'];

/** Weeks in the plural: a number before them counts weeks ("3 weeks", «3 недели»), it names none. */
export const PLURAL_WEEKS = /^(weeks|недели|недель|неделях|апталар)/;

/** "Which cities had no lira payments?": "no" before what there was none of. */
export const NO_WORDS: readonly string[] = ['no'];

export const KAZAKH_NEGATED_PAST = /^[а-яёәғқңөұүһі]{2,}(ма|ме|ба|бе|па|пе)(ды|ді|ған|ген|йды|йді)$/;

/**
 * How many values a list holds, said beside its column word with "together" or "in all": "(both cities
 * together)", «(оба города вместе)», «(всего по двум городам)», «(екі қала бірге)».
 */
export const LIST_COUNT_WORDS: readonly string[] = [
  'both',
  'two',
  'three',
  'four',
  'оба',
  'обе',
  'обоих',
  'обеих',
  'обоим',
  'обеим',
  'два',
  'две',
  'двух',
  'двум',
  'три',
  'трех',
  'трем',
  'четыре',
  'четырех',
  'четырем',
  'екі',
  'екеуі',
  'үш',
  'төрт',
];

/** The year as the whole its periods share: "each month's share of full-year 2025 turnover", «в годовом обороте», «жылдық». */
export const YEAR_WHOLE_WORDS: readonly string[] = [
  'full',
  'annual',
  'годовом',
  'годового',
  'годовой',
  'годовому',
  'годовых',
  'жылдық',
];

/**
 * "what % of the turnover fell in each month", «какой процент оборота пришёлся на каждый месяц», «әр айға
 * тиесілі»: the verbs a part falls to each period by (share.ts), and the prepositions after them.
 */
export const FALL_WORDS: readonly string[] = [
  // («Сколько процентов от оборота за 2025 год дал каждый месяц?», what percent each month gave)
  'дал',
  'дала',
  'дало',
  'дали',
  'fell',
  'fall',
  'falls',
  'went',
  'came',
  'пришелся',
  'пришлась',
  'пришлось',
  'пришлись',
  'приходится',
  'приходилось',
  'приходилась',
];
export const FALL_IN_LINKS: readonly string[] = ['in', 'on', 'into', 'to'];
/** The Kazakh verbs come after the period: «әр айға тиесілі», «әр тоқсанға келді». */
export const KAZAKH_FALL_AFTER: readonly string[] = [
  'тиесілі',
  'тиесілі болды',
  'келді',
  'келеді',
  'тура келді',
  'тура келеді',
];

/** "their cards", «их карты», «олардың карталары»: the cards of the groups broken down. */
export const THEIR_WORDS: readonly string[] = ['their', 'их', 'олардың'];

/**
 * Asking which column comes first (passes/column-order.ts): "City column first", «Город первым
 * столбцом», «(сначала 2025)», «алдымен Apple Pay», "…, then Kaspi".
 */
export const COLUMN_WORDS: readonly string[] = [
  'column',
  'col',
  'столбцом',
  'столбец',
  'колонкой',
  'колонка',
  'баған',
  'бағаны',
  'бағанда',
];
export const FIRST_AFTER_WORDS: readonly string[] = [
  'first',
  'первым',
  'первой',
  'первая',
  'первый',
  'бірінші',
];
export const FIRST_BEFORE_WORDS: readonly string[] = ['сначала', 'алдымен', 'первой', 'первым'];
/** "…, highest month first", «…, ең жоғары айдан бастап»: after a superlative and its noun, the order of the rows. */
export const ORDER_FIRST_WORDS: readonly string[] = ['first', 'бастап'];
export const THEN_WORDS: readonly string[] = ['then', 'потом', 'затем', 'далее', 'кейін'];

/** «база — весь оборот», "(base = all banks' turnover)": the whole of a share said again (passes/share-base.ts). */
export const BASE_WORDS: readonly string[] = ['база', 'base', 'негізі', 'негіз'];

/** "came from the top 10 merchants", «приходится на топ-10»: the word before a top N that makes it a share's part. */
export const TOP_PART_WORDS: readonly string[] = ['from', 'на'];

/** "active merchants", «активные мерчанты»: merchants with a payment, counted when nothing else is measured. */
export const ACTIVE_WORDS: readonly string[] = ['active', 'активные', 'активных', 'активными', 'белсенді'];

/** Words after which a list of the columns shown begins: "…, showing count and amount" (passes/measure-list.ts). */
export const SHOWING_WORDS: readonly string[] = ['showing', 'with columns', 'columns', 'cols'];

/** Aggregates written short with a full stop: «ср. чек», «орт. чек», «макс. сумма» (passes/measure-list.ts). */
export const ABBREVIATED_AGGREGATES: readonly string[] = [
  'ср',
  'сред',
  'орт',
  'мин',
  'макс',
  'avg',
  'av',
  'med',
];

/** «зачисленной на карту»: "to the card", after money coming in, where it went (passes/per-card.ts). */
export const TO_THE_CARD: readonly string[] = ['на карту'];

/** "value: avg amount", "value = count": the label of a pivot table's figure (passes/figure-label.ts). */
export const FIGURE_LABELS: readonly string[] = ['value', 'values'];

/** A chart's axes named with what they show: "x = month, y = amount", «x = день, y = количество» (Latin or Cyrillic letters). */
export const AXIS_LABELS: readonly string[] = ['x', 'y', 'х', 'у', 'x axis', 'y axis', 'x-axis', 'y-axis'];

/**
 * Averages said as adverbs: "On average, how much was …", «В среднем, сколько …» — they say how the
 * figure beside them is taken, never a figure of their own in a list (passes/measure-list.ts).
 */
export const AVERAGE_ADVERBS: readonly string[] = [
  'on average',
  'в среднем',
  'орта есеппен',
  'орташа есеппен',
];

/** Stop words an item of a list of figures may open with: "the biggest single withdrawal", «на какую сумму». */
export const LEADING_STOPS: readonly string[] = ['the', 'a', 'an', 'its', 'their', 'на'];
/** Russian "which" asking a figure in a list: «сколько, на какую сумму, …», «какой средний чек». */
export const RUSSIAN_WHICH_ONE_ASKING: readonly string[] = ['какую', 'какой', 'какая', 'каков', 'какова'];

/** The Kazakh possessive endings: «5-і», «20-сы», «төлемдері». */
const KAZAKH_POSSESSIVE_ENDINGS = ['ы', 'і', 'сы', 'сі'] as const;

/** Cases after a Kazakh possessive: dative, locative, its attribute, ablative («20-сына», «5-інде», «-ындағы», «-інен»). */
const KAZAKH_CASES_AFTER_POSSESSIVE = ['на', 'не', 'нда', 'нде', 'ндағы', 'ндегі', 'нан', 'нен'] as const;

/** A word ending in a Kazakh possessive, with any case after it: «төлемдері», «төлемдерінің», «операцияларын». */
export const KAZAKH_POSSESSIVE_WORD = new RegExp(
  `(${KAZAKH_POSSESSIVE_ENDINGS.join('|')})(ның|нің|н|${KAZAKH_CASES_AFTER_POSSESSIVE.join('|')})?$`,
);

/** Kazakh ordinal endings after a day's number: «20-сы», «5-і», «20-сында», «25-інен». */
// (vowel harmony: «-ы», «-сы» take the back cases, «-на», «-нда»; «-і», «-сі» the front ones, «-не», «-нде»)
export const KAZAKH_ORDINAL_TAILS: readonly string[] = KAZAKH_POSSESSIVE_ENDINGS.flatMap((p) => [
  p,
  ...KAZAKH_CASES_AFTER_POSSESSIVE.filter((c) => c.includes('а') === /[ы]/.test(p)).map((c) => p + c),
]);

/** Before days' numbers, the month they are days of, whichever: «айдың 25-і», "days 1-10 (of the month)". */
export const MONTH_DAY_OWNERS: readonly string[] = ['айдың', 'days'];

/** Between a day's number and what follows: "on the 5th and (on) the 20th". */
export const MONTH_DAY_ARTICLES: readonly string[] = ['the', 'on'];

/** After "of", before "month": "of the month", "of a month", "of each month", "of every month". */
export const MONTH_OWNER_ARTICLES: readonly string[] = ['the', 'a', 'each', 'every'];

/** The day of the month said as one phrase after its number: «25-го числа месяца», «1–10 число месяца». */
export const MONTH_DAY_NOUNS: readonly string[] = ['число месяца', 'числа месяца'];
/** «айдың 20-сы күні»: the Kazakh day word after the day of the month (passes/month-days.ts). */
export const KAZAKH_MONTH_DAY_NOUNS: readonly string[] = [
  'күні',
  'күнгі',
  'күндері',
  'күнінде',
  // («айдың 1–10 күндеріндегі операциялар»: the days' attributive locative.)
  'күндеріндегі',
  'күндерінде',
];

/** «жалақы күндері», «дни зарплаты», "salary days": the days word beside the salary that names paydays. */
export const PAYDAY_DAY_WORDS: readonly string[] = ['күндері', 'күндерінде', 'дни', 'дней', 'days'];
/** "paydays (the 5th and the 20th)": the days named in brackets after it, with no salary word beside. */
export const PAYDAY_WORDS: readonly string[] = ['paydays', 'payday', 'payday days'];

/** "Drill-down, level 2", «Детализация, уровень 2», «деңгей 2»: the level of a dashboard, before its number. */
export const DRILL_LEVEL_WORDS: readonly string[] = ['level', 'уровень', 'деңгей'];

/** A word of drilling down, before the level: "drill-down", «детализация». */
export const DRILL_WORD = /^(drill|детализаци|деталь)/;

/** "for X and for Y", «по X и по Y»: the preposition said again before a second condition. */
export const REPEATED_FOR_WORDS: readonly string[] = ['for', 'по', 'для'];
