import type { Dimension, Filter, Frame, Measure, TimeRange } from './frame.js';
import {
  ENUM_VALUES,
  groupConditionMeasure,
  isTimeDimension,
  percentileLabel,
  sortedDays,
  splitFilter,
  TIME_UNITS,
  unbrokenDays,
} from './frame.js';

/**
 * Frame → one read-only SELECT over `transactions`. Only vocabulary values, integers and ISO dates
 * from a validated frame reach the text; every time bound is relative to current_date (the executor
 * sets the tenant's TimeZone), except explicit calendar dates which are literals.
 */

const TS = 'transaction_timestamp';
const AMOUNT = 'transaction_amount_kzt';
const ORIGINAL_AMOUNT = 'original_amount';

/** The amount column a frame's measures and amount filters read: tenge unless a currency was named. */
function amountColumn(frame: Pick<Frame, 'amountIn'>): string {
  // ('both': the original amount is a column of its own beside each amount measure; see measureColumns.)
  return frame.amountIn === 'original' ? ORIGINAL_AMOUNT : AMOUNT;
}

/**
 * The amount as the measures shown add it up: in the unit asked ("in millions of tenge": each amount
 * divided by a million) — never in a filter or a group's condition, which compare with tenge.
 */
function shownAmount(frame: Pick<Frame, 'amountIn' | 'amountScale'>): string {
  const amount = amountColumn(frame);
  return frame.amountScale === undefined ? amount : `(${amount} / ${frame.amountScale}.0)`;
}

const SHORT_NAMES: Record<string, string> = {
  card_key: 'card',
  mcc_category: 'category',
  merchant_city: 'city',
  issuer_bank_name: 'bank',
  transaction_type: 'transaction_type',
  transaction_currency: 'currency',
  acquirer_country_iso: 'country',
  pos_entry_mode: 'entry_mode',
  wallet_type: 'wallet',
  merchant_id: 'merchant',
  merchant_mcc: 'mcc',
};

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function numberLiteral(n: number): string {
  if (!Number.isFinite(n) || n < 0) throw new Error(`bad number ${n}`);
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2)));
}

/**
 * The SQL of a measure; with `condition`, over the rows that meet it only (each aggregate gets the
 * FILTER, so a ratio's numerator and denominator both do).
 */
function measureExpression(m: Measure, amount: string = AMOUNT, condition?: string): string {
  const over = (aggregate: string) => (condition ? `${aggregate} FILTER (WHERE ${condition})` : aggregate);
  switch (m.fn) {
    case 'count':
      return over('count(*)');
    case 'sum':
      return over(`sum(${amount})`);
    case 'avg':
      return over(`avg(${amount})`);
    case 'median':
      return over(`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${amount})`);
    case 'percentile':
      return over(`percentile_cont(${numberLiteral(m.p)}) WITHIN GROUP (ORDER BY ${amount})`);
    case 'min':
      return over(`min(${amount})`);
    case 'max':
      return over(`max(${amount})`);
    case 'first_at':
      return over(`min(${TS})`);
    case 'last_at':
      return over(`max(${TS})`);
    case 'count_distinct':
      return over(`count(DISTINCT ${m.column})`);
    case 'per_card': {
      const numerator = m.of === 'sum' ? over(`sum(${amount})`) : `${over('count(*)')}::numeric`;
      return `${numerator} / nullif(${over('count(DISTINCT card_key)')}, 0)`;
    }
    case 'per_merchant': {
      const numerator = m.of === 'sum' ? over(`sum(${amount})`) : `${over('count(*)')}::numeric`;
      return `${numerator} / nullif(${over('count(DISTINCT merchant_id)')}, 0)`;
    }
    case 'per_period': {
      const numerator = m.of === 'sum' ? over(`sum(${amount})`) : `${over('count(*)')}::numeric`;
      return `${numerator} / nullif(${over(`count(DISTINCT date_trunc('${m.unit}', ${TS}))`)}, 0)`;
    }
    case 'count_periods':
      return over(`count(DISTINCT date_trunc('${m.unit}', ${TS}))`);
  }
}

export function measureAlias(m: Measure): string {
  switch (m.fn) {
    case 'count':
      return 'transaction_count';
    case 'sum':
      return 'total_amount';
    case 'avg':
      return 'avg_amount';
    case 'median':
      return 'median_amount';
    case 'percentile':
      return `p${percentileLabel(m.p)}_amount`;
    case 'min':
      return 'min_amount';
    case 'max':
      return 'max_amount';
    case 'first_at':
      return 'first_transaction_at';
    case 'last_at':
      return 'last_transaction_at';
    case 'count_distinct':
      return `${SHORT_NAMES[m.column] ?? m.column}_count`;
    case 'per_card':
      return m.of === 'sum' ? 'amount_per_card' : 'transactions_per_card';
    case 'per_merchant':
      return m.of === 'sum' ? 'amount_per_merchant' : 'transactions_per_merchant';
    case 'per_period':
      return `${m.of === 'sum' ? 'amount' : 'transactions'}_per_${m.unit}`;
    case 'count_periods':
      return `${m.unit}_count`;
  }
}

/**
 * The band label of an amount: '< 5000', '5000–20000', '≥ 20000' (numbers only reach the text); with
 * `topOver` the last boundary closes the band below: '5000–20000' up to 20 000, then '> 20000'.
 */
function bandExpression(bands: readonly number[], amount: string, topOver = false): string {
  const n = (b: number) => numberLiteral(b);
  const whens = bands.map((b, i) => {
    const op = topOver && i === bands.length - 1 ? '<=' : '<';
    return `WHEN ${amount} ${op} ${n(b)} THEN '${i === 0 ? `< ${n(b)}` : `${n(bands[i - 1]!)}–${n(b)}`}'`;
  });
  return `CASE ${whens.join(' ')} ELSE '${topOver ? '>' : '≥'} ${n(bands.at(-1)!)}' END`;
}

