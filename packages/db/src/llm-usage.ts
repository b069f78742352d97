import type pg from 'pg';

export interface JobLlmUsage {
  jobId: string;
  tenant: string;
  /** Input plus output tokens of every LLM request the job's audit row records. */
  tokens: number;
  finishedAt: Date | null;
}

/** LLM tokens each of the given finished jobs spent, from their history rows (jobs without one are absent). */
export async function llmUsageOfJobs(pool: pg.Pool, jobIds: readonly string[]): Promise<JobLlmUsage[]> {
  if (jobIds.length === 0) return [];
  const { rows } = await pool.query<{
    job_id: string;
    tenant: string;
    tokens: string;
    finished_at: Date | null;
  }>(
    `SELECT job_id, tenant, finished_at,
            COALESCE((SELECT round(sum(COALESCE((c->>'inputTokens')::numeric, 0) + COALESCE((c->>'outputTokens')::numeric, 0)))
                        FROM jsonb_array_elements(llm_calls) AS c), 0)::text AS tokens
       FROM app.question_history
      WHERE job_id = ANY($1::text[])`,
    [jobIds],
  );
  return rows.map((r) => ({
    jobId: r.job_id,
    tenant: r.tenant,
    tokens: Number(r.tokens),
    finishedAt: r.finished_at,
  }));
}
