import type { ApiClient } from '../api-client.js';
import type { Command } from '../command-line.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Terminal } from '../terminal.js';

type Cancel = Extract<Command, { name: 'cancel' }>;

/** `pa cancel ID`: a queued question is cancelled at once, a running one at its next stage. */
export async function cancel(client: ApiClient, term: Terminal, cmd: Cancel): Promise<ExitCode> {
  const outcome = await client.cancelJob(cmd.id);
  term.out(
    outcome.status === 'cancelled'
      ? `cancelled ${outcome.id}\n`
      : `cancelling ${outcome.id}: it stops at its next stage (pa status ${outcome.id})\n`,
  );
  return EXIT.ok;
}
