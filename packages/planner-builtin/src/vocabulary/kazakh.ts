import type { VocabularyEntry } from '../meaning.js';
import { bucket, dim, e, num, unit, value, valueNoun } from './entry.js';

/** The genitive endings: «банктің», «картаның». */
const KAZAKH_GENITIVE_ENDINGS: readonly string[] = ['ның', 'нің', 'дың', 'дің', 'тың', 'тің'];

/** «… деген рас па?», «… рас па?» (is it true that …): a stop phrase that makes the claim a yes/no question. */
export const KAZAKH_IS_IT_TRUE: readonly string[] = [
  'рас па',
  'рас ба',
  'деген рас па',
  'деген рас ба',
  'екені рас па',
];

/**
 * Kazakh inflectional suffixes, stripped (in chains, longest first) by `kazakhStems`: plural,
 * possessive, case (genitive, dative, accusative, locative, ablative, instrumental), the
 * adjectival -ғы/-дағы, participles and the polite imperative. Negation (-ма/-ме…) is deliberately
 * absent: "есептемегенде" (not counting) must not read as "есепте" (count).
 */
export const KAZAKH_SUFFIXES: readonly string[] = [
  // plural
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  // possessive
  'ымыз',
  'іміз',
  'ыңыз',
  'іңіз',
  'мыз',
  'міз',
  'ңыз',
  'ңіз',
  'сы',
  'сі',
  'ы',
  'і',
  // genitive
  ...KAZAKH_GENITIVE_ENDINGS,
  // dative
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  // accusative
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'н',
  // locative and the locative adjective
  'да',
  'де',
  'та',
  'те',
  'нда',
  'нде',
  'дағы',
  'дегі',
  'тағы',
  'тегі',
  'ндағы',
  'ндегі',
  // ablative
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  // instrumental
  'мен',
  'бен',
  'пен',
  'нен',
  // adjectival -ғы (кешегі, биылғы)
  'ғы',
  'гі',
  'қы',
  'кі',
  // participles and verbal nouns (жұмсалған, жасалған, төленген)
  'ған',
  'ген',
  'қан',
  'кен',
  'атын',
  'етін',
  'йтын',
  'йтін',
  'у',
  // past tense
  'ды',
  'ді',
  'ты',
  'ті',
  // polite imperative
  'ыңыз',
  'іңіз',
  'ңыз',
  'ңіз',
];

/**
 * Kazakh phrases → meanings. Every word is a stem: it matches any form `kazakhStems` reads as that
 * stem ("аптада", "аптадағы" → апта), so no endings are listed. Only used when the question is
 * Kazakh; loanwords and names in Latin script still come from VOCABULARY.
 */
