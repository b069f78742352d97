-- Few-shot examples for the LLM planners, and analysts' ratings of answers.
-- Both live in the app schema: the reader role that runs planned SQL cannot see them.

CREATE TABLE IF NOT EXISTS app.planner_examples (
  id         bigserial PRIMARY KEY,
  question   text NOT NULL,
  sql        text NOT NULL,
  language   text NULL,
  source     text NOT NULL CHECK (source IN ('golden', 'feedback')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (question)
);

COMMENT ON TABLE app.planner_examples IS
  'Question → SQL pairs shown to LLM planners as few-shot examples: golden ones from the evaluation set, feedback ones from answers analysts rated good.';

-- Candidate search for similar examples: full-text search with the built-in ''simple'' configuration
-- (no extension, so no superuser needed); the final similarity ranking happens in the worker.
CREATE INDEX IF NOT EXISTS planner_examples_question_fts_idx
  ON app.planner_examples USING gin (to_tsvector('simple', question));

CREATE TABLE IF NOT EXISTS app.question_feedback (
  id         bigserial PRIMARY KEY,
  job_id     text NOT NULL,
  rating     text NOT NULL CHECK (rating IN ('good', 'bad')),
  comment    text NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app.question_feedback IS
  'Analysts'' ratings of answered questions (by job id); good answers may be promoted to planner examples.';

CREATE INDEX IF NOT EXISTS question_feedback_job_idx ON app.question_feedback (job_id, created_at);
