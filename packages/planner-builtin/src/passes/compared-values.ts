import type { Draft, DraftFilter } from '../draft.js';
import { ENUM_VALUES, type EnumColumn, splitOf } from '../frame.js';
import {
  ADDING_WORDS,
  ALL_OF_THEM,
  AS_ROWS_WORDS,
  BEAT_VERBS,
  BOTH_SHOWN_WORDS,
  CHANGE_ASKED,
  EACH_GROUP_WORDS,
  HOME_VALUES,
  KAZAKH_ABLATIVE,
  KAZAKH_REST,
  MINUS_WORDS,
  MORE_THAN_WORDS,
  PLUS_WORDS,
  PREDICATE_COMPARATORS,
  REST_WITH,
  REST_WORDS,
  ROW_PER_WORDS,
  SIDE_ROW_WORDS,
  TENGE_UNIT,
  THAN_WORDS,
  TOO_WORDS,
} from '../vocabulary/index.js';
import { cursor } from './cursor.js';
import {
  addFilter,
  definePass,
  insideBrackets,
  isCardsNoun,
  isKind,
  isPaymentsNoun,
  meaningOf,
  numberOf,
  type Reading,
  type Slot,
  saysFall,
  valuesHeadingEnd,
} from './reading.js';

/** "than", «чем», «қарағанда», alone or ending a phrase. */
const saysThan = (text: string) => THAN_WORDS.some((w) => text === w || text.endsWith(` ${w}`));
/** A "both …" phrase that names amounts: "the two totals", «обе суммы», «екі сома». */
const AMOUNT_OUTPUT = /total|amount|сумм|сома/;

/** Kazakh «пайызы» / «пайызын»: the percent of a whole (possessive), not a percent of change. */
const PART_OF_WHOLE = /пайыз(ы|ын|ды)?$/;

/** A word for percent: "in percent", «в процентах», «пайызбен». */
const PERCENT_WORD = /percent|процент|пайыз|%/;

/** A verb that asks for two things compared: "compare", «сравните», «салыстыр». */
const COMPARE_VERB = /^(compare|сравн|салыстыр)/;

/** Whether a percent word follows slot k, with only stop words and words of change between. */
function percentAfter(slots: readonly Slot[], k: number): boolean {
  for (let j = k + 1; j < slots.length && j <= k + 4; j++) {
    const o = slots[j]!;
    if (isKind(o, 'share') && PERCENT_WORD.test(o.item.text)) return true;
    if (o.item.kind !== 'stop' && !isKind(o, 'compare')) return false;
  }
  return false;
}

/**
 * "compare", "vs", «сравни»: with fewer than two periods and a list of values of one column
 * ("Almaty vs Astana"), a breakdown over those values instead of a comparison of periods.
 */
/** Weekday words that name all seven days together ("weekends and weekdays"). */
const everyDay = (f: DraftFilter): boolean =>
  f.filter.kind === 'weekday' && new Set(f.filter.days).size === 7;