export const KAZAKH_VOCABULARY: readonly VocabularyEntry[] = [
  // «қандай енгізу тәсілдері кездеседі?» (which entry modes occur): the values of a column that occur.
  e(['кездеседі', 'кездесті', 'кездескен'], { kind: 'occurs' }),
  // ── values ──────────────────────────────────────────────────────────────────────────────────
  e(['алматы'], value('merchant_city', 'Almaty')),
  e(['астана'], value('merchant_city', 'Astana')),
  e(['шымкент'], value('merchant_city', 'Shymkent')),
  e(['қарағанды'], value('merchant_city', 'Karaganda')),
  e(['ақтөбе'], value('merchant_city', 'Aktobe')),
  e(['тараз'], value('merchant_city', 'Taraz')),
  e(['павлодар'], value('merchant_city', 'Pavlodar')),
  e(['өскемен'], value('merchant_city', 'Oskemen')),
  e(['халық', 'халық банк'], value('issuer_bank_name', 'Halyk Bank')),
  e(['каспи', 'каспи банк'], value('issuer_bank_name', 'Kaspi Bank')),
  e(['форте', 'фортебанк', 'форте банк'], value('issuer_bank_name', 'ForteBank')),
  e(['жусан', 'жусан банк'], value('issuer_bank_name', 'Jusan Bank')),
  e(['еуразия банк', 'еуразиялық банк', 'евразиялық банк'], value('issuer_bank_name', 'Eurasian Bank')),
  e(
    ['азық түлік', 'азық', 'супермаркет', 'дүкен азық түлік'],
    value('mcc_category', 'Grocery & Food Markets'),
  ),
  // (and the Russian «аптека» with Kazakh endings: «аптекалардағы»)
  e(['дәріхана', 'дәрі', 'денсаулық', 'аптека'], value('mcc_category', 'Pharmacies & Health')),
  e(['мейрамхана', 'кафе', 'тамақтану', 'ресторан'], value('mcc_category', 'Dining & Restaurants')),
  e(['киім', 'аяқ киім', 'киім кешек'], value('mcc_category', 'Clothing & Apparel')),
  e(
    [
      'электроника',
      'бағдарламалық жасақтама',
      'бағдарламалық қамтамасыз ету',
      'электроника мен бағдарламалық жасақтама',
      'электроника және бағдарламалық қамтамасыз ету',
    ],
    value('mcc_category', 'Electronics & Software'),
  ),
  e(
    [
      'жанармай',
      'жанар жағармай',
      'бензин',
      // the Russian loanword in Kazakh endings: «заправкаларға», «заправкадағы»
      'заправка',
      'автозаправка',
      'жанармай құю бекет',
      'жанармай құю станция',
      // ЖҚС, the abbreviation of «жанармай құю станциясы» («ЖҚС-тарда»)
      'жқс',
      'жанармай бекет',
      'жанармай станция',
      'автожанармай құю станция',
      'ажқс',
      'ажс',
      'жқс',
    ],
    value('mcc_category', 'Fuel & Service Stations'),
  ),
  e(['саяхат', 'көлік', 'туризм'], value('mcc_category', 'Travel & Transportation')),
  e(['коммуналдық қызмет', 'коммуналдық'], value('mcc_category', 'Utilities & Bill Payments')),
  e(['жиһаз', 'үй жиһаз', 'үй тауар'], value('mcc_category', 'Home Furnishings & Supplies')),
  e(['кітап', 'спорт', 'хобби'], value('mcc_category', 'Hobby, Books, Sporting Goods')),
  // The money noun of "ақша алынды" (money was withdrawn) stays a measure word: «қанша ақша» = how much.
  e(
    [
      'қолма қол ақша алу',
      'қолма қол ақша шешу',
      'ақша алу',
      'ақша шешу',
      'ақша шешеді',
      'шешу',
      // «банкоматтан ақша алған карталар» (the cards that withdrew cash)
      'ақша алған',
      'ақша алды',
      'ақша шешкен',
      'ақша шешті',
      // «ақша шешілді», «шешілген ақша сомасы» (money was withdrawn, the withdrawn money): the passive
      // of the same verb — it was a stop word, and the withdrawals left unfiltered.
      'ақша шешіл',
      'шешілген ақша',
      'шешілген қолма қол ақша',
    ],
    valueNoun('transaction_type', 'ATM_WITHDRAWAL'),
  ),
  // «банкоматтан наличка алынды», «наличка алу» (cash taken out): the Russian colloquial word, as Kazakh
  // speakers borrow it.
  e(
    ['наличка', 'наличка алу', 'наличка алынды', 'наличка алған', 'наличка алды', 'наличка шешу'],
    valueNoun('transaction_type', 'ATM_WITHDRAWAL'),
  ),
  e(['банкомат', 'қолма қол'], value('transaction_type', 'ATM_WITHDRAWAL')),
  e(['онлайн', 'интернет'], value('transaction_type', 'ECOM')),
  // («P2P переводтар», transfers: the Russian word with Kazakh endings.)
  e(['аударым', 'перевод'], valueNoun('transaction_type', 'P2P_IN', 'P2P_OUT')),
  e(['аудар'], value('transaction_type', 'P2P_IN', 'P2P_OUT')),
  e(['кіріс аударым', 'келген аударым'], valueNoun('transaction_type', 'P2P_IN')),
  e(['кіріс'], value('transaction_type', 'P2P_IN')),
  e(['шығыс аударым', 'жіберілген аударым'], valueNoun('transaction_type', 'P2P_OUT')),
  e(['жалақы төлем', 'жалақы түсім', 'жалақы аударым'], valueNoun('transaction_type', 'SALARY')),
  e(['жалақы', 'еңбекақы'], valueNoun('transaction_type', 'SALARY')),
  e(['шот төлем', 'шоттар төлем', 'шот төле', 'шоттар төле'], valueNoun('transaction_type', 'BILL_PAYMENT')),
  e(['контактсыз', 'контактісіз', 'байланыссыз'], value('pos_entry_mode', 'Contactless')),
  e(['магниттік жолақ', 'магнит жолақ'], value('pos_entry_mode', 'Swipe')),
  // «бүгін қазірге дейін» (today up to now): today so far, which "today" already is.
  e(['қазірге дейін', 'осы уақытқа дейін'], { kind: 'stop' }),
  // «ең ірі бір реттік транзакция» (the largest single transaction); «бүгін таңнан бері» (today, since the morning)
  e(['бір реттік'], { kind: 'stop' }),
  // «(кіріс пен шығыс бірге)»: incoming and outgoing together, which a total over both types is.
  e(['кіріс пен шығыс', 'кіріс және шығыс'], { kind: 'stop' }),
  e(['трансшекаралық', 'кросс бордер'], {
    kind: 'notValue',
    column: 'acquirer_country_iso',
    values: ['KAZ'],
  }),
  e(['qr код', 'кьюар'], value('pos_entry_mode', 'QR_Code')),
  e(['қазақстан', 'ел іші', 'ішкі', 'отандық'], value('acquirer_country_iso', 'KAZ')),
  // «валюталық төлемдер» (currency payments), «валютамен қанша операция» (how many in currency): in a
  // foreign currency.
  e(['валюталық', 'валютамен='], { kind: 'notValue', column: 'transaction_currency', values: ['KZT'] }),
  e(['шетел валюта', 'шетелдік валюта', 'шетел валютасы'], {
    kind: 'notValue',
    column: 'transaction_currency',
    values: ['KZT'],
    namesColumn: true,
  }),
  e(['шетелдік', 'шекара сырт', 'халықаралық'], {
    kind: 'notValue',
    column: 'acquirer_country_iso',
    values: ['KAZ'],
  }),
  // («қай шет елде», in which foreign country: the noun names the countries too.)
  e(['шетел', 'шет ел'], {
    kind: 'notValue',
    column: 'acquirer_country_iso',
    values: ['KAZ'],
    namesColumn: true,
  }),
  e(['түркия'], value('acquirer_country_iso', 'TUR')),
  e(['қытай'], value('acquirer_country_iso', 'CHN')),
  e(['грузия'], value('acquirer_country_iso', 'GEO')),
  e(['италия'], value('acquirer_country_iso', 'ITA')),
  e(['өзбекстан'], value('acquirer_country_iso', 'UZB')),
  e(['қырғызстан'], value('acquirer_country_iso', 'KGZ')),
  e(['армения'], value('acquirer_country_iso', 'ARM')),
  e(['беларусь'], value('acquirer_country_iso', 'BLR')),
  e(['ақш', 'америка'], value('acquirer_country_iso', 'USA')),
  // «теңгелік айналым» (turnover in tenge)
  // («тенгеден», «тенгемен»: typed without the Kazakh letter.)
  e(['теңге', 'теңгелік', 'тенге'], { kind: 'currencyUnit' }),
  e(
    [
      'бастапқы валюта',
      'бастапқы сома',
      'түпнұсқа валюта',
      'операция валюта',
      'өз валюта',
      'сол валюта',
      // «валютаның өзінде» (in the currency itself)
      'валюта өз',
      // «сомның өзімен» (in the som itself)
      'өзімен',
    ],
    { kind: 'originalAmount' },
  ),
  e(['доллар', 'ақш доллар', 'америка доллар'], value('transaction_currency', 'USD')),
  // «белорус рублімен» (in Belarusian roubles)
  e(['белорус рубль', 'белорус рублі'], value('transaction_currency', 'BYN')),
  // («еуролық», «юаньдік»: the adjective, which the stemmer leaves after a vowel or a soft sign)
  e(['еуро', 'еуролық', 'евро'], value('transaction_currency', 'EUR')),
  e(['юань', 'юаньдік', 'юандық'], value('transaction_currency', 'CNY')),
  e(['лира'], value('transaction_currency', 'TRY')),
  e(['сом'], value('transaction_currency', 'KGS')),
  // «сумдағы (UZS)»: the Uzbek sum.
  e(['сум'], value('transaction_currency', 'UZS')),
  // «түрік лирасымен», «қырғыз сомымен», «өзбек сомымен»: the currency's country names it (Turkish
  // lira, not payments in Turkey).
  e(['түрік лира', 'түркия лира'], value('transaction_currency', 'TRY')),
  e(['қырғыз сом', 'қырғызстан сом'], value('transaction_currency', 'KGS')),
  e(['өзбек сом', 'өзбек сум', 'өзбекстан сом', 'өзбекстан сум'], value('transaction_currency', 'UZS')),
  e(['грузин лари', 'грузия лари'], value('transaction_currency', 'GEL')),
  // ── dimensions ──────────────────────────────────────────────────────────────────────────────
  e(['санат', 'категория', 'mcc санат', 'mcc категория'], dim('mcc_category')),
  e(['қала'], dim('merchant_city')),
  e(['банк'], dim('issuer_bank_name')),
  e(['транзакция түр', 'операция түр', 'төлем түр', 'түр'], dim('transaction_type')),
  e(['валюта'], dim('transaction_currency')),
  e(['ел', 'мемлекет'], dim('acquirer_country_iso')),
  e(['төлем тәсіл', 'енгізу режим', 'енгізу тәсіл'], dim('pos_entry_mode')),
  e(
    [
      'әмиян',
      'капшық',
      'әмиян түр',
      'капшық түр',
      'мобильді әмиян',
      'мобильді капшық',
      'цифрлық әмиян',
      // the Russian word, with Kazakh endings («кошелек төлемдерінің»)
      'кошелек',
      'кошелек түр',
    ],
    dim('wallet_type'),
  ),
  e(
    [
      'әмиян төлем',
      'әмиян арқылы төлем',
      'әмиянмен төлем',
      'мобильді әмиян төлем',
      'мобильді әмиян арқылы',
      'әмиян арқылы жасалған',
      // «(мобильді) әмиянмен жасалған» (made with a wallet): the instrumental is read through its stem
      'әмиян жасалған',
      'мобильді әмиян жасалған',
      'цифрлық әмиян төлем',
      'цифрлық әмиян арқылы',
      'цифрлық әмиян жасалған',
      'кошелек төлем',
      'кошелек арқылы',
      // «барлық wallet төлемдерінің» (of all wallet payments): the English word, typed as is
      'wallet төлем',
      'wallet арқылы',
      // «смартфонмен төленген», «телефон арқылы» (paid with a phone): with a wallet, not a phone number
      'телефонмен=',
      'смартфонмен=',
      'телефон арқылы',
      'смартфон арқылы',
      // «барлық смартфон төлемдеріндегі үлесі» (in all smartphone payments)
      'смартфон төлем',
      'телефон төлем',
      // «(кез келген әмиян)», with any wallet
      'кез келген әмиян',
    ],
    {
      kind: 'presence',
      column: 'wallet_type',
      present: true,
    },
  ),
  e(['валюта түр'], dim('transaction_currency')),
  e(['мерчант', 'дүкен', 'сатушы', 'мерчант id', 'сауда нүкте'], dim('merchant_id')),
  e(['мерчант қала', 'мерчанттар қала'], dim('merchant_city')),
  e(['өткен жылдың дәл сол айы', 'өткен жылдың сол айы', 'былтырғы сол ай', 'былтырғы дәл сол ай'], {
    kind: 'yearAgo',
    unit: 'month',
  }),
  e(
    [
      'былтырғы дәл осы кезең',
      'былтырғы осы кезең',
      'өткен жылдың сол кезеңі',
      'өткен жылдың осы кезеңі',
      'өткен жылдың дәл осы кезеңі',
      'өткен жылдың дәл сол кезеңі',
      // «vs былтырғы сол кезең», «өткен жылдың сол уақытымен салыстырғанда»
      'былтырғы сол кезең',
      'былтырғы дәл сол кезең',
      'өткен жылдың сол уақыты',
      'өткен жылдың осы уақыты',
    ],
    { kind: 'yearAgo' },
  ),
  // «2025 жылдың сол кезеңімен» (with the same period of 2025)
  e(['сол кезең', 'дәл сол кезең'], { kind: 'samePeriod' }),
  e(['мерчант санат', 'мерчанттар санат'], dim('mcc_category')),
  // «дүкендегі сатып алулар» (purchases in shops): in-store, not a row per merchant («дүкендер бойынша»).
  e(['дүкенде', 'дүкендегі', 'дүкендерде', 'дүкендердегі'], value('transaction_type', 'POS')),
  e(['апта= күн', 'аптаның= күн', 'апта= қай күн', 'аптаның= қай күн'], dim('weekday')),
  // «айдың күндері бойынша» (by the days of the month)
  // («айдың қай күні … ең көп», which day of the month … the most: the question word inside the phrase)
  e(['айдың күн', 'айдың қай күн'], dim('day_of_month')),
  e(['тәулік сағат', 'тәулік қай сағат'], dim('hour_of_day')),
  // ── time ────────────────────────────────────────────────────────────────────────────────────
  e(['сағат'], unit('hour')),
  e(['күн', 'тәулік'], unit('day')),
  e(['апта'], unit('week')),
  e(['ай'], unit('month')),
  e(['тоқсан'], unit('quarter')),
  // «2026 жылдың III тоқсанында»: quarters in Roman numerals, as in Russian.
  e(['i тоқсан'], { kind: 'quarterName', quarter: 1 }),
  e(['ii тоқсан'], { kind: 'quarterName', quarter: 2 }),
  e(['iii тоқсан'], { kind: 'quarterName', quarter: 3 }),
  e(['iv тоқсан'], { kind: 'quarterName', quarter: 4 }),
  e(['жыл'], unit('year')),
  e(['күнделікті', 'күн сайын', 'күндік', 'тәуліктік'], bucket('day')),
  // «қай күні / айда / сағатта ең көп …» (on which day / month / hour the most …): ranked by it.
  // («… жұмсалған күн қай күн», the day … which day: the unit said before is the same one; see
  // time-buckets. «… ай қайсы», the month … which one.)
  e(['қай күн', 'күн қайсы'], bucket('day')),
  e(['қай ай', 'ай қайсы'], bucket('month')),
  e(['қай сағат', 'сағат қайсы'], dim('hour_of_day')),
  e(['апталық', 'апта сайын'], bucket('week')),
  e(['айлық', 'ай сайын'], bucket('month')),
  e(['тоқсандық'], bucket('quarter')),
  e(['жылдық', 'жыл сайын'], bucket('year')),
  // «бүгін таңнан бері» (today since the morning), «таңнан бері»: today
  e(['бүгін', 'бүгін таңнан бері', 'таңнан бері'], { kind: 'relativeDay', range: 'today' }),
  e(['кеше'], { kind: 'relativeDay', range: 'yesterday' }),
  e(['алдыңғы күн', 'бүрсүгүні'], { kind: 'relativeDay', range: 'day_before_yesterday' }),
  e(['осы', 'бұл', 'ағымдағы'], { kind: 'periodModifier', modifier: 'this' }),
  e(['толық'], { kind: 'fullUnits' }),
  // «2026 ж» (the year, abbreviated)
  e(['ж'], unit('year')),
  e(['оригинал валюта', 'оригинал сома'], { kind: 'originalAmount' }),
  e(['түн ортасы'], { kind: 'clock', at: 0 }),
  e(['өткен', 'алдыңғы'], { kind: 'periodModifier', modifier: 'previous' }),
  e(['соңғы', 'ең соңғы'], { kind: 'periodModifier', modifier: 'past' }),
  e(['биыл', 'биылғы жыл'], { kind: 'period', range: { kind: 'this', unit: 'year' } }),
  e(['былтыр'], { kind: 'period', range: { kind: 'previous', unit: 'year' } }),
  e(['жыл басынан', 'жылдың басынан', 'осы жылдың басынан'], {
    kind: 'period',
    range: { kind: 'this', unit: 'year' },
  }),
  e(['ай басынан', 'айдың басынан', 'осы айдың басынан'], {
    kind: 'period',
    range: { kind: 'this', unit: 'month' },
  }),
  e(['тоқсан басынан', 'тоқсанның басынан', 'осы тоқсанның басынан'], {
    kind: 'period',
    range: { kind: 'this', unit: 'quarter' },
  }),
  e(['бастап', 'бері'], { kind: 'since', after: true }),
  e(['қаңтар'], { kind: 'monthName', month: 1 }),
  e(['ақпан'], { kind: 'monthName', month: 2 }),
  e(['наурыз'], { kind: 'monthName', month: 3 }),
  e(['сәуір'], { kind: 'monthName', month: 4 }),
  e(['мамыр'], { kind: 'monthName', month: 5 }),
  e(['маусым'], { kind: 'monthName', month: 6 }),
  e(['шілде'], { kind: 'monthName', month: 7 }),
  e(['тамыз'], { kind: 'monthName', month: 8 }),
  // «Наурыз мерекесінде (21–23 наурыз)», «Жаңа жыл қарсаңында (31 желтоқсан)»: named days, labels
  // beside their dates (not the month of March).
  e(
    [
      'наурыз мереке',
      'мереке',
      'жаңа жыл',
      // «Жаңа жыл аптасы, 25–31 желтоқсан», «Жаңа жыл кеші, 31 желтоқсан» (week, evening)
      'жаңа жыл апта',
      'жаңа жыл кеш',
      'жаңа жыл қарсаң',
      'қарсаң',
      'қара жұма',
      'республика күн',
      'бірлік күн',
      'тәуелсіздік күн',
      // «Валентин күні қарсаңында» (on the eve of Valentine's Day)
      'валентин күн',
    ],
    { kind: 'occasion' },
  ),
  // «кешбэк науқаны кезінде» (during the cashback campaign), «жанармай жеңілдігі» (the fuel discount):
  // campaigns, labels of their dates (campaigns.ts); «кезінде», «кезеңінде» (during) say when.
  // («жазғы демалыс кезінде (1 маусым – 31 тамыз)», «мектепке дайындық» (summer holidays, getting ready for
  // school): seasons said by their dates — not «демалыс күндері», the weekend.)
  e(
    [
      'науқан',
      'акция',
      'кешбэк науқан',
      'кэшбэк науқан',
      'кешбэк апталық',
      'жеңілдік',
      'апталық',
      'промо',
      'жазғы демалыс',
      'қысқы демалыс',
      'көктемгі демалыс',
      'күзгі демалыс',
      'мектепке дайындық',
    ],
    { kind: 'occasion', campaign: true },
  ),
  e(['кезінде', 'кезеңінде', 'кезеңде'], { kind: 'stop' }),
  e(['қыркүйек'], { kind: 'monthName', month: 9 }),
  e(['қазан'], { kind: 'monthName', month: 10 }),
  e(['қараша'], { kind: 'monthName', month: 11 }),
  e(['желтоқсан'], { kind: 'monthName', month: 12 }),
  e(['жартыжылдық', 'жарты жыл', 'жартыжыл', 'жарты жылдық'], { kind: 'halfWord', alone: true }),
  e(['жарты'], { kind: 'halfWord' }),
  e(['орта есеппен', 'орташа есеппен'], { kind: 'aggregate', fn: 'avg' }),
  e(['шығыс p2p', 'шығыс аударым', 'шығыс перевод'], valueNoun('transaction_type', 'P2P_OUT')),
  e(['кіріс p2p', 'кіріс аударым', 'кіріс перевод'], valueNoun('transaction_type', 'P2P_IN')),
  e(['көктем'], { kind: 'seasonName', month: 3 }),
  e(['жаз'], { kind: 'seasonName', month: 6 }),
  e(['күз'], { kind: 'seasonName', month: 9 }),
  // («ең бірінші / ең алғашқы төлем», the very first payment)
  e(['бірінші', 'алғашқы', 'ең бірінші', 'ең алғашқы'], { kind: 'ordinal', value: 1 }),
  e(['екінші'], { kind: 'ordinal', value: 2 }),
  e(['үшінші'], { kind: 'ordinal', value: 3 }),
  e(['төртінші'], { kind: 'ordinal', value: 4 }),
  e(['демалыс', 'демалыс күн'], { kind: 'weekdayFilter', days: [6, 7] }),
  e(['жұмыс күн'], { kind: 'weekdayFilter', days: [1, 2, 3, 4, 5] }),
  e(['дүйсенбі'], { kind: 'weekdayFilter', days: [1] }),
  e(['сейсенбі'], { kind: 'weekdayFilter', days: [2] }),
  e(['сәрсенбі'], { kind: 'weekdayFilter', days: [3] }),
  e(['бейсенбі'], { kind: 'weekdayFilter', days: [4] }),
  e(['жұма'], { kind: 'weekdayFilter', days: [5] }),
  e(['сенбі'], { kind: 'weekdayFilter', days: [6] }),
  e(['жексенбі'], { kind: 'weekdayFilter', days: [7] }),
  // ── numbers ─────────────────────────────────────────────────────────────────────────────────
  e(['бір'], num(1)),
  e(['екі'], num(2)),
  e(['үш'], num(3)),
  e(['төрт'], num(4)),
  e(['бес'], num(5)),
  e(['алты'], num(6)),
  e(['жеті'], num(7)),
  e(['сегіз'], num(8)),
  e(['тоғыз'], num(9)),
  e(['он'], num(10)),
  e(['жиырма'], num(20)),
  e(['отыз'], num(30)),
  e(['қырық'], num(40)),
  e(['елу'], num(50)),
  e(['жүз'], num(100)),
  e(['мың'], { kind: 'multiplier', factor: 1_000 }),
  e(['миллион'], { kind: 'multiplier', factor: 1_000_000 }),
  // collective numerals: «алғашқы үшеуін» (the first three of them)
  e(['екеу'], num(2)),
  e(['үшеу'], num(3)),
  e(['төртеу'], num(4)),
  e(['бесеу'], num(5)),
  e(['алтау'], num(6)),
  e(['жетеу'], num(7)),
  e(['миллиард'], { kind: 'multiplier', factor: 1_000_000_000 }),
  // ── measures ────────────────────────────────────────────────────────────────────────────────
  e(['қанша', 'неше'], { kind: 'count', strength: 'weak' }),
  // «неше рет» = how many times: a count even when money is named («неше рет ақша алынды»).
  e(['неше рет', 'қанша рет'], { kind: 'count', strength: 'strong', times: true }),
  e(['сан'], { kind: 'count', strength: 'strong', after: true }),
  e(['дана'], { kind: 'count', strength: 'strong' }),
  e(['барлық', 'жалпы', 'жиын', 'жиынтық', 'қорытынды'], { kind: 'total' }),
  // (and the Russian «оборот» with Kazakh endings: «оборотындағы»)
  e(
    [
      'сома',
      'ақша',
      'айналым',
      'шығын',
      'жұмса',
      'жұмсал',
      'жұмсайды',
      'жұмсайтын',
      'көлем',
      'түсім',
      'оборот',
    ],
    {
      kind: 'amount',
    },
  ),
  // «теңгеден басқа валюта» (a currency other than tenge): a foreign currency.
  // (the code may be said again in brackets: «теңгеден (KZT) басқа», «(KZT емес)», not KZT)
  e(['теңге басқа', 'теңге kzt басқа', 'kzt емес', 'теңге емес'], {
    kind: 'notValue',
    column: 'transaction_currency',
    values: ['KZT'],
  }),
  // («теңгеден басқа валюталар бойынша»: the phrase names its column, so after «бойынша» it is a row
  // per currency other than tenge.)
  e(['теңге басқа валюта', 'теңге kzt басқа валюта'], {
    kind: 'notValue',
    column: 'transaction_currency',
    values: ['KZT'],
    namesColumn: true,
  }),
  // «сомасы — теңгемен емес, юаньмен» (the amount, not in tenge: in yuan): the original amount.
  e(['теңгемен= емес', 'теңгеде= емес'], { kind: 'originalAmount' }),
  e(['чек'], { kind: 'check' }),
  e(['лари'], value('transaction_currency', 'GEL')),
  // («орт. чек», «орт. сома»: the abbreviation, the dot gone by the time words are matched)
  e(['орташа', 'орт'], { kind: 'aggregate', fn: 'avg' }),
  e(['медиана'], { kind: 'aggregate', fn: 'median' }),
  e(['перцентиль', 'перцентил', 'процентиль', 'процентил'], { kind: 'aggregate', fn: 'percentile' }),
  // «төлемдерінің квартильдері» (the quartiles of the payments): the 25th, 50th and 75th percentiles.
  e(['квартиль', 'квартил'], { kind: 'aggregate', fn: 'percentile', ps: [0.25, 0.5, 0.75] }),
  // «бірінші (төменгі) квартилі», «бірінші және үшінші квартильдері»: the quartiles named.
  // (the stems of «квартилі» end in «квартил», those of «квартильдері» in «квартиль»)
  e(['бірінші квартиль', 'бірінші квартил', 'төменгі квартиль', 'төменгі квартил'], {
    kind: 'aggregate',
    fn: 'percentile',
    ps: [0.25],
  }),
  e(['екінші квартиль', 'екінші квартил'], { kind: 'aggregate', fn: 'percentile', ps: [0.5] }),
  e(['үшінші квартиль', 'үшінші квартил', 'жоғарғы квартиль', 'жоғарғы квартил'], {
    kind: 'aggregate',
    fn: 'percentile',
    ps: [0.75],
  }),
  e(
    [
      'бірінші және үшінші квартиль',
      'бірінші және үшінші квартил',
      'төменгі және жоғарғы квартиль',
      'төменгі және жоғарғы квартил',
    ],
    {
      kind: 'aggregate',
      fn: 'percentile',
      ps: [0.25, 0.75],
    },
  ),
  e(['ең аз сома', 'минимал'], { kind: 'aggregate', fn: 'min' }),
  e(['максимал'], { kind: 'aggregate', fn: 'max' }),
  // («ең күшті ай», the strongest month, as "strongest" / «самый сильный»)
  e(
    ['ең көп', 'ең үлкен', 'ең ірі', 'ең жоғары', 'ең жоғарғы', 'ең мол', 'ең жақсы', 'ең үздік', 'ең күшті'],
    {
      kind: 'superlative',
      direction: 'desc',
      impliesCount: false,
    },
  ),
  e(
    [
      'ең танымал',
      'ең жиі',
      'танымал',
      'ең белсенді',
      'ең қарбалас',
      'ең қызу',
      'ең жүктемелі',
      'ең жүктелген',
    ],
    {
      kind: 'superlative',
      direction: 'desc',
      impliesCount: true,
    },
  ),
  e(['ең аз', 'ең кіші', 'ең төмен', 'ең әлсіз'], {
    kind: 'superlative',
    direction: 'asc',
    impliesCount: false,
  }),
  e(['топ', 'үздік'], { kind: 'top', direction: 'desc' }),
  // «үздік үштік», «алғашқы бестік» (the best three, the first five: the top N).
  e(['үштік', 'үштігі', 'үштігін', 'үздік үштік', 'үздік үштігі'], { kind: 'top', direction: 'desc', n: 3 }),
  e(['бестік', 'бестігі', 'бестігін', 'үздік бестік', 'үздік бестігі'], {
    kind: 'top',
    direction: 'desc',
    n: 5,
  }),
  e(['үздік ондық', 'үздік ондығы', 'ондығы', 'ондығын'], { kind: 'top', direction: 'desc', n: 10 }),
  e(['үлес', 'пайыз', 'құрылым'], { kind: 'share' }),
  // «үлес салмағы» (the share's weight, the regulator's word for a share)
  e(['үлес салмағы', 'үлес салмағын', 'үлестік салмағы'], { kind: 'share' }),
  e(['ішінде', 'ішіндегі', 'арасында', 'арасындағы', 'жалпы ішінде'], { kind: 'shareBase', after: true }),
  // («Алматыда Астанаға қарағанда көп …», more in Almaty than in Astana: "than", set against each other)
  e(['салыстыр', 'салыстырғанда', 'қарсы', 'қарағанда'], { kind: 'compare' }),
  // ── things counted ──────────────────────────────────────────────────────────────────────────
  // («жолдар саны», the row count: the table's rows, each a transaction)
  // («деректер бар күндер», the days there are data for: the rows of the table.)
  e(['транзакция', 'операция', 'жол', 'деректер'], {
    kind: 'entity',
    entity: 'transactions',
    flavor: 'count',
  }),
  // «онлайн покупкалар»: the Russian word with a Kazakh ending
  e(['төлем', 'сатып алу', 'сатып алым', 'сауда', 'покупка'], {
    kind: 'entity',
    entity: 'transactions',
    flavor: 'money',
  }),
  e(['карта', 'клиент', 'карта ұстаушы', 'сатып алушы', 'пайдаланушы'], {
    kind: 'entity',
    entity: 'cards',
    flavor: 'count',
  }),
  e(
    [
      'бір карта',
      'бір карта шақ',
      'бір клиент',
      'бір клиент шақ',
      'бір белсенді карта',
      'бір белсенді карта шақ',
    ],
    { kind: 'perCard' },
  ),
  // «бір мерчантқа келетін орташа айналым» (the average turnover per merchant)
  e(['бір мерчант', 'бір мерчант шақ', 'бір мерчант кел', 'бір сатушы'], { kind: 'perMerchant' }),
  // «неше бөлек картасы» (how many separate cards): distinct cards.
  e(['бірегей карта', 'бірегей клиент', 'бірегей карта ұстаушы', 'белсенді карта', 'бөлек карта', 'қамту'], {
    kind: 'entity',
    entity: 'cards',
    flavor: 'count',
    distinct: true,
  }),
  e(['түс', 'түседі', 'кір'], { kind: 'direction', incoming: true }),
  // «P2P аударымдармен жіберілді» (was sent by P2P)
  e(['шық', 'жіберілді', 'жіберді'], { kind: 'direction', incoming: false }),
  // «өткен ай мен оның алдындағы ай» (last month and the one before it)
  e(['оның алдындағы ай', 'оның алдындағы'], { kind: 'periodModifier', modifier: 'previous' }),
  // ── structure words ─────────────────────────────────────────────────────────────────────────
  e(['бойынша', 'сайын', 'бөлінісінде', 'бөлу'], { kind: 'groupBy', after: true }),
  e(['әр', 'әрбір'], { kind: 'groupBy' }),
  // («онлайн көп пе, әлде POS па?»: «әлде» is the "or" of a question that offers two.)
  e(['және', 'немесе', 'мен', 'пен', 'бен', 'әлде'], { kind: 'conjunction' }),
  // «ал қараша айында?» (and in November?): «ал» opens a follow-up as Russian «а» does.
  e(['енді', 'сол сияқты', 'ал=', 'ал= енді'], { kind: 'followUp' }),
  // «шығыс аударымдар ше?» (and outgoing transfers?): the particle asks about something else instead.
  e(['ше='], { kind: 'followUp', anywhere: true }),
  // («Алматыдан тыс жерлерде», in places outside Almaty: «тыс» alone is also the Russian "thousand".)
  e(
    [
      'басқа',
      'қоспағанда',
      'тыс',
      'тыс жерлерде',
      'тыс жерде',
      'тыс жерлердегі',
      'тыс жердегі',
      'емес',
      'есептемегенде',
      'санамағанда',
      // «(Unknown санатын есепке алмай)»: not taking it into account
      'есепке алмай',
      'есепке алмағанда',
      'есепке алынбай',
    ],
    {
      kind: 'negation',
      after: true,
    },
  ),
  // («… көбінен бастап», starting from the most)
  e(['көбінен азына', 'көптен азға', 'көбінен азға', 'көптен азына', 'көбінен бастап', 'көптен бастап'], {
    kind: 'largestFirst',
  }),
  e(['асатын', 'асқан', 'асады', 'асты', 'жоғары', 'көп', 'артық', 'астам', 'үлкен', 'қымбат'], {
    kind: 'comparator',
    op: '>',
    weak: false,
    after: true,
  }),
  e(['төмен', 'аз', 'кем', 'кіші'], { kind: 'comparator', op: '<', weak: false, after: true }),
  e(['дейін', 'аспайтын'], { kind: 'comparator', op: '<=', weak: false, after: true }),
  e(['тең немесе көп', 'кем емес'], { kind: 'comparator', op: '>=', weak: false, after: true }),
  // «кемінде 100 мың», «кем дегенде 50 мың» (at least): before the number, not «кем» (less) after it.
  e(['кемінде', 'кем дегенде', 'ең кемі'], { kind: 'comparator', op: '>=', weak: false }),
  e(['тек', 'ғана'], { kind: 'only' }),
  e(['жеке', 'бөлек', 'әрқайсы', 'бөлек жол', 'жеке жол', 'бөлек бөлек'], { kind: 'listMode', mode: 'each' }),
  // «Unknown-сыз» (without Unknown): the privative written apart with a hyphen; «сыз» is no word alone.
  e(['сыз'], { kind: 'negation', after: true }),
  // «Павлодар филиалы:», «филиалына керек» (the branch needs it): who asks.
  e(['филиал', 'бөлімше'], { kind: 'aside' }),
  e(['екеуі бірге', 'екеуін бірге'], { kind: 'listMode', mode: 'together' }),
  // «өткен апта мен одан алдыңғы апта» (last week and the one before that), as "the week before"
  e(
    [
      'одан алдыңғы апта',
      'одан алдыңғы ай',
      'одан алдыңғы тоқсан',
      'одан алдыңғы жыл',
      'оның алдындағы апта',
      'оның алдындағы ай',
      'оның алдындағы тоқсан',
      'оның алдындағы жыл',
    ],
    { kind: 'periodModifier', modifier: 'previous' },
  ),
  e(['кемінде бір рет', 'кем дегенде бір рет', 'кемінде бір'], { kind: 'atLeastOne' }),
  // «бірде-бір операция болмады», «мүлдем кездеспеді», «ешқашан қолданылмады»: none at all
  e(['бірде бір', 'бірде-бір', 'мүлдем', 'ешқашан', 'ешбір'], { kind: 'noneAtAll' }),
  // «жіберілген аударымдар» (transfers sent)
  e(['жіберілген аударым', 'жіберілген p2p аударым'], value('transaction_type', 'P2P_OUT')),
  e(['саудагер'], dim('merchant_id')),
  e(['қаражат'], { kind: 'amount' }),
  e(['салыстырыңызшы', 'салыстырып', 'салыстыршы'], { kind: 'compare' }),
  e(['бірге', 'қосып есептегенде', 'жиынтығында'], { kind: 'listMode', mode: 'together' }),
  // («Тек күнін жазшы», write just the day)
  e(
    [
      'көрсет',
      'көрсетші',
      'көрсетіңізші',
      'көрсетіп',
      'көрсетсеңіз',
      // («… көрсете аласыз ба?», «көрсетіп бере аласыз ба?», could you show …)
      'көрсете аласыз ба',
      'көрсете аласыз',
      'көрсетіп бере аласыз ба',
      'көрсетіп беріңізші',
      // («көрсетіп бере аласыздар ма?», «көрсетіп жібере аласыздар ма?»: could you (all) show / send …)
      'көрсетіп бере аласыздар',
      'көрсетіп жібере аласыз',
      'көрсетіп жібере аласыздар',
      'көрсете аласыздар',
      // («Қалаларды әліпби бойынша тізіп жіберсеңіздер», list the cities alphabetically)
      'тізіп',
      'тізіңіз',
      'тізіңізші',
      // («(саны көрсетілсін)», let the count be shown)
      'көрсетілсін',
      'тізім',
      'жазшы',
      'жазыңыз',
      'жазып беріңіз',
    ],
    {
      kind: 'listVerb',
    },
  ),
  // «кемуі бойынша» (descending), «жоғарыдан төменге» (from the top down), «ең үлкенінен бастап»
  e(
    [
      'кемуі бойынша',
      'кему ретімен',
      // «… саны бойынша кемуімен көрсет» (show by count, decreasing)
      'кемуімен',
      'жоғарыдан төменге',
      'үлкенінен бастап',
      'ең үлкенінен бастап',
      'ең жоғарыдан бастап',
      'жоғарыдан бастап',
      'ең көбінен бастап',
      // («ең жоғарғысынан бастап», «ең жоғарысынан бастап»: from the highest one)
      'ең жоғарғы бастап',
      'жоғарғы бастап',
      'ең жоғары бастап',
    ],
    {
      kind: 'largestFirst',
    },
  ),
  // «енгізу әдісі» (the entry method)
  e(['енгізу әдіс', 'ұсыну тәсіл', 'карта ұсыну тәсіл'], dim('pos_entry_mode')),
  e(['қоса алғанда', 'қоса есептегенде', 'қоса='], { kind: 'inclusive' }),
  e(['диапазон'], { kind: 'bandWord' }),
  e(['дөңгелекте', 'дөңгелектеп', 'дөңгелектеңіз'], { kind: 'roundWord' }),
  e(['таңба', 'ондық таңба'], { kind: 'decimalsWord' }),
  e(['бір жол', 'бір жолда', 'бір жолға'], { kind: 'oneRow' }),
  e(['бір жолдан'], { kind: 'showMeasure' }),
  // «қатар қойып көрсет», «екеуін қатар» (show them side by side): how to lay out what is compared.
  e(['қатар', 'қатар қойып', 'екеуін қатар'], { kind: 'sideBySide' }),
  e(['екеуін'], { kind: 'stop' }),
  // «… екеуі де және пайызбен өзгерісі» (both of them, and the change in %): the two already named
  e(['екеуі де'], { kind: 'stop' }),
  // «… деген рас па?», «… рас па?» (is it true that …): the claim checked is the question.
  e([...KAZAKH_IS_IT_TRUE], { kind: 'stop' }),
  // «орташа сомасын да қос» (add the average amount too)
  e(['қос=', 'қосыңыз', 'қосып бер', 'қосыңызшы'], { kind: 'addMeasure' }),
  e(['бөлмей', 'бөлінбей'], { kind: 'noBreakdown' }),
  e(['қонақүй', 'қонақ үй', 'әуекомпания', 'авиакомпания'], { kind: 'gloss' }),
  // «әр айға бір баған» (a column per month), «екі баған»: both periods, a column each
  e(['әр ай бір баған', 'әр кезең бір баған', 'әр тоқсан бір баған', 'екі баған'], {
    kind: 'compareOutput',
    output: 'both',
  }),
  // «әр банкке бір жол» (a row per bank): a row per value named
  e(['әр банк бір жол', 'әр қала бір жол', 'әр түр бір жол', 'әрқайсысына бір жол'], {
    kind: 'listMode',
    mode: 'each',
  }),
  // «сомаларымен қоса / бірге», «санымен бірге»: with the sums, with the count
  e(['сома қоса', 'сома бірге', 'сан қоса', 'сан бірге'], { kind: 'showMeasure' }),
  e(
    [
      'хронологиялық',
      'хронологиялық рет',
      // «айлардың хронологиялық ретімен» (in the months' chronological order)
      'айлардың хронологиялық рет',
      'күндердің хронологиялық рет',
      'айлар рет',
      'күндер рет',
      // «апта күндерінің ретімен» (in the order of the weekdays)
      'апта күндерінің рет',
      'апта күндері рет',
      'апталар рет',
      'тоқсандар рет',
      'жылдар рет',
      'уақыт рет',
      'динамика',
    ],
    { kind: 'timeOrder' },
  ),
  e(['екі сан', 'екі мән', 'екі сома'], { kind: 'compareOutput', output: 'both' }),
  e(['айырма', 'айырмашылық', 'минус'], { kind: 'compareOutput', output: 'difference' }),
  e(['неше пайыз', 'пайыздық өзгеріс', 'қанша пайыз өзгер'], { kind: 'compareOutput', output: 'change' }),
  e(['өзгер', 'өзгеріс', 'өс', 'өсім', 'азай'], { kind: 'compare', change: true }),
  e(['кемінде бір транзакция', 'кемінде бір операция', 'ең болмаса бір операция'], { kind: 'atLeastOne' }),
  e(['әмиянсыз', 'капшықсыз'], { kind: 'presence', column: 'wallet_type', present: false }),
  e(['есептемегенде', 'есептемей', 'қоспай', 'қоспа'], { kind: 'negation', after: true }),
  // («бүкіл деректер бойынша», over all the data: every period the table holds.)
  e(['барлық уақыт', 'барлық кезең', 'бүкіл уақыт', 'бүкіл кезең', 'бүкіл деректер', 'барлық деректер'], {
    kind: 'allTime',
  }),
  // («үлкенінен кішісіне қарай», from the biggest to the smallest)
  e(['кему ретімен', 'кему реті', 'үлкенінен кішісіне қарай', 'үлкенінен кішісіне'], {
    kind: 'largestFirst',
  }),
  e(['кішісінен үлкеніне қарай', 'кішісінен үлкеніне'], { kind: 'smallestFirst' }),
  e(['әліпби бойынша', 'әліпби ретімен', 'әліпбимен', 'әліпби'], { kind: 'alphabetical' }),
  // «айлар өсу ретімен» (the months ascending), «сағаттар бойынша өсу ретімен»: the timeline's own order
  e(
    [
      'айлар өсу ретімен',
      'күндер өсу ретімен',
      'сағаттар өсу ретімен',
      'апталар өсу ретімен',
      'күн ретімен',
      'ай ретімен',
      // «тоқсан бойынша, тоқсан ретімен» (by quarter, in quarter order)
      'тоқсан ретімен',
      'тоқсандар ретімен',
      'апта ретімен',
      'сағат ретімен',
      'сағаттар ретімен',
    ],
    {
      kind: 'timeOrder',
    },
  ),
  // «өсу ретімен» (ascending), «азынан көбіне» (from the fewest up), «төменнен жоғарыға»
  // («ең төменнен бастап», starting from the lowest)
  e(
    [
      'өсу ретімен',
      'өсу реті',
      'өсуі бойынша',
      'азынан көбіне',
      'аздан көпке',
      'төменнен жоғарыға',
      'ең төменнен бастап',
      'төменнен бастап',
      'ең кішісінен бастап',
      'кішісінен бастап',
      'ең азынан бастап',
    ],
    {
      kind: 'smallestFirst',
    },
  ),
  e(['эквайер', 'эквайринг'], { kind: 'columnWord', column: 'acquirer_country_iso' }),
  e(['түрік', 'түрiк', 'түркиялық'], value('acquirer_country_iso', 'TUR')),
  e(['қытайлық'], value('acquirer_country_iso', 'CHN')),
  e(['американдық'], value('acquirer_country_iso', 'USA')),
  e(['грузиялық'], value('acquirer_country_iso', 'GEO')),
  e(['бір сан', 'бір санмен', 'бір сомамен', 'бір цифрмен'], { kind: 'listMode', mode: 'together' }),
  // «Тек сан.», «бір ғана сан»: only the figure, not "the number of" anything.
  e(['тек сан', 'тек санын', 'тек қана сан', 'бір ғана сан', 'жалғыз сан', 'тек цифр', 'тек цифрын'], {
    kind: 'listMode',
    mode: 'together',
  }),
  // ── refusals ────────────────────────────────────────────────────────────────────────────────
  e(['жой', 'өшір', 'болдырма', 'бұғатта', 'бұғаттау', 'өзгерт', 'жаңарт', 'жібер', 'қайтар', 'тоқтат'], {
    kind: 'destructive',
  }),
  e(['карта нөмір', 'нөмір', 'жарамдылық мерзім', 'аты жөн', 'телефон', 'жеке дерек', 'төлқұжат'], {
    kind: 'personal',
  }),
  e(
    [
      'ауа райы',
      'әзіл',
      'анекдот',
      'өлең',
      'ән',
      'футбол',
      'жаңалық',
      'биткоин',
      'валюта бағам',
      'мөлшерлеме',
    ],
    { kind: 'offTopic' },
  ),
  e(
    [
      'сәлем',
      'сәлеметсіз',
      'сәлеметсіздер',
      // «Сәлеметсіз бе!» (hello — literally "are you well?"): its particle asks no yes/no question
      'сәлеметсіз бе',
      'сәлеметсіздер ме',
      'рақмет',
      'рахмет',
      'алдын ала рақмет',
      'алдын ала рахмет',
      'қайырлы күн',
      'қайырлы таң',
      'қайырлы кеш',
      'көмек',
    ],
    { kind: 'greeting' },
  ),
  // Who asks and what for (see asides.ts): «есеп үшін» (for the report), «қазынашылыққа» (to treasury).
  e(
    [
      'есеп',
      'шолу',
      // «апталық жиналысқа» (for the weekly meeting): an occasion, not a weekly breakdown
      'апталық жиналыс',
      'апталық есеп',
      'апталық шолу',
      'айлық есеп',
      'жылдық есеп',
      'баяндама',
      'презентация',
      'қазынашылық',
      'басшылық',
      'маркетинг',
      'жиналыс',
      'команда',
      'бөлім',
      'филиал',
      'департамент',
      'әріптес',
      'слайд',
      // «басшыға керек» (the boss needs it)
      'басшы',
      'басшыға',
    ],
    { kind: 'aside' },
  ),
];

