import { detectLanguage } from './detect-language.js';
import { type Filter, type Frame, isAmountFilter, isTimeDimension } from './frame.js';
import { type Item, lexItems } from './lexicon.js';
import type { Meaning } from './meaning.js';
import { tokenize } from './tokenize.js';
import {
  CONTEXT_JOINERS,
  CORRECTION_OPENERS,
  DECLINED_NO_WORDS,
  PURPOSE_FOR,
  PURPOSE_OPENERS,
  RELATIVE_OPENERS,
  REQUEST_WORDS,
  SIGN_OFF_WORDS,
} from './vocabulary/index.js';

/**
 * A question that opens or ends with context about who asks and why ("ecom team saw a dip and wants to
 * check - weekly ecom txn count in november", «банкоматтарға лимит қоймақпыз, сондықтан …», "…? Risk
 * wants it for the threshold review"). The clause of context has words the vocabulary does not know,
 * so the whole question is asked back; the rest is a whole question of its own.
 *
 * The context may be left out only when leaving it out changes nothing the plan would have said:
 *   - it has at least two words the vocabulary does not know or knows as saying who asks or why
 *     (a lead-in, not a condition), or only words of the latter kind ("Treasury:", «Для отчёта:»);
 *   - every value it names (a bank, a channel, a country…) is also a filter of the answer;
 *   - a period it names is overridden by the answer's own period;
 *   - it names nothing else that carries meaning (a measure's aggregate, a ranking, a share, a
 *     negation, a comparison, cards or customers, a request such as "show"): such a clause is never
 *     set aside;
 *   - with a word the vocabulary does not know, it has three words or more ("Corporate segment." may
 *     be a condition).
 */
/** One clause set aside: before the answered part (a lead-in) or after it (an aside). */
export interface ContextPart {
  /** The part set aside, as written. */
  text: string;
  /** It opens the message. */
  leading: boolean;
  /** It ends the message after a dash: a signature ("…? — Dana, Strategy"). */
  signature?: true;
  /**
   * No clause mark sets it apart at both ends — it stands between two commas inside the question
   * ("provide, for the board pack, the total …") or follows it with no comma (« … для ежемесячной
   * справки»): it must say who asks or why, and measure nothing.
   */
  unmarked?: true;
}

export interface ContextSplit {
  /** The part that is answered. */
  question: string;
  /** The parts set aside, in the message's order: a lead-in, an aside after, or both. */
  parts: readonly ContextPart[];
}

/**
 * The answered part ends a sentence, or thanks, and then a dash: what follows signs the message
 * ("…? — Dana", "Thanks — Timur", «Рахмет! — Айгерім»). A dash after a bare clause ("Turnover by
 * city — corporate") may add a condition and is not a signature.
 */
const SIGNED_OFF = new RegExp(`(?:[?!.…]|(?:^|\\s)(?:${SIGN_OFF_WORDS.join('|')})[!.,]?)\\s*[-‐‑‒–—]$`, 'iu');

/** Most words a signature holds: a name and a team ("— Aigerim, Risk", «— Ерлан, аналитика»). */
const MAX_SIGNATURE_WORDS = 4;

/** Where a question may be cut: after a clause mark, or before a joiner ("so", «сондықтан»). */
function cutPoints(question: string): number[] {
  const cuts: number[] = [];
  for (const m of question.matchAll(/[,.?!:;]\s+|\s[-‐‑‒–—]\s/g)) cuts.push(m.index + m[0].length);
  const words = new RegExp(`(?:^|\\s)(${CONTEXT_JOINERS.join('|')})\\s`, 'giu');
  for (const m of question.matchAll(words)) cuts.push(m.index + m[0].length);
  // («Белсенді клиенттер базасын бағалау мақсатында …», «Онлайн-арнаның жүктемесін бағалау үшін …»: a
  // Kazakh purpose, a verbal noun then "for" / "with the aim of", ends a lead-in with no comma.)
  for (const m of question.matchAll(KAZAKH_PURPOSE_END)) cuts.push(m.index + m[0].length);
  return [...new Set(cuts)].filter((c) => c > 0 && c < question.length).sort((a, b) => a - b);
}

