import { parseArgs } from 'node:util';

export type OutputFormat = 'table' | 'json' | 'csv';

export type Command =
  | {
      name: 'ask';
      question: string;
      format: OutputFormat;
      sessionId: string | null;
      wait: boolean;
      planner: 'auto' | 'builtin' | 'llm' | null;
      useCache: boolean;
    }
  | { name: 'status'; id: string; format: OutputFormat; wait: boolean }
  | { name: 'cancel'; id: string }
  | {
      name: 'history';
      format: 'table' | 'json';
      limit: number | null;
      cursor: string | null;
      status: string | null;
      from: string | null;
      to: string | null;
    }
  | { name: 'token'; bank: string | null; sub: string | null; ttl: string }
  /** `requested`: pa help / --help (stdout, 0); otherwise no command was given (stderr, 1). */
  | { name: 'help'; requested: boolean };

export interface Invocation {
  command: Command;
  /** The API's base URL: --url, else PA_URL, else http://localhost:3000 (what `npm start` serves). */
  url: string;
  /** --token, else PA_TOKEN; null when neither is set. */
  token: string | null;
}

/** A command line `pa` cannot run; the message says what to fix. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const DEFAULT_URL = 'http://localhost:3000';

export const HELP = `pa — ask the payments-analytics API from a terminal

Usage:
  pa ask "QUESTION" [--table | --json | --csv] [--session ID] [--no-wait]
                    [--planner auto|builtin|llm] [--no-cache]
  pa status ID [--wait] [--table | --json | --csv]
  pa cancel ID
  pa history [--limit N] [--cursor C] [--status completed,failed,cancelled]
             [--from DATE] [--to DATE] [--json]
  pa token [--admin | --bank "BANK"] [--sub NAME] [--ttl 1h]

  ask       submits the question and follows it live (a progress line on a terminal);
            prints the answer as an aligned table (default), the job's JSON (--json),
            or its rows as CSV (--csv); --no-wait prints the job's id and returns
  status    the job now; with --wait, follows it to the end like ask
  cancel    cancels a queued or running question
  history   your finished questions, newest first; --cursor takes the next page's cursor
  token     development only: mints a token with the local JWT_SECRET (AUTH_MODE=dev)

Connection (every command but token):
  --url URL       the API (env PA_URL; default ${DEFAULT_URL})
  --token TOKEN   a bearer token (env PA_TOKEN; prefer the variable: arguments show in ps)

Ctrl-C while ask waits cancels the question and exits 130 (status --wait only stops following).

Exit codes: 0 answered · 2 refused or can't answer · 3 authentication (401/403)
            4 rate-limited or banned (429, 403 banned) · 1 anything else · 130 Ctrl-C
`;

const OPTIONS = {
  url: { type: 'string' },
  token: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  table: { type: 'boolean' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  session: { type: 'string' },
  'no-wait': { type: 'boolean' },
  wait: { type: 'boolean' },
  planner: { type: 'string' },
  'no-cache': { type: 'boolean' },
  limit: { type: 'string' },
  cursor: { type: 'string' },
  status: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  admin: { type: 'boolean' },
  bank: { type: 'string' },
  sub: { type: 'string' },
  ttl: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];
type OptionName = keyof typeof OPTIONS;

const CONNECTION: OptionName[] = ['url', 'token', 'help'];
const ALLOWED: Record<Exclude<Command['name'], 'help'>, OptionName[]> = {
  ask: [...CONNECTION, 'table', 'json', 'csv', 'session', 'no-wait', 'planner', 'no-cache'],
  status: [...CONNECTION, 'table', 'json', 'csv', 'wait'],
  cancel: [...CONNECTION],
  history: [...CONNECTION, 'json', 'limit', 'cursor', 'status', 'from', 'to'],
  token: ['help', 'admin', 'bank', 'sub', 'ttl'],
};

function formatOf(values: Values, allowed: OutputFormat[]): OutputFormat {
  const chosen = allowed.filter((f) => values[f]);
  if (chosen.length > 1) throw new UsageError(`choose one of ${chosen.map((f) => `--${f}`).join(', ')}`);
  return chosen[0] ?? 'table';
}

function oneId(name: string, positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError(`pa ${name} takes one job id (pa ${name} ID)`);
  return positionals[0]!;
}

function command(name: string, rest: string[], values: Values): Command {
  switch (name) {
    case 'ask': {
      const question = rest.join(' ').trim();
      if (!question) throw new UsageError('pa ask needs a question: pa ask "Top 5 categories by amount"');
      const planner = values.planner ?? null;
      if (planner !== null && planner !== 'auto' && planner !== 'builtin' && planner !== 'llm')
        throw new UsageError('--planner must be auto, builtin or llm');
      return {
        name,
        question,
        format: formatOf(values, ['table', 'json', 'csv']),
        sessionId: values.session ?? null,
        wait: !values['no-wait'],
        planner,
        useCache: !values['no-cache'],
      };
    }
    case 'status':
      return {
        name,
        id: oneId(name, rest),
        format: formatOf(values, ['table', 'json', 'csv']),
        wait: values.wait === true,
      };
    case 'cancel':
      return { name, id: oneId(name, rest) };
    case 'history': {
      if (rest.length > 0) throw new UsageError(`pa history takes no arguments (got "${rest.join(' ')}")`);
      const limit = values.limit === undefined ? null : Number(values.limit);
      if (limit !== null && !(Number.isInteger(limit) && limit >= 1 && limit <= 100))
        throw new UsageError('--limit must be a whole number from 1 to 100');
      return {
        name,
        format: formatOf(values, ['json']) === 'json' ? 'json' : 'table',
        limit,
        cursor: values.cursor ?? null,
        status: values.status ?? null,
        from: values.from ?? null,
        to: values.to ?? null,
      };
    }
    case 'token': {
      if (rest.length > 0) throw new UsageError('pa token takes no arguments; use --bank "BANK" or --admin');
      if (values.admin && values.bank !== undefined)
        throw new UsageError('give --bank "BANK" or --admin, not both');
      return { name, bank: values.bank ?? null, sub: values.sub ?? null, ttl: values.ttl ?? '1h' };
    }
    default:
      throw new UsageError(`unknown command "${name}" (pa help lists them)`);
  }
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Reads `pa`'s arguments and environment into what to do; throws UsageError with a plain reason. */
export function parseCommandLine(argv: string[], env: Record<string, string | undefined>): Invocation {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    // parseArgs says e.g. "Unknown option '--sesion'. To specify a positional argument starting with a '-'…"
    throw new UsageError((err as Error).message.split('. ')[0] ?? String(err));
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  const connection = {
    url: values.url ?? (env.PA_URL || DEFAULT_URL),
    token: values.token ?? (env.PA_TOKEN || null),
  };
  if (name === undefined || name === 'help' || values.help)
    return {
      command: { name: 'help', requested: name !== undefined || values.help === true },
      ...connection,
    };
  if (!(name in ALLOWED)) throw new UsageError(`unknown command "${name}" (pa help lists them)`);
  const allowed = ALLOWED[name as keyof typeof ALLOWED];
  const stray = (Object.keys(values) as OptionName[]).filter((o) => !allowed.includes(o));
  if (stray.length > 0)
    throw new UsageError(`pa ${name} does not take ${stray.map((o) => `--${o}`).join(', ')} (pa help)`);
  if (name !== 'token' && !isHttpUrl(connection.url))
    throw new UsageError(
      `PA_URL / --url must be an http(s) URL such as ${DEFAULT_URL} (got "${connection.url}")`,
    );
  return { command: command(name, rest, values), ...connection };
}
