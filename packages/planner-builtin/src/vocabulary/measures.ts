import type { VocabularyEntry } from '../meaning.js';
import { e } from './entry.js';
import { KAZAKH_MORE_OR_FEWER } from './kazakh.js';

/** Verbs of one exceeding the other: "did Kaspi beat Halyk", «обогнала», «опередил». */
export const BEAT_VERBS: readonly string[] = [
  'beat',
  'beats',
  'outperform',
  'outperformed',
  'обогнал',
  'обогнала',
  'обогнали',
  'опередил',
  'опередила',
  'опередили',
];

/** "how much": an amount, but before a word for growth the extent of the change; with an average, what it asks for. */
export const DEGREE_WORDS: readonly string[] = ['how much', 'hw much'];

/** "how many of them": the question word said of the things counted first (passes/second-count.ts). */
export const COUNT_OF_THEM: readonly string[] = ['how many of them'];

/** Verbs of what a figure amounts to, read as an amount word: "what did they come to", "add up to". */
export const AMOUNTS_TO_VERBS: readonly string[] = ['come to', 'comes to', 'add up to', 'added up to'];

/** What is measured: counts, totals, amounts, aggregates, superlatives, top, share, comparison. */
export const MEASURE_WORDS: readonly VocabularyEntry[] = [
  // ── measures ────────────────────────────────────────────────────────────────────────────────
  // "how many times was cash withdrawn", «неше рет ақша алынды»: money named there is what was done, not
  // what is measured.
  e(['how many times', 'сколько раз'], { kind: 'count', strength: 'strong', times: true }),
  e(['how many', 'hw many', 'сколько', 'скольких', 'скольким', 'скока', 'скоко', 'скок'], {
    kind: 'count',
    strength: 'weak',
  }),
  e(
    [
      'number of',
      // «… операции …: сколько их и на какую сумму?»: how many of the things named, a count beside the sum
      'сколько их',
      ...COUNT_OF_THEM,
      // "no. of cross-border txns" (the dot is gone by the time words are matched)
      'no of',
      // "# of payments", "#txns", «№ операций»
      '# of',
      '#',
      '№',
      'транзакционн~ активност~',
      'count',
      'counts',
      // chat shorthand: "txn cnt", "cnt + amt"
      'cnt',
      'cnts',
      'quantity',
      'pcs',
      'pieces',
      'количеств~',
      'кол во',
      'кол ва',
      'кол ву',
      'кол ве',
      'кол вом',
      'число',
      'числа',
      'числом',
      'числе', // «в общем числе снятий» (in the total number of withdrawals)
      'числу',
      'штук~',
      'шт',
      // «каунт транзакций», «по каунту»: the English word in Cyrillic, as analysts say it
      'каунт~',
    ],
    {
      kind: 'count',
      strength: 'strong',
    },
  ),
  e(
    [
      'total',
      'totals',
      'overall',
      // "aggregate value of transactions" (the regulator's word for the total)
      'aggregate',
      'общ~',
      'суммарн~',
      'совокупн~',
      'итог~',
      'итого',
      'всего',
      'в сумме',
      'в целом',
      // «тотал оборота», «тотал по кошелькам»: the English word in Cyrillic
      'тотал~',
    ],
    {
      kind: 'total',
    },
  ),
  e(
    [
      'amount~',
      // "what did they add up to": their sum ("… and what did they come to in som?")
      ...AMOUNTS_TO_VERBS,
      // the columns' own names: transaction_amount_kzt
      'transaction amount kzt',
      'amount kzt',
      // chat shorthand: "txn amt", "total amt"
      'amt',
      // industry words for the money paid: "gross volume", "throughput", "the 30-day run-rate" (a total
      // over the period said)
      'gross volume',
      'gross value',
      'gross merchandise value',
      'throughput',
      'run rate',
      'ран рейт',
      'amts',
      'sum',
      'sums',
      'summed',
      'spent',
      'spend',
      'spending',
      'spendings',
      'volume',
      'volumes',
      'revenue',
      'earn',
      'earns',
      'earned',
      'earning',
      'earnings',
      'turnover',
      // "Tenge equivalent of EUR transactions by month": their amount, in tenge
      'tenge equivalent of',
      'kzt equivalent of',
      'gmv', // gross merchandise volume: the money paid
      'value',
      'money',
      ...DEGREE_WORDS,
      'сумм~',
      'сумм~ одного',
      'оборот~',
      'трат~',
      'потрат~',
      'потрач~',
      'расход~',
      'выручк~',
      'денег',
      'деньги',
      'стоимост~',
      'объем~',
    ],
    { kind: 'amount' },
  ),
  e(
    [
      'check',
      'checks',
      'cheque',
      'cheques',
      'ticket',
      'tickets',
      'ticket size',
      'ticket sizes',
      // "average ticket price" (of airline tickets): what one was paid
      'ticket price',
      'ticket prices',
      // "the average taxi fare (MCC 4121)": what one ride was paid
      'fare',
      'fares',
      'check size',
      'check sizes',
      // chat shorthand: "avg tkt"
      'tkt',
      'tkts',
      // "avg chk by month" (search-box shorthand)
      'chk',
      'basket',
      // "average grocery bill" (what was paid); "bills" alone are bill payments
      'bill',
      'bill size',
      'bill sizes',
      'чек~',
      // «средний тикет» (the average ticket); «для тикета» is a ticket of work, an aside
      'тикет~',
    ],
    { kind: 'check' },
  ),
  // («samsung pay орт. чек»: the Kazakh «орташа» shortened, in a question with no Kazakh letter to tell it)
  e(['average', 'avg', 'mean', 'on average', 'средн~', 'в среднем', 'орт'], { kind: 'aggregate', fn: 'avg' }),
  // «среднедневной оборот» (the average daily turnover): the unit is read by the per-period pass.
  e(['среднедневн~', 'среднесуточн~', 'средненедельн~', 'среднемесячн~'], { kind: 'aggregate', fn: 'avg' }),
  e(['median', 'медиан~'], { kind: 'aggregate', fn: 'median' }),
  // "the typical (median) withdrawal": the median said in brackets names what "typical" means
  e(['typical median'], { kind: 'aggregate', fn: 'median' }),
  // "90th percentile", «90-й перцентиль», "25th, 50th and 75th percentiles": the numbers before say which.
  e(
    [
      'percentile',
      'percentiles',
      'pctile',
      'pctl',
      'quantile',
      'quantiles',
      'перцентил~',
      'процентил~',
      'квантил~',
    ],
    {
      kind: 'aggregate',
      fn: 'percentile',
    },
  ),
  // "quartiles of the amount", «квартили суммы»: the 25th, 50th and 75th percentiles.
  e(['quartiles', 'квартил~'], { kind: 'aggregate', fn: 'percentile', ps: [0.25, 0.5, 0.75] }),
  // "the first (lower) quartile", «третий квартиль», "first and third quartiles": the quartiles named.
  e(['first quartile', '1st quartile', 'lower quartile', 'перв~ квартил~', 'нижн~ квартил~'], {
    kind: 'aggregate',
    fn: 'percentile',
    ps: [0.25],
  }),
  e(['second quartile', '2nd quartile', 'втор~ квартил~'], {
    kind: 'aggregate',
    fn: 'percentile',
    ps: [0.5],
  }),
  e(['third quartile', '3rd quartile', 'upper quartile', 'трет~ квартил~', 'верхн~ квартил~'], {
    kind: 'aggregate',
    fn: 'percentile',
    ps: [0.75],
  }),
  e(
    [
      'first and third quartiles',
      '1st and 3rd quartiles',
      'lower and upper quartiles',
      'перв~ и трет~ квартил~',
      'нижн~ и верхн~ квартил~',
    ],
    { kind: 'aggregate', fn: 'percentile', ps: [0.25, 0.75] },
  ),
  // "txn qty": the quantity of the noun before it.
  e(['qty'], { kind: 'count', strength: 'strong', after: true }),
  // («төлемдердің минимумы, медианасы және максимумы»: the Kazakh possessive, «минимумы», too)
  e(['minimum', 'min', 'minimal', 'минимальн~', 'минимум', 'минимумы', 'мин'], {
    kind: 'aggregate',
    fn: 'min',
  }),
  // «ср. сумма», «ср. чек»: the Russian abbreviation of «средний».
  e(['ср'], { kind: 'aggregate', fn: 'avg' }),
  e(['maximum', 'max', 'maximal', 'максимальн~', 'максимум', 'максимумы', 'макс'], {
    kind: 'aggregate',
    fn: 'max',
  }),
  e(
    [
      'largest',
      'biggest',
      // "the most big one operation": second-language English, as «самая большая»
      'most big',
      'the most big',
      'most large',
      'the most large',
      'highest',
      'greatest',
      'most',
      'the most',
      'крупнейш~',
      'сам~ крупн~',
      'сам~ больш~',
      'сам~ высок~',
      'больше всего',
      'больше всех',
      'сильнее всего', // «где сильнее всего вырос оборот»
      'быстрее всего', // «какой банк рос быстрее всего»
      'наибольш~',
      'лидер~',
      'лидирует',
      'лидируют',
      'лидирова~',
      // "which bank led ECOM turnover"
      'led',
      'leads',
      // "does Almaty lead all cities on count", "the leading bank"
      'lead',
      'leading',
      // "the strongest weekday for POS volume"
      'strongest',
      'сам~ сильн~',
    ],
    { kind: 'superlative', direction: 'desc', impliesCount: false },
  ),
  e(
    [
      'most popular',
      'popular',
      // "which currencies did people pay in most often": the most payments
      'most often',
      'most frequently',
      'most frequent',
      'most common',
      'busiest',
      // "which weekday is heaviest for ATM withdrawals" (the most of them)
      'heaviest',
      'most active',
      'the most active',
      'peak',
      'сам~ популярн~',
      'популярн~',
      'чаще всего',
      'сам~ загруженн~',
      // («самый загруженый»: one «н» lost)
      'сам~ загруженый',
      'сам~ загруженая',
      'сам~ загруженое',
      'сам~ загруженые',
      'сам~ активн~',
      'наиболее активн~',
      'наиболее загруженн~',
      'пиков~',
      'пик',
      'в пик',
    ],
    {
      kind: 'superlative',
      direction: 'desc',
      impliesCount: true,
    },
  ),
  e(
    [
      'smallest',
      'most small',
      'lowest',
      'least',
      'fewest',
      'the least',
      'наименьш~',
      'меньше всего',
      'меньше всех',
      'сам~ маленьк~',
      'сам~ мелк~',
      'сам~ низк~',
      'сам~ мал~',
      'weakest',
      'сам~ слаб~',
    ],
    { kind: 'superlative', direction: 'asc', impliesCount: false },
  ),
  e(
    [
      'least popular',
      'quietest',
      'least active',
      'the least active',
      'least busy',
      'сам~ непопулярн~',
      'непопулярн~',
      'реже всего',
      'наименее активн~',
      'наименее загруженн~',
      'наименее популярн~',
      'наименее востребованн~',
      'сам~ тих~',
      'сам~ спокойн~',
    ],
    {
      kind: 'superlative',
      direction: 'asc',
      impliesCount: true,
    },
  ),
  e(['top', 'топ', 'лучш~', 'leading', 'best'], { kind: 'top', direction: 'desc' }),
  // "desc, limit 10": the number of rows (only with a number after it; see the top pass)
  e(['limit'], { kind: 'top', direction: 'desc' }),
  // «тройка лидеров», «пятёрка», «десятка мерчантов» (a group of three, five, ten: the top N).
  e(['тройка', 'тройку', 'тройке', 'тройка лидеров', 'тройку лидеров'], {
    kind: 'top',
    direction: 'desc',
    n: 3,
  }),
  e(['пятерка', 'пятерку', 'пятерке', 'пятерка лидеров', 'пятерку лидеров'], {
    kind: 'top',
    direction: 'desc',
    n: 5,
  }),
  e(['десятка', 'десятку', 'десятке', 'десятка лидеров', 'десятку лидеров'], {
    kind: 'top',
    direction: 'desc',
    n: 10,
  }),
  e(['bottom', 'worst', 'худш~', 'антитоп'], { kind: 'top', direction: 'asc' }),
  // «какие три города замыкают рейтинг» (close the ranking): the last ones
  e(['замыка~ рейтинг~', 'замыка~ список~'], { kind: 'top', direction: 'asc' }),
  e(
    [
      'share',
      'shares',
      'fraction',
      // "contactless penetration among POS purchases", «проникновение кошельков»: the part's share
      'penetration',
      'проникновени~',
      // «пенетрация QR в POS»: the same, as product teams say it
      'пенетраци~',
      'structure',
      'percentage',
      'percentages',
      'percent',
      'proportion',
      'portion',
      'mix',
      'микс~',
      'market share~',
      'доля рынка',
      'долю рынка',
      'доли рынка',
      'долей рынка',
      'нарықтағы үлес~',
      'composition',
      '%',
      'доля',
      'долю',
      'доли',
      'долей',
      'долям',
      'доле',
      'процент~',
      'удельн~ вес~',
      // "the specific weight of ECOM transactions in …": «удельный вес» translated word for word
      'specific weight',
      'структур~',
      // "what part of salary credits …", «какая часть оборота … пришлась на выходные», «қанша бөлігі»
      'what part',
      'which part',
      'какая часть',
      'какую часть',
      'какой частью',
      'қанша бөлігі',
      'қандай бөлігі',
    ],
    { kind: 'share' },
  ),
  e(['among', 'of all', 'out of all', 'среди', 'из всех', 'от всех', 'от общего числа', 'от общей суммы'], {
    kind: 'shareBase',
  }),
  e(
    [
      'stack up against',
      'stacks up against',
      'stacked up against',
      // "did Nov 2026 turnover beat Nov 2025?", «Алматы обогнала Астану?»: set against it
      ...BEAT_VERBS,
      'vs',
      // ("Shymkent v Karaganda: …": the lawyer's "v", as "vs")
      'v',
      'versus',
      'compare',
      'compared',
      'comparing',
      'comparison',
      'compared to',
      'compared with',
      'against',
      'сравн~',
      'по сравнению с',
      'по отношению к',
      'по отношению ко',
      'по сравнению со',
      'относительно',
      'сопостав~',
      'сопоставлени~',
      'против',
    ],
    { kind: 'compare' },
  ),
];

