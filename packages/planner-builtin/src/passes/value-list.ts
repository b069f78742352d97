import { isTimeDimension } from '../frame.js';
import {
  ASKING_WHICH,
  COLUMN_NOUNS,
  COLUMN_VALUE_NOUNS,
  EXISTENCE_WORDS,
  HOLD_VERBS,
  LIST_WORDS,
  LISTING_VERBS,
  NAMES_WORDS,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { listsDistinct } from './dimensions.js';
import {
  addDimension,
  asksWhichAt,
  definePass,
  isKind,
  meaningOf,
  relativeColumn,
  type Slot,
} from './reading.js';

/**
 * "Which mobile wallets appear in Kaspi transactions?", «Какие валюты встречаются в операциях Halyk?»,
 * «Өскемендегі операцияларда қандай енгізу тәсілдері кездеседі?»: a word of occurrence with one column
 * asked and nothing measured is the list of that column's values (it was a count per value). Asked with
 * a measure ("… and how many transactions each"), it stays a breakdown with it.
 */
export const readValueList = definePass((r) => {
  const { slots, draft } = r;
  // ("Cards of which banks paid in yuan?": "of which" before a column asks as "which" does.)
  const asksWhich = (_: Slot, k: number) => asksWhichAt(slots, k);
  // ("Which currencies are there in Karaganda?", «Какие валюты есть …», «қандай валюталар бар? тек
  // тізімі»: a word of being there, or "just the list", with the interrogative right before the column.)
  // («қандай шетел валюталарында … операциялар болды?», "which foreign currencies were there": a phrase
  // of what the values are not that names their column asks for the column too.)
  // ("the list of currencies in which payments were made", «төлемдер қабылданған қалаларды»: a relative
  // clause after the column's noun, or a Kazakh participle before it, asks for it too.)
  const relative = relativeColumn(slots);
  const askedColumn =
    relative >= 0 ||
    slots.some((s, k) => {
      const said = slots[k + 1];
      const namesColumn = isKind(said, 'notValue') && said.item.meaning.namesColumn === true;
      return asksWhich(s, k) && (isKind(said, 'dimension') || isKind(said, 'presence') || namesColumn);
    });
  const exists = slots.find((s) => s.item.kind === 'stop' && EXISTENCE_WORDS.includes(s.item.text));
  const { next, prev } = cursor(slots);
  const only = slots.findIndex((s) => isKind(s, 'only') && !s.used);
  // ("just the list"; "just the category names", «только названия»: the column's own word may stand
  // before the names.)
  const afterOnly =
    isKind(slots[next(only)], 'dimension') && NAMES_WORDS.includes(slots[next(next(only))]?.item.text ?? '')
      ? next(next(only))
      : next(only);
  // ("Which merchants took QR payments …? just the merchant ids", "… merchant ids only": the column
  // asked said again with "only", ending the question.)
  const restated =
    only >= 0 && isKind(slots[next(only)], 'dimension') && next(next(only)) < 0
      ? slots[next(only)]
      : only >= 0 && next(only) < 0 && isKind(slots[prev(only)], 'dimension')
        ? slots[prev(only)]
        : undefined;
  const whichColumn = slots.findIndex((s, k) => asksWhich(s, k) && isKind(slots[k + 1], 'dimension'));
  const asked = whichColumn >= 0 ? meaningOf(slots[whichColumn + 1]) : undefined;
  // (A ranking's label alone, "which city had the most …? just the city", is the labels-only pass's.)
  const ranked = slots.some((s) => isKind(s, 'superlative') || isKind(s, 'top'));
  const askedAgain =
    !ranked &&
    isKind(restated, 'dimension') &&
    asked?.kind === 'dimension' &&
    asked.dimension === restated.item.meaning.dimension;
  const list =
    only >= 0 && [...LIST_WORDS, ...NAMES_WORDS].includes(slots[afterOnly]?.item.text ?? '')
      ? slots[afterOnly]
      : askedAgain
        ? restated
        : undefined;
  // ("What distinct values does pos_entry_mode hold?", «Какие значения … в поле wallet_type?»: the values
  // noun asked with "which" / "what" is the list too.)
  const valuesAsked = slots.some((s) => ASKING_WHICH.includes(s.item.text))
    ? slots.find((s) => (!s.used || s.item.kind === 'stop') && COLUMN_VALUE_NOUNS.includes(s.item.text))
    : undefined;
  // ("List the distinct MCC codes …", "distinct wallet_type values": listed, not counted.)
  const listing = slots.findIndex((s, k) => isKind(s, 'dimension') && listsDistinct(slots, k));
  const listedBy =
    listing >= 0
      ? (slots.find((s) => LISTING_VERBS.includes(s.item.text)) ??
        (COLUMN_VALUE_NOUNS.includes(slots[listing + 1]?.item.text ?? '') ? slots[listing + 1] : undefined) ??
        slots[listing - 2])
      : undefined;
  const occurs =
    slots.find((s) => isKind(s, 'occurs') && !s.used) ??
    listedBy ??
    (askedColumn ? (list ?? exists) : undefined) ??
    valuesAsked;
  if (!occurs || draft.measures.length > 0 || draft.top || draft.share || draft.compare) return;
  if (list && occurs === list) {
    slots[only]!.used = true;
    // (the column's word before the names is the column asked)
    const said = slots[next(only)];
    if (said !== list && isKind(said, 'dimension') && draft.dimensions.includes(said.item.meaning.dimension))
      said.used = true;
  }
  // "Which mobile wallets appear …": "which" before the words that would filter payments with a wallet
  // asks for the wallets themselves.
  // («қандай әмияндармен төлемдер болды», with which wallets were there payments: any language's "which")
  const which = slots.findIndex(asksWhich);
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
  // (The column's own noun and a verb of holding say which column: "in the wallet_type column", «в поле».)
  for (const s of slots)
    if (!s.used && [...COLUMN_VALUE_NOUNS, ...COLUMN_NOUNS, ...HOLD_VERBS].includes(s.item.text))
      s.used = true;
  draft.listValues = true;
  draft.domain = true;
  // The rows are grouped by the column; a count keeps the plan whole and is not shown.
  draft.measures.push({ fn: 'count' });
});
