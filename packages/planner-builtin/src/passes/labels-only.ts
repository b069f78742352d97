import { type Dimension, ENUM_COLUMNS } from '../frame.js';
import {
  ATTACHING_WORDS,
  CODE_WORDS,
  DATE_WORDS,
  KAZAKH_ONLY_AFTER,
  LABEL_WORDS,
  NUMBER_LABEL_WORDS,
  TENGE_UNIT,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { closingRequestStart, definePass, isKind, type Slot } from './reading.js';

/** The dimensions a unit or column word names as a ranking's label: "hour" is the hour of the day. */
export function labelled(slot: Slot | undefined): readonly Dimension[] {
  if (isKind(slot, 'dimension')) return [slot.item.meaning.dimension];
  if (isKind(slot, 'bucket')) return [slot.item.meaning.dimension];
  if (!isKind(slot, 'timeUnit')) return [];
  const unit = slot.item.meaning.unit;
  if (unit === 'hour') return ['hour_of_day', 'hour'];
  if (unit === 'day') return ['weekday', 'day', 'day_of_month'];
  return [unit];
}

/**
 * "Which hour has the most online purchases? just the hour", «нужен только номер дня», «тек сағатын
 * айтыңыз»: a ranking whose labels are all that is asked — shown without its measure, still ordered
 * by it. Only for a ranking of one dimension, whose word the request repeats; anything else is left
 * to the coverage check.
 */
export const readLabelsOnly = definePass(({ slots, draft }) => {
  if (!draft.top || draft.dimensions.length !== 1) return;
  const dimension = draft.dimensions[0]!;
  const { next, prev } = cursor(slots);
  slots.forEach((slot, i) => {
    if (slot.used || !isKind(slot, 'only')) return;
    // "City name only.", "the hour only": the label said before "only", at the end of the question.
    let b = prev(i);
    const nameBefore = LABEL_WORDS.includes(slots[b]?.item.text ?? '') ? b : -1;
    if (nameBefore >= 0) b = prev(b);
    // ("…? all time, hour only": a comma opens it too.)
    const clause = slots.findLastIndex(
      (x, k) => k <= b && (x.item.clauseBefore === true || x.item.commaBefore === true),
    );
    const opens = clause >= 0 && slots.slice(clause, b).every((x) => x.item.kind === 'stop');
    // ("…? date only": a ranking of days, by its date.)
    const dateBefore = DATE_WORDS.includes(slots[b]?.item.text ?? '') && dimension === 'day';
    if (next(i) < 0 && b >= 0 && opens && (labelled(slots[b]).includes(dimension) || dateBefore)) {
      for (const j of [i, b, nameBefore]) if (j >= 0) slots[j]!.used = true;
      draft.labelsOnly = true;
      return;
    }
    // («… ең көп болған сағатты ғана көрсетіңіз», show only the hour: Kazakh «ғана» follows the label it
    // limits, and a verb of showing may end the question.)
    const showsRest = slots.slice(i + 1).every((x) => x.item.kind === 'stop' || isKind(x, 'listVerb'));
    if (KAZAKH_ONLY_AFTER.includes(slot.item.text) && showsRest && labelled(slots[b]).includes(dimension)) {
      for (const j of [i, b]) slots[j]!.used = true;
      for (const x of slots.slice(i + 1)) if (isKind(x, 'listVerb')) x.used = true;
      draft.labelsOnly = true;
      return;
    }
    let k = next(i);
    // "just the name", «тек атауы керек»: the label word alone, ending the question, is the ranking's.
    // («… в какой день …? нужна только дата», "just the date": a ranking of days, by its date.)
    const text = slots[k]?.item.text ?? '';
    const dateOfDay = DATE_WORDS.includes(text) && dimension === 'day';
    if ((LABEL_WORDS.includes(text) || dateOfDay) && next(k) < 0) {
      slots[i]!.used = slots[k]!.used = true;
      draft.labelsOnly = true;
      return;
    }
    // «только номер дня»: the number word may come first.
    const numberFirst = LABEL_WORDS.includes(slots[k]?.item.text ?? '') ? k : -1;
    if (numberFirst >= 0) k = next(k);
    const word = slots[k];
    if (!word || !labelled(word).includes(dimension)) return;
    // ("…, counting only MCCs that had at least 100 POS payments": the groups a condition keeps, not
    // their labels alone.)
    if (ATTACHING_WORDS.includes(slots[k + 1]?.item.text ?? '')) return;
    // ("Counting in-store and online purchases only, which category …": "only" ends the clause before.)
    if (slots.slice(i + 1, k + 1).some((x) => x.item.commaBefore || x.item.clauseBefore)) return;
    // "top 5 only, category and count": the columns listed, the measure among them.
    if (isKind(slots[next(k)], 'conjunction')) return;
    const numberAfter = LABEL_WORDS.includes(slots[next(k)]?.item.text ?? '') ? next(k) : -1;
    for (const j of [i, k, numberFirst, numberAfter]) if (j >= 0) slots[j]!.used = true;
    // ("top 10 merchants (just the merchant id) by total amount": in brackets right after the column's own
    // word, how its rows are named — the figure they are ranked by is shown still.)
    const glossed = slot.item.bracketBefore === true && labelled(slots[prev(i)]).includes(dimension);
    if (!glossed) draft.labelsOnly = true;
  });
});

/**
 * "Busiest day of 2025 by count — the date and the count.", «… Дата и количество.», «Күні мен
 * операциялар саны.»: a last clause that only names the columns the plan shows — the label of its
 * breakdown and the measures it already read — asks for nothing more; its label words are used.
 */
export const readColumnList = definePass(({ slots, draft }) => {
  // (A ranking of days is settled with the frame: "Top 5 days …: date, count, total".)
  const days =
    draft.dimensions.includes('day') ||
    (draft.top !== null && slots.some((s) => isKind(s, 'timeUnit') && s.item.meaning.unit === 'day'));
  // ("Top 5 MCC codes by turnover (code and turnover)": a bracket that ends the question lists them too.)
  const start = slots.findLastIndex((s) => s.item.clauseBefore === true || s.item.bracketBefore === true);
  if (start <= 0) return;
  const clause = slots.slice(start);
  // ("EUR payments in March: number and total": with no rows to label, a number listed is how many.)
  const numberListed = clause.some((s) => NUMBER_LABEL_WORDS.includes(s.item.text));
  if (draft.dimensions.length === 0 && !days && !numberListed) return;
  // ("Salary credits by bank: number and total amount": rows of names have no number to label them
  // by — the number listed is how many.)
  const named = draft.dimensions.every((d) => (ENUM_COLUMNS as readonly string[]).includes(d));
  // ("USD payments by month: number and amount": a number is a label only beside its column's word,
  // "weekday number", «номер дня»; on its own it is how many.)
  const { next, prev } = cursor(slots);
  const apart = (s: Slot | undefined) => s?.item.commaBefore === true || s?.item.clauseBefore === true;
  const columnAt = (j: number) => labelled(slots[j]).some((d) => draft.dimensions.includes(d));
  const besideColumn = (k: number) =>
    (!apart(slots[k]) && columnAt(prev(k))) || (!apart(slots[next(k)]) && columnAt(next(k)));
  const numberCounts = (s: Slot) =>
    NUMBER_LABEL_WORDS.includes(s.item.text) && (named || !besideColumn(slots.indexOf(s)));
  // ("month number and count", «ай нөмірі және саны»: a month's number, 1–12, is no label the rows have —
  // they are the months themselves; asked back rather than shown as dates.)
  const calendarNumber = (s: Slot) => {
    const k = slots.indexOf(s);
    const unitBeside = (j: number) =>
      isKind(slots[j], 'timeUnit') &&
      ['month', 'week', 'quarter', 'year'].includes(slots[j]!.item.meaning.unit);
    return NUMBER_LABEL_WORDS.includes(s.item.text) && (unitBeside(prev(k)) || unitBeside(next(k)));
  };
  const label = (s: Slot) =>
    (LABEL_WORDS.includes(s.item.text) && !numberCounts(s) && !calendarNumber(s)) ||
    labelled(s).some((d) => draft.dimensions.includes(d)) ||
    (DATE_WORDS.includes(s.item.text) && days) ||
    // ("MCC codes with … — show the code and the count", «покажи код и оборот»)
    (CODE_WORDS.includes(s.item.text) && draft.dimensions.includes('merchant_mcc'));
  // (A merchant's name is not in the data; "… only" is the labels-only pass's, left as it decided.)
  if (draft.dimensions.includes('merchant_id') || clause.some((s) => isKind(s, 'only'))) return;
  const measured = (s: Slot) =>
    s.used &&
    (isKind(s, 'count') ||
      isKind(s, 'amount') ||
      isKind(s, 'total') ||
      isKind(s, 'aggregate') ||
      isKind(s, 'check') ||
      isKind(s, 'entity'));
  const plain = (s: Slot) =>
    s.item.kind === 'stop' ||
    // ("— show the code and the count", «покажи код и оборот»)
    (isKind(s, 'listVerb') && s === clause[0]) ||
    isKind(s, 'conjunction') ||
    isKind(s, 'entity') ||
    isKind(s, 'timeOrder') ||
    // («количество снятий, сумма снятий»: the payments named again with their column)
    (s.used && isKind(s, 'value')) ||
    // ("number and amount in KZT": the unit of an amount in tenge, which every amount is)
    (isKind(s, 'currencyUnit') && TENGE_UNIT.test(s.item.text) && !draft.originalAmount) ||
    // ("number, amount in the original currency, amount in KZT": units the amounts already took)
    (s.used && (isKind(s, 'originalAmount') || isKind(s, 'currencyUnit'))) ||
    measured(s) ||
    label(s) ||
    numberCounts(s);
  const counted = clause.filter((s) => numberCounts(s) && !s.used);
  if (!clause.every(plain) || !clause.some((s) => (label(s) || numberCounts(s)) && !s.used)) return;
  for (const s of clause)
    if (
      label(s) ||
      numberCounts(s) ||
      isKind(s, 'conjunction') ||
      isKind(s, 'listVerb') ||
      (isKind(s, 'currencyUnit') && !draft.originalAmount)
    )
      s.used = true;
  // ("How many distinct merchants …? Please give the number.", "Total in Taraz? The number, please.":
  // the number alone, requested, is the figure read already.)
  const numberAlone =
    counted.length === 1 &&
    draft.measures.length > 0 &&
    closingRequestStart(slots, slots.indexOf(counted[0]!)) >= 0;
  // (In the order said: "number, amount …" puts the count first, and the rows are ordered by it.)
  if (counted.length > 0 && !numberAlone && !draft.measures.some((m) => m.fn === 'count')) {
    const first = clause.findIndex((s) => s === counted[0] || measured(s));
    if (clause[first] === counted[0]) draft.measures.unshift({ fn: 'count' });
    else draft.measures.push({ fn: 'count' });
  }
});