/**
 * Stop words that introduce the part a share is of: "what % of spend in Almaty *is* groceries",
 * «какой процент трат *приходится на* продукты», «какую долю оборота *составляют* такси».
 */
/**
 * "was spent at foreign merchants": the money's participle after a share's predicate (Russian «потрачено»
 * is a stop word, stepped over already).
 */
export const SPENT_PARTICIPLES: readonly string[] = ['spent'];
export const SHARE_PREDICATES: readonly string[] = [
  'goes',
  // ("What % of Apple Pay volume in Nov 2026 landed on MCC 5411?")
  'landed',
  'lands',
  // "… took place between 18:00 and 22:59"
  'took',
  'take',
  'takes',
  'занимал',
  'занимала',
  'занимали',
  'занял',
  'заняла',
  'заняли',
  'проведена',
  'проведены',
  'проведено',
  'happened',
  'happen',
  'happens',
  'occurred',
  'occur',
  'occurs',
  'fell',
  'fall',
  'falls',
  'account',
  'accounted',
  'is',
  'are',
  'was',
  'were',
  'had',
  'has',
  'have',
  'paid',
  'made',
  // "what percentage of Kaspi POS transactions used QR"
  'used',
  'use',
  'uses',
  'go',
  'went',
  // «какой % ECOM-операций ушёл зарубежным эквайерам» (went to)
  'ушел',
  'ушла',
  'ушло',
  'ушли',
  'comes',
  'come',
  'came',
  'приходится',
  'приходиться', // the common misspelling
  'был',
  'была',
  'были',
  'было',
  'пришлось',
  'пришлась',
  'пришлись',
  'пришелся',
  'прошла',
  'прошли',
  'прошёл',
  'прошел',
  'прошло',
  'прошло',
  'проходит',
  'проходят',
  'проходили',
  'пришёлся',
  'пришлась',
  'составляет',
  'составляют',
  'составил',
  'составила',
  'составило',
  'составили',
  'занимает',
  'занимают',
  // «какая доля покупок … оплачена через телефон» (what share of purchases was paid by phone)
  'оплачена',
  'оплачены',
  'оплачено',
  'оплачен',
  // «Какой процент оплат такси … сделан через Apple Pay?», «… совершена онлайн» (made, carried out)
  'сделан',
  'сделана',
  'сделано',
  'сделаны',
  'совершен',
  'совершён',
  'совершена',
  'совершено',
  'совершены',
  'проведен',
  'проведён',
  // «Из карт Kaspi …, какая доля платила по QR?» (what share paid by QR), «… пользовались Apple Pay»
  'платил',
  'платила',
  'платили',
  'платило',
  'расплачивались',
  'расплачивалась',
  'расплачивался',
  'расплатились',
  'пользовались',
  'пользовалась',
  'использовали',
];

