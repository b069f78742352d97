import type {
  Dimension,
  Filter,
  GroupCondition,
  Measure,
  PeriodUnit,
  Split,
  Threshold,
  TimeRange,
} from './frame.js';
import { copySplit, type HourSide } from './frame.js';
import type { AmountScale } from './passes/amount-unit.js';
import type { ColumnFirst } from './passes/column-order.js';
import type { RatioDefinition } from './passes/ratio-definitions.js';
import type { ShareBaseSaid } from './passes/share-base.js';

/** Why a question is not (fully) understood; each maps to a message that says what to ask instead. */
export type Issue =
  | { kind: 'unknown_words'; words: string[] }
  | { kind: 'missing_measure' }
  | { kind: 'avg_of_counts' }
  | { kind: 'listing' }
  | { kind: 'per_card' }
  | { kind: 'count_condition' }
  /** "how many cards spent over 300k in total": a condition on each card's total, not on a payment. */
  | { kind: 'card_total_condition' }
  | { kind: 'group_total_condition' }
  | { kind: 'share_of_what' }
  | { kind: 'ambiguous_share' }
  | { kind: 'share_measure' }
  /** "count, amount and share by bank": several figures beside the groups' shares, the share's own not said. */
  | { kind: 'share_which_measure' }
  | { kind: 'compare_missing' }
  | { kind: 'too_many_periods' }
  /** "how many cards was that?", «какая это доля …» with no earlier answer to point back at. */
  | { kind: 'no_previous' }
  /** Two periods that neither form one range nor are compared ("in 2025 since June"). */
  | { kind: 'two_periods' }
  /** A range's end with no start: "until 15 November", «до ноября». */
  | { kind: 'open_end'; word: string }
  /** "last 3 months" without a monthly breakdown: calendar months or a rolling span? */
  | { kind: 'ambiguous_period'; unit: PeriodUnit; n: number }
  /** "average per day": of what — the amount of a transaction, or the daily total? */
  | { kind: 'ambiguous_measure' }
  /** Original-currency amounts summed across currencies. */
  | { kind: 'mixed_currencies' }
  /** "except Kaspi online payments": each excluded, or only the combination? */
  | { kind: 'ambiguous_negation' }
  /** Amount ranges no transaction can meet at once, and not bands from zero up ("under 5k and over 100k"). */
  | { kind: 'exclusive_amounts' }
  /** Amounts asked both in tenge and in the original currency: one answer has one of them. */
  | { kind: 'two_amount_units' }
  /** "the sum of payments in tenge and dollars": both currencies' payments, or the amount in two units? */
  | { kind: 'tenge_or_currency' }
  /** "total for Kaspi and for ECOM": a figure for each condition, or one for both? */
  | { kind: 'separate_conditions' }
  | { kind: 'unsupported'; what: string };

export type FilterRole = 'auto' | 'base' | 'subset';
export interface DraftFilter {
  filter: Filter;
  role: FilterRole;
  /** An amount read from a number of per cent ("above 35%"): its words, for the answer if none takes it. */
  percent?: string;
}

