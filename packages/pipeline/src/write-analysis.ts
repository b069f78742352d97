import type { Analysis, Cell, Column, Insight, Language } from '@pa/contracts';
import { readComparedPeriods } from './compared-periods.js';
import { formatNumber, formatPercent, russianPlural } from './format-numbers.js';
import { formatQuantity, type Measure, measureOf, russianVerb } from './measure-words.js';
import { MONTH_NAME, type PeriodUnit, parseWallClock } from './period-labels.js';

const NUMERIC_TYPES = new Set(['bigint', 'smallint', 'integer', 'real', 'double', 'numeric']);
export const isNumericColumn = (c: Column) => NUMERIC_TYPES.has(c.type);

/** The rows as the analysis reads them: which column labels, which measures, and how periods read. */
export interface AnalysisInput {
  language: Language;
  columns: Column[];
  rows: Cell[][];
  truncated: boolean;
  explanation?: string | undefined;
  /** The label column, when there is one (a period or a category). */
  labelIndex: number;
  /** The label column's unit when it holds periods. */
  unit: PeriodUnit | null;
  /** Each row's label as printed in the chart and table. */
  labels: string[];
  /** The row of the period still running (this month so far), if the rows have it. */
  partialRow: number | null;
}

const SUGGESTIONS: Record<Language, string[]> = {
  en: [
    'How many transactions were there yesterday?',
    'Top 5 categories by amount in the last 30 days',
    'Average check by city this month',
  ],
  ru: [
    'Сколько транзакций было вчера?',
    'Топ-5 категорий по сумме за последние 30 дней',
    'Средний чек по городам в этом месяце',
  ],
  kk: [
    'Кеше қанша транзакция болды?',
    'Соңғы 30 күндегі сома бойынша үздік 5 санат',
    'Осы айдағы қалалар бойынша орташа чек',
  ],
};

const EXPLANATION: Record<Language, string> = {
  en: 'Computed by one read-only SQL query over the transactions table (shown with the answer).',
  ru: 'Посчитано одним SQL-запросом только на чтение по таблице transactions (запрос приложен к ответу).',
  kk: 'Transactions кестесі бойынша тек оқуға арналған бір SQL сұрауымен есептелді (сұрау жауапқа қоса берілген).',
};

const T = {
  noRows: {
    en: 'No transactions match this question.',
    ru: 'Нет транзакций, подходящих под вопрос.',
    kk: 'Сұраққа сәйкес транзакциялар жоқ.',
  },
  truncatedTitle: {
    en: 'Not every row is shown',
    ru: 'Показаны не все строки',
    kk: 'Барлық жол көрсетілмеген',
  },
  truncated: (n: string) => ({
    en: `Only the first ${n} rows are shown; narrow the question to see all.`,
    ru: `Показаны только первые ${n} строк; уточните вопрос, чтобы увидеть всё.`,
    kk: `Алғашқы ${n} жол ғана көрсетілген; бәрін көру үшін сұрақты нақтылаңыз.`,
  }),
  rowsFound: (n: string) => ({
    en: `${n} ${n === '1' ? 'row' : 'rows'} found`,
    ru: `Найдено строк: ${n}`,
    kk: `Табылған жолдар: ${n}`,
  }),
  result: { en: 'Result', ru: 'Результат', kk: 'Нәтиже' },
  trend: { en: 'Trend', ru: 'Динамика', kk: 'Динамика' },
  peak: { en: 'Highest', ru: 'Максимум', kk: 'Ең жоғары мән' },
  low: { en: 'Lowest', ru: 'Минимум', kk: 'Ең төмен мән' },
  total: { en: 'Total', ru: 'Итого', kk: 'Барлығы' },
  partial: { en: 'Period not over yet', ru: 'Период ещё идёт', kk: 'Кезең әлі аяқталған жоқ' },
  leader: { en: 'Leader', ru: 'Лидер', kk: 'Көшбасшы' },
  top3: { en: 'Top 3', ru: 'Первая тройка', kk: 'Алғашқы үшеуі' },
  smallest: { en: 'Smallest', ru: 'Меньше всего', kk: 'Ең азы' },
} as const;

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Genitive month names, for Russian `с января`. */
const RU_MONTH_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
/** Kazakh month names with -дан/-ға: `қаңтардан`, `қазанға`. */
const KK_MONTH_FROM = [
  'қаңтардан',
  'ақпаннан',
  'наурыздан',
  'сәуірден',
  'мамырдан',
  'маусымнан',
  'шілдеден',
  'тамыздан',
  'қыркүйектен',
  'қазаннан',
  'қарашадан',
  'желтоқсаннан',
];
const KK_MONTH_TO = [
  'қаңтарға',
  'ақпанға',
  'наурызға',
  'сәуірге',
  'мамырға',
  'маусымға',
  'шілдеге',
  'тамызға',
  'қыркүйекке',
  'қазанға',
  'қарашаға',
  'желтоқсанға',
];

