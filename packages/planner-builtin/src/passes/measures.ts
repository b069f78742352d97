import { isTimeDimension } from '../frame.js';
import { isPluralWord, isSubjectOfAmount } from '../word-forms.js';
import { cursor } from './cursor.js';
import { definePass, isKind, meaningOf, type Slot } from './reading.js';

/** Whether an amount, a check or a transaction noun is named anywhere but at `except`. */
function namesAmount(slots: readonly Slot[], except: number): boolean {
  return slots.some(
    (s, k) =>
      k !== except &&
      (isKind(s, 'amount') ||
        isKind(s, 'check') ||
        isKind(s, 'originalAmount') ||
        (isKind(s, 'entity') && s.item.meaning.entity === 'transactions')),
  );
}

/**
 * Measures: aggregates with the noun they bind ("average amount", "average online payment amount",
 * "average withdrawal", «транзакция сомасының медианасы»),
 * totals ("total spend" = sum, "total number of…" = count), amounts, and counts — "how much" is a
 * count only when no amount is named anywhere (Kazakh puts it last: «сома қанша»). Averages of counts
 * ("transactions per day on average", "average payments per week") and averages of nothing named
 * ("average per day") ask back.
 */
export const readMeasures = definePass(({ slots, draft }) => {
  const { next, prev, textOf, hasUnusedAmount } = cursor(slots);
  const measures = draft.measures;
  slots.forEach((slot, i) => {
    if (slot.used) return;
    const m = meaningOf(slot);
    if (!m) return;
    if (m.kind === 'aggregate') {
      slot.used = true;
      draft.domain = true;
      let j = next(i);
      // The noun may come first: «транзакция сомасының медианасы» (the median of the amount).
      const before = slots[prev(i)];
      let bound = (isKind(before, 'amount') || isKind(before, 'check')) && !before.used;
      if (bound) before!.used = true;
      let byAmount = bound;
      let pluralTransactions = false;
      const sharesNoun = isKind(slots[j], 'conjunction') && isKind(slots[next(j)], 'aggregate');
      while (j >= 0) {
        const s = slots[j]!;
        if (isKind(s, 'count') && !s.used) {
          // «орташа чек қанша?»: "how much" after the bound noun asks for its value, not a count.
          if (!(bound && s.item.meaning.strength === 'weak')) draft.issues.push({ kind: 'avg_of_counts' });
          s.used = true;
          break;
        }
        if ((isKind(s, 'amount') || isKind(s, 'check') || isKind(s, 'entity')) && !s.used) {
          s.used = true;
          const transactions = isKind(s, 'entity') && s.item.meaning.entity === 'transactions';
          bound = bound || !isKind(s, 'entity') || transactions;
          byAmount = byAmount || !isKind(s, 'entity');
          pluralTransactions = pluralTransactions || (transactions && isPluralWord(s.item.text));
          j = next(j);
          continue;
        }
        if (isKind(s, 'entity')) {
          j = next(j);
          continue;
        }
        // "average online payment amount", «средний онлайн чек»: values before the noun describe it and
        // are skipped; a noun for transactions of a kind binds like "transaction" ("average withdrawal").
        if ((isKind(s, 'value') || isKind(s, 'notValue')) && !bound) {
          if (isKind(s, 'value') && s.item.meaning.counts) {
            bound = true;
            pluralTransactions = pluralTransactions || isPluralWord(s.item.text);
          }
          j = next(j);
          continue;
        }
        break;
      }
      // "How many transactions per day on average": an average of counts or totals, not of amounts.
      const otherMeasure = slots.some(
        (o) => !o.used && (isKind(o, 'count') || isKind(o, 'total') || isKind(o, 'amount')),
      );
      // "average transactions per day": the average daily number, not the average amount.
      const perPeriod = !byAmount && pluralTransactions && draft.dimensions.some(isTimeDimension);
      if (
        perPeriod ||
        (!bound &&
          !sharesNoun &&
          (otherMeasure || measures.some((x) => x.fn === 'count' || x.fn === 'count_distinct')))
      ) {
        draft.issues.push({ kind: 'avg_of_counts' });
      } else if (!bound && !sharesNoun && !draft.followUp && !namesAmount(slots, i)) {
        // "average per day", «в среднем за месяц»: of a transaction's amount, or of daily totals?
        draft.issues.push({ kind: 'ambiguous_measure' });
      }
      measures.push({ fn: m.fn });
    } else if (m.kind === 'total') {
      slot.used = true;
      draft.domain = true;
      const s = slots[next(i)];
      const after = slots[next(next(i))];
      if (isKind(s, 'count') && !s.used && s.item.meaning.strength === 'strong') {
        s.used = true;
        measures.push({ fn: 'count' });
      } else if (
        isKind(s, 'count') &&
        !s.used &&
        isKind(after, 'entity') &&
        after.item.meaning.flavor === 'count'
      ) {
        // «барлығы қанша транзакция» (in all, how many transactions): one count.
        s.used = true;
        measures.push({ fn: 'count' });
      } else if (isKind(s, 'entity') && (isKind(after, 'amount') || isKind(after, 'check')) && !after.used) {
        // "total transaction amount", "total txn amount": the noun describes the amount summed.
        after.used = true;
        measures.push({ fn: 'sum' });
      } else if (isKind(s, 'entity') && s.item.meaning.flavor === 'count') {
        measures.push({ fn: 'count' });
      } else {
        if (isKind(s, 'amount') && !s.used) s.used = true;
        measures.push({ fn: 'sum' });
      }
    }
  });
  // "how much" is a count only when no amount is named, wherever it stands (Kazakh: «сома қанша»).
  const amountNamed =
    hasUnusedAmount() ||
    measures.some((x) => x.fn !== 'count' && x.fn !== 'count_distinct') ||
    slots.some(
      (x) => isKind(x, 'superlative') && !x.item.meaning.impliesCount && draft.dimensions.length === 0,
    );
  const countsTimes = slots.some((s) => isKind(s, 'count') && s.item.meaning.times === true);
  slots.forEach((slot, i) => {
    if (slot.used) return;
    const m = meaningOf(slot);
    if (!m) return;
    if (m.kind === 'amount' && countsTimes) {
      slot.used = true;
    } else if (m.kind === 'count') {
      slot.used = true;
      draft.domain = true;
      // "how many SALARY transactions": value words before the noun describe it.
      // "how many ATM withdrawals": a noun for transactions of a kind is counted like "transactions".
      let j = next(i);
      let kindNoun = false;
      while (isKind(slots[j], 'value') || isKind(slots[j], 'notValue')) {
        const s = slots[j];
        kindNoun = kindNoun || (isKind(s, 'value') && s.item.meaning.counts === true);
        j = next(j);
      }
      const counted =
        (isKind(slots[j], 'entity') || kindNoun) && !(m.strength === 'weak' && isSubjectOfAmount(textOf(j)));
      if (m.strength === 'strong' || counted || !amountNamed) measures.push({ fn: 'count' });
    } else if (m.kind === 'amount') {
      slot.used = true;
      draft.domain = true;
      measures.push({ fn: 'sum' });
    } else if (m.kind === 'check') {
      slot.used = true;
      draft.issues.push({ kind: 'unknown_words', words: [slot.item.text] });
    }
  });
});
