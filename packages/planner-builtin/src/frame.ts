import { TRANSACTION_ENUMS } from '@pa/contracts';
import { z } from 'zod';

/**
 * The builtin planner's structured parse of a question ("frame"). It is plain JSON so that it can be
 * stored with the turn and handed back as `context.previous[i].frame` for follow-up questions; a frame
 * read back from there is validated with `frameSchema` before it is trusted.
 */

/** Text columns with a closed set of values (the CHECK constraints of migrations/001). */
export const ENUM_VALUES = TRANSACTION_ENUMS;

export const ENUM_COLUMNS = [
  'mcc_category',
  'merchant_city',
  'issuer_bank_name',
  'transaction_type',
  'transaction_currency',
  'acquirer_country_iso',
  'pos_entry_mode',
  'wallet_type',
] as const;
export type EnumColumn = (typeof ENUM_COLUMNS)[number];

/** Integer columns that can be grouped by or filtered on by value ("merchant 123", "MCC 5411"). */
export const ID_COLUMNS = ['merchant_id', 'merchant_mcc'] as const;
export type IdColumn = (typeof ID_COLUMNS)[number];

export const CATEGORICAL_DIMENSIONS = [...ENUM_COLUMNS, ...ID_COLUMNS] as const;
export type CategoricalDimension = (typeof CATEGORICAL_DIMENSIONS)[number];