interface Point {
  row: number;
  label: string;
  value: number;
}

/** `from January to October` — month names when both are months of one year, the labels otherwise. */
function span(a: Point, b: Point, input: AnalysisInput, rows: Cell[][]): Record<Language, string> {
  const wa = parseWallClock(rows[a.row]?.[input.labelIndex]);
  const wb = parseWallClock(rows[b.row]?.[input.labelIndex]);
  if (input.unit === 'month' && wa && wb && wa.year === wb.year) {
    return {
      en: `from ${MONTH_NAME.en[wa.month - 1]} to ${MONTH_NAME.en[wb.month - 1]}`,
      ru: `с ${RU_MONTH_GENITIVE[wa.month - 1]} по ${MONTH_NAME.ru[wb.month - 1]}`,
      kk: `${KK_MONTH_FROM[wa.month - 1]} ${KK_MONTH_TO[wb.month - 1]} дейін`,
    };
  }
  return {
    en: `from ${a.label} to ${b.label}`,
    ru: `с ${a.label} по ${b.label}`,
    kk: `${a.label} – ${b.label} аралығында`,
  };
}

/** `November` for a month, the label otherwise (`Mon 24 Nov`, `Q4 2026`). */
function periodName(p: Point, input: AnalysisInput, rows: Cell[][]): Record<Language, string> {
  const w = parseWallClock(rows[p.row]?.[input.labelIndex]);
  if (input.unit === 'month' && w) {
    return {
      en: MONTH_NAME.en[w.month - 1]!,
      ru: MONTH_NAME.ru[w.month - 1]!,
      kk: MONTH_NAME.kk[w.month - 1]!,
    };
  }
  return { en: p.label, ru: p.label, kk: p.label };
}

function trendHeadline(m: Measure, first: Point, last: Point, input: AnalysisInput, rows: Cell[][]) {
  const lang = input.language;
  const when = span(first, last, input, rows)[lang];
  const subject = m.subject[lang];
  if (first.value === 0) {
    const q = formatQuantity(m, last.value, lang);
    return {
      en: `${subject}: ${q} in ${last.label}`,
      ru: `${subject}: ${q} (${last.label})`,
      kk: `${subject}: ${q} (${last.label})`,
    }[lang];
  }
  const change = ((last.value - first.value) / Math.abs(first.value)) * 100;
  const rounded = Math.round(change * 10) / 10;
  const pct = formatPercent(change, lang);
  if (rounded === 0) {
    return {
      en: `${subject} held steady ${when}`,
      ru: `${subject} ${russianVerb(m, { m: 'не изменился', f: 'не изменилась', n: 'не изменилось' })} ${when}`,
      kk: `${subject} ${when} өзгерген жоқ`,
    }[lang];
  }
  const up = rounded > 0;
  return {
    en: `${subject} ${up ? 'grew' : 'fell'} ${pct} ${when}`,
    ru: `${subject} ${russianVerb(m, up ? { m: 'вырос', f: 'выросла', n: 'выросло' } : { m: 'снизился', f: 'снизилась', n: 'снизилось' })} на ${pct} ${when}`,
    kk: `${subject} ${when} ${pct}-ға ${up ? 'өсті' : 'төмендеді'}`,
  }[lang];
}

