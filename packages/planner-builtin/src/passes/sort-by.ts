import { DECLINE, FROM_WORDS, ORDER_FIRST_WORDS, RANGE_TO_WORDS, TENGE_UNIT } from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { labelled } from './labels-only.js';
import { definePass, isCountedNoun, isKind, meaningOf, opensClause, type Slot } from './reading.js';

/** Words that may name the measure after "sorted by": "the median", "total amount", "merchant count". */
export function isMeasureWord(slot: Slot | undefined): boolean {
  return (
    isKind(slot, 'aggregate') ||
    isKind(slot, 'amount') ||
    isKind(slot, 'total') ||
    isKind(slot, 'count') ||
    isKind(slot, 'share') ||
    isKind(slot, 'check')
  );
}

/** The measure words name, as the coverage check compares it with the plan's first measure. */
export function measureNamed(words: readonly (Slot | undefined)[]): string {
  const meanings = words.map(meaningOf);
  const aggregate = meanings.find((m) => m?.kind === 'aggregate');
  if (aggregate?.kind === 'aggregate') return aggregate.fn;
  // («по убыванию чека»: the check alone is the average check.)
  if (meanings.some((m) => m?.kind === 'check')) return 'avg';
  if (meanings.some((m) => m?.kind === 'count'))
    return meanings.some((m) => m?.kind === 'dimension') ? 'count_distinct' : 'count';
  return meanings.some((m) => m?.kind === 'share') ? 'share' : 'sum';
}

/**
 * "…, sorted by share descending", «…, отсортируйте по сумме»: an instruction on the order of the rows,
 * not a breakdown ("by" there names no column) and not a measure of its own. The measure it names is
 * kept (draft.sortBy) for the coverage check, which asks back when the plan would order by another.
 * When the sort names the only measure of the question ("cities sorted by total amount") its words
 * are left to the measures pass.
 */
