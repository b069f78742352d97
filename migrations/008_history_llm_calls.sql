-- Accounting per job: every request to an LLM provider (retries included) with its tokens, latency and outcome.
ALTER TABLE app.question_history ADD COLUMN IF NOT EXISTS llm_calls jsonb NOT NULL DEFAULT '[]'::jsonb;
COMMENT ON COLUMN app.question_history.llm_calls IS
  'LLM requests for this job: [{provider, model, tenant, inputTokens, outputTokens, latencyMs, outcome, attempt, promptHash}].';
CREATE INDEX IF NOT EXISTS question_history_provider_idx ON app.question_history (provider, created_at)
  WHERE provider IS NOT NULL;
