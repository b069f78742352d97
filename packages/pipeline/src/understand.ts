import type { Language } from '@pa/contracts';
import { detectLanguage } from '@pa/planner-builtin';

/**
 * The answer language, from the question's script and words: the builtin
 * planner's detector, so planning and answering never disagree.
 */
export const detectQuestionLanguage: (question: string) => Language = detectLanguage;

/** Collapses whitespace and strips control characters; the meaning is left to planners. */
export function normalizeQuestion(question: string): string {
  return question
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