/**
 * Verbs whose subject is a share's part: "Did Apple Pay account for more than 40% of contactless
 * payments?", "… make up …", "… represent …". Stop words, like SHARE_PREDICATES.
 */
export const SUBJECT_SHARE_VERBS: readonly string[] = [
  'account',
  'accounts',
  'accounted',
  // (only before "up": "make up", "made up")
  'make',
  'makes',
  'made',
  'represent',
  'represents',
  'represented',
];

/** "make" says a share's part only as "make up". */
export const MAKE_VERBS: readonly string[] = ['make', 'makes', 'made'];

/** A share word that only says "in percent" («пайыз»). */
export const PERCENT_WORD = /%|percent|процент|пайыз/;
/**
 * Share words that name a breakdown as much as a share: "wallet mix", «структура оборота». With a
 * measure named after them in a clause of its own ("BCC wallet mix - number of payments per wallet")
 * and no other share word, they name the breakdown and the measure is what is shown.
 */
export const MIX_WORDS = /^(mix|микс|composition|structure|структур)/;

/**
 * Kazakh verbs after a share's part: «POS төлемдерінің қанша пайызы контактісіз болды» (what percent
 * of POS payments were contactless), «… QR арқылы жасалды».
 */
export const KAZAKH_SHARE_PREDICATES: readonly string[] = [
  // «… неше пайызы Алматыға тиесілі» (what percent of … belongs to Almaty)
  'тиесілі',
  'болды',
  'болған',
  'болады',
  'болатын',
  'жасалды',
  'жасалған',
  'өтті',
  'келді',
  'келеді',
];

