import { INCOMING_TRANSACTION_TYPES } from '../vocabulary/index.js';
import { definePass, isKind } from './reading.js';

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
  for (const slot of slots) {
    if (slot.used || !isKind(slot, 'direction')) continue;
    const { incoming } = slot.item.meaning;
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
