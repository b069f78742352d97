import { FIGURE_LABELS } from '../vocabulary/index.js';
import { definePass } from './reading.js';
import { isMeasureWord } from './sort-by.js';

/**
 * "filter: city Almaty; group: mcc_category; value: avg amount", "value = count of transactions": a
 * pivot table's parts named, as a spreadsheet asks. "value" opening its part labels the figure right
 * after it; it is not an amount of its own (it was a second figure, the total, beside the average).
 * "Value of ECOM payments" and "value, count and average" stay the amount.
 */
export const readFigureLabel = definePass(({ slots }) => {
  slots.forEach((slot, i) => {
    if (slot.used || !FIGURE_LABELS.includes(slot.item.text)) return;
    const opens = i === 0 || slot.item.clauseBefore === true || slot.item.commaBefore === true;
    const after = slots[i + 1];
    if (opens && after && !after.item.commaBefore && isMeasureWord(after)) slot.used = true;
  });
});
