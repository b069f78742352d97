import type { VocabularyEntry } from '../meaning.js';
import { dim, e } from './entry.js';

/** The forms of «вид» (kind), spelled out: a stem «вид~» takes «виджет» (widget) too. */
export const KIND_FORMS: readonly string[] = [
  'вид',
  'вида',
  'виду',
  'видом',
  'виде',
  'виды',
  'видов',
  'видам',
  'видами',
  'видах',
];

/** Columns to break down by (or, next to a value, the word that names its column). */
export const DIMENSION_WORDS: readonly VocabularyEntry[] = [
  // ── dimensions ──────────────────────────────────────────────────────────────────────────────
  e(
    [
      'category',
      'categories',
      'sector~',
      'mcc category',
      'mcc categories',
      'mcc_category',
      'spending categor~',
      'spend categor~',
      'merchant category',
      'merchant categories',
      'категори~ мерчант~',
      'категори~ торгов~ точ~',
      'категори~',
      'mcc категори~',
      'категори~ mcc',
      // a loyalty programme's word for them: «по категориям кэшбэка», «кэшбэк-категория», "cashback categories"
      'категори~ кэшбэк~',
      'категори~ кешбэк~',
      'кэшбэк категори~',
      'кешбэк категори~',
      'cashback categor~',
      'кэшбэк санат~',
      'кешбэк санат~',
      'категори~ мсс',
      'мсс категори~',
      'сфер~',
    ],
    dim('mcc_category'),
  ),
  e(
    [
      'city',
      'cities',
      'town~',
      'город~',
      'городск~',
      // "merchant city" is one column, not merchant and city.
      'merchant city',
      'merchant cities',
      'merchant_city',
      'город~ мерчант~',
      'город~ торгов~ точ~',
      'город~ магазин~',
    ],
    dim('merchant_city'),
  ),
  e(
    [
      'bank',
      'banks',
      'issuer~',
      'issuing bank~',
      'issuer bank~',
      'issuer bank name',
      'card bank~',
      'card issuer~',
      'банк~',
      'эмитент~',
      'банк~ эмитент~',
      'банк эмитент~',
    ],
    dim('issuer_bank_name'),
  ),
  e(
    [
      'transaction type~',
      'type~ of transaction~',
      'type~',
      'operation type~',
      'payment type~',
      // "by payment instrument (transaction type)": a regulator's word for it
      'payment instrument~',
      'тип~',
      'тип~ транзакци~',
      'тип~ операци~',
      // (The forms of «вид» spelled out: «вид~» took «виджет» — "widget: operations …" — for the type.)
      ...KIND_FORMS.flatMap((f) => [`${f} операци~`, `${f} транзакци~`]),
      'тип~ платеж~',
    ],
    dim('transaction_type'),
  ),
  e(
    [
      'currency',
      'currencies',
      // the FX desk's shorthand: "by ccy", "each ccy's share"
      'ccy',
      'ccys',
      'валют~',
      // «по валюте операции» (by the payment's currency), not «по валютным операциям» (on foreign-currency
      // payments, a condition)
      ...['по валюте', 'по валютам'].flatMap((by) => [`${by} операци~`, `${by} транзакци~`]),
    ],
    dim('transaction_currency'),
  ),
  e(
    [
      'country',
      'countries',
      'destination~',
      'acquirer country',
      'acquirer country iso',
      'acquirer countries',
      'acquiring country',
      'merchant country',
      'merchant countries',
      'стран~ мерчант~',
      'country of the acquirer',
      'country of acquirer',
      'стран~',
      'стран~ эквайер~',
      'стран~ эквайринг~',
      'country code',
      'country codes',
      'acquirer_country_iso',
      'код~ стран~',
    ],
    dim('acquirer_country_iso'),
  ),
  e(
    [
      'entry mode~',
      // "by entry mode … for each mode": the column said again, short
      'each mode',
      'per mode',
      'by mode',
      // "Swipe entry": the column word after its value
      'entry',
      'card entry mode~',
      'pos entry mode~',
      'payment method~',
      'means of payment',
      'способ~ оплат~',
      'способ~ проведени~',
      'способ~ проведени~ карт~',
      'способ~ ввода',
      'способ~ ввода карт~',
      'способ~ ввод~',
      'режим~ ввод~',
      'способ~ платеж~',
    ],
    dim('pos_entry_mode'),
  ),
  e(['wallet~', 'wallet type~', 'кошел~', 'кошельк~', 'тип~ кошел~', 'тип~ кошельк~'], dim('wallet_type')),
  e(
    [
      'merchant~',
      'store~',
      'shop',
      'shops',
      'outlet~',
      'retailer~',
      'мерчант~',
      // «топ-5 мерчей»: the merchants, in short
      'мерч~',
      'магазин~',
      'торгов~ точк~',
      'торгов~ точек',
      // «ТСП» (торгово-сервисное предприятие): a merchant, as acquirers say
      'тсп',
      'продав~',
      'merchant id',
      'merchant ids',
      'merchant_id',
      'мерчант~ id',
      'id мерчант~',
    ],
    dim('merchant_id'),
  ),
  e(
    [
      'mcc',
      'mccs',
      // the column's own name, merchant_mcc
      'merchant mcc',
      'merchant mcc code~',
      'mcc code~',
      'merchant category code~',
      'мсс',
      'mcc код~',
      'код~ mcc',
      'мсс код~',
      'код~ мсс',
    ],
    dim('merchant_mcc'),
  ),
  e(
    [
      'weekday',
      // SQL's names for it: isodow, dow, "extract(isodow from transaction_timestamp)"
      'isodow',
      'dow',
      'extract isodow',
      'extract dow',
      'extract isodow from transaction timestamp',
      'extract dow from transaction timestamp',
      'day of week',
      'day of the week',
      'days of the week',
      'days of week',
      'день недели',
      'дням недели',
      'дни недели',
      'дня недели',
      'дн~ недели',
    ],
    dim('weekday'),
  ),
  e(
    [
      'hour of day',
      'hour of the day',
      // SQL's: "extract(hour from transaction_timestamp)", «по extract(hour)»
      'extract hour',
      'extract hour from transaction timestamp',
      'hours of the day',
      'time of day',
      'час~ суток',
      'часы суток',
      'часам суток',
      'время суток',
      'времени суток',
    ],
    dim('hour_of_day'),
  ),
  // "on which days of the month are salaries paid", «по числам месяца»: 1..31 over any period.
  e(
    [
      'day of the month',
      'days of the month',
      // SQL's: "extract(day from transaction_timestamp)"
      'extract day',
      'extract day from transaction timestamp',
      'day of month',
      'days of month',
      'числ~ месяц~',
      'дн~ месяц~',
      'день месяца',
    ],
    dim('day_of_month'),
  ),
];

