import { AXIS_LABELS, FIGURE_LABELS } from '../vocabulary/index.js';
import { closingRequestStart, definePass } from './reading.js';
import { isMeasureWord } from './sort-by.js';

/**
 * "filter: city Almaty; group: mcc_category; value: avg amount", "value = count of transactions": a
 * pivot table's parts named, as a spreadsheet asks. "value" opening its part labels the figure right
 * after it; it is not an amount of its own (it was a second figure, the total, beside the average).
 * "Value of ECOM payments" and "value, count and average" stay the amount.
 */
export const readFigureLabel = definePass(({ slots }) => {
  slots.forEach((slot, i) => {
    // ("bar chart of average ticket by city; x = city, y = avg amount", «x = ай, y = сома»: a chart's axis
    // named, what it shows after "=" — read as the words say it, the letter itself is no word of the question.)
    const opens = i === 0 || slot.item.clauseBefore === true || slot.item.commaBefore === true;
    if (AXIS_LABELS.includes(slot.item.text) && opens && slots[i + 1]?.item.equalsBefore === true) {
      slot.used = true;
      return;
    }
    if (slot.used || !FIGURE_LABELS.includes(slot.item.text)) return;
    const after = slots[i + 1];
    if (opens && after && !after.item.commaBefore && isMeasureWord(after)) slot.used = true;
    // ("Is the 95th percentile ATM withdrawal in 2025 above 100,000 tenge? Give the value.": a closing
    // sentence that only requests the value asks for the figure named before it, not a total beside it.)
    const sentence = closingRequestStart(slots, i);
    if (sentence > 0 && slots.slice(0, sentence).some(isMeasureWord)) slot.used = true;
  });
});
