import { describe, expect, it } from 'vitest';
import { buildSql, filterCondition, periodLabel, timeCondition } from './build-sql.js';
import { type UnderstandContext, understandQuestion } from './builtin-planner.js';
import { type Frame, frameSchema, type TimeRange } from './frame.js';

const context: UnderstandContext = {
  now: new Date('2026-05-20T08:00:00Z'),
  timeZone: 'Asia/Almaty',
  previous: [],
};

function sqlOf(question: string): string {
  const result = understandQuestion(question, context);
  if (result.kind !== 'sql') throw new Error(`${question}: ${result.kind} ${result.message}`);
  return result.sql.replace(/\s+/g, ' ');
}

const T = 'transaction_timestamp';

describe('timeCondition follows the conventions table', () => {
  it.each<[TimeRange, string]>([
    [{ kind: 'today' }, `${T} >= current_date::timestamptz AND ${T} < (current_date + 1)::timestamptz`],
    [{ kind: 'yesterday' }, `${T} >= (current_date - 1)::timestamptz AND ${T} < current_date::timestamptz`],
    [
      { kind: 'day_before_yesterday' },
      `${T} >= (current_date - 2)::timestamptz AND ${T} < (current_date - 1)::timestamptz`,
    ],
    [{ kind: 'last_days', n: 7 }, `${T} >= (current_date - 6)::timestamptz`],
    [{ kind: 'last_days', n: 1 }, `${T} >= current_date::timestamptz`],
    [{ kind: 'this', unit: 'week' }, `${T} >= date_trunc('week', current_date)`],
    [
      { kind: 'previous', unit: 'month' },
      `${T} >= date_trunc('month', current_date) - interval '1 month' AND ${T} < date_trunc('month', current_date)`,
    ],
    [
      { kind: 'last_units', unit: 'month', n: 6 },
      `${T} >= date_trunc('month', current_date) - interval '5 months'`,
    ],
    [{ kind: 'dates', from: '2026-03-01', to: '2026-04-01' }, `${T} >= '2026-03-01' AND ${T} < '2026-04-01'`],
    [{ kind: 'dates', from: '2026-03-01', to: null }, `${T} >= '2026-03-01'`],
    [{ kind: 'last_hours', n: 24 }, `${T} >= current_timestamp - interval '24 hours'`],
  ])('%j', (range, sql) => {
    expect(timeCondition(range)).toBe(sql);
  });

  it('labels periods for column names', () => {
    expect(periodLabel({ kind: 'dates', from: '2026-03-01', to: '2026-04-01' })).toBe('2026_03');
    expect(periodLabel({ kind: 'dates', from: '2025-01-01', to: '2026-01-01' })).toBe('2025');
    expect(periodLabel({ kind: 'dates', from: '2026-01-01', to: '2026-04-01' })).toBe('2026_q1');
    expect(periodLabel({ kind: 'previous', unit: 'week' })).toBe('last_week');
  });
});

const SQL: [string, string][] = [
  [
    'How many transactions were there yesterday?',
    `SELECT count(*) AS transaction_count FROM transactions WHERE ${T} >= (current_date - 1)::timestamptz AND ${T} < current_date::timestamptz`,
  ],
  [
    'Сколько потратили на продукты в Алматы в прошлом месяце?',
    "SELECT sum(transaction_amount_kzt) AS total_amount FROM transactions WHERE mcc_category = 'Grocery & Food Markets' " +
      `AND merchant_city = 'Almaty' AND ${T} >= date_trunc('month', current_date) - interval '1 month' AND ${T} < date_trunc('month', current_date)`,
  ],
  [
    'Топ-5 категорий по сумме за неделю',
    `SELECT mcc_category, sum(transaction_amount_kzt) AS total_amount FROM transactions WHERE ${T} >= (current_date - 6)::timestamptz ` +
      'GROUP BY mcc_category ORDER BY total_amount DESC LIMIT 5',
  ],
  [
    'Median amount by bank',
    'SELECT issuer_bank_name, percentile_cont(0.5) WITHIN GROUP (ORDER BY transaction_amount_kzt) AS median_amount ' +
      'FROM transactions GROUP BY issuer_bank_name ORDER BY median_amount DESC',
  ],
  [
    'Оборот по месяцам за 2025 год',
    `SELECT date_trunc('month', ${T}) AS month, sum(transaction_amount_kzt) AS total_amount FROM transactions ` +
      `WHERE ${T} >= '2025-01-01' AND ${T} < '2026-01-01' GROUP BY date_trunc('month', ${T}) ORDER BY month`,
  ],
  [
    'Средний чек по дням недели',
    `SELECT extract(isodow FROM ${T}) AS weekday, avg(transaction_amount_kzt) AS avg_amount FROM transactions ` +
      `GROUP BY extract(isodow FROM ${T}) ORDER BY weekday`,
  ],
  [
    'Share of each category in total amount',
    'SELECT mcc_category, 100.0 * sum(transaction_amount_kzt) / sum(sum(transaction_amount_kzt)) OVER () AS amount_share_pct ' +
      'FROM transactions GROUP BY mcc_category ORDER BY amount_share_pct DESC',
  ],
  [
    'What percentage of the amount was spent abroad?',
    "SELECT 100.0 * coalesce(sum(transaction_amount_kzt) FILTER (WHERE acquirer_country_iso <> 'KAZ'), 0) " +
      '/ nullif(sum(transaction_amount_kzt), 0) AS amount_share_pct FROM transactions',
  ],
  [
    'Количество уникальных карт по банкам',
    'SELECT issuer_bank_name, count(DISTINCT card_key) AS card_count FROM transactions GROUP BY issuer_bank_name ORDER BY card_count DESC',
  ],
  [
    'How many transactions without a wallet on weekends?',
    `SELECT count(*) AS transaction_count FROM transactions WHERE wallet_type IS NULL AND extract(isodow FROM ${T}) IN (6, 7)`,
  ],
  [
    'Number of transactions between 1000 and 5000 tenge',
    'SELECT count(*) AS transaction_count FROM transactions WHERE transaction_amount_kzt BETWEEN 1000 AND 5000',
  ],
];

