import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type UnderstandContext, understandQuestion } from './builtin-planner.js';
import { correctTypo, getLexicon, oneEditApart } from './lexicon.js';

const context: UnderstandContext = {
  now: new Date('2026-05-20T08:00:00Z'),
  timeZone: 'Asia/Almaty',
  previous: [],
};

describe('oneEditApart', () => {
  it.each([
    ['numbr', 'number', true],
    ['catgory', 'category', true],
    ['tarnsactions', 'transactions', true],
    ['nmber', 'number', true],
    ['number', 'number', false],
    ['numbers', 'numb', false],
    ['amount', 'amonut', true],
    ['amount', 'mount', true],
    ['abcd', 'dcba', false],
  ])('%s / %s: %s', (a, b, apart) => {
    expect(oneEditApart(a, b)).toBe(apart);
    expect(oneEditApart(b, a)).toBe(apart);
  });
});

describe('a word one letter off a vocabulary word', () => {
  it.each([
    ['total amount by catgory in May', 'by category', 'catgory'],
    ['numbr of transactions yesterday', 'Number of transactions', 'numbr'],
    ['колличество транзакций вчера', 'Количество транзакций', 'колличество'],
  ])('%s is read as the word, and the answer says so', (question, described, typo) => {
    const u = understandQuestion(question, context);
    expect(u.kind).toBe('sql');
    if (u.kind !== 'sql') return;
    expect(u.explanation).toContain(described);
    expect(u.explanation).toContain(typo);
  });

  it.each(['chargebacks', 'fraud', 'cashback'])('%s is not corrected into a word', (w) => {
    const corrected = correctTypo(w, getLexicon());
    expect(corrected).toBeNull();
    expect(understandQuestion(`number of ${w} in May`, context).kind).not.toBe('sql');
  });
});

/** The golden questions, each with one letter of one long word dropped, doubled or swapped. */
const golden = readFileSync(new URL('../../../test/fixtures/golden/golden.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { question: string; sql?: string; previous?: unknown })
  .filter((l) => l.sql && !l.previous);

describe('a typo never changes an answer into another answer (property over the golden set)', () => {
  it('the same SQL as without the typo, or the question asked back', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...golden),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('drop', 'double', 'swap', 'replace'),
        (line, wordPick, letterPick, edit) => {
          const words = line.question.split(' ');
          const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{6,}$/u.test(w));
          fc.pre(long.length > 0);
          const [word, at] = long[wordPick % long.length]!;
          const k = 1 + (letterPick % (word.length - 2));
          const typo =
            edit === 'drop'
              ? word.slice(0, k) + word.slice(k + 1)
              : edit === 'double'
                ? word.slice(0, k) + word[k] + word.slice(k)
                : edit === 'swap'
                  ? word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2)
                  : `${word.slice(0, k)}${word[k] === 'x' ? 'q' : 'x'}${word.slice(k + 1)}`;
          const question = words.map((w, i) => (i === at ? typo : w)).join(' ');
          const plain = understandQuestion(line.question, context);
          const typed = understandQuestion(question, context);
          if (typed.kind === 'sql' && plain.kind === 'sql')
            expect(typed.sql, `${question} (from: ${line.question})`).toBe(plain.sql);
          else if (typed.kind === 'sql') expect.fail(`${question} answered; without the typo it was not`);
        },
      ),
      { numRuns: 3000 },
    );
    // (3 000 questions planned twice: seconds on an idle machine, over the default 20 s on a loaded one —
    // the limit is a hang guard, not a speed claim.)
  }, 120_000);
});
