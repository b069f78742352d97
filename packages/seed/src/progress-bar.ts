/**
 * Progress for the command-line loaders, on stderr. On a terminal: one line
 * redrawn in place (bar, rows, rate, ETA). Otherwise (CI, pipes): a plain
 * line every few seconds, so logs stay readable.
 */

export interface ProgressBar {
  /** `fraction` of the work done (0–1) and rows handled so far. */
  update(fraction: number, rows: number): void;
  /** A phase without a measurable fraction ("building indexes"). */
  note(text: string): void;
  /** Clears the live line; the caller prints its own summary. */
  stop(): void;
}

const WIDTH = 24;
const REDRAW_MS = 100;
const PLAIN_EVERY_MS = 5_000;

export const formatCount = (n: number) => Math.round(n).toLocaleString('en-US');

export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const tty = stream.isTTY === true;
  const started = performance.now();
  let last = 0;
  let live = false;

  const write = (text: string) => {
    if (tty) {
      stream.write(`\r\x1b[2K${text}`);
      live = true;
    } else stream.write(`${text}\n`);
  };

  return {
    update(fraction, rows) {
      const now = performance.now();
      if (now - last < (tty ? REDRAW_MS : PLAIN_EVERY_MS)) return;
      last = now;
      const elapsed = now - started;
      const f = Math.min(1, Math.max(0, fraction));
      const rate = elapsed > 0 ? (rows * 1000) / elapsed : 0;
      const eta = f > 0 ? (elapsed * (1 - f)) / f : Number.NaN;
      const filled = Math.round(f * WIDTH);
      const bar = tty ? `[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ` : '';
      write(
        `${label}: ${bar}${(f * 100).toFixed(0).padStart(3)}%  ${formatCount(rows)} rows  ${formatCount(rate)} rows/s  ETA ${Number.isNaN(eta) ? '?' : formatDuration(eta)}`,
      );
    },
    note(text) {
      last = performance.now();
      write(`${label}: ${text}`);
    },
    stop() {
      if (tty && live) stream.write('\r\x1b[2K');
      live = false;
    },
  };
}
