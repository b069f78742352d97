/**
 * The enum-like columns of `transactions` and their allowed values: the CHECK
 * constraints of migrations/001_transactions.sql. The data generator, the CSV
 * importer and the builtin planner share these lists; an integration test
 * compares them with the constraints in the catalog so they cannot drift apart.
 */

export const ISSUER_BANKS = [
  'Halyk Bank',
  'Kaspi Bank',
  'ForteBank',
  'Jusan Bank',
  'Eurasian Bank',
  'Bank CenterCredit',
] as const;

export const MCC_CATEGORIES = [
  'Clothing & Apparel',
  'Dining & Restaurants',
  'Electronics & Software',
  'Fuel & Service Stations',
  'General Retail & Department',
  'Grocery & Food Markets',
  'Hobby, Books, Sporting Goods',
  'Home Furnishings & Supplies',
  'Pharmacies & Health',
  'Services (Other)',
  'Travel & Transportation',
  'Unknown',
  'Utilities & Bill Payments',
] as const;

export const MERCHANT_CITIES = [
  'Almaty',
  'Astana',
  'Shymkent',
  'Karaganda',
  'Aktobe',
  'Taraz',
  'Pavlodar',
  'Oskemen',
] as const;

export const TRANSACTION_TYPES = [
  'ATM_WITHDRAWAL',
  'BILL_PAYMENT',
  'ECOM',
  'P2P_IN',
  'P2P_OUT',
  'POS',
  'SALARY',
] as const;

export const CURRENCIES = ['AMD', 'BYN', 'CNY', 'EUR', 'GEL', 'KGS', 'KZT', 'TRY', 'USD', 'UZS'] as const;

export const ACQUIRER_COUNTRIES = [
  'ARM',
  'BLR',
  'CHN',
  'GEO',
  'ITA',
  'KAZ',
  'KGZ',
  'TUR',
  'USA',
  'UZB',
] as const;

export const POS_ENTRY_MODES = ['Contactless', 'ECOM', 'QR_Code', 'Swipe'] as const;

export const WALLET_TYPES = ['Apple Pay', 'Google Pay', 'Samsung Pay'] as const;

export type IssuerBank = (typeof ISSUER_BANKS)[number];
export type MccCategory = (typeof MCC_CATEGORIES)[number];
export type MerchantCity = (typeof MERCHANT_CITIES)[number];
export type TransactionType = (typeof TRANSACTION_TYPES)[number];
export type Currency = (typeof CURRENCIES)[number];
export type AcquirerCountry = (typeof ACQUIRER_COUNTRIES)[number];
export type PosEntryMode = (typeof POS_ENTRY_MODES)[number];
export type WalletType = (typeof WALLET_TYPES)[number];

/** Every enum-like text column with its values, by column name. */
export const TRANSACTION_ENUMS = {
  mcc_category: MCC_CATEGORIES,
  merchant_city: MERCHANT_CITIES,
  issuer_bank_name: ISSUER_BANKS,
  transaction_type: TRANSACTION_TYPES,
  transaction_currency: CURRENCIES,
  acquirer_country_iso: ACQUIRER_COUNTRIES,
  pos_entry_mode: POS_ENTRY_MODES,
  wallet_type: WALLET_TYPES,
} as const;
export type TransactionEnumColumn = keyof typeof TRANSACTION_ENUMS;

/**
 * The columns of `transactions` that the reader role (planned SQL) may read: migration 009 grants
 * SELECT on exactly these. The guard's policy, the planners' catalog and the tests follow it.
 */
export const READER_COLUMNS = [
  'transaction_timestamp',
  'card_key',
  'issuer_bank_name',
  'merchant_id',
  'merchant_mcc',
  'mcc_category',
  'merchant_city',
  'transaction_type',
  'transaction_amount_kzt',
  'original_amount',
  'transaction_currency',
  'acquirer_country_iso',
  'pos_entry_mode',
  'wallet_type',
] as const;

/** Columns no planned SQL may read: personal (card_id, expiry_date) or numbered across every bank. */
export const WITHHELD_COLUMNS = ['card_id', 'expiry_date', 'id', 'transaction_id'] as const;