/**
 * Where what the question is for may start after it with no comma: before a word that may open it
 * («… в разрезе городов для ежемесячной справки …», "… as a single figure for the regional slide").
 */
function purposeCuts(question: string): number[] {
  const purposes = new RegExp(`\\s(?:${PURPOSE_OPENERS.join('|')})\\s`, 'giu');
  return [...question.matchAll(purposes)]
    .map((m) => m.index + 1)
    .reverse()
    .slice(0, MAX_CUTS);
}

/**
 * A Kazakh verbal noun (-у, -ю) and «үшін» / «мақсатында» after it: "in order to …"; or any noun before
 * «үшін», "for …" («Директорлар кеңесіне арналған материалдар үшін …», for the board's materials).
 */
const KAZAKH_PURPOSE_END = /[\p{L}-]+(?:[ую]\s+(?:үшін|мақсатында)|\s+үшін)\s/giu;

/** Cuts tried at each end: a lead-in or an aside is a few clauses ("Hello, colleagues! I'm new, …"), not the whole question. */
const MAX_CUTS = 5;

/** The part after cut `c`, set aside at the end (with a signature when a dash signs it off). */
function trailingPart(question: string, from: number, c: number): { answer: string; part: ContextPart } {
  const answer = question.slice(from, c).trim();
  const text = question.slice(c).trim();
  // (The dash may open the part set aside: "…? — Dana" is cut after the question mark.)
  const dash = /^[-‐‑‒–—]\s/.exec(text)?.[0].trim() ?? '';
  const signature = SIGNED_OFF.test(`${answer} ${dash}`.trim());
  return { answer, part: { text, leading: false, ...(signature ? { signature } : {}) } };
}

/**
 * The candidate splits, shortest context first: a lead-in, then an aside after, then both ("I'm new
 * here and preparing a slide. What was …? No need for a chart.").
 */
export function contextSplits(question: string): ContextSplit[] {
  const splits: ContextSplit[] = [];
  const cuts = cutPoints(question);
  const leads = cuts.slice(0, MAX_CUTS);
  const trails = [...cuts].reverse().slice(0, MAX_CUTS);
  for (const c of leads) {
    const answer = question.slice(c).trim();
    const text = question.slice(0, c).trim();
    if (answer && text) splits.push({ question: answer, parts: [{ text, leading: true }] });
  }
  for (const c of trails) {
    const { answer, part } = trailingPart(question, 0, c);
    if (answer && part.text) splits.push({ question: answer, parts: [part] });
  }
  for (const c of purposeCuts(question)) {
    const { answer, part } = trailingPart(question, 0, c);
    if (answer && part.text) splits.push({ question: answer, parts: [{ ...part, unmarked: true }] });
  }
  // ("Could you please provide, for the purposes of the board pack, the total turnover for 2025?": an
  // aside between two commas inside the question, the rest read as one.)
  const commaAt = (c: number) => /,\s*$/.test(question.slice(0, c));
  for (const a of leads) {
    const b = cuts[cuts.indexOf(a) + 1];
    if (b === undefined || !commaAt(a) || !commaAt(b)) continue;
    const text = question.slice(a, b).replace(/[,\s]+$/, '');
    const answer = `${question.slice(0, a).replace(/[,\s]+$/, '')} ${question.slice(b)}`.trim();
    if (text && answer) splits.push({ question: answer, parts: [{ text, leading: false, unmarked: true }] });
  }
  for (const l of leads)
    for (const t of trails) {
      if (t <= l) continue;
      const lead = question.slice(0, l).trim();
      const { answer, part } = trailingPart(question, l, t);
      if (lead && answer && part.text)
        splits.push({ question: answer, parts: [{ text: lead, leading: true }, part] });
    }
  return splits;
}

