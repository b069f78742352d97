import type { ApiClient } from '../api-client.js';
import type { Command } from '../command-line.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { showJob } from '../show-job.js';
import type { Terminal } from '../terminal.js';
import { watchJob } from '../watch-job.js';

type Status = Extract<Command, { name: 'status' }>;

const FINISHED = new Set(['completed', 'failed', 'cancelled']);

/** `pa status ID [--wait]`: the job now, or (with --wait) followed to its end; Ctrl-C only stops following. */
export async function status(client: ApiClient, term: Terminal, cmd: Status): Promise<ExitCode> {
  let job = await client.getJob(cmd.id);
  if (cmd.wait && !FINISHED.has(job.status)) {
    const outcome = await watchJob(client, term, cmd.id, 'detach');
    if (outcome.kind === 'interrupted') return EXIT.interrupted;
    job = outcome.job;
  }
  return showJob(client, term, job, cmd.format);
}
