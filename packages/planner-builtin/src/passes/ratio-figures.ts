import { definePass, isKind } from './reading.js';

/**
 * «Во сколько раз оборот POS в Алматы больше, чем в Таразе? Посчитаю сам — дай обе суммы рядом», "Were
 * there roughly twice as many contactless payments as QR payments? Show both counts in one row.", «…
 * қанша есе көп? … екі соманы қатар қойып көрсетіңіз»: a ratio asked, then both figures asked for — the
 * answer is the two figures, and the ratio is the asker's own to work out. Without "both figures" a
 * ratio is still asked back (it is not computed yet, and a layout word alone does not say to drop it).
 */
export const readRatioFigures = definePass(({ slots }) => {
  const both = slots.some((s) => isKind(s, 'compareOutput') && s.item.meaning.output === 'both');
  if (!both) return;
  for (const s of slots) if (isKind(s, 'ratio') && !s.used) s.used = true;
});