/** `November so far: 1.2 M ₸`; a label (`Mon 24 Nov`) is left as the chart prints it. */
function soFar(m: Measure, p: Point, input: AnalysisInput, rows: Cell[][], startsSentence: boolean): string {
  const lang = input.language;
  const name = periodName(p, input, rows);
  const q = formatQuantity(m, p.value, lang);
  const kkName = input.unit === 'month' ? capitalise(name.kk) : name.kk;
  return {
    en: `${name.en} so far: ${q}`,
    ru: `${startsSentence ? 'За' : 'за'} ${name.ru} пока ${q} (период ещё не закончился)`,
    kk: `${kkName} әлі аяқталған жоқ: әзірге ${q}`,
  }[lang];
}

/** Where a period value falls in time, for ordering a series however the SQL ordered its rows. */
function instant(value: Cell | undefined): number {
  const w = parseWallClock(value);
  return w ? Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) : 0;
}

function timeSeries(m: Measure, unordered: Point[], input: AnalysisInput, rows: Cell[][]) {
  const lang = input.language;
  const points = [...unordered].sort(
    (a, b) => instant(rows[a.row]?.[input.labelIndex]) - instant(rows[b.row]?.[input.labelIndex]),
  );
  const insights: Insight[] = [];
  const latest = points.at(-1);
  const partial = latest !== undefined && latest.row === input.partialRow ? latest : null;
  const complete = partial ? points.slice(0, -1) : points;
  let headline: string;
  if (complete.length >= 2) {
    const first = complete[0]!;
    const last = complete.at(-1)!;
    headline = trendHeadline(m, first, last, input, rows);
    const signed =
      first.value === 0
        ? ''
        : `, ${formatPercent(((last.value - first.value) / Math.abs(first.value)) * 100, lang, { signed: true })}`;
    insights.push({
      title: T.trend[lang],
      description: `${m.subject[lang]}: ${formatQuantity(m, first.value, lang)} (${first.label}) → ${formatQuantity(m, last.value, lang)} (${last.label})${signed}.`,
      significance: 'High',
    });
  } else if (complete.length === 1) {
    const only = complete[0]!;
    headline = `${m.subject[lang]}: ${formatQuantity(m, only.value, lang)} (${only.label})`;
  } else {
    headline = partial ? soFar(m, partial, input, rows, true) : T.noRows[lang];
  }
  if (partial && complete.length >= 1) headline += `; ${soFar(m, partial, input, rows, false)}`;

  if (complete.length >= 3) {
    const max = complete.reduce((a, b) => (b.value > a.value ? b : a));
    const min = complete.reduce((a, b) => (b.value < a.value ? b : a));
    insights.push({
      title: T.peak[lang],
      description: `${max.label}: ${formatQuantity(m, max.value, lang)}.`,
      significance: 'Medium',
    });
    insights.push({
      title: T.low[lang],
      description: `${min.label}: ${formatQuantity(m, min.value, lang)}.`,
      significance: 'Low',
    });
  }
  if (partial) {
    const q = formatQuantity(m, partial.value, lang);
    insights.push({
      title: T.partial[lang],
      description: {
        en: `${partial.label} is not over yet (${q} so far), so it is left out of the comparison.`,
        ru: `${partial.label} ещё не закончился (пока ${q}), поэтому в сравнение не входит.`,
        kk: `${partial.label} әлі аяқталған жоқ (әзірге ${q}), сондықтан салыстыруға кірмейді.`,
      }[lang],
      significance: 'Medium',
    });
  }
  if (m.additive && points.length >= 2) {
    const total = points.reduce((s, p) => s + p.value, 0);
    const n = formatNumber(points.length, lang, 0);
    const q = formatQuantity(m, total, lang);
    insights.push({
      title: T.total[lang],
      description: {
        en: `${q} over ${n} periods.`,
        ru: `${q} за ${n} ${russianPlural(points.length, ['период', 'периода', 'периодов'])}.`,
        kk: `${n} кезеңде барлығы ${q}.`,
      }[lang],
      significance: 'Low',
    });
  }
  return { headline, insights };
}

