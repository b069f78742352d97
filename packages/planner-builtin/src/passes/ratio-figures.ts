import { definePass, isKind } from './reading.js';

/**
 * «Во сколько раз оборот POS в Алматы больше, чем в Таразе? Посчитаю сам — дай обе суммы рядом», "Were
 * there roughly twice as many contactless payments as QR payments? Show both counts in one row.", «…
 * қанша есе көп? … екі соманы қатар қойып көрсетіңіз»: a ratio asked, then the two figures asked for side
 * by side or in one row — the answer is the two figures, and the ratio is the asker's own to work out.
 * Without that request a ratio is still asked back (it is not computed yet).
 */
export const readRatioFigures = definePass(({ slots }) => {
  const laidOut = slots.some((s) => isKind(s, 'sideBySide') || isKind(s, 'oneRow'));
  if (!laidOut) return;
  for (const s of slots) if (isKind(s, 'ratio') && !s.used) s.used = true;
});