export const readComparedValues = definePass((r) => {
  const { slots, draft } = r;
  // "Average vs median amount of …", «средний чек против медианы»: two aggregates set side by side are
  // both asked, as with "and" (it was a comparison with no second period or value: asked back).
  const { next: after, prev: before } = cursor(slots);
  for (const [i, s] of slots.entries()) {
    const between = isKind(slots[before(i)], 'aggregate') && isKind(slots[after(i)], 'aggregate');
    if (!s.used && isKind(s, 'compare') && between)
      slots[i]!.item = { kind: 'meaning', text: s.item.text, meaning: { kind: 'conjunction' } };
  }
  // Kazakh «неше пайызы контактсыз болды» (what percent of them were contactless): the possessive
  // «пайызы» is a part of a whole, a share; «неше пайызға өсті» (grew by how many percent) is the change.
  for (const [i, s] of slots.entries()) {
    if (!isKind(s, 'compareOutput') || s.item.meaning.output !== 'change' || s.used) continue;
    if (!PART_OF_WHOLE.test(s.item.text) || draft.times.length >= 2 || draft.growth) continue;
    slots[i] = { item: { kind: 'meaning', meaning: { kind: 'share' }, text: s.item.text }, used: false };
  }
  // "the change in tenge and in %", «в тенге и в процентах», «теңгемен және пайызбен», "absolute and
  // %": both periods, the difference and the change (it was the change in % only).
  const percentAt = (k: number) => isKind(slots[k], 'share') && PERCENT_WORD.test(slots[k]!.item.text);
  const tengeAt = (k: number) =>
    (isKind(slots[k], 'currencyUnit') && TENGE_UNIT.test(slots[k]!.item.text)) ||
    // ("absolute and %", «в абсолютных и в процентах», «в штуках и в процентах»)
    /^(absolute|абсолютн|штук)/.test(slots[k]?.item.text ?? '');
  const comparison = draft.times.length >= 2 || slots.some((o) => isKind(o, 'compare'));
  const { next, prev } = cursor(slots);
  for (const [i, s] of slots.entries()) {
    if (!comparison || !isKind(s, 'conjunction')) continue;
    const [a, b] = [prev(i), next(i)];
    if (!((tengeAt(a) && percentAt(b)) || (percentAt(a) && tengeAt(b)))) continue;
    s.used = slots[a]!.used = slots[b]!.used = true;
    draft.compareOutput = 'full';
    draft.growth = true;
    if (TENGE_UNIT.test(slots[tengeAt(a) ? a : b]!.item.text)) draft.differenceInTenge = true;
  }
  // "how much did each change in tenge from October to November": the change in tenge is the difference,
  // shown with both periods (it was the change in %).
  for (const [i, s] of slots.entries()) {
    if (!comparison || !isKind(s, 'compare') || s.item.meaning.change !== true) continue;
    const unit = next(i);
    // ("growth in tenge turnover": the tenge before an amount word is that amount's unit.)
    if (!tengeAt(unit) || slots[unit]!.used || slots.some((_, k) => k !== unit && percentAt(k))) continue;
    if (isKind(slots[next(unit)], 'amount')) continue;
    slots[unit]!.used = true;
    draft.compareOutput ??= 'with_difference';
    if (TENGE_UNIT.test(slots[unit]!.item.text)) draft.differenceInTenge = true;
  }
  // «пайыздық өзгерісімен» (with its change in %): the change comes with both periods.
  for (const s of slots) {
    if (!isKind(s, 'compareOutput') || s.item.meaning.output !== 'change' || s.used) continue;
    if (!/(мен|пен|бен)$/.test(s.item.text) || draft.times.length < 2) continue;
    s.used = true;
    draft.growth = true;
  }
  // "both numbers", "the difference", "by what percent": what a comparison of two periods shows.
  // "vs last month + growth %", "…, plus the change in %": the change as well as both periods.
  for (const [i, s] of slots.entries()) {
    if (!isKind(s, 'compareOutput') || s.item.meaning.output !== 'change') continue;
    // ("with YoY change in %": the word of growth between is read past.)
    // ("with the YoY change in %": "the" before the word of growth, too.)
    let b = slots[i - 1]?.item.text === 'the' ? i - 2 : i - 1;
    if (isKind(slots[b], 'compare')) b--;
    if (slots[b]?.item.text === 'the') b--;
    // ("…, with each type's change in %": the groups' own change, each of the rows said between.)
    const groupWord = slots[b];
    if (
      isKind(groupWord, 'dimension') &&
      draft.dimensions.includes(groupWord.item.meaning.dimension) &&
      isKind(slots[b - 1], 'groupBy') &&
      EACH_GROUP_WORDS.includes(slots[b - 1]!.item.text)
    ) {
      slots[b - 1]!.used = true;
      b -= 2;
    }
    const before = slots[b];
    // "… versus the same period last year — and the growth in percent": "and" after a comparison adds
    // the change to both periods, as "plus" does.
    // ("both numbers and the % change" is read below, both outputs named.)
    const bothNamed = slots.some((o) => isKind(o, 'compareOutput') && o.item.meaning.output === 'both');
    // («прошлая неделя и позапрошлая — сумма за каждую и изменение в %»: two periods named compare.)
    // («Прошу сравнить … и указать изменение в процентах»: a request verb may stand between.)
    // («Сравни … и покажи изменение в %»: a verb of showing may stand between, as a request verb does.)
    // ("…, and also show the change in %": "also" too.)
    const word = slots
      .slice(0, i)
      .findLast((o) => o.item.kind !== 'stop' && !isKind(o, 'listVerb') && !TOO_WORDS.includes(o.item.text));
    // ("October vs September, change in %": a comma lists the change after the comparison, as "and";
    // so does a dash, "Oct 2026 vs Oct 2025 — change in %", and a comma before its word of growth,
    // "…, YoY change in %", or after two periods named, «… и за тот же период 2025, изменение в %».)
    // (Not a question of its own after the dash or the periods: "… - by how many percent did it
    // change?", «…, неше пайызға өзгерді?» ask for the change.)
    const compared = slots.slice(0, i).some((o) => isKind(o, 'compare'));
    const asked = CHANGE_ASKED.test(s.item.text);
    // ("оборот 1п 2025 vs 1п 2026 изм%", "q3 2025 vs q3 2026 chg%": typed tersely, the change ending the
    // question right after the periods compared is listed after them too.)
    const period = slots[i - 1];
    const terse =
      !asked &&
      compared &&
      slots.slice(i + 1).every((o) => o.item.kind === 'stop') &&
      period?.used === true &&
      // («эта неделя vs прошлая изм в %»: a relative period too, its unit said or not.)
      (period.item.kind === 'number' ||
        isKind(period, 'monthName') ||
        isKind(period, 'quarterName') ||
        isKind(period, 'periodModifier') ||
        isKind(period, 'timeUnit'));
    // ("… compared with November 2025? Give the change in %.": a request of its own after the comparison,
    // only a verb of giving or showing before the change, lists it too.)
    const clause = slots.slice(0, i + 1).findLastIndex((o) => o.item.clauseBefore === true);
    const ownRequest =
      !asked &&
      clause > 0 &&
      (compared || draft.times.length >= 2) &&
      slots.slice(clause, i).every((o) => o.item.kind === 'stop' || isKind(o, 'listVerb'));
    const listed =
      terse ||
      ownRequest ||
      (s.item.commaBefore === true && compared) ||
      (!asked &&
        (s.item.commaBefore === true ||
          s.item.dashBefore === true ||
          // ("Q3 2026 vs Q3 2025 - YoY change in %": the comma or the dash before its word of growth.)
          (isKind(slots[i - 1], 'compare') &&
            (slots[i - 1]!.item.commaBefore === true || slots[i - 1]!.item.dashBefore === true))) &&
        // («… за прошлый месяц к позапрошлому, изм. в %»: or after a period and the other one said by
        // itself — it was the change alone.)
        (compared || draft.times.length >= 2 || draft.elliptical));
    const andAfterComparison =
      (isKind(before, 'conjunction') || isKind(word, 'conjunction') || listed) &&
      (slots.some((o) => isKind(o, 'compare')) || draft.times.length >= 2 || draft.elliptical) &&
      !bothNamed;
    // "show the percentage change too", «…и изменение в % тоже»
    const after = slots[i + 1]?.item.text ?? '';
    if (!ADDING_WORDS.includes(before?.item.text ?? '') && !andAfterComparison && !TOO_WORDS.includes(after))
      continue;
    s.used = true;
    draft.growth = true;
    // "both numbers plus the % change": both, and the change added to them.
    for (const o of slots) if (isKind(o, 'compareOutput') && o.item.meaning.output === 'both') o.used = true;
  }
  // "show both and the % change": a bare "both" joined to the change is both periods as well.
  for (const [i, s] of slots.entries()) {
    if (!isKind(s, 'compareOutput') || s.item.meaning.output !== 'change' || s.used) continue;
    const both = slots.findIndex((o, k) => k < i && o.item.kind === 'stop' && o.item.text === 'both');
    if (both >= 0 && slots.slice(both + 1, i).some((o) => isKind(o, 'conjunction'))) {
      s.used = true;
      draft.growth = true;
    }
  }
  // "both numbers and the % change": what a comparison shows by default when it is about growth.
  const outputs = new Set(
    slots.flatMap((s) => (isKind(s, 'compareOutput') && !s.used ? [s.item.meaning.output] : [])),
  );
  if (outputs.size === 2 && outputs.has('both') && outputs.has('change')) {
    for (const s of slots) if (isKind(s, 'compareOutput')) s.used = true;
    draft.growth = true;
  }
  // "and on how much percent is the difference": the difference asked in percent is the change
  // ("… and to know by how much it changed in percent": "by how much" then "in percent").
  const inPercent =
    slots.some((o) => isKind(o, 'compareOutput') && o.item.meaning.output === 'change') ||
    slots.some(
      (o, k) =>
        isKind(o, 'compareOutput') && o.item.meaning.output === 'difference' && percentAfter(slots, k),
    );
  // ("both sums, the difference in tenge and the change in %": a difference said in tenge is not one
  // in percent, whatever else is named.)
  const tengeAfter = (k: number) => tengeAt(next(k));
  // ("… vs …, and the difference", "plus the difference", "show both and Kaspi minus Halyk", «қатар
  // қойып, және айырмасы»: a difference added to a comparison comes with the two figures — it was
  // the difference alone.)
  const bareBoth = slots.some((o) => o.item.kind === 'stop' && BOTH_SHOWN_WORDS.includes(o.item.text));
  const beside = comparison || bareBoth || slots.some((o) => isKind(o, 'sideBySide'));
  const addedAt = (k: number) => {
    // (The word before the difference; before "Kaspi minus Halyk", the word before its minuend.)
    const before = slots[MINUS_WORDS.includes(slots[k]!.item.text) ? prev(prev(k)) : prev(k)];
    // ("Kaspi and Halyk: transaction counts and the difference", «операциялар саны және айырмасы»: the
    // figures named, then "and the difference" — both figures with it.)
    const named = slots.some(
      (o, j) => j < k && (isKind(o, 'count') || isKind(o, 'amount') || isKind(o, 'check')),
    );
    const figures = isKind(before, 'conjunction') && named;
    // ("Turnover of Almaty and Astana, one row + difference": a plus right before it adds it to the
    // figures named — the plus is a stop word the cursor passes over; it was the difference alone.)
    const plus = slots[k - 1]?.item.kind === 'stop' && PLUS_WORDS.includes(slots[k - 1]!.item.text);
    return (
      (beside || figures || (plus && named)) &&
      (plus ||
        isKind(before, 'conjunction') ||
        ADDING_WORDS.includes(before?.item.text ?? '') ||
        slots[k]!.item.commaBefore === true ||
        bareBoth)
    );
  };
  for (const [k, s] of slots.entries()) {
    if (!isKind(s, 'compareOutput') || s.used) continue;
    const said = s.item.meaning.output;
    // ("… with the change in percent? 2025 first, then 2026, then the % change.": an output said
    // again in a later sentence restates the first — it cut the two figures away.)
    // (…but a difference added to both figures in it asks more: «… қанша көп болды? Екеуін де, айырмасын
    // да көрсет».)
    // ("Kaspi minus Halyk: the turnover of each bank's cards, together with the difference": after a
    // heading that names the difference by its sign, a difference added to the figures asks for them too.)
    const minusBefore = slots.some(
      (o, j) => j < k && isKind(o, 'compareOutput') && MINUS_WORDS.includes(o.item.text),
    );
    const again =
      !(said === 'difference' && addedAt(k) && (bareBoth || minusBefore)) &&
      slots.some(
        (o, j) =>
          j < k &&
          isKind(o, 'compareOutput') &&
          o.item.meaning.output === said &&
          slots.slice(j + 1, k + 1).some((x) => x.item.clauseBefore === true),
      );
    if (again) {
      s.used = true;
      continue;
    }
    const output = said === 'difference' && addedAt(k) ? 'with_difference' : said;
    if (output !== said) s.used = true;
    // ("the difference and the change in %", «айырмасы және пайызбен өзгерісі»: a difference listed
    // beside a change in % is the one in tenge — both asked, it was the change alone.)
    const listedBeside = slots.some((o, j) => {
      const change =
        (isKind(o, 'compareOutput') && o.item.meaning.output === 'change') ||
        (isKind(o, 'compare') && o.item.meaning.change === true);
      const [from, to] = j > k ? [k, j] : [j, k];
      return (
        change &&
        !percentAfter(slots, k) &&
        slots.slice(from + 1, to + 1).some((x) => isKind(x, 'conjunction') || x.item.commaBefore === true)
      );
    });
    if (output === 'difference' && inPercent && !tengeAfter(k) && !listedBeside) {
      s.used = true;
      // (Said only so, the change in %; a comparison asked for shows both periods with it.)
      if (!slots.some((o) => isKind(o, 'compareOutput') && o.item.meaning.output === 'change')) {
        for (const o of slots) if (isKind(o, 'share') && PERCENT_WORD.test(o.item.text)) o.used = true;
        if (slots.some((o) => isKind(o, 'compare') && COMPARE_VERB.test(o.item.text))) draft.growth = true;
        else draft.compareOutput = 'change';
      }
      continue;
    }
    // "just the two totals", «екі соманы»: the amounts are what is compared.
    if (output === 'both' && AMOUNT_OUTPUT.test(s.item.text) && draft.measures.length === 0) {
      draft.measures.push({ fn: 'sum' });
      draft.domain = true;
    }
    if (output === 'difference' && tengeAfter(k) && !slots[next(k)]!.used) slots[next(k)]!.used = true;
    // "both numbers and the difference", «обе суммы, разница в тенге и изменение в %», «екі сан және
    // айырмасы»: outputs named together are shown together (they were asked back).
    if (draft.compareOutput !== undefined && draft.compareOutput !== output) {
      const merged = mergedOutputs(draft.compareOutput, output);
      if (merged === null) continue; // coverage asks back
      for (const [j, o] of slots.entries()) if (j <= k && isKind(o, 'compareOutput')) o.used = true;
      draft.compareOutput = merged;
      continue;
    }
    draft.compareOutput = output;
    if (MINUS_WORDS.includes(s.item.text)) draft.minuendFirst = true;
    if (MORE_THAN_WORDS.includes(s.item.text) && slots.some((o) => saysThan(o.item.text)))
      draft.minuendFirst = true;
  }
  // («обе суммы, разница в тенге и изменение в %»: the change in % read as added to both figures, beside a
  // difference in tenge, is all three — it was the difference and both alone.)
  // (…or the change said with its percent after it: «айырмасы … және өзгеріс пайызбен».)
  const changeNamed = slots.some((o) => isKind(o, 'compareOutput') && o.item.meaning.output === 'change');
  // (…or with the percent before it: «айырмасы және пайызбен өзгерісі».)
  const percentChange = slots.some(
    (o, k) =>
      isKind(o, 'compare') &&
      o.item.meaning.change === true &&
      (isKind(slots[k + 1], 'share') || isKind(slots[k - 1], 'share')),
  );
  if (
    ((changeNamed && draft.growth) || percentChange) &&
    (draft.compareOutput === 'difference' || draft.compareOutput === 'with_difference')
  ) {
    draft.compareOutput = 'full';
    for (const o of slots)
      if (isKind(o, 'compareOutput') && o.item.meaning.output === 'difference') o.used = true;
  }
  // "which had more active cards, Kaspi or Halyk", "were there more withdrawals in Q2 or Q3", «где выше
  // средний чек — в выходные или в будни»: "more" with no number after it, between two periods or
  // values named, asks for both to be compared.
  const twoNamed =
    draft.times.length >= 2 ||
    twoDaysNamed(slots, draft) ||
    draft.dimensions.includes('weekend') ||
    draft.dimensions.includes('hour_split') ||
    draft.filters.some(
      (f) => (f.filter.kind === 'values' && !f.filter.negated && f.filter.values.length >= 2) || everyDay(f),
    );
  // (Kazakh puts it after, with no number before it: «… қарағанда көп», «Kaspi-ден асты ма».)
  const more = slots.filter(
    (s, k) =>
      isKind(s, 'comparator') &&
      !s.used &&
      !s.item.meaning.weak &&
      (!s.item.meaning.after || slots[prev(k)]?.item.kind !== 'number') &&
      (s.item.meaning.op === '>' || s.item.meaning.op === '<'),
  );
  if (twoNamed && more.length === 1) {
    more[0]!.used = true;
    // ("busier": what is compared is how many transactions.)
    const m = meaningOf(more[0]);
    // ("Was 28 Nov busier than 27 Nov?": the word is about payments even with no other word of them.)
    if (m?.kind === 'comparator' && m.busy) draft.hasEntity = draft.domain = true;
  }
  // ("Which bank's turnover fell the most from August to September?": "fell" is a stop word that,
  // with two periods and no share, says how the figure changed.)
  const fell = draft.times.length >= 2 && saysFall(slots);
  draft.compare =
    fell ||
    slots.some((s) => isKind(s, 'compare')) ||
    draft.compareOutput !== undefined ||
    draft.growth === true ||
    (twoNamed && more.length === 1);
  // "weekends vs weekdays", «в выходные и в будни», «жұмыс күндері мен демалыс күндері»: one row each
  // (named together they leave every day, which nobody asks for as one number).
  // (A period said again in brackets, "summer 2026 (June–August)", is one period.)
  const periods = new Set(draft.times.map((t) => JSON.stringify(t))).size;
  if (periods < 2 && readTwoDays(slots, draft)) return;
  const days = draft.filters.findIndex((f) => everyDay(f) && periods < 2);
  if (days >= 0) {
    draft.filters.splice(days, 1);
    if (!draft.dimensions.includes('weekend')) draft.dimensions.unshift('weekend');
    // «демалыс күндері және жұмыс күндері бөлек» (separately): a row each is what the split gives.
    for (const s of slots) if (isKind(s, 'listMode') && s.item.meaning.mode === 'each') s.used = true;
    draft.comparedValues = draft.compare;
    setAgainstEachOther(slots, draft);
    return;
  }
  if (draft.times.length < 2 && readRest(slots, draft)) return;
  // "domestic vs abroad", «в тенге и в иностранной валюте»: values and everything but them, named
  // together, split every row in two — a row each (as one number they would leave nothing).
  readTengeAgainstForeign(r);
  const split = complementPair(draft.filters);
  if (split && draft.times.length < 2) {
    draft.filters = draft.filters.filter((f) => f !== split.named && f !== split.rest);
    draft.dimensions.unshift('group_split');
    // The named values' row is labelled with them; the rest is 'foreign' when the values are the home
    // country or currency ("abroad", «валютными», «шетелдік»: one label in every language and case),
    // 'other' otherwise.
    const home = split.values.length === 1 && HOME_VALUES.includes(split.values[0]!);
    draft.split = {
      column: split.column,
      values: split.values,
      labels: [split.values.join(', '), home ? 'foreign' : 'other'],
    };
    draft.comparedValues = draft.compare;
    return;
  }
  // «с кошельком и без кошелька», "with and without a wallet": the payments with one and those
  // without, a row each (as one number they would leave nothing).
  const withOne = draft.filters.find(
    (f) => f.role === 'auto' && f.filter.kind === 'presence' && f.filter.present,
  );
  const without = draft.filters.find(
    (f) =>
      f.role === 'auto' &&
      f.filter.kind === 'presence' &&
      !f.filter.present &&
      withOne?.filter.kind === 'presence' &&
      f.filter.column === withOne.filter.column,
  );
  if (withOne?.filter.kind === 'presence' && without && draft.times.length < 2) {
    const column = withOne.filter.column;
    draft.filters = draft.filters.filter((f) => f !== withOne && f !== without);
    draft.dimensions.unshift('group_split');
    const said = (present: boolean) =>
      slots.find((x) => {
        const m = meaningOf(x);
        return m?.kind === 'presence' && m.column === column && m.present === present;
      })?.item.text;
    // (Every value of the column is "with one"; the payments with none are the rest.)
    draft.split = {
      column,
      values: [...ENUM_VALUES[column]],
      labels: [said(true) ?? said(false)?.replace(/^without/, 'with') ?? 'with', said(false) ?? 'without'],
    };
    draft.comparedValues = draft.compare;
    return;
  }
  // "weekend vs weekday — which brought in more": the split is the comparison.
  if (draft.compare && draft.dimensions.includes('weekend')) {
    draft.comparedValues = true;
    return;
  }
  if (slots.some((s) => isKind(s, 'compare') && s.item.meaning.change)) draft.growth = true;
  if (setAgainstEachOther(slots, draft)) return;
  // (With groups asked for, a period set against the same one a year before is what is compared:
  // «Какая категория дала наибольший прирост покупок (POS и ECOM) … к тому же периоду прошлого года»
  // keeps its two types as one filter — they were rows within each category.)
  const yearBefore = (draft.yearAgo === true || draft.samePeriod === true) && draft.dimensions.length > 0;
  // («Тараз бен Ақтөбе: ECOM операцияларының үлесі», "Almaty and Astana, ECOM share": values heading a
  // share question are the groups each share is taken in, as "vs" sets them — the share of the two
  // cities among ECOM payments was never meant.)
  const headedShare = valuesHeadingEnd(slots) >= 0 && slots.some((s) => isKind(s, 'share'));
  if (!(draft.compare || headedShare) || draft.times.length >= 2 || yearBefore) return;
  const compared = draft.filters.find(
    (f) => f.filter.kind === 'values' && !f.filter.negated && f.filter.values.length >= 2,
  );
  // ("Year-to-date card spending (POS, ECOM and bill payments) against the same period last year": values
  // in brackets right after the figure's word say which payments it is of — with the period set against
  // the same one a year before, the periods are what is compared; the values were a row each.)
  const glossed =
    compared?.filter.kind === 'values' &&
    slots.some(
      (x, k) =>
        isKind(x, 'value') &&
        compared.filter.kind === 'values' &&
        x.item.meaning.column === compared.filter.column &&
        x.item.bracketBefore === true &&
        (isPaymentsNoun(slots[k - 1]) || isKind(slots[k - 1], 'amount')),
    );
  if (glossed && (draft.yearAgo === true || draft.samePeriod === true)) return;
  // («Оборот покупок POS+ECOM с начала года в сравнении с тем же периодом прошлого года»: values joined by
  // a plus are one set of payments, summed — never set against each other; they were a row per type.)
  // ("ATM vs purchases (POS + ECOM)": a plus inside one side of a comparison still compares the sides.)
  const plussed = new Set<string>();
  slots.forEach((s, k) => {
    const [x, y] = [meaningOf(slots[k - 1]), meaningOf(slots[k + 1])];
    if (
      PLUS_WORDS.includes(s.item.text) &&
      x?.kind === 'value' &&
      y?.kind === 'value' &&
      x.column === y.column
    )
      for (const v of [...x.values, ...y.values]) plussed.add(v);
  });
  const allPlussed =
    compared?.filter.kind === 'values' && compared.filter.values.every((v) => plussed.has(v));
  if (compared && compared.filter.kind === 'values' && !allPlussed) {
    const { column } = compared.filter;
    // "ATM withdrawals vs P2P transfers", «снятий или переводов P2P»: a thing compared that is several
    // values (transfers both ways) is one row, set against the other — not a row per value.
    const groups = comparedGroups(slots, column, compared.filter.values);
    if (groups && draft.dimensions.length === 0) {
      draft.filters = draft.filters.filter((f) => f !== compared);
      draft.filters.push({ ...compared, filter: { ...compared.filter, values: [...groups.flat()] } });
      draft.dimensions.unshift('group_split');
      const label = (g: readonly string[]) => g.join(', ');
      draft.split = { column, values: [...groups[0]], labels: [label(groups[0]), label(groups[1])] };
      draft.comparedValues = true;
      return;
    }
    if (!draft.dimensions.includes(column)) draft.dimensions.unshift(column);
    draft.comparedValues = true;
    return;
  }
  // "MCC 7399 vs MCC 6051": codes compared, a row each.
  const codes = draft.filters.find(
    (f) => f.filter.kind === 'ids' && !f.filter.negated && f.filter.values.length >= 2,
  );
  if (codes?.filter.kind === 'ids') {
    if (!draft.dimensions.includes(codes.filter.column)) draft.dimensions.unshift(codes.filter.column);
    draft.comparedValues = true;
  }
});

