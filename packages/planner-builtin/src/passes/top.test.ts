import { describe, expect, it } from 'vitest';
import { runPass, usedBy } from './testing.js';
import { readTop } from './top.js';

describe('top pass', () => {
  it('reads the direction and the number of a ranking', () => {
    const run = runPass(readTop, 'top 7 merchants by spend');
    expect(run.after.notes).toMatchObject({ topDirection: 'desc', explicitLimit: 7 });
    expect(usedBy(run)).toEqual(['top', '7']);
    expect(runPass(readTop, 'антитоп 3 города').after.notes).toMatchObject({
      topDirection: 'asc',
      explicitLimit: 3,
    });
  });

  it('leaves a number that starts a date to the calendar', () => {
    const { after } = runPass(readTop, 'top categories 3 March');
    expect(after.notes).toMatchObject({ topDirection: 'desc', explicitLimit: null });
  });
});
