import type { Item } from './lexicon.js';
import { marksOf } from './tokenize.js';
import { HOUR_BEFORE_CLOCK, KAZAKH_HOUR_CASE_ENDINGS } from './vocabulary/index.js';

/**
 * «сағат 22:00-ден кейін», «сағат 9-ға дейін» (after 22:00, before 9 o'clock): Kazakh names the hour
 * word before a clock time — it says the number is a time of day, as "at" does, and is no breakdown by
 * hour (it was asked back as a word not understood). The hour alone, «сағат бойынша», stays the unit.
 */
export function readClockHourWord(items: readonly Item[]): Item[] {
  return items.map((item, k) => {
    const hour = items[k + 1];
    const after = items[k + 2];
    if (!HOUR_BEFORE_CLOCK.includes(item.text) || hour?.kind !== 'number') return item;
    if (!Number.isInteger(hour.value) || hour.value < 0 || hour.value > 24) return item;
    // (…then its minutes, "22:00", or the case ending of the time: «9-ға», «22-ден».)
    const clock =
      (after?.kind === 'number' && /^\d\d$/.test(after.text)) ||
      (after?.kind === 'stop' && KAZAKH_HOUR_CASE_ENDINGS.includes(after.text));
    return clock ? { kind: 'stop', text: item.text, ...marksOf(item) } : item;
  });
}
