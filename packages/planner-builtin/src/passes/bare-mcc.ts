import { ID_COLUMNS } from '../frame.js';
import { BARE_MCC_CODES, FROM_WORDS, OPEN_END_WORDS, QUANTITY_BEFORE_WORDS } from '../vocabulary/index.js';
import { definePass, isKind, type Slot } from './reading.js';

/**
 * "5411 last month - txn count, turnover and avg ticket?", «Медиана чека по 5411 и 5499», «5812 бойынша
 * қанша мерчант»: a merchant category code written bare, without "MCC". A run of four-digit numbers that
 * are all known codes, with no MCC word beside them and nothing around them that makes them money (a
 * comparison, a currency or a multiplier, a range, "top", "were there"), gets the column word it leaves out, so the
 * codes are read as "MCC 5411" is. Read first: every later pass sees the codes as codes.
 */
export const readBareMcc = definePass(({ slots }) => {
  for (let i = slots.length - 1; i >= 0; i--) {
    if (!isBareCode(slots[i])) continue;
    // (the run's first code: codes joined by commas, "and", «и», «және»)
    let start = i;
    while (start >= 2 && isKind(slots[start - 1], 'conjunction') && isBareCode(slots[start - 2])) start -= 2;
    while (start >= 1 && slots[start]!.item.commaBefore && isBareCode(slots[start - 1])) start -= 1;
    if (!plainAround(slots, start, i)) {
      i = start;
      continue;
    }
    slots.splice(start, 0, {
      item: { kind: 'meaning', meaning: { kind: 'dimension', dimension: 'merchant_mcc' }, text: 'mcc' },
      used: false,
    });
    i = start;
  }
});

function isBareCode(s: Slot | undefined): boolean {
  return (
    s?.item.kind === 'number' &&
    !s.used &&
    /^\d{4}$/.test(s.item.text) &&
    BARE_MCC_CODES.includes(s.item.value)
  );
}

/** Nothing before the run or after it names the column already or makes the numbers money or a range. */
function plainAround(slots: readonly Slot[], start: number, end: number): boolean {
  const before = slots[start - 1];
  const after = slots[end + 1];
  const money = (s: Slot | undefined) =>
    isKind(s, 'comparator') ||
    isKind(s, 'currencyUnit') ||
    isKind(s, 'multiplier') ||
    isKind(s, 'top') ||
    idsColumn(s) ||
    s?.item.kind === 'number' ||
    (s?.item.kind === 'stop' && (FROM_WORDS.includes(s.item.text) || OPEN_END_WORDS.includes(s.item.text)));
  // ("Were there 5411 transactions yesterday?", «около 5411 операций»: a quantity.)
  const quantity = QUANTITY_BEFORE_WORDS.includes(before?.item.text ?? '');
  // ("merchant_mcc != 6011", «MCC не 5411»: the column word before a negation is the codes' own.)
  let k = start - 1;
  while (k >= 0 && (slots[k]!.item.kind === 'stop' || isKind(slots[k], 'negation'))) k--;
  return (
    !quantity &&
    !money(before) &&
    !money(after) &&
    !idsColumn(slots[k]) &&
    // ("leave out ATM 6011, transfers 4829", «кроме переводов (4829)»: a code right after a kind of
    // transaction restates the kind, which is the condition.)
    !restatesKind(before) &&
    // (a dash after the run opens a range: "5411-5499")
    after?.item.dashBefore !== true
  );
}

/** A kind of transaction ("ATM", «переводов»): the code after it restates it. */
function restatesKind(s: Slot | undefined): boolean {
  return (isKind(s, 'value') || isKind(s, 'notValue')) && s.item.meaning.column === 'transaction_type';
}

/** "merchant 5411", "MCC 5411": the column whose ids a number after its word is. */
function idsColumn(s: Slot | undefined): boolean {
  return isKind(s, 'dimension') && (ID_COLUMNS as readonly string[]).includes(s.item.meaning.dimension);
}
