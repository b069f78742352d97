import { type UnderstandContext, understandQuestion } from '../builtin-planner.js';
import { detectLanguage } from '../detect-language.js';
import type { InterpretEnv } from '../draft.js';
import type { Frame } from '../frame.js';
import { PASSES } from '../interpret.js';
import { lexItems } from '../lexicon.js';
import { endsWithQuestionMark, tokenize } from '../tokenize.js';
import { type Pass, type Reading, startReading } from './reading.js';

/** Helpers for the passes' unit tests: the reading a pass is given for a question, and what it did. */

export const TEST_ENV: InterpretEnv = { now: new Date('2026-05-20T08:00:00Z'), timeZone: 'Asia/Almaty' };

/** The same moment as a first question (no earlier turns), for tests of the whole understanding. */
export const TEST_CONTEXT: UnderstandContext = { ...TEST_ENV, previous: [] };

/** The frame the planner makes of a question it answers; throws (naming why) when it does not. */
export function frameOf(question: string, ctx: UnderstandContext = TEST_CONTEXT): Frame {
  const result = understandQuestion(question, ctx);
  if (result.kind !== 'sql') throw new Error(`${question}: ${result.kind} ${result.message}`);
  return result.frame;
}

/** The SQL the planner writes for a question, on one line, or `(clarify)` / `(refuse)` when it writes none. */
export function sqlLineOf(question: string, ctx: UnderstandContext = TEST_CONTEXT): string {
  const result = understandQuestion(question, ctx);
  return result.kind === 'sql' ? result.sql.replace(/\s+/g, ' ') : `(${result.kind})`;
}

export function startOf(question: string, env: InterpretEnv = TEST_ENV): Reading {
  const items = lexItems(tokenize(question), undefined, { kazakh: detectLanguage(question) === 'kk' });
  return startReading(items, endsWithQuestionMark(question) ? { ...env, questionMark: true } : env);
}

/** The reading `pass` is given for this question: every pass before it applied. */
export function readingBefore(pass: Pass, question: string, env: InterpretEnv = TEST_ENV): Reading {
  let reading = startOf(question, env);
  for (const [, p] of PASSES) {
    if (p === pass) return reading;
    reading = p(reading);
  }
  throw new Error('not one of PASSES');
}

/** Runs one pass on the reading it would be given for this question. */
export function runPass(
  pass: Pass,
  question: string,
  env?: InterpretEnv,
): { before: Reading; after: Reading } {
  const before = readingBefore(pass, question, env);
  return { before, after: pass(before) };
}

/** The words this pass accounted for. */
export function usedBy({ before, after }: { before: Reading; after: Reading }): string[] {
  return after.slots.filter((s, i) => s.used && !before.slots[i]?.used).map((s) => s.item.text);
}

/** The words no pass so far has accounted for. */
export function unusedWords(reading: Reading): string[] {
  return reading.slots.filter((s) => !s.used).map((s) => s.item.text);
}