describe('buildSql: question → SQL', () => {
  it.each(SQL)('%s', (question, sql) => {
    expect(sqlOf(question)).toBe(sql);
  });

  it('compares two periods with FILTER and the change in percent, later minus earlier', () => {
    const sql = sqlOf('Average check growth this year vs last year');
    const prev = `${T} >= date_trunc('year', current_date) - interval '1 year' AND ${T} < date_trunc('year', current_date)`;
    const cur = `${T} >= date_trunc('year', current_date)`;
    expect(sql).toBe(
      `SELECT avg(transaction_amount_kzt) FILTER (WHERE ${prev}) AS avg_amount_last_year, ` +
        `avg(transaction_amount_kzt) FILTER (WHERE ${cur}) AS avg_amount_this_year, ` +
        `100.0 * (avg(transaction_amount_kzt) FILTER (WHERE ${cur}) - avg(transaction_amount_kzt) FILTER (WHERE ${prev})) ` +
        `/ nullif(avg(transaction_amount_kzt) FILTER (WHERE ${prev}), 0) AS change_pct ` +
        `FROM transactions WHERE ((${prev}) OR (${cur}))`,
    );
  });

  it('splits by amount bands with a CASE of numbers only, lowest band first', () => {
    const A = 'transaction_amount_kzt';
    const band = `CASE WHEN ${A} < 5000 THEN '< 5000' WHEN ${A} < 20000 THEN '5000–20000' ELSE '≥ 20000' END`;
    expect(sqlOf('number of payments by amount: under 5k, 5-20k, 20k+')).toBe(
      `SELECT ${band} AS amount_band, count(*) AS transaction_count FROM transactions ` +
        `GROUP BY ${band} ORDER BY min(${A})`,
    );
  });

  it('a frame with bands but no band dimension, or the other way round, is not a frame', () => {
    const frame = {
      version: 1,
      language: 'en',
      measures: [{ fn: 'count' }],
      dimensions: ['amount_band'],
      filters: [],
      time: null,
      compare: null,
      share: null,
      shape: 'breakdown',
      limit: null,
      order: null,
      confident: true,
    };
    expect(frameSchema.safeParse(frame).success).toBe(false);
    expect(frameSchema.safeParse({ ...frame, bands: [20_000, 5_000] }).success).toBe(false);
    expect(frameSchema.safeParse({ ...frame, bands: [5_000, 20_000] }).success).toBe(true);
  });

  it('compares two periods side by side only, when no change is asked for', () => {
    expect(sqlOf('Average check this year vs last year')).not.toContain('change_pct');
  });

  it('quotes values and refuses to print values outside the vocabulary', () => {
    const frame: Frame = {
      version: 1,
      language: 'en',
      measures: [{ fn: 'count' }],
      dimensions: [],
      filters: [
        { kind: 'values', column: 'merchant_city', negated: false, values: ["Almaty'; DROP TABLE x; --"] },
      ],
      time: null,
      compare: null,
      share: null,
      shape: 'single',
      limit: null,
      order: null,
      confident: true,
    };
    expect(() => buildSql(frame)).toThrow(/no valid merchant_city/);
  });

  it('never selects personal columns except inside count(DISTINCT …)', () => {
    for (const [question] of SQL) {
      const sql = sqlOf(question);
      expect(sql.replace(/count\(DISTINCT card_key\)/g, '')).not.toMatch(
        /card_key|card_id|expiry_date|transaction_id|\bid\b/,
      );
    }
  });
});

describe('whole units', () => {
  it('the last N full units end where the current unit starts', () => {
    expect(timeCondition({ kind: 'full_units', unit: 'week', n: 4 })).toBe(
      "transaction_timestamp >= date_trunc('week', current_date) - interval '4 weeks' AND transaction_timestamp < date_trunc('week', current_date)",
    );
    expect(periodLabel({ kind: 'full_units', unit: 'month', n: 3 })).toBe('last_3_full_months');
  });
});

describe('hours of the day as a filter', () => {
  it('reads the hour in the session zone, wrapping past midnight', () => {
    const T = 'extract(hour FROM transaction_timestamp)';
    expect(filterCondition({ kind: 'hours', from: 0, to: 6 })).toBe(`${T} >= 0 AND ${T} < 6`);
    expect(filterCondition({ kind: 'hours', from: 22, to: 6 })).toBe(`(${T} >= 22 OR ${T} < 6)`);
    expect(filterCondition({ kind: 'hours', from: 18, to: 24 })).toBe(`${T} >= 18`);
  });
});