/** Meanings a context clause may hold without changing the answer (checked against the frame below). */
const HARMLESS: ReadonlySet<Meaning['kind']> = new Set<Meaning['kind']>([
  'stop',
  // "… the effect of the holiday": a named day says when only beside its dates
  'occasion',
  'conjunction',
  'greeting',
  'destructive',
  'groupBy',
  'currencyUnit',
  'aside',
  'purpose',
  // ("(base = all banks' ECOM turnover that month)": the question's own period, said again)
  'periodSaid',
]);

/**
 * What a clause quoting someone else's figure may hold besides it: its comparison, unit and percent sign
 * ("over 7k", «около 10%»), and the question word that asks for the real one («Какой на самом деле?»).
 */
const CLAIMED: ReadonlySet<Meaning['kind']> = new Set<Meaning['kind']>([
  'comparator',
  'multiplier',
  'share',
  'grammaticalNumber',
  // ("Is that right?", «это верно?»: "that" is the figure quoted, not an earlier answer.)
  'followUp',
]);

/** "This" / "it" (the answer itself) in a clause after the question that says what it is for. */
const THIS_WORDS: readonly string[] = ['this', 'it', 'это', 'бұл', 'осы'];

/** Meanings a word may have as the name of a team or a document, right before its noun. */
const MODIFIERS: ReadonlySet<Meaning['kind']> = new Set<Meaning['kind']>([
  'bucket',
  'dayPart',
  'columnWord',
  'entity',
  'weekdayFilter',
  'notHeld',
  'dimension',
]);

const TIME: ReadonlySet<Meaning['kind']> = new Set<Meaning['kind']>([
  'timeUnit',
  'relativeDay',
  'period',
  'periodModifier',
  'monthName',
  'quarterName',
  'halfName',
  'seasonName',
  'ordinal',
]);

function frameFilters(frame: Frame): Filter[] {
  return [...frame.filters, ...(frame.share?.subset ?? [])];
}

function echoed(m: Meaning, frame: Frame): boolean {
  if (m.kind === 'value' || m.kind === 'notValue')
    return frameFilters(frame).some(
      (f) => f.kind === 'values' && f.column === m.column && m.values.some((v) => f.values.includes(v)),
    );
  if (m.kind === 'presence')
    return frameFilters(frame).some((f) => f.kind === 'presence' && f.column === m.column);
  if (m.kind === 'columnWord')
    return (
      (frame.dimensions as readonly string[]).includes(m.column) ||
      frameFilters(frame).some((f) => 'column' in f && f.column === m.column)
    );
  if (m.kind === 'dimension') return frame.dimensions.includes(m.dimension);
  // ("For the board deck I need the monthly picture for Pavlodar. … month by month …": the breakdown the
  // answer makes anyway.)
  if (m.kind === 'bucket') return frame.dimensions.includes(m.dimension);
  // ("I'm building a trend chart …", "— the partnership team needs the trend": the timeline the answer
  // is anyway.)
  // («Для слайда с годовой динамикой прошу …: ноябрь 2026 в сравнении с ноябрём 2025»: or the two periods
  // the answer compares.)
  if (m.kind === 'timeOrder') return frame.dimensions.some(isTimeDimension) || frame.compare !== null;
  return false;
}

/**
 * A word that says who asks or why (asides.ts); also "PM" with no hour before it ("Wallet PM:"), a
 * product manager rather than the afternoon.
 */
function saysWhoAsks(items: readonly Item[], at: number): boolean {
  const item = items[at]!;
  if (at === 0 && saysWhatFor(items)) return true;
  if (item.kind !== 'meaning') return false;
  if (item.meaning.kind === 'aside' || item.meaning.kind === 'purpose') return true;
  return item.meaning.kind === 'clock' && item.meaning.marker === 'pm' && items[at - 1]?.kind !== 'number';
}

