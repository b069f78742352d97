import type { Cell } from '@pa/contracts';
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

  /** The English headline of one row of the named numeric columns (a text column is a label). */
  const headlineOf = (names: string[], row: Cell[]) =>
    shapeResult({
      question: 'q',
      language: 'en',
      columns: names.map((name) => ({ name, type: name.endsWith('_name') ? 'text' : 'numeric' })),
      rows: [row],
      truncated: false,
    }).analysis.headline;

  it('two periods with the difference and the change: each period named, the change with its sign', () => {
    // ("the change in tenge and in %": the periods were printed unnamed and a fall of 6.2 % as "6.2 %".)
    const headline = headlineOf(
      ['total_amount_2026_10', 'total_amount_2026_11', 'total_amount_difference', 'change_pct'],
      [180_860_237.88, 169_562_100.3, -11_298_137.58, -6.2468],
    );
    expect(headline).toContain('2026-10');
    expect(headline).toContain('2026-11');
    expect(headline).toContain('−6.2\u00a0%');
    expect(headline).toMatch(/difference[^;]*-11\.3/);
  });

  it('one group’s two periods are named too ("which bank fell the most")', () => {
    const headline = headlineOf(
      ['issuer_bank_name', 'total_amount_2026_08', 'total_amount_2026_09', 'total_amount_difference'],
      ['Halyk Bank', 62_000_000, 50_700_000, -11_300_000],
    );
    expect(headline).toMatch(/^Halyk Bank: .*2026-08.*2026-09.*difference/);
  });

  it('a change beside groups keeps its sign', () => {
    expect(headlineOf(['issuer_bank_name', 'change_pct'], ['Halyk Bank', -18.4])).toContain('−18.4\u00a0%');
  });

  it('has no chart for a single number', () => {
    expect(chartFor([{ name: 'count', type: 'bigint' }], [[5]]).type).toBe('none');
  });

  it('a ranking of labels alone ("just the hour") is headlined by its labels', () => {
    const shaped = shapeResult({
      question: 'which hour has the most payments? just the hour',
      language: 'en',
      columns: [{ name: 'hour_of_day', type: 'numeric' }],
      rows: [[14]],
      truncated: false,
    });
    expect(shaped.analysis.headline).toBe('Result: 14');
    expect(shaped.chart.type).toBe('none');
  });

  it("names the rest of a split of named values in the asker's language", () => {
    const columns = [
      { name: 'group_split', type: 'text' },
      { name: 'transaction_count', type: 'bigint' },
    ];
    const rows = [
      ['KAZ', 120],
      ['other', 30],
    ];
    expect(markdownTable(columns, rows, 'ru')).toContain('| остальные |');
    expect(markdownTable(columns, rows, 'kk')).toContain('| қалғандары |');
    expect(markdownTable(columns, rows, 'en')).toContain('| KAZ |');
  });

  it('escapes pipes in the Markdown table', () => {
    const md = markdownTable([{ name: 'a', type: 'text' }], [['x|y']], 'en');
    expect(md).toContain('x\\|y');
    expect(md.split('\n')).toHaveLength(3);
  });

  it('writes a headline naming the leader and its share, never the column', () => {
    const shaped = shapeResult({
      question: 'top categories',
      language: 'en',
      columns: cols,
      rows: [
        ['Grocery & Food Markets', 12_300_000],
        ['Dining & Restaurants', 4_100_000],
      ],
      truncated: false,
    });
    expect(shaped.analysis.headline).toBe(
      'Grocery & Food Markets leads with 12.3\u00a0M\u00a0₸ (75.0\u00a0%)',
    );
    expect(shaped.analysis.insights[0]).toEqual({
      title: 'Leader',
      description: 'Grocery & Food Markets: 12.3\u00a0M\u00a0₸, 75.0\u00a0% of the total shown.',
      significance: 'High',
    });
    expect(JSON.stringify(shaped.analysis)).not.toContain('total_amount');
    expect(shaped.chart.data.datasets[0]?.label).toBe('Spending');
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
    expect(shaped.analysis.insights.map((i) => i.description).join(' ')).toMatch(/первые/);
  });

  it('names a measure that does not add up (an average) in the ranking headline, with no share', () => {
    const headline = (language: 'en' | 'ru' | 'kk') =>
      shapeResult({
        question: 'q',
        language,
        columns: [cols[0]!, { name: 'avg_amount', type: 'numeric' }],
        rows: [
          ['Fuel', 8450.37],
          ['Travel', 61200.2],
        ],
        truncated: false,
      }).analysis.headline;
    expect(headline('en')).toBe('Travel has the highest average check: 61,200\u00a0₸');
    expect(headline('ru')).toBe('Самый высокий средний чек — Travel: 61\u00a0200\u00a0₸');
    expect(headline('kk')).toBe('Ең жоғары орташа чек — Travel: 61\u00a0200\u00a0₸');
  });

  it('says a single count in words, with the locale’s grouping and plural', () => {
    const single = (language: 'en' | 'ru' | 'kk') =>
      shapeResult({
        question: 'how many',
        language,
        columns: [{ name: 'transaction_count', type: 'bigint' }],
        rows: [[1234]],
        truncated: false,
      }).analysis.headline;
    expect(single('en')).toBe('1,234\u00a0transactions');
    expect(single('ru')).toBe('1\u00a0234\u00a0операции');
    expect(single('kk')).toBe('1\u00a0234\u00a0операция');
  });

  const months = [
    ['2026-01-01 00:00:00+05', 10_000_000],
    ['2026-02-01 00:00:00+05', 10_500_000],
    ['2026-03-01 00:00:00+05', 11_070_000],
  ];
  const monthly = { name: 'month', type: 'timestamptz' };
  const sumSql =
    "SELECT date_trunc('month', transaction_timestamp) AS month, sum(transaction_amount_kzt) AS total_amount FROM transactions GROUP BY 1 ORDER BY 1";

  it('reads a monthly series as growth between named months, in each language', () => {
    const headline = (language: 'en' | 'ru' | 'kk') =>
      shapeResult({
        question: 'q',
        language,
        columns: [monthly, cols[1]!],
        rows: months,
        truncated: false,
        sql: sumSql,
      }).analysis.headline;
    expect(headline('en')).toBe('Spending grew 10.7\u00a0% from January to March');
    expect(headline('ru')).toBe('Оборот вырос на 10,7\u00a0% с января по март');
    expect(headline('kk')).toBe('Сома қаңтардан наурызға дейін 10,7\u00a0%-ға өсті');
  });

  it('labels chart periods and table cells for the period, not as timestamps', () => {
    const shaped = shapeResult({
      question: 'q',
      language: 'ru',
      columns: [monthly, cols[1]!],
      rows: months,
      truncated: false,
      sql: sumSql,
    });
    expect(shaped.chart.data.labels).toEqual(['янв 2026', 'февр 2026', 'март 2026']);
    expect(shaped.table).toContain('| янв 2026 |');
    expect(shaped.table).not.toContain('00:00:00');
  });

  it('marks the running month as so far and does not read its drop as a decline', () => {
    const rows = [...months, ['2026-04-01 00:00:00+05', 2_000_000]];
    const shaped = shapeResult({
      question: 'q',
      language: 'en',
      columns: [monthly, cols[1]!],
      rows,
      truncated: false,
      sql: sumSql,
      now: new Date('2026-04-09T10:00:00Z'),
      timeZone: 'Asia/Almaty',
    });
    expect(shaped.analysis.headline).toBe(
      'Spending grew 10.7\u00a0% from January to March; April so far: 2.0\u00a0M\u00a0₸',
    );
    expect(shaped.chart.data.labels.at(-1)).toBe('Apr 2026 (so far)');
    expect(shaped.analysis.insights.map((i) => i.title)).toContain('Period not over yet');
    // A month later, April is complete and its drop is one.
    const later = shapeResult({
      question: 'q',
      language: 'en',
      columns: [monthly, cols[1]!],
      rows,
      truncated: false,
      sql: sumSql,
      now: new Date('2026-05-09T10:00:00Z'),
      timeZone: 'Asia/Almaty',
    });
    expect(later.analysis.headline).toBe('Spending fell 80.0\u00a0% from January to April');
  });

  it('reads a series newest-first in time order, and never marks a finished month as running', () => {
    const shape = (rows: (string | number | null)[][]) =>
      shapeResult({
        question: 'q',
        language: 'en',
        columns: [monthly, cols[1]!],
        rows,
        truncated: false,
        sql: sumSql,
        now: new Date('2026-04-09T10:00:00Z'),
        timeZone: 'Asia/Almaty',
      }).analysis.headline;
    expect(shape([...months].reverse())).toBe('Spending grew 10.7\u00a0% from January to March');
    // April (running) has no value: March is complete, and is not called "so far".
    expect(shape([...months, ['2026-04-01 00:00:00+05', null]])).toBe(
      'Spending grew 10.7\u00a0% from January to March',
    );
  });
});
