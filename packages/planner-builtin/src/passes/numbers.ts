import { PREDICATE_COMPARATORS } from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { definePass, isKind, meaningOf } from './reading.js';

/**
 * Numbers: number words become numbers ("five", «пять», «бес»); a multiplier after a number scales it
 * and is used up ("10 тысяч", "1.5 million", "100k"); a spelled-out multiplier right after a
 * comparator is the number itself («больше миллиона» = more than 1 000 000). "exceed(ed)" before a
 * number compares with it ("Did the total exceed 10 million?"); elsewhere it asks for a difference
 * ("by how much did Kaspi exceed Halyk").
 */
export const readNumbers = definePass(({ slots, notes }) => {
  for (const slot of slots) {
    const m = meaningOf(slot);
    if (m?.kind === 'number') slot.item = { kind: 'number', value: m.value, text: slot.item.text };
  }
  slots.forEach((slot, i) => {
    if (slot.item.kind !== 'number') return;
    const after = slots[i + 1];
    // «с 2025 к 2026 году», «с 1 кв. к 2 кв.», «октябрь 2026 к сентябрю»: a «к» before a number or a
    // period is "to", not "thousand".
    const then = slots[i + 2];
    const preposition =
      after?.item.text === 'к' &&
      (then?.item.kind === 'number' ||
        isKind(then, 'monthName') ||
        isKind(then, 'quarterName') ||
        isKind(then, 'ordinal'));
    // («QR айналымы айлар бойынша, 2025, млн теңгемен»: not across a comma — the unit of the answer.)
    if (isKind(after, 'multiplier') && !after.used && !preposition && !after.item.commaBefore) {
      notes.factors.set(i, after.item.meaning.factor);
      slot.item = { ...slot.item, value: slot.item.value * after.item.meaning.factor };
      // Absorbed: from now on it is as if it were not there ("10 тысяч тенге").
      slots[i + 1] = { item: { kind: 'stop', text: after.item.text }, used: true };
    }
  });
  const { prev, next } = cursor(slots);
  slots.forEach((slot, i) => {
    const m = meaningOf(slot);
    if (m?.kind === 'compareOutput' && PREDICATE_COMPARATORS.includes(slot.item.text)) {
      if (slots[next(i)]?.item.kind === 'number')
        slot.item = {
          kind: 'meaning',
          text: slot.item.text,
          meaning: { kind: 'comparator', op: '>', weak: false },
        };
      return;
    }
    if (m?.kind !== 'multiplier' || slot.used || slot.item.text.length < 3) return;
    if (isKind(slots[prev(i)], 'comparator'))
      slot.item = { kind: 'number', value: m.factor, text: slot.item.text };
  });
});