/**
 * Verbs of paying money that make "how much" an amount when they follow it: «сколько заплатили за
 * бензин», «сколько в среднем платят», «жанармайға қанша төледі», «орташа қанша төлейді». Alone they
 * stay stop words («сколько клиентов платят Apple Pay» counts cards).
 */
export const MONEY_VERBS: readonly string[] = [
  'заплатили',
  'заплатил',
  'заплатила',
  'заплатят',
  'платят',
  'платили',
  'платит',
  'платил',
  'платила',
  'төледі',
  'төлейді',
  'төледік',
  'төлеген',
  'төлепті',
  'төленді',
  'төленеді',
];

/**
 * Words for the amount of one payment (not a total): "the smallest and largest amount by category",
 * «ең кіші және ең үлкен сома» ask for the extremes of single payments in each group.
 */
export const PAYMENT_AMOUNT_WORDS: readonly string[] = [
  'amount',
  'amounts',
  // the column's own name, "largest single transaction_amount_kzt per transaction_type"
  'transaction amount kzt',
  'amount kzt',
  'amt',
  'ticket',
  'сумма',
  'суммы',
  'сумму',
  'чек',
  'сома',
  'сомасы',
  'сомасын',
  'сомалары',
];

/**
 * Superlatives of a quantity ("the most transactions", «меньше всего операций»), not of a size ("the
 * least" and Kazakh «ең аз», «ең көп» are either: «ең аз жалақы» is the smallest salary).
 */
