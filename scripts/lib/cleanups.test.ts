import { describe, expect, it } from 'vitest';
import { cleanupStack } from './cleanups.js';

describe('cleanupStack', () => {
  it('runs the undo actions last-in first-out, once, and goes on past one that fails', async () => {
    const said: string[] = [];
    const ran: string[] = [];
    const { cleanups, cleanUp } = cleanupStack((line) => said.push(line));
    cleanups.push({ what: 'first', run: () => void ran.push('first') });
    cleanups.push({
      what: 'second',
      run: () => {
        throw new Error('boom');
      },
    });
    cleanups.push({ what: 'third', run: async () => void ran.push('third') });
    await Promise.all([cleanUp(), cleanUp()]);
    await cleanUp();
    expect(ran).toEqual(['third', 'first']);
    expect(said).toEqual(['cleanup: second: boom']);
  });
});