function ranking(m: Measure, points: Point[], input: AnalysisInput) {
  const lang = input.language;
  const insights: Insight[] = [];
  const total = points.reduce((s, p) => s + p.value, 0);
  const withShares = m.additive && total > 0 && points.length > 1 && points.every((p) => p.value >= 0);
  const byValue = [...points].sort((a, b) => b.value - a.value);
  const leader = byValue[0]!;
  const q = formatQuantity(m, leader.value, lang);
  const share = withShares ? ` (${formatPercent((leader.value / total) * 100, lang)})` : '';
  const lower = m.subject[lang].toLocaleLowerCase();
  const highest = {
    en: `${leader.label} has the highest ${lower.replace(/^the /, '')}: ${q}`,
    ru: `${russianVerb(m, { m: 'Самый высокий', f: 'Самая высокая', n: 'Самое высокое' })} ${lower} — ${leader.label}: ${q}`,
    kk: `Ең жоғары ${lower} — ${leader.label}: ${q}`,
  }[lang];
  const headline =
    points.length === 1
      ? `${leader.label}: ${q}`
      : !m.additive
        ? highest
        : {
            en: `${leader.label} leads with ${q}${share}`,
            ru: `${leader.label} — на первом месте: ${q}${share}`,
            kk: `${leader.label} бірінші орында: ${q}${share}`,
          }[lang];
  if (points.length === 1) return { headline, insights };
  insights.push({
    title: T.leader[lang],
    description: withShares
      ? {
          en: `${leader.label}: ${q}, ${formatPercent((leader.value / total) * 100, lang)} of the total shown.`,
          ru: `${leader.label}: ${q}, ${formatPercent((leader.value / total) * 100, lang)} от показанного итога.`,
          kk: `${leader.label}: ${q}, көрсетілген жиынның ${formatPercent((leader.value / total) * 100, lang)}.`,
        }[lang]
      : `${leader.label}: ${q}.`,
    significance: 'High',
  });
  if (withShares && points.length > 3) {
    const top = byValue.slice(0, 3);
    const topShare = formatPercent((top.reduce((s, p) => s + p.value, 0) / total) * 100, lang);
    const names = top.map((p) => p.label).join(', ');
    insights.push({
      title: T.top3[lang],
      description: {
        en: `${names} make up ${topShare} of the total shown.`,
        ru: `${names} — ${topShare} от показанного итога.`,
        kk: `${names} — көрсетілген жиынның ${topShare}.`,
      }[lang],
      significance: 'Medium',
    });
  }
  const smallest = byValue.at(-1)!;
  insights.push({
    title: T.smallest[lang],
    description: `${smallest.label}: ${formatQuantity(m, smallest.value, lang)}.`,
    significance: 'Low',
  });
  if (m.additive) {
    const n = formatNumber(points.length, lang, 0);
    insights.push({
      title: T.total[lang],
      description: {
        en: `${formatQuantity(m, total, lang)} across ${n} rows shown.`,
        ru: `${formatQuantity(m, total, lang)} по ${n} ${russianPlural(points.length, ['строке', 'строкам', 'строкам'])}.`,
        kk: `Көрсетілген ${n} жол бойынша ${formatQuantity(m, total, lang)}.`,
      }[lang],
      significance: 'Low',
    });
  }
  return { headline, insights };
}

