import type { Language } from '@pa/contracts';

const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/g;
const KAZAKH_ONLY = /[әғқңөұүһі]/i;

/** Picks the answer language from the question's script (Kazakh when its own letters appear). */
export function detectQuestionLanguage(question: string): Language {
  if (KAZAKH_ONLY.test(question)) return 'kk';
  const cyr = question.match(CYRILLIC)?.length ?? 0;
  const lat = question.match(LATIN)?.length ?? 0;
  return cyr > lat ? 'ru' : 'en';
}

/** Collapses whitespace and strips control characters; the meaning is left to planners. */
export function normalizeQuestion(question: string): string {
  return question
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