export const readSortBy = definePass(({ slots, draft }) => {
  const { next, prev } = cursor(slots);
  // "top 5 categories by growth", «топ-3 MCC по росту количества операций», «отсортировать по росту»:
  // groups ranked or sorted by their change between the periods compared (they were by the later one).
  slots.forEach((slot, i) => {
    // ("top 5 MCC codes by turnover growth": the measure that grew may stand between.)
    const measureWord = (s: Slot | undefined) =>
      isKind(s, 'amount') || isKind(s, 'count') || isKind(s, 'total');
    // ("Rank the cities by POS turnover growth": values of the payments before it too.)
    let b = prev(i);
    if (measureWord(slots[b])) b = prev(b);
    while (isKind(slots[b], 'value') && !isCountedNoun(slots[b])) b = prev(b);
    const by = slots[b];
    // ("ranked by % change": the change named as a figure ranks too — shown beside both periods, as
    // "ranked by change" is.)
    const changeFigure = isKind(slot, 'compareOutput') && slot.item.meaning.output === 'change';
    const changeWord = isKind(slot, 'compare') && slot.item.meaning.change === true;
    if (!(changeWord || changeFigure) || slot.used) return;
    // («по убыванию роста», "in descending order of growth": the order word says which way — it ordered
    // by the later period.)
    const orderWord = isKind(by, 'largestFirst') || isKind(by, 'smallestFirst');
    // (Kazakh puts «бойынша» after: «өсімі бойынша кему ретімен», by growth, descending.)
    const postposition = slots[next(i)];
    const kazakhBy = isKind(postposition, 'groupBy') && postposition.item.meaning.after === true;
    const kazakhOrder = kazakhBy ? slots[next(next(i))] : undefined;
    if (
      !(kazakhBy && !postposition.used) &&
      (!(isKind(by, 'groupBy') || isKind(by, 'sortBy') || orderWord) || !by || by.used)
    )
      return;
    // («Топ-5 мерчантов по приросту оборота в тенге», "by growth in tenge": the difference ranks, as
    // "fell the most in tenge" does.)
    let t = next(i);
    while (measureWord(slots[t])) t = next(t);
    // ("by growth in tenge turnover": the tenge before an amount word is that amount's unit.)
    const tenge =
      isKind(slots[t], 'currencyUnit') &&
      TENGE_UNIT.test(slots[t]!.item.text) &&
      !isKind(slots[next(t)], 'amount');
    draft.rankByChange ??= tenge ? 'difference' : 'change';
    if (changeFigure && draft.compareOutput === undefined) draft.growth = true;
    // («по приросту POS- и онлайн-покупок в тенге», "by growth of purchases in tenge": the tenge after the
    // payments counted is their money's difference, not payments made in tenge — which it filtered,
    // ranking the count. Asked back.)
    let p = t;
    while (isKind(slots[p], 'value') || isKind(slots[p], 'conjunction')) p = next(p);
    const afterPayments = next(p);
    if (
      isCountedNoun(slots[p]) &&
      isKind(slots[afterPayments], 'currencyUnit') &&
      TENGE_UNIT.test(slots[afterPayments]!.item.text)
    ) {
      slots[afterPayments]!.used = true;
      draft.issues.push({ kind: 'unknown_words', words: [slots[afterPayments]!.item.text] });
    }
    slot.used = true;
    if (kazakhBy && !postposition.used) {
      postposition.used = true;
      // (An ascending order word after it is read as the English one is.)
      if (!isKind(kazakhOrder, 'smallestFirst')) {
        if (isKind(kazakhOrder, 'largestFirst')) kazakhOrder.used = true;
        draft.largestFirst = true;
      }
      return;
    }
    if (orderWord) {
      if (isKind(by, 'largestFirst')) draft.largestFirst = true;
      return;
    }
    if (!by) return;
    by.used = true;
    if (!slots.some((s) => isKind(s, 'top') || isKind(s, 'smallestFirst'))) draft.largestFirst = true;
  });
  // «по убыванию суммы», «по возрастанию количества»: the order and the measure it is by, when the
  // question names other measures too (it was by the first).
  slots.forEach((slot, i) => {
    if (draft.sortBy || !(isKind(slot, 'largestFirst') || isKind(slot, 'smallestFirst'))) return;
    // («по убыванию среднего чека»: the measure may take two words; "in descending order of tenge volume":
    // the unit of the money before it.)
    const run: number[] = [];
    const unitBefore = (j: number) => isKind(slots[j], 'currencyUnit') && isMeasureWord(slots[next(j)]);
    for (
      let j = next(i);
      j >= 0 && ((isMeasureWord(slots[j]) && !slots[j]!.used) || unitBefore(j));
      j = next(j)
    )
      run.push(j);
    // Kazakh puts the measure first: «саны бойынша кему ретімен», «орташа чек бойынша кему ретімен» (by
    // the count, in descending order).
    const by = slots[prev(i)];
    if (run.length === 0 && isKind(by, 'groupBy') && by.item.meaning.after === true && !by.used) {
      // (…back to the comma that opens the instruction: «…, сома бойынша кему ретімен».)
      for (let j = prev(prev(i)); j >= 0 && isMeasureWord(slots[j]) && !slots[j]!.used; j = prev(j)) {
        run.unshift(j);
        if (slots[j]!.item.commaBefore) break;
      }
      if (run.length > 0) by.used = true;
    }
    // ("count and turnover by bank, turnover descending", «…, көлемнің кему ретімен»: the measure said
    // again right before the order word, opening its own item — it was ordered by the first measure.)
    if (run.length === 0) {
      const before: number[] = [];
      for (let j = prev(i); j >= 0 && isMeasureWord(slots[j]) && !slots[j]!.used; j = prev(j)) {
        before.unshift(j);
        if (opensClause(slots[j])) break;
      }
      const opens = before.length > 0 && opensClause(slots[before[0]!]);
      const again = (k: number) =>
        slots.some(
          (s, o) => o < before[0]! && isMeasureWord(s) && measureNamed([s]) === measureNamed([slots[k]]),
        );
      // (Only to order by another than the first measure named, which orders the rows anyway: «айналымды
      // және … үлесін …, айналымның кемуі ретімен» stays as it was read.)
      const first = slots.find((s) => isMeasureWord(s));
      const another =
        first !== undefined && measureNamed([first]) !== measureNamed(before.map((j) => slots[j]));
      if (opens && another && before.every(again)) run.push(...before);
    }
    if (run.length === 0 || run.some((j) => isKind(slots[j], 'share'))) return;
    const elsewhere = slots.some((s, k) => !run.includes(k) && isMeasureWord(s));
    // («Трансграничные операции по месяцам …, по убыванию количества»: the sort, after its order word,
    // names the only measure — its words are the measures pass's, and the order is by it; the order
    // word was left not understood.)
    if (!elsewhere && run[0]! < i) return;
    if (elsewhere) for (const j of run) slots[j]!.used = true;
    const said = run.map((j) => slots[j]!);
    draft.sortBy = {
      named: measureNamed(said),
      text: [slot, ...said].map((s) => s.item.text).join(' '),
    };
  });
  // ("count and turnover for each bank, by turnover descending": "by" opening its own item, the measure
  // and an order word after it sort as "sorted by" does — it was a breakdown word left over.)
  const orderedBy = (slot: Slot, i: number) => {
    if (!isKind(slot, 'groupBy') || slot.item.meaning.after || !slot.item.commaBefore) return false;
    let j = next(i);
    if (!isMeasureWord(slots[j])) return false;
    while (isMeasureWord(slots[j])) j = next(j);
    return isKind(slots[j], 'largestFirst') || isKind(slots[j], 'smallestFirst');
  };
  slots.forEach((slot, i) => {
    if (slot.used || !(isKind(slot, 'sortBy') || orderedBy(slot, i))) return;
    slot.used = true;
    // "ordered by hour", «отсортируйте по месяцу»: by a column — the breakdown's own order if it is the
    // timeline's (checked with the plan, in the coverage check).
    // ("sort by merchant count": the count of the column, below.)
    const columns = isKind(slots[next(next(i))], 'count') ? [] : labelled(slots[next(i)]);
    if (columns.length > 0) {
      slots[next(i)]!.used = true;
      draft.sortBy = {
        named: null,
        text: `${slot.item.text} ${slots[next(i)]!.item.text}`,
        columns,
      };
      return;
    }
    const run: number[] = [];
    for (let j = next(i); j >= 0; j = next(j)) {
      const s = slots[j];
      // "merchant count", "card count": the column counted, then the count word.
      const countedColumn = isKind(s, 'dimension') && isKind(slots[next(j)], 'count');
      // ("sorted by the number of merchants": the column after the count word — it was a breakdown by
      // merchant beside the one asked.)
      const countedAfter = isKind(s, 'dimension') && run.length > 0 && isKind(slots[run.at(-1)!], 'count');
      const percentileNumber = s?.item.kind === 'number' && isKind(slots[next(j)], 'aggregate');
      if (!isMeasureWord(s) && !countedColumn && !countedAfter && !percentileNumber) break;
      run.push(j);
    }
    const text = [slot, ...run.map((j) => slots[j]!)].map((s) => s.item.text).join(' ');
    if (run.length === 0) {
      draft.sortBy = { named: null, text };
      return;
    }
    const named = measureNamed(run.map((j) => slots[j]));
    draft.sortBy = { named, text };
    // Measure words elsewhere: the sort only says one of them again.
    const elsewhere = slots.some((s, k) => !run.includes(k) && k !== i && isMeasureWord(s));
    if (elsewhere) for (const j of run) slots[j]!.used = true;
  });
});

