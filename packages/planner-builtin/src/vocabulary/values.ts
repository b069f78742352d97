import type { VocabularyEntry } from '../meaning.js';
import { e, value, valueNoun } from './entry.js';

/** Values of the enum columns: categories, cities, banks, transaction types, entry modes, wallets, currencies, countries. */
export const VALUE_WORDS: readonly VocabularyEntry[] = [
  // ── mcc_category ────────────────────────────────────────────────────────────────────────────
  e(
    ['clothing', 'clothes', 'apparel', 'fashion', 'одежд~', 'обув~', 'одежда и обувь'],
    value('mcc_category', 'Clothing & Apparel'),
  ),
  e(
    [
      'restaurant~',
      'dining',
      'cafe~',
      'cafes',
      'eating out',
      'food service',
      'ресторан~',
      'кафе',
      'общепит~',
      'фастфуд~',
    ],
    value('mcc_category', 'Dining & Restaurants'),
  ),
  e(
    ['electronic~', 'software', 'gadget~', 'электроник~', 'гаджет~', 'софт', 'программн~ обеспечени~'],
    value('mcc_category', 'Electronics & Software'),
  ),
  e(
    [
      'fuel',
      'petrol',
      'gasoline',
      'gas station~',
      'service station~',
      'filling station~',
      'азс',
      'топлив~',
      'бензин~',
      'заправк~',
      'автозаправк~',
    ],
    value('mcc_category', 'Fuel & Service Stations'),
  ),
  e(
    [
      'general retail',
      'department store~',
      'retail',
      'универмаг~',
      'розниц~',
      'розничн~',
      'розничн~ торговл~',
    ],
    value('mcc_category', 'General Retail & Department'),
  ),
  // The category's own name, as the data spells it.
  e(
    ['general retail department', 'general retail and department'],
    value('mcc_category', 'General Retail & Department'),
  ),
  e(
    [
      'grocer~',
      'supermarket~',
      'food market~',
      'продукт~',
      'продуктов~',
      'супермаркет*',
      'гипермаркет*',
      'бакале~',
    ],
    value('mcc_category', 'Grocery & Food Markets'),
  ),
  e(
    [
      'hobby',
      'hobbies',
      'book',
      'books',
      'bookstore~',
      'sporting good~',
      'sport~',
      'хобби',
      'книг~',
      'книжн~',
      'спорт~',
      'спорттовар~',
      'спортивн~ товар~',
      'хобби и книги',
      'hobby and books',
    ],
    value('mcc_category', 'Hobby, Books, Sporting Goods'),
  ),
  e(
    [
      'home furnishing~',
      'furniture',
      'home good~',
      'home supplies',
      'мебел~',
      'товар~ для дом~',
      'домашн~ обустройств~',
    ],
    value('mcc_category', 'Home Furnishings & Supplies'),
  ),
  // The category's own name, as the data spells it.
  e(
    ['home furnishings supplies', 'home furnishings and supplies'],
    value('mcc_category', 'Home Furnishings & Supplies'),
  ),
  e(
    [
      'pharmac~',
      'drugstore~',
      'health',
      'healthcare',
      'medicine~',
      'аптек~',
      'аптечн~',
      'здоровь~',
      'медицин*',
      'лекарств~',
    ],
    value('mcc_category', 'Pharmacies & Health'),
  ),
  e(
    ['services', 'service', 'other services', 'services other', 'услуг~', 'прочи~ услуг~', 'сервис~'],
    value('mcc_category', 'Services (Other)'),
  ),
  e(
    [
      'travel~',
      'transport~',
      'taxi~',
      'airline~',
      'flight~',
      'путешестви~',
      'транспорт*',
      'такси',
      'авиабилет~',
      'туризм~',
      'перелет~',
    ],
    value('mcc_category', 'Travel & Transportation'),
  ),
  // The category's own name, as the data spells it.
  e(['travel transportation', 'travel and transportation'], value('mcc_category', 'Travel & Transportation')),
  e(
    ['unknown category', 'unknown', 'uncategorized', 'неизвестн~ категори~', 'неизвестн~', 'без категори~'],
    value('mcc_category', 'Unknown'),
  ),
  e(
    [
      'utilit~',
      'utility bill~',
      'коммунальн~',
      'коммунальн~ услуг~',
      'коммунальн~ платеж~',
      'коммуналк~',
      'жкх',
      'жку',
    ],
    value('mcc_category', 'Utilities & Bill Payments'),
  ),

  // ── merchant_city ───────────────────────────────────────────────────────────────────────────
  e(['almaty', 'alma ata', 'алматы', 'алма ата', 'алмат~', 'алматинск~'], value('merchant_city', 'Almaty')),
  e(['astana', 'nur sultan', 'астан~', 'нур султан~'], value('merchant_city', 'Astana')),
  e(['shymkent', 'chimkent', 'шымкент~', 'чимкент~'], value('merchant_city', 'Shymkent')),
  e(
    ['karaganda', 'karagandy', 'qaraghandy', 'караганд~', 'карагандинск~'],
    value('merchant_city', 'Karaganda'),
  ),
  e(['aktobe', 'aqtobe', 'актобе', 'актюбинск~'], value('merchant_city', 'Aktobe')),
  e(['taraz', 'тараз~'], value('merchant_city', 'Taraz')),
  e(['pavlodar', 'павлодар~'], value('merchant_city', 'Pavlodar')),
  e(
    ['oskemen', 'öskemen', 'ust kamenogorsk', 'оскемен~', 'өскемен~', 'усть каменогорск~'],
    value('merchant_city', 'Oskemen'),
  ),

  // ── issuer_bank_name ────────────────────────────────────────────────────────────────────────
  e(
    ['halyk', 'halyk bank', 'халык~', 'халык банк~', 'народн~ банк~'],
    value('issuer_bank_name', 'Halyk Bank'),
  ),
  e(['kaspi', 'kaspi bank', 'каспи', 'каспи банк~'], value('issuer_bank_name', 'Kaspi Bank')),
  e(
    ['forte', 'fortebank', 'forte bank', 'форте', 'фортебанк~', 'форте банк~'],
    value('issuer_bank_name', 'ForteBank'),
  ),
  e(['jusan', 'jusan bank', 'жусан~', 'жусан банк~'], value('issuer_bank_name', 'Jusan Bank')),
  e(
    ['eurasian', 'eurasian bank', 'евразийск~', 'евразийск~ банк~'],
    value('issuer_bank_name', 'Eurasian Bank'),
  ),
  e(
    [
      'centercredit',
      'center credit',
      'bank centercredit',
      'bank center credit',
      'bcc',
      'бцк',
      'центркредит~',
      'центр кредит~',
      'банк~ центркредит~',
      'банк~ центр кредит~',
    ],
    value('issuer_bank_name', 'Bank CenterCredit'),
  ),

  // ── transaction_type ────────────────────────────────────────────────────────────────────────
  // Nouns for transactions of a type are `valueNoun`: "withdrawals by hour" counts them.
  e(
    [
      'cash withdrawal~',
      'withdrawal~',
      'atm withdrawal~',
      'снят~ наличн~',
      'сняти~',
      'снят~ денег',
      'обналичивани~',
    ],
    valueNoun('transaction_type', 'ATM_WITHDRAWAL'),
  ),
  e(
    [
      'atm',
      'atms',
      'cash withdrawn',
      'withdrew cash',
      'withdraw cash',
      'withdrawing cash',
      'withdrawn cash',
      'cash was withdrawn',
      'withdrawn',
      'withdrew',
      'cash out',
      'снима~ наличн~',
      'снял~ наличн~',
      'сняли',
      'банкомат~',
      'atm_withdrawal',
    ],
    value('transaction_type', 'ATM_WITHDRAWAL'),
  ),
  e(
    ['bill payment~', 'bills', 'оплат~ счет~', 'платеж~ по счет~'],
    valueNoun('transaction_type', 'BILL_PAYMENT'),
  ),
  e(['bill~ pay~', 'bill_payment'], value('transaction_type', 'BILL_PAYMENT')),
  e(
    [
      'online',
      'ecom',
      'e commerce',
      'ecommerce',
      'internet',
      'онлайн~',
      'онлайн',
      'интернет~',
      'электронн~ коммерци~',
    ],
    value('transaction_type', 'ECOM'),
  ),
  e(
    [
      'incoming transfer~',
      'incoming p2p transfer~',
      'входящ~ p2p перевод~',
      'transfer~ in',
      'received transfer~',
      'входящ~ перевод~',
    ],
    valueNoun('transaction_type', 'P2P_IN'),
  ),
  e(['incoming p2p', 'p2p in', 'p2p_in', 'входящ~ p2p'], value('transaction_type', 'P2P_IN')),
  e(
    [
      'outgoing transfer~',
      'outgoing p2p transfer~',
      'исходящ~ p2p перевод~',
      'transfer~ out',
      'sent transfer~',
      'исходящ~ перевод~',
    ],
    valueNoun('transaction_type', 'P2P_OUT'),
  ),
  e(['outgoing p2p', 'p2p out', 'p2p_out', 'исходящ~ p2p'], value('transaction_type', 'P2P_OUT')),
  e(
    ['transfer~', 'p2p transfer~', 'перевод~', 'p2p перевод~'],
    valueNoun('transaction_type', 'P2P_IN', 'P2P_OUT'),
  ),
  e(['p2p'], value('transaction_type', 'P2P_IN', 'P2P_OUT')),
  e(
    ['pos', 'in store', 'instore', 'card present', 'офлайн~', 'оффлайн~', 'терминал~', 'pos терминал~'],
    value('transaction_type', 'POS'),
  ),
  e(
    [
      'salary credit~',
      'salary payment~',
      'salary deposit~',
      'payroll credit~',
      'payroll deposit~',
      'payroll payment~',
      'зарплатн~ поступлени~',
      'зарплатн~ зачислени~',
      'зарплатн~ начислени~',
      'зарплатн~ выплат~',
      'поступлени~ зарплат~',
      'зачислени~ зарплат~',
      'начислени~ зарплат~',
      'выплат~ зарплат~',
    ],
    valueNoun('transaction_type', 'SALARY'),
  ),
  e(
    ['salary', 'salaries', 'payroll', 'wage~', 'зарплат~', 'заработн~ плат~', 'зарплатн~'],
    value('transaction_type', 'SALARY'),
  ),

  // ── pos_entry_mode ──────────────────────────────────────────────────────────────────────────
  e(
    ['contactless', 'nfc', 'tap to pay', 'tap and pay', 'paywave', 'paypass', 'бесконтакт~', 'бесконтакт*'],
    value('pos_entry_mode', 'Contactless'),
  ),
  e(['qr', 'qr code~', 'qr код~', 'qr_code', 'кр код~'], value('pos_entry_mode', 'QR_Code')),
  e(
    [
      'swipe',
      'swiped',
      'magnetic stripe',
      'magnetic strip',
      'mag stripe',
      'magstripe',
      'магнитн~ полос~',
      'магнитк~',
    ],
    value('pos_entry_mode', 'Swipe'),
  ),

  // ── wallet_type ─────────────────────────────────────────────────────────────────────────────
  e(
    ['apple pay', 'applepay', 'эппл пэй', 'эпл пэй', 'эппл пей', 'эпл пей'],
    value('wallet_type', 'Apple Pay'),
  ),
  e(['google pay', 'googlepay', 'gpay', 'гугл пэй', 'гугл пей'], value('wallet_type', 'Google Pay')),
  e(['samsung pay', 'samsungpay', 'самсунг пэй', 'самсунг пей'], value('wallet_type', 'Samsung Pay')),
  e(
    [
      'mobile wallet~',
      'with a wallet',
      'with wallet',
      'with a mobile wallet',
      'via wallet',
      'via a wallet',
      'via mobile wallet~',
      'мобильн~ кошел~',
      'мобильн~ кошельк~',
      'с кошельк~',
      'через кошел~',
      'через кошельк~',
      'через мобильн~ кошел~',
      'через мобильн~ кошельк~',
    ],
    { kind: 'presence', column: 'wallet_type', present: true },
  ),
  e(
    [
      'without a wallet',
      'without wallet',
      'without a mobile wallet',
      'without mobile wallet~',
      'no wallet',
      'без кошел~',
      'без кошельк~',
      'без мобильн~ кошел~',
      'без мобильн~ кошельк~',
    ],
    { kind: 'presence', column: 'wallet_type', present: false },
  ),

  // ── transaction_currency ────────────────────────────────────────────────────────────────────
  e(
    ['usd', 'dollar~', 'us dollar~', 'american dollar~', 'доллар~', 'доллар~ сша', 'американск~ доллар~'],
    value('transaction_currency', 'USD'),
  ),
  e(['eur', 'euro~', 'евро'], value('transaction_currency', 'EUR')),
  e(
    ['cny', 'yuan', 'chinese yuan', 'renminbi', 'rmb', 'юан~', 'китайск~ юан~'],
    value('transaction_currency', 'CNY'),
  ),
  e(
    [
      'lira',
      'liras',
      'turkish lira~',
      'лир~',
      'турецк~ лир~',
      'in try',
      'валют~ try',
      'в валют~ try',
      'в try',
      'try currency',
    ],
    value('transaction_currency', 'TRY'),
  ),
  e(
    ['kgs', 'som', 'kyrgyz som~', 'сом', 'сомах', 'киргизск~ сом~', 'кыргызск~ сом~'],
    value('transaction_currency', 'KGS'),
  ),
  e(
    ['uzs', 'uzbek sum~', 'uzbek som', 'узбекск~ сум~', 'узбекск~ сом~'],
    value('transaction_currency', 'UZS'),
  ),
  e(['gel', 'lari', 'georgian lari', 'лари', 'грузинск~ лари'], value('transaction_currency', 'GEL')),
  e(['amd', 'dram~', 'armenian dram~', 'драм~', 'армянск~ драм~'], value('transaction_currency', 'AMD')),
  e(
    ['byn', 'belarusian rubl~', 'belarusian ruble~', 'белорусск~ рубл~', 'белорусск~ рубл*'],
    value('transaction_currency', 'BYN'),
  ),
  e(
    [
      'local currency',
      'national currency',
      'kzt currency',
      'currency kzt',
      'in kzt currency',
      'национальн~ валют~',
      'валют~ kzt',
      'валют~ тенге',
    ],
    value('transaction_currency', 'KZT'),
  ),
  e(['foreign currenc~', 'иностранн~ валют~', 'валютн~', 'в валюте'], {
    kind: 'notValue',
    column: 'transaction_currency',
    values: ['KZT'],
  }),

  // ── acquirer_country_iso ────────────────────────────────────────────────────────────────────
  e(
    [
      'domestic',
      'domestically',
      'kazakhstan',
      'in kazakhstan',
      'казахстан~',
      'внутренн~',
      'внутри стран~',
      'отечествен~',
    ],
    value('acquirer_country_iso', 'KAZ'),
  ),
  e(
    [
      'abroad',
      'foreign',
      'international',
      'overseas',
      'cross border',
      'за границ~',
      'за рубеж~',
      'зарубежн~',
      'заграничн~',
      'иностранн~',
      'международн~',
      'трансграничн~',
    ],
    { kind: 'notValue', column: 'acquirer_country_iso', values: ['KAZ'] },
  ),
  // Countries by name, adjective ("Turkish acquirers", «турецкий эквайер») and ISO code ("outside KAZ").
  e(['kaz', 'kazakh acquirer~', 'kazakhstani', 'казахстанск~'], value('acquirer_country_iso', 'KAZ')),
  e(['armenia', 'armenian', 'arm', 'армени~', 'армянск~'], value('acquirer_country_iso', 'ARM')),
  e(
    ['belarus', 'belarusian', 'blr', 'беларус~', 'белорусси~', 'белорусск~'],
    value('acquirer_country_iso', 'BLR'),
  ),
  e(['china', 'chinese', 'chn', 'кита~', 'китайск~'], value('acquirer_country_iso', 'CHN')),
  e(['georgia', 'georgian', 'geo', 'грузи~', 'грузинск~'], value('acquirer_country_iso', 'GEO')),
  e(['italy', 'italian', 'ita', 'итали~', 'итальянск~'], value('acquirer_country_iso', 'ITA')),
  e(
    [
      'kyrgyzstan',
      'kyrgyz republic',
      'kyrgyz',
      'kgz',
      'кыргызстан~',
      'киргизи~',
      'киргизстан~',
      'кыргызск~',
      'киргизск~',
    ],
    value('acquirer_country_iso', 'KGZ'),
  ),
  e(
    ['turkey', 'turkiye', 'türkiye', 'turkish', 'tur', 'турци~', 'турецк~'],
    value('acquirer_country_iso', 'TUR'),
  ),
  e(
    ['usa', 'united states', 'america', 'american', 'us acquirer~', 'u.s.', 'сша', 'америк~', 'американск~'],
    value('acquirer_country_iso', 'USA'),
  ),
  e(['uzbekistan', 'uzbek', 'uzb', 'узбекистан~', 'узбекск~'], value('acquirer_country_iso', 'UZB')),
  // "how much cash was withdrawn from ATMs": "cash" is understood once the plan is about withdrawals.
  // («сколько наличных сняли» asks for an amount, «сколько снятий наличных» for a count: left to ask back.)
  e(['cash'], { kind: 'columnWord', column: 'transaction_type' }),
  // ECOM is both a transaction type and an entry mode: named with its column, it is the entry mode.
  e(
    [
      'pos entry mode ecom',
      'entry mode ecom',
      'ecom entry mode',
      'режим~ ввод~ ecom',
      'способ~ ввод~ ecom',
      'pos_entry_mode ecom',
    ],
    value('pos_entry_mode', 'ECOM'),
  ),
  e(['acquirer~', 'acquiring', 'acquiring bank~', 'эквайер~', 'эквайринг~'], {
    kind: 'columnWord',
    column: 'acquirer_country_iso',
  }),
];
