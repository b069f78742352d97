import { describe, expect, it } from 'vitest';
import { advance, initialProgress, progressText } from './progress-line.js';

const ID = '6f0c1a2b-0000-4000-8000-000000000000';

describe('progress line', () => {
  it('walks the stages in the words people read, then names the planner', () => {
    let p = initialProgress(ID);
    p = advance(p, 'snapshot', { status: 'queued', stage: null, attempt: 0 });
    for (const stage of ['understanding', 'planning', 'guarding'])
      p = advance(p, 'stage', { stage, attempt: 1 });
    p = advance(p, 'plan', { planner: 'builtin', sql: 'SELECT 1' });
    p = advance(p, 'stage', { stage: 'executing', attempt: 1 });
    expect(progressText({ ...p, elapsedMs: 2_340 }, 200)).toBe(
      `⠋ 2.3s  queued → understanding → planning → checking → running  planner: builtin  ${ID}`,
    );
  });

  it('starts the stages over on a retried attempt and says which attempt it is', () => {
    let p = initialProgress(ID);
    for (const stage of ['understanding', 'planning', 'guarding', 'executing'])
      p = advance(p, 'stage', { stage, attempt: 1 });
    p = advance(p, 'stage', { stage: 'understanding', attempt: 2 });
    expect(p.stages).toEqual(['queued', 'understanding']);
    expect(progressText(p, 200)).toContain('attempt 2');
  });

  it('picks up where a snapshot says the job is, the stages before it passed', () => {
    const p = advance(initialProgress(ID), 'snapshot', { status: 'active', stage: 'executing', attempt: 1 });
    expect(p.stages).toEqual(['queued', 'understanding', 'planning', 'checking', 'running']);
  });

  it('never grows wider than the terminal, so redrawing it in place does not wrap', () => {
    const text = progressText(initialProgress(ID), 20);
    expect([...text]).toHaveLength(19);
    expect(text.endsWith('…')).toBe(true);
  });
});
