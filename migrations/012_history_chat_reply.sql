-- A job that answered in words (a chat reply to a greeting, or a chat's data answer in words) keeps
-- those words after Redis forgets the job, so GET /api/queries/{id} still shows them.
ALTER TABLE app.question_history ADD COLUMN IF NOT EXISTS reply jsonb;
COMMENT ON COLUMN app.question_history.reply IS
  'The words the job answered with: {kind: chat|answer, message, language, provider, model, streamed}; null for plain questions.';
