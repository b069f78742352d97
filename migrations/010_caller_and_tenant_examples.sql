-- Who asked, as the verified token said (role and request id next to tenant and user), and
-- few-shot examples that belong to a tenant: a "good" rating by one bank's analyst becomes an
-- example only for that bank's questions. Shared examples (golden ones, and those an admin
-- rated good) have tenant '*'. Examples stored before this migration were made when every
-- caller was an admin, so they stay shared.

ALTER TABLE app.question_history
  ADD COLUMN IF NOT EXISTS role text NULL,
  ADD COLUMN IF NOT EXISTS request_id text NULL;

ALTER TABLE app.planner_examples
  ADD COLUMN IF NOT EXISTS tenant text NOT NULL DEFAULT '*';
ALTER TABLE app.planner_examples DROP CONSTRAINT IF EXISTS planner_examples_question_key;
ALTER TABLE app.planner_examples
  ADD CONSTRAINT planner_examples_tenant_question_key UNIQUE (tenant, question);

COMMENT ON COLUMN app.planner_examples.tenant IS
  'Bank whose LLM prompts may show this example, or ''*'' for every bank (golden, or promoted by an admin).';

ALTER TABLE app.question_feedback
  ADD COLUMN IF NOT EXISTS tenant text NULL,
  ADD COLUMN IF NOT EXISTS user_id text NULL;
