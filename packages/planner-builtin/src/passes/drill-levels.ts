import { DRILL_LEVEL_WORDS, DRILL_WORD } from '../vocabulary/index.js';
import { definePass } from './reading.js';

/**
 * "Drill-down, level 2: …", «Детализация, уровень 3: …»: a dashboard's level and its number, after a
 * word of drilling down, say which tile is checked — nothing the answer depends on.
 */
export const readDrillLevels = definePass(({ slots }) => {
  slots.forEach((s, i) => {
    const n = slots[i + 1];
    if (!DRILL_LEVEL_WORDS.includes(s.item.text) || n?.item.kind !== 'number' || n.used) return;
    // (Only beside the drilling: "level" alone may be anything.)
    if (!slots.slice(0, i).some((x) => DRILL_WORD.test(x.item.text))) return;
    s.used = true;
    n.used = true;
  });
});