/**
 * The two things compared when one of them is several values of the column ("P2P transfers" are
 * P2P_IN and P2P_OUT): the values each word named, in the question's order. Null when the words
 * name each one value, more or fewer than two things, or things that overlap (a word narrowing
 * the one before it, «переводы P2P_OUT», is read by the value filters).
 */
function comparedGroups(
  slots: readonly Slot[],
  column: string,
  listed: readonly string[],
): [readonly string[], readonly string[]] | null {
  const groups: string[][] = [];
  for (const [k, s] of slots.entries()) {
    const m = meaningOf(s);
    if (!s.used || m?.kind !== 'value' || m.column !== column) continue;
    const values = m.values.filter((v) => listed.includes(v));
    if (values.length === 0) continue;
    // ("ATM cash outflow vs purchases (POS + ECOM)": values added up with a plus are one thing.)
    const plus = slots[k - 1];
    const last = groups.at(-1);
    if (last && isKind(plus, 'conjunction') && plus.item.text === '+') {
      for (const v of values) if (!last.includes(v)) last.push(v);
      continue;
    }
    const same = groups.find((g) => g.length === values.length && g.every((v) => values.includes(v)));
    if (same) continue;
    if (groups.some((g) => g.some((v) => values.includes(v)))) return null;
    groups.push(values);
  }
  if (groups.length !== 2 || groups.every((g) => g.length === 1)) return null;
  if (groups.flat().length !== listed.length) return null;
  return [groups[0]!, groups[1]!];
}

