import { YEAR_MAX, YEAR_MIN } from '../calendar.js';
import { definePass, isKind, type Slot } from './reading.js';

/** Words that name a period on their own, before any time pass has read them. */
const PERIOD_KINDS = ['monthName', 'quarterName', 'period', 'periodModifier', 'relativeDay'] as const;

function namesPeriod(slot: Slot | undefined): boolean {
  if (!slot) return false;
  if (slot.item.kind === 'number') {
    const n = slot.item.value;
    return Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX;
  }
  return PERIOD_KINDS.some((k) => isKind(slot, k));
}

/**
 * "How many distinct cards transacted in 2025, and how many so far in 2026?", «Сколько карт платили в
 * 2025 году и сколько в 2026?»: the question word said again after "and", right before the second
 * period, asks the same thing of it — the two periods are compared as "in 2025 and in 2026" are (the
 * word stood between them, and the periods were asked back as two ranges). It becomes a stop word.
 */
export const readRepeatedQuestion = definePass(({ slots }) => {
  slots.forEach((slot, i) => {
    if (!isKind(slot, 'count') || !isKind(slots[i - 1], 'conjunction')) return;
    const said = slots.slice(0, i - 1).some((s) => isKind(s, 'count') && s.item.text === slot.item.text);
    if (!said) return;
    let k = i + 1;
    while (slots[k]?.item.kind === 'stop') k++;
    if (!namesPeriod(slots[k])) return;
    slots[i] = { item: { kind: 'stop', text: slot.item.text }, used: true };
  });
});
