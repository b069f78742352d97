import type { VocabularyEntry } from '../meaning.js';
import { e } from './entry.js';

/** "came in" said of transactions before a time: when they happened ("… came in at night"). */
export const ARRIVED_WORDS: readonly string[] = ['came in', 'come in', 'comes in', 'coming in'];

/** The things counted: transactions (count or money flavour) and cards / customers. */
export const COUNTED_WORDS: readonly VocabularyEntry[] = [
  // ── things counted ──────────────────────────────────────────────────────────────────────────
  e(
    [
      'transaction~',
      'txn~',
      // ("how many trx yesterday", «сколько trx по алматы»: the other chat shorthand)
      'trx',
      'trxs',
      // chat shorthand: "bill pmt amt", "pmts"
      'pmt',
      'pmts',
      'operation~',
      'ops',
      'card tap',
      'card taps',
      'activity',
      // the monitoring desk's words for the stream of payments: "evening flow", «нагрузка по часам»,
      // «поток операций», «жүктеме сағат бойынша»
      'flow',
      'нагрузк~',
      'поток',
      'потока',
      'потоке',
      'жүктеме',
      'жүктемесі',
      'транзакци~',
      'операци~',
      // «кол-во опер», «ночных опер»: the chat shorthand, and the typo «операцй»
      'опер',
      'операцй',
      // ("counting transactions of every type", «операции всех типов»: every type, no row per type)
      'transaction~ of every type',
      'transaction~ of all types',
      'transaction~ of any type',
      'all types of transaction~',
      'операци~ всех типов',
      'операци~ любого типа',
      'операци~ любых типов',
      // «карточных операций» (card operations): the transactions, not the cards
      'карточн~ операци~',
      'карточн~ платеж~',
      'карточн~ транзакци~',
      // "row count", «количество строк», «жолдар саны»: data stewards count the table's rows, each a
      // transaction (a row as the shape of an answer, "one row each", «в одной строке», is read first).
      'row',
      'rows',
      // «дней с данными» (days with data): the rows of the table
      'данными',
      'строк',
      'строки',
      'строках',
      'строками',
      'table rows',
      'rows in the table',
      // "taxi rides", «поездок на такси»: each ride a payment
      'rides',
      'поездок',
      'поездки',
      // «сколько записей», «жазбалар саны», "records": the table's records, each a transaction
      'records',
      // "the number of entries", "entries by bank": an auditor's word for them ("entry mode" is read first)
      'entries',
      'запис~',
      'жазба~',
    ],
    {
      kind: 'entity',
      entity: 'transactions',
      flavor: 'count',
    },
  ),
  e(
    [
      'payment~',
      'purchase~',
      'payout~',
      'sale~',
      'charge~',
      'платеж~',
      'покуп~',
      'оплат~',
      // «сумма опл.»: the abbreviation
      'опл',
      'выплат~',
      'продаж~',
    ],
    {
      kind: 'entity',
      entity: 'transactions',
      flavor: 'money',
    },
  ),
  e(
    [
      'card~',
      'cardholder~',
      'customer~',
      'client~',
      'user~',
      'buyer~',
      'shopper~',
      'карт~',
      'картам~',
      'держател~ карт~',
      // «доля держателей, плативших через Apple Pay» (cardholders, the card left unsaid)
      'держател~',
      'клиент~',
      'покупател~',
      'пользовател~',
    ],
    { kind: 'entity', entity: 'cards', flavor: 'count' },
  ),

  e(
    [
      'unique card~',
      'distinct card~',
      // the column's own name: "distinct card_key", «уникальных card_key»
      'distinct card key~',
      'unique card key~',
      'уникальн~ card key~',
      'различн~ card key~',
      'active card~',
      'unique active card~',
      'unique customer~',
      'distinct customer~',
      'unique cardholder~',
      'уникальн~ карт~',
      'уник карт~', // abbreviated
      'различн~ карт~',
      'разн~ карт~',
      'уникальн~ клиент~',
      'уникальн~ держател~',
      'активн~ карт~',
      'активн~ клиент~',
      // the marketers' "reach", «охват»: how many distinct cards paid ("reach out to them" is a verb
      // phrase, not read here)
      'reach',
      'охват~',
    ],
    { kind: 'entity', entity: 'cards', flavor: 'count', distinct: true },
  ),
  // "spend per card", «на одну карту»: divided by the number of distinct cards ("by card" is refused).
  e(
    [
      'per card',
      'one card',
      'одна карта',
      'одной картой',
      'один клиент',
      'одним клиентом',
      'per cardholder',
      'per card holder',
      'per unique card',
      'per distinct card',
      'per active card',
      // ("P2P_OUT transfers per sending card": the card that pays, as every card counted here is)
      'per sending card',
      'per paying card',
      'per spending card',
      'per customer',
      'per client',
      'per user',
      'на карту',
      'на одну карту',
      'на 1 карту',
      'в расчете на карту',
      'в расчёте на карту',
      'в расчете на одну карту',
      'в расчёте на одну карту',
      'на клиента',
      'на одного клиента',
      'на держателя карты',
      'на одного держателя карты',
      'на одну активную карту',
      'на активную карту',
      'на одного уникального клиента',
      'на одного активного клиента',
      // "total KZT divided by distinct cards", "(transactions divided by distinct cards)": the ratio said
      // as its formula
      'divided by distinct cards',
      'divided by the distinct cards',
      'divided by the number of distinct cards',
      'divided by the number of cards',
      'divided by unique cards',
    ],
    { kind: 'perCard' },
  ),
  e(
    [
      // (English "per merchant" is read by the pass, after "average": "per merchant city" is a breakdown)
      'per one merchant',
      'на мерчанта',
      'на одного мерчанта',
      'на один мерчант',
      'на 1 мерчанта',
      'в расчете на мерчанта',
      'в расчёте на мерчанта',
      'в расчете на одного мерчанта',
      'в расчёте на одного мерчанта',
    ],
    { kind: 'perMerchant' },
  ),
  e(
    [
      'came in',
      'come in',
      'comes in',
      'coming in',
      'inflow~',
      'приток~',
      'поступил~',
      'поступло',
      'поступлени~',
      'пришло',
      'пришла',
      'пришли',
      'пришел',
      'зачислен~',
      'начислен~',
    ],
    { kind: 'direction', incoming: true },
  ),
  e(
    [
      'outflow~',
      'отток~',
      'went out',
      'go out',
      'goes out',
      'going out',
      'sent',
      // ("cards sending": it was read as a typo of "spending", an amount.)
      'sending',
      'sent out',
      'send out',
      'отправлен~',
      'отправили',
      'отправляли',
    ],
    { kind: 'direction', incoming: false },
  ),
];

