import { describe, expect, it } from 'vitest';
import { chartFor, markdownTable, shapeResult } from './shape-result.js';

const cols = [
  { name: 'mcc_category', type: 'text' },
  { name: 'total_amount', type: 'numeric' },
];

describe('shapeResult', () => {
  it('draws a bar chart for a breakdown and a line for a time series', () => {
    const rows = [
      ['Grocery & Food Markets', 300],
      ['Dining & Restaurants', 100],
    ];
    expect(chartFor(cols, rows).type).toBe('bar');
    expect(chartFor(cols, rows).data.datasets[0]?.data).toEqual([300, 100]);
    const series = chartFor(
      [
        { name: 'day', type: 'timestamptz' },
        { name: 'transactions', type: 'bigint' },
      ],
      [
        ['2026-01-01T00:00:00.000Z', 1],
        ['2026-01-02T00:00:00.000Z', 2],
      ],
    );
    expect(series.type).toBe('line');
  });

  it('has no chart for a single number', () => {
    expect(chartFor([{ name: 'count', type: 'bigint' }], [[5]]).type).toBe('none');
  });

  it('escapes pipes in the Markdown table', () => {
    const md = markdownTable([{ name: 'a', type: 'text' }], [['x|y']], 'en');
    expect(md).toContain('x\\|y');
    expect(md.split('\n')).toHaveLength(3);
  });

  it('writes a headline naming the leader and its share', () => {
    const shaped = shapeResult({
      question: 'top categories',
      language: 'en',
      columns: cols,
      rows: [
        ['Grocery & Food Markets', 300],
        ['Dining & Restaurants', 100],
      ],
      truncated: false,
    });
    expect(shaped.analysis.headline).toContain('Grocery & Food Markets');
    expect(shaped.analysis.insights.join(' ')).toContain('75.0%');
  });

  it('answers in Russian for Russian questions and says when rows were cut', () => {
    const shaped = shapeResult({
      question: 'сколько',
      language: 'ru',
      columns: [{ name: 'count', type: 'bigint' }],
      rows: [],
      truncated: true,
    });
    expect(shaped.analysis.headline).toMatch(/Нет транзакций/);
    expect(shaped.analysis.insights.join(' ')).toMatch(/первые/);
  });
});