/**
 * "…, most frequent first", "monthly turnover, highest month first", "by weekday, busiest day first",
 * "…, biggest growth first": a superlative that ends its clause with "first" is the order of the rows,
 * as "largest first" is — the word between may name the groups the question breaks down by (said again
 * elsewhere in it) or the change ranked by. The words become one order word, which the coverage check
 * honours or asks back as it does "largest first".
 */
export const readSuperlativeFirst = definePass(({ slots, draft }) => {
  // "sorted from highest share to lowest", "from the lowest turnover to the highest": the order, by the
  // measure named between (it was a ranking cut to the one highest).
  for (const [i, slot] of slots.entries()) {
    const from = slots[i - 1]?.item.text === 'the' ? i - 2 : i - 1;
    if (slot.used || !isKind(slot, 'superlative') || !FROM_WORDS.includes(slots[from]?.item.text ?? ''))
      continue;
    let k = i + 1;
    while (isMeasureWord(slots[k]) && !slots[k]!.used) k++;
    const to = slots[k];
    const end = slots[k + 1]?.item.text === 'the' ? k + 2 : k + 1;
    const other = slots[end];
    if (!RANGE_TO_WORDS.includes(to?.item.text ?? '') || !isKind(other, 'superlative')) continue;
    if (other.item.meaning.direction === slot.item.meaning.direction || other.used) continue;
    const order = slot.item.meaning.direction === 'desc' ? 'largestFirst' : 'smallestFirst';
    for (let j = from; j < i; j++) slots[j]!.used = true;
    // (the order said outright, a timeline's or a cycle's too; the measure words between stay for the
    // order's measure, as after «по убыванию»)
    slots[i]!.item = { kind: 'meaning', text: `from ${slot.item.text}`, meaning: { kind: order } };
    slots[i]!.used = true;
    if (order === 'largestFirst') draft.largestFirst = true;
    else draft.smallestFirst = true;
    for (let j = k; j <= end; j++) slots[j]!.used = true;
  }
  for (const [i, slot] of slots.entries()) {
    if (slot.used || !isKind(slot, 'superlative')) continue;
    let k = i + 1;
    const noun = slots[k];
    const groups = labelled(noun);
    const saidElsewhere =
      groups.length > 0 && slots.some((s, j) => j !== k && labelled(s).some((g) => groups.includes(g)));
    // ("biggest growth first": the change stays for the sort-by reading, after the order word.)
    const growth =
      isKind(noun, 'compare') && noun.item.meaning.change === true && !DECLINE.test(noun.item.text);
    if (saidElsewhere || growth) k++;
    const first = slots[k];
    // («…, ең жоғары айдан бастап», starting from the highest month: the Kazakh "first" after the noun.)
    if (!ORDER_FIRST_WORDS.includes(first?.item.text ?? '') || first!.used || !closesClause(slots[k + 1]))
      continue;
    // ("Turnover by currency, most frequent first": a superlative of quantity orders by a count, which
    // a question of money does not show — asked back.)
    const money = slots.some(
      (s) => isKind(s, 'amount') || isKind(s, 'aggregate') || isKind(s, 'check') || isKind(s, 'share'),
    );
    if (slot.item.meaning.impliesCount && money) continue;
    const order = slot.item.meaning.direction === 'desc' ? 'largestFirst' : 'smallestFirst';
    const words = slots.slice(i, k + 1).map((s) => s.item.text);
    if (growth) {
      // (the order word before the change, as «по убыванию роста» reads)
      slots[i]!.item = { kind: 'meaning', text: slot.item.text, meaning: { kind: order } };
      first!.used = true;
      continue;
    }
    slots[i]!.item = { kind: 'meaning', text: words.join(' '), meaning: { kind: order } };
    for (let j = i + 1; j <= k; j++) slots[j]!.used = true;
  }
});

function closesClause(s: Slot | undefined): boolean {
  return (
    s === undefined ||
    s.item.clauseBefore === true ||
    s.item.commaBefore === true ||
    s.item.closeBefore === true
  );
}
