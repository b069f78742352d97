import { DISTINCT_WORDS, KAZAKH_COUNT_AFTER, PEOPLE_WORDS } from '../vocabulary/index.js';
import { definePass, isKind } from './reading.js';

/**
 * "How many people paid with Apple Pay", «Сколько человек платили …», «қанша адам төледі», «адамдар
 * саны»: people right after a word of counting (or "different" after it), or before Kazakh «саны», are the
 * cards counted (distinct cards, as "how many clients"). Anywhere else the word is left as it was: a stop
 * word ("how people pay") or not understood.
 */
export const readCountedPeople = definePass((r) => {
  // («Сколько человек в среднем тратят в кафе?»: with an average, how much a person spends is meant,
  // not how many people — left as it was, asked back.)
  if (r.slots.some((s) => isKind(s, 'aggregate'))) return;
  r.slots.forEach((slot, i) => {
    // ("How many different people …", «сколько разных людей»: a word of distinctness may stand between.)
    const before = DISTINCT_WORDS.includes(r.slots[i - 1]?.item.text ?? '') ? i - 2 : i - 1;
    // («Apple Pay-мен төлеген адамдар саны»: Kazakh counts them after.)
    const countAfter =
      isKind(r.slots[i + 1], 'count') && KAZAKH_COUNT_AFTER.includes(r.slots[i + 1]!.item.text);
    if (!PEOPLE_WORDS.includes(slot.item.text) || !(isKind(r.slots[before], 'count') || countAfter)) return;
    slot.used = false;
    slot.item = {
      kind: 'meaning',
      text: slot.item.text,
      meaning: { kind: 'entity', entity: 'cards', flavor: 'count' },
    };
  });
});
