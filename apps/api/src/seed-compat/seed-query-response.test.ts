import { type QueryResult, seedQueryResponseSchema } from '@pa/contracts';
import { describe, expect, it } from 'vitest';
import { toSeedQueryResponse, toSeedTextResponse } from './seed-query-response.js';

const result: QueryResult = {
  question: 'Top 2 categories by amount',
  language: 'en',
  sql: 'SELECT mcc_category, sum(transaction_amount_kzt) AS total FROM transactions GROUP BY 1 ORDER BY 2 DESC LIMIT 2',
  columns: [
    { name: 'mcc_category', type: 'text' },
    { name: 'total', type: 'numeric' },
  ],
  rows: [
    ['Grocery & Food Markets', 1200.5],
    ['Dining & Restaurants', 800],
  ],
  row_count: 2,
  truncated: false,
  table:
    '| mcc_category | total |\n|---|---|\n| Grocery & Food Markets | 1200.5 |\n| Dining & Restaurants | 800 |',
  chart: {
    type: 'bar',
    data: {
      labels: ['Grocery & Food Markets', 'Dining & Restaurants'],
      datasets: [{ label: 'total', data: [1200.5, 800] }],
    },
  },
  analysis: {
    headline: 'Grocery leads',
    insights: [
      { title: 'Leader', description: 'Grocery & Food Markets: 60 % of the total.', significance: 'High' },
      { title: 'Smallest', description: 'Dining & Restaurants: 40 % of the total.', significance: 'Low' },
    ],
    explanation: 'Sum of amounts by category.',
    suggested_questions: ['And last month?'],
  },
  timings: { understanding: 0.5, planning: 2, executing: 10, shaping: 1.25 },
  planner: 'builtin',
  provider: 'builtin',
  model: null,
  cached: true,
};
const all = { include_sql: true, include_analysis: true, output_type: 'auto' as const };

describe('toSeedQueryResponse', () => {
  it('answers in the old contract, field by field', () => {
    const out = toSeedQueryResponse(result, all);
    // .strict(): no field the old contract does not have.
    expect(seedQueryResponseSchema.parse(out)).toEqual(out);
    expect(Object.keys(out).sort()).toEqual(
      [
        'analysis',
        'cached',
        'chart_data',
        'data',
        'execution_time_ms',
        'question',
        'row_count',
        'sql',
        'table',
        'text_response',
      ].sort(),
    );
    expect(out.question).toBe(result.question);
    expect(out.sql).toBe(result.sql);
    expect(out.data).toEqual([
      { mcc_category: 'Grocery & Food Markets', total: 1200.5 },
      { mcc_category: 'Dining & Restaurants', total: 800 },
    ]);
    expect(out.table).toBe(result.table);
    expect(out.chart_data).toEqual({
      chart_type: 'bar',
      labels: ['Grocery & Food Markets', 'Dining & Restaurants'],
      datasets: [{ label: 'total', data: [1200.5, 800] }],
      title: 'Grocery leads',
    });
    expect(out.row_count).toBe(2);
    expect(out.execution_time_ms).toBe(14);
    expect(out.cached).toBe(true);
    expect(out.text_response).toBeNull();
    expect(out.analysis).toEqual({
      headline: 'Grocery leads',
      insights: result.analysis.insights,
      explanation: 'Sum of amounts by category.',
      suggested_questions: ['And last month?'],
      chart_type: 'bar',
    });
  });

  it('leaves sql and analysis out when not asked for (absent, not null)', () => {
    const out = toSeedQueryResponse(result, { ...all, include_sql: false, include_analysis: false });
    expect(seedQueryResponseSchema.parse(out)).toEqual(out);
    expect('sql' in out).toBe(false);
    expect('analysis' in out).toBe(false);
  });

  it('honours output_type: table drops the chart, json the chart and the Markdown table', () => {
    expect(toSeedQueryResponse(result, { ...all, output_type: 'table' })).toMatchObject({
      chart_data: null,
      table: result.table,
    });
    expect(toSeedQueryResponse(result, { ...all, output_type: 'json' })).toMatchObject({
      chart_data: null,
      table: '',
    });
    expect(toSeedQueryResponse(result, { ...all, output_type: 'chart' }).chart_data?.chart_type).toBe('bar');
  });

  it('has chart_data null when no chart fits the rows', () => {
    const single = { ...result, chart: { type: 'none' as const, data: { labels: [], datasets: [] } } };
    expect(toSeedQueryResponse(single, all).chart_data).toBeNull();
    expect(toSeedQueryResponse(single, all).analysis?.chart_type).toBe('none');
  });

  it('fills missing trailing cells with null rather than dropping the column', () => {
    const short = { ...result, rows: [['Grocery & Food Markets']] };
    expect(toSeedQueryResponse(short, all).data).toEqual([
      { mcc_category: 'Grocery & Food Markets', total: null },
    ]);
  });
});

describe('toSeedTextResponse', () => {
  it('carries the words in text_response, with no rows and no sql', () => {
    const out = toSeedTextResponse('hello', 'Hi! Ask me about card transactions.', 12.7);
    expect(seedQueryResponseSchema.parse(out)).toEqual(out);
    expect(out).toEqual({
      question: 'hello',
      data: [],
      table: '',
      chart_data: null,
      row_count: 0,
      execution_time_ms: 13,
      cached: false,
      text_response: 'Hi! Ask me about card transactions.',
    });
  });
});