/** "distinct", «разных»: before a column word, words that count its distinct values. */
export const DISTINCT_WORDS: readonly string[] = [
  'distinct',
  'unique',
  'different',
  'разных',
  'различных',
  'уник',
  'уникальных',
  // (nominative: «перечисли уникальные MCC»)
  'уникальные',
  'различные',
  'разные',
];

/**
 * "fast food places (MCC 5814)", "coffee spots": nouns for the places of a kind, read only between the
 * kind and its code in brackets, where they are the merchants counted (elsewhere not understood).
 */
export const PLACE_NOUNS: readonly string[] = [
  'places',
  'place',
  'spots',
  'venues',
  'joints',
  'locations',
  'businesses',
];

/** «acquirer_country_iso бірегей мәндері»: Kazakh says "distinct" after the column, before its values. */
export const KAZAKH_DISTINCT_AFTER: readonly string[] = ['бірегей'];

/** «неше түрлі» (how many kinds of): after a count word, the values counted distinct. */
export const KAZAKH_KINDS: readonly string[] = ['түрлі'];

/** "by means of", «карта арқылы»: after the card, how the places took payments — no cards counted. */
export const BY_MEANS_OF: readonly string[] = ['арқылы'];

/** "all", «все»: before a column word, every value of it — not by itself a breakdown. */
export const ALL_WORDS: readonly string[] = ['all', 'все', 'всех', 'всем', 'всё', 'барлық'];

/**
 * "the total turnover across all transaction types", "… across every bank": "across all" with a column
 * summed over its values, no row each — unless the word right before "across" spreads the figure over
 * them ("How is turnover distributed across all transaction types?", "… compared across all banks").
 */
export const ACROSS_WORDS: readonly string[] = ['across'];
export const SPREAD_ACROSS_WORDS: readonly string[] = [
  'distributed',
  'distribution',
  'spread',
  'split',
  'broken',
  'break',
  'breakdown',
  'compare',
  'compared',
  'comparison',
  'vary',
  'varies',
  'varied',
  'differ',
  'differs',
  'mix',
  'ranked',
  'rank',
];

/**
 * Merchant category codes an acquiring analyst writes bare ("5411 last month", «по 5812», «5541
 * бойынша»): the codes of the card data this product is built for (docs/data.md). A four-digit number
 * among them, with nothing around it saying it is money, is read as that MCC.
 */
export const BARE_MCC_CODES: readonly number[] = [
  4111, 4121, 4511, 4722, 4814, 4829, 4899, 4900, 5045, 5200, 5251, 5311, 5331, 5399, 5411, 5422, 5441, 5451,
  5499, 5541, 5542, 5621, 5651, 5661, 5691, 5699, 5712, 5722, 5732, 5734, 5812, 5813, 5814, 5817, 5912, 5941,
  5942, 5945, 5970, 5999, 6011, 6012, 6051, 7011, 7210, 7230, 7299, 7399, 7538, 7542, 8011, 8021, 8099, 8299,
];

/** Words after which a number is a quantity, never a bare MCC code: "Were there 5411 transactions?", «около 5411». */
export const QUANTITY_BEFORE_WORDS: readonly string[] = [
  'there',
  'were',
  'was',
  'exactly',
  'about',
  'around',
  'approximately',
  'nearly',
  'almost',
  'ровно',
  'около',
  'примерно',
  'почти',
  'шамамен',
];