export const TIME_UNITS = ['hour', 'day', 'week', 'month', 'quarter', 'year'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Units a range can be "this / previous / last N" of. */
export const PERIOD_UNITS = ['week', 'month', 'quarter', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** A time bucket is named after its unit; weekday = isodow (1 = Monday), hour_of_day = 0..23, day_of_month = 1..31. */
/** `weekend`: 'weekend' on Saturday and Sunday, else 'weekday' ("weekends vs weekdays"), a two-row split. */
/** `amount_band`: the amount's band between the frame's `bands` boundaries ("under 5k, 5–20k, 20k+"). */
/** `group_split`: the frame's `split` values against the rest ("domestic vs abroad", "KZT vs foreign"). */
/** `hour_split`: the frame's two `hourSplit` ranges of hours set against each other ("mornings vs evenings"). */
export const DIMENSIONS = [
  ...CATEGORICAL_DIMENSIONS,
  ...TIME_UNITS,
  'weekday',
  'hour_of_day',
  'day_of_month',
  'weekend',
  'amount_band',
  'group_split',
  'hour_split',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * Whether a dimension splits the payments two ways, so that the two sides can be laid out as columns:
 * weekdays and weekends, a value against the rest (`group_split`), or the weekday when the filters name
 * exactly two days ("Saturday than Sunday").
 */
export function isTwoWaySplit(d: Dimension | undefined, filters: readonly Filter[]): boolean {
  if (d === 'weekend' || d === 'group_split' || d === 'hour_split') return true;
  return d === 'weekday' && filters.some((f) => f.kind === 'weekday' && new Set(f.days).size === 2);
}

export function isTimeDimension(d: Dimension): boolean {
  return (
    (TIME_UNITS as readonly string[]).includes(d) ||
    d === 'weekday' ||
    d === 'hour_of_day' ||
    d === 'day_of_month'
  );
}

/**
 * The recurring cycles — weekday and hour of the day (`hour` while a draft still holds the time unit)
 * — whose rows may be ordered by their measure as well as by their own order.
 */
export function isCycleDimension(d: Dimension): boolean {
  return d === 'weekday' || d === 'hour_of_day' || d === 'hour';
}

export const NULLABLE_COLUMNS = ['wallet_type', 'pos_entry_mode'] as const;
export type NullableColumn = (typeof NULLABLE_COLUMNS)[number];

export const measureSchema = z.discriminatedUnion('fn', [
  z.object({ fn: z.literal('count') }),
  z.object({ fn: z.literal('sum') }),
  z.object({ fn: z.literal('avg') }),
  z.object({ fn: z.literal('median') }),
  /** The p-quantile of the amount (0.9 = the 90th percentile); the median is p = 0.5 by its own name. */
  z.object({ fn: z.literal('percentile'), p: z.number().gt(0).lt(1) }),
  z.object({ fn: z.literal('min') }),
  z.object({ fn: z.literal('max') }),
  // when the earliest and the latest payment happened (min and max of the timestamp)
  z.object({ fn: z.literal('first_at') }),
  z.object({ fn: z.literal('last_at') }),
  /** "spend per card", "transactions per card": the total or the count over the distinct cards. */
  z.object({ fn: z.literal('per_card'), of: z.enum(['sum', 'count']) }),
  /** "average turnover per merchant", «среднее число операций на одного мерчанта»: ÷ the distinct merchants. */
  z.object({ fn: z.literal('per_merchant'), of: z.enum(['sum', 'count']) }),
  /** "average daily spend", "transactions per day on average": the total or the count ÷ the days (weeks…) with transactions. */
  z.object({
    fn: z.literal('per_period'),
    of: z.enum(['sum', 'count']),
    unit: z.enum(['hour', 'day', 'week', 'month']),
  }),
  z.object({
    fn: z.literal('count_distinct'),
    column: z.enum(['card_key', ...CATEGORICAL_DIMENSIONS]),
  }),
  /** "how many days had a turnover above 6 million", «сколько дней с данными»: the days (weeks, months) with transactions. */
  z.object({ fn: z.literal('count_periods'), unit: z.enum(['day', 'week', 'month']) }),
]);
export type Measure = z.infer<typeof measureSchema>;

/** The one measure a count over two periods' overlap may be: distinct cards or distinct merchants. */
export function countsPlaces(measures: readonly Measure[]): boolean {
  const [m] = measures;
  return (
    measures.length === 1 &&
    m!.fn === 'count_distinct' &&
    (m!.column === 'card_key' || m!.column === 'merchant_id')
  );
}

/** 0.9 → "90", 0.995 → "99_5": the percentile as a column name can carry it. */
export function percentileLabel(p: number): string {
  return String(Number((p * 100).toFixed(2))).replace('.', '_');
}

export const filterSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('values'),
    column: z.enum(ENUM_COLUMNS),
    negated: z.boolean(),
    values: z.array(z.string()).min(1),
  }),
  z.object({
    kind: z.literal('ids'),
    column: z.enum(ID_COLUMNS),
    negated: z.boolean(),
    values: z.array(z.number().int().nonnegative()).min(1),
  }),
  z.object({
    kind: z.literal('amount'),
    op: z.enum(['>', '>=', '<', '<=']),
    value: z.number().nonnegative(),
  }),
  z.object({
    kind: z.literal('amount_between'),
    min: z.number().nonnegative(),
    max: z.number().nonnegative(),
  }),
  z.object({ kind: z.literal('presence'), column: z.enum(NULLABLE_COLUMNS), present: z.boolean() }),
  z.object({ kind: z.literal('weekday'), days: z.array(z.number().int().min(1).max(7)).min(1) }),
  /** Hours of the day from `from` up to `to` (exclusive, 24 = midnight); to ≤ from wraps past midnight. */
  z.object({
    kind: z.literal('hours'),
    from: z.number().int().min(0).max(23),
    to: z.number().int().min(1).max(24),
  }),
  /** Days of the month, whichever month: "on the 5th and the 20th", «с 1 по 10 число», «айдың 25-і». */
  z.object({ kind: z.literal('month_days'), days: z.array(z.number().int().min(1).max(31)).min(1) }),
]);
export type Filter = z.infer<typeof filterSchema>;

