import type { Caller, ChatReply, JobError, QueryResult } from '@pa/contracts';
import type pg from 'pg';

/**
 * One row of `app.question_history`. Who asked is copied from the job's
 * Caller by newHistoryRecord; the row stores it as plain text so that even a
 * malformed job, whose caller did not validate, leaves an audit row.
 */
export interface HistoryRecord {
  jobId: string;
  tenant: string;
  userId: string;
  role: string | null;
  requestId: string | null;
  sessionId: string | null;
  question: string;
  language: string | null;
  planner: string | null;
  provider: string | null;
  model: string | null;
  promptHash: string | null;
  sql: string | null;
  status: 'completed' | 'failed' | 'cancelled';
  error: JobError | null;
  guardReasons: string[] | null;
  rowCount: number | null;
  timings: Record<string, number>;
  attempts: number;
  tokensIn: number | null;
  tokensOut: number | null;
  result: QueryResult | null;
  /** The words a chat turn (or a greeting) was answered with. */
  reply?: ChatReply | null;
  planFrame: unknown;
  /** Plans sent back for repair before the final one. */
  planAttempts?: Array<{ sql: string; reason: string }>;
  /** Every LLM request for the job: provider, model, tokens, latency and outcome. */
  llmCalls?: unknown[];
  createdAt: Date;
  finishedAt: Date;
}

/**
 * The part of a question job a history row records before any work is done:
 * who asked (the job's Caller) what, and when. A QuestionJobData is one; a
 * malformed job passes what could be read of it.
 */
export interface AskedQuestion {
  caller: { user_id: string; tenant: string; role?: string; request_id?: string };
  session_id: string | null;
  question: string;
  created_at: string;
}

/** A history row with every outcome field empty, to be completed by what actually happened. */
export function newHistoryRecord(
  jobId: string,
  asked: AskedQuestion,
  outcome: Partial<HistoryRecord> & Pick<HistoryRecord, 'status' | 'finishedAt' | 'attempts'>,
): HistoryRecord {
  return {
    jobId,
    tenant: asked.caller.tenant,
    userId: asked.caller.user_id,
    role: asked.caller.role ?? null,
    requestId: asked.caller.request_id ?? null,
    sessionId: asked.session_id,
    question: asked.question,
    createdAt: new Date(asked.created_at),
    language: null,
    planner: null,
    provider: null,
    model: null,
    promptHash: null,
    sql: null,
    error: null,
    guardReasons: null,
    rowCount: null,
    timings: {},
    tokensIn: null,
    tokensOut: null,
    result: null,
    planFrame: null,
    planAttempts: [],
    llmCalls: [],
    ...outcome,
  };
}

/** Writes the audit row for a job; a retried job updates its row instead of adding one. */
export async function upsertHistory(db: pg.Pool | pg.ClientBase, r: HistoryRecord): Promise<void> {
  await db.query(
    `INSERT INTO app.question_history (job_id, tenant, user_id, session_id, question, language, planner, provider,
       model, prompt_hash, sql, status, error, guard_reasons, row_count, timings, attempts, tokens_in, tokens_out,
       result, plan_frame, created_at, finished_at, plan_attempts, llm_calls, role, request_id, reply)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28)
     ON CONFLICT (job_id) DO UPDATE SET
       language = EXCLUDED.language, planner = EXCLUDED.planner, provider = EXCLUDED.provider,
       model = EXCLUDED.model, prompt_hash = EXCLUDED.prompt_hash, sql = EXCLUDED.sql, status = EXCLUDED.status,
       error = EXCLUDED.error, guard_reasons = EXCLUDED.guard_reasons, row_count = EXCLUDED.row_count,
       timings = EXCLUDED.timings, attempts = EXCLUDED.attempts, tokens_in = EXCLUDED.tokens_in,
       tokens_out = EXCLUDED.tokens_out, result = EXCLUDED.result, plan_frame = EXCLUDED.plan_frame,
       finished_at = EXCLUDED.finished_at, plan_attempts = EXCLUDED.plan_attempts,
       llm_calls = EXCLUDED.llm_calls, reply = EXCLUDED.reply`,
    [
      r.jobId,
      r.tenant,
      r.userId,
      r.sessionId,
      r.question,
      r.language,
      r.planner,
      r.provider,
      r.model,
      r.promptHash,
      r.sql,
      r.status,
      r.error === null ? null : JSON.stringify(r.error),
      r.guardReasons,
      r.rowCount,
      JSON.stringify(r.timings),
      r.attempts,
      r.tokensIn,
      r.tokensOut,
      r.result === null ? null : JSON.stringify(r.result),
      r.planFrame === undefined || r.planFrame === null ? null : JSON.stringify(r.planFrame),
      r.createdAt,
      r.finishedAt,
      JSON.stringify(r.planAttempts ?? []),
      JSON.stringify(r.llmCalls ?? []),
      r.role,
      r.requestId,
      r.reply ? JSON.stringify(r.reply) : null,
    ], // prettier-ignore
  );
}