/** What one question says, before it is completed (defaults, follow-up merge) into a frame. */
export interface Draft {
  measures: Measure[];
  dimensions: Dimension[];
  filters: DraftFilter[];
  times: TimeRange[];
  /** "compared to the previous one": the other period is implied. */
  elliptical: boolean;
  compare: boolean;
  /** Two periods joined by "and" / «и» / «және» ("this month and last month"): side by side. */
  periodsJoined: boolean;
  /** Two values of one column were compared ("Almaty vs Astana"): a breakdown, not a period comparison. */
  comparedValues: boolean;
  share: boolean;
  top: { direction: 'asc' | 'desc'; limit: number | null; plural: boolean } | null;
  /**
   * "top 3 categories in each city", «топ-3 категории в каждом городе»: the ranked column; the limit
   * holds within each group of the other dimensions.
   */
  rankedWithin?: Dimension;
  /**
   * "the second-largest category", «места с 3-го по 5-е»: the rows of the ranking before this place are
   * skipped (place 2 is offset 1); with `top`'s limit, the place or the range of places asked.
   */
  topOffset?: number;
  /**
   * "What rank is Shymkent by turnover?", «На каком месте Kaspi среди банков …»: the place of the one
   * value named of the (one) dimension in the ranking of all its groups — the value stays a filter here,
   * and the frame takes it out as `placeOf`; 'figure' when the value's figure is asked too.
   */
  placeOf?: 'place' | 'figure';
  /** Values were listed with "or" («Алматы, Астана немесе Шымкент»): anywhere among them, one set. */
  orList?: boolean;
  hasEntity: boolean;
  /** A value word names transactions of a kind ("withdrawals", «переводы»): with no measure, count them. */
  countable: boolean;
  /** Starts like a continuation: "and yesterday?", «а в Астане?», "now by bank", "only online". */
  followUp: boolean;
  /** Points back at the previous answer ("was that", «это», «… ше?»): never a question of its own. */
  pointsBack?: boolean;
  /**
   * «… среди всех операций этого банка»: the whole of a share named as each group's own rows — a share
   * of each group in all groups cannot be meant (passes/flags.ts, complete-frame.ts).
   */
  ownGroupWhole?: boolean;
  /** Mentions something of the data domain (not only time words). */
  domain: boolean;
  /** Anything at all was understood (domain or time words). */
  anyContent: boolean;
  /** "by amount" / «по количеству» with nothing to rank: a histogram unless a follow-up supplies it. */
  byMeasure: boolean;
  /** An amount in a named currency ("avg amount in EUR", "over 100 USD"): original_amount, not tenge. */
  originalAmount: boolean;
  /**
   * "count, amount in the original currency and amount in KZT": both amount columns asked for, each
   * amount measure shown in both (with originalAmount set).
   */
  bothAmounts?: boolean;
  /** "highest first" after a weekday or hour-of-day breakdown: rows by the measure, not by the day. */
  largestFirst?: boolean;
  /** "Rank the categories by …": every group, in order (no default limit). */
  rankAll?: boolean;
  /** "Is …?", «… ли …», «… ма?»: a question answered yes or no (passes/measure-checks.ts). */
  yesNo?: boolean;
  /** "which wallets appear", «какие валюты встречаются»: the values of the one column, listed. */
  listValues?: boolean;
  /** "each bank's share of …", «доля каждого банка»: the groups own the share (their spread), no part in each. */
  groupsOwnShare?: boolean;
  /** "which cities had not a single payment in lira": the values with none of the payments described. */
  absent?: boolean;
  /** "by wallet, no-wallet payments as their own row": the blank of the breakdown is kept as a row. */
  blankRow?: boolean;
  /** "the last 3 months, the current one included": calendar units, the current and those before it. */
  currentIncluded?: boolean;
  /** "which category grew the most", «қай банкте ең көп азайды»: a ranking of groups by their change. */
  rankByChange?: 'change' | 'difference';
  /** "which cities grew", "only those that fell": the groups kept by the sign of their change. */
  changeSign?: 'up' | 'down';
  /**
   * "Which banks had more transactions in October than in September?": `changeSign` is said of the
   * period named first (it has more), not of the later one — turned round when that one is the earlier.
   */
  changeSignOfFirstSaid?: boolean;
  /** "alphabetically": a breakdown's rows by their labels. */
  alphabetical?: boolean;
  /** "by bank and month": the rows by the other column first, then by the period (passes/breakdown-order.ts). */
  groupsFirst?: boolean;
  /**
   * "sorted by the median", «отсортируйте по сумме»: the measure the rows are ordered by, as the words
   * after name it (an aggregate's function, 'count', 'count_distinct', 'sum', 'share'; null: none
   * named), and the words, for a question asked back when the plan would order by another.
   */
  sortBy?: {
    named: string | null;
    text: string;
    columns?: readonly Dimension[];
    /** Its measure word was read as a measure too ("amount by city, highest count first"). */
    addsMeasure?: true;
    /** The slot of that measure word. */
    at?: number;
  };
  /** The measure (its index, not the first) a breakdown is ordered by, as its sort named it. */
  sortMeasure?: number;
  /** "the distribution of … by hour, in %": each group's share of the whole, never a part in each. */
  spread?: boolean;
  /** "how many …, and what share of all … is that", «саны мен үлесі»: the measure beside its share. */
  shareWithMeasure?: boolean;
  /**
   * "cards that paid in both October and November", "… in November but not in October": the cards of the
   * first period said that also (or never) paid in the second (passes/period-overlap.ts).
   */
  overlap?: { also: boolean };
  /** With several figures beside each group's share: the one the share is of ("… share of turnover"). */
  shareOf?: 'count' | 'sum';
  /** "…, of which …", «в том числе»: the share's total and its part as figures, no percentage. */
  ofWhich?: boolean;
  /** "sorted ascending", «по возрастанию»: a breakdown's rows from the smallest measure up. */
  smallestFirst?: boolean;
  /** Words of context clauses set aside ("For the board deck: …"), named in the answer. */
  context?: string[];
  /** "vs the same month last year": the elliptical comparison is with the period a year earlier. */
  yearAgo?: boolean;
  /** "Jan–Oct 2026 vs the same period of 2025": the second period is the first one, in the year named. */
  samePeriod?: boolean;
  /** "the same month last year" names its unit: alone, it is that month a year ago. */
  yearAgoUnit?: 'month' | 'quarter';
  /** A word for growth or change ("grew", «рост»): a comparison shows the change besides both periods. */
  growth?: boolean;
  /** What a comparison of periods should show, when the question says. */
  compareOutput?: 'both' | 'difference' | 'change' | 'full' | 'with_difference';
  /** The difference was asked in tenge ("the change in tenge and in %"): what is compared is money. */
  differenceInTenge?: true;
  /** Two ranges of hours set against each other ("mornings vs evenings"): the `hour_split` sides. */
  hourSplit?: [HourSide, HourSide];
  /** A period unit said with "each" ("for each month", «әр айдың»), not "by" or "per". */
  eachPeriod?: boolean;
  /** Two named values set side by side with their difference asked ("Kaspi minus Halyk"). */
  sideDifference?: 'difference' | 'with_difference';
  /** "October minus September": the period named first is the one subtracted from. */
  minuendFirst?: boolean;
  /** "Electronics and Clothing combined", «вместе»: the listed values of these columns are one total. */
  combined?: Dimension[];
  /** "rounded to 2 decimals": how many decimals the measures are rounded to. */
  decimals?: number;
  /** "(base = all banks' turnover)", «база — весь оборот»: the share's whole said again (share-base.ts). */
  shareBaseSaid?: ShareBaseSaid;
  /** "City column first", «(сначала 2025)»: the column asked to come first (column-order.ts). */
  columnFirst?: ColumnFirst;
  /** "in millions of tenge", «в тыс. тенге»: the unit the amounts are shown in (amount-unit.ts). */
  amountScale?: AmountScale;
  /** "just the hour", «только номер дня»: the ranking's labels only. */
  labelsOnly?: boolean;
  /** "under 5k, 5–20k, 20k+": the inner boundaries of amount bands (with the `amount_band` dimension). */
  bands?: number[];
  /** The top band was "over X" (strict): X belongs to the band below. */
  bandsTopOver?: boolean;
  /** The count was only implied by a noun ("… of all POS purchases"), not asked for. */
  impliedCount?: boolean;
  /** "add the sum", «сомасын да қос»: in a follow-up, the measures named come beside the last ones. */
  addsMeasures?: boolean;
  /** "as one number", «одной цифрой»: one figure, no rows (in a follow-up, the breakdown is dropped). */
  oneFigure?: boolean;
  /** "the amounts aren't needed", «без разбивки по дням»: the figures and breakdowns declined. */
  declined?: { measures: ('count' | 'sum')[]; dimensions: string[]; words: string[] };
  /** "in tenge", «теңгемен»: the tenge named as the unit of the amounts (in a follow-up, not the original). */
  tengeUnit?: boolean;
  /** «а по всем городам?», "and for all banks?": a follow-up that lifts the previous filter on these columns. */
  widened?: Dimension[];
  /** "side by side", «рядом»: what is set against each other is laid out in columns. */
  sideBySide?: boolean;
  /** "cities with a total over 5 million": a condition on each group's total or count (HAVING). */
  having?: GroupCondition;
  /** "Is the average above 7,000 tenge?": the figure's threshold in a yes/no question (no filter). */
  threshold?: Threshold;
  /** "domestic vs abroad": the values set against the rest (with the `group_split` dimension). */
  split?: Split;
  /** "(turnover ÷ distinct cards)": a ratio spelled out as a division, its words set aside (ratio-definitions.ts). */
  ratioDefinition?: RatioDefinition;
  issues: Issue[];
  flags: {
    destructive: boolean;
    personal: boolean;
    offTopic: boolean;
    forecast?: boolean;
    notHeld?: boolean;
    greeting: boolean;
  };
}