/** Days (of the month or of the week) in order, each once. */
export function sortedDays(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

/** Whether days as listed run one after another with no gap: 5, 6, 7 (days 1–10: a range written as one). */
export function unbrokenDays(days: readonly number[]): boolean {
  return days.every((d, j) => j === 0 || d === days[j - 1]! + 1);
}

/** A condition on the payment's amount in tenge: a threshold or a range. */
export function isAmountFilter(f: Filter): boolean {
  return f.kind === 'amount' || f.kind === 'amount_between';
}

/** One side of an hour split: hours from `from` up to `to` (exclusive; to ≤ from wraps past midnight). */
const hourSideSchema = z.object({
  from: z.number().int().min(0).max(23),
  to: z.number().int().min(1).max(24),
  label: z.string().min(1).max(60),
});
export type HourSide = z.infer<typeof hourSideSchema>;

/** The two rows' labels of a split, in the asker's words ("domestic", "abroad"). */
const splitLabels = z.tuple([z.string().min(1).max(60), z.string().min(1).max(60)]);
/**
 * The values of one column set against all the others: words of an enum column ("domestic vs abroad"
 * is KAZ against the rest) or numbers of an id column ("MCC 5812 vs 5814, side by side").
 */
const splitSchema = z.union([
  z.object({ column: z.enum(ENUM_COLUMNS), values: z.array(z.string()).min(1).max(20), labels: splitLabels }),
  z.object({
    column: z.enum(ID_COLUMNS),
    values: z.array(z.number().int().nonnegative()).min(1).max(20),
    labels: splitLabels,
  }),
]);
export type Split = z.infer<typeof splitSchema>;
type IdSplit = Extract<Split, { column: IdColumn }>;

function isIdSplit(split: Split): split is IdSplit {
  return (ID_COLUMNS as readonly string[]).includes(split.column);
}

/** The payments on the named side of a split, as a filter. */
export function splitFilter(split: Split): Filter {
  return isIdSplit(split)
    ? { kind: 'ids', column: split.column, negated: false, values: split.values }
    : { kind: 'values', column: split.column, negated: false, values: split.values };
}

/** The first `n` values of a filter set against the rest of their column, labelled. */
export function splitOf(
  filter: Extract<Filter, { kind: 'values' | 'ids' }>,
  n: number,
  labels: [string, string],
): Split {
  return filter.kind === 'ids'
    ? { column: filter.column, values: filter.values.slice(0, n), labels }
    : { column: filter.column, values: filter.values.slice(0, n), labels };
}

/** A split whose values can be changed without touching this one's. */
export function copySplit(split: Split): Split {
  return isIdSplit(split) ? { ...split, values: [...split.values] } : { ...split, values: [...split.values] };
}

/**
 * A condition on each group's total, count, average or number of distinct cards or merchants (SQL's
 * HAVING): "cities with a total over 5 million", "banks with more than 1 000 ATM withdrawals",
 * «категории со средним чеком ниже 10 000», "banks with more than 5 000 active cards". Not a filter on
 * single payments.
 */
export const groupConditionSchema = z.object({
  of: z.enum(['sum', 'count', 'avg', 'median', 'cards', 'merchants']),
  op: z.enum(['>', '>=', '<', '<=']),
  value: z.number().nonnegative(),
  /**
   * The condition is on each merchant counted, within each group ("In each city, how many merchants made
   * more than 500 000 tenge?": the merchants of a city whose own total passes, counted) — not on the group.
   */
  each: z.literal(true).optional(),
});
export type GroupCondition = z.infer<typeof groupConditionSchema>;

/**
 * One count of distinct values alone: with a group condition and no groups, the values that pass it are
 * counted. Not the cards: grouping by the card is personal data the SQL guard refuses ("how many cards
 * spent over 300 000 in total" is asked back).
 */
export function countsPassing(measures: readonly Measure[]): boolean {
  const [m] = measures;
  return (
    measures.length === 1 &&
    ((m?.fn === 'count_distinct' && m.column !== 'card_key') || m?.fn === 'count_periods')
  );
}

/** The measure a group condition is on. */
export function groupConditionMeasure(of: GroupCondition['of']): Measure {
  if (of === 'cards') return { fn: 'count_distinct', column: 'card_key' };
  if (of === 'merchants') return { fn: 'count_distinct', column: 'merchant_id' };
  return { fn: of };
}

/**
 * A yes/no question's threshold on the figure it asks for: "Is the average grocery purchase above
 * 7,000 tenge?", «төлемдер саны 10 мыңнан асты ма?», "Did Apple Pay account for more than 40 % of …?".
 * The answer is the figure itself, set against the threshold in the explanation; it filters nothing.
 */
export const thresholdSchema = z.object({
  op: z.enum(['>', '>=', '<', '<=']),
  value: z.number().nonnegative(),
  unit: z.enum(['tenge', 'percent', 'count', 'plain']),
});
export type Threshold = z.infer<typeof thresholdSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const timeRangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('today') }),
  z.object({ kind: z.literal('yesterday') }),
  z.object({ kind: z.literal('day_before_yesterday') }),
  /** Today and the n − 1 days before. */
  z.object({ kind: z.literal('last_days'), n: z.number().int().min(1).max(3700) }),
  /** The n days before the last n ("the last 7 days vs the 7 days before that"). */
  z.object({ kind: z.literal('prior_days'), n: z.number().int().min(1).max(1850) }),
  z.object({ kind: z.literal('last_hours'), n: z.number().int().min(1).max(9000) }),
  /** The current unit and the n − 1 full units before it. */
  z.object({
    kind: z.literal('last_units'),
    unit: z.enum(PERIOD_UNITS),
    n: z.number().int().min(1).max(120),
  }),
  /** The n whole units before the current one ("the last 4 full weeks"): the current unit left out. */
  z.object({
    kind: z.literal('full_units'),
    unit: z.enum(PERIOD_UNITS),
    n: z.number().int().min(1).max(120),
  }),
  z.object({ kind: z.literal('this'), unit: z.enum(PERIOD_UNITS) }),
  /** The unit before the current one; `back` 2 = the one before that ("last month vs the month before"). */
  z.object({
    kind: z.literal('previous'),
    unit: z.enum(PERIOD_UNITS),
    back: z.number().int().min(2).max(120).optional(),
    /** Only up to the same day: "year to date vs the same period last year" (the current unit, a year back). */
    toDate: z.literal(true).optional(),
  }),
  /**
   * Days of a month counted from this one (`back` 0 = this month, 1 = last month): the `from`th to the
   * `to`th, both included ("the first half of last month", «с 1-го по 15-е число прошлого месяца»,
   * «өткен айдың 1-і мен 15-і аралығында»); `to` null = to the month's end, or with `open` up to now
   * ("since the 10th of last month"). Kept relative, as the month is; days past the 28th are said only
   * as the month's end, which every month has.
   */
  z.object({
    kind: z.literal('month_span'),
    back: z.number().int().min(0).max(120),
    from: z.number().int().min(1).max(28),
    to: z.number().int().min(1).max(28).nullable(),
    open: z.literal(true).optional(),
  }),
  /** The last `n` days of a month counted from this one: "the last 7 days of last month". */
  z.object({
    kind: z.literal('month_last_days'),
    back: z.number().int().min(0).max(120),
    n: z.number().int().min(1).max(27),
  }),
  /** Calendar literals; `to` is exclusive, null = open-ended. */
  z.object({
    kind: z.literal('dates'),
    from: isoDate,
    to: isoDate.nullable(),
    /**
     * Open-ended, but only up to today's date a year back, inclusive: the twin of "since 1 January
     * 2026" in "… vs the same period last year" (since 1 January 2025, up to the same day).
     */
    toYearAgo: z.literal(true).optional(),
  }),
]);
export type TimeRange = z.infer<typeof timeRangeSchema>;

