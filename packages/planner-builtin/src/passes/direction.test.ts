import { describe, expect, it } from 'vitest';
import { readDirection } from './direction.js';
import { runPass, unusedWords } from './testing.js';

describe('direction pass', () => {
  it('uses up a direction word the named transaction types agree with', () => {
    const left = (q: string) => unusedWords(runPass(readDirection, q).after);
    expect(left('how much came in as salaries last month')).not.toContain('came in');
    expect(left('сколько поступило входящих переводов')).not.toContain('поступило');
    expect(left('withdrawals that went out yesterday')).not.toContain('went out');
  });

  it('leaves it to be asked back when no type says which way the money went', () => {
    expect(unusedWords(runPass(readDirection, 'how much money came in yesterday').after)).toContain(
      'came in',
    );
    expect(unusedWords(runPass(readDirection, 'сколько поступило на Каспи').after)).toContain('поступило');
    expect(unusedWords(runPass(readDirection, 'how much came in as withdrawals').after)).toContain('came in');
  });
});
