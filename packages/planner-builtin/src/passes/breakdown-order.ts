import { isTimeDimension } from '../frame.js';
import { MIX_WORDS } from '../vocabulary/index.js';
import { labelled } from './labels-only.js';
import { definePass, isKind, type Slot } from './reading.js';

/** The periods a timeline is cut into (not the hour of the day or the weekday, a cycle). */
const PERIOD_DIMENSIONS: readonly string[] = ['year', 'quarter', 'month', 'week', 'day'];

/**
 * "turnover by bank and month", "per bank per quarter", «по банкам и месяцам», «в каждом городе по
 * месяцам», «транзакция түрі және ай бойынша»: the rows go by the groups first, then by the period, as
 * the breakdown is said; "by month and bank", «по дням и городам», "daily turnover for each bank" keep the
 * timeline first. (The rows always went by the period first.) Only a breakdown of one period and one
 * other column, each named by a word of its own.
 */
export const readBreakdownOrder = definePass(({ slots, draft }) => {
  if (draft.dimensions.length !== 2) return;
  const period = draft.dimensions.find((d) => PERIOD_DIMENSIONS.includes(d));
  const other = draft.dimensions.find((d) => !isTimeDimension(d));
  if (period === undefined || other === undefined) return;
  // (Not the column a mix is of: "Entry mode mix … by quarter" splits each quarter.)
  const mixOf = (k: number) => {
    const after = slots[k + 1];
    return isKind(after, 'share') || MIX_WORDS.test(after?.item.text ?? '');
  };
  const said = (d: string) =>
    slots.findIndex((s: Slot, k) => s.used && labelled(s).some((x) => x === d) && !mixOf(k));
  const periodAt = said(period);
  const otherAt = said(other);
  if (periodAt >= 0 && otherAt >= 0 && otherAt < periodAt) draft.groupsFirst = true;
});