function dimensionExpression(d: Dimension, frame: Frame): string {
  if (d === 'amount_band') return bandExpression(frame.bands ?? [], amountColumn(frame), frame.bandsTopOver);
  if (d === 'weekday') return `extract(isodow FROM ${TS})`;
  if (d === 'hour_of_day') return `extract(hour FROM ${TS})`;
  if (d === 'day_of_month') return `extract(day FROM ${TS})`;
  if (d === 'weekend')
    return `CASE WHEN extract(isodow FROM ${TS}) IN (6, 7) THEN 'weekend' ELSE 'weekday' END`;
  if (d === 'group_split' && frame.split) {
    const { labels } = frame.split;
    const named = filterCondition(splitFilter(frame.split));
    return `CASE WHEN ${named} THEN ${quote(labels[0])} ELSE ${quote(labels[1])} END`;
  }
  if (d === 'hour_split' && frame.hourSplit) {
    const [a, b] = frame.hourSplit;
    return `CASE WHEN ${hoursCondition(a)} THEN ${quote(a.label)} ELSE ${quote(b.label)} END`;
  }
  if (isTimeDimension(d)) return `date_trunc('${d}', ${TS})`;
  return d;
}

/** The payments of a range of hours of the day, as a condition. */
function hoursCondition(h: { from: number; to: number }): string {
  return filterCondition({ kind: 'hours', from: h.from, to: h.to });
}

/** PostgreSQL has no 'quarter' interval unit: a quarter is written as three months. */
export function interval(n: number, unit: string): string {
  if (unit === 'quarter') return interval(3 * n, 'month');
  return `interval '${n} ${unit}${n === 1 ? '' : 's'}'`;
}

/**
 * Midnight `n` days before today in the session zone, as a timestamptz. The
 * cast matters: `timestamptz >= date` uses a cross-type operator that is not
 * leakproof, so under row-level security PostgreSQL cannot use it as an index
 * condition and scans the whole table (see docs/data.md).
 */
function dayStart(daysAgo: number): string {
  if (daysAgo === 0) return 'current_date::timestamptz';
  if (daysAgo < 0) return `(current_date + ${-daysAgo})::timestamptz`;
  return `(current_date - ${daysAgo})::timestamptz`;
}

/** The start of the month `back` months before this one (−1: the next month's, this one's end). */
function monthStart(back: number): string {
  const start = "date_trunc('month', current_date)";
  if (back === 0) return start;
  return back < 0 ? `${start} + ${interval(-back, 'month')}` : `${start} - ${interval(back, 'month')}`;
}

export function timeCondition(range: TimeRange): string {
  switch (range.kind) {
    case 'today':
      return `${TS} >= ${dayStart(0)} AND ${TS} < ${dayStart(-1)}`;
    case 'yesterday':
      return `${TS} >= ${dayStart(1)} AND ${TS} < ${dayStart(0)}`;
    case 'day_before_yesterday':
      return `${TS} >= ${dayStart(2)} AND ${TS} < ${dayStart(1)}`;
    case 'last_days':
      return `${TS} >= ${dayStart(range.n - 1)}`;
    case 'prior_days':
      return `${TS} >= ${dayStart(2 * range.n - 1)} AND ${TS} < ${dayStart(range.n - 1)}`;
    case 'last_hours':
      return `${TS} >= current_timestamp - ${interval(range.n, 'hour')}`;
    case 'last_units': {
      const start = `date_trunc('${range.unit}', current_date)`;
      return range.n === 1 ? `${TS} >= ${start}` : `${TS} >= ${start} - ${interval(range.n - 1, range.unit)}`;
    }
    case 'full_units': {
      const start = `date_trunc('${range.unit}', current_date)`;
      return `${TS} >= ${start} - ${interval(range.n, range.unit)} AND ${TS} < ${start}`;
    }
    case 'this':
      return `${TS} >= date_trunc('${range.unit}', current_date)`;
    case 'previous': {
      const start = `date_trunc('${range.unit}', current_date)`;
      const back = range.back ?? 1;
      // Up to the same day: today's end, moved back as far as the start was.
      const end = range.toDate
        ? `(current_date + 1)::timestamptz - ${interval(back, range.unit)}`
        : back === 1
          ? start
          : `${start} - ${interval(back - 1, range.unit)}`;
      return `${TS} >= ${start} - ${interval(back, range.unit)} AND ${TS} < ${end}`;
    }
    case 'month_span': {
      const start = monthStart(range.back);
      const from = range.from === 1 ? start : `${start} + ${interval(range.from - 1, 'day')}`;
      const end =
        range.to !== null
          ? `${start} + ${interval(range.to, 'day')}`
          : range.open
            ? null
            : monthStart(range.back - 1);
      return end === null ? `${TS} >= ${from}` : `${TS} >= ${from} AND ${TS} < ${end}`;
    }
    case 'month_last_days': {
      const end = monthStart(range.back - 1);
      const from = `${end} - ${interval(range.n, 'day')}`;
      return range.back === 0 ? `${TS} >= ${from}` : `${TS} >= ${from} AND ${TS} < ${end}`;
    }
    case 'dates':
      if (range.toYearAgo)
        return `${TS} >= ${quote(range.from)} AND ${TS} < (current_date + 1)::timestamptz - interval '1 year'`;
      return range.to === null
        ? `${TS} >= ${quote(range.from)}`
        : `${TS} >= ${quote(range.from)} AND ${TS} < ${quote(range.to)}`;
  }
}

/** A month counted back from this one, for column names: this_month, last_month, 2_months_ago. */
function monthLabel(back: number): string {
  return back === 0 ? 'this_month' : back === 1 ? 'last_month' : `${back}_months_ago`;
}

