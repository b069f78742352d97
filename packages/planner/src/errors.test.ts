import { describe, expect, it } from 'vitest';
import { PlannerUnavailableError } from './errors.js';

describe('PlannerUnavailableError', () => {
  it('is retryable, "temporarily unavailable", for a provider that keeps failing', () => {
    const err = new PlannerUnavailableError('gemini', 'server', 'HTTP 503');
    expect(err.retryable).toBe(true);
    expect(err.messageFor('en')).toMatch(/temporarily unavailable/);
  });

  it.each(['auth', 'bad_request'] as const)(
    'calls %s a configuration problem, never to be retried',
    (failure) => {
      const err = new PlannerUnavailableError('gemini', failure, 'HTTP 401');
      expect(err.retryable).toBe(false);
      expect(err.isConfigurationError).toBe(true);
      expect(err.messageFor('en')).toBe(
        'The language model rejected the request (configuration problem); the administrator has been notified.',
      );
      expect(err.messageFor('ru')).toMatch(/конфигурации/);
    },
  );

  it('says how long to wait and until when, and is not retried by the job, for a long Retry-After', () => {
    const now = Date.parse('2026-01-01T10:00:00Z');
    const err = new PlannerUnavailableError('gemini', 'rate_limited', 'HTTP 429', {
      retryAfterMs: 3_600_000,
      now,
    });
    expect(err.retryable).toBe(false);
    expect(err.retryAt?.toISOString()).toBe('2026-01-01T11:00:00.000Z');
    expect(err.messageFor('en')).toBe(
      'The language model provider is busy and asked us to wait 60 minutes; please retry after 11:00 UTC.',
    );
    expect(err.messageFor('ru')).toMatch(/60 мин.*11:00 UTC/);
  });

  it('speaks Kazakh to a Kazakh asker, not Russian', () => {
    const down = new PlannerUnavailableError('gemini', 'server', 'HTTP 503');
    expect(down.messageFor('kk')).toMatch(/қолжетімсіз/);
    const busy = new PlannerUnavailableError('gemini', 'rate_limited', 'HTTP 429', {
      retryAfterMs: 90_000,
      now: Date.parse('2026-01-01T10:00:00Z'),
    });
    expect(busy.messageFor('kk')).toMatch(/90 секунд.*10:01 UTC/);
    expect(new PlannerUnavailableError('gemini', 'auth', 'HTTP 401').messageFor('kk')).toMatch(/әкімшіге/);
    for (const err of [down, busy]) expect(err.messageFor('kk')).not.toBe(err.messageFor('ru'));
  });
});
