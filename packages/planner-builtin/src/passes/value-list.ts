import { isTimeDimension } from '../frame.js';
import { ASKING_WHICH, EXISTENCE_WORDS, LIST_WORDS, WHICH_WORDS } from '../vocabulary/index.js';
import { addDimension, definePass, isKind } from './reading.js';

/**
 * "Which mobile wallets appear in Kaspi transactions?", «Какие валюты встречаются в операциях Halyk?»,
 * «Өскемендегі операцияларда қандай енгізу тәсілдері кездеседі?»: a word of occurrence with one column
 * asked and nothing measured is the list of that column's values (it was a count per value). Asked with
 * a measure ("… and how many transactions each"), it stays a breakdown with it.
 */
export const readValueList = definePass((r) => {
  const { slots, draft } = r;
  // ("Which currencies are there in Karaganda?", «Какие валюты есть …», «қандай валюталар бар? тек
  // тізімі»: a word of being there, or "just the list", with the interrogative right before the column.)
  const askedColumn = slots.some(
    (s, k) => ASKING_WHICH.includes(s.item.text) && isKind(slots[k + 1], 'dimension'),
  );
  const exists = slots.find((s) => s.item.kind === 'stop' && EXISTENCE_WORDS.includes(s.item.text));
  const only = slots.findIndex((s) => isKind(s, 'only') && !s.used);
  const list =
    only >= 0 && LIST_WORDS.includes(slots[only + 1]?.item.text ?? '') ? slots[only + 1] : undefined;
  const occurs =
    slots.find((s) => isKind(s, 'occurs') && !s.used) ?? (askedColumn ? (list ?? exists) : undefined);
  if (!occurs || draft.measures.length > 0 || draft.top || draft.share || draft.compare) return;
  if (list && occurs === list) slots[only]!.used = true;
  // "Which mobile wallets appear …": "which" before the words that would filter payments with a wallet
  // asks for the wallets themselves.
  const which = slots.findIndex((s) => WHICH_WORDS.includes(s.item.text));
  const named = slots[which + 1];
  const present = draft.filters.find(
    (f) => f.filter.kind === 'presence' && f.filter.present && isKind(named, 'presence'),
  );
  if (draft.dimensions.length === 0 && which >= 0 && present?.filter.kind === 'presence') {
    draft.filters = draft.filters.filter((f) => f !== present);
    addDimension(r, present.filter.column, which + 1);
  }
  if (draft.dimensions.length !== 1 || isTimeDimension(draft.dimensions[0]!)) return;
  // (Counting words anywhere ask for a measure: "how many wallets appear" counts them.)
  if (slots.some((s) => isKind(s, 'count') || isKind(s, 'amount') || isKind(s, 'aggregate'))) return;
  occurs.used = true;
  draft.listValues = true;
  draft.domain = true;
  // The rows are grouped by the column; a count keeps the plan whole and is not shown.
  draft.measures.push({ fn: 'count' });
});
