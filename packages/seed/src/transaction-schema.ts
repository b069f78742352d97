/**
 * The `transactions` columns and the allowed values of its CHECK constraints
 * (migrations/001_transactions.sql). The generator draws from these lists and
 * the CSV importer validates against them; an integration test compares them
 * with the constraints in the catalog so the two cannot drift apart.
 */

import type {
  AcquirerCountry,
  Currency,
  IssuerBank,
  MccCategory,
  MerchantCity,
  PosEntryMode,
  TransactionType,
  WalletType,
} from '@pa/contracts';

// The enum lists live in @pa/contracts (shared with the planners); re-exported for the seed code.
export {
  ACQUIRER_COUNTRIES,
  type AcquirerCountry,
  CURRENCIES,
  type Currency,
  ISSUER_BANKS,
  type IssuerBank,
  MCC_CATEGORIES,
  type MccCategory,
  MERCHANT_CITIES,
  type MerchantCity,
  POS_ENTRY_MODES,
  type PosEntryMode,
  TRANSACTION_TYPES,
  type TransactionType,
  WALLET_TYPES,
  type WalletType,
} from '@pa/contracts';

/** The acquirer country each currency comes from in generated data (KZT is domestic). */
export const CURRENCY_COUNTRY: Readonly<Record<Currency, AcquirerCountry>> = {
  AMD: 'ARM',
  BYN: 'BLR',
  CNY: 'CHN',
  EUR: 'ITA',
  GEL: 'GEO',
  KGS: 'KGZ',
  KZT: 'KAZ',
  TRY: 'TUR',
  USD: 'USA',
  UZS: 'UZB',
};

/** One row of `transactions` without the surrogate `id`. Amounts are KZT / currency units with 2 decimals. */
export interface TransactionRow {
  transaction_id: string;
  transaction_timestamp: Date;
  card_id: number;
  expiry_date: string;
  issuer_bank_name: IssuerBank;
  merchant_id: number;
  merchant_mcc: number;
  mcc_category: MccCategory;
  merchant_city: MerchantCity;
  transaction_type: TransactionType;
  transaction_amount_kzt: number;
  original_amount: number | null;
  transaction_currency: Currency;
  acquirer_country_iso: AcquirerCountry;
  pos_entry_mode: PosEntryMode | null;
  wallet_type: WalletType | null;
}

/** Every loadable column, in the order COPY receives them. */
export const TRANSACTION_COLUMNS = [
  'transaction_id',
  'transaction_timestamp',
  'card_id',
  'expiry_date',
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
] as const satisfies readonly (keyof TransactionRow)[];

export type TransactionColumn = (typeof TRANSACTION_COLUMNS)[number];

/** Columns that may be NULL (an empty CSV field). */
export const NULLABLE_COLUMNS: ReadonlySet<TransactionColumn> = new Set([
  'original_amount',
  'pos_entry_mode',
  'wallet_type',
]);

/** Business ids the generator writes: `TXN` and ten digits. */
export const TRANSACTION_ID_DIGITS = 10;

export function formatTransactionId(n: number): string {
  return `TXN${String(n).padStart(TRANSACTION_ID_DIGITS, '0')}`;
}
