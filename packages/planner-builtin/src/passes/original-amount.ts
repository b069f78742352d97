import { isAmountFilter } from '../frame.js';
import {
  DEGREE_WORDS,
  IN_CURRENCY,
  IN_WORDS,
  ITSELF_WORDS,
  KAZAKH_DATIVE_ENDINGS,
  KAZAKH_INSTRUMENTAL_ENDINGS,
  KAZAKH_LOCATIVE_CASE,
  KAZAKH_LOCATIVE_ENDINGS,
  MONEY_VERBS,
  MOST_WORDS,
  TENGE_UNIT,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import { listsDistinct } from './dimensions.js';
import {
  addDimension,
  definePass,
  insideBrackets,
  isCountedNoun,
  isKind,
  isPaymentsNoun,
  isPeriodWord,
  type Slot,
} from './reading.js';

/** A city or a country named: where, not which payments' unit. */
const isPlaceValue = (s: Slot | undefined) =>
  isKind(s, 'value') &&
  (s.item.meaning.column === 'merchant_city' || s.item.meaning.column === 'acquirer_country_iso');

const isAmountWord = (s: Slot | undefined) =>
  isKind(s, 'amount') || isKind(s, 'check') || isKind(s, 'aggregate');

/**
 * Amounts in a named currency: "avg amount in EUR", «сумма в юанях», "over 100 USD", Kazakh
 * «юаньмен орташа сома»; and "in the original currency". They read original_amount, not tenge.
 * Runs after the amount filters, which mark their numbers used; "transactions in USD" stays in tenge.
 */
export const readOriginalAmount = definePass((r) => {
  const { slots, draft } = r;
  const { next, pastValues, prev, stopBefore, textOf, valueColumnAt } = cursor(slots);
  slots.forEach((slot, i) => {
    if (isKind(slot, 'originalAmount')) {
      // ("distinct values of transaction_currency", «transaction_currency бірегей мәндері»: the column's
      // name, its values listed — the dimensions pass reads it so.)
      if (slot.item.text.startsWith('transaction') && listsDistinct(slots, i)) {
        const meaning = { kind: 'dimension' as const, dimension: 'transaction_currency' as const };
        slots[i] = { item: { ...slot.item, kind: 'meaning', meaning }, used: false };
        return;
      }
      // "count by transaction_currency", «по валюте операции»: after "by" the words name the currency
      // column, a row per currency (the count was one total, with nothing said).
      // (Not after Kazakh «бойынша», which follows what it groups by: «TRY бойынша оригинал валютадағы
      // сома» is the amount in the original currency.)
      const by = slots[prev(i)];
      // («по transaction_currency = 'CNY'»: the column said equal to a value is the condition the value
      // filter reads, not a row per currency.)
      const equalsValue =
        slots[next(i)]?.item.equalsBefore === true && valueColumnAt(next(i)) === 'transaction_currency';
      if (isKind(by, 'groupBy') && by.item.meaning.after !== true && equalsValue) {
        slot.used = true;
        by.used = true;
        return;
      }
      // ("transaction_currency in (EUR, GEL, AMD)", "transaction_currency = 'USD'": the column's name
      // before its values names the condition, not the unit of the amounts.)
      const listed =
        slots[i + 1]?.item.text === 'in' || slots[i + 1]?.item.equalsBefore === true || next(i) === i + 1;
      if (
        slot.item.text.startsWith('transaction') &&
        listed &&
        valueColumnAt(next(i)) === 'transaction_currency'
      ) {
        slot.used = true;
        return;
      }
      if (isKind(by, 'groupBy') && by.item.meaning.after !== true && !slot.item.text.startsWith('orig')) {
        slot.used = true;
        by.used = true;
        addDimension(r, 'transaction_currency', i);
        draft.domain = true;
        return;
      }
      slot.used = true;
      draft.originalAmount = true;
      draft.domain = true;
      // «покупок дороже 100 долларов (сумма в самой валюте)»: "the amount in the currency itself" beside
      // a count says which amount the condition is in; it is not a sum asked for as well.
      const said = slots[prev(i)];
      const counting = slots.some((o) => isKind(o, 'count') || isKind(o, 'aggregate') || isKind(o, 'check'));
      // (Only right after the condition's currency: «… 100 долларов (сумма в самой валюте)».)
      const afterCondition =
        valueColumnAt(prev(prev(i))) === 'transaction_currency' &&
        draft.filters.some((f) => isAmountFilter(f.filter));
      if (isKind(said, 'amount') && !said.used && counting && prev(i) === i - 1 && afterCondition)
        said.used = true;
      // "original GEL amount", "the original EUR amount": the amount word is the phrase's own.
      const currency = next(i);
      const amount = slots[next(currency)];
      if (valueColumnAt(currency) === 'transaction_currency' && isKind(amount, 'amount') && !amount.used)
        amount.used = true;
      // ("the average amount of CNY transactions (the original currency amount, not converted to tenge)":
      // the amount word right after says again which amount another measure is of, in brackets or beside
      // an average — it added a sum.)
      const restated = slots[i + 1];
      if (
        isKind(restated, 'amount') &&
        !restated.used &&
        (insideBrackets(slots, i) || slots.some((o) => isKind(o, 'aggregate') || isKind(o, 'check'))) &&
        slots.some((o) => o !== restated && isAmountWord(o))
      )
        restated.used = true;
      return;
    }
    // «сумма в валюте» (the amount in the currency): the original amount, not "in a foreign currency".
    if (
      isKind(slot, 'notValue') &&
      slot.item.meaning.column === 'transaction_currency' &&
      IN_CURRENCY.includes(slot.item.text) &&
      (isAmountWord(slots[prev(i)]) ||
        // «средняя сумма операции в юанях (в валюте, CNY)»: said again after the currency.
        (valueColumnAt(prev(i)) === 'transaction_currency' && slots.slice(0, i).some(isAmountWord)))
    ) {
      slot.used = true;
      draft.originalAmount = true;
      return;
    }
    if (!isKind(slot, 'value') || slot.item.meaning.column !== 'transaction_currency') return;
    if (slot.item.meaning.values.includes('KZT')) return;
    // «средняя сумма операций в CNY, в юанях»: the currency named again after "in" is the unit.
    const currency = slot.item.meaning.values;
    const namedBefore = slots
      .slice(0, i)
      .some(
        (o) =>
          isKind(o, 'value') &&
          o.item.meaning.column === 'transaction_currency' &&
          o.item.meaning.values.join() === currency.join(),
      );
    // ("Total of Turkish lira transactions, in lira": a total word says money as an amount word does.)
    // («в долларах, в самих долларах»: "itself" may stand after "in".)
    const itself =
      ITSELF_WORDS.includes(slots[i - 1]?.item.text ?? '') &&
      IN_WORDS.includes(slots[i - 2]?.item.text ?? '');
    if (
      namedBefore &&
      (IN_WORDS.includes(stopBefore(i) ?? '') || itself) &&
      slots.some((o) => isAmountWord(o) || isKind(o, 'total'))
    ) {
      draft.originalAmount = true;
      return;
    }
    // "In yuan: total of online purchases …", "How much … paid in Georgia, in lari?", "Average contactless
    // payment in Kyrgyzstan, in som (KGS)": "in" and the currency set apart by a comma or a colon name
    // the unit of the money asked for (they filtered the payments, the amounts summed in tenge).
    const inAt = i - 1;
    const inWord = slots[inAt];
    const apart =
      inWord?.item.kind === 'stop' &&
      IN_WORDS.includes(inWord.item.text) &&
      (inAt === 0 || inWord.item.commaBefore === true || inWord.item.clauseBefore === true) &&
      // ("In Georgian lari, what was the biggest …": a comma after it at the start sets it apart too.)
      (inAt > 0 || slots[i + 1]?.item.clauseBefore === true || slots[i + 1]?.item.commaBefore === true);
    // (…or the size of one payment: «ең ірі EUR операция, еуромен», the largest EUR payment, in euros.)
    const money = slots.some(
      (o) =>
        isKind(o, 'amount') ||
        isKind(o, 'total') ||
        isKind(o, 'check') ||
        isKind(o, 'aggregate') ||
        (isKind(o, 'superlative') && !o.item.meaning.impliesCount),
    );
    // («…жалпы сомасы, KGS-пен (сом)», «…, сомымен»: set apart by a comma, in the Kazakh instrumental —
    // its ending written after a dash is a word of its own.)
    const splitEnding =
      KAZAKH_INSTRUMENTAL_ENDINGS.includes(textOf(i + 1)) && slots[i + 1]?.item.dashBefore === true;
    const kazakhApart =
      slot.item.commaBefore === true &&
      (splitEnding || KAZAKH_INSTRUMENTAL_ENDINGS.some((end) => textOf(i).endsWith(end)));
    if ((apart || kazakhApart) && money) {
      if (splitEnding) slots[i + 1]!.used = true;
      draft.originalAmount = true;
      return;
    }
    const p = prev(i);
    // "how many euros did cards spend", «сколько долларов», «қанша доллар»: money counted in that
    // currency — its amount, not a count.
    const counter = slots[p];
    // …but "how many CNY and USD transactions" counts the transactions.
    // ("How many US dollars in total were paid in transactions made in dollars": "in total" may stand
    // between.)
    let k = next(i);
    while (isKind(slots[k], 'conjunction') || isKind(slots[k], 'value') || isKind(slots[k], 'total'))
      k = next(k);
    const noun = slots[k];
    // (…not "how many dollars were paid in USD transactions": words between, the money is what was paid.)
    const joined = slots.slice(i + 1, k).every((o) => o.item.kind !== 'stop' && !isKind(o, 'amount'));
    const countsNoun = isKind(noun, 'entity') && noun.item.meaning.entity === 'transactions' && joined;
    // ("how much euros was spent": "how much" before the currency, likewise.)
    const howMuchBefore = isKind(counter, 'amount') && DEGREE_WORDS.includes(counter.item.text);
    // ("Total euros paid at airlines", "total dollars": the total of money counted in that currency's own
    // word — not its code, "total USD", nor a noun of payments after, "total euro payments".)
    const totalOf =
      isKind(counter, 'total') &&
      next(p) === i &&
      !countsNoun &&
      !currency.some((v) => v.toLowerCase() === textOf(i));
    if (totalOf) {
      draft.originalAmount = true;
      draft.domain = true;
      return;
    }
    // («Сколько в долларах составили операции в USD»: "how much in dollars" — with "in" between, money
    // whatever noun follows.)
    const inUnit = IN_WORDS.includes(stopBefore(i) ?? '');
    // («Сколько операций в долларах и сколько в евро?»: "how many" said again after "and", once the
    // payments were counted, counts them again — in euros is which payments, not their amount.)
    // («… сколько операций и сколько лир?»: with no "in", the currency's own unit is its money.)
    const countedAgain =
      inUnit &&
      isKind(counter, 'count') &&
      isKind(slots[prev(p)], 'conjunction') &&
      slots.some((o, j) => {
        const noun = slots[next(j)];
        return (
          j < prev(p) &&
          isKind(o, 'count') &&
          isKind(noun, 'entity') &&
          noun.item.meaning.entity === 'transactions'
        );
      });
    if (
      ((isKind(counter, 'count') && counter.item.meaning.strength === 'weak') || howMuchBefore) &&
      !counter.used &&
      !countedAgain &&
      (!countsNoun || inUnit)
    ) {
      counter.used = true;
      draft.originalAmount = true;
      draft.domain = true;
      // ("… were paid in USD transactions": the payments the money was paid in, named after it.)
      if (isKind(noun, 'entity') && noun.item.meaning.entity === 'transactions' && !joined && !noun.used)
        noun.used = true;
      // ("… dollars in total were paid …": the total is of the money counted, nothing else.)
      for (const o of slots.slice(i + 1, k)) if (isKind(o, 'total')) o.used = true;
      // («орташа төлем қанша сом болды?», the average payment was how many som: the average's unit.)
      if (!slots.some((o) => isKind(o, 'aggregate') || isKind(o, 'check')))
        draft.measures.push({ fn: 'sum' });
      return;
    }
    // "their total in dollars": the total of the amounts, in that currency.
    // («ср. сумма ECOM в долларах», «Сколько потратили в Грузии в лари»: values of the payments may
    // stand between the amount and "in"; a noun of payments ends it — "the average amount of
    // transactions in USD" is of the USD transactions, in tenge.)
    let m = p;
    const paymentValue = (x: Slot | undefined) =>
      isKind(x, 'value') && x.item.meaning.column !== 'transaction_currency';
    while (paymentValue(slots[m])) m = prev(m);
    // («Сколько заплатили в Грузии в лари»: "how much" with a verb of paying after it asks for money.)
    const counted = slots[m];
    const howMuchPaid =
      isKind(counted, 'count') &&
      counted.item.meaning.strength === 'weak' &&
      MONEY_VERBS.includes(slots[m + 1]?.item.text ?? '');
    const amountWord = isAmountWord(slots[m]) || isKind(slots[m], 'total') || howMuchPaid;
    const amountNumber = slots[p]?.item.kind === 'number' && slots[p]!.used;
    // Kazakh puts the currency first, in the instrumental: «юаньмен орташа сома» = average amount in yuan.
    // («доллардағы 95-перцентилі»: the percentile's number between; «сумдағы (UZS) орташа сомасы»: the
    // currency restated.)
    const restated = (x: Slot | undefined) =>
      isKind(x, 'value') && x.item.meaning.values.join() === currency.join();
    let a = next(i);
    while ((slots[a]?.item.kind === 'number' && isKind(slots[next(a)], 'aggregate')) || restated(slots[a]))
      a = next(a);
    // («юаньмен ECOM сомасы», the ECOM amount in yuan: the kinds of payment the amount is of may stand
    // between — before the amount's own noun, not a noun of payments.)
    let kinds = a;
    while (isKind(slots[kinds], 'value')) kinds = next(kinds);
    if (kinds !== a && isAmountWord(slots[kinds])) a = kinds;
    // («лариімен ең үлкен төлем», the largest payment in lari: a superlative of the size of a payment.)
    const sizeWord = slots[a];
    const sizeAfter =
      isKind(sizeWord, 'superlative') && !sizeWord.item.meaning.impliesCount && isCountedNoun(slots[next(a)]);
    const amountAfter =
      isAmountWord(slots[a]) || (isKind(slots[a], 'total') && isAmountWord(slots[next(a)])) || sizeAfter;
    // «еуромен … сомасы» (the amount in euro), also in the locative: «еуродағы жалпы сомасы», «долларда
    // орташа сомасы» (it was the average in tenge).
    const instrumental = [
      ...KAZAKH_INSTRUMENTAL_ENDINGS,
      ...KAZAKH_LOCATIVE_ENDINGS,
      ...KAZAKH_LOCATIVE_CASE,
    ].some((end) => textOf(i).endsWith(end));
    // Kazakh «сомасы долларда» (its amount, in dollars): the locative after the amount; before it,
    // «долларда қанша сома болды» (how much was the amount in dollars), "how much" may stand between.
    const locative =
      KAZAKH_LOCATIVE_CASE.some((end) => textOf(i).endsWith(end)) && !textOf(i).endsWith('дағы');
    const asked = slots[next(i)];
    const howMuch = isKind(asked, 'count') && asked.item.meaning.strength === 'weak';
    // («ең ірі онлайн төлем лирада қанша болды», the largest online payment, in lira, how much: the size
    // of one payment before, its values between.)
    let payment = p;
    while (isKind(slots[payment], 'value')) payment = prev(payment);
    let sized = isKind(slots[payment], 'entity') ? prev(payment) : -1;
    while (isKind(slots[sized], 'value')) sized = prev(sized);
    const size = slots[sized];
    const sizeOfOne =
      isKind(size, 'aggregate') || (isKind(size, 'superlative') && !size.item.meaning.impliesCount);
    const locativeAmount =
      locative && (amountWord || (howMuch && (isKind(slots[next(next(i))], 'amount') || sizeOfOne)));
    // «Грузиядағы транзакциялар лариімен қанша болды?» (the transactions in Georgia, in lari, how much
    // were they): "how much" right after the currency in the instrumental, no noun counted after it —
    // their total in that currency. («лариімен қанша транзакция» counts them.)
    // («Түркияда лирамен қанша жұмсалды?», how much was spent in lira: the verb of spending after it
    // is the sum's own word.)
    const spentAfter = isKind(slots[next(next(i))], 'amount');
    const howMuchIn =
      howMuch &&
      !asked.used &&
      KAZAKH_INSTRUMENTAL_ENDINGS.some((end) => textOf(i).endsWith(end)) &&
      !isCountedNoun(slots[next(next(i))]) &&
      (spentAfter || !slots.some((o) => isKind(o, 'amount') || isKind(o, 'aggregate') || isKind(o, 'check')));
    if (howMuchIn) {
      asked.used = true;
      draft.originalAmount = true;
      if (!spentAfter) draft.measures.push({ fn: 'sum' });
      return;
    }
    // «самая крупная операция в Китае в юанях», «95-й перцентиль суммы онлайн-покупок в долларах», "the
    // largest payment in Turkey, in lira": the currency's own unit word (not its code: "transactions
    // in USD" are the USD ones) after "in", at the end of what is asked, with money asked, is the unit.
    const unitWord = !currency.some((v) => v.toLowerCase() === textOf(i));
    const asksMoney = slots.some(
      (o) =>
        isKind(o, 'amount') ||
        isKind(o, 'total') ||
        isKind(o, 'check') ||
        isKind(o, 'aggregate') ||
        (isKind(o, 'superlative') && !o.item.meaning.impliesCount && !MOST_WORDS.includes(o.item.text)),
    );
    // (Only a period may follow before the clause ends: «в долларах за 2026 год» — its year not read yet;
    // and the currency restated: «в сумах (UZS) за 2026 год».)
    const year = (k: number) => {
      const item = slots[k]!.item;
      return (
        item.kind === 'number' && Number.isInteger(item.value) && item.value >= 1990 && item.value <= 2100
      );
    };
    // («в лари за всё время»: all the time; «в юанях по месяцам»: a breakdown by a period.)
    const byPeriod = (k: number) => isKind(slots[k], 'groupBy') && isKind(slots[next(k)], 'timeUnit');
    // ("… payment in dollars in 2025, USD payments only": the currency restated with its payments and
    // "only" — it was taken for the payments' filter and the amount summed in tenge.)
    const restatedPayments = (k: number) => isPaymentsNoun(slots[k]) && restated(slots[prev(k)]);
    const onlyRestated = (k: number) =>
      isKind(slots[k], 'only') &&
      (restated(slots[prev(k)]) || restatedPayments(prev(k)) || restated(slots[next(k)]));
    let n = next(i);
    while (
      n >= 0 &&
      !slots[n]!.item.clauseBefore &&
      (isPeriodWord(slots[n]) ||
        restatedPayments(n) ||
        onlyRestated(n) ||
        isKind(slots[n], 'timeUnit') ||
        isKind(slots[n], 'allTime') ||
        byPeriod(n) ||
        year(n) ||
        restated(slots[n]) ||
        // («… в долларах в Шымкенте за 2026»: where, too.)
        isPlaceValue(slots[n]))
    )
      n = next(n);
    // («в лирах: весь 2025 год и 2026 год …»: a clause mark right after it ends what is asked.)
    const ends = n < 0 || slots[n]!.item.clauseBefore === true || slots[i + 1]?.item.clauseBefore === true;
    // («сумма в тенге по операциям в долларах»: with the tenge named, the currency picks the payments.)
    const inTenge = slots.some((o) => isKind(o, 'currencyUnit') && TENGE_UNIT.test(o.item.text));
    if (unitWord && IN_WORDS.includes(stopBefore(i) ?? '') && asksMoney && ends && !inTenge) {
      draft.originalAmount = true;
      return;
    }
    // «долларлық сомасы» (the dollar amount): the adjective right before the amount word ("dollar
    // transactions", «долларлық транзакциялар», stay a filter).
    // (…and English "(yuan amount)", "the euro amount": the currency said right before the amount word.)
    // («долларлық жалпы сомасы», the dollar total amount: a total word may stand between.)
    const amountNext =
      isKind(slots[i + 1], 'amount') || (isKind(slots[i + 1], 'total') && isKind(slots[i + 2], 'amount'));
    // («лари сомасы», «юань сомасы»: the currency's noun before the amount in the possessive is its unit.)
    const possessed = /(сы|сі)$/.test(textOf(i + 1));
    // ("TRY volume in KZT": the tenge said right after the amount is its unit — the currency picks the
    // payments; it showed both amounts.)
    const amountAt = isKind(slots[i + 1], 'amount') ? i + 1 : i + 2;
    const tengeAfter =
      IN_WORDS.includes(stopBefore(next(amountAt)) ?? '') &&
      isKind(slots[next(amountAt)], 'currencyUnit') &&
      TENGE_UNIT.test(textOf(next(amountAt)));
    const adjective =
      (/(лық|лік)$/.test(textOf(i)) || /^[a-z ]+$/.test(textOf(i)) || possessed) &&
      amountNext &&
      next(i) === i + 1 &&
      !tengeAfter;
    // «сомасы юаньмен қанша» (its amount in yuan, how much): the instrumental right after the amount —
    // unless a noun follows it («сомасы, юаньмен төлемдер…»: the payments made in yuan).
    // (…or the dative: «орташа сомасы сомға (KGS)», the average amount in som.)
    // («орташа төлем еуромен қанша», the average payment in euros: an aggregate of the payments is
    // the size of one, an amount too.)
    const aggregatePayment =
      isKind(slots[p], 'entity') &&
      slots[p]!.item.meaning.entity === 'transactions' &&
      isKind(slots[prev(p)], 'aggregate');
    const instrumentalAfter =
      (amountWord || aggregatePayment) &&
      [...KAZAKH_INSTRUMENTAL_ENDINGS, ...KAZAKH_DATIVE_ENDINGS].some((end) => textOf(i).endsWith(end)) &&
      !isKind(slots[next(i)], 'entity');
    if (
      (amountWord && IN_WORDS.includes(stopBefore(i) ?? '')) ||
      instrumentalAfter ||
      amountNumber ||
      (amountAfter && instrumental) ||
      locativeAmount ||
      adjective
    )
      draft.originalAmount = true;
    // "the average online purchase in US dollars — the dollar amount itself, not tenge", "how many
    // payments were above 1,000 lira (counting the lira amount, not tenge)": the currency's amount
    // beside another measure says which amount is meant; it is not a sum asked for as well.
    const said = slots[i + 1];
    // (a count of payments: "how many card payments"; «сомасы қанша», how much is the amount, is none)
    const nounAfter = (k: number) => {
      let n = next(k);
      n = pastValues(n);
      return isCountedNoun(slots[n]);
    };
    const otherMeasure = slots.some(
      (o, k) =>
        o !== said && (isKind(o, 'aggregate') || isKind(o, 'check') || (isKind(o, 'count') && nounAfter(k))),
    );
    if (adjective && isKind(said, 'amount') && otherMeasure && !isKind(slots[prev(i)], 'conjunction'))
      said.used = true;
  });
  // "sum of transaction_amount_kzt and the sum in euros", "count, sum of original_amount, sum of
  // transaction_amount_kzt": the tenge column named too — both amount columns, as "the total in the
  // original currency and the total in tenge" are (complete-frame.ts asks back where a plan can hold
  // only one).
  const tenge = slots.find((s) => isKind(s, 'amount') && s.item.text.endsWith('kzt'));
  if (draft.originalAmount && tenge) {
    draft.bothAmounts = true;
    tenge.used = true;
  }
});
