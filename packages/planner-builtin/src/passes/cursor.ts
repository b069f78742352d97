import { isSubjectOfAmount } from '../word-forms.js';
import { isKind, meaningOf, numberOf, type Slot } from './reading.js';

/**
 * The token cursor: moves over the slots of a question skipping stop words, and answers the
 * questions passes ask about the neighbourhood of a word. It reads the slots as they are now.
 */
export interface Cursor {
  /** The next / previous slot that is not a stop word, or -1. */
  next(i: number): number;
  prev(i: number): number;
  /** The stop word directly before slot i ("in" of "in EUR"), if any. */
  stopBefore(i: number): string | null;
  textOf(i: number): string;
  /** A month name or a time unit follows: the number before it is part of a date ("top 5 March"). */
  followedByDate(i: number): boolean;
  /** The column of the value word at slot j, if it is one. */
  valueColumnAt(j: number): string | null;
  /** An amount word or the tenge is still unread: "how much" asks for money, not a count. */
  hasUnusedAmount(): boolean;
  /**
   * The count word that counts the noun at slot i ("how many merchants", «сколько уникальных карт»,
   * "how many grocery stores", Kazakh «мерчанттар саны»), or -1.
   */
  countCueBefore(i: number): number;
  /** Integer ids after an id column ("MCC 5411 and 5812"), with the slots they stand in; a dash ends them. */
  idsAfter(i: number): { ids: number[]; at: number[] };
}

export function cursor(slots: readonly Slot[]): Cursor {
  const next = (i: number): number => {
    for (let j = i + 1; j < slots.length; j++) if (slots[j]!.item.kind !== 'stop') return j;
    return -1;
  };
  const prev = (i: number): number => {
    for (let j = i - 1; j >= 0; j--) if (slots[j]!.item.kind !== 'stop') return j;
    return -1;
  };
  const textOf = (i: number): string => slots[i]?.item.text ?? '';
  const hasUnusedAmount = () =>
    slots.some((s) => !s.used && (isKind(s, 'amount') || isKind(s, 'currencyUnit')));
  return {
    next,
    prev,
    textOf,
    hasUnusedAmount,
    stopBefore(i) {
      const s = slots[i - 1];
      return s && s.item.kind === 'stop' ? s.item.text : null;
    },
    followedByDate(i) {
      const j = next(i);
      return isKind(slots[j], 'monthName') || isKind(slots[j], 'timeUnit');
    },
    valueColumnAt(j) {
      const m = meaningOf(slots[j]);
      if (m && (m.kind === 'value' || m.kind === 'notValue')) return m.column;
      return null;
    },
    countCueBefore(i) {
      let p = prev(i);
      // Values describe the noun ("how many grocery stores"), and so does a column word that labels
      // one ("how many Pharmacies category merchants").
      const describes = (k: number) => {
        const s = slots[k];
        if (isKind(s, 'value') || isKind(s, 'notValue')) return true;
        if (!isKind(s, 'dimension')) return false;
        const v = meaningOf(slots[prev(k)]);
        return (v?.kind === 'value' || v?.kind === 'notValue') && v.column === s.item.meaning.dimension;
      };
      while (p >= 0 && describes(p)) p = prev(p);
      const after = slots[next(i)];
      if (isKind(after, 'count') && after.item.meaning.after && !after.used) return next(i);
      const cue = slots[p];
      if (!isKind(cue, 'count') || cue.used || cue.item.meaning.after) return -1;
      // «сколько клиенты потратили» (how much did clients spend) vs «сколько клиентов» (how many clients).
      if (cue.item.meaning.strength === 'weak' && isSubjectOfAmount(textOf(i)) && hasUnusedAmount())
        return -1;
      return p;
    },
    idsAfter(i) {
      const ids: number[] = [];
      const at: number[] = [];
      let j = next(i);
      while (j >= 0) {
        const n = numberOf(slots[j]);
        // "MCC 5411-5499" is a range, not a list: the number after the dash stays not understood.
        if (n !== null && Number.isInteger(n) && n >= 0 && slots[j]!.item.dashBefore !== true) {
          ids.push(n);
          at.push(j);
          j = next(j);
        } else if (isKind(slots[j], 'conjunction') && numberOf(slots[next(j)]) !== null) {
          j = next(j);
        } else {
          break;
        }
      }
      return { ids, at };
    },
  };
}
