-- GET /api/queries pages through one caller's questions newest first, keyset on
-- (created_at, job_id); an admin pages through every bank's.
CREATE INDEX IF NOT EXISTS question_history_caller_page_idx
  ON app.question_history (tenant, user_id, created_at DESC, job_id DESC);
CREATE INDEX IF NOT EXISTS question_history_page_idx
  ON app.question_history (created_at DESC, job_id DESC);