/** A short snake_case label of a period for column names: this_month, last_7_days, 2026_03. */
export function periodLabel(range: TimeRange): string {
  switch (range.kind) {
    case 'today':
    case 'yesterday':
    case 'day_before_yesterday':
      return range.kind;
    case 'last_days':
      return `last_${range.n}_days`;
    case 'prior_days':
      return `prior_${range.n}_days`;
    case 'last_hours':
      return `last_${range.n}_hours`;
    case 'last_units':
      return `last_${range.n}_${range.unit}s`;
    case 'full_units':
      return `last_${range.n}_full_${range.unit}s`;
    case 'this':
      return `this_${range.unit}`;
    case 'previous': {
      const label = range.back ? `${range.back}_${range.unit}s_ago` : `last_${range.unit}`;
      return range.toDate ? `${label}_to_date` : label;
    }
    case 'month_span':
      return `${monthLabel(range.back)}_days_${range.from}_${range.to ?? (range.open ? 'on' : 'end')}`;
    case 'month_last_days':
      return `${monthLabel(range.back)}_last_${range.n}_days`;
    case 'dates': {
      if (range.to === null)
        return `since_${range.from.replace(/-/g, '_')}${range.toYearAgo ? '_to_same_date' : ''}`;
      const [fy, fm, fd] = range.from.split('-');
      const [ty, tm, td] = range.to.split('-');
      if (fd === '01' && td === '01' && fm === '01' && tm === '01' && Number(ty) === Number(fy) + 1)
        return `${fy}`;
      if (fd === '01' && td === '01') {
        const months = (Number(ty) - Number(fy)) * 12 + Number(tm) - Number(fm);
        if (months === 1) return `${fy}_${fm}`;
        if (months === 3 && (Number(fm) - 1) % 3 === 0) return `${fy}_q${(Number(fm) + 2) / 3}`;
        if (months === 6 && (fm === '01' || fm === '07')) return `${fy}_h${fm === '01' ? 1 : 2}`;
      }
      return `${range.from.replace(/-/g, '_')}_to_${range.to.replace(/-/g, '_')}`;
    }
  }
}

/** The enum columns that may be NULL (migrations/001): no entry mode, no wallet. */
const NULLABLE_COLUMNS: ReadonlySet<string> = new Set(['pos_entry_mode', 'wallet_type']);

export function filterCondition(f: Filter, amount: string = AMOUNT): string {
  switch (f.kind) {
    case 'values': {
      const allowed: readonly string[] = ENUM_VALUES[f.column];
      const values = f.values.filter((v) => allowed.includes(v));
      if (values.length === 0) throw new Error(`no valid ${f.column} values`);
      const condition =
        values.length === 1
          ? `${f.column} ${f.negated ? '<>' : '='} ${quote(values[0]!)}`
          : `${f.column} ${f.negated ? 'NOT IN' : 'IN'} (${values.map(quote).join(', ')})`;
      // "payments not made with Apple Pay" include those made with no wallet: NULL <> 'Apple Pay' is
      // not true, so a negation of a nullable column keeps its NULLs outright.
      return f.negated && NULLABLE_COLUMNS.has(f.column)
        ? `(${f.column} IS NULL OR ${condition})`
        : condition;
    }
    case 'ids': {
      const values = f.values.map((v) => numberLiteral(Math.trunc(v)));
      if (values.length === 1) return `${f.column} ${f.negated ? '<>' : '='} ${values[0]}`;
      return `${f.column} ${f.negated ? 'NOT IN' : 'IN'} (${values.join(', ')})`;
    }
    case 'amount':
      return `${amount} ${f.op} ${numberLiteral(f.value)}`;
    case 'amount_between':
      return `${amount} BETWEEN ${numberLiteral(f.min)} AND ${numberLiteral(f.max)}`;
    case 'presence':
      return `${f.column} IS ${f.present ? 'NOT ' : ''}NULL`;
    case 'weekday': {
      const days = sortedDays(f.days).map((d) => numberLiteral(d));
      const expr = `extract(isodow FROM ${TS})`;
      return days.length === 1 ? `${expr} = ${days[0]}` : `${expr} IN (${days.join(', ')})`;
    }
    case 'month_days': {
      const days = sortedDays(f.days);
      const expr = `extract(day FROM ${TS})`;
      const first = days[0]!;
      const last = days.at(-1)!;
      if (days.length === 1) return `${expr} = ${numberLiteral(first)}`;
      if (unbrokenDays(days)) return `${expr} BETWEEN ${numberLiteral(first)} AND ${numberLiteral(last)}`;
      return `${expr} IN (${days.map((d) => numberLiteral(d)).join(', ')})`;
    }
    case 'hours': {
      const hour = `extract(hour FROM ${TS})`;
      const from = numberLiteral(Math.trunc(f.from));
      const to = numberLiteral(Math.trunc(f.to));
      // "from 22:00 to 06:00" runs past midnight.
      if (f.to <= f.from) return `(${hour} >= ${from} OR ${hour} < ${to})`;
      return f.to === 24 ? `${hour} >= ${from}` : `${hour} >= ${from} AND ${hour} < ${to}`;
    }
  }
}