export interface HistoryRow {
  job_id: string;
  tenant: string;
  /** Null only in rows written before migration 010. */
  user_id?: string | null;
  session_id: string | null;
  question: string;
  status: 'completed' | 'failed' | 'cancelled';
  sql: string | null;
  error: JobError | null;
  result: QueryResult | null;
  reply?: ChatReply | null;
  plan_frame: unknown;
  attempts: number;
  created_at: Date;
  finished_at: Date | null;
}

export async function findHistory(db: pg.Pool, jobId: string): Promise<HistoryRow | null> {
  const res = await db.query<HistoryRow>(
    `SELECT job_id, tenant, session_id, question, status, sql, error, result, reply, plan_frame, attempts,
            created_at, finished_at
       FROM app.question_history WHERE job_id = $1`,
    [jobId],
  );
  return res.rows[0] ?? null;
}

/** Where a page of history starts: after this row (newest first), by (created_at, job_id). */
export interface HistoryCursor {
  /** created_at of the last row of the previous page, ISO 8601 with microseconds. */
  createdAt: string;
  jobId: string;
}

export interface HistoryFilter {
  limit: number;
  after?: HistoryCursor;
  statuses?: ReadonlyArray<HistoryRow['status']>;
  /** created_at >= from */
  from?: Date;
  /** created_at < to */
  to?: Date;
}

export interface HistoryPage {
  rows: HistoryRow[];
  /** Where the next page starts; null on the last page. */
  next: HistoryCursor | null;
}

/**
 * The caller's own finished questions, newest first, a page at a time (keyset
 * pagination on (created_at, job_id), so a page never repeats or skips a row
 * however many are added meanwhile). An admin (tenant '*') sees every bank's.
 */
export async function listHistory(
  db: pg.Pool,
  caller: Pick<Caller, 'tenant' | 'user_id'>,
  filter: HistoryFilter,
): Promise<HistoryPage> {
  const res = await db.query<HistoryRow & { cursor_at: string }>(
    `SELECT job_id, tenant, user_id, session_id, question, status, sql, error, result, plan_frame, attempts,
            created_at, finished_at,
            to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
       FROM app.question_history
      WHERE ($1 = '*' OR (tenant = $1 AND user_id = $2))
        AND ($3::timestamptz IS NULL OR (created_at, job_id) < ($3::timestamptz, $4::text))
        AND ($5::text[] IS NULL OR status = ANY($5::text[]))
        AND ($6::timestamptz IS NULL OR created_at >= $6::timestamptz)
        AND ($7::timestamptz IS NULL OR created_at < $7::timestamptz)
      ORDER BY created_at DESC, job_id DESC
      LIMIT $8`,
    [
      caller.tenant,
      caller.user_id,
      filter.after?.createdAt ?? null,
      filter.after?.jobId ?? null,
      filter.statuses && filter.statuses.length > 0 ? [...filter.statuses] : null,
      filter.from ?? null,
      filter.to ?? null,
      filter.limit + 1,
    ],
  );
  const rows = res.rows.slice(0, filter.limit);
  const last = rows.at(-1);
  const next =
    res.rows.length > filter.limit && last ? { createdAt: last.cursor_at, jobId: last.job_id } : null;
  return { rows: rows.map(({ cursor_at: _c, ...row }) => row), next };
}
