import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Caller, Cell } from '@pa/contracts';
import type { ExecuteResult } from '@pa/db';
import type { PreviousTurn } from '@pa/llm';
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

export interface EvalOutcome {
  id: string;
  set: string;
  question: string;
  lang: string;
  category: string;
  correct: boolean;
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
  const base = {
    id: c.id,
    set: c.set,
    question: c.question,
    lang: c.lang ?? 'en',
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
    const refused = err.code === 'unanswerable';
    if (c.expect === 'refuse') {
      return {
        ...base,
        correct: refused,
        verdict: refused ? 'refused' : err.code,
        candidateSql: err.context.sql ?? null,
      };
    }
    return {
      ...base,
      correct: false,
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
      verdict: 'answered a question it should refuse',
      candidateSql: candidate.sql,
    };
  }
  const reference = await deps.runReference(c.sql!, deps.caller);
  const cmp = compareResults(reference.rows, candidate.rows, { ordered: hasTopLevelOrderBy(c.sql!) });
  return {
    ...base,
    correct: cmp.equal,
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
      outcomes.push({
        id: c.id,
        set: c.set,
        question: c.question,
        lang: c.lang ?? 'en',
        category: c.category ?? 'other',
        correct: false,
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

export const accuracyLine = (correct: number, total: number) =>
  `execution accuracy: ${(total === 0 ? 0 : correct / total).toFixed(3)} (${correct}/${total})`;

/** The human report; its last line is exactly `execution accuracy: 0.953 (191/200)`. */
export function formatEvalReport(report: EvalReport): string {
  const lines: string[] = [];
  const table = (title: string, rows: Array<[string, number, number]>) => {
    lines.push(`\n${title}`);
    for (const [k, c, t] of rows)
      lines.push(`  ${k.padEnd(24)} ${String(c).padStart(4)}/${String(t).padEnd(4)} ${(c / t).toFixed(3)}`);
  };
  table(
    'by set',
    group(report.outcomes, (o) => o.set),
  );
  table(
    'by language',
    group(report.outcomes, (o) => o.lang),
  );
  table(
    'by category',
    group(report.outcomes, (o) => o.category),
  );
  const failures = report.outcomes.filter((o) => !o.correct);
  if (failures.length > 0) {
    lines.push(`\nfailures (${failures.length})`);
    for (const f of failures) {
      lines.push(`- [${f.set}] ${f.id} (${f.lang}, ${f.category}): ${f.question}`);
      lines.push(`    verdict:   ${f.verdict}`);
      lines.push(`    candidate: ${f.candidateSql?.replace(/\s+/g, ' ') ?? '—'}`);
      lines.push(`    reference: ${f.referenceSql?.replace(/\s+/g, ' ') ?? '(refuse)'}`);
    }
  }
  for (const [set, c, t] of group(report.outcomes, (o) => o.set)) lines.push(`${set}: ${accuracyLine(c, t)}`);
  lines.push(accuracyLine(report.correct, report.total));
  return lines.join('\n');
}