export const SHAPES = ['single', 'breakdown', 'topn', 'timeseries', 'share', 'compare'] as const;
export type Shape = (typeof SHAPES)[number];

export const frameSchema = z
  .object({
    version: z.literal(1),
    language: z.enum(['en', 'ru', 'kk']),
    measures: z.array(measureSchema).min(1),
    dimensions: z.array(z.enum(DIMENSIONS)),
    /** Row filters (for a share of a subset: the base the share is taken of). */
    filters: z.array(filterSchema),
    time: timeRangeSchema.nullable(),
    /** Two periods side by side; `time` is null then. */
    compare: z
      .object({
        earlier: timeRangeSchema,
        later: timeRangeSchema,
        /**
         * What the comparison shows: both periods and the change in % (absent, the default), both
         * periods only ("both numbers"), the difference later − earlier ("by how much… exceed",
         * «разница»), or the change in % only ("by what percent…", «на сколько процентов»).
         */
        output: z.enum(['both', 'difference', 'change', 'full', 'with_difference']).optional(),
      })
      .nullable(),
    /**
     * Percent of the total; `subset` empty = each group's share of all groups. `withMeasure`: "how
     * many …, and what share is that", "count and share of each type" — the measure the share is of
     * is shown before it (the part's, or each group's).
     */
    share: z
      .object({
        subset: z.array(filterSchema),
        withMeasure: z.literal(true).optional(),
        /** "…, of which …", «в том числе»: the whole's measure and the part's, no percentage. */
        ofWhich: z.literal(true).optional(),
        /**
         * "count, turnover and average ticket by bank, with each bank's share of turnover": every measure
         * is shown (with `withMeasure`, each group's share of all groups), and the share is of this one
         * (its index among the measures); present exactly when there are several.
         */
        measure: z.number().int().min(0).max(20).optional(),
        /**
         * "what share of 2025 turnover was made in December", «какая доля оборота декабря пришлась на
         * 24–31 декабря»: the part is the payments of this period, one inside `time` (the whole's).
         */
        period: timeRangeSchema.optional(),
      })
      .nullable(),
    shape: z.enum(SHAPES),
    limit: z.number().int().min(1).max(1000).nullable(),
    /**
     * "the 3rd busiest hour", "positions 4 to 6": the rows of the ranking skipped before the `limit`
     * shown (place 3 is offset 2). Only with a limit.
     */
    offset: z.number().int().min(1).max(1000).optional(),
    /**
     * "What rank is Shymkent among the cities by turnover?": the place (1 = largest) of this value of the
     * one dimension in the ranking of all its groups by the one measure — the place alone is shown, or with
     * the value's figure when that is asked too ("…, and how many did it make?").
     */
    placeOf: z
      .object({ value: z.string().min(1).max(200), withFigure: z.literal(true).optional() })
      .optional(),
    order: z.enum(['asc', 'desc']).nullable(),
    /**
     * "top 3 categories in each city": the dimension ranked; `limit` rows of it within each group of
     * the other dimensions (a window over the groups), not the top pairs overall.
     */
    rankedWithin: z.enum(DIMENSIONS).optional(),
    /** Which amount the measures and amount filters read: tenge (default) or the original currency's. */
    amountIn: z.enum(['kzt', 'original', 'both']).optional(),
    /** "Halyk vs Kaspi": rows in the order the values were named, not by the measure. */
    listed: z.boolean().optional(),
    /**
     * The inner boundaries of the amount bands, ascending ([5000, 20000] = under 5 000, 5 000 to
     * under 20 000, 20 000 and over); present exactly when `amount_band` is a dimension.
     */
    bands: z.array(z.number().positive()).min(1).max(12).optional(),
    /**
     * The last boundary belongs to the band below it: "…, 5k–50k, over 50k" is up to and including
     * 50 000, then over 50 000 ("50k+" / "50k and more" leaves 50 000 in the top band).
     */
    bandsTopOver: z.literal(true).optional(),
    /**
     * The values of one column set against all the others, a two-row split ("domestic vs abroad" is
     * KAZ against the rest); present exactly when `group_split` is a dimension.
     */
    split: splitSchema.optional(),
    /**
     * A two-way split ("weekdays and weekends", "with and without a wallet") as two columns of one row,
     * as asked ("side by side", "as two columns", «рядом»), instead of two rows; only with the split as
     * the one dimension.
     */
    sideBySide: z.literal(true).optional(),
    /**
     * "Kaspi and Halyk side by side, and Kaspi minus Halyk", «оба числа и разница»: the difference of
     * the two sides of a split of named values (the first minus the second) beside them, or alone.
     */
    sideDifference: z.enum(['difference', 'with_difference']).optional(),
    /**
     * "morning (06:00–11:59) vs evening (18:00–23:59)": two ranges of hours of the day set against each
     * other, a row (or a column) each, the payments of other hours left out; present exactly when
     * `hour_split` is a dimension.
     */
    hourSplit: z.tuple([hourSideSchema, hourSideSchema]).optional(),
    /**
     * "cards that paid in both October and November", "… in November but not in October": only the cards
     * (or merchants) of `time` that also (`also`) — or never — had payments in `other`, under the same
     * conditions; the one measure is their distinct count.
     */
    overlap: z.object({ other: timeRangeSchema, also: z.boolean() }).optional(),
    /** Only the groups whose total or count passes this (present only with dimensions). */
    having: groupConditionSchema.optional(),
    /** The threshold a yes/no question sets the figure against (it filters nothing). */
    threshold: thresholdSchema.optional(),
    /** "rounded to 2 decimals", «округли до 1 знака»: measures rounded in the SQL. */
    decimals: z.number().int().min(0).max(6).optional(),
    /** "in millions of tenge", «в тыс. тенге», «млн теңгемен»: the amount measures divided by this unit. */
    amountScale: z.union([z.literal(1_000), z.literal(1_000_000), z.literal(1_000_000_000)]).optional(),
    /**
     * "which category grew the most from October to November": the groups ranked by their change in %,
     * or by the difference ("fell the most in tenge"), not by the later period.
     */
    rankByChange: z.enum(['change', 'difference']).optional(),
    /**
     * "Which cities grew from Q3 2025 to Q3 2026?", "only those that fell": a comparison's groups kept
     * by the sign of their change in the first measure (later above, or below, earlier).
     */
    changeSign: z.enum(['up', 'down']).optional(),
    /** "…, by descending sum": the rows ordered by this measure (its index among the measures), not the first. */
    sortMeasure: z.number().int().min(1).max(20).optional(),
    /**
     * "Which wallets appear in October?", «какие валюты встречаются …?»: the values of the one column that
     * occur, in order, without a measure (and without the blank: no wallet is not a wallet).
     */
    listValues: z.literal(true).optional(),
    /**
     * "Which cities had not a single payment in lira?", «какие кошельки ни разу не использовались для
     * ECOM»: the values of the one column none of whose payments match the filters and the period —
     * counted over every payment, so the filters are the count's, not the rows' (the blank left out).
     */
    absent: z.literal(true).optional(),
    /** "alphabetically", «по алфавиту»: a breakdown's rows by the first column's labels. */
    alphabetical: z.literal(true).optional(),
    /** "by bank and month", «по банкам и месяцам»: the rows by the other column, then by the period. */
    groupsFirst: z.literal(true).optional(),
    /** "which hour … just the hour", «тек сағатын»: a ranking shows its labels, ordered by the measure. */
    labelsOnly: z.literal(true).optional(),
    /** True when every content word of the question was understood. */
    confident: z.boolean(),
  })
  .superRefine((frame, ctx) => {
    const check = (f: Filter) => {
      if (f.kind !== 'values') return;
      const allowed: readonly string[] = ENUM_VALUES[f.column];
      for (const v of f.values) {
        if (!allowed.includes(v)) ctx.addIssue({ code: 'custom', message: `unknown ${f.column} value ${v}` });
      }
    };
    frame.filters.forEach(check);
    frame.share?.subset.forEach(check);
    // (A period as the part lies inside the whole's, one figure: never beside groups or two periods.)
    if (frame.share?.period && (frame.time === null || frame.compare || frame.dimensions.length > 0))
      ctx.addIssue({ code: 'custom', message: "a period as a share's part needs one period, no groups" });
    // (Several measures beside a share: only each group's share of all groups, every measure shown.)
    if (
      frame.overlap &&
      (!countsPlaces(frame.measures) || frame.time === null || frame.compare || frame.share)
    )
      ctx.addIssue({
        code: 'custom',
        message: 'two periods overlapping: one period, distinct cards or merchants',
      });
    const share = frame.share;
    const several = frame.measures.length > 1;
    if (
      share &&
      (several !== (share.measure !== undefined) ||
        (several &&
          (!share.withMeasure ||
            share.subset.length > 0 ||
            share.ofWhich ||
            frame.compare ||
            share.measure! >= frame.measures.length)))
    )
      ctx.addIssue({
        code: 'custom',
        message: "several measures beside a share: each group's share, all shown",
      });
    const banded = frame.dimensions.includes('amount_band');
    if (
      frame.rankedWithin !== undefined &&
      (frame.limit === null || frame.dimensions.length < 2 || !frame.dimensions.includes(frame.rankedWithin))
    )
      ctx.addIssue({
        code: 'custom',
        message: 'a ranking within groups needs a limit and another dimension',
      });
    if (frame.offset !== undefined && (frame.limit === null || frame.rankedWithin !== undefined))
      ctx.addIssue({ code: 'custom', message: 'places after the first need a limit, over all groups' });
    if (
      frame.placeOf !== undefined &&
      (frame.dimensions.length !== 1 ||
        frame.measures.length !== 1 ||
        frame.limit !== null ||
        frame.compare !== null ||
        frame.share !== null ||
        frame.sideBySide === true)
    )
      ctx.addIssue({
        code: 'custom',
        message: 'the place of a value is in the ranking of one dimension by one measure',
      });
    if (frame.bandsTopOver && frame.bands === undefined)
      ctx.addIssue({ code: 'custom', message: 'bandsTopOver needs bands' });
    if (banded !== (frame.bands !== undefined))
      ctx.addIssue({ code: 'custom', message: 'amount bands and the amount_band dimension go together' });
    if (frame.dimensions.includes('hour_split') !== (frame.hourSplit !== undefined))
      ctx.addIssue({ code: 'custom', message: 'an hour split and its ranges go together' });
    if (frame.dimensions.includes('group_split') !== (frame.split !== undefined))
      ctx.addIssue({ code: 'custom', message: 'a group split and its values go together' });
    // (The split is the first dimension; the others, if any, are the rows: "for each city, side by side".)
    // (…or the amount bands, a column each: "how many under 5k, 5–20k, over 20k, as columns".)
    if (
      frame.sideBySide &&
      (frame.dimensions.length === 0 ||
        frame.dimensions.length > 2 ||
        !(isTwoWaySplit(frame.dimensions[0], frame.filters) || frame.dimensions[0] === 'amount_band'))
    )
      ctx.addIssue({ code: 'custom', message: 'only a two-way split is laid out side by side' });
    // (…or one count of distinct values, those whose own payments pass it: "how many merchants had a
    // turnover above 1 million".)
    if (frame.sideDifference && !(frame.sideBySide && frame.dimensions[0] === 'group_split'))
      ctx.addIssue({ code: 'custom', message: 'a difference of two sides needs a split side by side' });
    if (frame.having && frame.dimensions.length === 0 && !countsPassing(frame.measures))
      ctx.addIssue({ code: 'custom', message: 'a condition on group totals needs groups' });
    if (
      frame.absent &&
      (frame.dimensions.length !== 1 || frame.limit !== null || frame.compare || frame.share)
    )
      ctx.addIssue({
        code: 'custom',
        message: 'the values with none are of one column, not ranked or compared',
      });
    if (frame.split) check(splitFilter(frame.split));
    if (frame.bands?.some((b, i) => i > 0 && b <= frame.bands![i - 1]!))
      ctx.addIssue({ code: 'custom', message: 'amount band boundaries must ascend' });
  });
export type Frame = z.infer<typeof frameSchema>;

/** Reads a frame handed back through `context.previous`; anything else (an LLM turn, junk) is null. */
export function readFrame(value: unknown): Frame | null {
  const parsed = frameSchema.safeParse(value);
  return parsed.success && parsed.data.confident ? parsed.data : null;
}
