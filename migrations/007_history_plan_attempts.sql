-- Every planning attempt of a job (the SQL a planner wrote and why it was sent back), for the audit log.
ALTER TABLE app.question_history ADD COLUMN IF NOT EXISTS plan_attempts jsonb NOT NULL DEFAULT '[]'::jsonb;
COMMENT ON COLUMN app.question_history.plan_attempts IS
  'Rejected or failing plans before the final one: [{sql, reason}], oldest first.';
