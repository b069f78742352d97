import { describe, expect, it } from 'vitest';
import { resultCsv } from './result-csv.js';

describe('resultCsv', () => {
  const columns = [
    { name: 'merchant', type: 'text' },
    { name: 'total_amount', type: 'numeric' },
  ];

  it('starts with a BOM, ends lines with CRLF and writes nulls empty', () => {
    expect(
      resultCsv(columns, [
        ['Magnum', 1200.5],
        [null, -3],
      ]),
    ).toBe('\uFEFFmerchant,total_amount\r\nMagnum,1200.5\r\n,-3\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes (RFC 4180)', () => {
    const csv = resultCsv(columns, [['Cafe "Rahat", Almaty\r\nbranch', 1]]);
    expect(csv).toContain('"Cafe ""Rahat"", Almaty\r\nbranch",1\r\n');
  });

  it('keeps Cyrillic, Kazakh and ₸ as UTF-8 text', () => {
    expect(resultCsv([{ name: 'санат', type: 'text' }], [['Азық-түлік ₸']])).toBe(
      '\uFEFFсанат\r\nАзық-түлік ₸\r\n',
    );
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(resultCsv([{ name: 'm', type: 'text' }], [['=HYPERLINK("x")'], ['@SUM(A1)']])).toBe(
      '\uFEFFm\r\n"\'=HYPERLINK(""x"")"\r\n\'@SUM(A1)\r\n',
    );
  });

  it('fills a missing trailing cell so every line has every column', () => {
    expect(resultCsv(columns, [['Magnum']])).toBe('\uFEFFmerchant,total_amount\r\nMagnum,\r\n');
  });
});