export const QUANTITY_SUPERLATIVES: readonly string[] = [
  'most',
  'the most',
  'fewest',
  'the fewest',
  'больше всего',
  'меньше всего',
];

/** Superlatives of a quantity or of a size, by what follows: «ең көп транзакция», «ең көп жалақы». */
export const EITHER_SUPERLATIVES: readonly string[] = ['ең көп', 'ең аз'];

/** "instead of", «вместо», «орнына»: before a measure that is not wanted. */
export const INSTEAD_WORDS: readonly string[] = ['instead', 'instead of', 'rather than', 'вместо', 'орнына'];

/** "bill" / "bills" after a place: the check paid there. */
export const BILL_WORDS: readonly string[] = ['bill', 'bills'];

/** Nouns of money after "card" ("card spend"); never a verb ("which cards spent the most"). */
export const SPEND_NOUNS: readonly string[] = ['spend', 'spending', 'turnover', 'volume', 'volumes'];

/** Plural names of one figure each: "counts", "totals". */
export const PLURAL_FIGURES: readonly string[] = ['counts', 'totals', 'amounts', 'sums', 'volumes'];

/** Superlatives of how many, not of how large: "the most transactions in dollars" counts them. */
export const MOST_WORDS: readonly string[] = ['most', 'the most', 'больше всего', 'больше всех', 'ең көп'];
/** The columns whose value right after "the most" is the payments counted ("the most ECOM", «больше всего QR»). */
export const KINDS_COUNTED_AFTER_MOST: readonly string[] = [
  'transaction_type',
  'pos_entry_mode',
  'wallet_type',
];

