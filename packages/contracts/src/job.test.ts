import { describe, expect, it } from 'vitest';
import { foldJobEvents, type JobEvent } from './job.js';

const queued: JobEvent = {
  type: 'queued',
  at: '2026-01-01T00:00:00Z',
  tenant: '*',
  question: 'q',
  session_id: null,
};

describe('foldJobEvents', () => {
  it('returns null without a queued event first', () => {
    expect(foldJobEvents('j', [])).toBeNull();
    expect(foldJobEvents('j', [{ type: 'cancelled', at: 'x' }])).toBeNull();
  });

  it('follows stages and stops at the first terminal event', () => {
    const snap = foldJobEvents('j', [
      queued,
      { type: 'stage', at: 't1', stage: 'planning', attempt: 1 },
      { type: 'failed', at: 't2', error: { code: 'timeout', message: 'slow', retryable: false } },
      { type: 'stage', at: 't3', stage: 'executing', attempt: 2 },
    ]);
    expect(snap).toMatchObject({ status: 'failed', stage: 'planning', finished_at: 't2', attempt: 1 });
    expect(snap?.error?.code).toBe('timeout');
  });

  it('is queued until a worker reports a stage', () => {
    expect(foldJobEvents('j', [queued])).toMatchObject({ status: 'queued', stage: null, question: 'q' });
  });

  it('carries a streamed chat reply so far, and only the whole reply once completed', () => {
    const streaming: JobEvent[] = [
      queued,
      { type: 'stage', at: 't1', stage: 'understanding', attempt: 1 },
      { type: 'delta', at: 't2', text: 'Hel' },
      { type: 'delta', at: 't3', text: 'lo!' },
    ];
    expect(foldJobEvents('j', streaming)).toMatchObject({ status: 'active', reply_so_far: 'Hello!' });
    const reply = {
      kind: 'chat' as const,
      message: 'Hello!',
      language: 'en' as const,
      provider: 'gemini',
      model: 'm',
      streamed: true,
    };
    const done = foldJobEvents('j', [...streaming, { type: 'completed', at: 't4', reply }]);
    expect(done).toMatchObject({ status: 'completed', reply });
    expect(done).not.toHaveProperty('reply_so_far');
    expect(done).not.toHaveProperty('result');
  });
});
