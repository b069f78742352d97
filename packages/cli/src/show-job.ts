import type { JobSnapshot } from '@pa/contracts';
import type { ApiClient } from './api-client.js';
import type { OutputFormat } from './command-line.js';
import { type ExitCode, exitCodeForJob } from './exit-codes.js';
import { describeJob, renderAnswer } from './render-answer.js';
import type { Terminal } from './terminal.js';

function statusBlock(job: JobSnapshot): string {
  const rows: Array<[string, string]> = [
    ['id', job.id],
    [
      'status',
      `${job.status}${job.stage ? ` · ${job.stage}` : ''}${job.attempt > 1 ? ` (attempt ${job.attempt})` : ''}`,
    ],
    ['question', job.question],
    ['asked', job.created_at],
    ...(job.session_id ? [['session', job.session_id] as [string, string]] : []),
    ...(job.finished_at ? [['finished', job.finished_at] as [string, string]] : []),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return `${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}\n`;
}

/**
 * Prints a job in the chosen format and says what its exit code is: the answer (table), the job's
 * JSON as the API reports it, or the answer's rows as CSV. Anything but an answer is also told in
 * words on stderr, so a script that reads stdout still leaves a trace in its log.
 */
export async function showJob(
  client: ApiClient,
  term: Terminal,
  job: JobSnapshot,
  format: OutputFormat,
): Promise<ExitCode> {
  const answered = job.status === 'completed' && job.result !== undefined;
  const finished = job.status === 'completed' || job.status === 'failed' || job.status === 'cancelled';
  if (format === 'json') term.out(`${JSON.stringify(job, null, 2)}\n`);
  else if (format === 'csv' && answered) term.out(await client.resultCsv(job.id));
  else if (format === 'table' && answered) term.out(renderAnswer(job.result!, term));
  else if (format === 'table' && !finished) term.out(statusBlock(job));
  else if (format === 'table' && job.status === 'completed') term.out(`${describeJob(job)}\n`);

  if (job.status === 'failed') {
    term.say(`can't answer: ${describeJob(job)}`);
    const warning = job.error?.warning;
    if (warning && warning.message !== job.error?.message) term.say(warning.message);
  } else if (job.status === 'cancelled') {
    term.say(describeJob(job));
  } else if (format !== 'table' && !answered) {
    term.say(describeJob(job));
  }
  return exitCodeForJob(job);
}
