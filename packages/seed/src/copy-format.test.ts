import { describe, expect, it } from 'vitest';
import { copyAmount, copyText, copyTimestamp, transactionCopyLine } from './copy-format.js';
import type { TransactionRow } from './transaction-schema.js';

describe('COPY text format', () => {
  it('escapes backslash, tab, newline and carriage return, and nothing else', () => {
    expect(copyText('plain, "quoted" & ünïcode')).toBe('plain, "quoted" & ünïcode');
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
  });

  it('writes timestamps as UTC that mean the same instant', () => {
    for (const iso of ['2025-06-30T18:00:00.000Z', '2024-02-29T23:59:59.123Z', '1999-12-31T00:00:05.007Z']) {
      const text = copyTimestamp(new Date(iso));
      expect(new Date(text.replace(' ', 'T').replace('+00', 'Z')).toISOString()).toBe(iso);
    }
    expect(copyTimestamp(new Date('2025-01-02T03:04:05Z'))).toBe('2025-01-02 03:04:05+00');
  });

  it('writes amounts with exactly two decimals', () => {
    expect(copyAmount(0)).toBe('0.00');
    expect(copyAmount(5)).toBe('5.00');
    expect(copyAmount(1234.5)).toBe('1234.50');
    expect(copyAmount(0.07)).toBe('0.07');
    expect(copyAmount(1234567890123.45)).toBe('1234567890123.45');
  });

  it('writes NULL as \\N and one line per row', () => {
    const row: TransactionRow = {
      transaction_id: 'TXN0000000001',
      transaction_timestamp: new Date('2025-01-02T03:04:05Z'),
      card_id: 12345678,
      expiry_date: '07/27',
      issuer_bank_name: 'Halyk Bank',
      merchant_id: 123456,
      merchant_mcc: 5411,
      mcc_category: 'Grocery & Food Markets',
      merchant_city: 'Almaty',
      transaction_type: 'ATM_WITHDRAWAL',
      transaction_amount_kzt: 20000,
      original_amount: null,
      transaction_currency: 'KZT',
      acquirer_country_iso: 'KAZ',
      pos_entry_mode: null,
      wallet_type: null,
    };
    expect(transactionCopyLine(row)).toBe(
      'TXN0000000001\t2025-01-02 03:04:05+00\t12345678\t07/27\tHalyk Bank\t123456\t5411\tGrocery & Food Markets\tAlmaty\tATM_WITHDRAWAL\t20000.00\t\\N\tKZT\tKAZ\t\\N\t\\N\n',
    );
  });
});