/** Words of ranking: a verb of ordering the groups, or the noun of one group's place. */
export const RANK_WORDS: readonly string[] = [
  'rank',
  'ranked',
  'ranking',
  'ранжируй',
  'ранжируйте',
  'ранжировать',
  'проранжируй',
  'проранжируйте',
  'проранжировать',
  'рейтинг',
  'рейтингі',
  'ранжирлеп',
  'ранжирлеңіз',
  'ранжирла',
  'ранжирле',
];

/** Before or after "rank", words that make it one group's place: "its rank", "rank of Kaspi", "what rank". */
export const RANK_OWNERS: readonly string[] = ['its', 'their', 'what', 'which', 'of', 'место'];

/** Kazakh words for "first" that open a top N before a number: «алғашқы үш ел» (the first three). */
export const FIRST_N: readonly string[] = ['алғашқы', 'алдыңғы'];

/** Russian and English words for "first" that open a top N when the question says the order too. */
export const ORDERED_FIRST_N: readonly string[] = ['первые', 'первых', 'first'];

/** "its", «его», «оның»: the share of what the first clause measured. */
export const ITS_WORDS: readonly string[] = ['its', 'их', 'его', 'её', 'ее', 'оның', 'олардың'];
/** "its own", «его собственном», «өз»: after a share, the whole is each group's own. */
export const OWN_WORDS: readonly string[] = [
  'own',
  'собственном',
  'собственного',
  'собственной',
  'своем',
  'своих',
  'өз',
  'өзінің',
];

/** «у Jusan … доля в обороте POS»: before a value, it owns the share, as "Jusan's share" does. */
export const HAS_SHARE_BEFORE: readonly string[] = ['у'];

/**
 * "that city's total", «данного города», «сол қаладағы»: before the column word of the rows, the whole of
 * a share is each group's own (as "its own" says).
 */
