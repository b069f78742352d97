import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Caller, Tenant } from '@pa/contracts';
import type pg from 'pg';

/** A question → SQL pair shown to LLM planners as a few-shot example. */
export interface PlannerExample {
  question: string;
  sql: string;
  language: string | null;
  source: 'golden' | 'feedback';
  /** The bank whose prompts may show it, or '*' for every bank (golden ones, and those an admin rated good). */
  tenant: Tenant;
}

interface ExampleRow extends PlannerExample {
  id: string;
}

const STOPWORDS = new Set([
  // English
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'for',
  'by',
  'to',
  'and',
  'or',
  'is',
  'are',
  'was',
  'were',
  'be',
  'me',
  'show',
  'what',
  'which',
  'there',
  'with',
  'at',
  'from',
  // Russian
  'в',
  'во',
  'на',
  'по',
  'за',
  'и',
  'или',
  'с',
  'со',
  'к',
  'от',
  'до',
  'из',
  'о',
  'а',
  'у',
  'не',
  'ли',
  'мне',
  'покажи',
  'какой',
  'какая',
  'какие',
  'был',
  'была',
  'было',
  'были',
]);

/** Longest prefix kept per word: a cheap stemmer so "transactions"/"transaction", "транзакций"/"транзакции" meet. */
const STEM_LENGTH = 6;

/**
 * Words of a question as similarity tokens: lower-cased, `ё` folded, split on
 * anything that is not a letter or digit, stop words dropped, cut to a stem.
 * Sorted and unique, so equal questions give equal token lists.
 */
export function questionTokens(text: string): string[] {
  const words = text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOPWORDS.has(w));
  return [...new Set(words.map((w) => w.slice(0, STEM_LENGTH)))].sort();
}

/** |A ∩ B| / |A ∪ B| of two token lists; 0 when both are empty. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const setB = new Set(b);
  let inter = 0;
  for (const t of new Set(a)) if (setB.has(t)) inter++;
  return inter / new Set([...a, ...b]).size;
}

export interface FindExamplesOptions {
  /** Rows the database hands over for ranking (default 200). */
  candidateLimit?: number;
  /** Fill up to k with the first golden examples when too few are similar (default true). */
  fillWithGolden?: boolean;
}

/**
 * The k stored examples most similar to the question that the caller's bank
 * may see: shared ones ('*') and its own bank's. An admin (tenant '*') gets
 * the shared ones only. Candidates come from a
 * full-text match on any stem of the question (built-in `simple` configuration,
 * bounded), ranked here by Jaccard similarity of stems; ties go to golden
 * examples, then to the older row, so the same question always gets the same
 * examples in the same order.
 */
export async function findSimilarExamples(
  pool: pg.Pool,
  question: string,
  caller: Pick<Caller, 'tenant'>,
  k: number,
  options: FindExamplesOptions = {},
): Promise<PlannerExample[]> {
  if (k <= 0) return [];
  const tokens = questionTokens(question);
  const candidateLimit = options.candidateLimit ?? 200;
  const fillWithGolden = options.fillWithGolden !== false;
  // The candidates and the first k shared golden examples (by id) in one round trip: at most
  // k - 1 of those golden ones can already be among the similar ones, so the first k always
  // hold enough to fill up to k.
  const parts: string[] = [];
  const params: unknown[] = [];
  if (tokens.length > 0) {
    // Tokens contain only letters and digits, so they are safe tsquery lexemes; `:*` matches the stem as a prefix.
    params.push(tokens.map((t) => `${t}:*`).join(' | '), candidateLimit, caller.tenant);
    parts.push(`(SELECT true AS candidate, id::text AS id, question, sql, language, source, tenant
         FROM app.planner_examples
        WHERE to_tsvector('simple', question) @@ to_tsquery('simple', $1)
          AND tenant IN ('*', $3)
        ORDER BY ts_rank(to_tsvector('simple', question), to_tsquery('simple', $1)) DESC, id
        LIMIT $2)`);
  }
  if (fillWithGolden) {
    params.push(k);
    parts.push(`(SELECT false AS candidate, id::text AS id, question, sql, language, source, tenant
         FROM app.planner_examples
        WHERE source = 'golden' AND tenant = '*'
        ORDER BY id LIMIT $${params.length})`);
  }
  const rows =
    parts.length === 0
      ? []
      : (await pool.query<ExampleRow & { candidate: boolean }>(parts.join('\nUNION ALL\n'), params)).rows;
  const candidates: ExampleRow[] = rows.filter((r) => r.candidate);

  const ranked = candidates
    .map((row) => ({ row, score: jaccard(tokens, questionTokens(row.question)) }))
    .filter((r) => r.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.row.source === b.row.source ? 0 : a.row.source === 'golden' ? -1 : 1) ||
        compareIds(a.row.id, b.row.id),
    )
    .slice(0, k)
    .map((r) => r.row);

  if (ranked.length < k && fillWithGolden) {
    const have = new Set(ranked.map((r) => r.id));
    const fill = rows
      .filter((r) => !r.candidate && !have.has(r.id))
      .sort((a, b) => compareIds(a.id, b.id))
      .slice(0, k - ranked.length);
    ranked.push(...fill);
  }
  return ranked.map(({ question: q, sql, language, source, tenant }) => ({
    question: q,
    sql,
    language,
    source,
    tenant,
  }));
}