/** The Kazakh instrumental case ("with, in"): «доллармен сома» = the amount in dollars. */
export const KAZAKH_INSTRUMENTAL_ENDINGS: readonly string[] = ['мен', 'бен', 'пен'];

/** The Kazakh dative endings: «сомға», «долларға», «еуроға». */
export const KAZAKH_DATIVE_ENDINGS: readonly string[] = ['ға', 'ге', 'қа', 'ке'];

/** The Kazakh locative endings: «долларда», «еурода», «юаньде». */
export const KAZAKH_LOCATIVE_CASE: readonly string[] = ['да', 'де', 'та', 'те'];

/** The Kazakh ablative endings as the tokenizer splits them from a number («10-нан», «1-ден»). */
export const KAZAKH_ABLATIVE_ENDINGS: readonly string[] = ['тен', 'тан', 'ден', 'дан', 'нен', 'нан'];

/** The Kazakh genitive endings written apart after a hyphen: «Kaspi-дің», «Halyk Bank-тің». */
export const KAZAKH_GENITIVE_SUFFIXES: readonly string[] = ['дың', 'дің', 'тың', 'тің', 'ның', 'нің'];

/** Kazakh privative endings written apart with a hyphen: «Apple Pay-сіз», «QR-сыз». */
export const KAZAKH_PRIVATIVE_SUFFIXES: readonly string[] = ['сыз', 'сіз', 'сiз'];