export const THAT_GROUP_WORDS: readonly string[] = [
  'that',
  'of that',
  'данного',
  'данной',
  'этого',
  'этой',
  'того',
  'той',
  'сол',
];

/** "them", «их»: the payments of the sentence before, counted in "how many of them in all". */
export const THEM_WORDS: readonly string[] = ['them', 'их', 'олардың', 'олар'];

/** Verbs that spread a whole over the groups: "went to each category", «пришлось на каждый банк». */
export const SPREAD_VERBS: readonly string[] = [
  'went',
  'go',
  'goes',
  'came',
  'comes',
  'пришлось',
  'приходится',
  'пришлась',
  'пришёлся',
  'пришелся',
  'пришлись',
  'приходятся',
];

/**
 * Kazakh participles between a share's part and its noun: «… арқылы өткен операциялар» (operations that went
 * through …).
 */
export const SHARE_PARTICIPLES: readonly string[] = ['өткен', 'жасалған', 'төленген'];

/** Market share: whose share it is, the owner heading the question, says the part. */
export const MARKET_SHARE = /market|рынка|рынок|нарық/;

/** "Of the POS payments made in …, what % …", «Из POS-платежей …»: the whole named first. */
export const WHOLE_FIRST_WORDS: readonly string[] = ['of', 'из'];

/** "of" right after a share word ("X as a % of Y", «X в % от Y»): what follows is the whole. */
export const SHARE_OF_WORDS: readonly string[] = ['of', 'от'];

/** Words that may join a share's noun to its part: "of", "in", «в», «с». */
export const PART_LINKS: readonly string[] = [
  'of',
  'the',
  'in',
  // ("% of transactions in a foreign currency")
  'a',
  'an',
  'with',
  'their',
  'its',
  'that',
  'which',
  'were',
  'was',
  'в',
  'во',
  'с',
  'со',
];

/** "for", «для»: before a value, whose transactions a share is taken of. */
export const FOR_WORDS: readonly string[] = ['for', 'для'];

/** Share words in the plural ("shares", «доли», «үлестері»): a share for each value listed. */
export const PLURAL_SHARES: readonly string[] = ['shares', 'доли', 'долей', 'үлестері', 'үлестерін'];

/** "split", "between": a share over a list of values is each one's share. */
export const SHARE_SPLIT_WORDS: readonly string[] = ['split', 'between'];

/** Words before the change in %: it comes in addition to both periods ("+ growth %", "plus the % change"). */
/** The plus sign and its words: "count + total". */
export const PLUS_WORDS: readonly string[] = ['+', 'plus', 'плюс'];
export const ADDING_WORDS: readonly string[] = [
  ...PLUS_WORDS,
  'also',
  'with',
  // (shorthand: "…, w % change", "w/ % chg")
  'w',
  'также',
  'с',
  'со',
  // («сравнение объёма … с указанием изменения в процентах», "…, indicating the change in percent": the
  // officialese "with" — the change comes beside both figures.)
  'с указанием',
  'indicating',
];

/** Words after the change in %: it comes in addition ("… the percentage change too"). */
export const TOO_WORDS: readonly string[] = ['too', 'also', 'тоже', 'также'];
/** Words that add a figure to one already asked: "…, with the total amount too", «плюс общая сумма». */
export const ALSO_WORDS: readonly string[] = [...TOO_WORDS, ...PLUS_WORDS, 'ещё', 'еще'];

/** "minus", «минус»: in "October minus September" the period before the word is the one subtracted from. */
export const MINUS_WORDS: readonly string[] = ['minus', 'минус'];

/** "how much more", "how much bigger", "how many more": the difference asked (a comparison's output). */
export const HOW_MUCH_MORE: readonly string[] = [
  'how much more',
  'how much bigger',
  'how much larger',
  'how much higher',
  'how much greater',
  'how many more',
];