function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Stores an example for its tenant. A feedback example never replaces (nor
 * stands beside) a golden one with the same question; a golden one replaces
 * whatever was there. Returns whether a row was written.
 */
export async function addExample(
  db: pg.Pool | pg.ClientBase,
  example: {
    question: string;
    sql: string;
    language?: string | null;
    source: 'golden' | 'feedback';
    tenant: Tenant;
  },
): Promise<boolean> {
  return (await upsertExamples(db, [{ ...example, language: example.language ?? null }])) > 0;
}

export interface GoldenLine {
  id?: string;
  question: string;
  sql?: string;
  lang?: string;
  expect?: string;
  previous?: unknown[];
}

/**
 * Golden-set lines that make stand-alone examples: those with SQL, not the
 * expected refusals, and not follow-ups (their SQL depends on an earlier turn).
 */
export function goldenExamplesFromJsonl(text: string): PlannerExample[] {
  const out: PlannerExample[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    let parsed: GoldenLine;
    try {
      parsed = JSON.parse(line) as GoldenLine;
    } catch {
      throw new Error(`golden set line ${i + 1} is not JSON`);
    }
    if (parsed.expect === 'refuse' || !parsed.sql || !parsed.question) continue;
    if (Array.isArray(parsed.previous) && parsed.previous.length > 0) continue;
    out.push({
      question: parsed.question,
      sql: parsed.sql,
      language: parsed.lang ?? null,
      source: 'golden',
      tenant: '*',
    });
  }
  return out;
}

/**
 * Upserts many examples in one statement (atomic; works on a pool or a
 * client, inside or outside a transaction), with addExample's rules: golden
 * replaces anything, feedback never replaces golden. The first of duplicate
 * questions wins. Returns how many rows were written.
 */
export async function upsertExamples(
  db: pg.Pool | pg.ClientBase,
  examples: PlannerExample[],
): Promise<number> {
  const unique = new Map<string, PlannerExample>();
  for (const e of examples) {
    const question = e.question.trim();
    // Golden examples are shared whatever the caller said.
    const tenant = e.source === 'golden' ? '*' : e.tenant;
    const key = `${tenant}\u0000${question}`;
    if (question && !unique.has(key)) unique.set(key, { ...e, question, sql: e.sql.trim(), tenant });
  }
  if (unique.size === 0) return 0;
  const rows = [...unique.values()];
  const res = await db.query(
    `INSERT INTO app.planner_examples (question, sql, language, source, tenant)
     SELECT n.* FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
                  AS n(question, sql, language, source, tenant)
      WHERE n.source = 'golden' OR NOT EXISTS (
              SELECT 1 FROM app.planner_examples g WHERE g.source = 'golden' AND g.question = n.question)
     ON CONFLICT (tenant, question) DO UPDATE
        SET sql = EXCLUDED.sql, language = EXCLUDED.language, source = EXCLUDED.source
      WHERE (EXCLUDED.source = 'golden' OR app.planner_examples.source = 'feedback')
        AND (app.planner_examples.sql, app.planner_examples.language, app.planner_examples.source)
            IS DISTINCT FROM (EXCLUDED.sql, EXCLUDED.language, EXCLUDED.source)`,
    [
      rows.map((r) => r.question),
      rows.map((r) => r.sql),
      rows.map((r) => r.language),
      rows.map((r) => r.source),
      rows.map((r) => r.tenant),
    ],
  );
  return res.rowCount ?? 0;
}

/**
 * The curated question → SQL pairs shipped with the service (data of their own,
 * not the test fixtures: `npm start`, `npm run migrate` and the images read
 * only this file). Lines are `{question, sql, lang}`.
 */
export const PLANNER_EXAMPLES_FILE = fileURLToPath(
  new URL('../data/planner-examples.jsonl', import.meta.url),
);

/**
 * Loads a JSONL file of examples (by default the shipped PLANNER_EXAMPLES_FILE;
 * the golden set's format works too) into `app.planner_examples`; safe to run
 * at every start (unchanged lines write nothing). Returns how many lines made
 * examples and how many rows were written.
 */
export async function seedPlannerExamples(
  db: pg.Pool | pg.ClientBase,
  goldenFile: string = PLANNER_EXAMPLES_FILE,
): Promise<{ examples: number; written: number }> {
  const examples = goldenExamplesFromJsonl(await readFile(goldenFile, 'utf8'));
  return { examples: examples.length, written: await upsertExamples(db, examples) };
}

/** Records an analyst's rating of an answered question, with who rated it. */
export async function recordQuestionFeedback(
  db: pg.Pool,
  feedback: {
    jobId: string;
    rating: 'good' | 'bad';
    comment?: string | null;
    caller: Pick<Caller, 'tenant' | 'user_id'>;
  },
): Promise<void> {
  await db.query(
    'INSERT INTO app.question_feedback (job_id, rating, comment, tenant, user_id) VALUES ($1, $2, $3, $4, $5)',
    [
      feedback.jobId,
      feedback.rating,
      feedback.comment ?? null,
      feedback.caller.tenant,
      feedback.caller.user_id,
    ],
  );
}
