import {
  ARRIVED_WORDS,
  CLOCK_AT_WORDS,
  INCOMING_TRANSACTION_TYPES,
  TURNOVER_WORD,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { definePass, isKind, isPeriodWord, type Slot } from './reading.js';

/**
 * Direction words ("came in", «поступило», «түсті», "went out") say nothing the plan can use unless the
 * transaction types named already go that way: "how much came in as salary" is the salaries, and the
 * word is used up; "how much money came in" names no type and is asked back by the coverage check.
 */
export const readDirection = definePass(({ slots, draft }) => {
  const types = draft.filters.flatMap((f) =>
    f.filter.kind === 'values' && f.filter.column === 'transaction_type' && !f.filter.negated
      ? [f.filter.values]
      : [],
  );
  const { next, stopBefore } = cursor(slots);
  for (const [i, slot] of slots.entries()) {
    if (slot.used || !isKind(slot, 'direction')) continue;
    const { incoming } = slot.item.meaning;
    // ("How many transactions came in between 00:00 and 04:59?", "… came in at night": the transactions
    // named, then when — the verb says when they happened, not which way the money went.)
    const after = slots[next(i)];
    // ("… turnover came in December", "… came in during the first 10 days of November", "… came in at
    // 18:00 or later": a period read already, or a clock time, after it likewise.)
    const when =
      isKind(after, 'dayPart') ||
      isKind(after, 'hourRange') ||
      isKind(after, 'clock') ||
      (isKind(after, 'comparator') &&
        after.item.meaning.op === 'between' &&
        slots[next(next(i))]?.item.kind === 'number') ||
      (after?.used === true && (isPeriodWord(after) || isKind(after, 'ordinal'))) ||
      (after?.used === true &&
        after.item.kind === 'number' &&
        CLOCK_AT_WORDS.includes(stopBefore(next(i)) ?? ''));
    // (The transactions may be named before their period: "online purchases in the last 30 days came in
    // at 21:00 or later".)
    // ("What % of 2025 turnover came in December?": the money of them too.)
    const transactions = (x: Slot | undefined) =>
      (isKind(x, 'entity') && x.item.meaning.entity === 'transactions') ||
      (isKind(x, 'value') && x.item.meaning.counts === true) ||
      (isKind(x, 'amount') && TURNOVER_WORD.test(x.item.text));
    const subject = slots.slice(0, i).some(transactions);
    if (ARRIVED_WORDS.includes(slot.item.text) && when && subject) {
      slot.used = true;
      continue;
    }
    const agrees =
      types.length > 0 &&
      types.every((values) => values.every((v) => INCOMING_TRANSACTION_TYPES.includes(v) === incoming));
    if (agrees) {
      slot.used = true;
      continue;
    }
    // "P2P transfers that came in", «P2P аударымдар арқылы келіп түскен»: the transfers of that direction.
    const both = draft.filters.find(
      (f) =>
        f.filter.kind === 'values' &&
        f.filter.column === 'transaction_type' &&
        !f.filter.negated &&
        f.filter.values.length === 2 &&
        f.filter.values.includes('P2P_IN') &&
        f.filter.values.includes('P2P_OUT'),
    );
    if (types.length === 1 && both?.filter.kind === 'values') {
      both.filter.values = [incoming ? 'P2P_IN' : 'P2P_OUT'];
      slot.used = true;
    }
  }
});
