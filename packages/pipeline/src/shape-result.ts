import type { Analysis, Cell, Chart, Column, Language } from '@pa/contracts';

const NUMERIC_TYPES = new Set(['bigint', 'smallint', 'integer', 'real', 'double', 'numeric']);
const TIME_TYPES = new Set(['date', 'timestamp', 'timestamptz']);
const TIME_NAMES = /(^|_)(hour|day|date|week|month|quarter|year|weekday|period|bucket|dow)(_|$)/i;
const SHARE_NAMES = /(share|percent|pct|доля)/i;
const MARKDOWN_ROW_CAP = 100;

export interface ShapeInput {
  question: string;
  language: Language;
  columns: Column[];
  rows: Cell[][];
  truncated: boolean;
  explanation?: string | undefined;
}

export interface Shaped {
  table: string;
  chart: Chart;
  analysis: Analysis;
}

const isNumericColumn = (c: Column) => NUMERIC_TYPES.has(c.type);

function formatNumber(value: number, language: Language): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return value.toLocaleString(language === 'en' ? 'en-US' : 'ru-RU', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function formatCell(value: Cell, column: Column | undefined, language: Language): string {
  if (value === null) return '—';
  if (typeof value === 'number') return formatNumber(value, language);
  if (column && TIME_TYPES.has(column.type) && typeof value === 'string') {
    return value.endsWith('T00:00:00.000Z') || /T\d\d:00:00/.test(value)
      ? value.replace('.000Z', 'Z')
      : value;
  }
  return String(value);
}

function escapeMarkdown(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A Markdown table of the first rows (the full rows stay in `rows`). */
export function markdownTable(columns: Column[], rows: Cell[][], language: Language): string {
  if (columns.length === 0) return '';
  const header = `| ${columns.map((c) => escapeMarkdown(c.name)).join(' | ')} |`;
  const rule = `| ${columns.map((c) => (isNumericColumn(c) ? '---:' : '---')).join(' | ')} |`;
  const body = rows
    .slice(0, MARKDOWN_ROW_CAP)
    .map((r) => `| ${r.map((v, i) => escapeMarkdown(formatCell(v, columns[i], language))).join(' | ')} |`);
  const more =
    rows.length > MARKDOWN_ROW_CAP
      ? [
          language === 'en'
            ? `\n…and ${rows.length - MARKDOWN_ROW_CAP} more rows`
            : `\n…и ещё ${rows.length - MARKDOWN_ROW_CAP} строк`,
        ]
      : [];
  return [header, rule, ...body, ...more].join('\n');
}

/** Chart.js data: bars for a breakdown, a line for a time series, a pie for shares. */
export function chartFor(columns: Column[], rows: Cell[][]): Chart {
  const none: Chart = { type: 'none', data: { labels: [], datasets: [] } };
  if (columns.length < 2 || rows.length < 2) return none;
  const labelIndex = columns.findIndex((c) => !isNumericColumn(c) || TIME_NAMES.test(c.name));
  if (labelIndex === -1) return none;
  const measureIndexes = columns
    .map((c, i) => (i !== labelIndex && isNumericColumn(c) ? i : -1))
    .filter((i) => i >= 0);
  if (measureIndexes.length === 0) return none;
  const labelColumn = columns[labelIndex]!;
  const isTime = TIME_TYPES.has(labelColumn.type) || TIME_NAMES.test(labelColumn.name);
  const isShare = measureIndexes.length === 1 && SHARE_NAMES.test(columns[measureIndexes[0]!]!.name);
  return {
    type: isTime ? 'line' : isShare ? 'pie' : 'bar',
    data: {
      labels: rows.map((r) => (r[labelIndex] === null ? '—' : String(r[labelIndex]))),
      datasets: measureIndexes.map((i) => ({
        label: columns[i]!.name,
        data: rows.map((r) => (typeof r[i] === 'number' ? (r[i] as number) : null)),
      })),
    },
  };
}

const SUGGESTIONS: Record<'en' | 'ru', string[]> = {
  en: [
    'How many transactions were there yesterday?',
    'Top 5 categories by amount in the last 30 days',
    'Average check by city this month',
    'Daily transaction count over the last 14 days',
  ],
  ru: [
    'Сколько транзакций было вчера?',
    'Топ-5 категорий по сумме за последние 30 дней',
    'Средний чек по городам в этом месяце',
    'Количество транзакций по дням за последние 14 дней',
  ],
};

/** Headline, a few insights and follow-up suggestions, computed from the numbers (no LLM). */
export function analyse(input: ShapeInput): Analysis {
  const { columns, rows, language } = input;
  const en = language === 'en';
  const insights: string[] = [];
  let headline: string;
  const measureIndex = columns.findIndex(isNumericColumn);
  const labelIndex = columns.findIndex((c) => !isNumericColumn(c));

  if (rows.length === 0) {
    headline = en ? 'No transactions match this question.' : 'Нет транзакций, подходящих под вопрос.';
  } else if (rows.length === 1 && columns.length <= 3 && measureIndex >= 0) {
    headline = columns.map((c, i) => `${c.name}: ${formatCell(rows[0]![i] ?? null, c, language)}`).join(', ');
  } else if (measureIndex >= 0 && labelIndex >= 0) {
    const values = rows.map((r) => (typeof r[measureIndex] === 'number' ? (r[measureIndex] as number) : 0));
    const total = values.reduce((a, b) => a + b, 0);
    const measure = columns[measureIndex]!.name;
    const isTime = TIME_NAMES.test(columns[labelIndex]!.name) || TIME_TYPES.has(columns[labelIndex]!.type);
    if (isTime && values.length >= 2) {
      const first = values[0]!;
      const last = values.at(-1)!;
      const change = first === 0 ? null : ((last - first) / first) * 100;
      headline = en
        ? `${measure} over ${rows.length} periods${change === null ? '' : `: ${change >= 0 ? '+' : ''}${change.toFixed(1)}% from first to last`}`
        : `${measure} за ${rows.length} периодов${change === null ? '' : `: ${change >= 0 ? '+' : ''}${change.toFixed(1)}% от первого к последнему`}`;
      const maxIdx = values.indexOf(Math.max(...values));
      insights.push(
        en
          ? `Peak: ${formatCell(rows[maxIdx]![labelIndex] ?? null, columns[labelIndex], language)} with ${formatNumber(values[maxIdx]!, language)}`
          : `Пик: ${formatCell(rows[maxIdx]![labelIndex] ?? null, columns[labelIndex], language)} — ${formatNumber(values[maxIdx]!, language)}`,
      );
    } else {
      const top = rows[0]!;
      const share = total > 0 ? (values[0]! / total) * 100 : 0;
      const label = formatCell(top[labelIndex] ?? null, columns[labelIndex], language);
      headline = en
        ? `${label} leads with ${formatNumber(values[0]!, language)} ${measure}`
        : `Лидер — ${label}: ${formatNumber(values[0]!, language)} (${measure})`;
      if (total > 0 && rows.length > 1 && !SHARE_NAMES.test(measure)) {
        insights.push(
          en
            ? `${label} is ${share.toFixed(1)}% of the ${rows.length} rows shown`
            : `${label} — ${share.toFixed(1)}% от показанных ${rows.length} строк`,
        );
      }
    }
    if (!SHARE_NAMES.test(measure) && !/avg|average|median|mean|средн/i.test(measure)) {
      insights.push(
        en
          ? `Total ${measure}: ${formatNumber(total, language)}`
          : `Итого ${measure}: ${formatNumber(total, language)}`,
      );
    }
  } else {
    headline = en ? `${rows.length} rows` : `Строк: ${rows.length}`;
  }
  if (input.truncated) {
    insights.push(
      en
        ? `Only the first ${rows.length} rows are shown; narrow the question to see all.`
        : `Показаны только первые ${rows.length} строк; уточните вопрос, чтобы увидеть всё.`,
    );
  }
  const explanation =
    input.explanation ??
    (en
      ? 'Computed by one read-only SQL query over the transactions table (shown with the answer).'
      : 'Посчитано одним SQL-запросом только на чтение по таблице transactions (запрос приложен к ответу).');
  return { headline, insights, explanation, suggested_questions: SUGGESTIONS[en ? 'en' : 'ru'].slice(0, 3) };
}

export function shapeResult(input: ShapeInput): Shaped {
  return {
    table: markdownTable(input.columns, input.rows, input.language),
    chart: chartFor(input.columns, input.rows),
    analysis: analyse(input),
  };
}
