import { definePass, meaningOf } from './reading.js';

/**
 * The coverage check: every word must be used by the plan, be a stop word, or be a structure word
 * whose job needs no slot of its own (by, and, only, among, which…). Anything else — an unknown word,
 * a time or measure word no pass could place, a strong comparator with no number — is reported, and
 * the question is asked back instead of answered without it. Last, whether anything at all was
 * understood (a question of only unknown words is refused rather than asked back).
 */
export const checkCoverage = definePass(({ slots, draft }) => {
  const unknown: string[] = [];
  for (const slot of slots) {
    if (slot.used) continue;
    const item = slot.item;
    if (item.kind === 'unknown') {
      unknown.push(item.text);
      continue;
    }
    const m = meaningOf(slot);
    if (!m) continue;
    switch (m.kind) {
      case 'compare':
      case 'groupBy':
      case 'conjunction':
      case 'followUp':
      case 'only':
      case 'shareBase':
      case 'grammaticalNumber':
      case 'listVerb':
      case 'entity':
      case 'currencyUnit':
      case 'destructive':
      case 'personal':
      case 'offTopic':
      case 'greeting':
        continue;
      case 'multiplier':
        if (item.text.length > 1) unknown.push(item.text);
        continue;
      case 'comparator':
        if (!m.weak) unknown.push(item.text);
        continue;
      default:
        unknown.push(item.text);
    }
  }
  if (unknown.length > 0) draft.issues.unshift({ kind: 'unknown_words', words: unknown });
  draft.anyContent = draft.anyContent || draft.domain || draft.elliptical || draft.compare;
});
