import type { VocabularyEntry } from '../meaning.js';
import { e, value, valueNoun } from './entry.js';

/** Values of the enum columns: categories, cities, banks, transaction types, entry modes, wallets, currencies, countries. */
/**
 * "in stores", «в магазинах»: the in-store channel (POS) — but before a category, «в магазинах мебели»,
 * the category's shops (passes/value-filters.ts).
 */
export const SHOP_WORDS: readonly string[] = [
  'in stores',
  'at stores',
  'at a store',
  'at the store',
  'in shops',
  'at shops',
  'in a shop',
  'в магазинах',
  'в магазине',
];

export const VALUE_WORDS: readonly VocabularyEntry[] = [
  // ── mcc_category ────────────────────────────────────────────────────────────────────────────
  e(
    [
      'clothing',
      'clothes',
      'shoes',
      'footwear',
      'apparel',
      'fashion',
      'одежд~',
      'обув~',
      'одежда и обувь',
      // «в магазинах одежды» (in clothing stores): the category's merchants, not the in-store channel.
      'в магазин~ одежд~',
      'в магазин~ обув~',
    ],
    value('mcc_category', 'Clothing & Apparel'),
  ),
  e(
    [
      'restaurant~',
      'dining',
      'cafe~',
      'cafes',
      // with its accent: "café", "cafés"
      'café',
      'cafés',
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
    [
      'electronic~',
      'software',
      'gadget~',
      'электроник~',
      'гаджет~',
      'софт',
      'программн~ обеспечени~',
      'в магазин~ электроник~',
    ],
    value('mcc_category', 'Electronics & Software'),
  ),
  e(
    [
      'fuel',
      'petrol',
      'gasoline',
      'gas station~',
      'fuel station~',
      'petrol station~',
      'service station~',
      'filling station~',
      'азс',
      // «карты, которые заправлялись на АЗС» (refuelled)
      'заправлял~',
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
      'в магазин~ продукт~',
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
      // (Not "book" alone: "FX book for FY2025" is a ledger, not the category.)
      'book shop~',
      'book store~',
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
      // "furniture and home stores"
      'home stores',
      'home store',
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
      'медучрежден~',
      'медицинск~ учрежден~',
    ],
    value('mcc_category', 'Pharmacies & Health'),
  ),
  e(
    [
      'services',
      'service',
      'other services',
      'services other',
      'услуг~',
      'прочи~ услуг~',
      'сервис~',
      // Kazakh «қызметтер» (services), not «қызметкер» (an employee)
      'қызметтер',
      'қызметтері',
      'қызметтерге',
      'қызметтерде',
      'қызметтердегі',
      'қызметтердің',
      'қызметтерінің',
      'басқа қызметтер',
    ],
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
      'utilities bill payments',
      'utilities and bill payments',
      'utilities bill payment',
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
  e(
    [
      'almaty',
      'alma ata',
      'almaata',
      'алматы',
      // the city's old name, declined: «в Алма-Ате», «из Алма-Аты»
      'алма ата',
      'алма ате',
      'алма аты',
      'алма атой',
      'алмаат~',
      'алмат~',
      'алматинск~',
    ],
    value('merchant_city', 'Almaty'),
  ),
  e(
    ['astana', 'nur sultan', 'nursultan', 'астан~', 'нур султан~', 'нурсултан~'],
    value('merchant_city', 'Astana'),
  ),
  // «в шыме», «по шыму»: the city's everyday short name
  e(
    ['shymkent', 'chimkent', 'шымкент~', 'чимкент~', 'шым', 'шыме', 'шыму', 'шыма'],
    value('merchant_city', 'Shymkent'),
  ),
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
  // "how many fill-ups", "fill-ups by city": purchases at fuel stations, counted.
  e(['fill up~', 'fillup~'], valueNoun('mcc_category', 'Fuel & Service Stations')),
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
      'атм',
      'atms',
      'cash withdrawn',
      'withdrew cash',
      'withdraw cash',
      'withdrawing cash',
      'withdrawn cash',
      'cash was withdrawn',
      'withdrawn',
      'withdrew',
      'withdraw',
      'cash out',
      'cash-out~',
      // «обналичка по банкам», «выдача наличных» (cash dispensed): the withdrawals
      'обналичк~',
      'выдач~ наличн~',
      'cash outs',
      'cashout~',
      'снима~ наличн~',
      'снима~ наличк~',
      'сняти~ наличк~',
      'снял~ наличн~',
      // «в сумме снятой налички», «снятых наличных» (of the cash withdrawn)
      'снят~ наличк~',
      'сняли',
      'снимали',
      'налом', // «сняли налом»: in cash
      'наличных', // «сколько наличных сняли»
      'наличные',
      'налички', // «сколько налички сняли»
      'наличку',
      'нал',
      'банкомат~',
      'atm_withdrawal',
    ],
    value('transaction_type', 'ATM_WITHDRAWAL'),
  ),
  e(
    [
      'bill payment~',
      'bills',
      'оплат~ счет~',
      'платеж~ по счет~',
      // "paid at least one bill", «оплачивавших счета», «оплатили счета»
      'bill',
      'оплачива~ счет~',
      'оплатив~ счет~',
      'оплатил~ счет~',
    ],
    valueNoun('transaction_type', 'BILL_PAYMENT'),
  ),
  e(['bill~ pay~', 'bill_payment'], value('transaction_type', 'BILL_PAYMENT')),
  e(
    [
      'online',
      'ecom',
      // «кол-во еком»: the code typed in Cyrillic in a chat
      'еком',
      'e commerce',
      'ecommerce',
      'e com',
      'internet',
      // card not present: online
      'cnp',
      'card not present',
      'card-not-present',
      // "when do people shop online": the verb with its channel
      'shop online',
      'shopping online',
      'shopped online',
      'with a card not present',
      'онлайн~',
      'онлайн',
      'интернет~',
      // «интернет-эквайринг» (internet acquiring): the online payments
      'интернет~ эквайринг~',
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
      // "cardholders who received P2P transfers": the direction verb before the kind (it was dropped)
      'received p2p transfer~',
      'received p2p',
      'получ~ p2p перевод~',
      'получен~ перевод~',
      'получивш~ перевод~',
      'входящ~ перевод~',
      // «входящий трансфер» (the English word in Russian)
      'входящ~ трансфер~',
      'входящ~ p2p трансфер~',
      // "incoming person-to-person transfers", «входящие переводы между частными лицами»
      'incoming person to person transfer~',
      'входящ~ перевод~ между частными лицами',
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
      // "P2P transfers out": the direction after the kind's own name (it was read as both ways)
      'p2p transfer~ out',
      'sent transfer~',
      'sent p2p transfer~',
      'sent p2p',
      'отправ~ p2p перевод~',
      'отправлен~ перевод~',
      'отправивш~ перевод~',
      'исходящ~ перевод~',
      'исходящ~ трансфер~',
      'исходящ~ p2p трансфер~',
      'outgoing person to person transfer~',
      'исходящ~ перевод~ между частными лицами',
    ],
    valueNoun('transaction_type', 'P2P_OUT'),
  ),
  e(['outgoing p2p', 'p2p out', 'p2p_out', 'исходящ~ p2p'], value('transaction_type', 'P2P_OUT')),
  e(
    [
      'transfer~',
      'p2p transfer~',
      'перевод~',
      'p2p перевод~',
      'трансфер~',
      'p2p трансфер~',
      'person to person transfer~',
      'перевод~ между частными лицами',
    ],
    valueNoun('transaction_type', 'P2P_IN', 'P2P_OUT'),
  ),
  e(
    [
      'p2p',
      'p2p in or out',
      'p2p in and out',
      'p2p both ways',
      'p2p входящие и исходящие',
      // «переводы с карты на карту» (card-to-card transfers): the transfers, no card singled out
      'с карты на карту',
      'card to card',
      'card-to-card',
    ],
    value('transaction_type', 'P2P_IN', 'P2P_OUT'),
  ),
  e(
    ['transfer~ in and out', 'transfer~ in or out', 'transfer~ both ways'],
    valueNoun('transaction_type', 'P2P_IN', 'P2P_OUT'),
  ),
  e(
    [
      'pos',
      // («пос операции», «пос төлемдер»: the letters as dictated)
      'пос',
      'in store',
      'instore',
      'in-store',
      'in person',
      'in-person',
      'card present',
      'офлайн~',
      'оффлайн~',
      'терминал~',
      'pos терминал~',
      // "at stores", «в магазинах»: where the card was presented, not a row per merchant ("by store").
      ...SHOP_WORDS,
      'в офлайн-магазинах',
    ],
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
      // «сколько зарплат» (how many salaries): the plural is counted; «сколько зарплаты» is money.
      'salaries',
      'зарплат',
    ],
    valueNoun('transaction_type', 'SALARY'),
  ),
  e(
    [
      'salary',
      'payroll',
      'wage~',
      'зарплат~',
      'заработн~ плат~',
      'зарплатн~',
      'зп',
      // «за исключением зачислений заработной платы»: the credits are the salary's own
      'зачислени~ заработн~ плат~',
      'зачислени~ зарплат~',
      'salary credit~',
    ],
    value('transaction_type', 'SALARY'),
  ),

  // ── pos_entry_mode ──────────────────────────────────────────────────────────────────────────
  e(
    [
      'contactless',
      'nfc',
      'tap to pay',
      'tap and pay',
      'paywave',
      'paypass',
      'бесконтакт~',
      'бесконтакт*',
      // «контактлес төлемдер»: the English word as Kazakh and Russian chats spell it
      'контактлес~',
    ],
    value('pos_entry_mode', 'Contactless'),
  ),
  // "how many taps", "tap payments": a tap is a contactless payment ("a plain card tap", restating a
  // contactless payment without a wallet, is the payment).
  e(['tap', 'taps'], valueNoun('pos_entry_mode', 'Contactless')),
  // («кьюар», «кью ар»: the letters as dictated, joined by the tokenizer)
  e(['qr', 'qr code~', 'qr код~', 'qr_code', 'кр код~', 'кьюар'], value('pos_entry_mode', 'QR_Code')),
  e(
    [
      'swipe',
      'swiped',
      'swiping',
      'swiping the card',
      'by swiping',
      'свайп~',
      'magnetic stripe',
      'magnetic strip',
      'mag stripe',
      'magstripe',
      'магнитн~ полос~',
      'магн полос~',
      'магнитк~',
    ],
    value('pos_entry_mode', 'Swipe'),
  ),
  // "how many card swipes": a swipe is a payment read from the stripe (not the cards that swiped).
  e(['swipes', 'card swipe', 'card swipes'], valueNoun('pos_entry_mode', 'Swipe')),

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
      'digital wallet~',
      'цифров~ кошел~',
      'цифров~ кошельк~',
      'any wallet',
      'любой wallet',
      'любой кошел~',
      'любым кошельк~',
      'with a wallet',
      // "how many distinct cards used a wallet": a wallet, any one (it was a row per wallet)
      'a wallet',
      // "per wallet-using card", "wallet-enabled cards": the cards that paid with one
      'wallet using',
      'wallet paying',
      'wallet enabled',
      'with wallet',
      'with a mobile wallet',
      'via wallet',
      'via a wallet',
      'via mobile wallet~',
      // "went through a wallet" (it was a row per wallet)
      'through a wallet',
      'through a mobile wallet',
      'through mobile wallet~',
      'using a wallet',
      'using a mobile wallet',
      'мобильн~ кошел~',
      'мобильн~ кошельк~',
      'с кошельк~',
      'через кошел~',
      'через кошельк~',
      'через мобильн~ кошел~',
      'через мобильн~ кошельк~',
      // "wallet-token payments", "carried a wallet token": the network's word for a wallet payment
      'wallet token',
      'wallet tokens',
      'phone wallet~',
      'with a phone wallet',
      'with a phone',
      // "paid by phone", «оплачена через телефон», «платили смартфоном»: with a wallet (a phone number
      // is personal data, and refused as such)
      'by phone',
      'телефонмен',
      'with a smartphone',
      'by smartphone',
      'через телефон',
      'через смартфон',
      'телефоном',
      'смартфоном',
      'с телефона',
      'со смартфона',
      // "(any wallet)", «любым кошельком»
      'any wallet',
      'any mobile wallet',
      // ("used to pay by phone, with any of the wallets": any one of them, no row each)
      'any of the wallets',
      'with any of the wallets',
      'any of the mobile wallets',
      'любым кошельком',
      'любой кошелек',
      'любой кошелёк',
      // "tokenized payments", «токенизированные платежи»: a wallet pays with a token of the card
      'tokenized',
      'tokenised',
      'токенизированн~',
      // the column tested as written: wallet_type is not null («не null», «null емес»)
      'wallet type is not null',
      'wallet type not null',
      'wallet type не null',
      'wallet type null емес',
      'wallet type null еместер~',
    ],
    { kind: 'presence', column: 'wallet_type', present: true },
  ),
  // "wallet payments", «платежи через кошелёк»: the payments themselves, made with a wallet — counted
  // ("more than 300 wallet payments" is a number of them, not an amount).
  e(
    [
      'wallet payment~',
      'wallet token payment~',
      'phone payment~',
      'wallet transaction~',
      'wallet txn~',
      'wallet purchase~',
      'mobile wallet payment~',
      'платеж~ через кошельк~',
    ],
    { kind: 'presence', column: 'wallet_type', present: true, counts: true },
  ),
  e(
    [
      'without a wallet',
      'without wallet',
      'w o wallet',
      'w o a wallet',
      'without a mobile wallet',
      'without mobile wallet~',
      'no wallet',
      'no wallet type',
      'no wallet token',
      'without a wallet type',
      'without wallet type',
      'no mobile wallet',
      // «wallet пустой», 'wallet empty': no wallet
      'wallet empty',
      'wallet type is null',
      'wallet type null',
      'wallet пуст~',
      'кошел~ пуст~',
      'пуст~ кошел~',
      'без кошел~',
      'без кошельк~',
      'без мобильн~ кошел~',
      'без мобильн~ кошельк~',
      // «(физической картой)», "with the physical card": the plastic itself, no wallet token
      'физическ~ карт~',
      'with the physical card',
      'with a physical card',
      'physical card',
      'physical cards',
    ],
    { kind: 'presence', column: 'wallet_type', present: false },
  ),

  e(
    [
      'pos entry mode is not null',
      'pos entry mode not null',
      'pos entry mode не null',
      'pos entry mode null емес',
      'pos entry mode null еместер~',
    ],
    { kind: 'presence', column: 'pos_entry_mode', present: true },
  ),
  e(['pos entry mode is null', 'pos entry mode null'], {
    kind: 'presence',
    column: 'pos_entry_mode',
    present: false,
  }),

  // ── transaction_currency ────────────────────────────────────────────────────────────────────
  e(
    // ("bucks", «баксы»: dollars, as people say)
    [
      'usd',
      'dollar~',
      'us dollar~',
      'american dollar~',
      'buck',
      'bucks',
      'доллар~',
      'доллар~ сша',
      'американск~ доллар~',
      'бакс~',
      // «в зелёных» (in greenbacks): slang for dollars
      'зелен~',
    ],
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
    [
      'kgs',
      'som',
      'soms',
      'kyrgyz som~',
      'сом',
      'сомах',
      'сомов',
      'сомы',
      'киргизск~ сом~',
      'кыргызск~ сом~',
    ],
    value('transaction_currency', 'KGS'),
  ),
  e(
    // «сумов», «сумах» (of / in sums) exactly: «сум~» would read «суммы» misspelt.
    ['uzs', 'uzbek sum~', 'uzbek som', 'узбекск~ сум~', 'узбекск~ сом~', 'сумов', 'сумах'],
    value('transaction_currency', 'UZS'),
  ),
  e(['gel', 'lari', 'georgian lari', 'лари', 'грузинск~ лари'], value('transaction_currency', 'GEL')),
  e(
    ['amd', 'dram~', 'armenian dram~', 'драм~', 'армянск~ драм~', 'армян драм~'],
    value('transaction_currency', 'AMD'),
  ),
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
      // «тенговые операции против валютных»: payments in tenge
      'тенгов~ операц~',
      'тенгов~ платеж~',
    ],
    value('transaction_currency', 'KZT'),
  ),
  // ("FX payments": in a foreign currency)
  e(
    [
      'foreign currenc~',
      'foreign ccy',
      'fx',
      'иностранн~ валют~',
      // «по каждой иностр валюте»: the chat shorthand
      'иностр валют~',
      'в любой другой валюте',
      'в другой валюте',
    ],
    {
      kind: 'notValue',
      column: 'transaction_currency',
      values: ['KZT'],
      namesColumn: true,
    },
  ),
  e(['валютн~', 'в валюте'], {
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
      'crossborder',
      // the FX desk's shorthand: "XB turnover", "cross-border (XB)"
      'xb',
      'кросс бордер',
      'кроссбордер',
      'за границ~',
      'за рубеж~',
      'зарубежн~',
      'заграничн~',
      'иностранн~',
      // «с иностр эквайером»: the chat shorthand
      'иностр',
      'международн~',
      'трансграничн~',
      // «нерезидентский эквайер», "non-resident acquirers": acquirers outside Kazakhstan
      'нерезидентск~',
      // «через эквайеров-нерезидентов»: the acquirers that are non-residents
      'эквайер~ нерезидент~',
      'non resident',
      'nonresident',
    ],
    { kind: 'notValue', column: 'acquirer_country_iso', values: ['KAZ'] },
  ),
  // Countries by name, adjective ("Turkish acquirers", «турецкий эквайер») and ISO code ("outside KAZ").
  e(['kaz', 'kz', 'kazakh acquirer~', 'kazakhstani', 'казахстанск~'], value('acquirer_country_iso', 'KAZ')),
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
    // («в Штатах», the States)
    [
      'usa',
      'united states',
      'the states',
      'america',
      'american',
      'us acquirer~',
      'u.s.',
      'сша',
      'америк~',
      'американск~',
      'штатах',
      'штаты',
      'штатов',
    ],
    value('acquirer_country_iso', 'USA'),
  ),
  e(['uzbekistan', 'uzbek', 'uzb', 'узбекистан~', 'узбекск~'], value('acquirer_country_iso', 'UZB')),
  // "cashless payments (POS and ECOM)", «безналичных платежей (POS, ECOM и BILL_PAYMENT)»: which types
  // are cashless is the asker's to say, in brackets. (Kazakh «қолма-қол ақшасыз» is not read yet.)
  e(['cashless', 'non-cash', 'noncash', 'безналичн~', 'безнал'], {
    kind: 'value',
    column: 'transaction_type',
    values: ['POS', 'ECOM'],
    glossed: true,
  }),
  // «облыс орталықтары (Қарағанды, Ақтөбе, …)», "the regional centres (…)": which cities, said in brackets.
  e(
    [
      'облыс орталықтары',
      'облыс орталықтарындағы',
      'облыс орталықтарында',
      'областные центры',
      'областных центров',
      'областных центрах',
      'regional centres',
      'regional centers',
      'oblast centres',
      'oblast centers',
    ],
    { kind: 'value', column: 'merchant_city', values: ['Almaty'], glossed: true },
  ),
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

/** The home country and currency: what "foreign" is the rest of (a split's other row is labelled 'foreign'). */
export const HOME_VALUES: readonly string[] = ['KAZ', 'KZT'];

/** "tenge equivalent", «эквивалент в тенге»: a unit word that, listed among the figures, is the amount in tenge. */
export const EQUIVALENT_UNIT = /equivalent|эквивалент/;

/**
 * "the cash withdrawn", «снятые наличные»: the cash itself — money, not the withdrawals counted — where a
 * share or a ranking is of it ("each bank's share of all the cash withdrawn").
 */
export const CASH_MONEY_PHRASES: readonly string[] = [
  'cash withdrawn',
  'withdrawn cash',
  'cash was withdrawn',
  'cash out',
  'cash outs',
  'обналичка',
  'обналички',
  'обналичку',
  'обналичкой',
  'выдача наличных',
  'выдачи наличных',
  'выдачу наличных',
  // («қай қалада ең көп ақша шешілді», where the most money was withdrawn: the passive of the money.)
  'ақша шешілді',
  'ақша шешілген',
];