/** The amount bands as columns: each band's condition (as `bandExpression` bounds it) and a label. */
function bandSides(frame: Frame): { condition: string; label: string }[] {
  const bands = frame.bands ?? [];
  const amount = amountColumn(frame);
  const n = (b: number) => numberLiteral(b);
  const upper = (i: number) => (frame.bandsTopOver && i === bands.length - 1 ? '<=' : '<');
  const lower = (i: number) => (frame.bandsTopOver && i === bands.length - 1 ? '>' : '>=');
  return [
    ...bands.map((b, i) => ({
      condition:
        i === 0
          ? `${amount} ${upper(i)} ${n(b)}`
          : `${amount} ${lower(i - 1)} ${n(bands[i - 1]!)} AND ${amount} ${upper(i)} ${n(b)}`,
      label: i === 0 ? `under_${n(b)}` : `from_${n(bands[i - 1]!)}_to_${n(b)}`,
    })),
    {
      condition: `${amount} ${lower(bands.length - 1)} ${n(bands.at(-1)!)}`,
      label: `over_${n(bands.at(-1)!)}`,
    },
  ];
}

interface Column {
  expression: string;
  alias: string;
}

/** A share in each of two periods compared: a column each, the part and the whole both of that period. */
function shareCompareColumns(frame: Frame): Column[] {
  const { earlier, later } = frame.compare!;
  const share = frame.share!;
  const basis = frame.measures[0]!;
  const amount = amountColumn(frame);
  let labels = [periodLabel(earlier), periodLabel(later)];
  if (labels[0] === labels[1]) labels = ['earlier', 'later'];
  const alias = basis.fn === 'sum' ? 'amount_share_pct' : 'share_pct';
  const condition = share.subset.map((f) => filterCondition(f, amount)).join(' AND ');
  return [earlier, later].map((range, k) => {
    const period = timeCondition(range);
    const whole = measureExpression(basis, amount, period);
    if (share.subset.length === 0)
      return {
        expression: `100.0 * ${whole} / nullif(sum(${whole}) OVER (), 0)`,
        alias: `${alias}_${labels[k]}`,
      };
    const part = measureExpression(basis, amount, `${condition} AND ${period}`);
    const numerator = basis.fn === 'sum' ? `coalesce(${part}, 0)` : part;
    return { expression: `100.0 * ${numerator} / nullif(${whole}, 0)`, alias: `${alias}_${labels[k]}` };
  });
}

function measureColumns(frame: Frame): Column[] {
  const columns: Column[] = [];
  if (frame.share && frame.compare) return shareCompareColumns(frame);
  if (frame.share) {
    const basis = frame.measures[frame.share.measure ?? 0]!;
    const amount = amountColumn(frame);
    // (Figures shown in the unit asked, "in millions of tenge"; the part's condition compares tenge.)
    const shown = shownAmount(frame);
    const total = measureExpression(basis, shown);
    const alias = basis.fn === 'sum' ? 'amount_share_pct' : 'share_pct';
    if (frame.share.subset.length === 0 && !frame.share.period) {
      // (Every measure asked, then the share of the one it is of.)
      if (frame.share.withMeasure)
        for (const m of frame.measures)
          columns.push({ expression: measureExpression(m, shown), alias: measureAlias(m) });
      // "banks' shares by month", «доли банков … по месяцам»: each group's share within its period, the
      // periods' shares of all time would say nothing of the mix.
      const periods = frame.dimensions.filter(isTimeDimension);
      const within =
        periods.length > 0 && periods.length < frame.dimensions.length
          ? `PARTITION BY ${periods.map((d) => dimensionExpression(d, frame)).join(', ')}`
          : '';
      columns.push({ expression: `100.0 * ${total} / sum(${total}) OVER (${within})`, alias });
    } else {
      const period = frame.share.period;
      const condition = [
        ...frame.share.subset.map((f) => filterCondition(f, amount)),
        ...(period ? [timeCondition(period)] : []),
      ].join(' AND ');
      // "weekdays vs weekends: the share of contactless paid by phone, side by side": the share within
      // each side of the split, a column each.
      const sides = frame.sideBySide ? splitSides(frame) : [{ condition: '', label: '' }];
      for (const side of sides) {
        const within = (c?: string) => [c, side.condition].filter(Boolean).join(' AND ') || undefined;
        const part = measureExpression(basis, shown, within(condition));
        const numerator = basis.fn === 'sum' ? `coalesce(${part}, 0)` : part;
        const suffix = side.label ? `_${side.label}` : '';
        // ("…, of which …": the whole's figure and the part's, no percentage.)
        if (frame.share.ofWhich) {
          columns.push({
            expression: measureExpression(basis, shown, within()),
            alias: `${measureAlias(basis)}${suffix}`,
          });
          columns.push({ expression: numerator, alias: `${measureAlias(basis)}_of_which${suffix}` });
          continue;
        }
        if (frame.share.withMeasure)
          columns.push({ expression: numerator, alias: `${measureAlias(basis)}${suffix}` });
        columns.push({
          expression: `100.0 * ${numerator} / nullif(${measureExpression(basis, shown, within())}, 0)`,
          alias: `${alias}${suffix}`,
        });
      }
    }
    return columns;
  }
  if (frame.compare) {
    const { earlier, later } = frame.compare;
    let earlierLabel = periodLabel(earlier);
    let laterLabel = periodLabel(later);
    if (earlierLabel === laterLabel) {
      earlierLabel = 'earlier';
      laterLabel = 'later';
    }
    for (const m of frame.measures) {
      const alias = measureAlias(m);
      const a = measureExpression(m, shownAmount(frame), timeCondition(earlier));
      const b = measureExpression(m, shownAmount(frame), timeCondition(later));
      const output = frame.compare.output;
      // ("full": both periods, the difference and the change in %; "with_difference": both periods and
      // the difference.)
      if (output === undefined || output === 'both' || output === 'full' || output === 'with_difference') {
        columns.push({ expression: a, alias: `${alias}_${earlierLabel}` });
        columns.push({ expression: b, alias: `${alias}_${laterLabel}` });
      }
      if (output === 'difference' || output === 'full' || output === 'with_difference') {
        // Later minus earlier; a period with no rows counts as 0 for a total or a count.
        const zero = (x: string) => (m.fn === 'sum' || m.fn === 'count' ? `coalesce(${x}, 0)` : x);
        columns.push({ expression: `${zero(b)} - ${zero(a)}`, alias: `${alias}_difference` });
      }
      if (output === undefined || output === 'change' || output === 'full') {
        columns.push({
          expression: `100.0 * (${b} - ${a}) / nullif(${a}, 0)`,
          alias: frame.measures.length === 1 ? 'change_pct' : `${alias}_change_pct`,
        });
      }
    }
    return columns;
  }
  if (frame.sideBySide) {
    // Each measure once for each side of the split, as a column of one row; with the difference asked,
    // the first side minus the second after them (or alone).
    for (const m of frame.measures) {
      const sides = splitSides(frame).map((side) => ({
        expression: measureExpression(m, shownAmount(frame), side.condition),
        alias: `${measureAlias(m)}_${side.label}`,
      }));
      if (frame.sideDifference !== 'difference') columns.push(...sides);
      if (frame.sideDifference) {
        // (A side with no rows counts as 0 for a total or a count, as between two periods.)
        const zero = (x: string) => (m.fn === 'sum' || m.fn === 'count' ? `coalesce(${x}, 0)` : x);
        const [a, b] = sides as [Column, Column];
        columns.push({
          expression: `${zero(a.expression)} - ${zero(b.expression)}`,
          alias: `${measureAlias(m)}_difference`,
        });
      }
    }
    return columns;
  }
  for (const m of frame.measures)
    columns.push({ expression: measureExpression(m, shownAmount(frame)), alias: measureAlias(m) });
  // Both amounts: each amount measure again in the payment's own currency, after all the measures (the
  // first columns stay one per measure, as sorting by a measure's position expects).
  if (frame.amountIn === 'both')
    for (const m of frame.measures)
      if (m.fn !== 'count' && m.fn !== 'count_distinct')
        columns.push({
          expression: measureExpression(m, ORIGINAL_AMOUNT),
          alias: `${measureAlias(m)}_original`,
        });
  return columns;
}

