import { describe, expect, it } from 'vitest';
import { readFlags } from './flags.js';
import { runPass, usedBy } from './testing.js';

describe('flags pass', () => {
  it.each([
    ['please delete the transactions of last week', 'destructive'],
    ['отмени последний платеж', 'destructive'],
    ['list the card numbers of Kaspi customers', 'personal'],
    ['what is the weather in Almaty', 'offTopic'],
  ] as const)('%s → %s', (question, flag) => {
    const { after } = runPass(readFlags, question);
    expect(after.draft.flags[flag]).toBe(true);
  });

  it('uses up a greeting and keeps the rest for later passes', () => {
    const run = runPass(readFlags, 'hello, how many payments today?');
    expect(run.after.draft.flags.greeting).toBe(true);
    expect(usedBy(run)).toEqual(['hello']);
  });

  it('tells a continuation from a question that only contains "and"', () => {
    expect(runPass(readFlags, 'and in Astana?').after.draft.followUp).toBe(true);
    expect(runPass(readFlags, 'а по банкам?').after.draft.followUp).toBe(true);
    expect(runPass(readFlags, 'only contactless').after.draft.followUp).toBe(true);
    expect(runPass(readFlags, 'spend in Almaty and Astana').after.draft.followUp).toBe(false);
  });
});