/**
 * "It's for the analytics memo.", «Это нужно для настройки лимитов.»: "this" /
 * "it" opens the clause and "for" follows it with only stop words between — what the answer is for.
 */
function saysWhatFor(items: readonly Item[]): boolean {
  if (!THIS_WORDS.includes(items[0]?.text ?? '')) return false;
  const forAt = items.findIndex((i, k) => k > 0 && i.kind === 'stop' && PURPOSE_FOR.includes(i.text));
  return forAt > 0 && items.slice(1, forAt).every((i) => i.kind === 'stop');
}

/** The clause's items, when it could be context at all (checked before the rest is interpreted). */
export function contextItems(context: string, signature = false, unmarked = false): Item[] | null {
  const items: Item[] = lexItems(tokenize(context), undefined, { kazakh: detectLanguage(context) === 'kk' });
  // (Not set apart by clause marks, only a clause that says who asks or why and measures nothing: "acq
  // country CN" or «сондай-ақ нарықтағы … саны» between commas, "for the corporate segment" after the
  // question, are parts of what is asked.)
  if (unmarked) {
    const measures = (i: Item) =>
      i.kind === 'meaning' && ['count', 'amount', 'aggregate', 'share'].includes(i.meaning.kind);
    if (!items.some((_, at) => saysWhoAsks(items, at)) || items.some(measures)) return null;
  }
  // A signature after a dash at the end ("…? — Dana, Strategy", «Спасибо! — Данияр»): a name and a
  // team, no word of which the vocabulary reads as anything but who asks.
  if (
    signature &&
    items.length <= MAX_SIGNATURE_WORDS &&
    items.some((i) => i.kind === 'unknown') &&
    items.every((i, at) => i.kind === 'unknown' || saysWhoAsks(items, at))
  )
    return items;
  // (A named day outside the question, "… after New Year", says no more than an unknown word.)
  const unknown = items.filter(
    (i) => i.kind === 'unknown' || (i.kind === 'meaning' && i.meaning.kind === 'occasion'),
  ).length;
  const asides = items.filter((_, at) => saysWhoAsks(items, at)).length;
  // Words known to say who asks or why ("Treasury:", «Есеп үшін:», "compliance asks:") make a lead-in
  // of any length; with only words the vocabulary does not know, two words ("Corporate segment.")
  // may well be a condition: a lead-in or an aside is longer.
  if (unknown === 0 || asides > 0) return asides > 0 ? items : null;
  return unknown < 2 || items.length < 3 ? null : items;
}

/** What a word of apology may take back: a value, a period or a number ("— sorry, October 2026"). */
const CORRECTED_VALUES: ReadonlySet<Meaning['kind']> = new Set<Meaning['kind']>([
  'value',
  'notValue',
  'presence',
  'weekdayFilter',
  'dimension',
]);

function isCorrected(item: Item): boolean {
  if (item.kind === 'number' || item.kind === 'date') return true;
  if (item.kind !== 'meaning') return false;
  const k = item.meaning.kind;
  // (A period's words, but not "this" or "first" alone: «sorry if this is a basic one».)
  return CORRECTED_VALUES.has(k) || (TIME.has(k) && k !== 'periodModifier' && k !== 'ordinal');
}

