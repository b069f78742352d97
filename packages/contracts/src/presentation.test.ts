import { describe, expect, it } from 'vitest';
import {
  FULL_PRESENTATION,
  presentationOf,
  presentationQuerySchema,
  presentationQueryString,
  presentResult,
} from './presentation.js';
import type { QueryResult } from './result.js';

const result: QueryResult = {
  question: 'q',
  language: 'en',
  sql: 'SELECT 1',
  columns: [{ name: 'n', type: 'int8' }],
  rows: [[1]],
  row_count: 1,
  truncated: false,
  table: '| n |\n|---|\n| 1 |',
  chart: { type: 'none', data: { labels: [], datasets: [] } },
  analysis: { headline: 'One.', insights: [], explanation: 'e', suggested_questions: [] },
  timings: {},
  planner: 'builtin',
  provider: 'builtin',
  model: null,
  cached: false,
};

const keysOf = (o: object) => Object.keys(o).sort();

describe('presentResult', () => {
  it('shows everything by default', () => {
    expect(presentResult(result, FULL_PRESENTATION)).toEqual(result);
  });

  it.each([
    [{ include_sql: false }, ['sql']],
    [{ include_analysis: false }, ['analysis']],
    [{ output_type: 'table' as const }, ['chart']],
    [{ output_type: 'json' as const }, ['chart', 'table']],
    [{ output_type: 'chart' as const }, []],
    [
      { output_type: 'json' as const, include_sql: false, include_analysis: false },
      ['analysis', 'chart', 'sql', 'table'],
    ],
  ])('%j leaves out %j and nothing else', (asked, left) => {
    const shown = presentResult(result, presentationOf(asked));
    expect(keysOf(result).filter((k) => !(k in shown))).toEqual(left);
    expect(shown.rows).toEqual(result.rows);
  });
});

describe('presentation as query parameters', () => {
  it('reads true/false/1/0 and refuses anything else', () => {
    expect(presentationQuerySchema.parse({ include_sql: 'false', include_analysis: '1' })).toEqual({
      include_sql: false,
      include_analysis: true,
    });
    expect(presentationQuerySchema.safeParse({ include_sql: 'no' }).success).toBe(false);
    expect(presentationQuerySchema.safeParse({ output_type: 'csv' }).success).toBe(false);
  });

  it('writes only what differs from showing everything, and reads back the same', () => {
    expect(presentationQueryString(FULL_PRESENTATION)).toBe('');
    const lean = presentationOf({ output_type: 'json', include_sql: false });
    const text = presentationQueryString(lean);
    expect(text).toBe('?output_type=json&include_sql=false');
    const parsed = presentationQuerySchema.parse(Object.fromEntries(new URLSearchParams(text.slice(1))));
    expect(presentationOf(parsed)).toEqual(lean);
  });
});
