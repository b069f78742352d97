import type { Cell } from '@pa/contracts';

/**
 * Execution-accuracy comparison as in Spider / BIRD / sql-eval: result sets
 * are multisets of rows; column names and column order are ignored; row order
 * matters only when the reference orders its rows. Numbers are equal within a
 * relative 1e-6 or an absolute 0.005; a timestamp at midnight equals its date.
 */
export interface CompareOptions {
  ordered: boolean;
}

export interface Comparison {
  equal: boolean;
  reason?: string;
}

const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})[ T]00:00:00(?:\.0+)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

export function normalizeCell(value: Cell): Cell {
  if (typeof value === 'string') {
    const midnight = MIDNIGHT.exec(value);
    if (midnight) return midnight[1]!;
    return value;
  }
  return value;
}

export function cellsEqual(a: Cell, b: Cell): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    const diff = Math.abs(a - b);
    return diff <= 0.005 || diff <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
  }
  return a === b;
}

/** A sort key that keeps nearly-equal numbers together. */
function cellKey(value: Cell): string {
  if (value === null) return '0:';
  if (typeof value === 'number') return `1:${(Math.round(value * 100) / 100).toFixed(2).padStart(24, '0')}`;
  return `2:${String(value)}`;
}

const rowKey = (row: Cell[]) => row.map(cellKey).join('\u0001');

function rowsEqual(a: Cell[], b: Cell[]): boolean {
  return a.length === b.length && a.every((v, i) => cellsEqual(v, b[i] ?? null));
}

function columnValues(rows: Cell[][], index: number): Cell[] {
  return rows
    .map((r) => r[index] ?? null)
    .sort((x, y) => (cellKey(x) < cellKey(y) ? -1 : cellKey(x) > cellKey(y) ? 1 : 0));
}

/** Maps each reference column to a distinct candidate column holding the same multiset of values. */
function matchColumns(reference: Cell[][], candidate: Cell[][], width: number): number[] | null {
  const refCols = Array.from({ length: width }, (_, i) => columnValues(reference, i));
  const candCols = Array.from({ length: width }, (_, i) => columnValues(candidate, i));
  const used = new Set<number>();
  const mapping: number[] = [];
  // Prefer the same position first, so identical layouts never depend on search order.
  for (let r = 0; r < width; r++) {
    const order = [r, ...Array.from({ length: width }, (_, i) => i).filter((i) => i !== r)];
    const found = order.find((c) => !used.has(c) && rowsEqual(refCols[r]!, candCols[c]!));
    if (found === undefined) return null;
    used.add(found);
    mapping.push(found);
  }
  return mapping;
}

export function compareResults(reference: Cell[][], candidate: Cell[][], opts: CompareOptions): Comparison {
  const ref = reference.map((r) => r.map(normalizeCell));
  const cand = candidate.map((r) => r.map(normalizeCell));
  if (ref.length !== cand.length) {
    return { equal: false, reason: `row count ${cand.length}, expected ${ref.length}` };
  }
  if (ref.length === 0) return { equal: true };
  const width = ref[0]!.length;
  if (cand[0]!.length !== width) {
    return { equal: false, reason: `column count ${cand[0]!.length}, expected ${width}` };
  }
  const mapping = matchColumns(ref, cand, width);
  if (!mapping) return { equal: false, reason: 'values differ' };
  const projected = cand.map((row) => mapping.map((c) => row[c] ?? null));
  if (opts.ordered) {
    const bad = ref.findIndex((row, i) => !rowsEqual(row, projected[i]!));
    return bad === -1 ? { equal: true } : { equal: false, reason: `row ${bad + 1} differs (order matters)` };
  }
  const sortRows = (rows: Cell[][]) =>
    [...rows].sort((a, b) => (rowKey(a) < rowKey(b) ? -1 : rowKey(a) > rowKey(b) ? 1 : 0));
  const a = sortRows(ref);
  const b = sortRows(projected);
  const bad = a.findIndex((row, i) => !rowsEqual(row, b[i]!));
  return bad === -1 ? { equal: true } : { equal: false, reason: 'rows differ' };
}

/** Whether the statement orders its final rows (an ORDER BY outside every parenthesis). */
export function hasTopLevelOrderBy(sql: string): boolean {
  const text = sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/"(?:[^"]|"")*"/g, '""');
  let depth = 0;
  let flat = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0) flat += ch;
  }
  return /\border\s+by\b/i.test(flat);
}
