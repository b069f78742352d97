-- App data: the audit log of every question. Lives apart from the analytics data.
CREATE SCHEMA IF NOT EXISTS app;

CREATE TABLE IF NOT EXISTS app.question_history (
  job_id        text PRIMARY KEY,
  tenant        text NOT NULL,
  user_id       text NOT NULL,
  session_id    text NULL,
  question      text NOT NULL,
  language      text NULL,
  planner       text NULL,
  provider      text NULL,
  model         text NULL,
  prompt_hash   text NULL,
  sql           text NULL,
  status        text NOT NULL CHECK (status IN ('queued', 'active', 'completed', 'failed', 'cancelled')),
  error         jsonb NULL,
  guard_reasons text[] NULL,
  row_count     integer NULL,
  timings       jsonb NOT NULL DEFAULT '{}'::jsonb,
  attempts      integer NOT NULL DEFAULT 1,
  tokens_in     integer NULL,
  tokens_out    integer NULL,
  result        jsonb NULL,
  plan_frame    jsonb NULL,
  created_at    timestamptz NOT NULL,
  finished_at   timestamptz NULL
);

COMMENT ON TABLE app.question_history IS
  'Audit log: one row per question job (upserted by job id, so a retried job never makes two rows).';

CREATE INDEX IF NOT EXISTS question_history_session_idx ON app.question_history (session_id, created_at)
  WHERE session_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS question_history_tenant_idx ON app.question_history (tenant, created_at);
