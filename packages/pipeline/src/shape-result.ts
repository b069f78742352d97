import type { Analysis, Cell, Chart, Column, Language } from '@pa/contracts';
import { formatNumber } from './format-numbers.js';
import { measureOf } from './measure-words.js';
import { detectPeriodUnit, formatPeriodLabels, isCurrentPeriod } from './period-labels.js';
import { isNumericColumn, writeAnalysis } from './write-analysis.js';

const TIME_TYPES = new Set(['date', 'timestamp', 'timestamptz']);
/**
 * Names of label columns that hold periods even when numeric (`hour_of_day`, `weekday`, `year`). Only
 * at the start: `total_amount_last_month` is a measure of a period, not a label.
 */
const TIME_NAMES = /^(hour|day|date|week|month|quarter|year|weekday|period|bucket|dow)(_|$)/i;
const SHARE_NAMES = /(share|percent|pct|доля)/i;
const MARKDOWN_ROW_CAP = 100;

export interface ShapeInput {
  question: string;
  language: Language;
  columns: Column[];
  rows: Cell[][];
  truncated: boolean;
  explanation?: string | undefined;
  /** The SQL that made the rows: its `date_trunc` unit says how periods are bucketed. */
  sql?: string | undefined;
  /** Now, and the asker's time zone: a last period that is still running is marked as so far, not read as a drop. */
  now?: Date | undefined;
  timeZone?: string | undefined;
}

export interface Shaped {
  table: string;
  chart: Chart;
  analysis: Analysis;
}

/** A true / false label in words: `weekend` (Saturday or Sunday) or any other yes / no column. */
const BOOLEAN_WORDS: Record<Language, { weekend: [string, string]; other: [string, string] }> = {
  en: { weekend: ['weekend', 'weekday'], other: ['yes', 'no'] },
  ru: { weekend: ['выходные', 'будни'], other: ['да', 'нет'] },
  kk: { weekend: ['демалыс күндері', 'жұмыс күндері'], other: ['иә', 'жоқ'] },
};

/** The rest of a split ("domestic vs abroad": KAZ and the rest). */
const OTHER_WORD: Record<Language, string> = { en: 'other', ru: 'остальные', kk: 'қалғандары' };

function formatCell(value: Cell, column: Column | undefined, language: Language): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') {
    const words = BOOLEAN_WORDS[language][column?.name === 'weekend' ? 'weekend' : 'other'];
    return value ? words[0] : words[1];
  }
  // The builtin planner's weekend split labels its rows 'weekend' / 'weekday'.
  if (column?.name === 'weekend' && (value === 'weekend' || value === 'weekday')) {
    const words = BOOLEAN_WORDS[language].weekend;
    return value === 'weekend' ? words[0] : words[1];
  }
  // The builtin planner's split of named values against the rest labels the rest 'other'.
  if (column?.name === 'group_split' && value === 'other') return OTHER_WORD[language];
  if (typeof value === 'number') return formatNumber(value, language);
  if (column && TIME_TYPES.has(column.type) && typeof value === 'string') {
    return value.endsWith('T00:00:00.000Z') || /T\d\d:00:00/.test(value)
      ? value.replace('.000Z', 'Z')
      : value;
  }
  return String(value);
}

/** A measure's name in words (`Spending`), or its column's name when two measures would read the same. */
function datasetLabel(
  columns: Column[],
  measureIndexes: number[],
  i: number,
  language: Language | undefined,
): string {
  const name = columns[i]!.name;
  if (!language) return name;
  const words = (j: number) => measureOf(columns[j]!.name).subject[language];
  const clash = measureIndexes.some((j) => j !== i && words(j) === words(i));
  return clash || measureOf(name).kind === 'value' ? name : words(i);
}

function escapeMarkdown(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

const MORE_ROWS: Record<Language, (n: number) => string> = {
  en: (n) => `…and ${n} more rows`,
  ru: (n) => `…и ещё ${n} строк`,
  kk: (n) => `…және тағы ${n} жол`,
};

/** A Markdown table of the first rows (the full rows stay in `rows`); a period column reads as its labels. */
export function markdownTable(
  columns: Column[],
  rows: Cell[][],
  language: Language,
  periods?: { index: number; labels: string[] },
): string {
  if (columns.length === 0) return '';
  const header = `| ${columns.map((c) => escapeMarkdown(c.name)).join(' | ')} |`;
  const rule = `| ${columns.map((c) => (isNumericColumn(c) ? '---:' : '---')).join(' | ')} |`;
  const body = rows
    .slice(0, MARKDOWN_ROW_CAP)
    .map(
      (r, row) =>
        `| ${r
          .map((v, i) =>
            escapeMarkdown(
              periods && i === periods.index
                ? (periods.labels[row] ?? '—')
                : formatCell(v, columns[i], language),
            ),
          )
          .join(' | ')} |`,
    );
  const more =
    rows.length > MARKDOWN_ROW_CAP ? [`\n${MORE_ROWS[language](rows.length - MARKDOWN_ROW_CAP)}`] : [];
  return [header, rule, ...body, ...more].join('\n');
}

/**
 * Chart.js data: bars for a breakdown, a line for a time series, a pie for
 * shares. `labels` replaces the label column's raw values (periods as
 * `Jan 2026`); with `language`, datasets are named by what they measure.
 */
export function chartFor(
  columns: Column[],
  rows: Cell[][],
  options: { labels?: string[]; language?: Language } = {},
): Chart {
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
      labels: options.labels ?? rows.map((r) => (r[labelIndex] === null ? '—' : String(r[labelIndex]))),
      datasets: measureIndexes.map((i) => ({
        label: datasetLabel(columns, measureIndexes, i, options.language),
        data: rows.map((r) => (typeof r[i] === 'number' ? (r[i] as number) : null)),
      })),
    },
  };
}

/** Where the rows' labels are, whether they are periods, and how each reads. */
function readLabels(input: ShapeInput) {
  const { columns, rows, language } = input;
  const labelIndex = columns.findIndex((c) => !isNumericColumn(c) || TIME_NAMES.test(c.name));
  const values = labelIndex < 0 ? [] : rows.map((r) => r[labelIndex] ?? null);
  const unit = labelIndex < 0 ? null : detectPeriodUnit(values, input.sql);
  const labels = unit
    ? formatPeriodLabels(values, unit, language)
    : values.map((v) => formatCell(v, columns[labelIndex], language));
  const partialRow =
    unit !== null && input.now !== undefined && input.timeZone !== undefined
      ? values.findIndex((v) => isCurrentPeriod(v, unit, input.now!, input.timeZone!))
      : -1;
  return { labelIndex, unit, labels, partialRow: partialRow < 0 ? null : partialRow };
}

/** Headline, insights and follow-up suggestions, computed from the numbers (no LLM). */
export function analyse(input: ShapeInput): Analysis {
  return writeAnalysis({ ...input, ...readLabels(input) });
}

const SO_FAR: Record<Language, string> = { en: 'so far', ru: 'неполный', kk: 'толық емес' };

export function shapeResult(input: ShapeInput): Shaped {
  const read = readLabels(input);
  const periodCells = read.unit === null ? undefined : { index: read.labelIndex, labels: read.labels };
  const chartLabels = read.labels.map((l, i) =>
    i === read.partialRow ? `${l} (${SO_FAR[input.language]})` : l,
  );
  return {
    table: markdownTable(input.columns, input.rows, input.language, periodCells),
    chart: chartFor(input.columns, input.rows, { labels: chartLabels, language: input.language }),
    analysis: writeAnalysis({ ...input, ...read }),
  };
}