type Output = NonNullable<Draft['compareOutput']>;

/** What each output of a comparison shows: the two figures, their difference, the change in %. */
const OUTPUT_PARTS: Record<Output, readonly ('both' | 'difference' | 'change')[]> = {
  both: ['both'],
  difference: ['difference'],
  change: ['change'],
  with_difference: ['both', 'difference'],
  full: ['both', 'difference', 'change'],
};

/**
 * Two outputs named for one comparison, as one: the difference beside the change in % is all of it
 * (both figures too), beside both figures both and the difference. Null for both figures and the
 * change, which the growth reading settles before.
 */
function mergedOutputs(a: Output, b: Output): Output | null {
  const parts = new Set([...OUTPUT_PARTS[a], ...OUTPUT_PARTS[b]]);
  if (parts.has('difference') && parts.has('change')) return 'full';
  if (parts.has('difference') && parts.has('both')) return 'with_difference';
  return null;
}

/**
 * Whether a "than" sets one thing against another: "than", «чем», «қарағанда», or the Kazakh ablative
 * right before a comparator said after («Halyk айналымы Kaspi-ден асты ма?», «… Алматыдан көп болды
 * ма?», «… Kaspi Bank айналымынан жоғары», «Apple Pay-мен төлегендерден көп пе» — those who paid with it).
 */
