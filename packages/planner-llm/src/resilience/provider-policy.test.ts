import { LlmProviderError, RateLimitWaitError } from '@pa/planner';
import { describe, expect, it } from 'vitest';
import { type AttemptReport, createProviderPolicy, retryDelayMs } from './provider-policy.js';

const fail = (failure: LlmProviderError['failure'], retryAfterMs?: number) =>
  new LlmProviderError(
    'fake',
    failure,
    `fake ${failure}`,
    retryAfterMs !== undefined ? { retryAfterMs } : {},
  );

const policy = (over: Parameters<typeof createProviderPolicy>[0] extends infer O ? Partial<O> : never = {}) =>
  createProviderPolicy({
    provider: 'fake',
    classify: (err) => new LlmProviderError('fake', 'unknown', String(err)),
    timeoutMs: 1_000,
    maxAttempts: 3,
    initialDelayMs: 5,
    maxDelayMs: 20,
    breakerThreshold: 100,
    random: () => 0.5,
    ...over,
  });

describe('createProviderPolicy', () => {
  it('retries transient failures and reports every attempt', async () => {
    const p = policy();
    const reports: AttemptReport[] = [];
    let calls = 0;
    const value = await p.execute(
      async () => {
        calls++;
        if (calls === 1) throw fail('server');
        if (calls === 2) throw fail('network');
        return 'plan';
      },
      (r) => reports.push(r),
    );
    expect(value).toBe('plan');
    expect(reports.map((r) => [r.attempt, r.error?.failure ?? null])).toEqual([
      [1, 'server'],
      [2, 'network'],
      [3, null],
    ]);
  });

  it('gives up after maxAttempts with the last classified error', async () => {
    let calls = 0;
    await expect(
      policy().execute(async () => {
        calls++;
        throw fail('rate_limited');
      }),
    ).rejects.toMatchObject({ failure: 'rate_limited' });
    expect(calls).toBe(3);
  });

  it('waits as long as Retry-After asks', async () => {
    let calls = 0;
    const started = performance.now();
    await policy().execute(async () => {
      calls++;
      if (calls === 1) throw fail('rate_limited', 150);
      return 1;
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('does not retry when Retry-After is beyond the cap, nor permanent failures', async () => {
    let calls = 0;
    await expect(
      policy({ maxRetryAfterMs: 1_000 }).execute(async () => {
        calls++;
        throw fail('rate_limited', 60_000);
      }),
    ).rejects.toMatchObject({ failure: 'rate_limited', retryAfterMs: 60_000 });
    expect(calls).toBe(1);

    calls = 0;
    await expect(
      policy().execute(async () => {
        calls++;
        throw fail('auth');
      }),
    ).rejects.toMatchObject({ failure: 'auth' });
    expect(calls).toBe(1);
  });

  it('classifies unknown errors through the provider classifier', async () => {
    await expect(
      policy({ maxAttempts: 1 }).execute(async () => {
        throw new Error('boom');
      }),
    ).rejects.toMatchObject({ name: 'LlmProviderError', failure: 'unknown' });
  });

  it('times out a slow attempt and aborts its signal', async () => {
    let seen: AbortSignal | undefined;
    // The attempt settles only when its signal aborts: without the timeout this would never end.
    await expect(
      policy({ timeoutMs: 100, maxAttempts: 1 }).execute(
        (signal) =>
          new Promise((_, reject) => {
            seen = signal;
            signal.addEventListener('abort', () => reject(new Error('aborted')));
          }),
      ),
    ).rejects.toMatchObject({ failure: 'timeout' });
    expect(seen?.aborted).toBe(true);
  });

  it('times out a call that ignores its signal', async () => {
    await expect(
      policy({ timeoutMs: 50, maxAttempts: 1 }).execute(() => new Promise<never>(() => {})),
    ).rejects.toMatchObject({ failure: 'timeout' });
  });

  it('opens the circuit after consecutive failures, then lets a test call through', async () => {
    const states: string[] = [];
    const p = policy({
      maxAttempts: 1,
      breakerThreshold: 2,
      halfOpenAfterMs: 150,
      onCircuitChange: (s) => states.push(s),
    });
    let calls = 0;
    const down = async () => {
      calls++;
      throw fail('server');
    };
    await expect(p.execute(down)).rejects.toMatchObject({ failure: 'server' });
    await expect(p.execute(down)).rejects.toMatchObject({ failure: 'server' });
    expect(p.circuitState()).toBe('open');
    await expect(p.execute(down)).rejects.toMatchObject({ failure: 'circuit_open' });
    expect(calls).toBe(2); // the provider was not called while open

    await new Promise((r) => setTimeout(r, 200));
    await expect(p.execute(async () => 'up again')).resolves.toBe('up again');
    expect(p.circuitState()).toBe('closed');
    expect(states).toEqual(['open', 'half_open', 'closed']);
  });

  it('does not retry an open circuit, and rate-limit waits are neither retried nor counted', async () => {
    let acquired = 0;
    const p = policy({
      breakerThreshold: 1,
      rateLimiter: {
        acquire: async () => {
          acquired++;
          throw new RateLimitWaitError('k', 5_000);
        },
      },
    });
    await expect(p.execute(async () => 1)).rejects.toMatchObject({ failure: 'rate_limit_wait' });
    expect(acquired).toBe(1);
    expect(p.circuitState()).toBe('closed');
  });

  it('holds a concurrency slot for the duration of each attempt', async () => {
    const events: string[] = [];
    const p = policy({
      concurrencyLimiter: {
        acquire: async () => {
          events.push('acquire');
          return async () => {
            events.push('release');
          };
        },
      },
    });
    let calls = 0;
    await p.execute(async () => {
      events.push('call');
      if (++calls === 1) throw fail('server');
      return 1;
    });
    expect(events).toEqual(['acquire', 'call', 'release', 'acquire', 'call', 'release']);
  });
});

describe('retryDelayMs', () => {
  const o = { initialDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000, random: () => 1 };
  it('doubles with equal jitter, up to the cap', () => {
    expect(retryDelayMs(1, fail('server'), o)).toBe(100);
    expect(retryDelayMs(2, fail('server'), o)).toBe(200);
    expect(retryDelayMs(10, fail('server'), o)).toBe(1_000);
    expect(retryDelayMs(2, fail('server'), { ...o, random: () => 0 })).toBe(100);
  });
  it('uses Retry-After when given, capped', () => {
    expect(retryDelayMs(1, fail('rate_limited', 2_500), o)).toBe(2_500);
    expect(retryDelayMs(1, fail('rate_limited', 9_000), o)).toBe(5_000);
  });

  it('aborts the call in flight when the caller cancels, and starts no retry', async () => {
    const cancel = new AbortController();
    const reports: AttemptReport[] = [];
    let calls = 0;
    let sdkSawAbort = false;
    const running = policy({ timeoutMs: 60_000 }).execute(
      (signal) => {
        calls++;
        // An SDK call that never answers, as a hung provider would; it rejects only on abort.
        return new Promise<never>((_, reject) => {
          signal.addEventListener('abort', () => {
            sdkSawAbort = true;
            reject(new Error('aborted'));
          });
          if (calls === 1) cancel.abort();
        });
      },
      (r) => reports.push(r),
      cancel.signal,
    );
    await expect(running).rejects.toMatchObject({ failure: 'cancelled', transient: false });
    expect(sdkSawAbort).toBe(true);
    expect(calls).toBe(1);
    expect(reports.map((r) => r.error?.failure)).toEqual(['cancelled']);
  });

  it('makes no call at all when cancelled before it starts, and does not count it against the circuit', async () => {
    const p = policy({ breakerThreshold: 1 });
    let calls = 0;
    await expect(
      p.execute(
        async () => {
          calls++;
          return 'plan';
        },
        undefined,
        AbortSignal.abort(),
      ),
    ).rejects.toMatchObject({ failure: 'cancelled' });
    expect(calls).toBe(0);
    expect(p.circuitState()).toBe('closed');
  });
});
