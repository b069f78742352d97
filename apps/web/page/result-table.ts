import type { Cell, Column } from '@pa/contracts';
import { h } from './dom.js';
import { type Lang, type Messages, numberFormat } from './i18n.js';

export interface SortState {
  column: number;
  direction: 'ascending' | 'descending';
}

/** Nulls last whichever way; numbers as numbers; text in the reader's language's order. */
export function compareCells(a: Cell, b: Cell, lang: Lang): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), lang, { numeric: true });
}

export function sortRows(rows: readonly Cell[][], sort: SortState | null, lang: Lang): Cell[][] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const byValue = compareCells(x.row[sort.column] ?? null, y.row[sort.column] ?? null, lang);
      // Nulls stay last in both directions; ties keep the API's order.
      const nullLast = x.row[sort.column] === null || y.row[sort.column] === null;
      return (nullLast ? byValue : sign * byValue) || x.index - y.index;
    })
    .map((r) => r.row);
}

function formatCell(value: Cell, numbers: Intl.NumberFormat): string {
  if (value === null) return '—';
  if (typeof value === 'number') return numbers.format(value);
  return String(value);
}

/**
 * The rows as a table whose column headers are buttons that sort it (ascending, then descending);
 * `aria-sort` tells screen readers the order. Each cell keeps the API's value in `data-value`.
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly Cell[][],
  lang: Lang,
  t: Messages,
  sort: SortState | null,
  onSort: (sort: SortState) => void,
): HTMLElement {
  const numbers = numberFormat(lang);
  const numeric = columns.map((_, i) => rows.some((r) => typeof r[i] === 'number'));
  const head = h(
    'tr',
    {},
    ...columns.map((col, i) => {
      const current = sort?.column === i ? sort.direction : null;
      const next: SortState = { column: i, direction: current === 'ascending' ? 'descending' : 'ascending' };
      return h(
        'th',
        { scope: 'col', 'aria-sort': current ?? 'none', class: numeric[i] ? 'num' : '' },
        h(
          'button',
          { type: 'button', class: 'sort', title: t.sortBy(col.name), onclick: () => onSort(next) },
          col.name,
          h(
            'span',
            { class: 'sort-mark', 'aria-hidden': 'true' },
            current === 'ascending' ? '▲' : current === 'descending' ? '▼' : '↕',
          ),
        ),
      );
    }),
  );
  const body = h(
    'tbody',
    {},
    ...sortRows(rows, sort, lang).map((row) =>
      h(
        'tr',
        {},
        ...row.map((value, i) =>
          h(
            'td',
            { class: numeric[i] ? 'num' : '', 'data-value': JSON.stringify(value) },
            formatCell(value, numbers),
          ),
        ),
      ),
    ),
  );
  return h('table', { class: 'result-table', 'data-testid': 'result-table' }, h('thead', {}, head), body);
}
