import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Caller, Cell } from '@pa/contracts';
import type { ExecuteResult } from '@pa/db';
import type { PreviousTurn } from '@pa/planner';
import { z } from 'zod';
import { answerQuestion, type PipelineDeps } from '../answer-question.js';
import { PipelineError } from '../errors.js';
import { detectQuestionLanguage } from '../understand.js';
import { compareResults, hasTopLevelOrderBy } from './compare-results.js';

export const evalCaseSchema = z.object({
  id: z.string(),
  question: z.string(),
  sql: z.string().optional(),
  expect: z.literal('refuse').optional(),
  lang: z.string().optional(),
  category: z.string().optional(),
  previous: z.array(z.object({ question: z.string() })).optional(),
});
export type EvalCase = z.infer<typeof evalCaseSchema> & { set: string };

/**
 * What became of one question. On an answerable line: `correct` (the rows match), `refused` (the
 * planner declined or asked back), `wrong` (it answered, and the rows differ: a silent wrong
 * answer) or `error` (the pipeline failed: guard, database, timeout…). On a line that must be
 * refused: `correct` when refused, `wrong` when answered, `error` when the pipeline failed.
 */
export type EvalResult = 'correct' | 'refused' | 'wrong' | 'error';

export interface EvalOutcome {
  id: string;
  set: string;
  question: string;
  /** The line's `lang`, or the detector's reading of the question when the line has none. */
  lang: string;
  /** What the language detector reads in the question. */
  detectedLang: string;
  category: string;
  correct: boolean;
  result: EvalResult;
  /** What happened: "match", "refused", "answered a refuse line", "rows differ", an error… */
  verdict: string;
  candidateSql: string | null;
  referenceSql: string | null;
}

export interface EvalReport {
  total: number;
  correct: number;
  accuracy: number;
  outcomes: EvalOutcome[];
}

export interface EvalDeps {
  pipeline: PipelineDeps;
  /** Who the evaluation asks as (usually an admin: every bank). */
  caller: Caller;
  /** Runs reference SQL in the same session settings as candidates, without the guard or cost gate. */
  runReference: (sql: string, caller: Caller) => Promise<ExecuteResult>;
}

/** Reads JSONL eval files; every line must be a valid case. */
export function readEvalCases(files: string[]): EvalCase[] {
  const cases: EvalCase[] = [];
  for (const file of files) {
    const set = basename(file).replace(/\.jsonl$/, '');
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '') return;
        const parsed = evalCaseSchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
        if (!parsed.data.sql && parsed.data.expect !== 'refuse') {
          throw new Error(`${file}:${i + 1}: a line needs "sql" or "expect": "refuse"`);
        }
        cases.push({ ...parsed.data, set });
      });
  }
  return cases;
}

/** Error codes that mean the question was declined rather than failed (the planner's refusal or question back, or the abuse check). */
const REFUSAL_CODES: ReadonlySet<string> = new Set(['unanswerable', 'refused']);

/** Plans earlier questions of a follow-up the way a session would have. */
async function previousTurns(deps: EvalDeps, c: EvalCase): Promise<PreviousTurn[]> {
  const turns: PreviousTurn[] = [];
  for (const p of c.previous ?? []) {
    const plan = await deps.pipeline.planner.plan({
      question: p.question,
      language: detectQuestionLanguage(p.question),
      context: {
        now: deps.pipeline.now(),
        timeZone: deps.caller.time_zone,
        previous: [...turns],
        repairs: [],
        caller: deps.caller,
      },
    });
    turns.push({ question: p.question, sql: plan.sql ?? null, frame: plan.frame });
  }
  return turns;
}