/** Whether the clause may be set aside, given its items and the frame the rest of the question makes. */
export function isContext(items: readonly Item[], frame: Frame, leading = false): boolean {
  const timed = frame.time !== null || frame.compare !== null;
  // ("How many rows, where both the wallet and the entry mode are empty?": a clause that opens with
  // "where" / «где» / «у которых» is a condition on what is asked, never context.)
  if (!leading && items[0]?.kind === 'stop' && RELATIVE_OPENERS.includes(items[0].text)) return false;
  // ("…, no split by city needed": a clause that says no to something is never set aside.)
  if (
    items.some(
      (i) => DECLINED_NO_WORDS.includes(i.text) || (i.kind === 'meaning' && i.meaning.kind === 'negation'),
    )
  )
    return false;
  // ("…? Someone said over 7k.", «Говорят, около 10%.», «Есепте 4 млн деп тұр.»: a figure someone else
  // gave, with its comparison, unit and percent sign, is what the answer checks — not a condition.)
  const claimed = items.some((i) => i.kind === 'meaning' && i.meaning.kind === 'aside' && i.meaning.claim);
  // ("Kaspi clients complain about QR —", «ForteBank клиенттері банкоматқа шағымданды —»: the clients of a
  // complaint are those who complained, no figure asked of them.)
  const complained = items.some(
    (i) => i.kind === 'meaning' && i.meaning.kind === 'aside' && i.meaning.complaint,
  );
  // ("… in November 2026 — sorry, October 2026?": a word of apology before what carries meaning takes
  // back what was said, never context; only as a clause of doubts and apologies is it set aside.)
  const apology = items.some((i) => CORRECTION_OPENERS.includes(i.text));
  if (apology && items.some(isCorrected)) return false;
  return items.every((item, at) => {
    // ("…? Give me their phone numbers.": a clause that asks for something is a request, not context.)
    if (item.kind === 'stop') return !REQUEST_WORDS.includes(item.text);
    if (item.kind === 'unknown') return true;
    // A year ("the 2025 review") when the answer has a period of its own; any other number may be a
    // limit or an amount.
    if (item.kind === 'date') return timed;
    if (item.kind === 'number') return claimed || (timed && item.value >= 1990 && item.value <= 2100);
    const m = item.meaning;
    if (claimed && CLAIMED.has(m.kind)) return true;
    if (HARMLESS.has(m.kind)) return true;
    if (complained && m.kind === 'entity') return true;
    // A newcomer's lead-in (or an aside after the question) says what the answer says again: «Делаю
    // список крупнейших городов» before a
    // ranking, «Меня попросили сравнить два банка» before two set side by side, "night-time cash
    // activity" before a count of the hours 00:00–05:59, «Ірі төлемдерді зерттеп жүрмін» before a
    // condition on the amount, «белсенді клиенттер» before a count of cards — only with a word saying
    // who asks or why in the clause.
    const says = items.some((_, k) => saysWhoAsks(items, k));
    // ("the acquiring team", "for their monthly call", «для утренней сводки», «Эквайринг бөліміне керек»:
    // a word right before the word of a team or a document names which one — the data's words there (a
    // period's rhythm, a part of the day, a column) change nothing asked. Not a value: "Bank CenterCredit
    // asked about its footprint" is about that bank's cards.)
    // ("Marketing is planning weekend promos": or of an occasion.)
    // ("the annual merchant review": modifiers may stand in a row before it.)
    let nounAt = at + 1;
    const modifier = (x: Item | undefined) => x?.kind === 'meaning' && MODIFIERS.has(x.meaning.kind);
    while (modifier(items[nounAt]) && !items[nounAt]!.clauseBefore) nounAt++;
    const named = items[nounAt];
    const occasion = named?.kind === 'meaning' && named.meaning.kind === 'occasion';
    if (
      says &&
      named &&
      !named.clauseBefore &&
      (saysWhoAsks(items, nounAt) || occasion) &&
      MODIFIERS.has(m.kind)
    )
      return true;
    // ("…. Это для заявки на новые банкоматы.", "It's for the quarterly deck."): after the question,
    // "this" / "it" in a clause saying what for is the answer itself, no earlier one.
    if (says && !leading && m.kind === 'followUp' && THIS_WORDS.includes(item.text)) return true;
    if (says) {
      // ("… asked me to check one figure with you: what was the total …": the single figure asked.)
      if (m.kind === 'listMode') return m.mode === 'together' && frame.dimensions.length === 0;
      if (m.kind === 'superlative') return frame.order !== null || frame.limit !== null;
      if (m.kind === 'compare' && !m.change)
        return (
          frame.compare !== null || frame.sideBySide === true || frame.dimensions.includes('group_split')
        );
      if (m.kind === 'sizeWord') return frameFilters(frame).some(isAmountFilter);
      if (m.kind === 'dayPart') return frameFilters(frame).some((f) => f.kind === 'hours');
      if (m.kind === 'entity' && m.entity !== 'transactions')
        return frame.measures.some((x) => x.fn === 'count_distinct' && x.column === 'card_key');
      if (m.kind === 'halfWord') return timed;
      // («…, поскольку председатель просил привести именно медиану», «…, поскольку промежуточные итоги
      // года будут рассматриваться …»: the figure the answer computes anyway, said again in why it is
      // asked — but "…, because we need the median" before a count is a request.)
      if (m.kind === 'aggregate') return frame.measures.some((x) => x.fn === m.fn);
      if (m.kind === 'total') return frame.measures.some((x) => x.fn === 'sum');
      // («Банктердің нарықтағы орнын көрсететін слайд үшін …»: the slide "showing" it — a verb of showing
      // right before the document's word, not a request of its own.)
      if (m.kind === 'listVerb') return items[at + 1] !== undefined && saysWhoAsks(items, at + 1);
    }
    // A measure word in a lead-in the answer computes anyway ("the turnover review: …"); one it does
    // not («просим предоставить количество операций, общую сумму …» cut after the count) is the request.
    // (After the question, "— risk wants to know how much is still out there", it is commentary when it
    // says who asks; with no one named, ": number and value in tenge" is what is asked for.)
    const commentary = !leading && items.some((_, k) => saysWhoAsks(items, k));
    if (m.kind === 'count')
      return commentary || frame.measures.some((x) => x.fn === 'count' || x.fn === 'count_distinct');
    if (m.kind === 'amount')
      return commentary || frame.measures.some((x) => x.fn !== 'count' && x.fn !== 'count_distinct');
    // ("… wants to check - …": "check" there is the verb.)
    if (m.kind === 'check') return true;
    // Transactions, but never cards or customers: «карта номерлерін көрсетіңіз, …» is the request
    // itself (refused), not context. A request verb ("show") likewise.
    if (m.kind === 'entity') return m.entity === 'transactions';
    // "to" with no number after it; a column's name with no "by" before it ("for online shopping").
    if (m.kind === 'comparator') return m.weak;
    if (saysWhoAsks(items, at)) return true;
    // "YoY for the board: … October 2026 vs October 2025": a comparison the answer makes anyway.
    // (…but a change asked for after the question, "…, plus the change in p.p.", that the answer does
    // not show is part of the request.)
    if (m.kind === 'compare')
      return frame.compare !== null && (leading || m.change !== true || frame.compare.output !== 'both');
    // "management asks about our share, …": a share the answer computes anyway.
    if (m.kind === 'share') return frame.share !== null;
    // «к обеду» (by lunch): "к" with no number before it is the preposition, not thousands.
    if (m.kind === 'multiplier') return items[at - 1]?.kind !== 'number';
    // (…but not the column of values the answer lists, "Kaspi and Halyk monthly …, a column per bank":
    // each one apart may be what is asked.)
    const listed = frameFilters(frame).some(
      (f) => f.kind === 'values' && m.kind === 'dimension' && f.column === m.dimension && f.values.length > 1,
    );
    if (
      m.kind === 'dimension' &&
      !listed &&
      !items.some((x) => x.kind === 'meaning' && x.meaning.kind === 'groupBy')
    )
      return true;
    // ("…, faster grower first.": "first" with no period after it asks for an order, never context;
    // «во второй половине дня» names a period.)
    if (m.kind === 'ordinal') {
      const period = (x: Item | undefined) =>
        x?.kind === 'meaning' &&
        ((TIME.has(x.meaning.kind) && x.meaning.kind !== 'ordinal') || x.meaning.kind === 'halfWord');
      return timed && (period(items[at + 1]) || period(items[at + 2]));
    }
    if (TIME.has(m.kind)) return timed;
    return echoed(m, frame);
  });
}
