import { describe, expect, it } from 'vitest';
import { frameOf, sqlLineOf } from './passes/testing.js';

describe('blank and filled columns (unseen67)', () => {
  it.each([
    ['How many rows have no pos_entry_mode, split by transaction_type?', 'pos_entry_mode', false],
    ['Сколько строк с пустым wallet_type за прошлый месяц?', 'wallet_type', false],
    ['Енгізу тәсілі бос жолдар саны банктер бойынша.', 'pos_entry_mode', false],
    ['Rows with a filled wallet_type in 2026', 'wallet_type', true],
  ])('%s', (q, column, present) => {
    expect(frameOf(q).filters).toContainEqual({ kind: 'presence', column, present });
  });
  it.each([
    ['Доля пустых значений pos_entry_mode по каждому банку, в процентах.', 'pos_entry_mode IS NULL'],
    ['2026 жылы wallet_type бағанындағы бос мәндердің үлесі қанша пайыз?', 'wallet_type IS NULL'],
  ])('the share of blanks: %s', (q, part) => {
    expect(sqlLineOf(q)).toContain(`count(*) FILTER (WHERE ${part})`);
  });
  it('a blank word beside no column that may be blank is asked back', () => {
    expect(sqlLineOf('no Kaspi payments')).toBe('(clarify)');
  });
});

describe('the blank kept as a row of the breakdown', () => {
  it('"including those with no entry mode recorded" filters nothing', () => {
    const sql = sqlLineOf(
      'Bill payment count by entry mode in 2026, including those with no entry mode recorded.',
    );
    expect(sql).toContain('GROUP BY pos_entry_mode');
    expect(sql).not.toContain('IS NULL');
  });
});
