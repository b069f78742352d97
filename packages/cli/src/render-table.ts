import type { Cell, Column } from '@pa/contracts';

export type Align = 'left' | 'right';

const NUMERIC_TYPES = new Set(['bigint', 'smallint', 'integer', 'real', 'double', 'numeric']);
/** Columns whose numbers are labels — years, months, weekdays, ids, codes: `2026`, `126153`, not `2,026`. */
const LABEL_NAMES =
  /(^|_)(hour|day|date|week|month|quarter|year|weekday|isodow|dow|period|bucket|id|code|mcc)(_|$)/i;
const WIDEST_TEXT = 60;

/** Width on a terminal, in code points: Latin, Cyrillic and Kazakh letters are one column each. */
const width = (text: string): number => [...text].length;

function pad(text: string, to: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

function clip(text: string, max: number): string {
  const points = [...text.replace(/\s+/g, ' ')];
  return points.length <= max ? points.join('') : `${points.slice(0, max - 1).join('')}…`;
}

/**
 * Rows under a header and a rule, columns two spaces apart, each padded to its widest cell;
 * `right` columns (numbers) line up on their last digit.
 */
export function renderTable(header: string[], rows: string[][], align: Align[]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!, align[i] ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const isNumericColumn = (column: Column | undefined, values: Cell[]): boolean =>
  (column !== undefined && NUMERIC_TYPES.has(column.type)) ||
  (values.length > 0 && values.every((v) => v === null || typeof v === 'number'));

/** A number as people read it: grouped thousands, two decimals unless whole (`73,651,719.77`, `1,204`). */
export function formatNumber(value: number, grouped = true): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: grouped,
  });
}

function formatCell(value: Cell, grouped: boolean): string {
  if (value === null) return '—';
  if (typeof value === 'number') return formatNumber(value, grouped);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return clip(value, WIDEST_TEXT);
}

/** An answer's columns and rows as an aligned table: numbers right-aligned and grouped (not labels), long text cut. */
export function renderResultTable(columns: Column[], rows: Cell[][]): string {
  const numeric = columns.map((c, i) =>
    isNumericColumn(
      c,
      rows.map((r) => r[i] ?? null),
    ),
  );
  const grouped = columns.map((c) => !LABEL_NAMES.test(c.name));
  return renderTable(
    columns.map((c) => c.name),
    rows.map((r) => columns.map((_, i) => formatCell(r[i] ?? null, grouped[i]!))),
    numeric.map((n) => (n ? 'right' : 'left')),
  );
}
