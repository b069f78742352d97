import type { ApiClient, QuestionRequest } from '../api-client.js';
import type { Command } from '../command-line.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { showJob } from '../show-job.js';
import type { Terminal } from '../terminal.js';
import { watchJob } from '../watch-job.js';

type Ask = Extract<Command, { name: 'ask' }>;

/**
 * `pa ask "QUESTION"`: submits it, then (unless --no-wait) follows the job to its end and shows the
 * answer. Ctrl-C cancels the job — unless the API shared an identical question someone else of the
 * bank is already running, which is theirs as much as ours: then it only stops following.
 */
export async function ask(client: ApiClient, term: Terminal, cmd: Ask): Promise<ExitCode> {
  const options: NonNullable<QuestionRequest['options']> = {
    ...(cmd.planner ? { planner: cmd.planner } : {}),
    ...(cmd.useCache ? {} : { use_cache: false }),
  };
  const accepted = await client.submitQuestion({
    question: cmd.question,
    ...(cmd.sessionId ? { session_id: cmd.sessionId } : {}),
    ...(Object.keys(options).length > 0 ? { options } : {}),
  });
  if (accepted.warning) term.say(accepted.warning.message.replace(/\u00a0/g, ' '));
  if (!cmd.wait) {
    term.out(cmd.format === 'json' ? `${JSON.stringify(accepted, null, 2)}\n` : `${accepted.id}\n`);
    if (cmd.format !== 'json') term.say(`follow it with: pa status ${accepted.id} --wait`);
    return EXIT.ok;
  }
  // Without a terminal there is no progress line: say once which job this is, for the log.
  if (!term.showsProgress)
    term.say(
      `asked as ${accepted.id}${accepted.shared ? ' (shared with an identical question already running)' : ''}`,
    );
  const outcome = await watchJob(client, term, accepted.id, accepted.shared ? 'detach' : 'cancel');
  if (outcome.kind === 'interrupted') return EXIT.interrupted;
  return showJob(client, term, outcome.job, cmd.format);
}
