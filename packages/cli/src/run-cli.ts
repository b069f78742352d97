import { ApiClient, ApiFailure, UnreachableApi } from './api-client.js';
import { HELP, type Invocation, parseCommandLine, UsageError } from './command-line.js';
import { ask } from './commands/ask.js';
import { cancel } from './commands/cancel.js';
import { history } from './commands/history.js';
import { status } from './commands/status.js';
import { token } from './commands/token.js';
import { EXIT, type ExitCode, exitCodeForError } from './exit-codes.js';
import { LostEventStream } from './follow-job.js';
import type { Terminal } from './terminal.js';

/** An API error in plain words: its message, the wait when it has one, the request id of a server fault. */
function sayFailure(term: Terminal, err: ApiFailure): void {
  const wait = err.retryAfterSeconds;
  const mentionsWait = wait !== null && new RegExp(`\\b${wait} ?s\\b`).test(err.message);
  const tail =
    err.status === 429 && wait !== null && !mentionsWait ? ` Try again in ${waitInWords(wait)}.` : '';
  term.say(`${err.message}${tail}`);
  if (err.code === 'banned' && wait !== null) term.say(`the block ends in ${waitInWords(wait)}`);
  if (err.status === 401) term.say('check PA_TOKEN / --token (expired? minted for another server?)');
  if (err.status >= 500 && err.requestId) term.say(`(request id ${err.requestId})`);
}

/** `42 s`, `3 min 20 s`, `2 h 5 min`. */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3_600) {
    const s = seconds % 60;
    return `${Math.floor(seconds / 60)} min${s ? ` ${s} s` : ''}`;
  }
  const m = Math.floor((seconds % 3_600) / 60);
  return `${Math.floor(seconds / 3_600)} h${m ? ` ${m} min` : ''}`;
}

async function dispatch(term: Terminal, inv: Invocation): Promise<ExitCode> {
  const { command } = inv;
  if (command.name === 'help') {
    if (command.requested) term.out(HELP);
    else term.err(HELP);
    return command.requested ? EXIT.ok : EXIT.failure;
  }
  if (command.name === 'token') return token(term, command);
  if (!inv.token) {
    term.say('no token: set PA_TOKEN or pass --token (in development: export PA_TOKEN=$(pa token))');
    return EXIT.authentication;
  }
  const client = new ApiClient({ baseUrl: inv.url, token: inv.token });
  switch (command.name) {
    case 'ask':
      return ask(client, term, command);
    case 'status':
      return status(client, term, command);
    case 'cancel':
      return cancel(client, term, command);
    case 'history':
      return history(client, term, command);
  }
}

/** Runs one `pa` command line and returns its exit code; every error becomes words on stderr. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv, term: Terminal): Promise<ExitCode> {
  try {
    return await dispatch(term, parseCommandLine(argv, env));
  } catch (err) {
    if (err instanceof UsageError) term.say(err.message);
    else if (err instanceof ApiFailure) sayFailure(term, err);
    else if (err instanceof UnreachableApi || err instanceof LostEventStream) term.say(err.message);
    else term.say(`unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return exitCodeForError(err);
  }
}
