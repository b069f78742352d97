import type { JobSnapshot, QueryResult } from '@pa/contracts';
import { renderResultTable } from './render-table.js';

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
}

const plain: Style = { bold: (t) => t, dim: (t) => t };
const MOST_INSIGHTS = 3;

/** The result's words use no-break spaces between a number and its unit; a terminal shows them as spaces. */
const spaces = (text: string) => text.replace(/\u00a0/g, ' ');

const indent = (text: string, by = '  ') =>
  text
    .split('\n')
    .map((l) => by + l)
    .join('\n');

/**
 * An answer for a person at a terminal: the headline, the table, one line about where the rows came
 * from, the strongest insights, what the numbers are, and the SQL that made them.
 */
export function renderAnswer(result: QueryResult, style: Style = plain): string {
  const blocks: string[] = [];
  const headline = spaces(result.analysis?.headline ?? '').trim();
  if (headline) blocks.push(style.bold(headline));
  blocks.push(result.rows.length > 0 ? renderResultTable(result.columns, result.rows) : '(no rows)');
  const facts = [
    `${result.row_count} ${result.row_count === 1 ? 'row' : 'rows'}${result.truncated ? ' (cut short: there were more)' : ''}`,
    `planner ${result.planner}${result.model ? ` (${result.model})` : ''}`,
    ...(result.cached ? ['from cache'] : []),
  ];
  blocks.push(style.dim(facts.join(' · ')));
  const insights = (result.analysis?.insights ?? []).slice(0, MOST_INSIGHTS);
  if (insights.length > 0) blocks.push(insights.map((i) => `• ${spaces(i.description)}`).join('\n'));
  const explanation = spaces(result.analysis?.explanation ?? '').trim();
  if (explanation) blocks.push(`${style.dim('What:')} ${explanation}`);
  blocks.push(`${style.dim('SQL:')}\n${style.dim(indent(result.sql.trim()))}`);
  return `${blocks.join('\n\n')}\n`;
}

/** Words for a job that did not end in rows: why it failed, that it was cancelled, or where it is. */
export function describeJob(job: JobSnapshot): string {
  switch (job.status) {
    case 'failed': {
      const error = job.error;
      if (!error) return 'the question failed.';
      const retry = error.retryable ? ' (asking again later may work)' : '';
      return `${spaces(error.message)}${retry}`;
    }
    case 'cancelled':
      return `the question was cancelled (${job.id}).`;
    case 'completed': {
      // A conversational message ("hello", "what can you do?") is answered in words, without rows.
      const reply = (job as { reply?: { message?: unknown } }).reply;
      return typeof reply?.message === 'string' ? spaces(reply.message) : 'answered.';
    }
    default:
      return `${job.status}${job.stage ? ` (${job.stage})` : ''}`;
  }
}