/** An identifier made of a label's Latin letters and digits, if it has any. */
function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const DAY_LABELS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The two sides of a two-way split laid out side by side: the condition of each and its label. */
function splitSides(frame: Frame): { condition: string; label: string }[] {
  if (frame.dimensions[0] === 'amount_band') return bandSides(frame);
  if (frame.dimensions[0] === 'hour_split' && frame.hourSplit)
    return frame.hourSplit.map((h) => ({
      condition: hoursCondition(h),
      label: slug(h.label) || `h${h.from}`,
    }));
  const weekend = `extract(isodow FROM ${TS}) IN (6, 7)`;
  if (frame.dimensions[0] === 'weekend')
    return [
      { condition: `NOT ${weekend}`, label: 'weekday' },
      { condition: weekend, label: 'weekend' },
    ];
  if (frame.dimensions[0] === 'weekday') {
    // "Saturday than Sunday": the two days of the weekday filter, in the week's order.
    const days = frame.filters.flatMap((f) => (f.kind === 'weekday' ? [...new Set(f.days)] : [])).sort();
    return days.map((d) => ({
      condition: `extract(isodow FROM ${TS}) = ${numberLiteral(d)}`,
      label: DAY_LABELS[d - 1]!,
    }));
  }
  const { labels } = frame.split!;
  const named = filterCondition(splitFilter(frame.split!));
  const first = slug(labels[0]) || 'named';
  const second = slug(labels[1]) || 'rest';
  const distinct = first !== second;
  return [
    { condition: named, label: distinct ? first : 'named' },
    // (A NULL of the column is on the other side: «без кошелька» are the payments with no wallet.)
    { condition: `(${named}) IS NOT TRUE`, label: distinct ? second : 'rest' },
  ];
}

/**
 * "top 3 categories in each city": the grouped rows numbered within each group of the other
 * dimensions by the ranking's measure, and the first `limit` of each kept — the groups in order, each
 * group's rows by the measure.
 */
function rankWithinGroups(
  frame: Frame,
  grouped: readonly string[],
  columns: readonly Column[],
  shown: readonly Column[],
  byMeasure: string,
): string {
  const direction = frame.order === 'asc' ? 'ASC' : 'DESC';
  const groups = frame.dimensions
    .filter((d) => d !== frame.rankedWithin)
    .map((d) => columns.find((c) => c.alias === d)!);
  const by = columns.find((c) => c.alias === byMeasure)!;
  const inner = columns.map((c) =>
    c.expression === c.alias ? c.expression : `${c.expression} AS ${c.alias}`,
  );
  const window = `row_number() OVER (PARTITION BY ${groups.map((g) => g.expression).join(', ')} ORDER BY ${by.expression} ${direction}) AS rank_in_group`;
  // The groups first, then the ranked column, then what is shown of the measures.
  const outer = [
    ...groups.map((g) => g.alias),
    frame.rankedWithin!,
    ...shown.filter((c) => !frame.dimensions.includes(c.alias as Dimension)).map((c) => c.alias),
  ];
  return [
    `SELECT ${outer.join(', ')}`,
    'FROM (',
    `SELECT ${[...inner, window].join(', ')}`,
    ...grouped.slice(1),
    ') AS ranked',
    `WHERE rank_in_group <= ${frame.limit}`,
    `ORDER BY ${[...groups.map((g) => g.alias), `${byMeasure} ${direction}`].join(', ')}`,
  ].join('\n');
}

/**
 * "What rank is Shymkent by turnover?": every group ranked by the measure, largest first (ties share a
 * place), and the place of the one value asked.
 */
