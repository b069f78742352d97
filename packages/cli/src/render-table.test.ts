import { describe, expect, it } from 'vitest';
import { formatNumber, renderResultTable, renderTable } from './render-table.js';

describe('renderTable', () => {
  it('pads every column to its widest cell and right-aligns the right ones', () => {
    expect(
      renderTable(
        ['name', 'n'],
        [
          ['a', '1'],
          ['bbb', '1,000'],
        ],
        ['left', 'right'],
      ),
    ).toBe(['name      n', '────  ─────', 'a         1', 'bbb   1,000'].join('\n'));
  });

  it('counts Cyrillic and Kazakh letters as one column each', () => {
    const out = renderTable(['город', 'n'], [['Шымкент', '5']], ['left', 'right']).split('\n');
    expect(out[0]).toBe('город    n');
    expect(out[2]).toBe('Шымкент  5');
  });
});

describe('renderResultTable', () => {
  it('formats numbers for reading and keeps years and ids ungrouped', () => {
    const out = renderResultTable(
      [
        { name: 'year', type: 'numeric' },
        { name: 'mcc_category', type: 'text' },
        { name: 'total_amount', type: 'numeric' },
      ],
      [
        [2026, 'Grocery & Food Markets', 10351389.73],
        [2025, 'Unknown', 5],
        [2025, null, null],
      ],
    ).split('\n');
    expect(out).toEqual([
      'year  mcc_category             total_amount',
      '────  ──────────────────────  ─────────────',
      '2026  Grocery & Food Markets  10,351,389.73',
      '2025  Unknown                             5',
      '2025  —                                   —',
    ]);
  });

  it('cuts long text and folds its line breaks', () => {
    const long = `${'x'.repeat(70)}\ny`;
    const out = renderResultTable([{ name: 't', type: 'text' }], [[long]]).split('\n');
    expect(out[2]).toBe(`${'x'.repeat(59)}…`);
  });

  it('right-aligns a numeric id without grouping its digits', () => {
    const out = renderResultTable(
      [
        { name: 'merchant_id', type: 'integer' },
        { name: 'total_amount', type: 'numeric' },
      ],
      [
        [126153, 3638012.5],
        [99, 1000],
      ],
    ).split('\n');
    expect(out.slice(2)).toEqual(['     126153  3,638,012.50', '         99         1,000']);
  });
});

describe('formatNumber', () => {
  it('groups thousands and shows two decimals unless whole', () => {
    expect(formatNumber(73651719.77)).toBe('73,651,719.77');
    expect(formatNumber(10791854.3)).toBe('10,791,854.30');
    expect(formatNumber(1204)).toBe('1,204');
    expect(formatNumber(-0.5)).toBe('-0.50');
  });
});
