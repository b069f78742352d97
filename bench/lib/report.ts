/** Figures as the benchmarks print them: every figure beside its same-run baseline, as a ratio. */

export interface ScenarioOutcome {
  /** The headline figure, e.g. "ratio 0.62". */
  figure: string;
  target: string;
  pass: boolean;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarize(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : String(n);

export const ms = (n: number): string => `${fmt(n, n < 10 ? 2 : n < 100 ? 1 : 0)} ms`;
export const mib = (bytes: number): string => `${fmt(bytes / 2 ** 20, 1)} MiB`;
export const ratio = (a: number, b: number): string => `×${fmt(a / b, 2)}`;

export function line(text: string): void {
  console.log(`  ${text}`);
}

export function summaryLine(scenario: string, outcome: ScenarioOutcome): string {
  return `bench ${scenario}: ${outcome.figure} (target ${outcome.target}) ${outcome.pass ? 'PASS' : 'FAIL'}`;
}