/** Kazakh words that carry no meaning for the query (stems, as in KAZAKH_VOCABULARY). */
/**
 * Suffixes written apart: from a number ("50 000-нан", "5000 теңгеден") or from a name («Samsung
 * Pay-ді»). Stop words as whole words only: as the stem of a word they would make it one
 * («қатынасы», ratio, has the stem «қа»), and the word's meaning would be dropped unread.
 */
export const KAZAKH_DETACHED_SUFFIXES: readonly string[] = [
  'нан',
  'ді',
  'ды',
  'ті',
  'ты',
  'ні',
  'ны',
  'нен',
  'дан',
  'ден',
  'тан',
  'тен',
  'ға',
  'ге',
  'ке',
  'қа',
  'да',
  'де',
  'та',
  'те',
  ...KAZAKH_GENITIVE_ENDINGS,
  'ы',
  'і',
  'сы',
  'сі',
];

/** The Kazakh question particles («… асты ма?»): stop words, and the mark of a yes/no question. */
export const KAZAKH_QUESTION_PARTICLES: readonly string[] = ['ма', 'ме', 'ба', 'бе', 'па', 'пе'];

/** Kazakh stop words that are suffixes or particles written apart: stop words as whole words only. */
export const KAZAKH_WHOLE_WORD_STOPS: ReadonlySet<string> = new Set<string>([
  ...KAZAKH_DETACHED_SUFFIXES,
  ...KAZAKH_QUESTION_PARTICLES,
]);

