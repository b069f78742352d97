import type { Cell, Column, Language } from '@pa/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriodLabels, type PeriodUnit } from './period-labels.js';
import { shapeResult } from './shape-result.js';

const MEASURES = [
  'total_amount',
  'transaction_count',
  'avg_amount',
  'median_amount',
  'p90_amount',
  'max_amount',
  'card_count',
  'amount_share_pct',
];
const CATEGORIES = [
  'Grocery & Food Markets',
  'Dining & Restaurants',
  'Fuel',
  'Travel',
  'Pharmacy',
  'Electronics',
];

/** A value as a query returns it: whole tenge or counts, kopecks, now and then a null. */
const measureValue = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5_000_000_000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 100) },
  { weight: 1, arbitrary: fc.constant(null) },
);

interface Case {
  language: Language;
  columns: Column[];
  rows: Cell[][];
  truncated: boolean;
  sql?: string;
  now?: Date;
  /** The label column's period unit, for series. */
  unit?: PeriodUnit;
}

const language = fc.constantFrom<Language>('en', 'ru', 'kk');

const pad = (n: number) => String(n).padStart(2, '0');
const series = fc
  .record({
    language,
    measure: fc.constantFrom(...MEASURES),
    unit: fc.constantFrom<PeriodUnit>('month', 'day', 'hour'),
    start: fc.integer({ min: 0, max: 300 }),
    values: fc.array(measureValue, { minLength: 1, maxLength: 14 }),
    partial: fc.boolean(),
    truncated: fc.boolean(),
  })
  .map(({ language, measure, unit, start, values, partial, truncated }): Case => {
    const base = Date.UTC(2025, 0, 1) + start * 86_400_000;
    const stamps = values.map((_, i) => {
      const d = new Date(base);
      if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + i, 1);
      if (unit === 'day') d.setUTCDate(d.getUTCDate() + i);
      if (unit === 'hour') d.setUTCHours(i);
      return d;
    });
    const text = (d: Date) =>
      `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:00:00+00`;
    const last = stamps.at(-1)!;
    const now = partial ? new Date(last.getTime() + 60_000) : new Date(Date.UTC(2030, 0, 1));
    return {
      language,
      columns: [
        { name: unit, type: 'timestamptz' },
        { name: measure, type: 'numeric' },
      ],
      rows: stamps.map((d, i) => [text(d), values[i] ?? null]),
      truncated,
      sql: `SELECT date_trunc('${unit}', transaction_timestamp) AS ${unit}, ${measure} FROM transactions GROUP BY 1`,
      now,
      unit,
    };
  });

const ranking = fc
  .record({
    language,
    measure: fc.constantFrom(...MEASURES),
    labels: fc.shuffledSubarray(CATEGORIES, { minLength: 1 }),
    values: fc.array(measureValue, { minLength: 6, maxLength: 6 }),
    truncated: fc.boolean(),
  })
  .map(
    ({ language, measure, labels, values, truncated }): Case => ({
      language,
      columns: [
        { name: 'mcc_category', type: 'text' },
        { name: measure, type: 'numeric' },
      ],
      rows: labels.map((l, i) => [l, values[i] ?? null]),
      truncated,
    }),
  );

const single = fc
  .record({
    language,
    measures: fc.uniqueArray(fc.constantFrom(...MEASURES), { minLength: 1, maxLength: 3 }),
    values: fc.array(measureValue, { minLength: 3, maxLength: 3 }),
  })
  .map(
    ({ language, measures, values }): Case => ({
      language,
      columns: measures.map((name) => ({ name, type: 'numeric' })),
      rows: [measures.map((_, i) => values[i] ?? null)],
      truncated: false,
    }),
  );

/** Every value, total, share, top-3 share and change the rows allow, and the row count. */
function derivedValues(c: Case): number[] {
  const out = [c.rows.length];
  c.columns.forEach((col, i) => {
    if (col.type !== 'numeric') return;
    const values = c.rows.map((r) => r[i]).filter((v): v is number => typeof v === 'number');
    const total = values.reduce((a, b) => a + b, 0);
    out.push(values.length, values.length - 1, total, ...values);
    const desc = [...values].sort((a, b) => b - a);
    let prefix = 0;
    for (const v of desc) {
      prefix += v;
      if (total > 0) out.push((v / total) * 100, (prefix / total) * 100);
    }
    for (const a of values) for (const b of values) if (a !== 0) out.push(((b - a) / a) * 100);
  });
  return out.map(Math.abs);
}

const NUMBER: Record<Language, RegExp> = {
  en: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g,
  ru: /\d{1,3}(?:\u00a0\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g,
  kk: /\d{1,3}(?:\u00a0\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g,
};
const SCALE = /^\u00a0(M|B|млн|млрд)\u00a0₸/;

/** Each number printed in `text`, as a value and the half-unit it was rounded to. */
function printedNumbers(
  text: string,
  lang: Language,
): Array<{ printed: string; value: number; tolerance: number }> {
  return [...text.matchAll(NUMBER[lang])].map((m) => {
    const printed = m[0];
    const plain =
      lang === 'en' ? printed.replace(/,/g, '') : printed.replace(/\u00a0/g, '').replace(',', '.');
    const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
    const unit = SCALE.exec(text.slice((m.index ?? 0) + printed.length))?.[1];
    const scale = unit === 'M' || unit === 'млн' ? 1e6 : unit === 'B' || unit === 'млрд' ? 1e9 : 1;
    return { printed, value: Number(plain) * scale, tolerance: 0.5 * 10 ** -decimals * scale };
  });
}

describe('writeAnalysis (property)', () => {
  it('prints only numbers the rows hold or compute, rounded as printed, and never a column name', () => {
    fc.assert(
      fc.property(fc.oneof(series, ranking, single), (c) => {
        const shaped = shapeResult({
          question: 'q',
          language: c.language,
          columns: c.columns,
          rows: c.rows,
          truncated: c.truncated,
          sql: c.sql,
          ...(c.now ? { now: c.now, timeZone: 'UTC' } : {}),
        });
        const { headline, insights } = shaped.analysis;
        const labels = c.unit
          ? formatPeriodLabels(
              c.rows.map((r) => r[0] ?? null),
              c.unit,
              c.language,
            )
          : c.columns[0]?.type === 'text'
            ? c.rows.map((r) => String(r[0]))
            : [];
        let text = [headline, ...insights.flatMap((i) => [i.title, i.description])]
          .join('\n')
          .replace('Top 3', '');
        // A measure's own name may carry a number ("The 90th percentile payment"): a name, not a value.
        text = text.replace(/\d+(?:\.\d+)?(?=th percentile|-й перцентиль|-перцентил)/gi, ' ');
        for (const label of [...labels].sort((a, b) => b.length - a.length))
          text = text.split(label).join(' ');
        const candidates = derivedValues(c);
        for (const n of printedNumbers(text, c.language)) {
          const match = candidates.some(
            (v) => Math.abs(v - n.value) <= n.tolerance + 1e-9 * Math.max(1, Math.abs(v)),
          );
          expect(match, `${n.printed} in «${text}» is not a value of the rows`).toBe(true);
        }
        for (const col of c.columns)
          expect(`${headline} ${JSON.stringify(insights)}`).not.toContain(col.name);
        for (const i of insights) expect(['High', 'Medium', 'Low']).toContain(i.significance);
      }),
      { numRuns: 400 },
    );
  });
});
