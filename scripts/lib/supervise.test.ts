import { spawn } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { supervise } from './supervise.js';

/** A child that crashes at once with the given code. */
const crashing = (code: number) => () => spawn(process.execPath, ['-e', `process.exit(${code})`]);
/** A child that runs until it is signalled. */
const longRunning = () => spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);

describe('supervise', () => {
  it('restarts a process that crashes, logging each crash, with a growing backoff', async () => {
    const lines: string[] = [];
    const supervised = supervise({
      name: 'worker',
      start: crashing(3),
      log: (l) => lines.push(l),
      initialBackoffMs: 5,
      maxBackoffMs: 40,
    });
    await vi.waitFor(() => expect(supervised.starts()).toBeGreaterThanOrEqual(4), { timeout: 20_000 });
    await supervised.stop();
    expect(lines[0]).toBe('worker exited unexpectedly (code 3); restarting in 5 ms');
    expect(lines[1]).toBe('worker exited unexpectedly (code 3); restarting in 10 ms');
    expect(lines[2]).toBe('worker exited unexpectedly (code 3); restarting in 20 ms');
    // Capped.
    await vi.waitFor(() => expect(lines.length).toBeGreaterThanOrEqual(3));
    expect(lines.slice(3).every((l) => /restarting in 40 ms$/.test(l))).toBe(true);
  });

  it('stops for good on stop(): the running process gets the signal and is not started again', async () => {
    const lines: string[] = [];
    const supervised = supervise({ name: 'api', start: longRunning, log: (l) => lines.push(l) });
    expect(supervised.starts()).toBe(1);
    await supervised.stop('SIGTERM');
    expect(lines).toEqual([]);
    expect(supervised.starts()).toBe(1);
  });

  it('restarts a process killed from outside (a crash by signal), then stops', async () => {
    const lines: string[] = [];
    const children: ReturnType<typeof longRunning>[] = [];
    const supervised = supervise({
      name: 'api',
      start: () => {
        const child = longRunning();
        children.push(child);
        return child;
      },
      log: (l) => lines.push(l),
      initialBackoffMs: 5,
    });
    children[0]!.kill('SIGKILL');
    await vi.waitFor(() => expect(supervised.starts()).toBe(2), { timeout: 20_000 });
    expect(lines).toEqual(['api exited unexpectedly (signal SIGKILL); restarting in 5 ms']);
    await supervised.stop();
    expect(children[1]!.signalCode).toBe('SIGTERM');
  });

  it('cancels a pending restart when stopped during the backoff', async () => {
    const lines: string[] = [];
    const supervised = supervise({
      name: 'worker',
      start: crashing(1),
      log: (l) => lines.push(l),
      initialBackoffMs: 50,
    });
    // The crash is logged when the restart is scheduled: stop inside that backoff.
    await vi.waitFor(() => expect(lines).toHaveLength(1), { timeout: 20_000 });
    await supervised.stop();
    // Well past the 50 ms backoff: a restart that was not cancelled would have run by now.
    await new Promise<void>((resolve) => setTimeout(resolve, 300));
    expect(supervised.starts()).toBe(1);
  });
});