export async function evaluateCase(deps: EvalDeps, c: EvalCase): Promise<EvalOutcome> {
  const detectedLang = detectQuestionLanguage(c.question);
  const base = {
    id: c.id,
    set: c.set,
    question: c.question,
    lang: c.lang ?? detectedLang,
    detectedLang,
    category: c.category ?? 'other',
    referenceSql: c.sql ?? null,
  };
  const previous = await previousTurns(deps, c);
  let candidate: { sql: string; rows: Cell[][] } | null = null;
  try {
    const answered = await answerQuestion(deps.pipeline, {
      question: c.question,
      caller: deps.caller,
      previous,
    });
    candidate = { sql: answered.result.sql, rows: answered.result.rows };
  } catch (err) {
    if (!(err instanceof PipelineError)) throw err;
    const refused = REFUSAL_CODES.has(err.code);
    if (c.expect === 'refuse') {
      return {
        ...base,
        correct: refused,
        result: refused ? 'correct' : 'error',
        verdict: refused
          ? `refused: ${err.userMessage}`
          : `${err.code}: ${String(err.details ?? err.userMessage)}`,
        candidateSql: err.context.sql ?? null,
      };
    }
    return {
      ...base,
      correct: false,
      result: refused ? 'refused' : 'error',
      verdict: refused
        ? `refused: ${err.userMessage}`
        : `${err.code}: ${String(err.details ?? err.userMessage)}`,
      candidateSql: err.context.sql ?? null,
    };
  }
  if (c.expect === 'refuse') {
    return {
      ...base,
      correct: false,
      result: 'wrong',
      verdict: 'answered a question it should refuse',
      candidateSql: candidate.sql,
    };
  }
  const reference = await deps.runReference(c.sql!, deps.caller);
  const cmp = compareResults(reference.rows, candidate.rows, { ordered: hasTopLevelOrderBy(c.sql!) });
  return {
    ...base,
    correct: cmp.equal,
    result: cmp.equal ? 'correct' : 'wrong',
    verdict: cmp.equal ? 'match' : (cmp.reason ?? 'differs'),
    candidateSql: candidate.sql,
  };
}

export async function runEval(deps: EvalDeps, cases: EvalCase[]): Promise<EvalReport> {
  const outcomes: EvalOutcome[] = [];
  for (const c of cases) {
    try {
      outcomes.push(await evaluateCase(deps, c));
    } catch (err) {
      const detectedLang = detectQuestionLanguage(c.question);
      outcomes.push({
        id: c.id,
        set: c.set,
        question: c.question,
        lang: c.lang ?? detectedLang,
        detectedLang,
        category: c.category ?? 'other',
        correct: false,
        result: 'error',
        verdict: `error: ${err instanceof Error ? err.message : String(err)}`,
        candidateSql: null,
        referenceSql: c.sql ?? null,
      });
    }
  }
  const correct = outcomes.filter((o) => o.correct).length;
  return {
    total: outcomes.length,
    correct,
    accuracy: outcomes.length === 0 ? 0 : correct / outcomes.length,
    outcomes,
  };
}

function group(outcomes: EvalOutcome[], key: (o: EvalOutcome) => string): Array<[string, number, number]> {
  const m = new Map<string, [number, number]>();
  for (const o of outcomes) {
    const k = key(o);
    const [c, t] = m.get(k) ?? [0, 0];
    m.set(k, [c + (o.correct ? 1 : 0), t + 1]);
  }
  return [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, [c, t]]) => [k, c, t]);
}

export interface EvalTally {
  total: number;
  correct: number;
  refused: number;
  wrong: number;
  error: number;
}

/** Counts outcomes by result. */
export function tallyOutcomes(outcomes: readonly EvalOutcome[]): EvalTally {
  const t: EvalTally = { total: outcomes.length, correct: 0, refused: 0, wrong: 0, error: 0 };
  for (const o of outcomes) t[o.result]++;
  return t;
}

/** Sets in the order they were read; languages in a fixed order, unknown ones after. */
const LANGUAGE_ORDER = ['en', 'ru', 'kk'];
const languageRank = (lang: string) => {
  const i = LANGUAGE_ORDER.indexOf(lang);
  return i < 0 ? LANGUAGE_ORDER.length : i;
};

function inOrder<T>(items: readonly T[], key: (item: T) => string): string[] {
  return [...new Set(items.map(key))];
}

export const accuracyLine = (correct: number, total: number) =>
  `execution accuracy: ${(total === 0 ? 0 : correct / total).toFixed(3)} (${correct}/${total})`;

