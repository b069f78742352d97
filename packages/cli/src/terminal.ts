/** Where `pa` writes: answers on stdout, progress and messages on stderr. */
export interface Terminal {
  /** Writes to stdout as is. */
  out(text: string): void;
  /** Writes to stderr as is. */
  err(text: string): void;
  /** Writes one line to stderr, prefixed `pa: `. */
  say(line: string): void;
  /** Redraws the progress line in place (stderr on a terminal only); null clears it. */
  progress(line: string | null): void;
  readonly showsProgress: boolean;
  readonly columns: number;
  bold(text: string): string;
  dim(text: string): string;
}

/**
 * A reader that stops early (`pa ask … --csv | head -n 2`) closes the pipe; the next write fails
 * with EPIPE. That is the reader having had enough, not an error: `pa` exits 0 without a stack
 * trace. (Tools killed by SIGPIPE exit 141 instead, which `set -o pipefail` scripts must then
 * excuse; the answer was fetched, so 0 is the truth.)
 */
export function exitQuietlyOnEpipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
}

export function processTerminal(env: NodeJS.ProcessEnv = process.env): Terminal {
  const color = (stream: NodeJS.WriteStream) =>
    stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb';
  const style = (open: string, close: string) => (text: string) =>
    color(process.stdout) ? `\x1b[${open}m${text}\x1b[${close}m` : text;
  const showsProgress = process.stderr.isTTY === true && env.TERM !== 'dumb';
  let drawn = false;
  const clear = () => {
    if (drawn) process.stderr.write('\r\x1b[2K');
    drawn = false;
  };
  return {
    out: (text) => {
      clear();
      process.stdout.write(text);
    },
    err: (text) => {
      clear();
      process.stderr.write(text);
    },
    say: (line) => {
      clear();
      process.stderr.write(`pa: ${line}\n`);
    },
    progress: (line) => {
      if (!showsProgress) return;
      if (line === null) return clear();
      process.stderr.write(`\r\x1b[2K${line}`);
      drawn = true;
    },
    showsProgress,
    get columns() {
      // 0 or undefined when the terminal does not say (a pseudo-terminal under `script`).
      return process.stderr.columns || 80;
    },
    bold: style('1', '22'),
    dim: style('2', '22'),
  };
}