/** The Kazakh ablative ending of a word: «қыркүйектен», «Алматыдан», «2025 жылдан» (from …, than …). */
export const KAZAKH_ABLATIVE = /(тен|тан|ден|дан|нен|нан)$/;

/** The Kazakh locative made an attribute: «төлемдеріндегі», «POS-тағы» (in the …). */
export const KAZAKH_IN_ATTRIBUTE = /(дағы|дегі|тағы|тегі)$/;

/** Kazakh "which": «қай», «қандай». */
export const KAZAKH_WHICH: readonly string[] = ['қай', 'қандай'];

/** «апта күндерінің қайсысында» (on which one of the weekdays): one of them asked for, whatever the noun's number. */
export const KAZAKH_WHICH_ONE: readonly string[] = [
  'қайсысы',
  'қайсысында',
  'қайсысынан',
  'қайсысына',
  'қайсысын',
];

export const KAZAKH_STOP_WORDS: readonly string[] = [
  // «Көрсеткішті көрсет» (show the figure): the figure asked, named again
  'көрсеткіш',
  // «кездесетін / кездеседі» (occurring), «өзгеріп отырды» (kept changing), «екен», «есептеп берші»
  // (count it please), «өзара / бір-бірімен» (with each other)
  'кездес',
  'маған', // «маған … керек» (I need …)
  'өзгеріп',
  'отырды',
  'екен',
  'есептеп',
  'берші',
  // «айтшы / айтыңызшы» (tell me), «қане» (come on): what a spoken question opens with
  'яғни', // «яғни» (that is): what follows restates
  // «топтау: санат бойынша», «санаттар бойынша топтап» (grouping, grouped): the postposition says by
  // what — not «топ» (the top)
  'топтау',
  'топтап',
  'топтаңыз',
  'топтастыру',
  'топтастырып',
  'топтастырыңыз',
  'пайыздық', // «пайыздық үлесі» (percentage share): a share is in percent
  'айтшы',
  'айтыңызшы',
  // «айтып жіберші», «айтып жібересің бе?» (tell me, would you), «қарап берші» (have a look)
  'жіберші',
  'жібересің',
  'жіберіңізші',
  'қарап',
  'айтыңыз', // (say): not «ай» (month)
  'айт',
  'қане',
  'өзара',
  'бірімен',
  // «бөліп көрсетіңіз / бөліңіз» (divide, show), «құрайды» (makes up), «төлейді» (pays), «дәл» (exactly)
  'бөліңіз',
  'бөліп',
  'құрайды',
  'құрады',
  'төлейді',
  'дәл',
  // «қалай таралған / бөлінді» (how is it spread / divided): the breakdown says by what
  'тарал',
  'бөлін',
  // «неше пайызын құрады» (what percent did it make up), «табыңыз» (find)
  'құра',
  'табыңыз',
  // formal requests: «… анықтаңыз» (determine), «… мәліметтер ұсынуыңызды сұраймын» (I ask you to
  // provide the data), «санап берші» (count it for me)
  'анықта',
  'анықтаңыз',
  'анықтаңызшы',
  'ұсын',
  'ұсынуыңызды',
  'ұсыныңыз',
  'сұраймын',
  'сұрайм',
  // «… хабарлауыңызды сұраймыз» (we ask you to report): the plural, and "to report"
  'сұраймыз',
  'хабарла',
  'хабарлауыңызды',
  'хабарлаңыз',
  'хабарлаңызшы',
  'көрсетуіңізді',
  'мәлімет',
  'мәліметтер',
  'мәліметтерді',
  'санап',
  'санаңыз',
  // «серпіні» (dynamics): the breakdown by period says it
  'серпін',

  // requests: «айтып беріңізші» (please tell), «атап беріңізші», «атаңызшы» (please name)
  'айтып',
  'бересіз', // «айтып бересіз бе?» (would you tell)
  // «айтып бере аласыз ба?» (could you tell)
  'бере аласыз ба',
  'бере аласыз',
  'бересіздер',
  'атап',
  'атаңызшы',
  'атаңыз',
  'қандай',
  'қарай',
  'керек',
  'болады',
  'беріңіз',
  'беріңізші',
  // «шығарып берсеңіз», «көрсетіп жіберіңізші», «жазып беріңізші»: please give / send / write
  'тиесілі',
  // «p90 мәні» (the p90 value)
  'мәні',
  'мәнін',
  // more requests: «жібересіз бе», «шығарыңызшы», «есептеңізші»
  'жібересіз',
  'шығарыңыз',
  'шығарыңызшы',
  'есептеңіз',
  'есептеңізші',
  'шығарып',
  'берсеңіз',
  'берсеңіздер',
  'жіберіңіз',
  'жіберіңізші',
  'жіберіңіздер',
  'жіберсеңіз',
  'жіберсеңіздер',
  'жазып',
  'күндері',
  'сұрыпта',
  'сұрыптаңыз',
  // «… өсу ретімен сұрыптап» (sorting …): the gerund, the order said beside it
  'сұрыптап',
  'сұрыпталған',
  'басынан',
  'басы',
  'қалай',
  'бөлінеді',
  'жалғыз',
  'мобильді',
  'келіп',
  'кел',
  'келеді',
  'тез',
  'түрлі',
  'қабылда',
  'кет',
  'бөліп',
  'белсенді',
  'қай',
  'қайсы',
  'не',
  'нені',
  'бол',
  'болды',
  'болған',
  'бар',
  'еді',
  ...KAZAKH_QUESTION_PARTICLES,
  'үшін',
  'арқылы',
  'туралы',
  'жаса',
  'жасал',
  'жүргізіл',
  'жүргіз',
  'өт',
  'қолдан',
  'қолданыл',
  'пайдалан',
  'пайдаланыл',
  'тіркел',
  'төле',
  'төлен',
  'есепте',
  'есепт',
  // «карталарға есептелген жалақы» (the salary credited to cards)
  'есептел',
  // «жаз мезгілі» (the summer season), «контактісіз тәсілмен» (the contactless way), «қандай мәнді
  // құрады» (what value did it come to)
  'мезгіл',
  'тәсілмен',
  'мәнді',
  'бер',
  'айт',
  'шығар',
  'кезең',
  // («Шектеу: топ-3 қала», «Тексеру: … асты ма?»: a report form's field names, limit and check.)
  'шектеу',
  'тексеру',
  'уақыт',
  'ішін',
  'қазір',
  // «Бүгін әзірге қанша операция болды?» (how many so far today)
  'әзірге',
  'деген',
  'алын',
  'шешіл',
  'оны',
  'онда',
  'оның',
  'ол',
  'олар',
  'бізде',
  'біз',
  'біздің',
  'барысында',
  'бірегей', // "unique": «неше бірегей мерчант» counts merchants, as "how many unique merchants" does
  'аралық', // «1-15 қыркүйек аралығында» = in the range 1–15 September
  'шы',
  'ші',
  'өтінемін',
  'тез',
  'шұғыл',
  'ретінде', // "as" («жалақы ретінде» = as salary)
  // "distribution" (the breakdown itself says by what): «сағаттар бойынша бөлінуі», «таралуы»
  'бөліну',
  'бөлініс',
  'таралу',
  'жасалды',
  'жасалған',
  ...KAZAKH_DETACHED_SUFFIXES,
];

