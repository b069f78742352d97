import type { QueryResult, SeedOutputType, SeedQueryResponse } from '@pa/contracts';

/** What the caller asked to see (POST /api/query's flags). */
export interface SeedPresentation {
  include_sql: boolean;
  include_analysis: boolean;
  output_type: SeedOutputType;
}

/** Milliseconds the answer took in the pipeline, whole. */
const executionTimeMs = (result: QueryResult): number =>
  Math.max(0, Math.round(Object.values(result.timings).reduce((sum, ms) => sum + ms, 0)));

/**
 * Our result in the old service's field names — the one place the two
 * contracts meet. Rows become objects keyed by column name; `sql` and
 * `analysis` are left out when not asked for; `output_type` `table` and
 * `json` drop the chart (`json` the Markdown table too); a result without a
 * chart that fits has `chart_data: null`.
 */
export function toSeedQueryResponse(result: QueryResult, want: SeedPresentation): SeedQueryResponse {
  const names = result.columns.map((c) => c.name);
  const data = result.rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] ?? null])));
  const chartWanted = want.output_type === 'auto' || want.output_type === 'chart';
  const chart_data =
    chartWanted && result.chart.type !== 'none'
      ? {
          chart_type: result.chart.type,
          labels: result.chart.data.labels,
          datasets: result.chart.data.datasets.map((d) => ({ label: d.label, data: d.data })),
          title: result.analysis.headline,
        }
      : null;
  return {
    question: result.question,
    ...(want.include_sql ? { sql: result.sql } : {}),
    data,
    table: want.output_type === 'json' ? '' : result.table,
    chart_data,
    row_count: result.row_count,
    execution_time_ms: executionTimeMs(result),
    ...(want.include_analysis
      ? {
          analysis: {
            headline: result.analysis.headline,
            // Our insights have the old contract's shape: each passes as it is.
            insights: result.analysis.insights.map(({ title, description, significance }) => ({
              title,
              description,
              significance,
            })),
            explanation: result.analysis.explanation,
            suggested_questions: result.analysis.suggested_questions,
            chart_type: result.chart.type,
          },
        }
      : {}),
    cached: result.cached,
    text_response: null,
  };
}

/**
 * The old service's answer to a message that is not a data question (a
 * greeting, a refusal, a question it cannot answer): the words in
 * `text_response`, no rows.
 */
export function toSeedTextResponse(
  question: string,
  message: string,
  executionMs: number,
): SeedQueryResponse {
  return {
    question,
    data: [],
    table: '',
    chart_data: null,
    row_count: 0,
    execution_time_ms: Math.max(0, Math.round(executionMs)),
    cached: false,
    text_response: message,
  };
}
