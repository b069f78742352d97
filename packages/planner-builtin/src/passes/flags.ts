import { definePass, isKind, meaningOf } from './reading.js';

/**
 * Flags that decide a question before anything else is read: an action (delete, cancel, «отмени»),
 * personal data, an off-topic subject, a greeting; and whether it opens like a follow-up ("and…",
 * «а…», "what about", "only…") or points back at the previous answer ("is that", «это», «… ше?»).
 */
export const readFlags = definePass(({ slots, draft }) => {
  for (const slot of slots) {
    const m = meaningOf(slot);
    if (!m) continue;
    if (m.kind === 'destructive') draft.flags.destructive = true;
    else if (m.kind === 'personal') draft.flags.personal = true;
    else if (m.kind === 'offTopic') draft.flags.offTopic = true;
    else if (m.kind === 'greeting') {
      draft.flags.greeting = true;
      slot.used = true;
    }
  }
  const first = slots.find((s) => s.item.kind !== 'stop' && !isKind(s, 'greeting'));
  const firstMeaning = meaningOf(first);
  const pointsBack = slots.some((s) => isKind(s, 'followUp') && s.item.meaning.anywhere === true);
  if (pointsBack) draft.pointsBack = true;
  draft.followUp =
    (!!firstMeaning &&
      (firstMeaning.kind === 'followUp' ||
        firstMeaning.kind === 'conjunction' ||
        firstMeaning.kind === 'only')) ||
    pointsBack;
});
