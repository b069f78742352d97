import type { QueryResult, SeedOutputType, SeedQueryResponse, SeedSignificance } from '@pa/contracts';

/** What the caller asked to see (POST /api/query's flags). */
export interface SeedPresentation {
  include_sql: boolean;
  include_analysis: boolean;
  output_type: SeedOutputType;
}

/** An insight as the old contract has it; today's results carry plain sentences (issue 12, part 3 changes that). */
export type SeedInsight = { title: string; description: string; significance: SeedSignificance };

const BY_RANK: readonly SeedSignificance[] = ['High', 'Medium'];

/**
 * An insight in the old shape. A structured insight passes as it is; a
 * sentence becomes its own description, titled by the words before its first
 * colon (or its first words), and ranked by position: the first is the
 * finding the analysis leads with.
 */
export function toSeedInsight(insight: string | SeedInsight, index: number): SeedInsight {
  if (typeof insight !== 'string') return insight;
  const text = insight.trim();
  const colon = text.indexOf(':');
  const words = text.split(/\s+/);
  const title =
    colon > 0 && colon <= 60
      ? text.slice(0, colon).trim()
      : words.length > 6
        ? `${words.slice(0, 6).join(' ')}…`
        : text;
  return { title, description: text, significance: BY_RANK[index] ?? 'Low' };
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
            insights: (result.analysis.insights as Array<string | SeedInsight>).map(toSeedInsight),
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
