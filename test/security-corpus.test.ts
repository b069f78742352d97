/**
 * The guard corpora against the real database. Every adversarial statement is
 * refused by the guard and, run directly by the executor as pa_reader for one
 * bank (bypassing the guard, so only the database layers stand), changes
 * nothing, shows no other bank's rows and ends within the statement timeout.
 * Every benign statement passes the guard and runs for an admin and a bank.
 */
import { defaultExecuteLimits, type ExecuteLimits } from '@pa/db';
import { guardSql, loadGuard } from '@pa/sql-guard';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attempt,
  foreignBankCells,
  mapConcurrently,
  type Outcome,
  readCorpus,
} from './support/security/corpus.js';
import { createSecurityDatabase, type SecurityDatabase } from './support/security/database.js';
import { fingerprint } from './support/security/fingerprint.js';

const TENANT = 'Halyk Bank';
const TIMEOUT_MS = 1_000;
/** Round trips around the statement itself (BEGIN, settings, cost check, ROLLBACK) on a busy machine. */
const SLACK_MS = 1_000;
const limits: ExecuteLimits = { ...defaultExecuteLimits, statementTimeoutMs: TIMEOUT_MS };

let db: SecurityDatabase;
beforeAll(async () => {
  await loadGuard();
  db = await createSecurityDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('adversarial corpus', () => {
  const corpus = readCorpus('adversarial');

  it('has all its cases', () => {
    expect(corpus.length).toBe(428);
  });

  it('is refused by the guard, case by case', () => {
    const allowed = corpus.filter((c) => guardSql(c.sql).allowed).map((c) => c.id);
    expect(allowed).toEqual([]);
  });

  it('run directly as pa_reader for one bank: changes nothing, shows no other bank, ends in time', async () => {
    const before = await fingerprint(db.pool);
    const outcomes = await mapConcurrently(corpus, 4, async (c) => ({
      c,
      outcome: await attempt(db.pool, c.sql, { tenantBank: TENANT, timeZone: 'Asia/Almaty' }, limits),
    }));
    const after = await fingerprint(db.pool);

    expect(after.data).toEqual(before.data);
    expect(after.catalog).toEqual(before.catalog);

    const leaks = outcomes.flatMap(({ c, outcome }) =>
      outcome.ok ? foreignBankCells(outcome.result, db.banks, TENANT).map((bank) => `${c.id}: ${bank}`) : [],
    );
    expect(leaks).toEqual([]);

    const late = outcomes.filter(({ outcome }) => outcome.ms > TIMEOUT_MS + SLACK_MS).map(({ c }) => c.id);
    expect(late).toEqual([]);

    // What the database layers did on their own, by category (kept in the test output for the record).
    const summary = summarize(outcomes.map(({ c, outcome }) => ({ category: c.category, outcome })));
    console.info(
      `adversarial corpus, database layers only (tenant ${TENANT}, hardened: ${db.hardened}):\n${summary}`,
    );

    // Statements that write, lock, or reach the app schema never succeed at the database layer.
    const mustFail = new Set([
      'destructive',
      'multi_statement',
      'data_modifying_cte',
      'locking',
      'select_into',
      'app_schema_and_relations',
    ]);
    const succeeded = outcomes
      .filter(({ c, outcome }) => mustFail.has(c.category) && outcome.ok)
      .map(({ c }) => c.id);
    expect(succeeded).toEqual([]);
  });
});

describe('benign corpus', () => {
  const corpus = readCorpus('benign');

  it('has all its cases', () => {
    expect(corpus.length).toBe(172);
  });

  for (const tenantBank of ['*', 'Kaspi Bank']) {
    it(`is allowed by the guard and runs through the executor for tenant ${tenantBank}`, async () => {
      const runs = await mapConcurrently(corpus, 4, async (c) => {
        const verdict = guardSql(c.sql);
        const outcome = verdict.allowed
          ? await attempt(db.pool, verdict.sql, { tenantBank, timeZone: 'Asia/Almaty' }, defaultExecuteLimits)
          : null;
        return { id: c.id, reasons: verdict.reasons, outcome };
      });
      const refused = runs.flatMap((r) => (r.outcome === null ? [`${r.id}: ${r.reasons.join('; ')}`] : []));
      expect(refused).toEqual([]);
      const failed = runs.flatMap((r) =>
        r.outcome && !r.outcome.ok ? [`${r.id}: ${r.outcome.error.failure} ${r.outcome.error.message}`] : [],
      );
      expect(failed).toEqual([]);
      if (tenantBank !== '*') {
        const leaks = runs.flatMap((r) =>
          r.outcome?.ok
            ? foreignBankCells(r.outcome.result, db.banks, tenantBank).map((b) => `${r.id}: ${b}`)
            : [],
        );
        expect(leaks).toEqual([]);
      }
    });
  }
});

function summarize(rows: Array<{ category: string; outcome: Outcome }>): string {
  const table = new Map<string, Map<string, number>>();
  for (const { category, outcome } of rows) {
    const key = outcome.ok ? 'ran' : outcome.error.failure;
    const counts = table.get(category) ?? new Map<string, number>();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    table.set(category, counts);
  }
  return [...table.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([category, counts]) =>
        `  ${category.padEnd(26)} ${[...counts].map(([k, n]) => `${k}=${n}`).join(' ')}`,
    )
    .join('\n');
}
