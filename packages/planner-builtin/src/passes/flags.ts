import {
  EACH_GROUP_WORDS,
  GROUP_DEMONSTRATIVES,
  LABEL_WORDS,
  OWN_FIGURE_OF_WHICH,
  RANK_OWNERS,
  RANK_WORDS,
  SHOW_ALL_WORDS,
} from '../vocabulary/index.js';
import { labelled } from './labels-only.js';
import { asksWhichAt, definePass, isKind, meaningOf, type Slot } from './reading.js';

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
    // («апта күнінің нөмірі», the weekday's number: the label of a column, no card's number.)
    else if (m.kind === 'personal' && !labelsColumn(slots, slot)) draft.flags.personal = true;
    else if (m.kind === 'offTopic') draft.flags.offTopic = true;
    else if (m.kind === 'forecast') draft.flags.forecast = true;
    else if (m.kind === 'notHeld') draft.flags.notHeld = true;
    else if (m.kind === 'greeting') {
      draft.flags.greeting = true;
      slot.used = true;
    }
  }
  // ("For each merchant city, … of that city's POS transactions": "that" before a column word the
  // question names twice points at its own rows, not at an earlier answer.)
  const ownRows = (k: number) => {
    const column = slots[k + 1];
    return (
      isKind(column, 'dimension') &&
      slots.some(
        (o, j) =>
          j !== k + 1 && isKind(o, 'dimension') && o.item.meaning.dimension === column.item.meaning.dimension,
      )
    );
  };
  // («Сколько карт платили в валюте, и сколько из них в юанях?»: «из них» after a figure the question
  // asks itself is "of which" — of that figure, not of an earlier answer.)
  slots.forEach((s, k) => {
    if (!isKind(s, 'followUp') || !OWN_FIGURE_OF_WHICH.includes(s.item.text)) return;
    if (!slots.slice(0, k).some((x) => isKind(x, 'count') || isKind(x, 'amount') || isKind(x, 'total')))
      return;
    slots[k]!.item = { kind: 'meaning', text: s.item.text, meaning: { kind: 'ofWhich' } };
  });
  // («по каждому городу: доля ECOM в операциях этого города»: an unknown "this" before such a word.)
  slots.forEach((s, k) => {
    const pointer = s.item.kind === 'unknown' || isKind(s, 'periodModifier');
    if (pointer && GROUP_DEMONSTRATIVES.includes(s.item.text) && ownRows(k)) {
      s.used = true;
      draft.ownGroupWhole = true;
    }
  });
  // ("Fuel spending so far this year, and how many payments was that?": "was that" after a count joined to
  // a figure the question asks itself before it is that figure's payments, no earlier answer.)
  const ownFigure = (k: number) => {
    const and = slots.findLastIndex((x, j) => j < k && isKind(x, 'conjunction'));
    const figure = (x: Slot) => isKind(x, 'amount') || isKind(x, 'total') || isKind(x, 'count');
    return (
      and > 0 &&
      k === slots.length - 1 &&
      slots.slice(0, and).some(figure) &&
      slots.slice(and, k).some((x) => isKind(x, 'count'))
    );
  };
  slots.forEach((s, k) => {
    if (isKind(s, 'followUp') && s.item.meaning.anywhere === true && ownFigure(k)) s.used = true;
  });
  const pointsBack = slots.some(
    (s, k) => isKind(s, 'followUp') && s.item.meaning.anywhere === true && !ownRows(k) && !s.used,
  );
  if (pointsBack) draft.pointsBack = true;
  draft.followUp = opensLikeFollowUp(slots) || pointsBack;
  // "Rank the categories by …", «ранжируй банки по …»: every group in order. "CenterCredit's rank among
  // banks", "what rank does Kaspi have": a rank number, which no answer shows — asked back (the word was
  // passed over as a stop word, and Kaspi's turnover answered).
  slots.forEach((slot, i) => {
    if (!RANK_WORDS.includes(slot.item.text)) return;
    const before = slots[i - 1];
    const after = slots[i + 1];
    // (Not a value heading the question: «АЗС: рейтинг банков …» ranks the banks.)
    const ofOne =
      (isKind(before, 'value') && !slot.item.clauseBefore) ||
      RANK_OWNERS.includes(before?.item.text ?? '') ||
      RANK_OWNERS.includes(after?.item.text ?? '') ||
      isKind(after, 'shareBase');
    if (ofOne) draft.issues.push({ kind: 'unknown_words', words: [slot.item.text] });
    else draft.rankAll = true;
  });
  // "Which city had the lowest ECOM share? Please show all cities …", «… покажи все города»: with a
  // superlative, "show all" the groups shows every group in order — it was cut to the one at the top.
  const superlative = slots.some((s) => isKind(s, 'superlative'));
  // ("…? show all months", Kazakh «барлық айларды көрсет» with the verb after: the groups may be
  // periods too. "show all days" and «барлық сағаттарды» are one phrase of their own, the whole cycle,
  // ranked in rank-limit.)
  const groupAt = (k: number) => isKind(slots[k], 'dimension') || isKind(slots[k], 'timeUnit');
  const showsAll = slots.some((s, i) => {
    const group = groupAt(i + 1) ? i + 1 : groupAt(i + 2) ? i + 2 : -1;
    if (group < 0) return false;
    const all = SHOW_ALL_WORDS.includes(s.item.text);
    const verbThenAll =
      isKind(s, 'listVerb') && group === i + 2 && SHOW_ALL_WORDS.includes(slots[i + 1]!.item.text);
    const allVerb = isKind(s, 'listVerb') && /(?:^| )(?:all|все|всех)$/.test(s.item.text) && group === i + 1;
    // («Барлық қалаларды кемуімен көрсетіңіз», «… көптен азға қарай көрсет»: the order said between the
    // groups and the verb, stop words after it.)
    const ordered = isKind(slots[i + 2], 'largestFirst') || isKind(slots[i + 2], 'smallestFirst');
    let verb = ordered ? i + 3 : i + 2;
    while (ordered && slots[verb]?.item.kind === 'stop') verb++;
    const allThenVerb = all && group === i + 1 && isKind(slots[verb], 'listVerb');
    return (
      (all && isKind(slots[i - 1], 'listVerb') && group === i + 1) || verbThenAll || allVerb || allThenVerb
    );
  });
  // ("Which day of the week is busiest …? Count … for every weekday, busiest first.": the groups asked
  // about with "which" named again after "every" in a clause of their own are every group, ranked — not
  // another column's groups: "which weekday was busiest in each city" ranks within each.)
  const everyAgain = slots.some((s, i) => {
    const group = slots[i + 1];
    if (!isKind(s, 'groupBy') || !EACH_GROUP_WORDS.includes(s.item.text) || !isKind(group, 'dimension'))
      return false;
    const clause = slots.findLastIndex((x, k) => k <= i && x.item.clauseBefore === true);
    const before = slots.slice(0, clause);
    return (
      clause > 0 &&
      before.some((x) => isKind(x, 'superlative')) &&
      before.some(
        (x, k) =>
          isKind(x, 'dimension') &&
          x.item.meaning.dimension === group.item.meaning.dimension &&
          asksWhichAt(slots, k - 1),
      )
    );
  });
  if (superlative && (showsAll || everyAgain)) draft.rankAll = true;
});

/** A word for a number right after a column or time word: "the weekday number", «апта күнінің нөмірі». */
function labelsColumn(slots: readonly Slot[], slot: Slot): boolean {
  const before = slots[slots.indexOf(slot) - 1];
  return LABEL_WORDS.includes(slot.item.text) && labelled(before).length > 0;
}

/** Whether the question opens like a continuation: "and yesterday?", «а в Астане?», "only online". */
export function opensLikeFollowUp(slots: readonly Slot[]): boolean {
  const first = slots.find((s) => s.item.kind !== 'stop' && !isKind(s, 'greeting'));
  const m = meaningOf(first);
  return !!m && (m.kind === 'followUp' || m.kind === 'conjunction' || m.kind === 'only');
}
