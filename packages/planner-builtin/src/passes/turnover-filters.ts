import { isAmountFilter } from '../frame.js';
import { TURNOVER_WORD, WITH_TURNOVER_WORDS } from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { definePass, isKind, isPeriodWord, type Slot } from './reading.js';

/**
 * A word of a group's aggregate: a turnover («оборот», «айналымы», "sales") or an average ticket ("a
 * ticket above 50 000", «чеки от 20 000» alone are single payments).
 */
function aggregateWord(slots: readonly Slot[], k: number): boolean {
  const s = slots[k];
  if (isKind(s, 'amount')) return TURNOVER_WORD.test(s.item.text);
  if (isKind(s, 'check')) {
    const before = slots[k - 1];
    return isKind(before, 'aggregate') && before.item.meaning.fn === 'avg';
  }
  return s?.item.kind === 'stop' && WITH_TURNOVER_WORDS.includes(s.item.text);
}

/**
 * The slot before the comparison at c once the words that only say whose and when are stepped over: a
 * period already read, values, an MCC and its code, a gloss — within the clause.
 */
function describedBefore(slots: readonly Slot[], c: number): number {
  const { prev } = cursor(slots);
  let k = prev(c);
  for (let steps = 0; k >= 0 && steps < 8; steps++) {
    const s = slots[k]!;
    if (slots[k + 1]?.item.clauseBefore || slots[k + 1]?.item.commaBefore) return -1;
    const period =
      s.used &&
      (s.item.kind === 'number' || s.item.kind === 'date' || isPeriodWord(s) || isKind(s, 'timeUnit'));
    const code = s.item.kind === 'number' && isKind(slots[prev(k)], 'dimension');
    const mcc = isKind(s, 'dimension') && s.item.meaning.dimension === 'merchant_mcc';
    if (!(period || code || mcc || isKind(s, 'value') || isKind(s, 'gloss'))) return k;
    k = prev(k);
  }
  return -1;
}

/**
 * A threshold said of a turnover or an average ticket ("merchants with turnover over 5m", «с оборотом
 * больше 3 млн», «айналымы 3 млн теңгеден жоғары», "over 1m tenge turnover", "an average ticket above
 * 50 000") is of a group's total, never of a single payment. When no earlier pass made it a condition on
 * groups (HAVING) and it still filters the payments, the answer would look right and be of other
 * payments: the question is asked back instead.
 */
export const readTurnoverFilters = definePass(({ slots, draft, notes }) => {
  if (draft.having) return;
  if (!draft.filters.some((f) => isAmountFilter(f.filter))) return;
  const { next, prev } = cursor(slots);
  const money = (k: number) => isKind(slots[k], 'multiplier') || isKind(slots[k], 'currencyUnit');
  const ofAggregate = slots.some((s, c) => {
    if (!isKind(s, 'comparator') || !s.used) return false;
    if (!s.item.meaning.after) {
      if (slots[next(c)]?.item.kind !== 'number') return false;
      // "turnover over 5m", «с оборотом больше 3 млн»
      if (aggregateWord(slots, c - 1) || aggregateWord(slots, prev(c))) return true;
      // «оборот гостиниц (MCC 7011) за 2025 год превысил 5 млн»: what the turnover is of and its period
      // may stand between.
      if (aggregateWord(slots, describedBefore(slots, c))) return true;
      // "over 1m tenge turnover", the words in a row («(от 100 тыс.) в обороте» is the turnover the
      // payments over 100 000 are a part of).
      // (A multiplier after the number is in it: "1m".)
      let n = notes.factors.has(c + 1) ? c + 3 : c + 2;
      while (money(n)) n++;
      return !slots[n]?.item.clauseBefore && aggregateWord(slots, n);
    }
    // «айналымы 3 млн теңгеден жоғары»: the comparison after its number.
    let b = prev(c);
    while (money(b)) b = prev(b);
    // («онлайн айналым (ECOM) 30 млн теңгеден асты»: what the turnover is of may stand between.)
    return (
      slots[b]?.item.kind === 'number' &&
      (aggregateWord(slots, prev(b)) || aggregateWord(slots, describedBefore(slots, b)))
    );
  });
  if (ofAggregate) draft.issues.push({ kind: 'group_total_condition' });
});
