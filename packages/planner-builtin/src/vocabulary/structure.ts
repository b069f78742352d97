import type { VocabularyEntry } from '../meaning.js';
import { e } from './entry.js';

/** Structure words: by, not, and, follow-up openers, only, separately / combined, which, list. */
/** Negations written before what they negate ("except Almaty", «кроме Алматы», «без кошелька»). */
export const NEGATION_PHRASES: readonly string[] = [
  'not',
  'except',
  'excluding',
  'exclude',
  'without',
  'other than',
  'non',
  'outside',
  'outside of',
  'вне',
  'кроме',
  'исключая',
  'за исключением',
  'не',
  'без',
  'без учета',
];

export const STRUCTURE_WORDS: readonly VocabularyEntry[] = [
  // ── structure words ─────────────────────────────────────────────────────────────────────────
  e(
    [
      'by',
      'per',
      'each',
      'every',
      'across',
      'split by',
      'broken down by',
      'break down by',
      'breakdown by',
      'grouped by',
      'по',
      'в разрезе',
      'в разбивке по',
      'с разбивкой по',
      'разбивк~ по',
      'кажд~',
      'для кажд~',
      'на кажд~',
      'за кажд~',
      'разбей по',
      'разбить по',
      'сгруппир* по',
    ],
    { kind: 'groupBy' },
  ),
  e([...NEGATION_PHRASES], { kind: 'negation' }),
  e(['and', 'or', 'и', 'или', 'а также', 'as well as', 'plus'], { kind: 'conjunction' }),
  e(
    [
      'what about',
      'how about',
      'and what about',
      'now',
      'same',
      'the same',
      'same but',
      'also',
      'too',
      'instead',
      'а',
      'а если',
      'а что',
      'теперь',
      'тоже',
      'также',
      'то же',
      'то же самое',
      'то же самое но',
      'а теперь',
      'and if',
      'и еще',
    ],
    { kind: 'followUp' },
  ),
  e(['only', 'just', 'exclusively', 'только', 'лишь', 'исключительно'], { kind: 'only' }),
  e(
    [
      'separately',
      'each separately',
      'individually',
      'one by one',
      'отдельно',
      'по отдельности',
      'каждый отдельно',
    ],
    {
      kind: 'listMode',
      mode: 'each',
    },
  ),
  e(['combined', 'together', 'вместе', 'в совокупности', 'вместе взятые', 'вместе взятых'], {
    kind: 'listMode',
    mode: 'together',
  }),
  e(
    [
      'какой',
      'какая',
      'какое',
      'каком',
      'какого',
      'какую',
      'какой именно',
      'самый',
      'самая',
      'самое',
      'самом',
    ],
    {
      kind: 'grammaticalNumber',
      plural: false,
    },
  ),
  e(['какие', 'каких', 'каким', 'самые', 'самых'], { kind: 'grammaticalNumber', plural: true }),

  e(
    [
      'list',
      'show',
      'display',
      'show all',
      'list all',
      'export',
      'покажи',
      'покажите',
      'показать',
      'выведи',
      'выведите',
      'вывести',
      'перечисли',
      'перечислите',
      'выгрузи',
      'выгрузите',
      'покажи все',
      'выведи все',
    ],
    { kind: 'listVerb' },
  ),
];

/** "in" before a currency or a period: "amount in EUR", «сумма в юанях», «транзакций в тенге». */
export const IN_WORDS: readonly string[] = ['in', 'в', 'во'];
/** Interrogatives before a time unit that ask for it as a column: "which day…", "what month…". */
export const WHICH_WORDS: readonly string[] = ['which', 'what'];

/**
 * Prepositions that open a phrase of their own: in "spend except pharmacies in Almaty" /
 * «кроме аптек в Алматы» the city is not part of what is excepted.
 */
export const PHRASE_PREPOSITIONS: readonly string[] = ['in', 'at', 'on', 'for', 'в', 'во', 'на', 'у', 'для'];