function thanSaid(slots: readonly Slot[]): boolean {
  // ("bigger than" is one comparator phrase; «больше, чем» two words.)
  const than = saysThan;
  const ablativeThan = (x: Slot, k: number) =>
    isKind(x, 'comparator') &&
    x.item.meaning.after === true &&
    slots[k - 1]?.item.kind !== 'number' &&
    KAZAKH_ABLATIVE.test(slots[k - 1]?.item.text ?? '') &&
    // («жексенбідегі … сенбідегіден аз болды ма?»: a day of the week likewise.)
    (isKind(slots[k - 1], 'value') ||
      isKind(slots[k - 1], 'weekdayFilter') ||
      isKind(slots[k - 2], 'value') ||
      isKind(slots[k - 1], 'amount') ||
      (slots[k - 1]?.item.kind === 'stop' && [2, 3].some((d) => isKind(slots[k - d], 'value'))));
  // («шот төлемдерінен (BILL_PAYMENT) көп»: the value restated in brackets between.)
  const restatedThan = (x: Slot, k: number) =>
    isKind(x, 'comparator') &&
    x.item.meaning.after === true &&
    isKind(slots[k - 1], 'value') &&
    isKind(slots[k - 2], 'value') &&
    KAZAKH_ABLATIVE.test(slots[k - 2]!.item.text);
  // «Превышает ли средний платёж через Google Pay средний платёж через Apple Pay», "Did Kaspi's
  // turnover exceed Halyk's?": a verb of exceeding with no number of its own sets one against the other.
  const exceeds = (x: Slot, k: number) =>
    isKind(x, 'comparator') &&
    PREDICATE_COMPARATORS.includes(x.item.text) &&
    !slots.slice(k + 1).some((y) => y.item.kind === 'number' && !y.used);
  // («Алматы тратит больше Астаны?»: Russian sets the second thing in the genitive right after the
  // comparator, the first named before it — a value of the same column.)
  const genitiveThan = (x: Slot, k: number) => {
    const after = slots[k + 1];
    if (!isKind(x, 'comparator') || x.item.meaning.after === true || !isKind(after, 'value')) return false;
    const { column } = after.item.meaning;
    if (column !== 'merchant_city' && column !== 'issuer_bank_name') return false;
    if (slots.slice(k + 2).some((y) => y.item.kind === 'number' && !y.used)) return false;
    return slots.slice(0, k).some((y) => isKind(y, 'value') && y.item.meaning.column === column);
  };
  return slots.some(
    (x, k) =>
      than(x.item.text) || ablativeThan(x, k) || restatedThan(x, k) || exceeds(x, k) || genitiveThan(x, k),
  );
}

