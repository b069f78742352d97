import type { Cell } from '@pa/contracts';

/**
 * Execution-accuracy comparison as in Spider / BIRD / sql-eval: result sets
 * are multisets of rows; column names and column order are ignored; row order
 * matters only when the reference orders its rows, and not among rows tied on its order. Numbers are equal within a
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
    // (A reference rounded to cents is off by at most half a cent: 53.125 rounds to 53.13, and the
    // difference, 0.005, comes out a hair above it in binary — a little slack for that.)
    return diff <= 0.005 + 1e-9 || diff <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
  }
  return a === b;
}

/** The order cells are sorted in: nulls first, numbers by their exact value, text after. */
function compareCells(x: Cell, y: Cell): number {
  const rank = (v: Cell) => (v === null ? 0 : typeof v === 'number' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  const [a, b] = [String(x), String(y)];
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rows in the order of their cells, first column first. */
function compareRows(a: Cell[], b: Cell[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = compareCells(a[i] ?? null, b[i] ?? null);
    if (d !== 0) return d;
  }
  return 0;
}

function rowsEqual(a: Cell[], b: Cell[]): boolean {
  return a.length === b.length && a.every((v, i) => cellsEqual(v, b[i] ?? null));
}

/**
 * A column's values in order, numbers by their exact value: keys rounded to 0.01 tied 1.2651 and
 * 1.2749, and the ties kept each side's row order, so two equal columns (within tolerance) could be
 * paired off wrongly and reported as different.
 */
function columnValues(rows: Cell[][], index: number): Cell[] {
  return rows.map((r) => r[index] ?? null).sort(compareCells);
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
    if (bad === -1) return { equal: true };
    // Rows tied on the reference's order leave their order to the database: either order is right.
    const tied = tiedRuns(ref);
    const untied = tied.find(([from, to]) => !sameRows(ref.slice(from, to), projected.slice(from, to)));
    return untied === undefined
      ? { equal: true }
      : { equal: false, reason: `row ${bad + 1} differs (order matters)` };
  }
  return sameRows(ref, projected) ? { equal: true } : { equal: false, reason: 'rows differ' };
}

/** Whether two lists hold the same rows, in any order. */
function sameRows(x: Cell[][], y: Cell[][]): boolean {
  const a = [...x].sort(compareRows);
  const b = [...y].sort(compareRows);
  return a.length === b.length && a.every((row, i) => rowsEqual(row, b[i]!));
}

/**
 * The reference's rows cut into runs of rows tied on its order, as [from, to) pairs. The order's key
 * is not known, so it is taken to be the columns whose values never go back (non-increasing or
 * non-decreasing down the rows): "count DESC" with two banks at 139 is one run of those two banks.
 * With no such column the key is not shown, and every row is a run of its own (order strict).
 */
function tiedRuns(rows: Cell[][]): Array<[number, number]> {
  const width = rows[0]?.length ?? 0;
  const steps = (c: number) =>
    rows.slice(1).map((row, i) => compareCells(rows[i]![c] ?? null, row[c] ?? null));
  const keys = Array.from({ length: width }, (_, c) => c).filter((c) => {
    const s = steps(c);
    return s.every((d) => d <= 0) || s.every((d) => d >= 0);
  });
  const runs: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i <= rows.length; i++) {
    const tie =
      i < rows.length &&
      keys.length > 0 &&
      keys.every((c) => cellsEqual(rows[i - 1]![c] ?? null, rows[i]![c] ?? null));
    if (!tie) {
      runs.push([from, i]);
      from = i;
    }
  }
  return runs;
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