/** `correct / refused / wrong / error` counts of one group, one table row. */
function tallyRow(label: string, t: EvalTally): string {
  const n = (v: number) => String(v).padStart(8);
  const acc = t.total === 0 ? '—' : (t.correct / t.total).toFixed(3);
  return `  ${label.padEnd(16)}${n(t.correct)}${n(t.refused)}${n(t.wrong)}${n(t.error)}${n(t.total)}  ${acc}`;
}

/**
 * The results table: every set, and under it every language, with correct / refused / wrong /
 * error counts. On a set of questions that must be refused (a trap set), "correct" is a refusal
 * and "wrong" an answer; "refused" stays 0.
 */
export function formatResultsTable(outcomes: readonly EvalOutcome[]): string[] {
  const header = `  ${'set / language'.padEnd(16)}${['correct', 'refused', 'wrong', 'error', 'total'].map((h) => h.padStart(8)).join('')}  accuracy`;
  const lines = [header];
  for (const set of inOrder(outcomes, (o) => o.set)) {
    const ofSet = outcomes.filter((o) => o.set === set);
    lines.push(tallyRow(set, tallyOutcomes(ofSet)));
    const langs = inOrder(ofSet, (o) => o.lang).sort(
      (a, b) => languageRank(a) - languageRank(b) || a.localeCompare(b),
    );
    for (const lang of langs)
      lines.push(tallyRow(`  ${lang}`, tallyOutcomes(ofSet.filter((o) => o.lang === lang))));
  }
  if (inOrder(outcomes, (o) => o.set).length > 1) {
    const langs = inOrder(outcomes, (o) => o.lang).sort(
      (a, b) => languageRank(a) - languageRank(b) || a.localeCompare(b),
    );
    lines.push(tallyRow('all', tallyOutcomes(outcomes)));
    for (const lang of langs)
      lines.push(tallyRow(`  ${lang}`, tallyOutcomes(outcomes.filter((o) => o.lang === lang))));
  }
  return lines;
}

function failureLines(title: string, failures: readonly EvalOutcome[]): string[] {
  if (failures.length === 0) return [];
  const lines = [`\n${title} (${failures.length})`];
  for (const f of failures) {
    lines.push(`- [${f.set}] ${f.id} (${f.lang}, ${f.category}): ${f.question}`);
    lines.push(`    verdict:   ${f.verdict}`);
    lines.push(`    candidate: ${f.candidateSql?.replace(/\s+/g, ' ') ?? '—'}`);
    lines.push(`    reference: ${f.referenceSql?.replace(/\s+/g, ' ') ?? '(refuse)'}`);
  }
  return lines;
}

/** The human report; its last line is exactly `execution accuracy: 0.953 (191/200)`. */
export function formatEvalReport(report: EvalReport): string {
  const lines: string[] = [];
  const table = (title: string, rows: Array<[string, number, number]>) => {
    lines.push(`\n${title}`);
    for (const [k, c, t] of rows)
      lines.push(`  ${k.padEnd(24)} ${String(c).padStart(4)}/${String(t).padEnd(4)} ${(c / t).toFixed(3)}`);
  };
  table(
    'by category',
    group(report.outcomes, (o) => o.category),
  );
  const undeclared = report.outcomes.filter((o) => o.lang !== o.detectedLang);
  if (undeclared.length > 0) {
    lines.push(
      `\nlanguage detection: ${undeclared.length} question(s) read as another language than their line says`,
    );
    for (const o of undeclared)
      lines.push(`- [${o.set}] ${o.id}: ${o.lang}, detected ${o.detectedLang}: ${o.question}`);
  }
  const failed = (result: EvalResult) => report.outcomes.filter((o) => !o.correct && o.result === result);
  lines.push(...failureLines('refused', failed('refused')));
  lines.push(...failureLines('errors', failed('error')));
  lines.push(...failureLines('WRONG: answered, and the answer is wrong', failed('wrong')));
  lines.push(
    '\nresults (on a set of questions that must be refused, a refusal is correct and an answer wrong)',
  );
  lines.push(...formatResultsTable(report.outcomes));
  for (const [set, c, t] of group(report.outcomes, (o) => o.set)) lines.push(`${set}: ${accuracyLine(c, t)}`);
  lines.push(accuracyLine(report.correct, report.total));
  return lines.join('\n');
}