/** A comparator with no number of its own ("busier", «больше», Kazakh «көп» with none before it). */
function comparingSaid(slots: readonly Slot[]): boolean {
  const nextWord = (k: number) => slots.slice(k + 1).find((x) => x.item.kind !== 'stop');
  return slots.some(
    (x, k) =>
      isKind(x, 'comparator') &&
      !x.item.meaning.weak &&
      nextWord(k)?.item.kind !== 'number' &&
      (!x.item.meaning.after || slots[k - 1]?.item.kind !== 'number'),
  );
}

/** Two days of the week, each named by a word of its own («сенбі мен жексенбі», "Saturday … Sunday"). */
function twoDaysNamed(slots: readonly Slot[], draft: Draft): boolean {
  const dayWords = slots.filter(
    (s) => isKind(s, 'weekdayFilter') && s.item.meaning.days.length === 1 && s.used,
  );
  const filter = draft.filters.find((f) => f.filter.kind === 'weekday');
  return dayWords.length === 2 && filter?.filter.kind === 'weekday' && new Set(filter.filter.days).size === 2;
}

/**
 * "Is Saturday busier than Sunday?", «2026 жылы бейсенбіде жұмаға қарағанда аз транзакция болды ма?»,
 * «сенбі мен жексенбі бөлек-бөлек»: two days of the week, each named by a word of its own and compared
 * (or asked separately) — a row for each day; set against each other with "than", a column each. (They
 * were one number over both days, or asked back.)
 */
function readTwoDays(slots: readonly Slot[], draft: Draft): boolean {
  if (!twoDaysNamed(slots, draft)) return false;
  const separately = slots.filter((s) => isKind(s, 'listMode') && s.item.meaning.mode === 'each');
  // («жұма мен сенбі, қатар қойып»: side by side asks for them set against each other.)
  // («Сенбі мен жексенбі: …, бір жолға»: in one row, a column each, as side by side.)
  const beside = slots.some((s) => isKind(s, 'sideBySide') || isKind(s, 'oneRow'));
  // («Суббота и воскресенье: оборот за 2026 год»: two days heading the question, set off by a colon or a
  // dash, are a row each, as values said so are.)
  const days = slots.flatMap((s, k) => (isKind(s, 'weekdayFilter') ? [k] : []));
  const last = days.at(-1) ?? -1;
  const heading =
    days.length === 2 &&
    slots.slice(0, days[0]).every((s) => s.item.kind === 'stop') &&
    slots
      .slice(days[0], last)
      .every((s, k) => k === 0 || isKind(s, 'conjunction') || s.item.kind === 'stop') &&
    slots[last + 1]?.item.clauseBefore === true;
  if (!draft.compare && separately.length === 0 && !beside && !heading) return false;
  if (draft.dimensions.length > 0 || draft.share) return false;
  for (const s of separately) s.used = true;
  draft.dimensions.unshift('weekday');
  draft.compare = true;
  draft.comparedValues = true;
  if ((thanSaid(slots) && comparingSaid(slots)) || beside) draft.sideBySide = true;
  return true;
}

/**
 * "Almaty vs all other cities", «Алматы против остальных городов», «Kaspi и остальные банки»: the values
 * named set against every other value of their column — the split, a row each ("in one row", a column
 * each). The column is the one whose word follows the rest word, or the only one named.
 */