/** Voiced stem-final consonants before a vowel-initial suffix stand for voiceless ones: барлығы → барлық. */
export const KAZAKH_VOICED_FINALS: Readonly<Record<string, string>> = { ғ: 'қ', г: 'к', б: 'п' };

/**
 * Common Kazakh words that make a question Kazakh, also when typed without the letters Russian lacks
 * («канша», «откен»): detection compares them with those letters folded.
 */
export const KAZAKH_MARKER_WORDS: readonly string[] = [
  'неше',
  'кеше',
  'болды',
  'бойынша',
  'сома',
  'барлық',
  'жылы',
  'айда',
  'аптада',
  'және',
  'қанша',
  'биыл',
  'өткен',
  'сағат',
  'қандай',
  'ақша',
  'осы',
  'бүгін',
  'айдағы',
  'жылғы',
  'ішінде',
  'айналым',
  'айналымы',
  'төлем',
  'төлемдер',
  'саны',
  'ең',
  'көп',
  'жыл',
  'жылдың',
  'аударым',
  'аударымдар',
  'операциялар',
  'транзакциялар',
  'күндері',
  'жасаған',
];

/**
 * «көп», «артық», «аз», «кем»: more, fewer — of a number of things («10-нан аз мерчант»), or after «…
 * қарағанда қанша …», how many more (or fewer): the difference.
 */
export const KAZAKH_MORE_OR_FEWER: readonly string[] = ['көп', 'артық', 'аз', 'кем'];