/** Nouns of money flowing: "cash outflow", «отток» — the amount, as "turnover" is (settle-measures.ts). */
export const MONEY_FLOW_NOUN = /^(outflows?|inflows?|отток|оттока|приток|притока)$/;

/** Transaction types whose money comes in to the card; every other type is money going out. */
export const INCOMING_TRANSACTION_TYPES: readonly string[] = ['P2P_IN', 'SALARY'];

/** "each card", «каждая карта», «әр карта»: words that take one card at a time. */
export const EACH_CARD: readonly string[] = ['each', 'every', 'каждая', 'каждой', 'каждую', 'әр'];

/** Words that make a card word one card, any card: under an average, "per card". */
export const SINGLE_CARD: readonly string[] = [...EACH_CARD, 'a', 'an', 'one', 'одна'];

/** "divided by", «делённая на»: a ratio spelled out as its division (the sign "÷" is read as the slash). */
export const DIVIDE_WORDS: readonly VocabularyEntry[] = [
  e(
    [
      'divided by',
      'divided',
      'деленная на',
      'деленный на',
      'деленное на',
      'деленную на',
      'поделенная на',
      'поделенный на',
      'разделить на',
      'поделить на',
    ],
    { kind: 'divide' },
  ),
];

/**
 * The words a ratio spelled out may restate it with besides its measures and columns: pronouns ("that
 * city", «этой категории», «сол банктің»), the verbs of paying ("cards that paid", «которые платили»,
 * «төлеген»), "including today" («бүгінді қосқанда»), "where … =", "i.e.".
 */
export const RATIO_DEFINITION_WORDS: readonly string[] = [
  'where',
  'i',
  'e',
  'ie',
  'mean',
  'that',
  'this',
  'its',
  'their',
  'these',
  'those',
  'each',
  'paid',
  'transacted',
  'made',
  'used',
  'including',
  'incl',
  'т',
  'е',
  'то',
  'есть',
  'этой',
  'этом',
  'этого',
  'этих',
  'эти',
  'этот',
  'эту',
  'его',
  'ее',
  'их',
  'которые',
  'который',
  'которая',
  'платили',
  'платившие',
  'плативших',
  'снимали',
  'снимавшие',
  'включая',
  'сол',
  'осы',
  'төлеген',
  'жасаған',
  'қосқанда',
  // «…, то же для сб+вс», "same for Tuesday": the spelling said again for the other side
  'то же',
  'same',
];

/**
 * "How many people paid with Apple Pay", «сколько человек / людей платили», «қанша адам төледі»: people
 * counted are the cards they paid with. Elsewhere ("people paid in …", "how people pay") they say
 * nothing, as a stop word.
 */
export const PEOPLE_WORDS: readonly string[] = [
  'people',
  'ppl',
  'persons',
  'человек',
  'людей',
  'адам',
  'адамдар',
  'kazakhstanis',
  'казахстанцы',
  'казахстанцев',
  'қазақстандықтар',
];
/** «адамдар саны» (the number of people): Kazakh says the count after the people counted. */
export const KAZAKH_COUNT_AFTER: readonly string[] = ['саны'];

/**
 * Cards over two periods (passes/period-overlap.ts): "both", and the Kazakh «да / де» after each period
 * («тамызында да, қыркүйегінде де»), say the cards paid in each.
 */
export const BOTH_PERIODS_WORDS: readonly string[] = ['both'];
export const KAZAKH_ALSO_PARTICLES: readonly string[] = ['да', 'де', 'та', 'те'];
/** "… but not in October", «…, но не платили в октябре», "but made no payment in …": the other period left out. */
export const BUT_WORDS: readonly string[] = ['but', 'но', 'бірақ'];
/** «…, а сколько в Актобе?»: "whereas", joining a question asked again for another value. */
export const WHEREAS_WORDS: readonly string[] = ['а'];
export const NOT_PAID_WORDS: readonly string[] = ['no', 'not', 'never', 'не', 'жасамаған', 'төлемеген'];
