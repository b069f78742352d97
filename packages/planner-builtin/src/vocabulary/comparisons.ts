import type { VocabularyEntry } from '../meaning.js';
import { e } from './entry.js';

/** Amount comparisons: over, at least, under, up to, between. */
export const COMPARISON_WORDS: readonly VocabularyEntry[] = [
  // ── amount comparisons ──────────────────────────────────────────────────────────────────────
  e(
    [
      'more than',
      'greater than',
      'larger than',
      'bigger than',
      'higher than',
      'above',
      'exceeding',
      'exceeds',
      'in excess of',
      'больше',
      'более',
      'свыше',
      'дороже',
      'выше',
      'превышающ~',
      'превыша~',
      '>',
    ],
    { kind: 'comparator', op: '>', weak: false },
  ),
  e(['over'], { kind: 'comparator', op: '>', weak: true }),
  // After the amount: "50k tenge or more" (the amount filters' postpositions). Not «и более»: «и более
  // 50 тысяч» is "and over 50 000".
  e(['or more', 'or above', 'or higher'], {
    kind: 'comparator',
    op: '>=',
    weak: false,
    after: true,
  }),
  e(['or less', 'or below', 'or lower'], {
    kind: 'comparator',
    op: '<=',
    weak: false,
    after: true,
  }),
  // "which had more …, Kaspi or Halyk": with no number after it, a comparison of the two named (the
  // compared-values pass); anything else asks back.
  e(['more', 'higher', 'bigger'], { kind: 'comparator', op: '>', weak: false }),
  e(
    [
      'at least',
      'not less than',
      'no less than',
      'minimum of',
      'не менее',
      'не меньше',
      'не ниже',
      'не дешевле',
      'начиная от',
    ],
    { kind: 'comparator', op: '>=', weak: false },
  ),
  e(['from', 'от'], { kind: 'comparator', op: '>=', weak: true }),
  e(
    [
      'less than',
      'lower than',
      'smaller than',
      'cheaper than',
      'below',
      'меньше',
      'менее',
      'ниже',
      'дешевле',
      '<',
    ],
    { kind: 'comparator', op: '<', weak: false },
  ),
  e(
    [
      'at most',
      'up to',
      'no more than',
      'not more than',
      'maximum of',
      'не более',
      'не больше',
      'не выше',
      'не дороже',
      'не превышающ~',
    ],
    { kind: 'comparator', op: '<=', weak: false },
  ),
  e(['to', 'до'], { kind: 'comparator', op: '<=', weak: true }),
  // operators: ">=" and "<=" are written so by the tokenizer
  e(['≥'], { kind: 'comparator', op: '>=', weak: false }),
  e(['≤'], { kind: 'comparator', op: '<=', weak: false }),
  // "under" is a comparator only before a number ("under 5000"), else a preposition ("under MCC 5411").
  e(['under'], { kind: 'comparator', op: '<', weak: true }),
  e(['between', 'между', 'в диапазоне', 'в пределах'], { kind: 'comparator', op: 'between', weak: true }),
];
