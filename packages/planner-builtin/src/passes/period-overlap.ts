import { previousPeriod } from '../calendar.js';
import { BOTH_PERIODS_WORDS, BUT_WORDS, KAZAKH_ALSO_PARTICLES, NOT_PAID_WORDS } from '../vocabulary/index.js';
import { definePass, isCardsNoun, isKind, type Slot } from './reading.js';

/**
 * "How many cards paid in both October and November 2026?", «Сколько карт платили и в сентябре, и в
 * октябре?», «тамызында да, қыркүйегінде де төлем жасаған карталар саны»; "… in November but not in
 * October", «… в ноябре, но не платили в октябре», "active in October but made no payment at all in
 * November", «қыркүйегінде төлем жасап, қазанында бірде-бір төлем жасамаған карталар»: cards counted over
 * two periods said together are the cards of one that also — or never — paid in the other (it set the two
 * counts side by side, or asked back); merchants likewise, the ones that also (or never) took payments.
 * Read before the negation and "none at all" passes, whose words these are here.
 */
export const readPeriodOverlap = definePass(({ slots, draft, notes }) => {
  // («и в прошлом месяце, и в позапрошлом», "both last month and the month before": the second period
  // said by its word alone is the one before the first.)
  const [first] = notes.timeRanges;
  const alone =
    notes.timeRanges.length === 1 && draft.elliptical && !draft.yearAgo && first
      ? slots.findIndex((s, k) => k > first.at && isKind(s, 'periodModifier'))
      : -1;
  const before = alone >= 0 && first ? previousPeriod(first.range) : null;
  const ranges = before && first ? [first, { range: before, at: alone }] : notes.timeRanges;
  if (ranges.length !== 2 || (!before && draft.times.length !== 2) || draft.compare) return;
  // (…or merchants: «Сколько мерчантов имели операции в ноябре, но ни одной операции в октябре?».)
  const places = slots.some(
    (s) => isCardsNoun(s) || (isKind(s, 'dimension') && s.item.meaning.dimension === 'merchant_id'),
  );
  const counted = slots.some((s) => isKind(s, 'count'));
  // (With other figures besides — "… and their turnover" — it is still read, and asked back: only the cards
  // can be counted so.)
  if (!places || !counted) return;
  const [a, b] = ranges.map((t) => t.at).sort((x, y) => x - y) as [number, number];
  const between = slots.slice(a + 1, b);
  const used: Slot[] = [];
  let also: boolean | null = null;
  // "both October and November", «и в сентябре, и в октябре»: "both" (or an "and") before the first, an
  // "and" between.
  const joint = between.find((s) => isKind(s, 'conjunction'));
  const lead = slots
    .slice(Math.max(0, a - 3), a)
    .find((s) => BOTH_PERIODS_WORDS.includes(s.item.text) || isKind(s, 'conjunction'));
  // «2026 жылдың тамызында да, қыркүйегінде де»: the particle after each period's word.
  const periodWord = (s: Slot) => isKind(s, 'monthName') || isKind(s, 'quarterName') || isKind(s, 'timeUnit');
  const particle = (from: number, to: number) =>
    slots
      .slice(from, to)
      .some((s, j) => periodWord(s) && KAZAKH_ALSO_PARTICLES.includes(slots[from + j + 1]?.item.text ?? ''));
  if (joint && lead) {
    also = true;
    used.push(joint, lead);
  } else if (particle(a, b) && particle(b, b + 3)) {
    also = true;
  }
  // "… but not in October", «…, но не платили в октябре», "but made no payment at all in November": a
  // "but" and a word of not paying between; Kazakh says it after the second («… жасамаған»).
  const but = between.find((s) => BUT_WORDS.includes(s.item.text));
  const notPaid = (s: Slot) =>
    NOT_PAID_WORDS.includes(s.item.text) || isKind(s, 'negation') || isKind(s, 'noneAtAll');
  const notBetween = between.find(notPaid);
  const kazakhNot = slots.slice(b + 1, b + 5).find((s) => NOT_PAID_WORDS.includes(s.item.text));
  if (also === null && but && notBetween) {
    also = false;
    used.push(but, notBetween);
  } else if (also === null && kazakhNot && slots[b]!.item.commaBefore) {
    also = false;
    used.push(kazakhNot);
  }
  if (also === null) return;
  // (The payments made there — "no payment at all", «бірде-бір төлем» — are the paying said again.)
  const end = also ? b : kazakhNot ? slots.indexOf(kazakhNot) : b;
  for (const s of slots.slice(a + 1, end)) {
    if (isKind(s, 'entity') && s.item.meaning.entity === 'transactions') used.push(s);
    if (isKind(s, 'noneAtAll')) used.push(s);
    // («қыркүйегінде төлем жасап, …»: the verb of making the payment.)
    if (isKind(s, 'aside') && !also) used.push(s);
  }
  for (const s of used) s.used = true;
  if (before) {
    slots[alone]!.used = true;
    notes.timeRanges = ranges;
    draft.times = ranges.map((t) => t.range);
    draft.elliptical = false;
  }
  // The first period said is counted; the cards also (or never) paid in the second.
  draft.overlap = { also };
});