function placeOfValue(frame: Frame, grouped: readonly string[], group: Column, measure: Column): string {
  const { value, withFigure } = frame.placeOf!;
  const ranked = `rank() OVER (ORDER BY ${measure.expression} DESC NULLS LAST) AS place`;
  const label = group.expression === group.alias ? group.alias : `${group.expression} AS ${group.alias}`;
  const figure = `${measure.expression} AS ${measure.alias}`;
  return [
    withFigure ? `SELECT place, ${measure.alias}` : 'SELECT place',
    'FROM (',
    `SELECT ${[label, ...(withFigure ? [figure] : []), ranked].join(', ')}`,
    ...grouped.slice(1),
    ') AS ranked',
    `WHERE ${group.alias} = ${quote(value)}`,
  ].join('\n');
}

/** The groups whose first measure rose (fell) from the earlier period to the later; none counts as 0. */
function changeSignCondition(frame: Frame): string {
  const { earlier, later } = frame.compare!;
  const m = frame.measures[0]!;
  const zero = (x: string) => (m.fn === 'sum' || m.fn === 'count' ? `coalesce(${x}, 0)` : x);
  const a = zero(measureExpression(m, amountColumn(frame), timeCondition(earlier)));
  const b = zero(measureExpression(m, amountColumn(frame), timeCondition(later)));
  return frame.changeSign === 'up' ? `${b} > ${a}` : `${b} < ${a}`;
}

/** The condition on each group: its measure against the number (over the payments `condition` keeps). */
function havingCondition(frame: Frame, condition?: string): string {
  const { of, op, value } = frame.having!;
  return `${measureExpression(groupConditionMeasure(of), amountColumn(frame), condition)} ${op} ${numberLiteral(value)}`;
}

/** The columns a value of a column fixes: a merchant's city, category and code, a code's category. */
const FIXED_BY: Partial<Record<Dimension, readonly string[]>> = {
  merchant_id: ['merchant_city', 'mcc_category', 'merchant_mcc'],
  merchant_mcc: ['mcc_category'],
};

/**
 * The conditions of a frame whose groups are every value of its columns: those that say which groups
 * are meant — a filter of a grouped column, or of a column its values fix ("MCC codes in Travel") — and
 * those the groups' payments are counted under (the other filters and the period).
 */
function splitGroupFilters(frame: Frame): { groups: string[]; counted: string[] } {
  const describes = (f: Filter) =>
    'column' in f && frame.dimensions.some((d) => d === f.column || (FIXED_BY[d] ?? []).includes(f.column));
  const condition = (f: Filter) => filterCondition(f, amountColumn(frame));
  return {
    groups: frame.filters.filter(describes).map(condition),
    counted: [
      ...frame.filters.filter((f) => !describes(f)).map(condition),
      ...(frame.time ? [timeCondition(frame.time)] : []),
    ],
  };
}

/**
 * "Which cities had no more than 20 yuan transactions last quarter?", «категории, у которых не более 50
 * онлайн-покупок»: a group with none of those payments passes "at most N" too, and with the payments
 * filtered it would be no group at all. So the groups are every value of the column, and the filters
 * and the period are the measures' own (`count(*) FILTER (WHERE …)`, a total of none is 0). Only counts
 * and totals of a breakdown by a column (a period's days are the period's, filtered as before).
 */
function keepsGroupsWithNone(frame: Frame): boolean {
  const h = frame.having;
  return (
    h !== undefined &&
    (h.op === '<' || h.op === '<=') &&
    (h.of === 'count' || h.of === 'cards' || h.of === 'merchants') &&
    frame.dimensions.length > 0 &&
    !frame.dimensions.some(isTimeDimension) &&
    (frame.filters.length > 0 || frame.time !== null) &&
    !frame.compare &&
    !frame.share &&
    !frame.sideBySide &&
    frame.rankedWithin === undefined &&
    !frame.listValues &&
    !frame.labelsOnly &&
    frame.measures.every((m) => m.fn === 'count' || m.fn === 'sum' || m.fn === 'count_distinct')
  );
}

/**
 * "How many merchants had a turnover above 1 million", "how many days had a turnover above 6 million":
 * the column (or the day, week, month) whose values are counted, if so.
 */
function passingCounted(frame: Frame): string | null {
  const [m] = frame.measures;
  if (!frame.having || frame.dimensions.length > 0 || frame.measures.length !== 1) return null;
  if (m?.fn === 'count_periods') return `date_trunc('${m.unit}', ${TS})`;
  return m?.fn === 'count_distinct' ? m.column : null;
}

/** The values of the column whose own payments pass the condition, counted. */
function countPassing(frame: Frame, column: string, where: readonly string[], alias: string): string {
  // (A period's start is never blank.)
  const notBlank = column.startsWith('date_trunc(') ? [] : [`${column} IS NOT NULL`];
  return [
    `SELECT count(*) AS ${alias}`,
    'FROM (',
    `SELECT ${column}`,
    'FROM transactions',
    `WHERE ${[...where, ...notBlank].join(' AND ')}`,
    `GROUP BY ${column}`,
    `HAVING ${havingCondition(frame)}`,
    ') AS passing',
  ].join('\n');
}

/**
 * "In each city, how many merchants made more than 500 000 tenge": the merchants of each group whose own
 * payments pass the condition, counted per group (largest first as a breakdown is, or as ranked).
 */
function countPassingWithin(frame: Frame, group: Column, where: readonly string[], alias: string): string {
  return [
    `SELECT ${group.alias}, count(*) AS ${alias}`,
    'FROM (',
    `SELECT ${group.expression} AS ${group.alias}, merchant_id`,
    'FROM transactions',
    `WHERE ${[...where, 'merchant_id IS NOT NULL'].join(' AND ')}`,
    `GROUP BY ${group.expression}, merchant_id`,
    `HAVING ${havingCondition(frame)}`,
    ') AS passing',
    `GROUP BY ${group.alias}`,
    // (a series of periods in time order)
    isTimeDimension(frame.dimensions[0]!) && frame.limit === null
      ? `ORDER BY ${group.alias}`
      : `ORDER BY ${alias} ${frame.order === 'asc' ? 'ASC' : 'DESC'}`,
    ...(frame.limit === null ? [] : [`LIMIT ${frame.limit}`]),
    ...(frame.offset === undefined ? [] : [`OFFSET ${frame.offset}`]),
  ].join('\n');
}