function readRest(slots: readonly Slot[], draft: Draft): boolean {
  const { next, prev, stopBefore } = cursor(slots);
  // (A stop phrase of the rest, "the rest of the country", is the rest too.)
  const at = slots.findIndex((s) => (!s.used || s.item.kind === 'stop') && REST_WORDS.includes(s.item.text));
  if (at < 0) return false;
  const said = slots[next(at)];
  // (Set against the values by "vs", «против», "and", «мен» right before it — "Services (Other)
  // category" names one category — and of the column whose word follows, "other cities", or of the
  // value before, "Kaspi vs the rest"; not "other payments in Almaty".)
  // ("Kaspi Bank cards versus the cards of all the other banks": the side's noun, "of all" before it.)
  let against = prev(at);
  const sideWords: number[] = [];
  while (
    (isPaymentsNoun(slots[against]) || isCardsNoun(slots[against]) || isKind(slots[against], 'shareBase')) &&
    !slots[against]!.used
  ) {
    sideWords.push(against);
    against = prev(against);
  }
  // ("compare Kaspi Bank with the other banks", «сравнить оборот Kaspi Bank с остальными банками»: "with"
  // after a value, in a question that compares.)
  const withRest =
    sideWords.length === 0 &&
    REST_WITH.includes(stopBefore(at) ?? '') &&
    isKind(slots[against], 'value') &&
    slots.some((x) => isKind(x, 'compare'));
  if (!withRest && !isKind(slots[against], 'compare') && !isKind(slots[against], 'conjunction')) return false;
  // (Kazakh «басқа» sets the rest against the value only before its column's word: «коммуналдық және
  // басқа шоттарды төлеу» are other bills.)
  if (KAZAKH_REST.includes(slots[at]!.item.text) && !isKind(said, 'dimension')) return false;
  const before = slots[withRest ? against : prev(against)];
  const column = isKind(said, 'dimension')
    ? said.item.meaning.dimension
    : isKind(before, 'value')
      ? before.item.meaning.column
      : null;
  if (column === null) return false;
  const named = draft.filters.filter(
    (f) =>
      f.role !== 'subset' && f.filter.kind === 'values' && !f.filter.negated && f.filter.column === column,
  );
  const only = named.length === 1 ? named[0] : undefined;
  if (only?.filter.kind !== 'values') return false;
  const f = only.filter;
  slots[at]!.used = true;
  for (const k of sideWords) slots[k]!.used = true;
  readSideRows(slots, column, f.values);
  if (isKind(said, 'dimension')) {
    said.used = true;
    draft.dimensions = draft.dimensions.filter((d) => d !== column);
  }
  // ("all other cities combined": the rest as one group, which it is.)
  const together = slots[next(next(at))];
  if (isKind(together, 'listMode') && together.item.meaning.mode === 'together') together.used = true;
  // («басқа қалалардың барлығы», all the other cities: the rest, all of it.)
  if (isKind(said, 'dimension') && isKind(together, 'total') && ALL_OF_THEM.includes(together.item.text))
    together.used = true;
  // ("a row each", «по строке на каждую сторону», «әрқайсысы бөлек жолда»: the rows the split gives.)
  for (const s of slots)
    if (isKind(s, 'listMode') && s.item.meaning.mode === 'each' && !s.used) s.used = true;
  draft.filters = draft.filters.filter((x) => x !== only);
  draft.dimensions.unshift('group_split');
  // (The rest labelled "other", as the values are by their stored names: «остальных» is no label.)
  draft.split = splitOf(f, f.values.length, [f.values.join(', '), 'other']);
  draft.comparedValues = draft.compare;
  return true;
}

/**
 * "one row for Kaspi and one for the rest", «строка для Алматы и строка для остальных»: a row said for
 * each side of the split, which it gives.
 */
function readSideRows(slots: readonly Slot[], column: string, values: readonly string[]): void {
  const { next } = cursor(slots);
  const side = (s: Slot | undefined) =>
    s !== undefined &&
    (REST_WORDS.includes(s.item.text) ||
      (isKind(s, 'value') &&
        s.item.meaning.column === column &&
        s.item.meaning.values.every((v) => values.includes(v))));
  slots.forEach((s, i) => {
    const row = isKind(s, 'oneRow') || SIDE_ROW_WORDS.includes(s.item.text) || numberOf(s) === 1;
    const j = next(i);
    if (!row || !side(slots[j])) return;
    s.used = true;
    slots[j]!.used = true;
  });
}

/**
 * "KZT vs foreign-currency transactions", «операции в тенге по сравнению с валютными», «теңгемен және
 * шетел валютасымен»: the tenge set against payments in a foreign currency names the payments in tenge
 * (it was the unit of the amount, and the comparison had one side).
 */
function readTengeAgainstForeign(r: Reading): void {
  const { slots } = r;
  const { next, prev } = cursor(slots);
  const foreign = (k: number) => {
    const m = meaningOf(slots[k]);
    return m?.kind === 'notValue' && m.column === 'transaction_currency' && m.values.includes('KZT');
  };
  slots.forEach((s, i) => {
    if (s.used || !isKind(s, 'currencyUnit') || !TENGE_UNIT.test(s.item.text)) return;
    const joined = (k: number) => isKind(slots[k], 'compare') || isKind(slots[k], 'conjunction');
    // («теңгедегі операциялар мен валюталық операциялар», "tenge payments and foreign-currency payments":
    // the noun of the payments may follow the tenge.)
    const payments = (k: number) =>
      isKind(slots[k], 'entity') && slots[k]!.item.meaning.entity === 'transactions';
    const after = payments(next(i)) ? next(next(i)) : next(i);
    const against = (joined(after) && foreign(next(after))) || (joined(prev(i)) && foreign(prev(prev(i))));
    if (!against) return;
    s.used = true;
    addFilter(r, { kind: 'values', column: 'transaction_currency', negated: false, values: ['KZT'] }, i);
  });
}

/** Whether the question asks for a row per value of the column: "one row per city", "cities as rows". */
function rowsAsked(slots: readonly Slot[], column: string): boolean {
  const { next, prev } = cursor(slots);
  const ofColumn = (s: Slot | undefined) => isKind(s, 'dimension') && s.item.meaning.dimension === column;
  return slots.some(
    (s, k) =>
      (isKind(s, 'groupBy') && ROW_PER_WORDS.includes(s.item.text) && ofColumn(slots[next(k)])) ||
      (isKind(s, 'groupBy') && AS_ROWS_WORDS.includes(s.item.text) && ofColumn(slots[prev(k)])),
  );
}

/** Values of a column and the same values excluded, both among the filters (not a share's part). */
function complementPair(
  filters: readonly DraftFilter[],
): { named: DraftFilter; rest: DraftFilter; column: EnumColumn; values: string[] } | null {
  for (const named of filters) {
    const f = named.filter;
    if (f.kind !== 'values' || f.negated || named.role !== 'auto') continue;
    const rest = filters.find(
      (x) =>
        x.role === 'auto' &&
        x.filter.kind === 'values' &&
        x.filter.negated &&
        x.filter.column === f.column &&
        x.filter.values.length === f.values.length &&
        x.filter.values.every((v) => f.values.includes(v)),
    );
    if (rest) return { named, rest, column: f.column, values: [...f.values] };
  }
  return null;
}

/**
 * "Were there more contactless payments at Kaspi than at Halyk?", "Is the average outgoing transfer
 * bigger than the average incoming?", «… в Алматы больше, чем в Астане?»: one value set against the
 * other, as two columns of one row — the two figures that decide it, side by side ("which had more,
 * Kaspi or Halyk" names no side and stays a row each). Not for shares, nor with two periods.
 */
