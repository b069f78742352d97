import type { DraftFilter } from '../draft.js';
import type { Filter } from '../frame.js';
import { DISTRIBUTION_STEMS, EACH_WORDS } from '../vocabulary/index.js';
import { dashPairAt } from './amount-filters.js';
import { cursor } from './cursor.js';
import { addDimension, definePass, isKind, numberOf, type Reading } from './reading.js';

/** An amount condition as a half-open span [low, high); high null = no upper end. */
interface Span {
  low: number;
  high: number | null;
}

function spanOf(f: Filter): Span | null {
  if (f.kind === 'amount')
    return f.op === '<' || f.op === '<=' ? { low: 0, high: f.value } : { low: f.value, high: null };
  if (f.kind === 'amount_between') return { low: f.min, high: f.max };
  return null;
}

/** Whether some amount satisfies every span at once (a range's shared end counts as a boundary). */
function overlap(spans: readonly Span[]): boolean {
  const low = Math.max(...spans.map((s) => s.low));
  const highs = spans.flatMap((s) => (s.high === null ? [] : [s.high]));
  return highs.length === 0 || low < Math.min(...highs);
}

/**
 * The inner boundaries when the spans follow one another from zero up with nothing left out
 * ("under 5k, 5–20k, 20k+" → [5000, 20000]), else null.
 */
function tiling(spans: readonly Span[]): number[] | null {
  const sorted = [...spans].sort((a, b) => a.low - b.low);
  if (sorted[0]!.low !== 0 || sorted.at(-1)!.high !== null) return null;
  const bounds: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const high = sorted[i - 1]!.high;
    if (high === null || high !== sorted[i]!.low || high <= sorted[i - 1]!.low) return null;
    bounds.push(high);
  }
  return bounds;
}

const YEAR = (n: number) => n >= 1990 && n <= 2100;

/**
 * "5-20k" is money by its multiplier and the amount filters pass read it; «1000–10000» between amount
 * conditions is money only by its neighbours. Such dash pairs, not years and not before a date.
 */
function unreadDashRanges(r: Reading): { at: [number, number]; filter: Filter }[] {
  const found: { at: [number, number]; filter: Filter }[] = [];
  r.slots.forEach((_, i) => {
    const pair = dashPairAt(r.slots, i);
    if (!pair) return;
    const { a, b, j } = pair;
    if ((YEAR(a) && YEAR(b)) || a >= b) return;
    found.push({ at: [i, j], filter: { kind: 'amount_between', min: a, max: b } });
  });
  return found;
}

/**
 * Amount ranges that exclude each other ("under 5k, 5–20k, 20–100k, 100k+", «до 1000, 1000–10000,
 * больше 50000», «10 мыңға дейін, 10-50 мың, 50 мыңнан жоғары») cannot all hold for one transaction:
 * listed so, from zero up with no gap, they are bands to split by — the `amount_band` dimension. The
 * amount word the bands are of ("distribution of amounts", «по суммам», «сомасы бойынша») and "in
 * buckets" are theirs. Ranges that exclude each other any other way ("under 5k and over 100k") are
 * asked back: no answer would be one of them.
 */
export const readAmountBands = definePass((r) => {
  const { slots, draft } = r;
  const amountFilters = (fs: readonly DraftFilter[]) =>
    fs.filter((f) => f.role === 'auto' && spanOf(f.filter) !== null);
  const named = amountFilters(draft.filters);
  if (named.length === 0) return;
  const extra = unreadDashRanges(r);
  const spans = [...named.map((f) => f.filter), ...extra.map((x) => x.filter)].map((f) => spanOf(f)!);
  if (spans.length < 2 || overlap(spans)) return;
  const bounds = tiling(spans);
  if (!bounds) {
    // Without the dash pairs read only for bands, the named conditions may still be one range.
    if (named.length >= 2 && !overlap(named.map((f) => spanOf(f.filter)!)))
      draft.issues.push({ kind: 'exclusive_amounts' });
    return;
  }
  for (const x of extra) for (const k of x.at) slots[k]!.used = true;
  draft.filters = draft.filters.filter((f) => !named.includes(f));
  draft.bands = bounds;
  // "…, 5k–50k, over 50k", «… свыше 50 тыс.», «50 мыңнан жоғары»: over is more than, so 50 000 is in
  // the band below ("50k+" and "50k and more" keep it in the top band).
  const top = named.find((f) => f.filter.kind === 'amount' && (f.filter.op === '>' || f.filter.op === '>='));
  if (top?.filter.kind === 'amount' && top.filter.op === '>' && top.filter.value === bounds.at(-1))
    draft.bandsTopOver = true;
  addDimension(r, 'amount_band', slotOfBands(r));
  const { next, prev } = cursor(slots);
  const distribution = slots.some((s) => DISTRIBUTION_STEMS.some((stem) => s.item.text.startsWith(stem)));
  slots.forEach((slot, i) => {
    if (isKind(slot, 'bandWord')) {
      slot.used = true;
      // ("into three groups: under 5000, 5000–20000, over 20000": the number of bands listed; "in each
      // band", «әр топтағы»: each of them, the row per band.)
      const before = slots[prev(i)];
      if (!before?.used && numberOf(before) === bounds.length + 1) before!.used = true;
      if (isKind(before, 'groupBy') && EACH_WORDS.includes(before.item.text)) before.used = true;
    }
    if (!isKind(slot, 'amount')) return;
    // «по суммам», "by amount"; Kazakh «сомасы бойынша» has its postposition after. (The amount word
    // may be used already, as the label of the condition after it: «по суммам: до 1000, …».)
    const before = slots[prev(i)];
    const after = slots[next(i)];
    if (isKind(before, 'groupBy') && !before.item.meaning.after && !before.used) {
      before.used = slot.used = true;
    } else if (isKind(after, 'groupBy') && after.item.meaning.after && !after.used) {
      after.used = slot.used = true;
    } else if (
      !slot.used &&
      (isKind(after, 'bandWord') || (numberOf(after) !== null && isKind(slots[next(next(i))], 'bandWord')))
    ) {
      // («сомасына қарай үш топқа бөліп», by amount into three groups: the bands' column.)
      slot.used = true;
    } else if (isKind(before, 'bandWord') && next(prev(i)) === i && !slot.used) {
      // «в диапазонах суммы», "ranges of amount": the bands' column, no sum asked for.
      slot.used = true;
    } else if (!slot.used && distribution && !isKind(before, 'aggregate') && !isKind(before, 'total')) {
      // "distribution of purchase amounts": the amounts are what the bands split.
      slot.used = true;
    }
  });
});

/** The slot of the first band word or amount condition, for the dimension's name. */
function slotOfBands(r: Reading): number {
  const at = r.slots.findIndex((s) => isKind(s, 'bandWord') || isKind(s, 'comparator'));
  return Math.max(at, 0);
}