/**
 * "Which cities had not a single payment in lira?": every value of the column (the blank left out),
 * kept when none of its payments match the filters and the period — counted over all the payments, so
 * a value with no payments in the period at all is among them. Days, weeks or months of a period
 * ("which days in November had no ATM withdrawal in Taraz") are those of the period: there the period
 * bounds the rows, not the count.
 */
function absentValues(frame: Frame, column: { expression: string; alias: string }): string {
  const dimension = frame.dimensions[0]!;
  // ("Which wallets other than Apple Pay were never used …": a filter of the column itself says which
  // values are asked about.)
  const { groups, counted: conditions } = splitGroupFilters(frame);
  const periodRows = (TIME_UNITS as readonly string[]).includes(dimension);
  const time = frame.time ? [timeCondition(frame.time)] : [];
  const where = [
    ...(NULLABLE_COLUMNS.has(dimension) ? [`${column.expression} IS NOT NULL`] : []),
    ...groups,
    ...(periodRows ? time : []),
  ];
  const counted = periodRows ? conditions.filter((c) => !time.includes(c)) : conditions;
  const select =
    column.expression === column.alias ? column.expression : `${column.expression} AS ${column.alias}`;
  return [
    `SELECT ${select}`,
    'FROM transactions',
    ...(where.length > 0 ? [`WHERE ${where.join(' AND ')}`] : []),
    `GROUP BY ${column.expression}`,
    // (Nothing left to count under: "MCC codes in Travel that never had payments" have had some.)
    counted.length > 0
      ? `HAVING count(*) FILTER (WHERE ${counted.join(' AND ')}) = 0`
      : 'HAVING count(*) = 0',
    `ORDER BY ${column.alias}`,
  ].join('\n');
}