function setAgainstEachOther(slots: readonly Slot[], draft: Draft): boolean {
  // "Median POS ticket, Almaty vs Astana — side by side please", «у Kaspi и у Halyk, рядом», «… қатар
  // қойып көрсет»: two values asked side by side are set so too (they were a row each, or one figure
  // over both).
  // («Kaspi Bank и Halyk Bank, двумя числами»: "as two numbers" of two values, not of two periods.)
  // ("Almaty and Astana — distinct cards last month, in one row", «в одну строку», «бір жолға»: two
  // values in one row are a column each; together, «вместе», they are one figure.)
  const together = slots.some((x) => isKind(x, 'listMode') && x.item.meaning.mode === 'together');
  const besideAsked = slots.some(
    (x) =>
      isKind(x, 'sideBySide') ||
      (isKind(x, 'oneRow') && !together) ||
      (isKind(x, 'compareOutput') && x.item.meaning.output === 'both' && draft.times.length < 2),
  );
  // ("Kaspi and Halyk: both numbers and the difference", "Kaspi minus Halyk", «разница между Каспи и
  // Халыком»: the difference of two values is of the two set side by side.)
  // ("Did outgoing P2P exceed incoming?": a verb of exceeding alone asks which is larger — the two
  // figures decide it, as "more than" does; "by how much did … exceed …" is the difference.)
  const exceedingOnly = slots.every(
    (x) =>
      !isKind(x, 'compareOutput') ||
      x.item.meaning.output !== 'difference' ||
      PREDICATE_COMPARATORS.includes(x.item.text),
  );
  const difference =
    draft.times.length < 2 &&
    !exceedingOnly &&
    (draft.compareOutput === 'difference' || draft.compareOutput === 'with_difference')
      ? draft.compareOutput
      : undefined;
  // ("Did ForteBank beat Jusan Bank on turnover?", «Алматы обогнала Астану?»: a verb of one exceeding
  // the other decides it as "more than" does.)
  const beat = slots.some((x) => isKind(x, 'compare') && BEAT_VERBS.includes(x.item.text));
  if ((!besideAsked && !thanSaid(slots) && !beat && !difference) || draft.times.length >= 2) return false;
  // ("Contactless share of POS payments, Shymkent vs Almaty, side by side": a share within each of two
  // values asked side by side is a column each, as a figure is.)
  if ((draft.share || slots.some((x) => isKind(x, 'share'))) && !besideAsked) return false;
  const comparing = comparingSaid(slots) || beat;
  // «в выходные выше, чем в будни»: the weekend split, its two sides as columns.
  if (
    comparing &&
    draft.dimensions.length === 1 &&
    (draft.dimensions[0] === 'weekend' || draft.dimensions[0] === 'hour_split')
  ) {
    draft.sideBySide = true;
    draft.compare = true;
    draft.comparedValues = true;
    return true;
  }
  // (Numbers of an id column too, "MCC 5812 vs MCC 5814, side by side", when no words name a pair and
  // no weekday split is asked: «MCC 5732 и 5045: средний чек онлайн и в магазинах, рядом» sets online
  // against in-store within the two codes.)
  // («Оборот покупок (POS+ECOM) в выходные и в будни, двумя числами»: a list added up, or restating a
  // noun in brackets beside a weekend split, is no pair — the split is.)
  // («Оборот покупок (POS и ECOM) в Караганде и в Павлодаре — в одну строку»: the list in brackets
  // right after the payments' noun says which payments, beside another pair — the cities are the pair.)
  const twoValueLists = draft.filters.filter(
    (f) => f.filter.kind === 'values' && !f.filter.negated && f.filter.values.length === 2,
  ).length;
  const glossesNoun = (column: string) =>
    twoValueLists > 1 &&
    slots.some(
      (x, k) =>
        isKind(x, 'value') &&
        x.item.meaning.column === column &&
        x.item.bracketBefore === true &&
        isPaymentsNoun(slots[k - 1]),
    );
  const restated = (column: string) =>
    (draft.dimensions.includes('weekend') &&
      slots.some(
        (x, k) => isKind(x, 'value') && x.item.meaning.column === column && insideBrackets(slots, k),
      )) ||
    glossesNoun(column);
  const twoOf = (kind: 'values' | 'ids') =>
    draft.filters.find(
      (f) =>
        f.filter.kind === kind &&
        !f.filter.negated &&
        f.filter.values.length === 2 &&
        !(
          f.filter.kind === 'values' &&
          (draft.combined?.includes(f.filter.column) || restated(f.filter.column))
        ),
    )?.filter;
  // ("Kaspi and Halyk cards only: MCC 4511 vs MCC 7011, side by side": the codes either side of "vs"
  // are the pair; the two banks only say whose payments.)
  const { next, prev } = cursor(slots);
  const idAt = (k: number) =>
    numberOf(slots[k]) !== null ||
    (isKind(slots[k], 'dimension') &&
      (slots[k]!.item.meaning.dimension === 'merchant_mcc' ||
        slots[k]!.item.meaning.dimension === 'merchant_id'));
  const idsSetAgainst = slots.some((x, k) => isKind(x, 'compare') && idAt(next(k)));
  const pair =
    (idsSetAgainst ? twoOf('ids') : undefined) ??
    twoOf('values') ??
    (draft.dimensions.includes('weekend') ? undefined : twoOf('ids'));
  if (!(comparing || besideAsked || difference) || (pair?.kind !== 'values' && pair?.kind !== 'ids'))
    return false;
  // ("…, side by side, one row per city", "cities as rows": the column asked as the rows is no pair set
  // side by side — it was the columns, the other split the rows.)
  if (pair.kind === 'values' && rowsAsked(slots, pair.column)) return false;
  // ("ForteBank and BCC, monthly counts side by side": a breakdown of another column is the rows.)
  const rows = draft.dimensions.filter((d) => d !== pair.column);
  if (rows.length > 1 || (rows.length === 1 && !besideAsked)) return false;
  // (The difference is the first named minus the second, or the value right before "minus": «Халық пен
  // Каспи …, айырмасы (Каспи минус Халық)» takes Halyk from Kaspi.)
  const minus = slots.findIndex((x) => MINUS_WORDS.includes(x.item.text));
  const minuend = minus >= 0 ? meaningOf(slots[prev(minus)]) : undefined;
  const second = pair.kind === 'values' ? pair.values[1] : undefined;
  const swapped =
    difference !== undefined &&
    minuend?.kind === 'value' &&
    second !== undefined &&
    minuend.values.includes(second);
  const named = swapped && pair.kind === 'values' ? { ...pair, values: [...pair.values].reverse() } : pair;
  draft.dimensions = ['group_split', ...rows];
  draft.split = splitOf(named, 1, [String(named.values[0]), String(named.values[1])]);
  if (difference) draft.sideDifference = difference;
  draft.sideBySide = true;
  draft.compare = true;
  draft.comparedValues = true;
  return true;
}
