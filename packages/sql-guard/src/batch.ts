import { guardSql } from './guard.js';
import type { GuardPolicy } from './policy.js';

/** One input line of the guard CLI: `{"id": "...", "sql": "..."}`. */
export interface GuardCase {
  id: string | number;
  sql: string;
}

/** One output line of the guard CLI. */
export interface CaseVerdict {
  id: string | number | null;
  allowed: boolean;
  reasons: string[];
}

export interface BatchSummary {
  allowed: number;
  rejected: number;
  /** Time guardSql took for each valid case, in milliseconds, in input order. */
  guardTimesMs: number[];
}

function isId(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** Reads one JSONL input line; a line that is not `{id, sql}` yields a rejected verdict instead. */
export function readCase(line: string): GuardCase | CaseVerdict {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    value = undefined;
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (isId(record.id) && typeof record.sql === 'string') return { id: record.id, sql: record.sql };
  return { id: isId(record.id) ? record.id : null, allowed: false, reasons: ['invalid input line'] };
}

/**
 * Guards every non-blank line and hands one JSON verdict line per case to `write`, in input order.
 * Invalid lines are reported and counted as rejected; they never stop the batch.
 */
export async function guardBatch(
  lines: AsyncIterable<string>,
  write: (line: string) => void,
  policy?: Partial<GuardPolicy>,
): Promise<BatchSummary> {
  const summary: BatchSummary = { allowed: 0, rejected: 0, guardTimesMs: [] };
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const input = readCase(line);
    let verdict: CaseVerdict;
    if ('sql' in input) {
      const started = performance.now();
      const result = guardSql(input.sql, policy);
      summary.guardTimesMs.push(performance.now() - started);
      verdict = { id: input.id, allowed: result.allowed, reasons: result.reasons };
    } else {
      verdict = input;
    }
    if (verdict.allowed) summary.allowed += 1;
    else summary.rejected += 1;
    write(JSON.stringify(verdict));
  }
  return summary;
}

/** Nearest-rank percentile (p in 0..100) of a list of numbers; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summaryLine(summary: BatchSummary): string {
  return `guard: ${summary.allowed} allowed, ${summary.rejected} rejected`;
}

export function timingLine(summary: BatchSummary): string {
  const times = summary.guardTimesMs;
  const ms = (value: number) => `${value.toFixed(3)} ms`;
  return `guard time per statement: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))} (${times.length} statements)`;
}
