/**
 * Keeps a child process running for `npm start`: a process that exits when
 * nobody asked it to is logged and started again after a backoff that doubles
 * with each quick crash (and resets once the process has run for a while), so a
 * crash of the API or the worker never takes the service down for good. `stop()`
 * ends it for good (Ctrl-C), including during a backoff.
 */
import type { ChildProcess } from 'node:child_process';

export interface SuperviseOptions {
  /** What the log calls it ("api", "worker"). */
  name: string;
  /** Starts one instance of the process. */
  start: () => ChildProcess;
  log: (line: string) => void;
  /** First delay before a restart (default 500 ms); doubles per quick crash up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  /** Longest delay before a restart (default 30 s). */
  maxBackoffMs?: number;
  /** A run at least this long counts as stable and resets the backoff (default 30 s). */
  stableAfterMs?: number;
}

export interface Supervised {
  /** How many times the process has been started so far. */
  starts(): number;
  /** Stops the process (signal, default SIGTERM) and never restarts it; resolves once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function supervise(options: SuperviseOptions): Supervised {
  const initial = options.initialBackoffMs ?? 500;
  const max = options.maxBackoffMs ?? 30_000;
  const stableAfter = options.stableAfterMs ?? 30_000;
  let child: ChildProcess | null = null;
  let started = 0;
  let backoff = initial;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | null = null;
  let exited: Promise<void> = Promise.resolve();

  const launch = () => {
    restartTimer = null;
    if (stopping) return;
    const startedAt = Date.now();
    const current = options.start();
    child = current;
    started += 1;
    exited = new Promise<void>((resolve) => {
      current.once('exit', (code, signal) => {
        resolve();
        if (child === current) child = null;
        if (stopping) return;
        if (Date.now() - startedAt >= stableAfter) backoff = initial;
        const how = signal ? `signal ${signal}` : `code ${code}`;
        options.log(`${options.name} exited unexpectedly (${how}); restarting in ${backoff} ms`);
        restartTimer = setTimeout(launch, backoff);
        backoff = Math.min(backoff * 2, max);
      });
    });
    // A process that cannot even be spawned reports 'error' (and maybe no 'exit'): treat it as a crash.
    current.once('error', (err) => {
      options.log(`${options.name} could not run: ${err.message}`);
      if (current.exitCode === null && current.signalCode === null && current.pid === undefined) {
        current.emit('exit', null, null);
      }
    });
  };

  launch();
  return {
    starts: () => started,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      restartTimer = null;
      const running = child;
      if (running && running.exitCode === null && running.signalCode === null) running.kill(signal);
      await exited;
    },
  };
}