/**
 * "how many more … in week 47 than in week 48", «на сколько больше … в октябре, чем в сентябре»,
 * «қарашада қазанға қарағанда қанша көп»: with "than", the difference is of the period said first, as
 * "minus" makes it.
 */
export const MORE_THAN_WORDS: readonly string[] = [
  ...HOW_MUCH_MORE,
  'на сколько больше',
  'насколько',
  'на сколько',
  ...KAZAKH_MORE_OR_FEWER,
];

/** «ровно на 5 000 тенге» (for exactly 5 000): the only word that may stand between "exactly" and its amount. */
export const EXACT_LINKS: readonly string[] = ['на'];

/** "record" and «рекордный» before a period word: its largest ("the record day", «рекордный месяц»). */
export const RECORD_WORDS: readonly string[] = [
  'record',
  'рекордный',
  'рекордная',
  'рекордное',
  'рекордным',
  'рекордной',
  'рекордного',
  'рекордтық',
  'рекордты',
];

/** Russian words of turnover, the total of the amounts: «оборот», «оборота», «обороту». */
export const TURNOVER_STEMS: readonly string[] = ['оборот'];

/** "exactly", «ровно», «тура», «дәл»: the amount said is the only one. */
export const EXACT_WORDS: readonly string[] = ['exactly', 'precisely', 'ровно', 'тура', 'дәл'];

/** A number's unit that makes it per cent, no money: "5%", "5 percent", «5 процентов», «5 пайыз». */
export const PERCENT_SIGNS: readonly string[] = [
  '%',
  'percent',
  'pct',
  'процент',
  'процентов',
  'процента',
  'пайыз',
  'пайызға',
];

/** «…, всего», «…, итого» ending a question after a count: "in all", no sum of its own. */
export const IN_ALL_WORDS: readonly string[] = ['всего', 'итого', 'барлығы'];

/** A payment's size said with no aggregate ("ticket size by hour"): its average. */
export const CHECK_SIZE_WORDS: readonly string[] = [
  'ticket size',
  'ticket sizes',
  'check size',
  'check sizes',
  'bill size',
  'bill sizes',
];

/**
 * A place in a ranking (passes/positions.ts): "the second place", «на третьем месте», «екінші орында»;
 * the plural before or after a range of places: "positions 4 to 6", «места с 3-го по 5-е», «4–6
 * орындағы». Read only beside a place's number.
 */
export const PLACE_WORDS: readonly string[] = [
  'place',
  'places',
  'position',
  'positions',
  'spot',
  'spots',
  'месте',
  'место',
  'места',
  'местах',
  'позиции',
  'позиция',
  'орын',
  'орында',
  'орындағы',
  'орындарда',
  'орындардағы',
  'орнында',
];

/**
 * Verbs of standing at a place of a ranking, read with the place: "ranks fifth", "lands in 4th place",
 * «занимают места с 3-го по 5-е», «стоит на втором месте», «екінші орында тұр».
 */
export const PLACE_VERBS: readonly string[] = [
  'ranks',
  'ranked',
  'stands',
  'lands',
  'sits',
  'занимает',
  'занимают',
  'занимала',
  'занимал',
  'занимали',
  'стоит',
  'стоят',
  'тұр',
  'тұрған',
  'тұрды',
];

/**
 * The place one value holds, asked (passes/positions.ts, readPlaceOfValue): "what rank is Shymkent",
 * "where does Jusan Bank rank / stand", "what is Halyk's position", «на каком месте Шымкент»,
 * «Өскемен нешінші орында». The asking words, and the words of a place asked with them.
 */
export const PLACE_ASKING_WORDS: readonly string[] = ['what', 'where', 'каком', 'нешінші'];
export const PLACE_ASKED_WORDS: readonly string[] = [
  'rank',
  'ranks',
  'stand',
  'stands',
  'position',
  'place',
  'месте',
  'орында',
  'орнында',
];

/** «вторая по величине оборота»: "by size" of the measure after it, with a place of a ranking. */
export const BY_SIZE_WORDS: readonly string[] = ['величине'];
