import type { Filter } from '../frame.js';
import type { Meaning } from '../meaning.js';
import { marksOf } from '../tokenize.js';
import {
  BLANK_WORDS,
  MEANS_PREPOSITIONS,
  NEGATION_LEADS,
  NO_WORDS,
  PHRASE_PREPOSITIONS,
  RESTATING_WORDS,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { definePass, isCardsNoun, isKind, meaningOf, opensClause, type Slot } from './reading.js';

/** The same condition, negated: ≠ for =, NULL for NOT NULL, the other weekdays. */
export function negateFilter(f: Filter): Filter {
  switch (f.kind) {
    case 'values':
    case 'ids':
      return { ...f, negated: !f.negated };
    case 'presence':
      return { ...f, present: !f.present };
    case 'weekday':
      return { kind: 'weekday', days: [1, 2, 3, 4, 5, 6, 7].filter((d) => !f.days.includes(d)) };
    case 'amount':
      return {
        kind: 'amount',
        op: ({ '>': '<=', '>=': '<', '<': '>=', '<=': '>' } as const)[f.op],
        value: f.value,
      };
    case 'amount_between':
      return f; // not reached: amounts are not value words
    case 'hours':
      return { kind: 'hours', from: f.to % 24, to: f.from === 0 ? 24 : f.from };
    case 'month_days': {
      const days = Array.from({ length: 31 }, (_, k) => k + 1).filter((d) => !f.days.includes(d));
      return { kind: 'month_days', days: days.length > 0 ? days : f.days };
    }
  }
}

/**
 * A value phrase that starts with a negation word («без категории» = uncategorised, "without a
 * wallet") but is followed by a value of its own column («без категории Unknown», «без категории
 * Такси»): there the negation word is the negation and the rest only names the column, so the phrase
 * is not a value of its own.
 */
function isNegationLed(text: string): boolean {
  return NEGATION_LEADS.has(text.split(' ')[0] ?? '') && text.includes(' ');
}

/** A comparator the amount filters read ("below 2,000", «менее 1 000»). */
function isUsedComparator(slot: Slot | undefined): boolean {
  return meaningOf(slot)?.kind === 'comparator' && slot!.used;
}

/** The values a value word names (none for other words). */
function valuesOf(m: Meaning | null): readonly string[] {
  return m?.kind === 'value' || m?.kind === 'notValue' ? m.values : [];
}

/** The column a filter word is about, to tell a list of one column from a new phrase. */
function columnOf(m: Meaning): string {
  switch (m.kind) {
    case 'value':
    case 'notValue':
    case 'presence':
      return m.column;
    case 'dimension':
      return m.dimension;
    case 'currencyUnit':
      return 'transaction_currency';
    default:
      return m.kind;
  }
}

/**
 * "count by currency in 2025, no KZT", "… (no QR)", "Kaspi and Halyk — no salaries": "no" opening a
 * clause or a bracket of its own, only values after it, excepts those values as "without" does (it was
 * an unknown word, asked back).
 */
function readClauseNo(slots: Slot[]): void {
  const opens = (x: Slot) => opensClause(x) || x.item.dashBefore === true;
  slots.forEach((s, i) => {
    if (s.used || s.item.kind !== 'unknown' || !NO_WORDS.includes(s.item.text)) return;
    if (i > 0 && !opens(s)) return;
    let k = i + 1;
    const valueWord = (x: Slot | undefined) =>
      isKind(x, 'value') || isKind(x, 'currencyUnit') || (k > i + 1 && isKind(x, 'conjunction'));
    while (valueWord(slots[k])) k++;
    const last = slots[k - 1];
    if (k === i + 1 || isKind(last, 'conjunction')) return;
    const after = slots[k];
    if (after !== undefined && !opens(after) && !after.item.closeBefore) return;
    s.item = { kind: 'meaning', text: s.item.text, meaning: { kind: 'negation' }, ...marksOf(s.item) };
  });
}

/**
 * The scope of a negation written before what it negates ("not online", "except Almaty and Astana",
 * «кроме Каспи и Халыка», «без кошелька»): it covers the value words that follow, across "and" / "or"
 * and stop words, up to the first word of another kind — or up to a value of another column with no
 * "and" / "or" before it: after a preposition that value is not excepted ("except pharmacies in
 * Almaty"); without one the question is asked back ("except Kaspi online payments": each, or only
 * the combination?). A negation that covers nothing stays not
 * understood (asked back), never dropped. Postposed negations (Kazakh «Алматыдан басқа») reverse the
 * filter of the word before them; the value-filter pass reads them.
 */
export const resolveNegation = definePass(({ slots, draft, notes }) => {
  const { textOf, idsAfter, stopBefore, next, prev, valueColumnAt } = cursor(slots);
  readClauseNo(slots);
  let openAt = -1;
  let applied = false;
  /** The column of the last value in scope, and whether an "and" / "or" followed it. */
  let lastColumn: string | null = null;
  let joined = false;
  // ("а не сумму", "not the amount": a negation of a measure is the measures pass's to read.)
  const measureAfter = (i: number) => {
    const m = slots[next(i)];
    return isKind(m, 'amount') || isKind(m, 'count') || isKind(m, 'check') || isKind(m, 'aggregate');
  };
  const end = () => {
    if (openAt >= 0 && !applied && !measureAfter(openAt))
      draft.issues.push({ kind: 'unknown_words', words: [textOf(openAt)] });
    openAt = -1;
    applied = false;
    lastColumn = null;
    joined = false;
    inScope.clear();
  };
  let lastAt = -1;
  /** A bracket opened after slot `from` and still open at slot `at`, or "i.e." between them. */
  const restatedAt = (from: number, at: number): boolean => {
    const between = slots.slice(from + 1, at + 1);
    if (between.some((x) => RESTATING_WORDS.includes(x.item.text))) return true;
    const opened = between.findLastIndex((x) => x.item.bracketBefore === true);
    return opened >= 0 && !between.slice(opened + 1).some((x) => x.item.closeBefore === true);
  };
  /** The values of the value words from slot `at` to the end of its bracket or clause. */
  const valuesUntilClose = (at: number): string[] => {
    const out: string[] = [];
    for (let k = at; k < slots.length; k++) {
      const x = slots[k]!;
      if (k > at && (x.item.closeBefore === true || x.item.clauseBefore === true)) break;
      out.push(...valuesOf(meaningOf(x)));
    }
    return out;
  };
  /**
   * An amount condition right after the payments named at slot `at` — a kind of payment ("withdrawals
   * below 5 000"), or a value and a noun of transactions ("Kaspi payments under 1 000").
   */
  const amountConditionAfter = (at: number, m: Meaning): boolean => {
    let k = next(at);
    for (let x = slots[k]; isKind(x, 'entity') && x.item.meaning.entity === 'transactions'; x = slots[k])
      k = next(k);
    const payments = k > next(at) || (m.kind === 'value' && m.column === 'transaction_type');
    return (
      payments &&
      isUsedComparator(slots[k]) &&
      !slots[k]!.item.commaBefore &&
      draft.filters.some((f) => f.filter.kind === 'amount')
    );
  };
  /** The values the open scope holds. */
  const inScope = new Set<string>();
  const apply = (i: number, m: Meaning) => {
    if (openAt < 0) return;
    const column = columnOf(m);
    // ("NOT contactless (so swipe + QR)", «не бесконтактные (то есть swipe и QR)»: values of the column
    // after a bracket or "i.e." once the scope holds one say what is left — a restatement, not more
    // values left out; it excepted every mode.)
    // (Not the same values said again: «кроме Казахстана (KAZ)», "P2P transfers (in and out)".)
    // (…nor values joined to them there: «кроме онлайна (счета и ECOM)» leaves out both.)
    const values = valuesOf(m);
    const restating =
      applied &&
      column === lastColumn &&
      values.length > 0 &&
      restatedAt(lastAt, i) &&
      valuesUntilClose(i).every((v) => !inScope.has(v));
    if (restating) {
      end();
      return;
    }
    lastAt = i;
    for (const v of values) inScope.add(v);
    if (lastColumn !== null && column !== lastColumn && !joined) {
      // "except cafes in Almaty": a preposition opens a phrase of its own, not excepted.
      // "except Kaspi online payments": each excluded, or only the combination? Asked back.
      if (!PHRASE_PREPOSITIONS.includes(stopBefore(i) ?? ''))
        draft.issues.push({ kind: 'ambiguous_negation' });
      end();
      return;
    }
    applied = true;
    lastColumn = column;
    joined = false;
    notes.negatedSlots.add(i);
  };
  slots.forEach((slot, i) => {
    if (slot.item.kind === 'stop') return;
    const m = meaningOf(slot);
    if (m?.kind === 'conjunction') {
      joined = true;
      return;
    }
    if (m?.kind === 'negation' && m.after && !slot.used) return;
    // ("How many distinct cards …? Cards, not payments.", "Count the cards, not the transfers.": what is
    // counted said again against the payments — no condition; "not the transfers" left out every P2P.)
    if (m?.kind === 'negation' && !slot.used) {
      const thing = slots[prev(i)];
      const noun = slots[next(i)];
      const counted =
        isCardsNoun(thing) || (isKind(thing, 'dimension') && thing.item.meaning.dimension === 'merchant_id');
      const payments =
        (isKind(noun, 'entity') && noun.item.meaning.entity === 'transactions') ||
        (isKind(noun, 'value') && noun.item.meaning.counts === true);
      const closing = next(next(i)) < 0 || slots[next(next(i))]!.item.clauseBefore === true;
      if (counted && payments && closing && noun.item.commaBefore !== true) {
        end();
        slot.used = true;
        noun.used = true;
        return;
      }
    }
    // ("count by wallet, excluding blanks", «без пустых»: the blank of a column broken down is the value
    // filters' to read.)
    if (m?.kind === 'negation' && BLANK_WORDS.includes(slots[i + 1]?.item.text ?? '')) {
      end();
      return;
    }
    // "merchant_mcc != 5411": between a code column and its codes, the value filters read it.
    const column = meaningOf(slots[i - 1]);
    if (
      m?.kind === 'negation' &&
      column?.kind === 'dimension' &&
      (column.dimension === 'merchant_mcc' || column.dimension === 'merchant_id') &&
      slots[i + 1]?.item.kind === 'number'
    ) {
      end();
      return;
    }
    // "leaving out anything below 2,000 KZT", «без операций меньше 1000 тенге», «исключив суммы менее
    // 1 000 ₸»: an amount condition the amount filters read is what is left out — its opposite is kept.
    if (m?.kind === 'comparator' && slot.used && openAt >= 0 && !applied && lastColumn === null) {
      const amounts = draft.filters.filter((f) => f.filter.kind === 'amount');
      if (amounts.length === 1) {
        amounts[0]!.filter = negateFilter(amounts[0]!.filter);
        applied = true;
      }
      end();
      return;
    }
    // («суммы» between: the amount word labels the number of the condition.)
    if (m?.kind === 'amount' && openAt >= 0 && !applied && isUsedComparator(slots[next(i)])) {
      slot.used = true;
      return;
    }
    // (…the "by" itself, read here: «кроме операций по магнитной полосе».)
    const noun = slots[prev(i)];
    if (
      m?.kind === 'groupBy' &&
      openAt >= 0 &&
      !applied &&
      MEANS_PREPOSITIONS.includes(slot.item.text) &&
      isKind(noun, 'entity') &&
      noun.item.meaning.entity === 'transactions' &&
      valueColumnAt(next(i)) !== null
    ) {
      slot.used = true;
      return;
    }
    if (slot.used || !m) {
      end();
      return;
    }
    if (
      (m.kind === 'value' || m.kind === 'notValue' || m.kind === 'presence') &&
      isNegationLed(slot.item.text)
    ) {
      const j = next(i);
      const after = meaningOf(slots[j]);
      // «без кошелька (wallet пустой)»: the same filter said again is one filter.
      const restated =
        after?.kind === 'presence' &&
        m.kind === 'presence' &&
        after.column === m.column &&
        after.present === m.present;
      // («без кошелька в Астане», "with no wallet in Pavlodar": a preposition between ends the scope.)
      if (
        after &&
        !restated &&
        j === i + 1 &&
        (after.kind === 'value' || after.kind === 'notValue' || after.kind === 'presence')
      ) {
        end();
        if (m.kind === 'presence' || columnOf(after) !== m.column) {
          // «без кошелька Apple Pay», «без категории Алматы»: not one reading; asked back.
          draft.issues.push({ kind: 'ambiguous_negation' });
          return;
        }
        // «без категории Unknown»: the negation opens here and covers the values of that column.
        openAt = i;
        slot.used = true;
        lastColumn = m.column;
        return;
      }
    }
    // ("Cash withdrawn at ATMs …, excluding withdrawals below 5 000 tenge", «снятия … не считая снятий
    // меньше 5000»: the payments already named, said again before the amount condition left out — the
    // amount is what is excepted, as after a noun of transactions. It split ATM from the rest.)
    if (
      openAt >= 0 &&
      !applied &&
      lastColumn === null &&
      m.kind === 'value' &&
      amountConditionAfter(i, m) &&
      slots.some((x, k) => k < openAt && m.values.every((v) => valuesOf(meaningOf(x)).includes(v)))
    )
      return;
    // ("turnover, excluding ATM withdrawals under 5 000": the withdrawals under 5 000 left out — not all
    // withdrawals, nor every payment over 5 000. One condition of both is not a filter: asked back.)
    if (openAt >= 0 && !applied && lastColumn === null && m.kind === 'value' && amountConditionAfter(i, m)) {
      draft.issues.push({ kind: 'ambiguous_negation' });
      end();
      return;
    }
    switch (m.kind) {
      case 'negation':
        end();
        openAt = i;
        slot.used = true;
        return;
      case 'value':
      case 'notValue':
      case 'presence':
      case 'weekdayFilter':
        apply(i, m);
        return;
      case 'currencyUnit':
        // "excluding KZT", «кроме тенге»: a currency filter only when negated. "Not tenge" is a phrase
        // of its own: "(not tenge) for TRY payments" does not except the lira after it, unless joined
        // ("excluding KZT and USD").
        apply(i, m);
        if (lastColumn !== null) lastColumn = 'currency unit';
        return;
      case 'dimension':
        // "not MCC 5411": an id column with its ids is a value too.
        if ((m.dimension === 'merchant_id' || m.dimension === 'merchant_mcc') && idsAfter(i).ids.length > 0)
          apply(i, m);
        // "excluding category Unknown", «кроме категории такси»: the column word names the column of
        // the values that follow; the negation covers them.
        else if (openAt >= 0 && !applied && lastColumn === null && valueColumnAt(next(i)) === m.dimension)
          lastColumn = m.dimension;
        else end();
        return;
      case 'entity': {
        // «без учёта зарплат и операций дороже 1 млн»: an amount condition joined to what is left out
        // would be kept as written (a filter to the transactions over 1 million): asked back.
        const condition = slots[next(i)];
        if (
          openAt >= 0 &&
          joined &&
          m.entity === 'transactions' &&
          isKind(condition, 'comparator') &&
          condition.used
        ) {
          draft.issues.push({ kind: 'ambiguous_negation' });
          end();
          return;
        }
        // "leave out payments without a wallet", «кроме операций в тенге»: the transaction noun before
        // the value in scope says what is left out; the negation covers the value after it, also
        // after the column's own word («за исключением покупок в категории Grocery»).
        const after = meaningOf(slots[next(i)]);
        // («кроме операций по магнитной полосе», not counting payments by swipe: the "by" of the means
        // between.)
        const by = slots[next(i)];
        const meansAfter =
          isKind(by, 'groupBy') &&
          MEANS_PREPOSITIONS.includes(by.item.text) &&
          valueColumnAt(next(next(i))) !== null;
        if (openAt >= 0 && !applied && m.entity === 'transactions' && meansAfter) return;
        const valueAfter =
          after?.kind === 'value' ||
          after?.kind === 'notValue' ||
          after?.kind === 'presence' ||
          isUsedComparator(slots[next(i)]) ||
          (after?.kind === 'dimension' && valueColumnAt(next(next(i))) === after.dimension);
        if (openAt >= 0 && !applied && m.entity === 'transactions' && valueAfter) return;
        // («кроме карт Kaspi», «без учёта карт Kaspi», "excluding Halyk cards"': the cards of a bank
        // named after the word for cards are left out — the bank's payments.)
        if (openAt >= 0 && !applied && m.entity === 'cards' && valueColumnAt(next(i)) === 'issuer_bank_name')
          return;
        end();
        return;
      }
      default:
        end();
        return;
    }
  });
  end();
});