/** One row of numbers: `1,234 transactions` / `Spending: 12.3 M ₸`. */
function singleRow(input: AnalysisInput): string {
  const lang = input.language;
  const row = input.rows[0]!;
  // Two periods side by side: each named by its period, then the difference and the change (the
  // row's, or computed). (With the difference asked too, the periods were printed unnamed.)
  const isDifference = (c: Column) => /_difference$/.test(c.name);
  const measures = input.columns.flatMap((c, i) =>
    i !== input.labelIndex && isNumericColumn(c) && measureOf(c.name).kind !== 'change' && !isDifference(c)
      ? [i]
      : [],
  );
  // (A row with a label, "which bank fell the most": its periods are named too.)
  const compared = readComparedPeriods(input.columns, row, measures, lang);
  const named = input.labelIndex >= 0 ? `${input.labels[0]}: ` : '';
  if (compared) {
    const changeAt = input.columns.findIndex(
      (c) => isNumericColumn(c) && measureOf(c.name).kind === 'change',
    );
    const given = changeAt >= 0 ? row[changeAt] : undefined;
    const change = typeof given === 'number' ? formatPercent(given, lang, { signed: true }) : compared.change;
    const changeWord = measureOf('change_pct').subject[lang];
    const differenceAt = input.columns.findIndex(isDifference);
    const difference = differenceAt >= 0 ? row[differenceAt] : undefined;
    const differenceMeasure = differenceAt >= 0 ? measureOf(input.columns[differenceAt]!.name) : null;
    const differencePart =
      typeof difference === 'number' && differenceMeasure
        ? [`${differenceMeasure.subject[lang]}: ${formatQuantity(differenceMeasure, difference, lang)}`]
        : [];
    return (
      named +
      [...compared.parts, ...differencePart, ...(change ? [`${changeWord}: ${change}`] : [])].join('; ')
    );
  }
  const parts = input.columns.flatMap((c, i) => {
    const v = row[i];
    if (!isNumericColumn(c) || typeof v !== 'number') return [];
    const m = measureOf(c.name);
    const q = formatQuantity(m, v, lang);
    return [m.noun ? q : `${m.subject[lang]}: ${q}`];
  });
  const label = input.labelIndex >= 0 ? input.labels[0] : undefined;
  const text = parts.join('; ');
  return label ? `${label}: ${text}` : capitalise(text);
}

/** Rows of labels alone (no measure) that the headline lists. */
const LISTED_LABELS = 10;

/**
 * Headline, insights and follow-up suggestions, written from the numbers (no
 * LLM) in the asker's language. Measures are named in words from what their
 * column holds, never by the column's name, and every number printed is a
 * value of the rows or a share or change computed from them.
 */
export function writeAnalysis(input: AnalysisInput): Analysis {
  const { columns, rows, language: lang } = input;
  let headline: string;
  let insights: Insight[] = [];
  const measureIndex = columns.findIndex((c, i) => i !== input.labelIndex && isNumericColumn(c));
  if (rows.length === 0) {
    headline = T.noRows[lang];
  } else if (measureIndex >= 0 && (rows.length === 1 || input.labelIndex < 0)) {
    headline = singleRow(input);
    insights.push({ title: T.result[lang], description: `${headline}.`, significance: 'High' });
  } else if (measureIndex >= 0) {
    const m = measureOf(columns[measureIndex]!.name);
    const points: Point[] = rows.flatMap((r, row) =>
      typeof r[measureIndex] === 'number'
        ? [{ row, label: input.labels[row] ?? '—', value: r[measureIndex] as number }]
        : [],
    );
    const shaped =
      points.length === 0
        ? { headline: T.noRows[lang], insights: [] }
        : input.unit
          ? timeSeries(m, points, input, rows)
          : ranking(m, points, input);
    headline = shaped.headline;
    insights = shaped.insights;
  } else if (input.labelIndex >= 0 && rows.length <= LISTED_LABELS) {
    // "which hour … just the hour": the labels are the answer.
    headline = `${T.result[lang]}: ${input.labels.slice(0, rows.length).join(', ')}`;
  } else {
    headline = T.rowsFound(formatNumber(rows.length, lang, 0))[lang];
  }
  if (input.truncated) {
    insights.push({
      title: T.truncatedTitle[lang],
      description: T.truncated(formatNumber(rows.length, lang, 0))[lang],
      significance: 'Medium',
    });
  }
  return {
    headline,
    insights,
    explanation: input.explanation ?? EXPLANATION[lang],
    suggested_questions: SUGGESTIONS[lang],
  };
}
