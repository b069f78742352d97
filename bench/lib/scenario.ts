/** What the runner hands every scenario: the shared scratch database and a fresh Redis prefix per stack. */
import { type BenchDatabase, benchPrefix, createBenchDatabase, deleteKeys, requireEnv } from './context.js';

export interface ScenarioContext {
  quick: boolean;
  /** The scratch app/analytics database (seeded), created on first use and dropped by the runner. */
  database(): Promise<BenchDatabase>;
  /** A new Redis key prefix; its keys are deleted when the scenario ends. */
  prefix(): string;
  /** Registers cleanup to run when the scenario ends (stacks, servers), last registered first. */
  defer(fn: () => Promise<unknown> | unknown): void;
}

export interface ScenarioRunner {
  context: ScenarioContext;
  /** Runs the scenario's deferred cleanups and deletes its Redis keys. */
  finish(): Promise<void>;
}

let shared: Promise<BenchDatabase> | null = null;

/** Rows of the shared database: the pipeline's questions touch a few days of them. */
export const appRows = (quick: boolean) => (quick ? 20_000 : 200_000);

export function scenarioRunner(quick: boolean): ScenarioRunner {
  const prefixes: string[] = [];
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  return {
    context: {
      quick,
      database: () => {
        shared ??= createBenchDatabase('app', appRows(quick));
        return shared;
      },
      prefix: () => {
        const p = benchPrefix();
        prefixes.push(p);
        return p;
      },
      defer: (fn) => cleanups.push(fn),
    },
    async finish() {
      for (const fn of cleanups.reverse()) {
        try {
          await fn();
        } catch (err) {
          console.error(`bench: cleanup failed: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      for (const p of prefixes) await deleteKeys(requireEnv('REDIS_URL'), p);
    },
  };
}

/** Drops the shared database, if a scenario made it. */
export async function dropSharedDatabase(): Promise<void> {
  if (!shared) return;
  const db = await shared.catch(() => null);
  shared = null;
  await db?.drop();
}
