-- The role planned SQL runs as: it can only SELECT the analytics relations.
-- Roles are cluster-wide, so creation is idempotent across databases.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pa_reader') THEN
    CREATE ROLE pa_reader NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS;
  END IF;
END
$$;

-- The service's own user switches to pa_reader with SET LOCAL ROLE inside each read-only transaction.
GRANT pa_reader TO CURRENT_USER;

REVOKE ALL ON SCHEMA app FROM pa_reader;
REVOKE ALL ON ALL TABLES IN SCHEMA app FROM pa_reader;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pa_reader;
GRANT SELECT ON public.transactions TO pa_reader;

-- Row-level security: a reader sees only its tenant's bank; '*' is the admin scope.
ALTER TABLE public.transactions ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.transactions FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS transactions_tenant_read ON public.transactions;
CREATE POLICY transactions_tenant_read ON public.transactions FOR SELECT TO pa_reader
  USING (
    current_setting('app.tenant_bank', true) = '*'
    OR issuer_bank_name = current_setting('app.tenant_bank', true)
  );

-- The service's own user (migrations, seed, import) keeps full access to its table.
DROP POLICY IF EXISTS transactions_owner_all ON public.transactions;
CREATE POLICY transactions_owner_all ON public.transactions FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