export function buildSql(frame: Frame): string {
  // (A split laid out side by side is in the columns: no rows to group.)
  // (…the other dimensions are its rows: "for each city, side by side".)
  const dimensions = (frame.sideBySide ? frame.dimensions.slice(1) : frame.dimensions).map((d) => ({
    expression: dimensionExpression(d, frame),
    alias: d,
  }));
  // "rounded to 2 decimals": each measure rounded in the SQL, so the figures shown are the SQL's.
  const decimals = frame.decimals;
  const measures = measureColumns(frame).map((c) =>
    decimals === undefined ? c : { ...c, expression: `round((${c.expression})::numeric, ${decimals})` },
  );
  // "just the hour": the ranking's labels, ordered by a measure not shown.
  // ("which wallets appear": the values alone.)
  const shown =
    (frame.labelsOnly && frame.limit !== null) || frame.listValues
      ? dimensions
      : [...dimensions, ...measures];
  const select = shown.map((c) =>
    c.expression === c.alias ? c.expression : `${c.expression} AS ${c.alias}`,
  );

  const where = frame.filters.map((f) => filterCondition(f, amountColumn(frame)));
  // (An hour split leaves out the payments of the hours neither side names.)
  if (frame.hourSplit) where.push(`(${frame.hourSplit.map((h) => `(${hoursCondition(h)})`).join(' OR ')})`);
  // (A blank is no value of the column: "which wallets appear" lists wallets.)
  // (…said once: "which wallets were used? ignore nulls" asks it too.)
  const notBlank = `${dimensions[0]?.expression} IS NOT NULL`;
  if (frame.listValues && !where.includes(notBlank)) where.push(notBlank);
  if (frame.compare) {
    where.push(`((${timeCondition(frame.compare.earlier)}) OR (${timeCondition(frame.compare.later)}))`);
  } else if (frame.overlap && frame.time) {
    // ("cards that paid in both October and November", "… in November but not in October": counted over
    // both periods by inclusion–exclusion, so the card key stays inside count(DISTINCT …), the one use of
    // it the guard allows (merchants likewise): both = in the first + in the other − in either; never in
    // the other = in either − in the other.)
    const [first, other] = [timeCondition(frame.time), timeCondition(frame.overlap.other)];
    where.push(`((${first}) OR (${other}))`);
    const counted = frame.measures[0]!.fn === 'count_distinct' ? frame.measures[0]!.column : 'card_key';
    const distinct = (condition?: string) =>
      condition ? `count(DISTINCT ${counted}) FILTER (WHERE ${condition})` : `count(DISTINCT ${counted})`;
    const overlap = frame.overlap.also
      ? `${distinct(first)} + ${distinct(other)} - ${distinct()}`
      : `${distinct()} - ${distinct(other)}`;
    const expression = decimals === undefined ? overlap : `round((${overlap})::numeric, ${decimals})`;
    measures[0] = { ...measures[0]!, expression };
    select[dimensions.length] = `${expression} AS ${measures[0]!.alias}`;
  } else if (frame.time) {
    where.push(timeCondition(frame.time));
  }

  if (frame.absent) return absentValues(frame, dimensions[0]!);
  const counted = passingCounted(frame);
  if (counted) return countPassing(frame, counted, where, measures[0]!.alias);
  if (frame.having?.each && dimensions.length === 1 && measures.length === 1)
    return countPassingWithin(frame, dimensions[0]!, where, measures[0]!.alias);
  // ("no more than 20": the groups with none kept, the conditions the measures' own — but not those
  // that say which groups are meant.)
  const { groups: groupWhere, counted: countedWhere } = splitGroupFilters(frame);
  const withNone =
    keepsGroupsWithNone(frame) && countedWhere.length > 0 ? countedWhere.join(' AND ') : undefined;
  if (withNone !== undefined) {
    for (const [k, m] of frame.measures.entries()) {
      const expression = measureExpression(m, shownAmount(frame), withNone);
      const zero = m.fn === 'sum' ? `coalesce(${expression}, 0)` : expression;
      measures[k] = {
        ...measures[k]!,
        expression: decimals === undefined ? zero : `round((${zero})::numeric, ${decimals})`,
      };
    }
    select.splice(
      dimensions.length,
      measures.length,
      ...measures.map((c) => `${c.expression} AS ${c.alias}`),
    );
  }
  const lines = [`SELECT ${select.join(', ')}`, 'FROM transactions'];
  const rowsWhere = withNone === undefined ? where : groupWhere;
  // ("On what place is Google Pay among the wallets": a blank is no value of the column, as for "which
  // wallets appear" — the payments with no wallet take no place among the wallets.)
  if (
    frame.placeOf !== undefined &&
    NULLABLE_COLUMNS.has(frame.dimensions[0]!) &&
    !rowsWhere.includes(notBlank)
  )
    rowsWhere.push(notBlank);
  if (rowsWhere.length > 0) lines.push(`WHERE ${rowsWhere.join(' AND ')}`);
  if (dimensions.length > 0) lines.push(`GROUP BY ${dimensions.map((d) => d.expression).join(', ')}`);
  const kept = [
    ...(frame.having ? [havingCondition(frame, withNone)] : []),
    ...(frame.changeSign ? [changeSignCondition(frame)] : []),
  ];
  if (kept.length > 0) lines.push(`HAVING ${kept.join(' AND ')}`);
  if (frame.placeOf !== undefined) return placeOfValue(frame, lines, dimensions[0]!, measures[0]!);

  // (Ranked by the change: the change's own column, which the comparison shows.)
  const changeColumn =
    frame.compare && frame.rankByChange
      ? measures.find((c) =>
          frame.rankByChange === 'difference'
            ? c.alias.endsWith('_difference')
            : c.alias.endsWith('change_pct'),
        )?.alias
      : undefined;
  // ("…, by descending sum": the measure the sort named, when it is not the first.)
  const sorted = frame.sortMeasure === undefined ? undefined : measures[frame.sortMeasure]?.alias;
  // ("count, amount in the original currency and amount in KZT": with both amounts, the rows by the
  // tenge — the one amount that adds up across currencies.)
  const tenge =
    frame.amountIn === 'both'
      ? measures[frame.measures.findIndex((m) => m.fn !== 'count' && m.fn !== 'count_distinct')]?.alias
      : undefined;
  const byMeasure =
    changeColumn ??
    sorted ??
    (frame.compare
      ? (measures.find((c) => c.alias.includes(periodLabel(frame.compare!.later)))?.alias ??
        measures[1]?.alias ??
        measures[0]?.alias)
      : (tenge ?? measures[0]?.alias));
  if (frame.rankedWithin !== undefined && frame.limit !== null && byMeasure) {
    return rankWithinGroups(frame, lines, [...dimensions, ...measures], shown, byMeasure);
  }
  // (A change in % has no value where the earlier period had none: those groups rank last, not first.)
  const direction =
    (frame.order === 'asc' ? 'ASC' : 'DESC') + (changeColumn && frame.order !== 'asc' ? ' NULLS LAST' : '');
  if (frame.limit !== null && byMeasure) {
    const by = frame.labelsOnly ? measures.find((c) => c.alias === byMeasure)!.expression : byMeasure;
    lines.push(`ORDER BY ${by} ${direction}`);
    lines.push(`LIMIT ${frame.limit}`);
    if (frame.offset !== undefined) lines.push(`OFFSET ${frame.offset}`);
  } else if (dimensions.length > 0) {
    const timeFirst = [...dimensions].sort(
      (a, b) => Number(isTimeDimension(b.alias as Dimension)) - Number(isTimeDimension(a.alias as Dimension)),
    );
    const first = frame.dimensions[0]!;
    const named = frame.filters.find(
      (f) => f.kind === 'values' && !f.negated && f.column === first && f.values.length > 1,
    );
    if (frame.sideBySide) {
      // ("for each city, weekdays and weekends side by side": the rows by their labels, a timeline in
      // time order.)
      lines.push(`ORDER BY ${dimensions.map((d) => d.alias).join(', ')}`);
    } else if (frame.alphabetical || frame.listValues) {
      // "listed alphabetically by bank": the rows by their labels.
      lines.push(`ORDER BY ${first}`);
    } else if (frame.order !== null && byMeasure) {
      // "all seven days, highest first", "each city, sorted ascending": the rows by their measure.
      lines.push(`ORDER BY ${byMeasure} ${direction}`);
    } else if (first === 'amount_band') {
      // The bands from the lowest up.
      lines.push(`ORDER BY min(${amountColumn(frame)})`);
    } else if (timeFirst.some((d) => isTimeDimension(d.alias as Dimension))) {
      // ("by bank and month": the groups first, as said.)
      const said = frame.groupsFirst ? [...timeFirst].reverse() : timeFirst;
      lines.push(`ORDER BY ${said.map((d) => d.alias).join(', ')}`);
    } else if (frame.listed && named?.kind === 'values') {
      // "Halyk vs Kaspi": Halyk's row first, as the question names them.
      const rank = named.values.map((v, k) => `WHEN ${quote(v)} THEN ${k + 1}`).join(' ');
      lines.push(`ORDER BY CASE ${first} ${rank} END`);
    } else if (byMeasure) {
      lines.push(`ORDER BY ${byMeasure} DESC`);
    }
  }
  return lines.join('\n');
}