/** Where and when the question is asked: only year-less dates ("in March", "Q2") depend on it. */
export interface InterpretEnv {
  now: Date;
  timeZone: string;
  /** The question ends with a question mark (the tokens keep no punctuation). */
  questionMark?: true;
}

/** A draft that says nothing yet: where the interpretation passes start. */
export function emptyDraft(): Draft {
  return {
    measures: [],
    dimensions: [],
    filters: [],
    times: [],
    elliptical: false,
    compare: false,
    periodsJoined: false,
    comparedValues: false,
    share: false,
    top: null,
    hasEntity: false,
    countable: false,
    followUp: false,
    domain: false,
    anyContent: false,
    byMeasure: false,
    originalAmount: false,
    issues: [],
    flags: { destructive: false, personal: false, offTopic: false, greeting: false },
  };
}

/** A copy of a filter that shares nothing that a pass may change (its value and day lists). */
export function copyFilter(f: Filter): Filter {
  switch (f.kind) {
    case 'values':
      return { ...f, values: [...f.values] };
    case 'ids':
      return { ...f, values: [...f.values] };
    case 'weekday':
      return { ...f, days: [...f.days] };
    default:
      return { ...f };
  }
}

/** A copy of a draft that shares nothing mutable with it. */
export function copyDraft(d: Draft): Draft {
  return {
    ...d,
    measures: d.measures.map((m) => ({ ...m })),
    dimensions: [...d.dimensions],
    ...(d.combined ? { combined: [...d.combined] } : {}),
    ...(d.context ? { context: [...d.context] } : {}),
    ...(d.bands ? { bands: [...d.bands] } : {}),
    ...(d.bandsTopOver ? { bandsTopOver: true } : {}),
    ...(d.split ? { split: copySplit(d.split) } : {}),
    ...(d.ratioDefinition ? { ratioDefinition: { ...d.ratioDefinition } } : {}),
    ...(d.columnFirst ? { columnFirst: { ...d.columnFirst } } : {}),
    ...(d.shareBaseSaid
      ? { shareBaseSaid: { ...d.shareBaseSaid, values: [...d.shareBaseSaid.values] } }
      : {}),
    ...(d.having ? { having: { ...d.having } } : {}),
    ...(d.threshold ? { threshold: { ...d.threshold } } : {}),
    ...(d.widened ? { widened: [...d.widened] } : {}),
    filters: d.filters.map((f) => ({
      filter: copyFilter(f.filter),
      role: f.role,
      ...(f.percent ? { percent: f.percent } : {}),
    })),
    times: d.times.map((t) => ({ ...t })),
    top: d.top && { ...d.top },
    issues: d.issues.map((i) => (i.kind === 'unknown_words' ? { ...i, words: [...i.words] } : { ...i })),
    flags: { ...d.flags },
  };
}
